// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace CareDesk {

/// The one tokenizer behind full-text search on both databases. Text is NFC-normalized,
/// lowercased and split into runs of letters, digits and combining marks; both SQLite FTS5 and
/// PostgreSQL (`simple` configuration) index the resulting words joined by spaces, so the two
/// give the same results by construction.
class SearchTokenizer
{
public:
    /// Distinct words of a text, in order of first appearance, at most maxTerms of them.
    static QStringList terms(const QString &text, int maxTerms = 4000);
    /// The indexed form of a text: its terms joined by single spaces.
    static QString indexText(const QString &text);
    /// Terms of a query as typed; all must match, the last one as a prefix when asked.
    static QStringList queryTerms(const QString &query);
    /// Words longer than this are cut; longer runs are almost always garbage or hashes.
    static constexpr int maxTermLength = 60;
};

} // namespace CareDesk
