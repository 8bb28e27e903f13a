// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The supervisor board's figures and actions (README.md, The supervisor board). The figures are
// one snapshot read in one transaction on the database thread; the board asks again when the
// change feed or the presence feed reports something.

#include "app/core/alerts.h"
#include "app/core/domain.h"
#include "app/core/result.h"
#include "app/core/teamrepository.h"

#include <QFuture>
#include <QList>
#include <QString>

namespace CareDesk {

/// One queue's row. queueId 0 is the shared inbox: cases in no queue.
struct BoardQueue {
    Id queueId = 0;
    QString name; ///< empty for the shared inbox
    AssignmentMode mode = AssignmentMode::Manual;
    int open = 0; ///< not resolved
    int unassigned = 0; ///< open and nobody's
    int atRisk = 0; ///< SlaClock::state AtRisk
    int breached = 0; ///< SlaClock::state Breached
    Millis oldestWaitingSince = 0; ///< the earliest customer message still unanswered; 0: none
    int slaMet = 0; ///< first-response targets that came due or were met today, and were met
    int slaDue = 0; ///< ... and all of them; attainment is slaMet / slaDue
    int volumeThisHour = 0; ///< cases opened in the current local hour
};

/// What an agent is doing as the board shows it.
enum class BoardAgentStatus {
    Available, ///< signed in, has room
    Busy, ///< replying, or at capacity
    Away, ///< said so
    Offline, ///< no heartbeat for presenceStaleAfterMs
};

struct BoardAgent {
    Id agentId = 0;
    QString name;
    QString displayName;
    AgentRole role = AgentRole::Agent;
    int capacity = 0;
    BoardAgentStatus status = BoardAgentStatus::Offline;
    Id viewingCaseId = 0;
    int open = 0; ///< assigned and not resolved
    int handledToday = 0; ///< cases the agent replied to or resolved since local midnight
    Millis medianFirstResponseMs = -1; ///< of today's first responses in their cases; -1: none
};

/// A case that needs attention (breached, at risk, or waiting unassigned), for the board's
/// list: what a supervisor drags onto an agent.
struct BoardCase {
    Id caseId = 0;
    Id queueId = 0;
    Id assigneeId = 0;
    QString assigneeName;
    QString subject; ///< platform text: plain text only
    Platform platform = Platform::X;
    Priority priority = Priority::Normal;
    CaseStatus status = CaseStatus::New;
    SlaState sla = SlaState::None;
    Millis dueAt = 0; ///< the nearest pending due time; 0: none
    Millis waitingSince = 0;
};

struct BoardSnapshot {
    Millis at = 0; ///< when it was read
    qint64 changeSeq = 0; ///< the change_seq it reflects
    QList<BoardQueue> queues; ///< the shared inbox first, then by name
    QList<BoardAgent> agents; ///< active agents by name
    QList<BoardCase> cases; ///< breached first, then by due time; at most caseLimit
    QList<Alert> alerts; ///< spikes, negative posts, then cases about to breach by due time
};

/// The board's storage port. Reads see what row-level security lets the login see: a
/// supervisor's teams (PostgreSQL); everything on SQLite.
class BoardRepository
{
public:
    virtual ~BoardRepository() = default;
    /// Everything the board shows, read in one transaction.
    virtual QFuture<Result<BoardSnapshot>> snapshot(const AlertSettings &settings, int caseLimit)
        = 0;
    /// Changes a case's priority (its SLA due times follow), with its event.
    virtual QFuture<Result<Done>> setPriority(Id caseId, Priority priority, Id agentId) = 0;
    /// A supervisor sets how many open cases an agent takes at most.
    virtual QFuture<Result<Done>> setCapacity(Id agentId, int capacity) = 0;
};

} // namespace CareDesk
