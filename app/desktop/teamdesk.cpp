// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop/teamdesk.h"

#include "app/core/boardrepository.h"
#include "app/core/futures.h"
#include "app/runtime/workspace.h"
#include "app/storage/boardstore.h"
#include "app/storage/databaseworker.h"
#include "ui/composer.h"
#include "ui/inboxmodel.h"
#include "ui/mainwindow.h"
#include "ui/supervisorboard.h"

#include <QAction>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMenu>
#include <QSettings>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

Q_LOGGING_CATEGORY(lcTeam, "caredesk.team")

namespace {

    /// A heartbeat well inside presenceStaleAfterMs, so a live desktop never looks gone.
    constexpr int heartbeatMs = 10000;
    /// Typing pauses longer than this turn "replying" back into "viewing".
    constexpr qint64 replyingForMs = 20000;

    AlertSettings loadAlertSettings()
    {
        QSettings settings;
        settings.beginGroup(u"board"_s);
        AlertSettings s;
        s.breachWarningMs
            = settings.value(u"breachWarningMinutes"_s, s.breachWarningMs / 60000).toLongLong()
            * 60000;
        s.spikeMinimumCases = settings.value(u"spikeMinimumCases"_s, s.spikeMinimumCases).toInt();
        s.negativeSentiment = settings.value(u"negativeSentiment"_s, s.negativeSentiment).toInt();
        s.audienceThreshold
            = settings.value(u"audienceThreshold"_s, s.audienceThreshold).toLongLong();
        s.timeZone = settings.value(u"timeZone"_s).toString().toUtf8();
        return s;
    }

    void saveAlertSettings(const AlertSettings &s)
    {
        QSettings settings;
        settings.beginGroup(u"board"_s);
        settings.setValue(u"breachWarningMinutes"_s, s.breachWarningMs / 60000);
        settings.setValue(u"spikeMinimumCases"_s, s.spikeMinimumCases);
        settings.setValue(u"negativeSentiment"_s, s.negativeSentiment);
        settings.setValue(u"audienceThreshold"_s, s.audienceThreshold);
    }

    qint64 monotonicMs()
    {
        static QElapsedTimer timer;
        if (!timer.isValid())
            timer.start();
        return timer.elapsed();
    }

} // namespace

TeamDesk::TeamDesk(Workspace &workspace, MainWindow &window, Composer *composer, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_window(window)
    , m_composer(composer)
{
    auto *boardAction = new QAction(tr("Supervisor &board"), &window);
    boardAction->setObjectName(u"supervisorBoardAction"_s);
    boardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    boardAction->setStatusTip(tr("Queues, agents and alerts, live"));
    connect(boardAction, &QAction::triggered, this, &TeamDesk::openBoard);
    window.menu(MainWindow::Menu::Tools)->addAction(boardAction);

    // One agent works a single-user SQLite file: presence and the pre-send check are for teams.
    if (!workspace.config().isPostgres())
        return;
    workspace.team()
        .currentAgent(QString(), false)
        .then(QtFuture::Launch::Sync, onContext(this, [this](const Result<Agent> &agent) {
            if (!agent.ok()) {
                qCWarning(lcTeam) << agent.error().message;
                return;
            }
            startTeam(agent.value());
        }));
}

TeamDesk::~TeamDesk() = default;

void TeamDesk::openBoard()
{
    if (!m_board) {
        m_boardWorker = std::make_unique<DatabaseWorker>(m_workspace.config());
        m_boardRepository
            = std::make_unique<SqlBoardRepository>(*m_boardWorker, m_workspace.clock());
        PresenceFeed *presence
            = m_workspace.config().isPostgres() ? &m_workspace.presenceFeed() : nullptr;
        m_board = std::make_unique<SupervisorBoard>(*m_boardRepository, m_workspace.team(),
            m_workspace.cases(), m_workspace.changeFeed(), presence, m_workspace.clock(),
            m_agentId);
        m_board->setAlertSettings(loadAlertSettings());
        connect(m_board.get(), &SupervisorBoard::alertSettingsChanged, this, &saveAlertSettings);
    }
    m_board->show();
    m_board->raise();
    m_board->activateWindow();
}

void TeamDesk::startTeam(const Agent &agent)
{
    m_agentId = agent.id;
    if (m_composer) {
        m_composer->setTeam(&m_workspace.team(), m_agentId);
        connect(m_composer, &Composer::caseShown, this, [this](Id caseId) {
            if (caseId != m_caseId)
                report(caseId, PresenceActivity::Viewing);
            else
                showPresence(); // the header follows the shown case
        });
        connect(m_composer, &Composer::typing, this, [this](Id caseId) {
            m_lastTyped = monotonicMs();
            if (caseId != m_caseId || m_activity != PresenceActivity::Replying)
                report(caseId, PresenceActivity::Replying);
        });
    }
    m_heartbeat.setInterval(heartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        if (m_activity == PresenceActivity::Replying && monotonicMs() - m_lastTyped > replyingForMs)
            m_activity = PresenceActivity::Viewing;
        report(m_caseId, m_activity);
    });
    m_heartbeat.start();
    // Signing out hands the agent's open cases back to their queues (assigned there by the
    // queue's mode) and ends their presence; then the desktop closes.
    auto *signOut = new QAction(tr("Sign &out and quit"), &m_window);
    signOut->setObjectName(u"signOutAction"_s);
    signOut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    connect(signOut, &QAction::triggered, this, [this] {
        m_heartbeat.stop();
        m_workspace.team().signOut(m_agentId).then(
            QtFuture::Launch::Sync, onContext(this, [](const Result<int> &freed) {
                if (!freed.ok())
                    qCWarning(lcTeam) << freed.error().message;
                QCoreApplication::quit();
            }));
    });
    m_window.menu(MainWindow::Menu::File)->addAction(signOut);
    PresenceFeed &feed = m_workspace.presenceFeed();
    connect(&feed, &PresenceFeed::presenceChanged, this, &TeamDesk::readPresence);
    connect(&feed, &PresenceFeed::resyncNeeded, this, &TeamDesk::readPresence);
    report(m_caseId, PresenceActivity::Online);
    readPresence();
}

void TeamDesk::report(Id caseId, PresenceActivity activity)
{
    if (caseId == 0 && activity != PresenceActivity::Away)
        activity = PresenceActivity::Online;
    m_caseId = caseId;
    m_activity = activity;
    showPresence();
    m_workspace.team()
        .setPresence(m_agentId, caseId, activity)
        .then(QtFuture::Launch::Sync, onContext(this, [](const Result<Done> &done) {
            if (!done.ok())
                qCWarning(lcTeam) << done.error().message;
        }));
}

void TeamDesk::readPresence()
{
    // One read at a time, and one more after a burst of notifications.
    if (m_reading) {
        m_readAgain = true;
        return;
    }
    m_reading = true;
    m_workspace.team().presence({}).then(QtFuture::Launch::Sync,
        onContext(this, [this](const Result<QList<PresenceEntry>> &entries) {
            m_reading = false;
            if (entries.ok()) {
                QHash<Id, QStringList> byCase;
                for (const PresenceEntry &e : entries.value()) {
                    if (e.agentId == m_agentId || e.caseId == 0)
                        continue;
                    byCase[e.caseId].append(e.activity == PresenceActivity::Replying
                            ? tr("%1 is replying").arg(e.agentName)
                            : tr("%1 is viewing").arg(e.agentName));
                }
                m_others.clear();
                for (auto it = byCase.cbegin(); it != byCase.cend(); ++it)
                    m_others.insert(it.key(), it.value().join(u", "_s));
                showPresence();
            } else {
                qCWarning(lcTeam) << entries.error().message;
            }
            if (std::exchange(m_readAgain, false))
                readPresence();
        }));
}

void TeamDesk::showPresence()
{
    if (auto *inbox = m_window.findChild<InboxModel *>())
        inbox->setPresence(m_others);
    m_window.setCasePresence(m_others.value(m_caseId));
}

} // namespace CareDesk
