// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The team port on the database thread: each call one TeamStore (or AgentStore) function.
#include "app/storage/teamstore.h"

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

SqlTeamRepository::SqlTeamRepository(DatabaseWorker &worker, const Clock &clock)
    : m_worker(worker)
    , m_clock(clock)
{
}

QFuture<Result<QList<AgentEntry>>> SqlTeamRepository::agents()
{
    return m_worker.run<QList<AgentEntry>>([](Database &db) { return AgentStore::agents(db); });
}

QFuture<Result<Agent>> SqlTeamRepository::addAgent(const NewAgent &agent)
{
    const Millis now = m_clock.now();
    return m_worker.run<Agent>([=](Database &db) { return AgentStore::addAgent(db, agent, now); });
}

QFuture<Result<Agent>> SqlTeamRepository::currentAgent(
    const QString &nameOnSqlite, bool isSystemUser)
{
    const Millis now = m_clock.now();
    return m_worker.run<Agent>([=](Database &db) {
        return AgentStore::currentAgent(db, nameOnSqlite, isSystemUser, now);
    });
}

QFuture<Result<Assignment>> SqlTeamRepository::claim(Id caseId, Id agentId)
{
    const Millis now = m_clock.now();
    return m_worker.run<Assignment>(
        [=](Database &db) { return TeamStore::claim(db, caseId, agentId, now); });
}

QFuture<Result<Assignment>> SqlTeamRepository::assign(
    Id caseId, const QString &agentName, Id byAgentId)
{
    const Millis now = m_clock.now();
    return m_worker.run<Assignment>(
        [=](Database &db) { return TeamStore::assign(db, caseId, agentName, byAgentId, now); });
}

QFuture<Result<Assignment>> SqlTeamRepository::autoAssign(Id caseId, Id byAgentId)
{
    const Millis now = m_clock.now();
    return m_worker.run<Assignment>(
        [=](Database &db) { return TeamStore::autoAssign(db, caseId, byAgentId, now); });
}

QFuture<Result<int>> SqlTeamRepository::signOut(Id agentId)
{
    const Millis now = m_clock.now();
    return m_worker.run<int>([=](Database &db) { return TeamStore::signOut(db, agentId, now); });
}

QFuture<Result<Done>> SqlTeamRepository::setPresence(
    Id agentId, Id caseId, PresenceActivity activity)
{
    const Millis now = m_clock.now();
    return m_worker.run<Done>(
        [=](Database &db) { return TeamStore::setPresence(db, agentId, caseId, activity, now); });
}

QFuture<Result<QList<PresenceEntry>>> SqlTeamRepository::presence(const QList<Id> &caseIds)
{
    const Millis now = m_clock.now();
    return m_worker.run<QList<PresenceEntry>>(
        [=](Database &db) { return TeamStore::presence(db, caseIds, now); });
}

QFuture<Result<CaseMark>> SqlTeamRepository::markCase(Id caseId)
{
    return m_worker.run<CaseMark>([=](Database &db) { return TeamStore::markCase(db, caseId); });
}

QFuture<Result<CaseChanges>> SqlTeamRepository::checkBeforeSend(const CaseMark &mark, Id agentId)
{
    return m_worker.run<CaseChanges>(
        [=](Database &db) { return TeamStore::checkBeforeSend(db, mark, agentId); });
}

QFuture<Result<OutboxItem>> SqlTeamRepository::replyChecked(
    const CaseMark &mark, const QString &text, Visibility visibility, Id agentId)
{
    const Millis now = m_clock.now();
    return m_worker.run<OutboxItem>([=](Database &db) {
        return TeamStore::replyChecked(db, mark, text, visibility, agentId, now);
    });
}

QFuture<Result<bool>> SqlTeamRepository::acquirePollLease(
    Id accountId, const QString &holder, Millis ttlMs)
{
    const Millis now = m_clock.now();
    return m_worker.run<bool>([=](Database &db) {
        return TeamStore::acquirePollLease(db, accountId, holder, now, ttlMs);
    });
}

QFuture<Result<Done>> SqlTeamRepository::releasePollLease(Id accountId, const QString &holder)
{
    return m_worker.run<Done>(
        [=](Database &db) { return TeamStore::releasePollLease(db, accountId, holder); });
}

} // namespace CareDesk
