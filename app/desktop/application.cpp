// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop/application.h"

#include "app/core/buildinfo.h"
#include "app/core/changefeed.h"
#include "app/core/futures.h"
#include "app/desktop/accountsdesk.h"
#include "app/desktop/casenotifier.h"
#include "app/desktop/deferredspellchecker.h"
#include "app/desktop/hunspellspellchecker.h"
#include "app/desktop/qualitydesk.h"
#include "app/desktop/reportsdesk.h"
#include "app/desktop/startupprobe.h"
#include "app/desktop/teamconnectdesk.h"
#include "app/desktop/teamdesk.h"
#include "app/desktop/trainingdesk.h"
#include "app/platforms/demo/demolivestream.h"
#include "app/platforms/outboxsender.h"
#include "app/runtime/connectors.h"
#include "app/runtime/teamcredentials.h"
#include "app/runtime/workspace.h"
#include "app/storage/agentstore.h"
#include "app/storage/databaseworker.h"
#include "app/storage/desktopcounts.h"
#include "ui/appearance.h"
#include "ui/composer.h"
#include "ui/mainwindow.h"
#include "ui/teamconnectdialog.h"
#include "ui/trayicon.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QFutureWatcher>
#include <QLocale>
#include <QLoggingCategory>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>
#include <QtConcurrent>

#include <functional>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

Q_LOGGING_CATEGORY(lcDesktop, "caredesk.desktop")

Application::Application(QObject *parent)
    : QObject(parent)
{
}

Application::~Application() = default;

bool Application::start(const QStringList &arguments)
{
    qCDebug(lcStartup, "application starting after %lld ms",
        static_cast<long long>(StartupProbe::sinceProcessStart()));
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Desktop workstation for social customer care"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(
        u"workspace"_s, tr("Open the SQLite workspace at PATH."), u"PATH"_s);
    const QCommandLineOption databaseOption(
        u"database"_s, tr("Open the team workspace at a PostgreSQL URL."), u"URL"_s);
    parser.addOption(workspaceOption);
    parser.addOption(databaseOption);
    const QCommandLineOption boardOption(
        u"board"_s, tr("Open the supervisor board at start (a wall screen)."));
    parser.addOption(boardOption);
    parser.process(arguments);
    const bool openBoard = parser.isSet(boardOption);

    // Without options: the team workspace connected to last (File > Connect to Team Workspace),
    // else the default file.
    const bool chosen = parser.isSet(workspaceOption) || parser.isSet(databaseOption);
    const QString remembered = chosen ? QString() : TeamCredentials::rememberedUrl(QSettings());
    Result<DatabaseConfig> config = Workspace::configFor(
        parser.value(workspaceOption), chosen ? parser.value(databaseOption) : remembered);
    if (!config.ok()) {
        showError(config.error().message);
        return false;
    }
    ensureTeamConnect();
    const DatabaseConfig databaseConfig = config.value();
    if (!databaseConfig.isPostgres() || !databaseConfig.password.isEmpty()) {
        openWorkspace(databaseConfig, openBoard, !chosen && remembered.isEmpty());
        return true;
    }
    // A team workspace without a password in its URL: the keychain's (or libpq's PGPASSWORD
    // and ~/.pgpass when the keychain has none).
    TeamCredentials::withStoredPassword(m_teamConnect->secrets(), databaseConfig)
        .then(QtFuture::Launch::Sync,
            onContext(
                this, [this, databaseConfig, openBoard](const Result<DatabaseConfig> &filled) {
                    if (!filled.ok())
                        qCWarning(lcDesktop) << filled.error().message;
                    openWorkspace(filled.ok() ? filled.value() : databaseConfig, openBoard, false);
                }));
    return true;
}

void Application::open(const DatabaseConfig &config, bool openBoard)
{
    ensureTeamConnect();
    openWorkspace(config, openBoard, false);
}

void Application::ensureTeamConnect()
{
    if (m_teamConnect)
        return;
    m_teamConnect = std::make_unique<TeamConnectDesk>();
    connect(m_teamConnect.get(), &TeamConnectDesk::connectRequested, this,
        [this](const DatabaseConfig &config) {
            if (m_window)
                Q_EMIT switchRequested(config);
            else
                openWorkspace(config, false, false); // asked at start: nothing open yet
        });
}

void Application::openWorkspace(
    const DatabaseConfig &databaseConfig, bool openBoard, bool isDefault)
{
    auto clock = std::make_shared<SystemClock>();
    // Creating or upgrading the workspace touches the disk: never on the GUI thread.
    // The dictionaries load beside the workspace (a third of a second and more of the GUI thread
    // before); the window does not wait for them (DeferredSpellChecker).
    // The loaded checker is owned until it is handed over, so one that arrives after this
    // Application has gone (another workspace opened meanwhile) is freed, not leaked.
    using LoadedChecker = std::shared_ptr<std::unique_ptr<SpellChecker>>;
    const QFuture<LoadedChecker> spellChecker = QtConcurrent::run([] {
        // Russian and English in one reply is common; words the agent adds persist per user.
        return std::make_shared<std::unique_ptr<SpellChecker>>(
            std::make_unique<HunspellSpellChecker>(QStringList { u"en_US"_s, u"ru_RU"_s },
                HunspellSpellChecker::defaultDictionaryDirs(),
                QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                    + u"/personal.dic"_s));
    });
    auto *watcher = new QFutureWatcher<Result<WorkspaceInfo>>(this);
    connect(watcher, &QFutureWatcher<Result<WorkspaceInfo>>::finished, this,
        [this, watcher, databaseConfig, clock, openBoard, spellChecker] {
            watcher->deleteLater();
            auto deferred
                = std::make_unique<DeferredSpellChecker>(QStringList { u"en_US"_s, u"ru_RU"_s });
            QFuture<LoadedChecker>(spellChecker)
                .then(QtFuture::Launch::Sync,
                    onContext(this, [checker = deferred.get()](const LoadedChecker &loaded) {
                        checker->setChecker(std::move(*loaded));
                    }));
            m_spellChecker = std::move(deferred);
            const Result<WorkspaceInfo> info = watcher->result();
            if (!info.ok()) {
                if (databaseConfig.isPostgres()) {
                    // A refused password or a server away: ask, with the reason, rather than end.
                    QDialog *dialog
                        = m_teamConnect->ask(databaseConfig, info.error().message, nullptr);
                    connect(dialog, &QDialog::rejected, this,
                        [this, message = info.error().message] { showError(message); });
                    return;
                }
                showError(info.error().message);
                return;
            }
            qCDebug(lcStartup, "workspace ready after %lld ms",
                static_cast<long long>(StartupProbe::sinceProcessStart()));
            m_workspace = std::make_unique<Workspace>(databaseConfig, clock);
            m_window = std::make_unique<MainWindow>(m_workspace->cases(), m_workspace->changeFeed(),
                m_workspace->clock(), info.value().name, &m_workspace->customers());
            qCDebug(lcStartup, "main window built after %lld ms",
                static_cast<long long>(StartupProbe::sinceProcessStart()));
            // Agent 0: the desktop's single local agent until sign-in exists (caredesk-cli alike).
            m_composer = new Composer(m_workspace->outbox(), m_workspace->drafts(),
                m_workspace->clock(), m_spellChecker.get(), 0);
            m_window->setComposer(m_composer);
            // Scripts: {agent.name} is the operating system user's name until sign-in exists.
            m_composer->setScripts(&m_workspace->scripts(), qEnvironmentVariable("USER"));
            if (auto *inbox = m_window->findChild<QAbstractItemView *>(u"inboxView"_s))
                new StartupProbe(inbox, m_window.get());
            qCDebug(lcStartup, "composer built after %lld ms",
                static_cast<long long>(StartupProbe::sinceProcessStart()));
            m_window->show();
            qCDebug(lcStartup, "main window shown after %lld ms",
                static_cast<long long>(StartupProbe::sinceProcessStart()));
            startDesktopIntegration(databaseConfig);
            m_teamDesk = std::make_unique<TeamDesk>(*m_workspace, *m_window, m_composer);
            m_teamConnect->addActions(*m_window);
            m_reportsDesk = std::make_unique<ReportsDesk>(*m_workspace, *m_window);
            m_qualityDesk = std::make_unique<QualityDesk>(*m_workspace, *m_window);
            // Live accounts polled and streamed, every account's outbox delivered, Tools >
            // Accounts.
            m_accountsDesk
                = std::make_unique<AccountsDesk>(*m_workspace, info.value(), *m_window, m_composer);
            {
                // The case view claims and assigns as this desktop's agent: the login on
                // PostgreSQL, the system user's agent on SQLite (as caredesk-cli does).
                const bool team = databaseConfig.isPostgres();
                QString user = qEnvironmentVariable("USER");
                if (user.isEmpty())
                    user = qEnvironmentVariable("LOGNAME");
                const QString name = team ? QString() : AgentStore::agentNameFromSystemUser(user);
                m_workspace->team()
                    .currentAgent(name, !team)
                    .then(
                        QtFuture::Launch::Sync, onContext(this, [this](const Result<Agent> &agent) {
                            if (!agent.ok()) {
                                qCWarning(lcDesktop) << agent.error().message;
                                m_window->setViews(
                                    m_workspace->views(), 0); // views without "Mine"'s agent
                                return;
                            }
                            // The views panel: "Mine" and the saved views are this agent's.
                            m_window->setViews(m_workspace->views(), agent.value().id);
                            m_window->setTeam(&m_workspace->team(), agent.value().id);
                        }));
            }
            if (openBoard)
                m_teamDesk->openBoard();
            TrainingDesk::addNewWorkspaceAction(*m_window);
            if (info.value().kind == WorkspaceKind::Training)
                m_trainingDesk = std::make_unique<TrainingDesk>(
                    *m_workspace, *m_window, m_accountsDesk->engine(), m_composer);
            if (info.value().kind == WorkspaceKind::Demo)
                startLiveTraffic();
            Q_EMIT ready();
        });
    watcher->setFuture(QtConcurrent::run([databaseConfig, clock, isDefault] {
        return Workspace::initialize(databaseConfig,
            isDefault ? WorkspaceKind::Demo : WorkspaceKind::Standard, *clock, false);
    }));
}

void Application::startLiveTraffic()
{
    Result<Demo::DemoTraffic> traffic = Demo::DemoTraffic::load();
    if (!traffic.ok()) {
        qCWarning(lcDesktop) << traffic.error().message;
        return;
    }
    m_workspace->accounts().list().then(QtFuture::Launch::Sync,
        onContext(this, [this, traffic = traffic.value()](const Result<QList<Account>> &accounts) {
            if (!accounts.ok()) {
                qCWarning(lcDesktop) << accounts.error().message;
                return;
            }
            QHash<Platform, Id> ids;
            for (const Account &account : accounts.value()) {
                if (account.connector == ConnectorKind::Demo)
                    ids.insert(account.platform, account.id);
            }
            if (ids.size() < Demo::DemoTraffic::platforms().size())
                return;
            const Millis now = m_workspace->clock().now();
            m_liveStream = std::make_unique<Demo::DemoLiveStream>(
                traffic, traffic.plan(now).openThreads, ids, m_workspace->clock());
            // New customer messages take the same path as a platform's: the ingest of a batch.
            connect(m_liveStream.get(), &Demo::DemoLiveStream::batchReady, this,
                [this](const IngestBatch &batch) {
                    m_workspace->cases().ingest(batch).then(QtFuture::Launch::Sync,
                        onContext(this, [](const Result<IngestResult> &stored) {
                            if (!stored.ok())
                                qCWarning(lcDesktop) << stored.error().message;
                        }));
                });
            connect(m_window.get(), &MainWindow::liveTrafficPaused, m_liveStream.get(),
                &Demo::DemoLiveStream::setPaused);
            m_window->setLiveTrafficAvailable(true);
            m_liveStream->start();
        }));
}

void Application::startDesktopIntegration(const DatabaseConfig &config)
{
    // Agent 0, like the composer's: the local agent of a single-user workspace.
    constexpr Id agentId = 0;
    m_countsWorker = std::make_unique<DatabaseWorker>(config);
    m_notifier
        = std::make_unique<CaseNotifier>(m_workspace->cases(), m_workspace->changeFeed(), agentId);
    connect(m_notifier.get(), &CaseNotifier::caseRequested, this, [this](Id caseId) {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
        m_window->openCase(caseId);
    });
    m_countsWorker->run<Id>(&DesktopCounts::newestCaseId)
        .then(QtFuture::Launch::Sync, onContext(this, [this](const Result<Id> &newest) {
            if (!newest.ok()) {
                qCWarning(lcDesktop) << newest.error().message;
                return;
            }
            m_notifier->start(newest.value());
        }));

    auto *pauseAction = new QAction(tr("Pause &Notifications"), m_window.get());
    pauseAction->setObjectName(u"pauseNotificationsAction"_s);
    pauseAction->setCheckable(true);
    pauseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    pauseAction->setToolTip(tr("Stop announcing new cases on the desktop"));
    connect(pauseAction, &QAction::toggled, m_notifier.get(), &CaseNotifier::setPaused);
    m_window->menu(MainWindow::Menu::View)->addAction(pauseAction);

    if (!TrayIcon::isAvailable())
        return;
    m_tray = std::make_unique<TrayIcon>(m_window.get(), pauseAction);
    connect(m_tray.get(), &TrayIcon::quitRequested, qApp, &QCoreApplication::quit);
    // With a tray, closing the window keeps CareDesk there; Quit (File and tray) ends it.
    QApplication::setQuitOnLastWindowClosed(false);
    if (auto *quit = m_window->findChild<QAction *>(u"quitAction"_s))
        connect(quit, &QAction::triggered, qApp, &QCoreApplication::quit);
    m_tray->show();
    // Counted off the GUI thread, at most one count at a time and one more after a burst.
    connect(&m_workspace->changeFeed(), &ChangeFeed::changed, this,
        &Application::refreshUnansweredCount);
    connect(&m_workspace->changeFeed(), &ChangeFeed::resyncNeeded, this,
        &Application::refreshUnansweredCount);
    refreshUnansweredCount();
}

void Application::refreshUnansweredCount()
{
    if (!m_tray)
        return;
    if (m_countPending) {
        m_countAgain = true;
        return;
    }
    m_countPending = true;
    m_countsWorker->run<qint64>([](Database &db) { return DesktopCounts::unansweredCases(db, 0); })
        .then(QtFuture::Launch::Sync, onContext(this, [this](const Result<qint64> &count) {
            if (count.ok())
                m_tray->setCount(count.value());
            // A burst of changes gets one more count, a second later, not one per change.
            QTimer::singleShot(1000, this, [this] {
                m_countPending = false;
                if (std::exchange(m_countAgain, false))
                    refreshUnansweredCount();
            });
        }));
}

void Application::showError(const QString &message)
{
    QMessageBox::critical(nullptr, tr("CareDesk"), message);
    Q_EMIT failed(message);
}

int runDesktop(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"CareDesk"_s);
    QApplication::setApplicationName(u"caredesk"_s);
    QApplication::setApplicationDisplayName(u"CareDesk"_s);
    QApplication::setApplicationVersion(BuildInfo::versionLine());
    // The language follows the system unless the agent chose one (Tools > Preferences); the
    // theme, contrast and font size likewise.
    const AppearanceSettings appearance = AppearanceSettings::load(QSettings());
    Appearance::installTranslator(app, appearance);
    Appearance::apply(app, appearance);

    // Connecting to another workspace builds the next Application; the one before goes once the
    // new window is up, so the agent is never left without one.
    std::unique_ptr<Application> current = std::make_unique<Application>();
    std::unique_ptr<Application> next;
    std::function<void(Application &, bool)> watch = [&](Application &application, bool first) {
        if (first) {
            QObject::connect(
                &application, &Application::failed, &app, [] { QApplication::exit(5); });
        } else {
            // The workspace asked for did not open (said so): the one open stays.
            QObject::connect(&application, &Application::failed, &app,
                [&] { QTimer::singleShot(0, &app, [&] { next.reset(); }); });
        }
        QObject::connect(
            &application, &Application::switchRequested, &app, [&](const DatabaseConfig &config) {
                next = std::make_unique<Application>();
                watch(*next, false);
                QObject::connect(next.get(), &Application::ready, &app,
                    [&] { QTimer::singleShot(0, &app, [&] { current = std::move(next); }); });
                next->open(config);
            });
    };
    watch(*current, true);
    if (!current->start(QApplication::arguments()))
        return 2;
    return QApplication::exec();
}

} // namespace CareDesk
