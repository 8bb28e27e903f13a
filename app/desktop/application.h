// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/connector.h"
#include "app/core/domain.h"
#include "app/storage/databaseconfig.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace CareDesk {

class AccountsDesk;
class CaseNotifier;
class DatabaseWorker;
class MainWindow;
class QualityDesk;
class ReportsDesk;
class TeamDesk;
class TrainingDesk;
class TeamConnectDesk;
class TrayIcon;
class OutboxSender;
class Composer;
class SpellChecker;
namespace Demo {
    class DemoLiveStream;
}
class Workspace;

/// The desktop's composition root: resolves the workspace, prepares it off the GUI thread,
/// and hands the repositories to the widgets.
class Application final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)

public:
    explicit Application(QObject *parent = nullptr);
    ~Application() override;

    /// Starts opening the workspace named by the arguments (or the default one).
    /// Returns false with a message on stderr for bad arguments.
    bool start(const QStringList &arguments);
    /// Opens the workspace of config (a team workspace from File > Connect to Team Workspace).
    void open(const DatabaseConfig &config, bool openBoard = false);

Q_SIGNALS:
    /// The workspace is open and the main window shown.
    void ready();
    /// Opening failed; the message was shown to the user.
    void failed(const QString &message);
    /// The agent connected to another workspace from the dialog: runDesktop opens it in a new
    /// Application (config carries the password in memory) and ends this one.
    void switchRequested(const CareDesk::DatabaseConfig &config);

private:
    void openWorkspace(const DatabaseConfig &config, bool openBoard, bool isDefault);
    void ensureTeamConnect();
    void showError(const QString &message);
    /// A demo workspace gets new customer messages every few seconds, pausable from the window.
    void startLiveTraffic();
    /// Notifications for new cases, the tray icon with the unanswered count, the startup probe.
    void startDesktopIntegration(const DatabaseConfig &config);
    void refreshUnansweredCount();
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SpellChecker> m_spellChecker; ///< outlives the window's composer
    std::unique_ptr<MainWindow> m_window;
    Composer *m_composer = nullptr; ///< owned by the window
    std::unique_ptr<Demo::DemoLiveStream> m_liveStream;
    std::unique_ptr<DatabaseWorker>
        m_countsWorker; ///< the tray's count and the notifier's baseline
    std::unique_ptr<CaseNotifier> m_notifier;
    std::unique_ptr<TrayIcon> m_tray;
    std::unique_ptr<TeamDesk> m_teamDesk; ///< the supervisor board, presence and the pre-send check
    std::unique_ptr<ReportsDesk> m_reportsDesk; ///< Tools > Reports and the CSAT survey action
    /// View > Presenter mode, Case > Turn into training scenario / Review reply, Tools > Quality review
    std::unique_ptr<QualityDesk> m_qualityDesk;
    std::unique_ptr<AccountsDesk>
        m_accountsDesk; ///< the sync engine, Tools > Accounts, account health
    /// A training workspace's banner, rehearsals and results (issue 9).
    std::unique_ptr<TrainingDesk> m_trainingDesk;
    bool m_countPending = false; ///< a count is under way; changes meanwhile ask for one more
    bool m_countAgain = false;
    /// File > Connect to Team Workspace and the keychain's database passwords; destroyed first
    std::unique_ptr<TeamConnectDesk> m_teamConnect;
};

/// The desktop program's main().
int runDesktop(int argc, char *argv[]);

} // namespace CareDesk
