// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/casestore.h"

#include "app/core/caseworkflow.h"
#include "app/core/searchtokenizer.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlRecord>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk::CaseStore {

namespace {

constexpr int snippetLength = 160;

const QString caseColumns = u"c.id, c.account_id, c.platform, c.thread_key, c.customer_id, c.queue_id, "
                            "c.assignee_id, c.status, c.priority, c.language, c.subject, c.opened_at, "
                            "c.last_message_at, c.last_customer_message_at, c.first_response_at, "
                            "c.last_agent_message_at, c.snoozed_until, c.resolved_at, "
                            "c.first_response_due, c.next_response_due, c.resolution_due, "
                            "c.unanswered, c.message_count, c.sentiment_entry, c.sentiment_last, "
                            "c.version, c.last_snippet, c.last_direction, c.last_visibility"_s;
constexpr int caseColumnCount = 29;

QString summarySelect()
{
    return u"SELECT "_s + caseColumns
        + u", cu.name, a.handle, ag.name FROM cases c JOIN account a ON a.id = c.account_id "
          "LEFT JOIN customer cu ON cu.id = c.customer_id LEFT JOIN agent ag ON ag.id = c.assignee_id "_s;
}

Case caseFrom(const QSqlQuery &q)
{
    Case c;
    c.id = q.value(0).toLongLong();
    c.accountId = q.value(1).toLongLong();
    c.platform = platformFromString(q.value(2).toString()).value_or(Platform::X);
    c.threadKey = q.value(3).toString();
    c.customerId = q.value(4).toLongLong();
    c.queueId = q.value(5).toLongLong();
    c.assigneeId = q.value(6).toLongLong();
    c.status = caseStatusFromString(q.value(7).toString()).value_or(CaseStatus::Open);
    c.priority = priorityFromString(q.value(8).toString()).value_or(Priority::Normal);
    c.language = q.value(9).toString();
    c.subject = q.value(10).toString();
    c.openedAt = q.value(11).toLongLong();
    c.lastMessageAt = q.value(12).toLongLong();
    c.lastCustomerMessageAt = q.value(13).toLongLong();
    c.firstResponseAt = q.value(14).toLongLong();
    c.lastAgentMessageAt = q.value(15).toLongLong();
    c.snoozedUntil = q.value(16).toLongLong();
    c.resolvedAt = q.value(17).toLongLong();
    c.firstResponseDue = q.value(18).toLongLong();
    c.nextResponseDue = q.value(19).toLongLong();
    c.resolutionDue = q.value(20).toLongLong();
    c.unanswered = q.value(21).toInt();
    c.messageCount = q.value(22).toInt();
    c.sentimentEntry = q.value(23).toInt();
    c.sentimentLast = q.value(24).toInt();
    c.version = q.value(25).toLongLong();
    return c;
}

CaseSummary summaryFrom(const QSqlQuery &q)
{
    CaseSummary s;
    s.value = caseFrom(q);
    s.snippet = q.value(26).toString();
    s.lastDirection = directionFromString(q.value(27).toString()).value_or(Direction::In);
    s.lastVisibility = visibilityFromString(q.value(28).toString()).value_or(Visibility::Public);
    s.customerName = q.value(caseColumnCount).toString();
    s.accountHandle = q.value(caseColumnCount + 1).toString();
    s.assigneeName = q.value(caseColumnCount + 2).toString();
    return s;
}

QVariant nullableId(Id id)
{
    return id == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(id);
}

QString snippetOf(const QString &text)
{
    QString line = text.simplified();
    if (line.size() > snippetLength)
        line = line.left(snippetLength - 1) + u'…';
    return line;
}

Result<Done> storeCase(Database &db, const Case &c, const QString &snippet, Direction lastDirection,
                       Visibility lastVisibility)
{
    Result<QSqlQuery> updated = db.exec(
        u"UPDATE cases SET customer_id = ?, queue_id = ?, assignee_id = ?, status = ?, priority = ?, "
        "language = ?, subject = ?, last_message_at = ?, last_customer_message_at = ?, "
        "first_response_at = ?, last_agent_message_at = ?, snoozed_until = ?, resolved_at = ?, "
        "first_response_due = ?, next_response_due = ?, resolution_due = ?, unanswered = ?, "
        "message_count = ?, sentiment_entry = ?, sentiment_last = ?, last_snippet = ?, "
        "last_direction = ?, last_visibility = ?, version = version + 1 WHERE id = ?"_s,
        { nullableId(c.customerId), nullableId(c.queueId), nullableId(c.assigneeId), toString(c.status),
          toString(c.priority), c.language, c.subject, c.lastMessageAt, c.lastCustomerMessageAt,
          c.firstResponseAt, c.lastAgentMessageAt, c.snoozedUntil, c.resolvedAt, c.firstResponseDue,
          c.nextResponseDue, c.resolutionDue, c.unanswered, c.messageCount, c.sentimentEntry,
          c.sentimentLast, snippet, toString(lastDirection), toString(lastVisibility), c.id });
    if (!updated.ok())
        return updated.error();
    return Done {};
}

Result<std::optional<CaseSummary>> loadSummary(Database &db, Id caseId)
{
    Result<QSqlQuery> q = db.exec(summarySelect() + u"WHERE c.id = ?"_s, { caseId });
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return std::optional<CaseSummary>();
    return std::optional<CaseSummary>(summaryFrom(q.value()));
}

/// The customer an identity belongs to, creating both when new.
Result<Id> customerFor(Database &db, Platform platform, const IncomingMessage &m, Millis now)
{
    Result<Id> identity = db.insertReturningId(
        u"INSERT INTO identity (platform, platform_user_id, handle, display_name, audience, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (platform, platform_user_id) DO UPDATE SET "
        "handle = excluded.handle, display_name = excluded.display_name, audience = excluded.audience "
        "RETURNING id"_s,
        { toString(platform), m.authorPlatformId, m.authorHandle, m.authorName, m.authorAudience, now });
    if (!identity.ok())
        return identity.error();
    Result<QSqlQuery> linked = db.exec(
        u"SELECT customer_id FROM customer_identity WHERE identity_id = ? AND unlinked_at = 0"_s,
        { identity.value() });
    if (!linked.ok())
        return linked.error();
    if (linked.value().next())
        return linked.value().value(0).toLongLong();

    Id customerId = 0;
    if (!m.customerRef.isEmpty()) {
        Result<QSqlQuery> known =
            db.exec(u"SELECT id FROM customer WHERE crm_ref = ? ORDER BY id LIMIT 1"_s, { m.customerRef });
        if (!known.ok())
            return known.error();
        if (known.value().next())
            customerId = known.value().value(0).toLongLong();
    }
    if (customerId == 0) {
        Result<Id> created = db.insertReturningId(
            u"INSERT INTO customer (name, crm_ref, language, created_at) VALUES (?, ?, ?, ?) RETURNING id"_s,
            { m.authorName.isEmpty() ? m.authorHandle : m.authorName, m.customerRef, m.language, now });
        if (!created.ok())
            return created.error();
        customerId = created.value();
    }
    Result<QSqlQuery> link = db.exec(
        u"INSERT INTO customer_identity (customer_id, identity_id, linked_at) VALUES (?, ?, ?)"_s,
        { customerId, identity.value(), now });
    if (!link.ok())
        return link.error();
    return customerId;
}

} // namespace

Result<QList<SlaPolicy>> slaPolicies(Database &db)
{
    Result<QSqlQuery> q = db.exec(u"SELECT id, platform, priority, first_response_minutes, "
                                  "next_response_minutes, resolution_minutes, at_risk_percent, "
                                  "business_hours FROM sla_policy ORDER BY id"_s);
    if (!q.ok())
        return q.error();
    QList<SlaPolicy> policies;
    while (q.value().next()) {
        SlaPolicy p;
        p.id = q.value().value(0).toLongLong();
        if (!q.value().value(1).isNull())
            p.platform = platformFromString(q.value().value(1).toString());
        if (!q.value().value(2).isNull())
            p.priority = priorityFromString(q.value().value(2).toString());
        p.firstResponseMinutes = q.value().value(3).toInt();
        p.nextResponseMinutes = q.value().value(4).toInt();
        p.resolutionMinutes = q.value().value(5).toInt();
        p.atRiskPercent = q.value().value(6).toInt();
        const QJsonObject hours = QJsonDocument::fromJson(q.value().value(7).toString().toUtf8()).object();
        if (!hours.isEmpty()) {
            p.hours.alwaysOpen = false;
            p.hours.timeZone = hours.value("time_zone"_L1).toString(u"UTC"_s);
            const QJsonArray days = hours.value("days"_L1).toArray();
            for (int i = 0; i < 7 && i < days.size(); ++i) {
                const QJsonArray range = days.at(i).toArray();
                p.hours.days[i].startMinute = range.at(0).toInt();
                p.hours.days[i].endMinute = range.at(1).toInt();
            }
        }
        policies.append(p);
    }
    return policies;
}

Result<IngestResult> ingest(Database &db, const IngestBatch &batch, Millis now)
{
    IngestResult result;
    Result<Done> done = db.transaction([&]() -> Result<Done> {
        Result<QSqlQuery> account = db.exec(u"SELECT platform FROM account WHERE id = ?"_s, { batch.accountId });
        if (!account.ok())
            return account.error();
        if (!account.value().next()) {
            return Error { ErrorCode::NotFound,
                           Database::tr("There is no account %1.").arg(batch.accountId) };
        }
        const Platform platform =
            platformFromString(account.value().value(0).toString()).value_or(Platform::X);
        account.value().finish();
        Result<QList<SlaPolicy>> policies = slaPolicies(db);
        if (!policies.ok())
            return policies.error();
        const SlaClock sla(policies.value());

        QSet<Id> touched;
        for (const IncomingMessage &m : batch.messages) {
            if (m.platformId.isEmpty() || m.threadKey.isEmpty()) {
                return Error { ErrorCode::Invalid,
                               Database::tr("A message without an id or a thread cannot be stored.") };
            }
            Result<QSqlQuery> existing = db.exec(
                u"SELECT id FROM message WHERE account_id = ? AND platform_id = ?"_s,
                { batch.accountId, m.platformId });
            if (!existing.ok())
                return existing.error();
            if (existing.value().next()) {
                ++result.duplicates;
                continue;
            }
            Id customerId = 0;
            Id identityId = 0;
            if (m.direction == Direction::In && !m.authorPlatformId.isEmpty()) {
                Result<Id> customer = customerFor(db, platform, m, now);
                if (!customer.ok())
                    return customer.error();
                customerId = customer.value();
                Result<QSqlQuery> identity = db.exec(
                    u"SELECT id FROM identity WHERE platform = ? AND platform_user_id = ?"_s,
                    { toString(platform), m.authorPlatformId });
                if (!identity.ok())
                    return identity.error();
                if (identity.value().next())
                    identityId = identity.value().value(0).toLongLong();
            }

            Result<QSqlQuery> found = db.exec(
                u"SELECT c.id FROM cases c WHERE c.account_id = ? AND c.thread_key = ?"_s,
                { batch.accountId, m.threadKey });
            if (!found.ok())
                return found.error();
            Id caseId = found.value().next() ? found.value().value(0).toLongLong() : 0;
            found.value().finish();
            if (caseId == 0) {
                Result<Id> created = db.insertReturningId(
                    u"INSERT INTO cases (account_id, platform, thread_key, customer_id, status, priority, "
                    "language, subject, opened_at, last_message_at, sentiment_entry) "
                    "VALUES (?, ?, ?, ?, 'new', ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                    { batch.accountId, toString(platform), m.threadKey, nullableId(customerId),
                      toString(m.priority), m.language, snippetOf(m.text).left(80), m.createdAt,
                      m.createdAt, m.sentiment });
                if (!created.ok())
                    return created.error();
                caseId = created.value();
                ++result.casesOpened;
            }
            Result<std::optional<CaseSummary>> loaded = loadSummary(db, caseId);
            if (!loaded.ok())
                return loaded.error();
            CaseSummary summary = *loaded.value();
            Case &c = summary.value;

            Result<Id> message = db.insertReturningId(
                u"INSERT INTO message (case_id, account_id, platform_id, direction, visibility, "
                "author_identity_id, author_name, text, created_at, reply_to_platform_id, permalink, "
                "edited_at, sentiment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                { caseId, batch.accountId, m.platformId, toString(m.direction), toString(m.visibility),
                  nullableId(identityId), m.authorName, m.text, m.createdAt, m.replyToPlatformId,
                  m.permalink, m.editedAt, m.sentiment });
            if (!message.ok())
                return message.error();
            if (Result<Done> indexed =
                    db.indexMessage(message.value(), SearchTokenizer::indexText(m.authorName + u' ' + m.text));
                !indexed.ok())
                return indexed;

            const bool latest = m.createdAt >= c.lastMessageAt;
            Event event;
            event.at = now;
            event.caseId = caseId;
            event.messageId = message.value();
            event.customerId = customerId;
            if (m.direction == Direction::In) {
                if (c.customerId == 0)
                    c.customerId = customerId;
                if (c.messageCount == 0 || c.lastCustomerMessageAt == 0)
                    c.sentimentEntry = m.sentiment;
                if (m.createdAt >= c.lastCustomerMessageAt)
                    c.sentimentLast = m.sentiment;
                if (CaseWorkflow::applyCustomerMessage(c, m.createdAt)) {
                    ++result.casesReopened;
                    Event reopened = event;
                    reopened.type = EventType::Reopened;
                    if (Result<Id> e = db.appendEvent(reopened); !e.ok())
                        return e.error();
                }
                event.type = EventType::MessageReceived;
                event.data = QJsonObject { { u"visibility"_s, toString(m.visibility) } };
            } else {
                CaseWorkflow::applyAgentReply(c, m.createdAt);
                event.type = EventType::ReplySent;
                event.data = QJsonObject { { u"visibility"_s, toString(m.visibility) },
                                           { u"source"_s, u"ingest"_s } };
            }
            if (c.priority < m.priority)
                c.priority = m.priority;
            if (c.language.isEmpty())
                c.language = m.language;
            sla.applyDueTimes(c);
            if (Result<Id> e = db.appendEvent(event); !e.ok())
                return e.error();
            if (Result<Done> stored = storeCase(db, c, latest ? snippetOf(m.text) : summary.snippet,
                                                latest ? m.direction : summary.lastDirection,
                                                latest ? m.visibility : summary.lastVisibility);
                !stored.ok())
                return stored;
            touched.insert(caseId);
            ++result.inserted;
        }
        if (!batch.cursor.isEmpty()) {
            Result<QSqlQuery> cursor = db.exec(
                u"INSERT INTO sync_cursor (account_id, stream, value, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (account_id, stream) DO UPDATE SET value = excluded.value, "
                "updated_at = excluded.updated_at"_s,
                { batch.accountId, batch.stream, batch.cursor, now });
            if (!cursor.ok())
                return cursor.error();
        }
        result.caseIds = QList<Id>(touched.cbegin(), touched.cend());
        std::sort(result.caseIds.begin(), result.caseIds.end());
        if (result.inserted > 0) {
            if (Result<qint64> seq = db.recordChange(result.caseIds, now); !seq.ok())
                return seq.error();
        }
        return Done {};
    });
    if (!done.ok())
        return done.error();
    return result;
}

Result<CasePage> inbox(Database &db, const InboxQuery &query)
{
    QStringList where;
    QVariantList values;
    if (query.status) {
        where.append(u"c.status = ?"_s);
        values.append(toString(*query.status));
    } else if (query.openOnly) {
        where.append(u"c.status <> 'resolved'"_s);
    }
    if (query.platform) {
        where.append(u"c.platform = ?"_s);
        values.append(toString(*query.platform));
    }
    if (query.accountId != 0) {
        where.append(u"c.account_id = ?"_s);
        values.append(query.accountId);
    }
    if (query.queueId != 0) {
        where.append(u"c.queue_id = ?"_s);
        values.append(query.queueId);
    }
    if (query.assigneeId != 0) {
        where.append(u"c.assignee_id = ?"_s);
        values.append(query.assigneeId);
    }
    if (query.after) {
        where.append(u"(c.last_message_at < ? OR (c.last_message_at = ? AND c.id < ?))"_s);
        values << query.after->time << query.after->time << query.after->id;
    }
    QString statement = summarySelect();
    if (!where.isEmpty())
        statement += u"WHERE "_s + where.join(" AND "_L1) + u' ';
    statement += u"ORDER BY c.last_message_at DESC, c.id DESC"_s;
    if (query.limit > 0) {
        statement += u" LIMIT ?"_s;
        values.append(query.limit + 1);
    }
    Result<QSqlQuery> q = db.exec(statement, values);
    if (!q.ok())
        return q.error();
    CasePage page;
    while (q.value().next())
        page.rows.append(summaryFrom(q.value()));
    if (query.limit > 0 && page.rows.size() > query.limit) {
        page.rows.removeLast();
        page.next = KeysetCursor { page.rows.last().value.lastMessageAt, page.rows.last().value.id };
    }
    return page;
}

Result<QList<CaseSummary>> summaries(Database &db, const QList<Id> &caseIds)
{
    QList<CaseSummary> rows;
    // Chunks keep the statement within every driver's parameter limit.
    for (qsizetype start = 0; start < caseIds.size(); start += 500) {
        const QList<Id> chunk = caseIds.mid(start, 500);
        QStringList marks;
        QVariantList values;
        for (Id id : chunk) {
            marks.append(u"?"_s);
            values.append(id);
        }
        Result<QSqlQuery> q = db.exec(summarySelect() + u"WHERE c.id IN ("_s + marks.join(u',') + u')', values);
        if (!q.ok())
            return q.error();
        while (q.value().next())
            rows.append(summaryFrom(q.value()));
    }
    return rows;
}

Result<CaseDetail> detail(Database &db, Id caseId)
{
    Result<std::optional<CaseSummary>> summary = loadSummary(db, caseId);
    if (!summary.ok())
        return summary.error();
    if (!summary.value())
        return Error { ErrorCode::NotFound, Database::tr("There is no case %1.").arg(caseId) };
    CaseDetail d;
    d.summary = *summary.value();

    Result<QSqlQuery> account = db.exec(
        u"SELECT id, platform, connector, handle, base_url, purpose, enabled, created_at FROM account WHERE id = ?"_s,
        { d.summary.value.accountId });
    if (!account.ok())
        return account.error();
    if (account.value().next()) {
        const QSqlQuery &q = account.value();
        d.account.id = q.value(0).toLongLong();
        d.account.platform = platformFromString(q.value(1).toString()).value_or(Platform::X);
        d.account.connector = connectorFromString(q.value(2).toString()).value_or(ConnectorKind::Live);
        d.account.handle = q.value(3).toString();
        d.account.baseUrl = q.value(4).toString();
        d.account.purpose = accountPurposeFromString(q.value(5).toString()).value_or(AccountPurpose::Service);
        d.account.enabled = q.value(6).toBool();
        d.account.createdAt = q.value(7).toLongLong();
    }

    if (d.summary.value.customerId != 0) {
        Result<QSqlQuery> customer = db.exec(
            u"SELECT id, name, crm_ref, email, phone, region, language, vip, notes, created_at, erased_at "
            "FROM customer WHERE id = ?"_s,
            { d.summary.value.customerId });
        if (!customer.ok())
            return customer.error();
        if (customer.value().next()) {
            const QSqlQuery &q = customer.value();
            d.customer.id = q.value(0).toLongLong();
            d.customer.name = q.value(1).toString();
            d.customer.crmRef = q.value(2).toString();
            d.customer.email = q.value(3).toString();
            d.customer.phone = q.value(4).toString();
            d.customer.region = q.value(5).toString();
            d.customer.language = q.value(6).toString();
            d.customer.vip = q.value(7).toBool();
            d.customer.notes = q.value(8).toString();
            d.customer.createdAt = q.value(9).toLongLong();
            d.customer.erasedAt = q.value(10).toLongLong();
        }
        Result<QSqlQuery> identities = db.exec(
            u"SELECT i.id, i.platform, i.platform_user_id, i.handle, i.display_name, i.audience, i.created_at "
            "FROM identity i JOIN customer_identity ci ON ci.identity_id = i.id "
            "WHERE ci.customer_id = ? AND ci.unlinked_at = 0 ORDER BY i.id"_s,
            { d.summary.value.customerId });
        if (!identities.ok())
            return identities.error();
        while (identities.value().next()) {
            const QSqlQuery &q = identities.value();
            Identity i;
            i.id = q.value(0).toLongLong();
            i.platform = platformFromString(q.value(1).toString()).value_or(Platform::X);
            i.platformUserId = q.value(2).toString();
            i.handle = q.value(3).toString();
            i.displayName = q.value(4).toString();
            i.audience = q.value(5).toLongLong();
            i.createdAt = q.value(6).toLongLong();
            d.identities.append(i);
        }
    }

    Result<QSqlQuery> messages = db.exec(
        u"SELECT id, case_id, account_id, platform_id, direction, visibility, author_identity_id, "
        "author_agent_id, author_name, text, created_at, reply_to_platform_id, permalink, edited_at, "
        "sentiment FROM message WHERE case_id = ? ORDER BY created_at, id"_s,
        { caseId });
    if (!messages.ok())
        return messages.error();
    while (messages.value().next()) {
        const QSqlQuery &q = messages.value();
        Message m;
        m.id = q.value(0).toLongLong();
        m.caseId = q.value(1).toLongLong();
        m.accountId = q.value(2).toLongLong();
        m.platformId = q.value(3).toString();
        m.direction = directionFromString(q.value(4).toString()).value_or(Direction::In);
        m.visibility = visibilityFromString(q.value(5).toString()).value_or(Visibility::Public);
        m.authorIdentityId = q.value(6).toLongLong();
        m.authorAgentId = q.value(7).toLongLong();
        m.authorName = q.value(8).toString();
        m.text = q.value(9).toString();
        m.createdAt = q.value(10).toLongLong();
        m.replyToPlatformId = q.value(11).toString();
        m.permalink = q.value(12).toString();
        m.editedAt = q.value(13).toLongLong();
        m.sentiment = q.value(14).toInt();
        d.messages.append(m);
    }

    Result<QSqlQuery> notes = db.exec(
        u"SELECT id, case_id, author_agent_id, text, created_at FROM note WHERE case_id = ? "
        "ORDER BY created_at, id"_s,
        { caseId });
    if (!notes.ok())
        return notes.error();
    while (notes.value().next()) {
        const QSqlQuery &q = notes.value();
        d.notes.append(Note { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                              q.value(3).toString(), q.value(4).toLongLong() });
    }
    return d;
}

Result<QList<SearchHit>> search(Database &db, const SearchQuery &query)
{
    const QStringList terms = SearchTokenizer::queryTerms(query.text);
    QList<SearchHit> hits;
    if (terms.isEmpty())
        return hits;
    QVariantList values { db.searchExpression(terms, query.prefixLast) };
    if (query.after)
        values << query.after->time << query.after->time << query.after->id;
    values.append(query.limit > 0 ? query.limit : 1000000);
    Result<QSqlQuery> q = db.exec(db.searchStatement(query.after.has_value()), values);
    if (!q.ok())
        return q.error();
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        hits.append(SearchHit { r.value(0).toLongLong(), r.value(1).toLongLong(),
                                platformFromString(r.value(2).toString()).value_or(Platform::X),
                                r.value(3).toString(), r.value(4).toString(), r.value(5).toLongLong() });
    }
    return hits;
}

Result<Case> changeStatus(Database &db, Id caseId, CaseStatus status, Millis snoozeUntil, Id agentId,
                          Millis now)
{
    Case changed;
    Result<Done> done = db.transaction([&]() -> Result<Done> {
        Result<std::optional<CaseSummary>> loaded = loadSummary(db, caseId);
        if (!loaded.ok())
            return loaded.error();
        if (!loaded.value())
            return Error { ErrorCode::NotFound, Database::tr("There is no case %1.").arg(caseId) };
        const CaseSummary &summary = *loaded.value();
        Result<Case> moved = CaseWorkflow::changeStatus(summary.value, status, now, snoozeUntil);
        if (!moved.ok())
            return moved.error();
        Result<QList<SlaPolicy>> policies = slaPolicies(db);
        if (!policies.ok())
            return policies.error();
        changed = moved.value();
        SlaClock(policies.value()).applyDueTimes(changed);
        if (Result<Done> stored = storeCase(db, changed, summary.snippet, summary.lastDirection,
                                            summary.lastVisibility);
            !stored.ok())
            return stored;
        Event event;
        event.type = EventType::StatusChanged;
        event.at = now;
        event.agentId = agentId;
        event.caseId = caseId;
        event.customerId = changed.customerId;
        event.data = QJsonObject { { u"from"_s, toString(summary.value.status) }, { u"to"_s, toString(status) } };
        if (status == CaseStatus::Snoozed)
            event.data.insert(u"until"_s, snoozeUntil);
        if (Result<Id> e = db.appendEvent(event); !e.ok())
            return e.error();
        if (Result<qint64> seq = db.recordChange({ caseId }, now); !seq.ok())
            return seq.error();
        return Done {};
    });
    if (!done.ok())
        return done.error();
    return changed;
}

} // namespace CareDesk::CaseStore
