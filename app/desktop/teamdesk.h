// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/teamrepository.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace CareDesk {

class BoardRepository;
class Composer;
class DatabaseWorker;
class InboxModel;
class MainWindow;
class SupervisorBoard;
class Workspace;

/// The desktop's team parts, assembled beside the main window: the supervisor board (Tools >
/// Supervisor board, or `caredesk --board`), and in team mode (PostgreSQL) the connected agent's
/// presence (viewing the shown case, replying while typing, a heartbeat), who else is viewing
/// or replying in the inbox and the case header, and the composer's check before a reply is
/// queued.
class TeamDesk final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamDesk)

public:
    TeamDesk(
        Workspace &workspace, MainWindow &window, Composer *composer, QObject *parent = nullptr);
    ~TeamDesk() override;

    /// Shows the board (created on first use, with a database connection of its own so its
    /// queries never wait behind the agent's).
    void openBoard();
    SupervisorBoard *board() const { return m_board.get(); }

private:
    void startTeam(const Agent &agent);
    void report(Id caseId, PresenceActivity activity);
    void readPresence();
    void showPresence();

    Workspace &m_workspace;
    MainWindow &m_window;
    QPointer<Composer> m_composer;
    Id m_agentId = 0;
    std::unique_ptr<DatabaseWorker> m_boardWorker;
    std::unique_ptr<BoardRepository> m_boardRepository;
    std::unique_ptr<SupervisorBoard> m_board;

    Id m_caseId = 0; ///< the case the composer shows
    PresenceActivity m_activity = PresenceActivity::Online;
    qint64 m_lastTyped = 0;
    QTimer m_heartbeat;
    QHash<Id, QString> m_others; ///< who else, per case
    bool m_reading = false;
    bool m_readAgain = false;
};

} // namespace CareDesk
