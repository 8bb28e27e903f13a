// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/alerts.h"
#include "app/core/types.h"

#include <QFont>
#include <QMainWindow>

class QAction;
class QLabel;
class QListView;
class QTableView;
class QTimer;

namespace CareDesk {

class BoardAgentModel;
class BoardAlertModel;
class BoardCaseModel;
class BoardQueueModel;
class BoardRepository;
class CaseRepository;
class ChangeFeed;
class Clock;
class PresenceFeed;
class TeamRepository;
struct BoardSnapshot;

/// The supervisor's live board: queues, agents, the cases that need attention and the alerts,
/// in docks a wall screen can arrange. The figures are read off the GUI thread whenever the
/// change feed or the presence feed reports something (and once a minute, as SLA clocks run
/// without events); there is no refresh button. Actions: reassign (drag a case onto an agent,
/// or Ctrl+Shift+A and pick the agent), change priority (Ctrl+Alt+1..4), open a case read-only
/// (Enter or double-click), set an agent's capacity (Ctrl+Shift+C on the agent).
class SupervisorBoard final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupervisorBoard)

public:
    /// presence may be null (the figures then follow the change feed and the minute timer).
    /// agentId is the supervisor acting (0 on a single-user SQLite workspace).
    SupervisorBoard(BoardRepository &board, TeamRepository &team, CaseRepository &cases,
        ChangeFeed &changes, PresenceFeed *presence, const Clock &clock, Id agentId,
        QWidget *parent = nullptr);
    ~SupervisorBoard() override;

    void setAlertSettings(const AlertSettings &settings);
    const AlertSettings &alertSettings() const { return m_settings; }
    /// Large type for a wall screen.
    void setLargeType(bool large);
    /// How many snapshots have been applied (for tests waiting on a figure).
    int snapshotCount() const { return m_snapshots; }

    BoardQueueModel *queueModel() const { return m_queueModel; }
    BoardAgentModel *agentModel() const { return m_agentModel; }
    BoardCaseModel *caseModel() const { return m_caseModel; }
    BoardAlertModel *alertModel() const { return m_alertModel; }

    /// Reads the figures again (coalesced with a read already under way).
    void refresh();

Q_SIGNALS:
    /// A new snapshot is shown.
    void updated();
    /// An action or a read failed; the message is also shown in the status bar.
    void errorOccurred(const QString &message);
    /// The supervisor changed the alert settings (the desktop keeps them).
    void alertSettingsChanged(const CareDesk::AlertSettings &settings);

private:
    void createActions();
    void apply(const BoardSnapshot &snapshot);
    void showError(const QString &message);
    Id selectedCaseId() const;
    void reassign(const QList<Id> &caseIds, const QString &agentName);
    void pickAgentForSelectedCase();
    void changePriority(Priority priority);
    void openCase(Id caseId);
    void editCapacity();
    void editAlertSettings();

    BoardRepository &m_board;
    TeamRepository &m_team;
    CaseRepository &m_cases;
    const Clock &m_clock;
    Id m_agentId = 0;
    AlertSettings m_settings;
    BoardQueueModel *m_queueModel = nullptr;
    BoardAgentModel *m_agentModel = nullptr;
    BoardCaseModel *m_caseModel = nullptr;
    BoardAlertModel *m_alertModel = nullptr;
    QTableView *m_queueView = nullptr;
    QTableView *m_agentView = nullptr;
    QTableView *m_caseView = nullptr;
    QListView *m_alertView = nullptr;
    QLabel *m_updatedLabel = nullptr;
    QAction *m_largeTypeAction = nullptr;
    QTimer *m_tick = nullptr;
    QFont m_baseFont;
    bool m_reading = false;
    bool m_dirty = false;
    int m_snapshots = 0;
};

} // namespace CareDesk
