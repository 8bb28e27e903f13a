// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// CaseStore::inbox and CaseStore::counts: the inbox views' filters and sorts on both databases.
//
// Every sort reads an index in its own order (schema 5), so the first page of any view is the
// first rows of one index range, filtered, and never a sort of the matching cases:
//   newest          cases_recent (last_message_at, id), or the platform / status / account /
//                   language index when the view filters on one of them
//   SLA due first   cases_sla_due (nearest pending due, id): at risk and breached are ranges
//   oldest waiting  cases_waiting (waiting since, id)
//   priority        cases_priority_recent (rank, last_message_at, id)
// Pages after the first continue from the last row's key (a row-value comparison), never OFFSET.
#include "app/storage/casestore.h"

#include <QDateTime>
#include <QHash>
#include <QSqlRecord>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk::CaseStore {

namespace {

    constexpr Millis millisPerMinute = 60 * 1000;

    // The expressions below are spelled exactly as their indexes in migrations 0005_*.sql: the
    // planners match index expressions by their structure.
    QString dueExpression(const Database &db)
    {
        return (db.isPostgres() ? u"LEAST("_s : u"min("_s)
            + u"CASE WHEN c.first_response_due > 0 THEN c.first_response_due ELSE "
              u"9223372036854775807 END, "
              "CASE WHEN c.next_response_due > 0 THEN c.next_response_due ELSE 9223372036854775807 "
              "END, "
              "CASE WHEN c.resolution_due > 0 THEN c.resolution_due ELSE 9223372036854775807 END)"_s;
    }

    const QString waitingExpression
        = u"(CASE WHEN c.unanswered > 0 AND c.last_customer_message_at > 0 "
          "THEN c.last_customer_message_at ELSE 9223372036854775807 END)"_s;

    const QString rankExpression
        = u"(CASE c.priority WHEN 'urgent' THEN 3 WHEN 'high' THEN 2 WHEN 'normal' THEN 1 ELSE 0 END)"_s;

    struct Where {
        QStringList parts;
        QVariantList values;

        void add(const QString &condition, const QVariantList &bound = {})
        {
            parts.append(condition);
            values.append(bound);
        }
        void addIn(const QString &column, const QStringList &bound)
        {
            if (bound.isEmpty())
                return;
            QStringList marks;
            for (const QString &value : bound) {
                marks.append(u"?"_s);
                values.append(value);
            }
            parts.append(column + u" IN ("_s + marks.join(u", "_s) + u')');
        }
        QString clause() const
        {
            return parts.isEmpty() ? QString() : u"WHERE "_s + parts.join(" AND "_L1) + u' ';
        }
    };

    template <typename T> QStringList namesOf(const QList<T> &values)
    {
        QStringList names;
        for (const T &value : values)
            names.append(toString(value));
        return names;
    }

    Millis nowOr(Millis now)
    {
        return now != 0 ? now : QDateTime::currentMSecsSinceEpoch();
    }

    /// Which index leads a query. SQLite's planner has no statistics here and prefers any index
    /// that matches an equality filter, then sorts every matching case: fine for "mine", ruinous
    /// for "unassigned" at a million cases. So on SQLite the columns of all other filters are
    /// written with a unary plus, which keeps them out of index selection: the first page is then
    /// the first rows of the sort's own index, filtered. PostgreSQL plans with statistics and gets
    /// plain columns.
    enum class Driver {
        Order,
        Assignee,
        Queue,
        Tags,
        Platform,
        Account,
        Language,
        Status,
        Due,
        Negative
    };

    /// A count has no order to keep: the filter that narrows most leads, and without one the
    /// covering index of open cases (cases_open_views) is read instead of the cases.
    Driver countDriverOf(const InboxQuery &query)
    {
        if (query.mine || query.assigneeId != 0 || query.unassigned)
            return Driver::Assignee; // (assignee_id, status) covers "unassigned and open"
        if (query.queueId != 0)
            return Driver::Queue;
        if (!query.tags.isEmpty())
            return Driver::Tags;
        if (query.sla != SlaFilter::Any)
            return Driver::Due;
        if (query.negativeSentiment)
            return Driver::Negative;
        if ((query.platform.has_value() ? 1 : 0) + query.platforms.size() == 1)
            return Driver::Platform;
        if (query.status || !query.statuses.isEmpty())
            return Driver::Status;
        return Driver::Order;
    }

    Driver driverOf(const InboxQuery &query)
    {
        if (query.mine || query.assigneeId != 0)
            return Driver::Assignee; // an agent holds few cases
        if (query.queueId != 0)
            return Driver::Queue;
        if (!query.tags.isEmpty())
            return Driver::Tags; // tags are set by hand on few cases
        if (query.sla == SlaFilter::AtRisk)
            return Driver::Due; // a window of minutes
        if (query.negativeSentiment)
            return Driver::Negative; // few cases; for newest first their index is also the order
        if (query.sort != InboxSort::Newest)
            return Driver::Order;
        if ((query.platform.has_value() ? 1 : 0) + query.platforms.size() == 1)
            return Driver::Platform; // (platform, last_message_at, id) is also the order
        if ((query.accountId != 0 ? 1 : 0) + query.accountIds.size() == 1)
            return Driver::Account;
        if (!query.language.isEmpty())
            return Driver::Language;
        if ((query.status.has_value() ? 1 : 0) + query.statuses.size() == 1)
            return Driver::Status;
        return Driver::Order;
    }

    /// The filters of a query, without its cursor. forCount: every filter may use its index (a
    /// count has no order to keep).
    Where filtersOf(const Database &db, const InboxQuery &query, bool forCount)
    {
        const Driver driver = db.isPostgres() ? Driver::Order
            : forCount                        ? countDriverOf(query)
                                              : driverOf(query);
        const bool plain = db.isPostgres();
        const auto column = [&](const QString &name, Driver leads) {
            return plain || driver == leads ? name : u'+' + name;
        };
        Where where;
        const QString status = column(u"c.status"_s, Driver::Status);
        // "Open" is spelled as the partial indexes of open cases say (cases_sla_due,
        // cases_open_views), so counts and SLA views may use them; other pages mask it and keep
        // their sort's index.
        const bool dueLeads = query.sla != SlaFilter::Any || query.sort == InboxSort::SlaDueFirst;
        if (query.status) {
            where.add(status + u" = ?"_s, { toString(*query.status) });
        } else if (query.openOnly || query.sla != SlaFilter::Any) {
            where.add(forCount || dueLeads || plain ? u"c.status <> 'resolved'"_s
                                                    : u"+c.status <> 'resolved'"_s);
        }
        where.addIn(status, namesOf(query.statuses));
        const QString platform = column(u"c.platform"_s, Driver::Platform);
        if (query.platform)
            where.add(platform + u" = ?"_s, { toString(*query.platform) });
        if (query.platforms.size() == 1)
            where.add(platform + u" = ?"_s, { toString(query.platforms.constFirst()) });
        else
            where.addIn(platform, namesOf(query.platforms));
        const QString account = column(u"c.account_id"_s, Driver::Account);
        if (query.accountId != 0)
            where.add(account + u" = ?"_s, { query.accountId });
        if (!query.accountIds.isEmpty()) {
            QStringList ids;
            for (const Id id : query.accountIds)
                ids.append(QString::number(id));
            // Ids are numbers; written inline so the list binds no text to a BIGINT column.
            where.add(query.accountIds.size() == 1
                    ? QString(account + u" = "_s + ids.constFirst())
                    : QString(account + u" IN ("_s + ids.join(u", "_s) + u')'));
        }
        where.addIn(u"c.priority"_s, namesOf(query.priorities));
        if (query.queueId != 0)
            where.add(column(u"c.queue_id"_s, Driver::Queue) + u" = ?"_s, { query.queueId });
        const QString assignee = column(u"c.assignee_id"_s, Driver::Assignee);
        if (query.assigneeId != 0)
            where.add(assignee + u" = ?"_s, { query.assigneeId });
        if (query.mine)
            where.add(assignee + u" = ?"_s, { query.me });
        if (query.unassigned)
            where.add(assignee + u" IS NULL"_s);
        if (!query.tags.isEmpty()) {
            Where tags;
            tags.addIn(u"name"_s, query.tags);
            where.add((driver == Driver::Tags || plain ? u"c.id"_s : u"+c.id"_s)
                    + u" IN (SELECT ct.case_id FROM case_tag ct WHERE ct.tag_id IN (SELECT id FROM tag WHERE "_s
                    + tags.parts.constFirst() + u"))"_s,
                tags.values);
        }
        if (!query.language.isEmpty())
            where.add(column(u"c.language"_s, Driver::Language) + u" = ?"_s, { query.language });
        if (query.negativeSentiment)
            where.add(column(u"c.sentiment_last"_s, Driver::Negative) + u" < 0"_s);
        const Millis now = nowOr(query.now);
        // The due index leads SLA filters and the SLA sort; elsewhere its expression is masked.
        const QString due = plain || driver == Driver::Due
                || (driver == Driver::Order && query.sort == InboxSort::SlaDueFirst)
            ? dueExpression(db)
            : u'+' + dueExpression(db);
        if (query.status && query.sla != SlaFilter::Any)
            where.add(u"c.status <> 'resolved'"_s); // resolved cases have no SLA due
        if (query.sla == SlaFilter::AtRisk) {
            // Not breached yet (SlaClock: breached once now is past the due time), due within N
            // minutes.
            where.add(due + u" >= ?"_s, { now });
            where.add(due + u" <= ?"_s, { now + qMax(1, query.atRiskMinutes) * millisPerMinute });
        } else if (query.sla == SlaFilter::Breached) {
            where.add(due + u" < ?"_s, { now });
        }
        if (query.waitingOnly)
            where.add(u"c.unanswered > 0"_s);
        if (query.activeFrom != 0)
            where.add(u"c.last_message_at >= ?"_s, { query.activeFrom });
        if (query.activeTo != 0)
            where.add(u"c.last_message_at < ?"_s, { query.activeTo });
        return where;
    }

    /// The leading sort key of an order other than newest; empty for newest.
    QString keyExpression(const Database &db, InboxSort sort)
    {
        switch (sort) {
        case InboxSort::Newest:
            return {};
        case InboxSort::SlaDueFirst:
            return dueExpression(db);
        case InboxSort::OldestWaiting:
            return waitingExpression;
        case InboxSort::Priority:
            return rankExpression;
        }
        return {};
    }

} // namespace

Result<CasePage> inbox(Database &db, const InboxQuery &query)
{
    Where where = filtersOf(db, query, false);
    const QString key = keyExpression(db, query.sort);
    // A filter's index leads (driverOf): the sort's own index must not tempt SQLite's planner into
    // reading it whole for a few matches, so the sort key is masked there too.
    const Driver driver = db.isPostgres() ? Driver::Order : driverOf(query);
    const bool masked = !key.isEmpty() && driver != Driver::Order
        && !(driver == Driver::Due && query.sort == InboxSort::SlaDueFirst);
    const QString orderKey = masked ? u'+' + key : key;
    QString order;
    switch (query.sort) {
    case InboxSort::Newest:
        if (query.after) {
            where.add(u"(c.last_message_at < ? OR (c.last_message_at = ? AND c.id < ?))"_s,
                { query.after->time, query.after->time, query.after->id });
        }
        order = u"ORDER BY c.last_message_at DESC, c.id DESC"_s;
        break;
    case InboxSort::SlaDueFirst:
    case InboxSort::OldestWaiting:
        if (query.after)
            where.add(u"("_s + key + u", c.id) > (?, ?)"_s, { query.after->key, query.after->id });
        order = u"ORDER BY "_s + orderKey + u", c.id"_s;
        break;
    case InboxSort::Priority:
        if (query.after) {
            where.add(u"("_s + key + u", c.last_message_at, c.id) < (?, ?, ?)"_s,
                { query.after->key, query.after->time, query.after->id });
        }
        order = u"ORDER BY "_s + orderKey + u" DESC, c.last_message_at DESC, c.id DESC"_s;
        break;
    }
    QString statement = summarySelectStatement();
    if (!key.isEmpty()) {
        // The sort key rides along as the last column: the next page's cursor.
        const qsizetype from = statement.indexOf(" FROM cases c"_L1);
        statement.insert(from, u", "_s + key);
    }
    statement += where.clause() + order;
    QVariantList values = where.values;
    if (query.limit > 0) {
        statement += u" LIMIT ?"_s;
        values.append(query.limit + 1);
    }
    Result<QSqlQuery> q = db.exec(statement, values);
    if (!q.ok())
        return q.error();
    CasePage page;
    QList<qint64> keys;
    const int keyColumn = key.isEmpty() ? -1 : q.value().record().count() - 1;
    while (q.value().next()) {
        page.rows.append(summaryOfRow(q.value()));
        if (keyColumn >= 0)
            keys.append(q.value().value(keyColumn).toLongLong());
    }
    q.value().finish();
    if (query.limit > 0 && page.rows.size() > query.limit) {
        page.rows.removeLast();
        const Case &last = page.rows.last().value;
        page.next = KeysetCursor { last.lastMessageAt, last.id,
            keyColumn >= 0 ? keys.at(page.rows.size() - 1) : 0 };
    }
    return page;
}

namespace {

    /// Open cases of one platform, one account or one language, and nothing else: the views panel's
    /// per-facet entries, all answered by one grouped pass (facetCounts).
    std::optional<QString> facetKey(const InboxQuery &q)
    {
        if (!q.openOnly || q.status || !q.statuses.isEmpty() || !q.priorities.isEmpty()
            || q.queueId != 0 || q.assigneeId != 0 || q.mine || q.unassigned || !q.tags.isEmpty()
            || q.negativeSentiment || q.sla != SlaFilter::Any || q.waitingOnly || q.activeFrom != 0
            || q.activeTo != 0 || q.platform || q.accountId != 0)
            return std::nullopt;
        const int set = (q.platforms.size() == 1 ? 1 : 0) + (q.accountIds.size() == 1 ? 1 : 0)
            + (q.language.isEmpty() ? 0 : 1);
        if (set != 1 || q.platforms.size() > 1 || q.accountIds.size() > 1)
            return std::nullopt;
        if (q.platforms.size() == 1)
            return u"p:"_s + toString(q.platforms.constFirst());
        if (q.accountIds.size() == 1)
            return u"a:"_s + QString::number(q.accountIds.constFirst());
        return u"l:"_s + q.language;
    }

    Result<QHash<QString, qint64>> facetCounts(Database &db)
    {
        QHash<QString, qint64> counts;
        Result<QSqlQuery> q
            = db.exec(u"SELECT c.platform, c.account_id, c.language, COUNT(*) FROM cases c "_s
                + (db.isPostgres() ? QString() : u"INDEXED BY cases_open_views "_s)
                + u"WHERE c.status <> 'resolved' GROUP BY c.platform, c.account_id, c.language"_s);
        if (!q.ok())
            return q.error();
        while (q.value().next()) {
            const qint64 n = q.value().value(3).toLongLong();
            counts[u"p:"_s + q.value().value(0).toString()] += n;
            counts[u"a:"_s + QString::number(q.value().value(1).toLongLong())] += n;
            counts[u"l:"_s + q.value().value(2).toString()] += n;
        }
        return counts;
    }

} // namespace

Result<QList<qint64>> counts(Database &db, const QList<InboxQuery> &queries, Millis now)
{
    QList<qint64> result;
    result.reserve(queries.size());
    // One pass over the open cases' covering index for every per-platform, per-account and
    // per-language view, instead of one pass each.
    std::optional<QHash<QString, qint64>> facets;
    qsizetype facetQueries = 0;
    for (const InboxQuery &query : queries)
        facetQueries += facetKey(query).has_value() ? 1 : 0;
    if (facetQueries >= 2) {
        Result<QHash<QString, qint64>> grouped = facetCounts(db);
        if (!grouped.ok())
            return grouped.error();
        facets = grouped.value();
    }
    for (InboxQuery query : queries) {
        if (query.now == 0)
            query.now = now;
        if (facets) {
            if (const std::optional<QString> key = facetKey(query)) {
                result.append(facets->value(*key, 0));
                continue;
            }
        }
        const Where where = filtersOf(db, query, true);
        // SQLite scans the smallest usable index, covering or not (cases_sla_due, then a row
        // lookup per case): name the covering one of open cases, or the negatives' own.
        QString source = u"FROM cases c "_s;
        if (!db.isPostgres()) {
            const Driver driver = countDriverOf(query);
            if (driver == Driver::Negative)
                source = u"FROM cases c INDEXED BY cases_negative_recent "_s;
            else if (driver == Driver::Order && (query.openOnly || query.sla != SlaFilter::Any))
                source = u"FROM cases c INDEXED BY cases_open_views "_s;
        }
        Result<CachedQuery *> q
            = db.cached(u"SELECT COUNT(*) "_s + source + where.clause(), where.values);
        if (!q.ok())
            return q.error();
        result.append(q.value()->next() ? q.value()->value(0).toLongLong() : 0);
        q.value()->finish();
    }
    return result;
}

} // namespace CareDesk::CaseStore
