// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/spellchecker.h"

#include <memory>

namespace CareDesk {

/// Stands in for a spell checker whose dictionaries are still loading (a third of a second and
/// more, off the GUI thread), so the window does not wait for them: until then every word passes
/// and words added are kept for the real checker. Used on the GUI thread only.
class DeferredSpellChecker final : public SpellChecker
{
public:
    explicit DeferredSpellChecker(const QStringList &languages);
    ~DeferredSpellChecker() override;
    Q_DISABLE_COPY_MOVE(DeferredSpellChecker)

    /// The loaded checker takes over (with the words added meanwhile).
    void setChecker(std::unique_ptr<SpellChecker> checker);
    bool isLoaded() const { return m_checker != nullptr; }

    QStringList languages() const override;
    bool isCorrect(const QString &word) const override;
    QStringList suggestions(const QString &word) const override;
    void addToPersonalDictionary(const QString &word) override;

private:
    QStringList m_languages;
    QStringList m_added;
    std::unique_ptr<SpellChecker> m_checker;
};

} // namespace CareDesk
