// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The database's full-text search index: FTS5 on SQLite, a tsvector table on PostgreSQL.
#include "app/storage/database.h"

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

Result<Done> Database::indexMessage(Id messageId, const QString &indexText)
{
    Result<CachedQuery *> indexed = cached(isPostgres()
            ? u"INSERT INTO message_search (message_id, terms) VALUES (?, to_tsvector('simple', ?))"_s
            : u"INSERT INTO message_fts (rowid, terms) VALUES (?, ?)"_s,
        { messageId, indexText });
    if (!indexed.ok())
        return indexed.error();
    return Done {};
}

Result<Done> Database::indexMessages(const QList<std::pair<Id, QString>> &entries)
{
    if (!isPostgres()) {
        // One row a statement: a statement of several rows needs a statement savepoint, and
        // FTS5 writes its pending words out as a new segment at every savepoint.
        for (const auto &[messageId, indexText] : entries) {
            if (Result<Done> indexed = indexMessage(messageId, indexText); !indexed.ok())
                return indexed;
        }
        return Done {};
    }
    QVariantList values;
    values.reserve(entries.size() * 2);
    for (const auto &[messageId, indexText] : entries)
        values << messageId << indexText;
    return insertRows(u"INSERT INTO message_search (message_id, terms) VALUES "_s,
                      u"(?, to_tsvector('simple', ?))"_s, values);
}

QString Database::searchStatement(bool withCursor) const
{
    const QString source = isPostgres()
        ? u"FROM message_search s JOIN message m ON m.id = s.message_id "
          "WHERE s.terms @@ to_tsquery('simple', ?) "_s
        : u"FROM message_fts f JOIN message m ON m.id = f.rowid WHERE message_fts MATCH ? "_s;
    return u"SELECT m.id, m.case_id, c.platform, m.author_name, m.text, m.created_at "_s
        + source.left(source.indexOf("WHERE"_L1)) + u"JOIN cases c ON c.id = m.case_id "_s
        + source.mid(source.indexOf("WHERE"_L1))
        + (withCursor ? u"AND (m.created_at < ? OR (m.created_at = ? AND m.id < ?)) "_s : QString())
        + u"ORDER BY m.created_at DESC, m.id DESC LIMIT ?"_s;
}

QString Database::searchExpression(const QStringList &terms, bool prefixLast) const
{
    QStringList parts;
    for (qsizetype i = 0; i < terms.size(); ++i) {
        const bool prefix = prefixLast && i == terms.size() - 1;
        // Terms hold only letters, digits and marks (SearchTokenizer), so quoting is safe.
        if (isPostgres())
            parts.append(terms.at(i) + (prefix ? ":*"_L1 : ""_L1));
        else
            parts.append(u'"' + terms.at(i) + u'"' + (prefix ? "*"_L1 : ""_L1));
    }
    return parts.join(isPostgres() ? " & "_L1 : " AND "_L1);
}

} // namespace CareDesk
