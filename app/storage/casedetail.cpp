// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A case with its account, customer and thread (whole, or the page a case view shows), and the
// older pages of a thread on demand.
#include "app/storage/casestore.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk::CaseStore {

namespace {

    const QString messageColumns = u"SELECT id, case_id, account_id, platform_id, direction, "
                                   "visibility, author_identity_id, author_agent_id, author_name, "
                                   "text, created_at, reply_to_platform_id, permalink, edited_at, "
                                   "sentiment FROM message "_s;

    Message messageOfRow(const QSqlQuery &q)
    {
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
        return m;
    }

    /// Messages newest first (a keyset page read backwards), turned oldest first.
    Result<QList<Message>> readBackwards(
        Database &db, const QString &where, const QVariantList &values)
    {
        // The order matches message_case_metrics (case_id, created_at, id, ...): the database
        // walks that index from the page's end and stops after LIMIT rows, however long the case.
        Result<QSqlQuery> q = db.exec(
            messageColumns + where + u" ORDER BY created_at DESC, id DESC LIMIT ?"_s, values);
        if (!q.ok())
            return q.error();
        QList<Message> messages;
        while (q.value().next())
            messages.append(messageOfRow(q.value()));
        std::reverse(messages.begin(), messages.end());
        return messages;
    }

} // namespace

Result<CaseDetail> detail(Database &db, Id caseId)
{
    return detail(db, caseId, ThreadRange {});
}

Result<QList<Message>> olderMessages(Database &db, Id caseId, const KeysetCursor &before, int limit)
{
    // A row value, (a, b) < (x, y), is one range of the index on both databases (SQLite:
    // case_id=? AND created_at<?; PostgreSQL: an Index Cond on the row); tst_casethread checks
    // the plans.
    return readBackwards(db, u"WHERE case_id = ? AND (created_at, id) < (?, ?)"_s,
        { caseId, before.time, before.id, qMax(1, limit) });
}

Result<CaseDetail> detail(Database &db, Id caseId, const ThreadRange &range)
{
    Result<QSqlQuery> summary = db.exec(summarySelectStatement() + u"WHERE c.id = ?"_s, { caseId });
    if (!summary.ok())
        return summary.error();
    if (!summary.value().next())
        return Error { ErrorCode::NotFound, Database::tr("There is no case %1.").arg(caseId) };
    CaseDetail d;
    d.summary = summaryOfRow(summary.value());
    summary.value().finish();

    Result<QSqlQuery> account = db.exec(
        u"SELECT id, platform, connector, handle, base_url, purpose, enabled, created_at FROM account WHERE id = ?"_s,
        { d.summary.value.accountId });
    if (!account.ok())
        return account.error();
    if (account.value().next()) {
        const QSqlQuery &q = account.value();
        d.account.id = q.value(0).toLongLong();
        d.account.platform = platformFromString(q.value(1).toString()).value_or(Platform::X);
        d.account.connector
            = connectorFromString(q.value(2).toString()).value_or(ConnectorKind::Live);
        d.account.handle = q.value(3).toString();
        d.account.baseUrl = q.value(4).toString();
        d.account.purpose
            = accountPurposeFromString(q.value(5).toString()).value_or(AccountPurpose::Service);
        d.account.enabled = q.value(6).toBool();
        d.account.createdAt = q.value(7).toLongLong();
    }

    if (d.summary.value.customerId != 0) {
        Result<QSqlQuery> customer = db.exec(u"SELECT id, name, crm_ref, email, phone, region, "
                                             u"language, vip, notes, created_at, erased_at "
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
        Result<QSqlQuery> identities
            = db.exec(u"SELECT i.id, i.platform, i.platform_user_id, i.handle, i.display_name, "
                      u"i.audience, i.created_at "
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

    const bool partial = range.since.has_value() || range.newest > 0;
    if (range.since) {
        Result<QSqlQuery> messages = db.exec(messageColumns
                + u"WHERE case_id = ? AND (created_at, id) >= (?, ?) ORDER BY created_at, id"_s,
            { caseId, range.since->time, range.since->id });
        if (!messages.ok())
            return messages.error();
        while (messages.value().next())
            d.messages.append(messageOfRow(messages.value()));
    } else if (range.newest > 0) {
        // One more than asked tells whether older messages remain.
        Result<QList<Message>> newest
            = readBackwards(db, u"WHERE case_id = ?"_s, { caseId, range.newest + 1 });
        if (!newest.ok())
            return newest.error();
        d.messages = std::move(newest.value());
        d.olderMessages = d.messages.size() > range.newest;
        if (d.olderMessages)
            d.messages.removeFirst();
    } else {
        Result<QSqlQuery> messages
            = db.exec(messageColumns + u"WHERE case_id = ? ORDER BY created_at, id"_s, { caseId });
        if (!messages.ok())
            return messages.error();
        while (messages.value().next())
            d.messages.append(messageOfRow(messages.value()));
    }
    d.messageCount = static_cast<int>(d.messages.size());
    if (partial) {
        if (range.since && !d.messages.isEmpty()) {
            const Message &first = d.messages.constFirst();
            Result<QList<Message>> before
                = olderMessages(db, caseId, KeysetCursor { first.createdAt, first.id, 0 }, 1);
            if (!before.ok())
                return before.error();
            d.olderMessages = !before.value().isEmpty();
        }
        if (d.olderMessages) {
            // Counted on the index alone: the header says how long the whole thread is.
            Result<QSqlQuery> counted
                = db.exec(u"SELECT COUNT(*) FROM message WHERE case_id = ?"_s, { caseId });
            if (!counted.ok())
                return counted.error();
            if (counted.value().next())
                d.messageCount = qMax(d.messageCount, counted.value().value(0).toInt());
        }
    }

    Result<QSqlQuery> notes = db.exec(
        u"SELECT id, case_id, author_agent_id, text, created_at FROM note WHERE case_id = ? "
        "ORDER BY created_at, id"_s,
        { caseId });
    if (!notes.ok())
        return notes.error();
    while (notes.value().next()) {
        const QSqlQuery &q = notes.value();
        d.notes.append(Note { q.value(0).toLongLong(), q.value(1).toLongLong(),
            q.value(2).toLongLong(), q.value(3).toString(), q.value(4).toLongLong() });
    }
    return d;
}

} // namespace CareDesk::CaseStore
