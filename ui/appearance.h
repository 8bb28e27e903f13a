// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QMetaType>
#include <QString>

class QApplication;
class QSettings;

namespace CareDesk {

/// The agent's choices for how CareDesk looks and speaks, kept in QSettings under
/// "appearance/": the language (the system's by default), the theme (the system's, light or
/// dark), high contrast and the font size.
struct AppearanceSettings {
    enum class Theme { System, Light, Dark };

    QString language; ///< "" for the system's, else "en" or "ru"
    Theme theme = Theme::System;
    bool highContrast = false;
    int fontScalePercent = 100; ///< 80..200

    static AppearanceSettings load(const QSettings &settings);
    void save(QSettings &settings) const;
    /// The locale the interface, dates, times and numbers follow.
    QLocale locale() const;
};

/// Applies the settings to the running application: the style and palette, the font size, and
/// QLocale's default (dates and numbers). The language of the texts takes a translator, loaded
/// once at start (see installTranslator); a change of language applies on the next start.
class Appearance final
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Appearance)

public:
    static void apply(QApplication &app, const AppearanceSettings &settings);
    /// Installs the translation for settings.locale() from :/i18n; false when there is none
    /// (English, the source language, needs none).
    static bool installTranslator(QApplication &app, const AppearanceSettings &settings);
    /// The languages offered, as (code, name in that language); the first is the system's.
    static QList<std::pair<QString, QString>> languages();
};

} // namespace CareDesk

Q_DECLARE_METATYPE(CareDesk::AppearanceSettings)
