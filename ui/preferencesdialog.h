// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/appearance.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace CareDesk {

/// Tools > Preferences: language, theme, high contrast and font size. The look applies at once;
/// the language on the next start (said beside the choice).
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(const AppearanceSettings &current, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    AppearanceSettings settings() const;

Q_SIGNALS:
    /// The agent accepted new settings; the caller saves and applies them.
    void settingsAccepted(const CareDesk::AppearanceSettings &settings);

private:
    void updateRestartNote();

    QString m_startLanguage;
    QComboBox *m_language = nullptr;
    QLabel *m_restartNote = nullptr;
    QComboBox *m_theme = nullptr;
    QCheckBox *m_highContrast = nullptr;
    QSpinBox *m_fontScale = nullptr;
};

} // namespace CareDesk
