// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop/trainingdesk.h"

#include "app/core/futures.h"
#include "app/platforms/outboxsender.h"
#include "app/runtime/rehearsal.h"
#include "app/runtime/simulatorconnector.h"
#include "app/runtime/syncengine.h"
#include "app/runtime/workspace.h"
#include "ui/composer.h"
#include "ui/mainwindow.h"
#include "ui/rehearsaldialog.h"
#include "ui/trainingbanner.h"
#include "ui/trainingresultsdialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QtConcurrent>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

Q_LOGGING_CATEGORY(lcTraining, "caredesk.training")

namespace {
    QString elapsed(Millis ms)
    {
        const qint64 s = std::max<Millis>(ms, 0) / 1000;
        return s >= 3600 ? u"%1:%2:%3"_s.arg(s / 3600)
                               .arg((s / 60) % 60, 2, 10, QChar(u'0'))
                               .arg(s % 60, 2, 10, QChar(u'0'))
                         : u"%1:%2"_s.arg(s / 60).arg(s % 60, 2, 10, QChar(u'0'));
    }

    QString systemUser()
    {
        for (const char *variable : { "USER", "LOGNAME", "USERNAME" }) {
            const QString value = qEnvironmentVariable(variable);
            if (!value.isEmpty())
                return value;
        }
        return {};
    }
} // namespace

TrainingDesk::TrainingDesk(Workspace &workspace, MainWindow &window, SyncEngine &engine,
    Composer *composer, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_window(window)
    , m_engine(engine)
    , m_rehearsal(std::make_unique<Rehearsal>(workspace))
{
    // The banner: its own line under the menu bar, above the tool bar; it cannot be moved,
    // floated or hidden from the tool bars' menu.
    m_banner = new TrainingBanner(&window);
    auto *bar = new QToolBar(tr("Training"), &window);
    bar->setObjectName(u"trainingBannerBar"_s);
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->toggleViewAction()->setVisible(false);
    bar->setContextMenuPolicy(Qt::PreventContextMenu);
    bar->setStyleSheet(u"QToolBar { padding: 0px; spacing: 0px; border: 0px; }"_s);
    m_banner->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(m_banner);
    if (auto *main = window.findChild<QToolBar *>(u"mainToolBar"_s)) {
        window.insertToolBar(main, bar);
        window.insertToolBarBreak(main);
    } else {
        window.addToolBar(Qt::TopToolBarArea, bar);
    }
    // The title says it too (the window manager draws it, so words rather than a colour), and
    // the menu bar takes the banner's tint.
    window.setWindowTitle(tr("[Training] %1").arg(window.windowTitle()));
    QPalette tinted = window.menuBar()->palette();
    tinted.setColor(QPalette::Window, TrainingBanner::colour().lighter(150));
    tinted.setColor(QPalette::Button, TrainingBanner::colour().lighter(150));
    window.menuBar()->setPalette(tinted);
    window.menuBar()->setAutoFillBackground(true);

    QMenu *tools = window.menu(MainWindow::Menu::Tools);
    tools->addSeparator();
    auto *start = new QAction(tr("Start &rehearsal..."), &window);
    start->setObjectName(u"startRehearsalAction"_s);
    start->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_H));
    start->setStatusTip(tr("Play one or several training scenarios in the inbox"));
    connect(start, &QAction::triggered, this, [this] { openRehearsalDialog(); });
    tools->addAction(start);
    auto *end = new QAction(tr("&End rehearsal"), &window);
    end->setObjectName(u"endRehearsalAction"_s);
    end->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E));
    end->setStatusTip(tr("End the running scenarios now and see their scores"));
    connect(end, &QAction::triggered, this, [this] {
        for (int runId : m_rehearsal->activeRuns())
            m_rehearsal->end(runId);
    });
    tools->addAction(end);
    auto *loadRubric = new QAction(tr("&Load training rubric..."), &window);
    loadRubric->setObjectName(u"loadRubricAction"_s);
    loadRubric->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_U));
    loadRubric->setStatusTip(tr("Score rehearsals in this workspace with a rubric file"));
    connect(loadRubric, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            &m_window, tr("Load training rubric"), QString(), tr("Rubric files (*.json)"));
        if (path.isEmpty())
            return;
        QFile file(path);
        Result<RubricConfig> rubric = file.open(QIODevice::ReadOnly)
            ? RubricConfig::fromJson(QJsonDocument::fromJson(file.readAll()).object())
            : Result<RubricConfig>(Error { ErrorCode::NotFound, file.errorString() });
        if (!rubric.ok()) {
            QMessageBox::warning(&m_window, tr("Load training rubric"), rubric.error().message);
            return;
        }
        m_rehearsal->setRubric(rubric.value());
        m_window.statusBar()->showMessage(
            tr("Rehearsals are now scored with %1.").arg(QFileInfo(path).fileName()), 10000);
    });
    tools->addAction(loadRubric);
    auto *saveRubric = new QAction(tr("Sa&ve training rubric..."), &window);
    saveRubric->setObjectName(u"saveRubricAction"_s);
    saveRubric->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_U));
    saveRubric->setStatusTip(tr("Save the rubric this workspace scores with, to edit or share"));
    connect(saveRubric, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            &m_window, tr("Save training rubric"), u"rubric.json"_s, tr("Rubric files (*.json)"));
        if (path.isEmpty())
            return;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)
            || file.write(QJsonDocument(m_rehearsal->rubric().toJson()).toJson()) < 0
            || !file.commit())
            QMessageBox::warning(&m_window, tr("Save training rubric"), file.errorString());
    });
    tools->addAction(saveRubric);

    if (composer) {
        // A trainee's reply reaches the simulated customer at once, not at the sender's next look.
        connect(composer, &Composer::repliesQueued, this, [this] { m_engine.sender().kick(); });
        connect(composer, &Composer::scriptInserted, this,
            [this](Id caseId) { m_rehearsal->noteScriptUsed(caseId); });
    }
    m_rehearsal->setTrainee(0, systemUser());
    connect(m_rehearsal.get(), &Rehearsal::problem, this, [this](const QString &message) {
        qCWarning(lcTraining) << message;
        m_window.statusBar()->showMessage(message, 15000);
    });
    connect(m_rehearsal.get(), &Rehearsal::ready, this, [this] {
        attachConnectors();
        const QList<Scenario> waiting = std::exchange(m_waiting, {});
        if (!waiting.isEmpty())
            this->start(waiting);
    });
    connect(m_rehearsal.get(), &Rehearsal::runsChanged, this, &TrainingDesk::updateStatus);
    connect(m_rehearsal.get(), &Rehearsal::messageStored, this, &TrainingDesk::updateStatus);
    connect(m_rehearsal.get(), &Rehearsal::runFinished, this,
        [this](int, const TrainingResult &result) { showResults(result); });
    m_statusTimer.setInterval(1000);
    connect(&m_statusTimer, &QTimer::timeout, this, &TrainingDesk::updateStatus);
    m_rehearsal->prepare();
    updateStatus();
}

TrainingDesk::~TrainingDesk() = default;

TrainingResultsDialog *TrainingDesk::lastResults() const
{
    return m_lastResults.data();
}

void TrainingDesk::attachConnectors()
{
    const QHash<Platform, Account> accounts = m_rehearsal->accounts();
    for (const Account &account : accounts) {
        if (!m_engine.hasAccount(account.id)) {
            if (Result<Done> added = m_engine.addAccount(account); !added.ok())
                qCWarning(lcTraining) << added.error().message;
        }
        if (auto *simulator = dynamic_cast<SimulatorConnector *>(m_engine.connector(account.id)))
            m_rehearsal->attach(*simulator);
    }
}

RehearsalDialog *TrainingDesk::openRehearsalDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    Result<QList<Scenario>> shipped = ScenarioLibrary::shipped();
    if (!shipped.ok())
        qCWarning(lcTraining) << shipped.error().message;
    m_dialog = new RehearsalDialog(
        shipped.ok() ? shipped.value() : QList<Scenario>(), QLocale().name().left(2), &m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this] {
        if (m_dialog)
            start(m_dialog->chosen());
    });
    m_dialog->show();
    return m_dialog;
}

int TrainingDesk::start(const QList<Scenario> &scenarios)
{
    if (!m_rehearsal->isReady()) {
        m_waiting += scenarios;
        return 0;
    }
    // Connectors added since (an account restarted) are attached again; attaching is idempotent.
    attachConnectors();
    int started = 0;
    for (const Scenario &s : scenarios) {
        if (m_rehearsal->start(s) != 0)
            ++started;
        else
            m_window.statusBar()->showMessage(tr("No simulator account for %1 in this workspace.")
                                                  .arg(platformDisplayName(s.platform)),
                15000);
    }
    if (started > 0)
        m_statusTimer.start();
    updateStatus();
    return started;
}

void TrainingDesk::updateStatus()
{
    const QList<int> runs = m_rehearsal->activeRuns();
    if (runs.isEmpty()) {
        m_statusTimer.stop();
        m_banner->setStatus(tr("No rehearsal running (Tools > Start rehearsal...)"));
        return;
    }
    const Millis now = m_workspace.clock().now();
    const QString ui = QLocale().name().left(2);
    QStringList parts;
    for (int runId : runs) {
        const ScenarioRun *run = m_rehearsal->engine().run(runId);
        if (!run)
            continue;
        Millis opened = 0;
        for (const ScenarioTranscriptEntry &e : run->transcript) {
            if (e.direction == Direction::In) {
                opened = e.at;
                break;
            }
        }
        parts.append(opened == 0 ? tr("%1: waiting for the first post").arg(run->scenario.title(ui))
                                 : tr("%1: %2 since the opening post")
                                       .arg(run->scenario.title(ui), elapsed(now - opened)));
    }
    m_banner->setStatus(tr("Rehearsal, %n scenario(s) running: ", nullptr, int(runs.size()))
        + parts.join(u" · "_s));
}

void TrainingDesk::showResults(const TrainingResult &result)
{
    auto *dialog = new TrainingResultsDialog(result, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_lastResults = dialog;
    dialog->show();
    updateStatus();
    Q_EMIT resultsShown(dialog);
}

void TrainingDesk::addNewWorkspaceAction(MainWindow &window)
{
    auto *action = new QAction(tr("New &training workspace..."), &window);
    action->setObjectName(u"newTrainingWorkspaceAction"_s);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    action->setStatusTip(
        tr("Create a sealed workspace where trainees rehearse with simulated customers"));
    QObject::connect(action, &QAction::triggered, &window, [&window] {
        QString path = QFileDialog::getSaveFileName(&window, tr("New training workspace"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                + u"/training.caredesk"_s,
            tr("CareDesk workspaces (*.caredesk)"));
        if (path.isEmpty())
            return;
        if (!path.endsWith(".caredesk"_L1))
            path += u".caredesk"_s;
        if (QFileInfo::exists(path)) {
            QMessageBox::warning(&window, tr("New training workspace"),
                tr("%1 exists already; a training workspace needs a new file.").arg(path));
            return;
        }
        // Creating the schema touches the disk: off the GUI thread.
        auto *watcher = new QFutureWatcher<Result<WorkspaceInfo>>(&window);
        QObject::connect(watcher, &QFutureWatcher<Result<WorkspaceInfo>>::finished, &window,
            [watcher, path, &window] {
                watcher->deleteLater();
                const Result<WorkspaceInfo> info = watcher->result();
                if (!info.ok()) {
                    QMessageBox::warning(
                        &window, tr("New training workspace"), info.error().message);
                    return;
                }
                // Its own window and process: the workspace open here stays as it is.
                if (!QProcess::startDetached(
                        QCoreApplication::applicationFilePath(), { u"--workspace"_s, path }))
                    QMessageBox::information(&window, tr("New training workspace"),
                        tr("The training workspace is ready: open it with caredesk --workspace %1")
                            .arg(path));
            });
        watcher->setFuture(QtConcurrent::run([path] {
            const SystemClock clock;
            return Workspace::initialize(
                DatabaseConfig::sqlite(path), WorkspaceKind::Training, clock, true);
        }));
    });
    QMenu *file = window.menu(MainWindow::Menu::File);
    const QList<QAction *> actions = file->actions();
    // Above Quit, where creating things belongs.
    file->insertAction(actions.isEmpty() ? nullptr : actions.first(), action);
}

} // namespace CareDesk
