// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/appearance.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    const QString languageKey = u"appearance/language"_s;
    const QString themeKey = u"appearance/theme"_s;
    const QString contrastKey = u"appearance/highContrast"_s;
    const QString fontScaleKey = u"appearance/fontScalePercent"_s;

    QPalette lightPalette(bool highContrast)
    {
        QPalette p;
        const QColor window = highContrast ? Qt::white : QColor(0xf4, 0xf5, 0xf7);
        const QColor text = highContrast ? Qt::black : QColor(0x1d, 0x20, 0x24);
        p.setColor(QPalette::Window, window);
        p.setColor(QPalette::WindowText, text);
        p.setColor(QPalette::Base, Qt::white);
        p.setColor(QPalette::AlternateBase, highContrast ? Qt::white : QColor(0xf0, 0xf2, 0xf5));
        p.setColor(QPalette::Text, text);
        p.setColor(QPalette::Button, highContrast ? Qt::white : QColor(0xe9, 0xeb, 0xee));
        p.setColor(QPalette::ButtonText, text);
        p.setColor(QPalette::ToolTipBase, highContrast ? Qt::black : QColor(0xff, 0xff, 0xe1));
        p.setColor(QPalette::ToolTipText, highContrast ? Qt::white : text);
        p.setColor(QPalette::PlaceholderText,
            highContrast ? QColor(0x30, 0x30, 0x30) : QColor(0x6b, 0x72, 0x80));
        p.setColor(QPalette::Highlight,
            highContrast ? QColor(0x00, 0x00, 0x99) : QColor(0x25, 0x63, 0xeb));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(
            QPalette::Link, highContrast ? QColor(0x00, 0x00, 0xcc) : QColor(0x1d, 0x4e, 0xd8));
        p.setColor(QPalette::Mid, highContrast ? Qt::black : QColor(0xb0, 0xb6, 0xbe));
        p.setColor(QPalette::Dark, highContrast ? Qt::black : QColor(0x80, 0x86, 0x8e));
        p.setColor(QPalette::Disabled, QPalette::Text,
            highContrast ? QColor(0x40, 0x40, 0x40) : QColor(0x9c, 0xa3, 0xaf));
        p.setColor(QPalette::Disabled, QPalette::WindowText,
            highContrast ? QColor(0x40, 0x40, 0x40) : QColor(0x9c, 0xa3, 0xaf));
        p.setColor(QPalette::Disabled, QPalette::ButtonText,
            highContrast ? QColor(0x40, 0x40, 0x40) : QColor(0x9c, 0xa3, 0xaf));
        return p;
    }

    QPalette darkPalette(bool highContrast)
    {
        QPalette p;
        const QColor window = highContrast ? Qt::black : QColor(0x1f, 0x22, 0x27);
        const QColor base = highContrast ? Qt::black : QColor(0x17, 0x19, 0x1d);
        const QColor text = highContrast ? Qt::white : QColor(0xe6, 0xe8, 0xeb);
        p.setColor(QPalette::Window, window);
        p.setColor(QPalette::WindowText, text);
        p.setColor(QPalette::Base, base);
        p.setColor(QPalette::AlternateBase, highContrast ? Qt::black : QColor(0x23, 0x26, 0x2c));
        p.setColor(QPalette::Text, text);
        p.setColor(QPalette::Button, highContrast ? Qt::black : QColor(0x2b, 0x2f, 0x36));
        p.setColor(QPalette::ButtonText, text);
        p.setColor(QPalette::ToolTipBase, highContrast ? Qt::white : QColor(0x2b, 0x2f, 0x36));
        p.setColor(QPalette::ToolTipText, highContrast ? Qt::black : text);
        p.setColor(QPalette::PlaceholderText,
            highContrast ? QColor(0xd0, 0xd0, 0xd0) : QColor(0x8b, 0x92, 0x9c));
        p.setColor(QPalette::Highlight,
            highContrast ? QColor(0xff, 0xff, 0x00) : QColor(0x3b, 0x82, 0xf6));
        p.setColor(QPalette::HighlightedText, highContrast ? Qt::black : Qt::white);
        p.setColor(
            QPalette::Link, highContrast ? QColor(0x00, 0xff, 0xff) : QColor(0x93, 0xc5, 0xfd));
        p.setColor(QPalette::Light, highContrast ? Qt::white : QColor(0x3a, 0x3f, 0x47));
        p.setColor(QPalette::Mid, highContrast ? Qt::white : QColor(0x4b, 0x51, 0x5a));
        p.setColor(QPalette::Dark, highContrast ? Qt::white : QColor(0x10, 0x12, 0x15));
        p.setColor(QPalette::Disabled, QPalette::Text,
            highContrast ? QColor(0xc0, 0xc0, 0xc0) : QColor(0x6b, 0x72, 0x80));
        p.setColor(QPalette::Disabled, QPalette::WindowText,
            highContrast ? QColor(0xc0, 0xc0, 0xc0) : QColor(0x6b, 0x72, 0x80));
        p.setColor(QPalette::Disabled, QPalette::ButtonText,
            highContrast ? QColor(0xc0, 0xc0, 0xc0) : QColor(0x6b, 0x72, 0x80));
        return p;
    }

    /// Whether the system's own palette is a dark one (the platform theme decides).
    bool systemIsDark(const QPalette &systemPalette)
    {
        return systemPalette.color(QPalette::Window).lightness() < 128;
    }

} // namespace

AppearanceSettings AppearanceSettings::load(const QSettings &settings)
{
    AppearanceSettings result;
    result.language = settings.value(languageKey).toString();
    if (result.language != "en"_L1 && result.language != "ru"_L1)
        result.language.clear();
    const QString theme = settings.value(themeKey).toString();
    result.theme = theme == "light"_L1 ? Theme::Light
        : theme == "dark"_L1           ? Theme::Dark
                                       : Theme::System;
    result.highContrast = settings.value(contrastKey, false).toBool();
    result.fontScalePercent = qBound(80, settings.value(fontScaleKey, 100).toInt(), 200);
    return result;
}

void AppearanceSettings::save(QSettings &settings) const
{
    settings.setValue(languageKey, language);
    settings.setValue(themeKey,
        theme == Theme::Light      ? u"light"_s
            : theme == Theme::Dark ? u"dark"_s
                                   : u"system"_s);
    settings.setValue(contrastKey, highContrast);
    settings.setValue(fontScaleKey, fontScalePercent);
}

QLocale AppearanceSettings::locale() const
{
    if (language == "ru"_L1)
        return QLocale(QLocale::Russian, QLocale::Russia);
    if (language == "en"_L1)
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return QLocale::system();
}

void Appearance::apply(QApplication &app, const AppearanceSettings &settings)
{
    // The first call remembers what the platform gave, so "System" can go back to it.
    static const QString systemStyle = app.style()->name();
    static const QPalette systemPalette = QApplication::palette();
    static const QFont systemFont = QApplication::font();

    QLocale::setDefault(settings.locale());

    const bool dark = settings.theme == AppearanceSettings::Theme::Dark
        || (settings.theme == AppearanceSettings::Theme::System && systemIsDark(systemPalette));
    if (settings.theme == AppearanceSettings::Theme::System && !settings.highContrast) {
        if (app.style()->name() != systemStyle)
            app.setStyle(QStyleFactory::create(systemStyle));
        app.setPalette(systemPalette);
    } else {
        // Fusion draws every control from the palette, so the colours hold on every desktop.
        if (app.style()->name().compare("fusion"_L1, Qt::CaseInsensitive) != 0)
            app.setStyle(QStyleFactory::create(u"Fusion"_s));
        app.setPalette(
            dark ? darkPalette(settings.highContrast) : lightPalette(settings.highContrast));
    }

    QFont font = systemFont;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(systemFont.pointSizeF() * settings.fontScalePercent / 100.0);
    else
        font.setPixelSize(qMax(1, systemFont.pixelSize() * settings.fontScalePercent / 100));
    QApplication::setFont(font);
}

bool Appearance::installTranslator(QApplication &app, const AppearanceSettings &settings)
{
    auto *translator = new QTranslator(&app);
    if (!translator->load(settings.locale(), u"caredesk"_s, u"_"_s, u":/i18n"_s)) {
        delete translator;
        return false;
    }
    QApplication::installTranslator(translator);
    return true;
}

QList<std::pair<QString, QString>> Appearance::languages()
{
    return { { QString(), tr("System language") }, { u"en"_s, u"English"_s },
        { u"ru"_s, u"Русский"_s } };
}

} // namespace CareDesk
