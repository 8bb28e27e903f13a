// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/spellhighlighter.h"

#include "app/core/spellchecker.h"

#include <QTextCharFormat>

namespace CareDesk {

namespace {

    bool isWordChar(QChar c)
    {
        return c.isLetterOrNumber() || c.isMark();
    }

} // namespace

SpellHighlighter::SpellHighlighter(SpellChecker &checker, QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_checker(checker)
{
}

QList<SpellHighlighter::WordSpan> SpellHighlighter::words(const QString &text)
{
    QList<WordSpan> spans;
    const int size = static_cast<int>(text.size());
    int i = 0;
    while (i < size) {
        while (i < size && text.at(i).isSpace())
            ++i;
        const int tokenStart = i;
        while (i < size && !text.at(i).isSpace())
            ++i;
        int start = tokenStart;
        int end = i;
        // Keep a handle's @ and a hashtag's #: the checker lets those pass whole.
        while (start < end && !isWordChar(text.at(start)) && text.at(start) != u'@'
            && text.at(start) != u'#')
            ++start;
        while (end > start && !isWordChar(text.at(end - 1)))
            --end;
        if (end > start)
            spans.append({ start, end - start });
    }
    return spans;
}

SpellHighlighter::WordSpan SpellHighlighter::misspelledAt(
    const QString &blockText, int position) const
{
    for (const WordSpan &span : words(blockText)) {
        if (position < span.start || position > span.start + span.length)
            continue;
        if (!m_checker.isCorrect(blockText.mid(span.start, span.length)))
            return span;
    }
    return {};
}

void SpellHighlighter::highlightBlock(const QString &text)
{
    QTextCharFormat misspelled;
    misspelled.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    misspelled.setUnderlineColor(QColor(0xd3, 0x2f, 0x2f));
    for (const WordSpan &span : words(text)) {
        if (!m_checker.isCorrect(text.mid(span.start, span.length)))
            setFormat(span.start, span.length, misspelled);
    }
}

} // namespace CareDesk
