// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Splitting a long reply into a numbered thread (X and Mastodon): a pure function of the
// composer, in a file of its own to keep composer.cpp readable.

#include "ui/composer.h"

#include <QTextBoundaryFinder>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

bool Composer::canSplit(Platform platform)
{
    return platform == Platform::X || platform == Platform::Mastodon;
}

QStringList Composer::splitIntoThread(
    Platform platform, const QString &text, const CountOptions &options)
{
    if (!canSplit(platform))
        return {};
    const auto fits = [&](const QString &candidate) {
        return TextCounter::count(platform, Surface::Public, candidate, options).valid;
    };
    const auto numbered = [](const QString &part, int index, int total) {
        return tr("%1 (%2/%3)").arg(part).arg(index).arg(total);
    };
    // Words with the whitespace after them, so a part keeps the author's line breaks.
    QStringList tokens;
    const QString trimmed = text.trimmed();
    for (int i = 0; i < trimmed.size();) {
        const int start = i;
        while (i < trimmed.size() && !trimmed.at(i).isSpace())
            ++i;
        while (i < trimmed.size() && trimmed.at(i).isSpace())
            ++i;
        tokens.append(trimmed.mid(start, i - start));
    }
    if (tokens.isEmpty())
        return {};

    // Greedy per assumed total; a total with more digits makes the numbers longer, so repeat
    // until the parts fit the total they carry.
    for (int total = 2; total < 1000;) {
        QStringList parts;
        QString current;
        QStringList queue = tokens;
        bool failed = false;
        while (!queue.isEmpty() && !failed) {
            const QString token = queue.takeFirst();
            const int index = static_cast<int>(parts.size()) + 1;
            const QString candidate = current + token;
            if (fits(numbered(candidate.trimmed(), index, total))) {
                current = candidate;
                continue;
            }
            if (!current.trimmed().isEmpty()) {
                parts.append(current.trimmed());
                current.clear();
                queue.prepend(token);
                continue;
            }
            // One word longer than a part: cut it at the last grapheme boundary that fits.
            QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, token);
            qsizetype cut = 0;
            for (qsizetype b = finder.toNextBoundary(); b > 0; b = finder.toNextBoundary()) {
                if (!fits(numbered(token.left(b).trimmed(), index, total)))
                    break;
                cut = b;
            }
            if (cut == 0 || cut >= token.size()) {
                failed = true;
                break;
            }
            parts.append(token.left(cut).trimmed());
            queue.prepend(token.mid(cut));
        }
        if (failed)
            return {};
        if (!current.trimmed().isEmpty())
            parts.append(current.trimmed());
        const int count = static_cast<int>(parts.size());
        if (count <= total) {
            // Fewer parts than assumed: their numbers are no longer than the ones checked.
            QStringList result;
            for (int i = 0; i < count; ++i)
                result.append(count == 1 ? parts.at(i) : numbered(parts.at(i), i + 1, count));
            return result;
        }
        total = count;
    }
    return {};
}

} // namespace CareDesk
