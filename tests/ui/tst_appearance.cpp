// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Language, theme, high contrast and font size: chosen in the real Preferences dialog with the
// keyboard, saved, and applied to the running application.

#include "app/core/buildinfo.h"
#include "ui/aboutdialog.h"
#include "ui/appearance.h"
#include "ui/preferencesdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {

/// WCAG 2 contrast ratio of two colours.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
            + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a) + 0.05;
    const double lb = luminance(b) + 0.05;
    return la > lb ? la / lb : lb / la;
}

} // namespace

class TestAppearance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void settingsRoundTrip()
    {
        AppearanceSettings chosen;
        chosen.language = u"ru"_s;
        chosen.theme = AppearanceSettings::Theme::Dark;
        chosen.highContrast = true;
        chosen.fontScalePercent = 150;
        QSettings settings;
        chosen.save(settings);
        const AppearanceSettings loaded = AppearanceSettings::load(settings);
        QCOMPARE(loaded.language, u"ru"_s);
        QVERIFY(loaded.theme == AppearanceSettings::Theme::Dark);
        QVERIFY(loaded.highContrast);
        QCOMPARE(loaded.fontScalePercent, 150);

        // Values from an edited file are checked, not trusted.
        settings.setValue(u"appearance/language"_s, u"xx"_s);
        settings.setValue(u"appearance/fontScalePercent"_s, 5000);
        const AppearanceSettings sane = AppearanceSettings::load(settings);
        QVERIFY(sane.language.isEmpty());
        QCOMPARE(sane.fontScalePercent, 200);
        settings.clear();
    }

    void dialogChangesEverythingByKeyboard()
    {
        PreferencesDialog dialog(AppearanceSettings {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *language = dialog.findChild<QComboBox *>(u"languageCombo"_s);
        auto *theme = dialog.findChild<QComboBox *>(u"themeCombo"_s);
        auto *contrastBox = dialog.findChild<QCheckBox *>(u"highContrastCheck"_s);
        auto *font = dialog.findChild<QSpinBox *>(u"fontScaleSpin"_s);
        auto *note = dialog.findChild<QLabel *>(u"restartNote"_s);
        QVERIFY(language && theme && contrastBox && font && note);
        QVERIFY(note->isHidden());

        language->setFocus();
        QTest::keyClick(language, Qt::Key_End); // the last language: Russian
        QCOMPARE(language->currentData().toString(), u"ru"_s);
        QVERIFY(note->isVisible()); // the agent is told it applies on the next start
        QTest::keyClick(&dialog, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), theme);
        QTest::keyClick(theme, Qt::Key_End); // Dark
        QTest::keyClick(&dialog, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), contrastBox);
        QTest::keyClick(contrastBox, Qt::Key_Space);
        QVERIFY(contrastBox->isChecked());
        QTest::keyClick(&dialog, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), font);
        QTest::keyClick(font, Qt::Key_Up);
        QTest::keyClick(font, Qt::Key_Up);
        QCOMPARE(font->value(), 120);

        QSignalSpy accepted(&dialog, &PreferencesDialog::settingsAccepted);
        QTest::keyClick(font, Qt::Key_Return); // the default button
        QCOMPARE(accepted.size(), 1);
        const auto chosen = accepted.first().first().value<AppearanceSettings>();
        QCOMPARE(chosen.language, u"ru"_s);
        QVERIFY(chosen.theme == AppearanceSettings::Theme::Dark);
        QVERIFY(chosen.highContrast);
        QCOMPARE(chosen.fontScalePercent, 120);
    }

    void themesAndContrastApply()
    {
        auto *app = qApp;
        const double baseSize = QApplication::font().pointSizeF();
        AppearanceSettings dark;
        dark.theme = AppearanceSettings::Theme::Dark;
        Appearance::apply(*app, dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QVERIFY(contrast(QApplication::palette().color(QPalette::Text),
                    QApplication::palette().color(QPalette::Base))
            >= 4.5);

        for (const auto theme :
            { AppearanceSettings::Theme::Light, AppearanceSettings::Theme::Dark }) {
            AppearanceSettings high;
            high.theme = theme;
            high.highContrast = true;
            Appearance::apply(*app, high);
            const QPalette p = QApplication::palette();
            // WCAG AAA: 7:1 for text, selected text and buttons.
            QVERIFY(contrast(p.color(QPalette::Text), p.color(QPalette::Base)) >= 7.0);
            QVERIFY(contrast(p.color(QPalette::WindowText), p.color(QPalette::Window)) >= 7.0);
            QVERIFY(
                contrast(p.color(QPalette::HighlightedText), p.color(QPalette::Highlight)) >= 7.0);
            QVERIFY(contrast(p.color(QPalette::ButtonText), p.color(QPalette::Button)) >= 7.0);
        }

        AppearanceSettings larger;
        larger.fontScalePercent = 150;
        Appearance::apply(*app, larger);
        QCOMPARE(QApplication::font().pointSizeF(), baseSize * 1.5);
        Appearance::apply(*app, AppearanceSettings {});
        QCOMPARE(QApplication::font().pointSizeF(), baseSize);
    }

    void localeFollowsTheLanguage()
    {
        AppearanceSettings russian;
        russian.language = u"ru"_s;
        Appearance::apply(*qApp, russian);
        QCOMPARE(QLocale().language(), QLocale::Russian);
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), u"1\u00a0234,5"_s);
        AppearanceSettings english;
        english.language = u"en"_s;
        Appearance::apply(*qApp, english);
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), u"1,234.5"_s);
        Appearance::apply(*qApp, AppearanceSettings {});
    }

    void russianTranslationLoads()
    {
        AppearanceSettings russian;
        russian.language = u"ru"_s;
        QVERIFY(Appearance::installTranslator(*qApp, russian));
        const QString preferences
            = QCoreApplication::translate("CareDesk::PreferencesDialog", "Preferences");
        QVERIFY2(preferences != u"Preferences"_s, qPrintable(preferences));
    }

    void aboutShowsVersionCommitAndDate()
    {
        AboutDialog about;
        about.show();
        QVERIFY(QTest::qWaitForWindowExposed(&about));
        auto *version = about.findChild<QLabel *>(u"aboutVersionLabel"_s);
        QVERIFY(version);
        QVERIFY(version->text().contains(BuildInfo::version()));
        QVERIFY(version->text().contains(BuildInfo::commit()));
        QVERIFY(version->text().contains(BuildInfo::buildDate()));
        QCOMPARE(version->textFormat(), Qt::PlainText);
    }
};

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
