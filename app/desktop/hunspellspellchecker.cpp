// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop/hunspellspellchecker.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <hunspell/hunspell.hxx>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

/// The script of a word's first letter: Cyrillic, Latin, or another one no dictionary covers.
QChar::Script scriptOf(const QString &word)
{
    for (QChar ch : word) {
        if (ch.isLetter())
            return ch.script();
    }
    return QChar::Script_Unknown;
}

} // namespace

HunspellSpellChecker::HunspellSpellChecker(const QStringList &languages, const QStringList &dictionaryDirs,
                                           const QString &personalFile)
    : m_personalFile(personalFile)
{
    for (const QString &language : languages) {
        for (const QString &dir : dictionaryDirs) {
            const QString aff = QDir(dir).filePath(language + u".aff"_s);
            const QString dic = QDir(dir).filePath(language + u".dic"_s);
            if (!QFileInfo::exists(aff) || !QFileInfo::exists(dic))
                continue;
            Dictionary d;
            d.language = language;
            d.cyrillic = language.startsWith("ru"_L1) || language.startsWith("uk"_L1) || language.startsWith("be"_L1);
            d.hunspell = std::make_unique<Hunspell>(QFile::encodeName(aff).constData(), QFile::encodeName(dic).constData());
            m_dictionaries.push_back(std::move(d));
            break;
        }
    }
    QFile file(personalFile);
    if (file.open(QIODevice::ReadOnly)) {
        const QStringList words = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
        for (const QString &word : words)
            addToPersonalDictionary(word.trimmed());
    }
}

HunspellSpellChecker::~HunspellSpellChecker() = default;

QStringList HunspellSpellChecker::defaultDictionaryDirs()
{
    return { u"/usr/share/hunspell"_s, u"/usr/share/myspell/dicts"_s, u"/usr/local/share/hunspell"_s };
}

QStringList HunspellSpellChecker::languages() const
{
    QStringList result;
    for (const Dictionary &d : m_dictionaries)
        result.append(d.language);
    return result;
}

const HunspellSpellChecker::Dictionary *HunspellSpellChecker::dictionaryFor(const QString &word) const
{
    const QChar::Script script = scriptOf(word);
    if (script != QChar::Script_Cyrillic && script != QChar::Script_Latin)
        return nullptr;
    const bool cyrillic = script == QChar::Script_Cyrillic;
    for (const Dictionary &d : m_dictionaries) {
        if (d.cyrillic == cyrillic)
            return &d;
    }
    return nullptr;
}

bool HunspellSpellChecker::isCorrect(const QString &word) const
{
    const bool hasLetter = std::any_of(word.cbegin(), word.cend(), [](QChar ch) { return ch.isLetter(); });
    if (!hasLetter || word.startsWith(u'@') || word.startsWith(u'#') || word.contains("://"_L1))
        return true;
    if (m_personal.contains(word, Qt::CaseInsensitive))
        return true;
    const Dictionary *d = dictionaryFor(word);
    // A script with no dictionary (Chinese, Greek ...) is not flagged.
    return !d || d->hunspell->spell(word.toStdString());
}

QStringList HunspellSpellChecker::suggestions(const QString &word) const
{
    QStringList result;
    if (const Dictionary *d = dictionaryFor(word)) {
        for (const std::string &s : d->hunspell->suggest(word.toStdString()))
            result.append(QString::fromStdString(s));
    }
    return result;
}

void HunspellSpellChecker::addToPersonalDictionary(const QString &word)
{
    if (word.isEmpty() || m_personal.contains(word))
        return;
    m_personal.append(word);
    for (Dictionary &d : m_dictionaries)
        d.hunspell->add(word.toStdString());
    if (m_personalFile.isEmpty())
        return;
    QDir().mkpath(QFileInfo(m_personalFile).absolutePath());
    QSaveFile file(m_personalFile);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(m_personal.join(u'\n').toUtf8() + '\n');
        file.commit();
    }
}

} // namespace CareDesk
