// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/preferencesdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

PreferencesDialog::PreferencesDialog(const AppearanceSettings &current, QWidget *parent)
    : QDialog(parent)
    , m_startLanguage(current.language)
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_language = new QComboBox(this);
    m_language->setObjectName(u"languageCombo"_s);
    m_language->setAccessibleName(tr("Language"));
    for (const auto &[code, name] : Appearance::languages())
        m_language->addItem(name, code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(current.language)));
    form->addRow(tr("&Language:"), m_language);
    m_restartNote = new QLabel(this);
    m_restartNote->setObjectName(u"restartNote"_s);
    m_restartNote->setTextFormat(Qt::PlainText);
    m_restartNote->setWordWrap(true);
    form->addRow(QString(), m_restartNote);

    m_theme = new QComboBox(this);
    m_theme->setObjectName(u"themeCombo"_s);
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->addItem(tr("Follow the system"), int(AppearanceSettings::Theme::System));
    m_theme->addItem(tr("Light"), int(AppearanceSettings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(AppearanceSettings::Theme::Dark));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(int(current.theme))));
    form->addRow(tr("&Theme:"), m_theme);

    m_highContrast = new QCheckBox(tr("&High contrast"), this);
    m_highContrast->setObjectName(u"highContrastCheck"_s);
    m_highContrast->setAccessibleDescription(tr("Black and white colours with strong highlights"));
    m_highContrast->setChecked(current.highContrast);
    form->addRow(QString(), m_highContrast);

    m_fontScale = new QSpinBox(this);
    m_fontScale->setObjectName(u"fontScaleSpin"_s);
    m_fontScale->setAccessibleName(tr("Font size"));
    m_fontScale->setRange(80, 200);
    m_fontScale->setSingleStep(10);
    m_fontScale->setSuffix(u" %"_s);
    m_fontScale->setValue(current.fontScalePercent);
    form->addRow(tr("&Font size:"), m_fontScale);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        Q_EMIT settingsAccepted(settings());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(
        m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateRestartNote);
    updateRestartNote();
}

PreferencesDialog::~PreferencesDialog() = default;

AppearanceSettings PreferencesDialog::settings() const
{
    AppearanceSettings result;
    result.language = m_language->currentData().toString();
    result.theme = static_cast<AppearanceSettings::Theme>(m_theme->currentData().toInt());
    result.highContrast = m_highContrast->isChecked();
    result.fontScalePercent = m_fontScale->value();
    return result;
}

void PreferencesDialog::updateRestartNote()
{
    const bool changed = m_language->currentData().toString() != m_startLanguage;
    m_restartNote->setText(
        changed ? tr("The new language applies when CareDesk starts next time.") : QString());
    m_restartNote->setVisible(changed);
}

} // namespace CareDesk
