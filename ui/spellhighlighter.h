// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSyntaxHighlighter>

namespace CareDesk {

class SpellChecker;

/// Underlines (wave) the words of a plain-text document that the spell checker rejects. Only
/// character formats, never HTML: the document stays plain text.
class SpellHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpellHighlighter)

public:
    SpellHighlighter(SpellChecker &checker, QTextDocument *document);

    /// A word of a block as the checker sees it: (start, length) in the block's text.
    struct WordSpan {
        int start = -1;
        int length = 0;
        bool isValid() const { return start >= 0 && length > 0; }
    };
    /// The words of a line: whitespace-separated tokens with surrounding punctuation stripped
    /// (a leading @ or # stays, so handles and hashtags reach the checker whole).
    static QList<WordSpan> words(const QString &text);
    /// The misspelled word at position (in the block's text), if any.
    WordSpan misspelledAt(const QString &blockText, int position) const;

    SpellChecker &checker() const { return m_checker; }

protected:
    void highlightBlock(const QString &text) override;

private:
    SpellChecker &m_checker;
};

} // namespace CareDesk
