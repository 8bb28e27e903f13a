// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/searchtokenizer.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

bool isWordChar(QChar ch)
{
    return ch.isLetterOrNumber() || ch.category() == QChar::Mark_NonSpacing
        || ch.category() == QChar::Mark_SpacingCombining;
}

} // namespace

QStringList SearchTokenizer::terms(const QString &text, int maxTerms)
{
    const QString normalized = text.normalized(QString::NormalizationForm_C).toLower();
    QStringList result;
    QSet<QString> seen;
    const qsizetype size = normalized.size();
    qsizetype i = 0;
    while (i < size && result.size() < maxTerms) {
        while (i < size && !isWordChar(normalized.at(i)))
            ++i;
        const qsizetype start = i;
        while (i < size) {
            const QChar ch = normalized.at(i);
            if (ch.isHighSurrogate() && i + 1 < size) {
                // Letters outside the BMP (rare scripts) count as word characters too.
                const char32_t code = QChar::surrogateToUcs4(ch, normalized.at(i + 1));
                if (!QChar::isLetterOrNumber(code))
                    break;
                i += 2;
                continue;
            }
            if (!isWordChar(ch))
                break;
            ++i;
        }
        if (i > start) {
            QString word = normalized.mid(start, qMin<qsizetype>(i - start, maxTermLength));
            if (!seen.contains(word)) {
                seen.insert(word);
                result.append(std::move(word));
            }
        }
    }
    return result;
}

QString SearchTokenizer::indexText(const QString &text)
{
    return terms(text).join(u' ');
}

QStringList SearchTokenizer::queryTerms(const QString &query)
{
    return terms(query, 16);
}

} // namespace CareDesk
