// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/sqlrepositories.h"

#include "app/storage/casesearch.h"
#include "app/storage/casestore.h"
#include "app/storage/metricsstore.h"
#include "app/storage/teamstore.h"

#include <QJsonDocument>
#include <QMutex>

#include <atomic>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace AccountStore {

    Result<QList<Account>> list(Database &db)
    {
        Result<QSqlQuery> q
            = db.exec(u"SELECT id, platform, connector, handle, base_url, purpose, limits, "
                      "enabled, created_at FROM account ORDER BY id"_s);
        if (!q.ok())
            return q.error();
        QList<Account> accounts;
        while (q.value().next()) {
            const QSqlQuery &r = q.value();
            Account a;
            a.id = r.value(0).toLongLong();
            a.platform = platformFromString(r.value(1).toString()).value_or(Platform::X);
            a.connector = connectorFromString(r.value(2).toString()).value_or(ConnectorKind::Live);
            a.handle = r.value(3).toString();
            a.baseUrl = r.value(4).toString();
            a.purpose
                = accountPurposeFromString(r.value(5).toString()).value_or(AccountPurpose::Service);
            a.limits = QJsonDocument::fromJson(r.value(6).toString().toUtf8()).object();
            a.enabled = r.value(7).toBool();
            a.createdAt = r.value(8).toLongLong();
            accounts.append(a);
        }
        return accounts;
    }

    Result<Account> add(Database &db, Account account, Millis now)
    {
        account.createdAt = now;
        Result<Done> done = db.transaction([&]() -> Result<Done> {
            Result<Id> id = db.insertReturningId(
                u"INSERT INTO account (platform, connector, handle, base_url, purpose, limits, "
                u"enabled, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                { toString(account.platform), toString(account.connector), account.handle,
                    account.baseUrl, toString(account.purpose),
                    QString::fromUtf8(QJsonDocument(account.limits).toJson(QJsonDocument::Compact)),
                    account.enabled ? 1 : 0, now });
            if (!id.ok()) {
                if (id.error().code == ErrorCode::Conflict) {
                    return Error { ErrorCode::Conflict,
                        Database::tr("The %1 account %2 is already in this workspace.")
                            .arg(platformDisplayName(account.platform), account.handle) };
                }
                return id.error();
            }
            account.id = id.value();
            if (Result<qint64> seq = db.recordChange({}, now); !seq.ok())
                return seq.error();
            return Done {};
        });
        if (!done.ok())
            return done.error();
        return account;
    }

    Result<Done> remove(Database &db, Id accountId)
    {
        return db.transaction([&]() -> Result<Done> {
            Result<QSqlQuery> used
                = db.exec(u"SELECT COUNT(*) FROM cases WHERE account_id = ?"_s, { accountId });
            if (!used.ok())
                return used.error();
            used.value().next();
            if (used.value().value(0).toLongLong() > 0) {
                // Customers' messages are never deleted; an account with history is disabled
                // instead.
                Result<QSqlQuery> disabled
                    = db.exec(u"UPDATE account SET enabled = 0 WHERE id = ?"_s, { accountId });
                if (!disabled.ok())
                    return disabled.error();
            } else {
                for (const QString &statement : { u"DELETE FROM sync_cursor WHERE account_id = ?"_s,
                         u"DELETE FROM poll_lease WHERE account_id = ?"_s }) {
                    if (Result<QSqlQuery> q = db.exec(statement, { accountId }); !q.ok())
                        return q.error();
                }
                Result<QSqlQuery> removed
                    = db.exec(u"DELETE FROM account WHERE id = ? RETURNING id"_s, { accountId });
                if (!removed.ok())
                    return removed.error();
                if (!removed.value().next())
                    return Error { ErrorCode::NotFound,
                        Database::tr("There is no account %1.").arg(accountId) };
            }
            return Done {};
        });
    }

    Result<WorkspaceInfo> workspaceInfo(Database &db)
    {
        Result<QSqlQuery> q = db.exec(
            u"SELECT kind, schema_version, name, created_at FROM workspace WHERE id = 1"_s);
        if (!q.ok())
            return q.error();
        if (!q.value().next())
            return Error { ErrorCode::Corrupt, Database::tr("The workspace has no header row.") };
        WorkspaceInfo info;
        info.kind = workspaceKindFromString(q.value().value(0).toString())
                        .value_or(WorkspaceKind::Standard);
        info.schemaVersion = q.value().value(1).toInt();
        info.name = q.value().value(2).toString();
        info.createdAt = q.value().value(3).toLongLong();
        return info;
    }

} // namespace AccountStore

SqlWorkspaceRepository::SqlWorkspaceRepository(DatabaseWorker &worker)
    : m_worker(worker)
{
}

QFuture<Result<WorkspaceInfo>> SqlWorkspaceRepository::info()
{
    return m_worker.run<WorkspaceInfo>(&AccountStore::workspaceInfo);
}

QFuture<Result<qint64>> SqlWorkspaceRepository::changeSeq()
{
    return m_worker.run<qint64>([](Database &db) -> Result<qint64> {
        Result<QSqlQuery> q = db.exec(u"SELECT value FROM change_seq WHERE id = 1"_s);
        if (!q.ok())
            return q.error();
        return q.value().next() ? q.value().value(0).toLongLong() : 0;
    });
}

SqlAccountRepository::SqlAccountRepository(DatabaseWorker &worker, const Clock &clock)
    : m_worker(worker)
    , m_clock(clock)
{
}

QFuture<Result<QList<Account>>> SqlAccountRepository::list()
{
    return m_worker.run<QList<Account>>(&AccountStore::list);
}

QFuture<Result<Account>> SqlAccountRepository::add(const Account &account)
{
    const Millis now = m_clock.now();
    return m_worker.run<Account>(
        [account, now](Database &db) { return AccountStore::add(db, account, now); });
}

QFuture<Result<Done>> SqlAccountRepository::remove(Id accountId)
{
    return m_worker.run<Done>(
        [accountId](Database &db) { return AccountStore::remove(db, accountId); });
}

QFuture<Result<QString>> SqlAccountRepository::cursor(Id accountId, const QString &stream)
{
    return m_worker.run<QString>([accountId, stream](Database &db) -> Result<QString> {
        Result<QSqlQuery> q
            = db.exec(u"SELECT value FROM sync_cursor WHERE account_id = ? AND stream = ?"_s,
                { accountId, stream });
        if (!q.ok())
            return q.error();
        return q.value().next() ? q.value().value(0).toString() : QString();
    });
}

SqlCaseRepository::SqlCaseRepository(DatabaseWorker &worker, const Clock &clock)
    : m_worker(worker)
    , m_clock(clock)
{
}

QFuture<Result<CasePage>> SqlCaseRepository::inbox(const InboxQuery &query)
{
    InboxQuery judged = query;
    if (judged.now == 0)
        judged.now = m_clock.now(); // SLA filters are judged on the injected clock
    return m_worker.run<CasePage>([judged](Database &db) { return CaseStore::inbox(db, judged); });
}

QFuture<Result<QList<CaseSummary>>> SqlCaseRepository::summaries(const QList<Id> &caseIds)
{
    return m_worker.run<QList<CaseSummary>>(
        [caseIds](Database &db) { return CaseStore::summaries(db, caseIds); });
}

QFuture<Result<CaseDetail>> SqlCaseRepository::detail(Id caseId)
{
    return m_worker.run<CaseDetail>(
        [caseId](Database &db) { return CaseStore::detail(db, caseId); });
}

QFuture<Result<CaseDetail>> SqlCaseRepository::threadPage(Id caseId, const ThreadRange &range)
{
    return m_worker.run<CaseDetail>(
        [caseId, range](Database &db) { return CaseStore::detail(db, caseId, range); });
}

QFuture<Result<QList<Message>>> SqlCaseRepository::olderMessages(
    Id caseId, const KeysetCursor &before, int limit)
{
    return m_worker.run<QList<Message>>([caseId, before, limit](Database &db) {
        return CaseStore::olderMessages(db, caseId, before, limit);
    });
}

namespace {

/// The count of searches sent to a database worker so far (a worker lives as long as its
/// workspace is open; a counter left by a closed one costs a few bytes).
std::shared_ptr<std::atomic<quint64>> searchGeneration(const DatabaseWorker *worker)
{
    static QMutex mutex;
    static QHash<const DatabaseWorker *, std::shared_ptr<std::atomic<quint64>>> counters;
    const QMutexLocker lock(&mutex);
    std::shared_ptr<std::atomic<quint64>> &counter = counters[worker];
    if (!counter)
        counter = std::make_shared<std::atomic<quint64>>(0);
    return counter;
}

} // namespace

QFuture<Result<QList<SearchHit>>> SqlCaseRepository::search(const SearchQuery &query)
{
    // Every search() on this worker supersedes the ones before it: as the agent types only the
    // newest keystroke's answer is wanted (every caller drops older answers), so an older search
    // still queued or running gives up.
    const std::shared_ptr<std::atomic<quint64>> latest = searchGeneration(&m_worker);
    const quint64 generation = ++*latest;
    return m_worker.run<QList<SearchHit>>([query, generation, latest](Database &db) {
        return CaseStore::searchUnlessSuperseded(
            db, query, [&] { return latest->load(std::memory_order_relaxed) != generation; });
    });
}

QFuture<Result<IngestResult>> SqlCaseRepository::ingest(const IngestBatch &batch)
{
    const Millis now = m_clock.now();
    return m_worker.run<IngestResult>([batch, now](Database &db) {
        Result<IngestResult> stored = CaseStore::ingest(db, batch, now);
        // New cases go to their account's queue and are assigned by its mode; a refusal leaves
        // them in the shared inbox and does not undo the stored messages.
        if (stored.ok() && stored.value().casesOpened > 0) {
            if (Result<int> routed = TeamStore::routeNewCases(db, stored.value().caseIds, now);
                !routed.ok())
                qWarning("%s", qPrintable(routed.error().message));
        }
        // A customer's "5" after a satisfaction survey is the survey's answer.
        if (stored.ok() && stored.value().inserted > 0) {
            if (Result<int> answers = MetricsStore::captureCsatAnswers(db, batch, now);
                !answers.ok())
                qWarning("%s", qPrintable(answers.error().message));
        }
        return stored;
    });
}

QFuture<Result<Case>> SqlCaseRepository::changeStatus(
    Id caseId, CaseStatus status, Millis snoozeUntil, Id agentId)
{
    const Millis now = m_clock.now();
    return m_worker.run<Case>([=](Database &db) {
        return CaseStore::changeStatus(db, caseId, status, snoozeUntil, agentId, now);
    });
}

} // namespace CareDesk
