// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop/deferredspellchecker.h"

namespace CareDesk {

DeferredSpellChecker::DeferredSpellChecker(const QStringList &languages)
    : m_languages(languages)
{
}

DeferredSpellChecker::~DeferredSpellChecker() = default;

void DeferredSpellChecker::setChecker(std::unique_ptr<SpellChecker> checker)
{
    m_checker = std::move(checker);
    if (!m_checker)
        return;
    for (const QString &word : std::as_const(m_added))
        m_checker->addToPersonalDictionary(word);
    m_added.clear();
}

QStringList DeferredSpellChecker::languages() const
{
    return m_checker ? m_checker->languages() : m_languages;
}

bool DeferredSpellChecker::isCorrect(const QString &word) const
{
    return !m_checker || m_checker->isCorrect(word);
}

QStringList DeferredSpellChecker::suggestions(const QString &word) const
{
    return m_checker ? m_checker->suggestions(word) : QStringList {};
}

void DeferredSpellChecker::addToPersonalDictionary(const QString &word)
{
    if (m_checker)
        m_checker->addToPersonalDictionary(word);
    else
        m_added.append(word);
}

} // namespace CareDesk
