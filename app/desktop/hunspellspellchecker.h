// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/spellchecker.h"

#include <QString>

#include <memory>
#include <vector>

class Hunspell;

namespace CareDesk {

/// Hunspell with the system's dictionaries (Debian: /usr/share/hunspell), one per language; a
/// word is checked against the dictionaries of its script (Cyrillic: Russian, Latin: English),
/// so a reply may mix both. The personal dictionary is a UTF-8 file, one word a line.
class HunspellSpellChecker final : public SpellChecker
{
public:
    /// Loads every dictionary of `languages` found in dictionaryDirs; personalFile may not exist yet.
    HunspellSpellChecker(const QStringList &languages, const QStringList &dictionaryDirs, const QString &personalFile);
    ~HunspellSpellChecker() override;
    Q_DISABLE_COPY_MOVE(HunspellSpellChecker)

    /// Debian's and the usual places.
    static QStringList defaultDictionaryDirs();

    QStringList languages() const override;
    bool isCorrect(const QString &word) const override;
    QStringList suggestions(const QString &word) const override;
    void addToPersonalDictionary(const QString &word) override;

private:
    struct Dictionary {
        QString language;
        bool cyrillic = false;
        std::unique_ptr<Hunspell> hunspell;
    };
    const Dictionary *dictionaryFor(const QString &word) const;
    std::vector<Dictionary> m_dictionaries;
    QString m_personalFile;
    QStringList m_personal;
};

} // namespace CareDesk
