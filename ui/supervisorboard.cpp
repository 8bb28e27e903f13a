// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/supervisorboard.h"

#include "app/core/boardrepository.h"
#include "app/core/changefeed.h"
#include "app/core/clock.h"
#include "app/core/futures.h"
#include "app/core/repositories.h"
#include "app/core/teamrepository.h"
#include "ui/boardmodels.h"

#include <QAction>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    /// SLA clocks run between events: the figures are read again at least this often.
    constexpr int tickMs = 30000;
    /// The attention list is the cases a supervisor can act on; more would not fit a screen anyway.
    constexpr int caseLimit = 200;

    QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
    {
        auto *view = new QTableView(parent);
        view->setObjectName(name);
        view->setModel(model);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setAlternatingRowColors(true);
        view->setWordWrap(false);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setStretchLastSection(true);
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        return view;
    }

} // namespace

SupervisorBoard::SupervisorBoard(BoardRepository &board, TeamRepository &team,
    CaseRepository &cases, ChangeFeed &changes, PresenceFeed *presence, const Clock &clock,
    Id agentId, QWidget *parent)
    : QMainWindow(parent)
    , m_board(board)
    , m_team(team)
    , m_cases(cases)
    , m_clock(clock)
    , m_agentId(agentId)
{
    setObjectName(u"supervisorBoard"_s);
    setWindowTitle(tr("Supervisor board"));
    setDockNestingEnabled(true);
    m_baseFont = font();

    m_queueModel = new BoardQueueModel(clock, this);
    m_agentModel = new BoardAgentModel(this);
    m_caseModel = new BoardCaseModel(clock, *m_queueModel, this);
    m_alertModel = new BoardAlertModel(clock, *m_queueModel, this);

    m_queueView = makeTable(m_queueModel, u"boardQueues"_s, this);
    m_queueView->setAccessibleName(tr("Queues"));
    setCentralWidget(m_queueView);

    m_agentView = makeTable(m_agentModel, u"boardAgents"_s, this);
    m_agentView->setAccessibleName(tr("Agents"));
    m_agentView->setAcceptDrops(true);
    m_agentView->setDropIndicatorShown(true);
    m_agentView->setDragDropMode(QAbstractItemView::DropOnly);
    m_caseView = makeTable(m_caseModel, u"boardCases"_s, this);
    m_caseView->setAccessibleName(tr("Cases needing attention"));
    m_caseView->setDragEnabled(true);
    m_caseView->setDragDropMode(QAbstractItemView::DragOnly);
    m_caseView->setDefaultDropAction(Qt::CopyAction);
    m_caseView->horizontalHeader()->setSectionResizeMode(
        BoardCaseModel::SubjectColumn, QHeaderView::Stretch);
    m_alertView = new QListView(this);
    m_alertView->setObjectName(u"boardAlerts"_s);
    m_alertView->setAccessibleName(tr("Alerts"));
    m_alertView->setModel(m_alertModel);
    m_alertView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_alertView->setDragEnabled(true);
    m_alertView->setDragDropMode(QAbstractItemView::DragOnly);
    m_alertView->setDefaultDropAction(Qt::CopyAction);
    m_alertView->setWordWrap(true);
    m_alertView->setUniformItemSizes(true);

    const auto dock = [this](QWidget *widget, const QString &title, const QString &name,
                          Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(widget);
        addDockWidget(area, d);
        return d;
    };
    dock(m_agentView, tr("Agents"), u"boardAgentsDock"_s, Qt::RightDockWidgetArea);
    dock(m_caseView, tr("Cases needing attention"), u"boardCasesDock"_s, Qt::BottomDockWidgetArea);
    dock(m_alertView, tr("Alerts"), u"boardAlertsDock"_s, Qt::BottomDockWidgetArea);

    m_updatedLabel = new QLabel(this);
    m_updatedLabel->setObjectName(u"boardUpdated"_s);
    m_updatedLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_updatedLabel);

    createActions();

    connect(m_agentModel, &BoardAgentModel::assignRequested, this, &SupervisorBoard::reassign);
    connect(m_caseView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        openCase(index.data(BoardCaseModel::CaseIdRole).toLongLong());
    });
    connect(m_alertView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const Id caseId = index.data(BoardAlertModel::CaseIdRole).toLongLong())
            openCase(caseId);
    });

    // Every change anywhere may move a figure: read again (coalesced while a read is running).
    connect(&changes, &ChangeFeed::changed, this, [this] { refresh(); });
    connect(&changes, &ChangeFeed::resyncNeeded, this, [this] { refresh(); });
    if (presence) {
        connect(presence, &PresenceFeed::presenceChanged, this, [this] { refresh(); });
        connect(presence, &PresenceFeed::resyncNeeded, this, [this] { refresh(); });
    }
    m_tick = new QTimer(this);
    m_tick->setInterval(tickMs);
    connect(m_tick, &QTimer::timeout, this, &SupervisorBoard::refresh);
    m_tick->start();
    resize(1280, 800);
    refresh();
}

SupervisorBoard::~SupervisorBoard() = default;

void SupervisorBoard::createActions()
{
    QMenu *caseMenu = menuBar()->addMenu(tr("&Case"));
    QMenu *agentMenu = menuBar()->addMenu(tr("&Agent"));
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));

    auto *reassign = new QAction(tr("&Reassign to\u2026"), this);
    reassign->setObjectName(u"boardReassignAction"_s);
    reassign->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(reassign, &QAction::triggered, this, &SupervisorBoard::pickAgentForSelectedCase);
    caseMenu->addAction(reassign);

    auto *open = new QAction(tr("&Open read-only"), this);
    open->setObjectName(u"boardOpenCaseAction"_s);
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    connect(open, &QAction::triggered, this, [this] {
        if (const Id caseId = selectedCaseId())
            openCase(caseId);
    });
    caseMenu->addAction(open);

    QMenu *priorityMenu = caseMenu->addMenu(tr("&Priority"));
    const Priority priorities[] { Priority::Low, Priority::Normal, Priority::High,
        Priority::Urgent };
    const Qt::Key keys[] { Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4 };
    for (int i = 0; i < 4; ++i) {
        auto *action = new QAction(BoardCaseModel::priorityText(priorities[i]), this);
        action->setObjectName(u"boardPriority%1Action"_s.arg(toString(priorities[i])));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | keys[i]));
        connect(
            action, &QAction::triggered, this, [this, p = priorities[i]] { changePriority(p); });
        priorityMenu->addAction(action);
        m_caseView->addAction(action);
        addAction(action);
    }
    m_caseView->insertAction(nullptr, reassign);
    m_caseView->insertAction(nullptr, open);
    m_caseView->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *capacity = new QAction(tr("Set &capacity\u2026"), this);
    capacity->setObjectName(u"boardCapacityAction"_s);
    capacity->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(capacity, &QAction::triggered, this, &SupervisorBoard::editCapacity);
    agentMenu->addAction(capacity);
    m_agentView->addAction(capacity);
    m_agentView->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_largeTypeAction = new QAction(tr("&Large type (wall screen)"), this);
    m_largeTypeAction->setObjectName(u"boardLargeTypeAction"_s);
    m_largeTypeAction->setCheckable(true);
    m_largeTypeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_largeTypeAction, &QAction::toggled, this, &SupervisorBoard::setLargeType);
    viewMenu->addAction(m_largeTypeAction);

    auto *settings = new QAction(tr("Alert &settings\u2026"), this);
    settings->setObjectName(u"boardAlertSettingsAction"_s);
    connect(settings, &QAction::triggered, this, &SupervisorBoard::editAlertSettings);
    viewMenu->addAction(settings);
    viewMenu->addSeparator();
    for (QDockWidget *d : findChildren<QDockWidget *>())
        viewMenu->addAction(d->toggleViewAction());
}

void SupervisorBoard::setAlertSettings(const AlertSettings &settings)
{
    m_settings = settings;
    refresh();
}

void SupervisorBoard::setLargeType(bool large)
{
    QFont f = m_baseFont;
    if (large)
        f.setPointSizeF(f.pointSizeF() * 2.0);
    setFont(f);
    for (QTableView *view : { m_queueView, m_agentView, m_caseView })
        view->verticalHeader()->setDefaultSectionSize(QFontMetrics(f).height() * 3 / 2);
    if (m_largeTypeAction->isChecked() != large)
        m_largeTypeAction->setChecked(large);
}

void SupervisorBoard::refresh()
{
    if (m_reading) {
        m_dirty = true;
        return;
    }
    m_reading = true;
    m_dirty = false;
    m_board.snapshot(m_settings, caseLimit)
        .then(QtFuture::Launch::Sync, onContext(this, [this](const Result<BoardSnapshot> &read) {
            m_reading = false;
            if (read.ok())
                apply(read.value());
            else
                showError(read.error().message);
            if (m_dirty)
                refresh();
        }));
}

void SupervisorBoard::apply(const BoardSnapshot &snapshot)
{
    m_queueModel->setQueues(snapshot.queues);
    m_agentModel->setAgents(snapshot.agents);
    m_caseModel->setCases(snapshot.cases);
    m_alertModel->setAlerts(snapshot.alerts);
    m_updatedLabel->setText(
        tr("Updated %1")
            .arg(QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(snapshot.at).time(), QLocale::LongFormat)));
    ++m_snapshots;
    Q_EMIT updated();
}

void SupervisorBoard::showError(const QString &message)
{
    statusBar()->showMessage(message, 15000);
    Q_EMIT errorOccurred(message);
}

Id SupervisorBoard::selectedCaseId() const
{
    if (m_alertView->hasFocus() && m_alertView->currentIndex().isValid())
        return m_alertView->currentIndex().data(BoardAlertModel::CaseIdRole).toLongLong();
    const QModelIndex current = m_caseView->currentIndex();
    return current.isValid() ? current.data(BoardCaseModel::CaseIdRole).toLongLong() : 0;
}

void SupervisorBoard::reassign(const QList<Id> &caseIds, const QString &agentName)
{
    for (Id caseId : caseIds) {
        m_team.assign(caseId, agentName, m_agentId)
            .then(QtFuture::Launch::Sync, onContext(this, [this](const Result<Assignment> &done) {
                if (!done.ok())
                    showError(done.error().message);
                // The change feed brings the new figures.
            }));
    }
}

void SupervisorBoard::pickAgentForSelectedCase()
{
    const Id caseId = selectedCaseId();
    if (caseId == 0 || m_agentModel->agents().isEmpty())
        return;
    QStringList names;
    for (const BoardAgent &a : m_agentModel->agents())
        names.append(a.name);
    auto *picker = new QInputDialog(this);
    picker->setObjectName(u"boardAgentPicker"_s);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setWindowTitle(tr("Reassign case #%1").arg(caseId));
    picker->setLabelText(tr("Give case #%1 to:").arg(caseId));
    picker->setComboBoxItems(names);
    picker->setComboBoxEditable(false);
    // Not exec(): the board keeps updating while the supervisor picks.
    connect(picker, &QInputDialog::textValueSelected, this,
        [this, caseId](const QString &name) { reassign({ caseId }, name); });
    picker->open();
}

void SupervisorBoard::changePriority(Priority priority)
{
    const Id caseId = selectedCaseId();
    if (caseId == 0)
        return;
    m_board.setPriority(caseId, priority, m_agentId)
        .then(QtFuture::Launch::Sync, onContext(this, [this](const Result<Done> &done) {
            if (!done.ok())
                showError(done.error().message);
        }));
}

void SupervisorBoard::openCase(Id caseId)
{
    if (caseId == 0)
        return;
    auto *viewer = new QDialog(this);
    viewer->setObjectName(u"boardCaseViewer"_s);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->setWindowTitle(tr("Case #%1 (read-only)").arg(caseId));
    auto *layout = new QVBoxLayout(viewer);
    auto *text = new QPlainTextEdit(viewer);
    text->setObjectName(u"boardCaseText"_s);
    text->setReadOnly(true);
    text->setPlainText(tr("Loading\u2026"));
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, viewer);
    connect(buttons, &QDialogButtonBox::rejected, viewer, &QDialog::reject);
    layout->addWidget(buttons);
    viewer->resize(720, 560);
    viewer->show();
    m_cases.detail(caseId).then(
        QtFuture::Launch::Sync, onContext(text, [text](const Result<CaseDetail> &detail) {
            if (!detail.ok()) {
                text->setPlainText(detail.error().message);
                return;
            }
            // Platform text: a plain-text widget, never rich text.
            const CaseDetail &d = detail.value();
            QStringList lines;
            lines.append(tr("%1 \u00b7 %2 \u00b7 %3")
                             .arg(d.summary.customerName, d.summary.accountHandle,
                                 d.summary.assigneeName.isEmpty() ? tr("unassigned")
                                                                  : d.summary.assigneeName));
            lines.append(QString());
            for (const Message &m : d.messages) {
                lines.append(u"[%1] %2%3"_s.arg(
                    QLocale().toString(
                        QDateTime::fromMSecsSinceEpoch(m.createdAt), QLocale::ShortFormat),
                    m.authorName, m.direction == Direction::Out ? tr(" (reply)") : QString()));
                lines.append(m.text);
                lines.append(QString());
            }
            text->setPlainText(lines.join(u'\n'));
        }));
}

void SupervisorBoard::editCapacity()
{
    const QModelIndex current = m_agentView->currentIndex();
    if (!current.isValid())
        return;
    const BoardAgent agent = m_agentModel->agentAt(current.row());
    auto *editor = new QInputDialog(this);
    editor->setObjectName(u"boardCapacityEditor"_s);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setWindowTitle(tr("Capacity of %1").arg(agent.name));
    editor->setLabelText(tr("Open cases %1 takes at most:").arg(agent.name));
    editor->setInputMode(QInputDialog::IntInput);
    editor->setIntRange(0, 1000);
    editor->setIntValue(agent.capacity);
    connect(
        editor, &QInputDialog::intValueSelected, this, [this, agentId = agent.agentId](int value) {
            m_board.setCapacity(agentId, value)
                .then(QtFuture::Launch::Sync, onContext(this, [this](const Result<Done> &done) {
                    if (!done.ok())
                        showError(done.error().message);
                }));
        });
    editor->open();
}

void SupervisorBoard::editAlertSettings()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"boardAlertSettings"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Alert settings"));
    auto *form = new QFormLayout(dialog);
    auto *breach = new QSpinBox(dialog);
    breach->setRange(1, 24 * 60);
    breach->setSuffix(tr(" min"));
    breach->setValue(int(m_settings.breachWarningMs / 60000));
    form->addRow(tr("Warn before a breach:"), breach);
    auto *minimum = new QSpinBox(dialog);
    minimum->setRange(1, 10000);
    minimum->setValue(m_settings.spikeMinimumCases);
    form->addRow(tr("A spike needs at least (cases):"), minimum);
    auto *sentiment = new QSpinBox(dialog);
    sentiment->setRange(-100, 0);
    sentiment->setValue(m_settings.negativeSentiment);
    form->addRow(tr("Strongly negative at or below:"), sentiment);
    auto *audience = new QSpinBox(dialog);
    audience->setRange(0, 1000000000);
    audience->setValue(int(std::min<qint64>(m_settings.audienceThreshold, 1000000000)));
    form->addRow(tr("Influential above (followers):"), audience);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    form->addRow(buttons);
    connect(dialog, &QDialog::accepted, this, [this, breach, minimum, sentiment, audience] {
        AlertSettings s = m_settings;
        s.breachWarningMs = Millis(breach->value()) * 60000;
        s.spikeMinimumCases = minimum->value();
        s.negativeSentiment = sentiment->value();
        s.audienceThreshold = audience->value();
        setAlertSettings(s);
        Q_EMIT alertSettingsChanged(s);
    });
    dialog->open();
}

} // namespace CareDesk
