// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Team mode: agents, claiming and assignment, presence, the check before a reply is sent, and
// the lease that lets one desktop poll and send for an account (ARCHITECTURE.md, Team mode).
// The same port serves SQLite (one agent, several programs) and PostgreSQL (a team).

#include "app/core/domain.h"
#include "app/core/result.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace CareDesk {

/// How a queue hands out its cases.
enum class AssignmentMode {
    Manual, ///< agents claim, supervisors assign
    RoundRobin, ///< the next available agent of the queue's team, in turn
    Skills, ///< the least loaded available agent who has the queue's skills and the case's language
};
QString toString(AssignmentMode value);
std::optional<AssignmentMode> assignmentModeFromString(const QString &text);

/// What an agent is doing, as other desktops show it.
enum class PresenceActivity {
    Online, ///< signed in, no case open
    Viewing,
    Replying,
    Away, ///< signed in, takes no new cases
};
QString toString(PresenceActivity value);
std::optional<PresenceActivity> presenceActivityFromString(const QString &text);

/// A presence row older than this is stale: its desktop went away without signing out.
inline constexpr Millis presenceStaleAfterMs = 30000;

/// An agent with what a list of agents shows.
struct AgentEntry {
    Agent agent;
    QStringList teams;
    int openCases = 0; ///< assigned and not resolved
};

/// What `agents add` asks for.
struct NewAgent {
    QString name; ///< also the PostgreSQL login role in team mode
    QString displayName;
    AgentRole role = AgentRole::Agent;
    QString team; ///< joined (and created) when not empty
    QStringList skills;
    QStringList languages;
    int capacity = 10;
    /// Team mode: the login role's password. Only a SCRAM verifier computed here reaches the
    /// server, so the password never appears in a statement or a server log.
    std::optional<QString> password;
};

/// A case's assignee after a claim or an assignment.
struct Assignment {
    Id caseId = 0;
    Id assigneeId = 0; ///< 0: unassigned
    QString assigneeName;
    Id previousAssigneeId = 0;
    qint64 version = 0; ///< the case's version after the change
    bool changed = false; ///< false when the case already had this assignee
};

/// Who is looking at a case, for the list and the case view.
struct PresenceEntry {
    Id agentId = 0;
    QString agentName;
    Id caseId = 0; ///< 0: no case open
    PresenceActivity activity = PresenceActivity::Online;
    Millis heartbeatAt = 0;
};

/// What the agent had seen of a case when they opened it; compared before a reply is sent.
struct CaseMark {
    Id caseId = 0;
    Id lastMessageId = 0; ///< the newest message in the thread
    Id lastOutboxId = 0; ///< the newest reply written for the case (queued, sent or failed)
};

/// What happened in a case since a CaseMark.
struct CaseChanges {
    int customerMessages = 0; ///< new messages from the customer
    int replies
        = 0; ///< replies written or sent by someone else (another agent, the platform's site)
    QStringList repliedBy; ///< agent names, where known
    bool isEmpty() const { return customerMessages == 0 && replies == 0; }
};

/// Agents, claims and assignment, presence and the pre-send check. Every change is an event in
/// the same transaction. On PostgreSQL the connected login role is the agent and row-level
/// security decides what it may read and write.
class TeamRepository
{
public:
    virtual ~TeamRepository() = default;

    virtual QFuture<Result<QList<AgentEntry>>> agents() = 0;
    /// Adds an agent (administrators only). On PostgreSQL also creates the login role (if it
    /// does not exist) in the group role of its CareDesk role; Conflict when the agent exists.
    virtual QFuture<Result<Agent>> addAgent(const NewAgent &agent) = 0;
    /// The agent this program acts as. PostgreSQL: the login role, whatever nameOnSqlite says.
    /// SQLite: the agent named nameOnSqlite; when that is the operating system user and no
    /// such agent exists yet, it is created as the workspace's administrator.
    virtual QFuture<Result<Agent>> currentAgent(const QString &nameOnSqlite, bool isSystemUser) = 0;

    /// Takes an unassigned case for agentId in one atomic statement. Conflict when someone
    /// else holds it, with their name in the message; NotFound when the case is not there (or
    /// not visible to this agent).
    virtual QFuture<Result<Assignment>> claim(Id caseId, Id agentId) = 0;
    /// Gives a case to the named agent (supervisors and administrators; an agent may only name
    /// themselves, which is a claim).
    virtual QFuture<Result<Assignment>> assign(Id caseId, const QString &agentName, Id byAgentId)
        = 0;
    /// Picks an agent by the mode of the case's queue (round robin, skills and language), within
    /// each agent's capacity. Not changed when the mode is manual or nobody has room.
    virtual QFuture<Result<Assignment>> autoAssign(Id caseId, Id byAgentId) = 0;
    /// The agent signs out: their open cases go back to their queues and their presence ends.
    /// Returns how many cases were unassigned.
    virtual QFuture<Result<int>> signOut(Id agentId) = 0;

    /// Upserts the agent's presence (a heartbeat) and tells other desktops.
    virtual QFuture<Result<Done>> setPresence(Id agentId, Id caseId, PresenceActivity activity) = 0;
    /// Fresh presence rows (heartbeat within presenceStaleAfterMs) for these cases; all cases
    /// when caseIds is empty.
    virtual QFuture<Result<QList<PresenceEntry>>> presence(const QList<Id> &caseIds) = 0;

    /// Call when the agent opens a case: what they see now.
    virtual QFuture<Result<CaseMark>> markCase(Id caseId) = 0;
    /// Before a reply is sent: Conflict, saying what changed, when the customer wrote again or
    /// someone else replied since the mark; empty changes otherwise.
    virtual QFuture<Result<CaseChanges>> checkBeforeSend(const CaseMark &mark, Id agentId) = 0;
    /// The check and the outbox write in one transaction that holds the case, so two agents
    /// replying at once cannot both pass.
    virtual QFuture<Result<OutboxItem>> replyChecked(
        const CaseMark &mark, const QString &text, Visibility visibility, Id agentId)
        = 0;

    /// Becomes (or stays) the one poller and sender of an account. PostgreSQL: a session
    /// advisory lock on this repository's connection, released by the server when the
    /// connection ends. SQLite: a lease row that expires after ttlMs unless renewed. Call again
    /// within the ttl to renew; false while another holder has it.
    virtual QFuture<Result<bool>> acquirePollLease(
        Id accountId, const QString &holder, Millis ttlMs)
        = 0;
    virtual QFuture<Result<Done>> releasePollLease(Id accountId, const QString &holder) = 0;
};

/// Tells a desktop when an agent's presence changes, whoever wrote it. PostgreSQL: a LISTEN on
/// a connection of its own with a heartbeat; SQLite: polls the presence table.
class PresenceFeed : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    virtual void start() = 0;
    virtual void stop() = 0;

Q_SIGNALS:
    /// caseId 0: the agent has no case open; activity as toString(PresenceActivity), or empty
    /// when the agent signed out.
    void presenceChanged(CareDesk::Id agentId, CareDesk::Id caseId, const QString &activity);
    /// Something may have been missed: read presence again.
    void resyncNeeded();
};

} // namespace CareDesk
