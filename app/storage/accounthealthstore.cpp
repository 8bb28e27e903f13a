// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/accounthealthstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    QJsonObject toJson(const AccountHealthRecord &r)
    {
        // Times as numbers (milliseconds, like every time in the schema); texts are the
        // platform's and our own sentences, never a token (LiveConnector keeps tokens out).
        return QJsonObject {
            { u"paused"_s, r.paused },
            { u"pause_reason"_s, r.pauseReason },
            { u"streaming"_s, r.streaming },
            { u"last_sync_at"_s, double(r.lastSyncAt) },
            { u"next_poll_at"_s, double(r.nextPollAt) },
            { u"last_error_at"_s, double(r.lastErrorAt) },
            { u"last_error"_s, r.lastError },
            { u"rate_limit"_s, r.rateLimit },
            { u"rate_limit_remaining"_s, r.rateLimitRemaining },
            { u"rate_limit_reset_at"_s, double(r.rateLimitResetAt) },
            { u"daily_limit"_s, r.dailyLimit },
            { u"daily_remaining"_s, r.dailyRemaining },
            { u"daily_reset_at"_s, double(r.dailyResetAt) },
            { u"reporter"_s, r.reporter },
        };
    }

    void fromJson(const QJsonObject &o, AccountHealthRecord &r)
    {
        r.paused = o.value(u"paused"_s).toBool();
        r.pauseReason = o.value(u"pause_reason"_s).toString();
        r.streaming = o.value(u"streaming"_s).toBool();
        r.lastSyncAt = Millis(o.value(u"last_sync_at"_s).toDouble());
        r.nextPollAt = Millis(o.value(u"next_poll_at"_s).toDouble());
        r.lastErrorAt = Millis(o.value(u"last_error_at"_s).toDouble());
        r.lastError = o.value(u"last_error"_s).toString();
        r.rateLimit = o.value(u"rate_limit"_s).toInt(-1);
        r.rateLimitRemaining = o.value(u"rate_limit_remaining"_s).toInt(-1);
        r.rateLimitResetAt = Millis(o.value(u"rate_limit_reset_at"_s).toDouble());
        r.dailyLimit = o.value(u"daily_limit"_s).toInt(-1);
        r.dailyRemaining = o.value(u"daily_remaining"_s).toInt(-1);
        r.dailyResetAt = Millis(o.value(u"daily_reset_at"_s).toDouble());
        r.reporter = o.value(u"reporter"_s).toString();
    }

} // namespace

namespace AccountHealthStore {

    Result<QList<AccountHealthRecord>> list(Database &db)
    {
        QMap<Id, AccountHealthRecord> records;
        auto record = [&records](Id id) -> AccountHealthRecord & {
            AccountHealthRecord &r = records[id];
            r.accountId = id;
            return r;
        };
        Result<QSqlQuery> health
            = db.exec(u"SELECT account_id, value, updated_at FROM sync_cursor WHERE stream = ?"_s,
                { stream.toString() });
        if (!health.ok())
            return health.error();
        while (health.value().next()) {
            AccountHealthRecord &r = record(health.value().value(0).toLongLong());
            fromJson(
                QJsonDocument::fromJson(health.value().value(1).toString().toUtf8()).object(), r);
            r.updatedAt = health.value().value(2).toLongLong();
        }
        Result<QSqlQuery> outbox = db.exec(u"SELECT account_id, state, COUNT(*) FROM outbox WHERE "
                                           u"state IN ('queued', 'sending', 'failed', "
                                           "'unknown') GROUP BY account_id, state"_s);
        if (!outbox.ok())
            return outbox.error();
        while (outbox.value().next()) {
            AccountHealthRecord &r = record(outbox.value().value(0).toLongLong());
            const QString state = outbox.value().value(1).toString();
            const int count = outbox.value().value(2).toInt();
            if (state == "failed"_L1)
                r.failed += count;
            else if (state == "unknown"_L1)
                r.unknown += count;
            else
                r.queued += count;
        }
        return records.values();
    }

    Result<Done> save(Database &db, const AccountHealthRecord &record, Millis now)
    {
        const QString value
            = QString::fromUtf8(QJsonDocument(toJson(record)).toJson(QJsonDocument::Compact));
        Result<QSqlQuery> saved = db.exec(
            u"INSERT INTO sync_cursor (account_id, stream, value, updated_at) "
            "SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM account WHERE id = ?) "
            "ON CONFLICT (account_id, stream) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"_s,
            { record.accountId, stream.toString(), value, now, record.accountId });
        if (!saved.ok())
            return saved.error();
        return Done {};
    }

} // namespace AccountHealthStore

SqlAccountHealthRepository::SqlAccountHealthRepository(DatabaseWorker &worker, const Clock &clock)
    : m_worker(worker)
    , m_clock(clock)
{
}

QFuture<Result<QList<AccountHealthRecord>>> SqlAccountHealthRepository::list()
{
    return m_worker.run<QList<AccountHealthRecord>>(
        [](Database &db) { return AccountHealthStore::list(db); });
}

QFuture<Result<Done>> SqlAccountHealthRepository::save(const AccountHealthRecord &record)
{
    const Millis now = m_clock.now();
    return m_worker.run<Done>(
        [record, now](Database &db) { return AccountHealthStore::save(db, record, now); });
}

} // namespace CareDesk
