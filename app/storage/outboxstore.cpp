// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/outboxstore.h"

#include "app/core/caseworkflow.h"
#include "app/storage/casestore.h"

#include <QJsonObject>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

const QString outboxColumns = u"id, case_id, account_id, agent_id, visibility, text, reply_to_platform_id, "
                              "idempotency_key, state, attempts, next_attempt_at, error, sent_platform_id, "
                              "created_at, updated_at"_s;

OutboxItem itemFrom(const QSqlQuery &q)
{
    OutboxItem o;
    o.id = q.value(0).toLongLong();
    o.caseId = q.value(1).toLongLong();
    o.accountId = q.value(2).toLongLong();
    o.agentId = q.value(3).toLongLong();
    o.visibility = visibilityFromString(q.value(4).toString()).value_or(Visibility::Public);
    o.text = q.value(5).toString();
    o.replyToPlatformId = q.value(6).toString();
    o.idempotencyKey = q.value(7).toString();
    o.state = outboxStateFromString(q.value(8).toString()).value_or(OutboxState::Queued);
    o.attempts = q.value(9).toInt();
    o.nextAttemptAt = q.value(10).toLongLong();
    o.error = q.value(11).toString();
    o.sentPlatformId = q.value(12).toString();
    o.createdAt = q.value(13).toLongLong();
    o.updatedAt = q.value(14).toLongLong();
    return o;
}

Result<OutboxItem> load(Database &db, Id outboxId)
{
    Result<QSqlQuery> q = db.exec(u"SELECT "_s + outboxColumns + u" FROM outbox WHERE id = ?"_s, { outboxId });
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return Error { ErrorCode::NotFound, Database::tr("There is no reply %1 in the outbox.").arg(outboxId) };
    return itemFrom(q.value());
}

QVariant nullableId(Id id)
{
    return id == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(id);
}

/// Moves a row to a new state and tells the views.
Result<OutboxItem> setState(Database &db, const OutboxItem &item, OutboxState state, const QString &error,
                            Millis nextAttemptAt, Millis now)
{
    Result<QSqlQuery> updated = db.exec(
        u"UPDATE outbox SET state = ?, error = ?, next_attempt_at = ?, updated_at = ? WHERE id = ?"_s,
        { toString(state), error, nextAttemptAt, now, item.id });
    if (!updated.ok())
        return updated.error();
    if (Result<qint64> seq = db.recordChange({ item.caseId }, now); !seq.ok())
        return seq.error();
    OutboxItem changed = item;
    changed.state = state;
    changed.error = error;
    changed.nextAttemptAt = nextAttemptAt;
    changed.updatedAt = now;
    return changed;
}

} // namespace

namespace OutboxStore {

Result<OutboxItem> enqueue(Database &db, Id caseId, const QString &text, Visibility visibility, Id agentId,
                           Millis now)
{
    if (text.trimmed().isEmpty())
        return Error { ErrorCode::Invalid, Database::tr("A reply needs some text.") };
    OutboxItem item;
    Result<Done> done = db.transaction([&]() -> Result<Done> {
        Result<QSqlQuery> found = db.exec(u"SELECT account_id FROM cases WHERE id = ?"_s, { caseId });
        if (!found.ok())
            return found.error();
        if (!found.value().next())
            return Error { ErrorCode::NotFound, Database::tr("There is no case %1.").arg(caseId) };
        item.accountId = found.value().value(0).toLongLong();
        found.value().finish();
        // A public reply answers the customer's latest public post; a private one goes to them.
        Result<QSqlQuery> last = db.exec(
            u"SELECT platform_id FROM message WHERE case_id = ? AND direction = 'in' AND visibility = ? "
            "ORDER BY created_at DESC, id DESC LIMIT 1"_s,
            { caseId, toString(visibility) });
        if (!last.ok())
            return last.error();
        if (last.value().next())
            item.replyToPlatformId = last.value().value(0).toString();
        last.value().finish();
        item.caseId = caseId;
        item.agentId = agentId;
        item.visibility = visibility;
        item.text = text;
        item.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        item.createdAt = item.updatedAt = now;
        Result<Id> id = db.insertReturningId(
            u"INSERT INTO outbox (case_id, account_id, agent_id, visibility, text, reply_to_platform_id, "
            "idempotency_key, state, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?) "
            "RETURNING id"_s,
            { caseId, item.accountId, nullableId(agentId), toString(visibility), text, item.replyToPlatformId,
              item.idempotencyKey, now, now });
        if (!id.ok())
            return id.error();
        item.id = id.value();
        Event event;
        event.type = EventType::ReplyQueued;
        event.at = now;
        event.agentId = agentId;
        event.caseId = caseId;
        event.data = QJsonObject { { u"outbox_id"_s, QString::number(item.id) },
                                   { u"visibility"_s, toString(visibility) } };
        if (Result<Id> e = db.appendEvent(event); !e.ok())
            return e.error();
        if (Result<qint64> seq = db.recordChange({ caseId }, now); !seq.ok())
            return seq.error();
        return Done {};
    });
    if (!done.ok())
        return done.error();
    return item;
}

Result<QList<OutboxItem>> list(Database &db, int limit)
{
    Result<QSqlQuery> q = db.exec(u"SELECT "_s + outboxColumns + u" FROM outbox ORDER BY id DESC LIMIT ?"_s,
                                  { limit > 0 ? limit : 1000000 });
    if (!q.ok())
        return q.error();
    QList<OutboxItem> items;
    while (q.value().next())
        items.append(itemFrom(q.value()));
    return items;
}

Result<std::optional<OutboxClaim>> claimNext(Database &db, Id accountId, Millis now)
{
    std::optional<OutboxClaim> claim;
    Result<Done> done = db.transaction([&]() -> Result<Done> {
        // Per case in order: a row waits while an earlier one of its case is not settled.
        Result<QSqlQuery> next = db.exec(
            u"SELECT o.id FROM outbox o WHERE o.account_id = ? AND o.state = 'queued' AND o.next_attempt_at <= ? "
            "AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.case_id = o.case_id AND p.id < o.id "
            "AND p.state IN ('queued', 'sending', 'failed', 'unknown')) ORDER BY o.id LIMIT 1"_s,
            { accountId, now });
        if (!next.ok())
            return next.error();
        if (!next.value().next())
            return Done {};
        const Id id = next.value().value(0).toLongLong();
        next.value().finish();
        Result<QSqlQuery> taken = db.exec(
            u"UPDATE outbox SET state = 'sending', attempts = attempts + 1, updated_at = ? "
            "WHERE id = ? AND state = 'queued' RETURNING id"_s,
            { now, id });
        if (!taken.ok())
            return taken.error();
        if (!taken.value().next())
            return Done {}; // another sender took it
        taken.value().finish();
        Result<OutboxItem> item = load(db, id);
        if (!item.ok())
            return item.error();
        OutboxClaim c;
        c.item = item.value();
        Result<QSqlQuery> thread = db.exec(
            u"SELECT c.thread_key, COALESCE((SELECT i.platform_user_id FROM message m JOIN identity i "
            "ON i.id = m.author_identity_id WHERE m.case_id = c.id AND m.direction = 'in' "
            "ORDER BY m.created_at DESC, m.id DESC LIMIT 1), '') FROM cases c WHERE c.id = ?"_s,
            { c.item.caseId });
        if (!thread.ok())
            return thread.error();
        if (thread.value().next()) {
            c.threadKey = thread.value().value(0).toString();
            c.customerPlatformId = thread.value().value(1).toString();
        }
        thread.value().finish();
        // A case split out of a thread answers in the platform's thread.
        if (const auto split = CaseWorkflow::parseSplitThreadKey(c.threadKey)) {
            Result<QSqlQuery> own = db.exec(
                u"SELECT 1 FROM message WHERE case_id = ? AND platform_id = ?"_s,
                { c.item.caseId, split->messagePlatformId });
            if (!own.ok())
                return own.error();
            if (own.value().next())
                c.threadKey = split->platformThread;
            own.value().finish();
        }
        if (Result<qint64> seq = db.recordChange({ c.item.caseId }, now); !seq.ok())
            return seq.error();
        claim = c;
        return Done {};
    });
    if (!done.ok())
        return done.error();
    return claim;
}

Result<OutboxItem> complete(Database &db, Id outboxId, const SendResult &result, bool idempotencyAvailable,
                            Millis now)
{
    OutboxItem changed;
    Result<Done> done = db.transaction([&]() -> Result<Done> {
        Result<OutboxItem> item = load(db, outboxId);
        if (!item.ok())
            return item.error();
        if (item.value().state != OutboxState::Sending) {
            return Error { ErrorCode::Conflict,
                           Database::tr("The reply %1 is not being sent (it is %2).")
                               .arg(outboxId)
                               .arg(toString(item.value().state)) };
        }
        const OutboxItem &o = item.value();
        switch (result.outcome) {
        case SendOutcome::Sent: {
            const QString platformId = result.platformId.isEmpty() ? u"outbox-"_s + o.idempotencyKey : result.platformId;
            Result<QSqlQuery> sent = db.exec(
                u"UPDATE outbox SET state = 'sent', sent_platform_id = ?, error = '', updated_at = ? WHERE id = ?"_s,
                { platformId, now, o.id });
            if (!sent.ok())
                return sent.error();
            Result<QSqlQuery> thread = db.exec(
                u"SELECT c.thread_key, a.handle, COALESCE(ag.display_name, '') FROM cases c JOIN account a ON "
                "a.id = c.account_id LEFT JOIN agent ag ON ag.id = ? WHERE c.id = ?"_s,
                { nullableId(o.agentId), o.caseId });
            if (!thread.ok())
                return thread.error();
            if (!thread.value().next())
                return Error { ErrorCode::NotFound, Database::tr("There is no case %1.").arg(o.caseId) };
            // The reply joins the thread through the same path as everything the platform tells;
            // if the poller already brought it, the platform id makes it a duplicate.
            IngestBatch batch;
            batch.accountId = o.accountId;
            IncomingMessage m;
            m.platformId = platformId;
            m.threadKey = thread.value().value(0).toString();
            m.direction = Direction::Out;
            m.visibility = o.visibility;
            m.authorHandle = thread.value().value(1).toString();
            const QString agentName = thread.value().value(2).toString();
            m.authorName = agentName.isEmpty() ? m.authorHandle : agentName;
            m.text = o.text;
            m.createdAt = now;
            m.replyToPlatformId = o.replyToPlatformId;
            thread.value().finish();
            batch.messages.append(m);
            if (Result<IngestResult> stored = CaseStore::ingest(db, batch, now); !stored.ok())
                return stored.error();
            Result<QSqlQuery> author = db.exec(
                u"UPDATE message SET author_agent_id = ? WHERE account_id = ? AND platform_id = ?"_s,
                { nullableId(o.agentId), o.accountId, platformId });
            if (!author.ok())
                return author.error();
            Result<OutboxItem> reloaded = load(db, o.id);
            if (!reloaded.ok())
                return reloaded.error();
            changed = reloaded.value();
            if (Result<qint64> seq = db.recordChange({ o.caseId }, now); !seq.ok())
                return seq.error();
            return Done {};
        }
        case SendOutcome::FailedRetryable: {
            Result<OutboxItem> queued = setState(db, o, OutboxState::Queued, result.reason, result.retryAt, now);
            if (!queued.ok())
                return queued.error();
            changed = queued.value();
            return Done {};
        }
        case SendOutcome::FailedPermanent:
        case SendOutcome::Unknown: {
            const bool retry = result.outcome == SendOutcome::Unknown && idempotencyAvailable;
            const OutboxState state = retry ? OutboxState::Queued
                : result.outcome == SendOutcome::Unknown ? OutboxState::Unknown
                                                         : OutboxState::Failed;
            const QString reason = result.outcome == SendOutcome::Unknown && !retry
                ? Database::tr("The platform did not answer; check the thread before sending again.")
                : result.reason;
            Result<OutboxItem> settled = setState(db, o, state, reason, retry ? now : 0, now);
            if (!settled.ok())
                return settled.error();
            changed = settled.value();
            if (state != OutboxState::Queued) {
                Event event;
                event.type = EventType::ReplyFailed;
                event.at = now;
                event.agentId = o.agentId;
                event.caseId = o.caseId;
                event.data = QJsonObject { { u"outbox_id"_s, QString::number(o.id) }, { u"state"_s, toString(state) } };
                if (Result<Id> e = db.appendEvent(event); !e.ok())
                    return e.error();
            }
            return Done {};
        }
        }
        return Done {};
    });
    if (!done.ok())
        return done.error();
    return changed;
}

Result<int> recoverInterrupted(Database &db, Id accountId, bool idempotencyAvailable, Millis now)
{
    int count = 0;
    Result<Done> done = db.transaction([&]() -> Result<Done> {
        Result<QSqlQuery> stuck = db.exec(
            u"UPDATE outbox SET state = ?, error = ?, updated_at = ? WHERE account_id = ? AND state = 'sending' "
            "RETURNING case_id"_s,
            { idempotencyAvailable ? u"queued"_s : u"unknown"_s,
              idempotencyAvailable ? QString()
                                   : Database::tr("CareDesk stopped while sending; check the thread before "
                                                  "sending again."),
              now, accountId });
        if (!stuck.ok())
            return stuck.error();
        QList<Id> cases;
        while (stuck.value().next()) {
            cases.append(stuck.value().value(0).toLongLong());
            ++count;
        }
        stuck.value().finish();
        if (count > 0) {
            if (Result<qint64> seq = db.recordChange(cases, now); !seq.ok())
                return seq.error();
        }
        return Done {};
    });
    if (!done.ok())
        return done.error();
    return count;
}

Result<OutboxItem> retry(Database &db, Id outboxId, Millis now)
{
    OutboxItem changed;
    Result<Done> done = db.transaction([&]() -> Result<Done> {
        Result<OutboxItem> item = load(db, outboxId);
        if (!item.ok())
            return item.error();
        if (item.value().state != OutboxState::Failed && item.value().state != OutboxState::Unknown)
            return Error { ErrorCode::Conflict, Database::tr("Only a failed or unknown reply can be sent again.") };
        Result<OutboxItem> queued = setState(db, item.value(), OutboxState::Queued, QString(), 0, now);
        if (!queued.ok())
            return queued.error();
        changed = queued.value();
        return Done {};
    });
    if (!done.ok())
        return done.error();
    return changed;
}

Result<OutboxItem> cancel(Database &db, Id outboxId, Millis now)
{
    OutboxItem changed;
    Result<Done> done = db.transaction([&]() -> Result<Done> {
        Result<OutboxItem> item = load(db, outboxId);
        if (!item.ok())
            return item.error();
        const OutboxState state = item.value().state;
        if (state == OutboxState::Sent || state == OutboxState::Sending || state == OutboxState::Cancelled)
            return Error { ErrorCode::Conflict, Database::tr("A reply that is sending or sent cannot be cancelled.") };
        Result<OutboxItem> cancelled = setState(db, item.value(), OutboxState::Cancelled, item.value().error, 0, now);
        if (!cancelled.ok())
            return cancelled.error();
        changed = cancelled.value();
        return Done {};
    });
    if (!done.ok())
        return done.error();
    return changed;
}

} // namespace OutboxStore

SqlOutboxRepository::SqlOutboxRepository(DatabaseWorker &worker, const Clock &clock)
    : m_worker(worker)
    , m_clock(clock)
{
}

QFuture<Result<OutboxItem>> SqlOutboxRepository::enqueue(Id caseId, const QString &text, Visibility visibility,
                                                         Id agentId)
{
    const Millis now = m_clock.now();
    return m_worker.run<OutboxItem>(
        [=](Database &db) { return OutboxStore::enqueue(db, caseId, text, visibility, agentId, now); });
}

QFuture<Result<QList<OutboxItem>>> SqlOutboxRepository::list(int limit)
{
    return m_worker.run<QList<OutboxItem>>([limit](Database &db) { return OutboxStore::list(db, limit); });
}

QFuture<Result<std::optional<OutboxClaim>>> SqlOutboxRepository::claimNext(Id accountId)
{
    const Millis now = m_clock.now();
    return m_worker.run<std::optional<OutboxClaim>>(
        [=](Database &db) { return OutboxStore::claimNext(db, accountId, now); });
}

QFuture<Result<OutboxItem>> SqlOutboxRepository::complete(Id outboxId, const SendResult &result,
                                                          bool idempotencyAvailable)
{
    const Millis now = m_clock.now();
    return m_worker.run<OutboxItem>(
        [=](Database &db) { return OutboxStore::complete(db, outboxId, result, idempotencyAvailable, now); });
}

QFuture<Result<int>> SqlOutboxRepository::recoverInterrupted(Id accountId, bool idempotencyAvailable)
{
    const Millis now = m_clock.now();
    return m_worker.run<int>(
        [=](Database &db) { return OutboxStore::recoverInterrupted(db, accountId, idempotencyAvailable, now); });
}

QFuture<Result<OutboxItem>> SqlOutboxRepository::retry(Id outboxId)
{
    const Millis now = m_clock.now();
    return m_worker.run<OutboxItem>([=](Database &db) { return OutboxStore::retry(db, outboxId, now); });
}

QFuture<Result<OutboxItem>> SqlOutboxRepository::cancel(Id outboxId)
{
    const Millis now = m_clock.now();
    return m_worker.run<OutboxItem>([=](Database &db) { return OutboxStore::cancel(db, outboxId, now); });
}

} // namespace CareDesk
