// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace CareDesk {

/// Spell checking for the composer, in every language the agent writes (Russian and English in
/// one reply is common). Words the agent adds go to a personal dictionary that persists.
class SpellChecker
{
public:
    virtual ~SpellChecker() = default;
    /// The languages with a dictionary loaded (e.g. "en_US", "ru_RU").
    virtual QStringList languages() const = 0;
    /// True when some loaded dictionary (chosen by the word's script) or the personal
    /// dictionary accepts the word; words without letters, links, handles and hashtags pass.
    virtual bool isCorrect(const QString &word) const = 0;
    /// Corrections, best first; empty when none.
    virtual QStringList suggestions(const QString &word) const = 0;
    /// Accepts the word from now on, also after a restart.
    virtual void addToPersonalDictionary(const QString &word) = 0;
};

} // namespace CareDesk
