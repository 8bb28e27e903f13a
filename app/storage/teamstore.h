// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Team mode in storage: claims and assignment, presence, the check before a reply is sent, and
// the per-account poll lease, as plain functions over one connection (for the CLI, the tests and
// the benchmark), and the TeamRepository port over a DatabaseWorker (with AgentStore).

#include "app/core/clock.h"
#include "app/core/teamrepository.h"
#include "app/storage/agentstore.h"
#include "app/storage/database.h"
#include "app/storage/databaseworker.h"

namespace CareDesk {

namespace TeamStore {

    // Agents and teams live in AgentStore; TeamStore offers them too, so callers need one name.
    using AgentStore::addAgent;
    using AgentStore::addQueue;
    using AgentStore::agentByName;
    using AgentStore::agentNameFromSystemUser;
    using AgentStore::agents;
    using AgentStore::currentAgent;
    using AgentStore::ensureTeam;
    using AgentStore::isValidAgentName;
    using AgentStore::setCapacity;
    using AgentStore::setQueueMode;

    Result<Assignment> claim(Database &db, Id caseId, Id agentId, Millis now);
    Result<Assignment> assign(
        Database &db, Id caseId, const QString &agentName, Id byAgentId, Millis now);
    Result<Assignment> autoAssign(Database &db, Id caseId, Id byAgentId, Millis now);
    /// Routes a case to a queue and assigns it by the queue's mode.
    Result<Assignment> moveToQueue(Database &db, Id caseId, Id queueId, Id byAgentId, Millis now);
    Result<int> signOut(Database &db, Id agentId, Millis now);
    /// Routes the given cases that are in no queue and nobody's to their account's queue
    /// (account.queue_id), each assigned by the queue's mode; returns how many moved. Run after
    /// ingest. On PostgreSQL a login that may not put cases in that queue leaves them in the shared
    /// inbox (the error says so).
    Result<int> routeNewCases(Database &db, const QList<Id> &caseIds, Millis now);

    Result<Done> setPresence(
        Database &db, Id agentId, Id caseId, PresenceActivity activity, Millis now);
    Result<QList<PresenceEntry>> presence(Database &db, const QList<Id> &caseIds, Millis now);

    Result<CaseMark> markCase(Database &db, Id caseId);
    /// What changed since the mark, without judging it.
    Result<CaseChanges> changesSince(Database &db, const CaseMark &mark, Id agentId);
    /// Conflict (with what changed) when anything did.
    Result<CaseChanges> checkBeforeSend(Database &db, const CaseMark &mark, Id agentId);
    Result<OutboxItem> replyChecked(Database &db, const CaseMark &mark, const QString &text,
        Visibility visibility, Id agentId, Millis now);
    /// The sentence an agent reads when a send is stopped.
    QString describeChanges(Id caseId, const CaseChanges &changes);

    Result<bool> acquirePollLease(
        Database &db, Id accountId, const QString &holder, Millis now, Millis ttlMs);
    Result<Done> releasePollLease(Database &db, Id accountId, const QString &holder);

} // namespace TeamStore

/// The team port over a DatabaseWorker: on PostgreSQL its connection holds the poll leases.
class SqlTeamRepository final : public TeamRepository
{
public:
    SqlTeamRepository(DatabaseWorker &worker, const Clock &clock);
    QFuture<Result<QList<AgentEntry>>> agents() override;
    QFuture<Result<Agent>> addAgent(const NewAgent &agent) override;
    QFuture<Result<Agent>> currentAgent(const QString &nameOnSqlite, bool isSystemUser) override;
    QFuture<Result<Assignment>> claim(Id caseId, Id agentId) override;
    QFuture<Result<Assignment>> assign(Id caseId, const QString &agentName, Id byAgentId) override;
    QFuture<Result<Assignment>> autoAssign(Id caseId, Id byAgentId) override;
    QFuture<Result<int>> signOut(Id agentId) override;
    QFuture<Result<Done>> setPresence(Id agentId, Id caseId, PresenceActivity activity) override;
    QFuture<Result<QList<PresenceEntry>>> presence(const QList<Id> &caseIds) override;
    QFuture<Result<CaseMark>> markCase(Id caseId) override;
    QFuture<Result<CaseChanges>> checkBeforeSend(const CaseMark &mark, Id agentId) override;
    QFuture<Result<OutboxItem>> replyChecked(
        const CaseMark &mark, const QString &text, Visibility visibility, Id agentId) override;
    QFuture<Result<bool>> acquirePollLease(
        Id accountId, const QString &holder, Millis ttlMs) override;
    QFuture<Result<Done>> releasePollLease(Id accountId, const QString &holder) override;

private:
    DatabaseWorker &m_worker;
    const Clock &m_clock;
};

} // namespace CareDesk
