// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "app/core/changefeed.h"
#include "app/core/futures.h"
#include "app/core/repositories.h"
#include "ui/aboutdialog.h"
#include "ui/appearance.h"
#include "ui/caseactions.h"
#include "ui/casewindow.h"
#include "ui/composer.h"
#include "ui/inboxmodel.h"
#include "ui/inboxsortmodel.h"
#include "ui/journeypanel.h"
#include "ui/messagedelegate.h"
#include "ui/preferencesdialog.h"
#include "ui/threadmodel.h"
#include "ui/threadview.h"

#include <QAction>
#include <QApplication>
#include <QFontMetrics>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    /// A label for text that may come from a platform: never interpreted as rich text.
    QLabel *plainLabel(QWidget *parent)
    {
        auto *label = new QLabel(parent);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    }

    /// Scrolled within this many pixels of the end counts as following the thread.
    constexpr int bottomSlack = 4;

} // namespace

MainWindow::MainWindow(CaseRepository &cases, ChangeFeed &feed, const Clock &clock,
    const QString &workspaceName, CustomerRepository *customers, QWidget *parent)
    : QMainWindow(parent)
    , m_cases(cases)
    , m_feed(feed)
    , m_clock(clock)
{
    setWindowTitle(tr("%1 — CareDesk").arg(workspaceName));
    createActions();
    m_caseActions = new CaseActions(m_cases, m_clock, this);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->setHandleWidth(1);
    splitter->addWidget(createInbox(feed));
    splitter->addWidget(createThread());
    splitter->setStretchFactor(0, 45);
    splitter->setStretchFactor(1, 55);
    splitter->setSizes({ 45 * 14, 55 * 14 });
    if (customers) {
        // The journey beside the case: who this is across every channel.
        m_journey = new JourneyPanel(*customers, m_clock, splitter);
        splitter->addWidget(m_journey);
        splitter->setStretchFactor(2, 30);
        splitter->setSizes({ 34 * 14, 40 * 14, 29 * 14 });
        connect(m_journey, &JourneyPanel::customerChanged, this, [this] {
            if (m_currentCaseId != 0)
                loadThread(m_currentCaseId, false);
        });
        connect(m_journey, &JourneyPanel::caseRequested, this, [this](Id caseId) {
            const int row = m_inbox->rowOfCase(caseId);
            if (row < 0) {
                statusBar()->showMessage(
                    tr("Case %1 is not in the loaded part of the inbox.").arg(caseId), 8000);
                return;
            }
            const QModelIndex index = m_sorted->mapFromSource(m_inbox->index(row, 0));
            m_inboxView->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_inboxView->scrollTo(index);
        });
    }
    setCentralWidget(splitter);

    m_caseCountLabel = plainLabel(this);
    m_caseCountLabel->setObjectName(u"caseCountLabel"_s);
    m_caseCountLabel->setText(tr("Loading cases…"));
    // A fixed minimum: a count growing by a digit must not resize the window.
    m_caseCountLabel->setMinimumWidth(m_caseCountLabel->fontMetrics().horizontalAdvance(
                                          tr("%n case(s) loaded, more below", nullptr, 88888))
        + 8);
    m_caseCountLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    statusBar()->addPermanentWidget(m_caseCountLabel);

    // A selected case that changed is read again; the inbox rows update themselves.
    connect(&feed, &ChangeFeed::changed, this, [this](qint64, const QList<Id> &caseIds) {
        if (m_currentCaseId != 0 && caseIds.contains(m_currentCaseId))
            loadThread(m_currentCaseId, false);
    });
    connect(&feed, &ChangeFeed::resyncNeeded, this, [this] {
        statusBar()->clearMessage(); // the feed is back after a gap
        if (m_currentCaseId != 0)
            loadThread(m_currentCaseId, false);
    });
    connect(&feed, &ChangeFeed::unavailable, this, [this](const QString &reason) {
        statusBar()->showMessage(tr("Live updates paused: %1").arg(reason));
    });

    // An explicit minimum: below it neither list is usable, and the window's minimum no longer
    // follows every label and scroll bar that comes and goes.
    setMinimumSize(760, 480);
    resize(1440, 880);
    createKeyboard();
    m_inboxView->setFocus();
    restoreLayout();
}

MainWindow::~MainWindow()
{
    saveLayout();
}

void MainWindow::setLiveTrafficAvailable(bool available)
{
    m_pauseAction->setEnabled(available);
    m_pauseAction->setToolTip(available
            ? tr("Stop and resume the demo's incoming customer messages")
            : tr("This workspace has no live demo traffic"));
}

void MainWindow::setComposer(Composer *composer)
{
    m_composer = composer;
    m_threadSplitter->addWidget(composer);
    m_threadSplitter->setStretchFactor(0, 3);
    m_threadSplitter->setStretchFactor(1, 1);
    m_threadSplitter->setSizes({ 3 * 180, 280 });
    m_threadSplitter->restoreState(QSettings().value(u"mainWindow/threadSplitter"_s).toByteArray());
    registerComposerActions();
}

void MainWindow::openCase(Id caseId)
{
    const int row = m_inbox->rowOfCase(caseId);
    if (row < 0) {
        popOutCase(caseId);
        return;
    }
    const QModelIndex index = m_sorted->mapFromSource(m_inbox->index(row, 0));
    m_inboxView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_inboxView->scrollTo(index);
}

CaseWindow *MainWindow::popOutCase(Id caseId)
{
    // A child window: closed with the main window, deleted when the agent closes it.
    auto *window = new CaseWindow(m_cases, m_feed, m_clock, caseId, this);
    window->show();
    return window;
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.beginGroup(u"mainWindow"_s);
    settings.setValue(u"geometry"_s, saveGeometry());
    settings.setValue(u"state"_s, saveState());
    if (const auto *splitter = findChild<QSplitter *>(u"mainSplitter"_s))
        settings.setValue(u"mainSplitter"_s, splitter->saveState());
    if (m_composer)
        settings.setValue(u"threadSplitter"_s, m_threadSplitter->saveState());
    settings.setValue(u"inboxHeader"_s, m_inboxView->header()->saveState());
    settings.setValue(u"selectedCase"_s, m_currentCaseId != 0 ? m_currentCaseId : m_restoreCaseId);
    settings.endGroup();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(u"mainWindow"_s);
    restoreGeometry(settings.value(u"geometry"_s).toByteArray());
    restoreState(settings.value(u"state"_s).toByteArray());
    if (auto *splitter = findChild<QSplitter *>(u"mainSplitter"_s))
        splitter->restoreState(settings.value(u"mainSplitter"_s).toByteArray());
    m_inboxView->header()->restoreState(settings.value(u"inboxHeader"_s).toByteArray());
    m_restoreCaseId = settings.value(u"selectedCase"_s).toLongLong();
    settings.endGroup();
    if (m_restoreCaseId == 0)
        return;
    // The case selected at the last exit comes back once the inbox has loaded it; a case that is
    // no longer in the first pages is not chased.
    connect(
        m_inbox, &InboxModel::pageLoaded, this,
        [this] {
            const Id caseId = std::exchange(m_restoreCaseId, 0);
            if (m_currentCaseId == 0 && m_inbox->rowOfCase(caseId) >= 0)
                openCase(caseId);
        },
        Qt::SingleShotConnection);
}

void MainWindow::setCasePresence(const QString &text)
{
    m_presenceLabel->setText(text);
    m_presenceLabel->setVisible(!text.isEmpty());
}

QMenu *MainWindow::menu(Menu which) const
{
    switch (which) {
    case Menu::File:
        return m_fileMenu;
    case Menu::View:
        return m_viewMenu;
    case Menu::Case:
        return m_caseMenu;
    case Menu::Tools:
        return m_toolsMenu;
    case Menu::Help:
        return m_helpMenu;
    }
    return m_toolsMenu;
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_caseMenu = menuBar()->addMenu(tr("&Case"));
    m_toolsMenu = menuBar()->addMenu(tr("&Tools"));
    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    auto *quitAction = m_fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setObjectName(u"quitAction"_s);
    quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quitAction->setMenuRole(QAction::QuitRole);
    auto *preferencesAction = m_toolsMenu->addAction(tr("&Preferences…"), this, [this] {
        auto *dialog = new PreferencesDialog(AppearanceSettings::load(QSettings()), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &PreferencesDialog::settingsAccepted, this,
            [](const AppearanceSettings &chosen) {
                QSettings settings;
                chosen.save(settings);
                Appearance::apply(*qApp, chosen);
            });
        dialog->open();
    });
    preferencesAction->setObjectName(u"preferencesAction"_s);
    preferencesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferencesAction->setMenuRole(QAction::PreferencesRole);
    auto *aboutAction = m_helpMenu->addAction(tr("&About CareDesk"), this, [this] {
        auto *about = new AboutDialog(this);
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->open();
    });
    aboutAction->setObjectName(u"aboutAction"_s);
    aboutAction->setMenuRole(QAction::AboutRole);
    auto *aboutQtAction = m_helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQtAction->setObjectName(u"aboutQtAction"_s);
    aboutQtAction->setMenuRole(QAction::AboutQtRole);

    auto *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setMovable(false);
    toolBar->setFloatable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(16, 16));

    m_pauseAction
        = new QAction(style()->standardIcon(QStyle::SP_MediaPause), tr("Pause live traffic"), this);
    m_pauseAction->setObjectName(u"pauseLiveTrafficAction"_s);
    m_pauseAction->setCheckable(true);
    // Ctrl+Shift+P belongs to the composer (public/private switch).
    m_pauseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));
    connect(m_pauseAction, &QAction::toggled, this, &MainWindow::liveTrafficPaused);
    toolBar->addAction(m_pauseAction);
    m_viewMenu->addAction(m_pauseAction);

    auto *popOutAction = m_caseMenu->addAction(tr("Open in a &New Window"), this, [this] {
        if (m_currentCaseId != 0)
            popOutCase(m_currentCaseId);
    });
    popOutAction->setObjectName(u"popOutCaseAction"_s);
    popOutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    popOutAction->setToolTip(tr("Keep the selected case in a window of its own"));
    setLiveTrafficAvailable(false);
}

QWidget *MainWindow::createInbox(ChangeFeed &feed)
{
    m_inbox = new InboxModel(m_cases, feed, m_clock, this);
    m_sorted = new InboxSortModel(this);
    m_sorted->setSourceModel(m_inbox);

    m_inboxView = new QTreeView(this);
    m_inboxView->setObjectName(u"inboxView"_s);
    m_inboxView->setAccessibleName(tr("Inbox"));
    m_inboxView->setModel(m_sorted);
    m_inboxView->setRootIsDecorated(false);
    m_inboxView->setUniformRowHeights(true);
    m_inboxView->setItemsExpandable(false);
    m_inboxView->setAllColumnsShowFocus(true);
    m_inboxView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_inboxView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_inboxView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Per pixel, so the first visible case can be kept exactly in place while rows arrive.
    m_inboxView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_inboxView->setTextElideMode(Qt::ElideRight);
    m_inboxView->setFrameShape(QFrame::NoFrame);
    m_inboxView->setIconSize(QSize(10, 10));
    m_inboxView->setAlternatingRowColors(true);
    // No sort column: the inbox's own order, newest activity first, until a header is clicked.
    m_inboxView->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_inboxView->setSortingEnabled(true);

    QHeaderView *header = m_inboxView->header();
    header->setStretchLastSection(false);
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(InboxModel::SnippetColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(40);
    const QFontMetrics metrics = m_inboxView->fontMetrics();
    // Widths from the texts they hold (translated ones included); the message takes the rest.
    const int padding = 16;
    const auto widest = [&metrics](const QStringList &texts) {
        int width = 0;
        for (const QString &text : texts)
            width = qMax(width, metrics.horizontalAdvance(text));
        return width;
    };
    header->resizeSection(InboxModel::PlatformColumn,
        widest({ tr("Platform"), u"Instagram"_s, u"Mastodon"_s }) + 10 + 6 + padding);
    header->resizeSection(InboxModel::CustomerColumn, metrics.averageCharWidth() * 17 + padding);
    header->resizeSection(InboxModel::WaitingColumn,
        widest({ tr("Waiting"), InboxModel::durationText(59 * 60 * 1000) }) + padding);
    header->resizeSection(InboxModel::StatusColumn,
        widest({ tr("Status"), InboxModel::statusText(CaseStatus::Resolved),
            InboxModel::statusText(CaseStatus::Snoozed),
            InboxModel::statusText(CaseStatus::Pending) })
            + padding);
    QFont bold = m_inboxView->font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    header->resizeSection(InboxModel::SlaColumn,
        qMax(widest({ tr("SLA"), InboxModel::slaText(SlaState::Ok),
                 InboxModel::slaText(SlaState::AtRisk) }),
            boldMetrics.horizontalAdvance(InboxModel::slaText(SlaState::Breached)))
            + padding);

    connect(m_inboxView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &MainWindow::onInboxSelectionChanged);

    // Rows arriving above the viewport must not push what the agent is reading away.
    connect(m_sorted, &QAbstractItemModel::rowsAboutToBeInserted, this,
        &MainWindow::rememberInboxViewport);
    connect(m_sorted, &QAbstractItemModel::rowsInserted, this, &MainWindow::restoreInboxViewport);
    connect(m_sorted, &QAbstractItemModel::rowsAboutToBeRemoved, this,
        &MainWindow::rememberInboxViewport);
    connect(m_sorted, &QAbstractItemModel::rowsRemoved, this, &MainWindow::restoreInboxViewport);
    connect(m_sorted, &QAbstractItemModel::rowsAboutToBeMoved, this,
        &MainWindow::rememberInboxViewport);
    connect(m_sorted, &QAbstractItemModel::rowsMoved, this, &MainWindow::restoreInboxViewport);
    connect(m_sorted, &QAbstractItemModel::layoutAboutToBeChanged, this,
        &MainWindow::rememberInboxViewport);
    connect(m_sorted, &QAbstractItemModel::layoutChanged, this, &MainWindow::restoreInboxViewport);
    // A reload (resync) replaces the rows; the selection follows the case, not the row.
    connect(m_sorted, &QAbstractItemModel::modelReset, this, &MainWindow::restoreInboxSelection);

    // Paging follows the scroll bar: the next page once the end is less than a screen away.
    connect(m_inboxView->verticalScrollBar(), &QScrollBar::valueChanged, this,
        [this] { fetchMoreIfNearEnd(false); });
    connect(m_inboxView->verticalScrollBar(), &QScrollBar::rangeChanged, this,
        [this] { fetchMoreIfNearEnd(false); });
    // A page that does not fill the view changes no scroll range: ask for more here. (The
    // range itself is not laid out yet at this point, so only the row count tells.)
    connect(m_inbox, &InboxModel::pageLoaded, this, [this] { fetchMoreIfNearEnd(true); });

    connect(m_inbox, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCaseCount);
    connect(m_inbox, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCaseCount);
    connect(m_inbox, &QAbstractItemModel::modelReset, this, &MainWindow::updateCaseCount);
    connect(m_inbox, &InboxModel::pageLoaded, this, &MainWindow::updateCaseCount);
    connect(m_inbox, &InboxModel::errorOccurred, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Could not read the inbox: %1").arg(message), 15000);
    });
    return createSearch();
}

QWidget *MainWindow::createThread()
{
    // Two pages: a hint while no case is selected, and the case with its header.
    m_threadStack = new QStackedWidget(this);
    m_threadStack->setObjectName(u"threadPanel"_s);
    auto *panel = new QWidget(m_threadStack);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *header = new QWidget(panel);
    header->setObjectName(u"threadHeader"_s);
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(16, 10, 16, 10);
    headerLayout->setSpacing(2);
    m_customerLabel = plainLabel(header);
    m_customerLabel->setObjectName(u"customerLabel"_s);
    QFont nameFont = m_customerLabel->font();
    nameFont.setBold(true);
    if (nameFont.pointSizeF() > 0)
        nameFont.setPointSizeF(nameFont.pointSizeF() * 1.2);
    m_customerLabel->setFont(nameFont);
    m_metaLabel = plainLabel(header);
    m_metaLabel->setObjectName(u"caseMetaLabel"_s);
    QPalette muted = m_metaLabel->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_metaLabel->setPalette(muted);
    // A long name must not widen the window: the labels take the width they are given.
    for (QLabel *label : { m_customerLabel, m_metaLabel })
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    headerLayout->addWidget(m_customerLabel);
    headerLayout->addWidget(m_metaLabel);
    m_presenceLabel = plainLabel(header);
    m_presenceLabel->setObjectName(u"casePresenceLabel"_s);
    m_presenceLabel->hide();
    headerLayout->addWidget(m_presenceLabel);
    headerLayout->addWidget(m_caseActions->bar());
    layout->addWidget(header);

    auto *line = new QFrame(panel);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Plain);
    line->setForegroundRole(QPalette::Mid);
    layout->addWidget(line);

    m_thread = new ThreadModel(m_clock, this);
    m_thread->setRepository(&m_cases); // older pages of a long thread as the agent scrolls up
    connect(m_thread, &ThreadModel::olderFetchFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Could not read the conversation: %1").arg(message), 15000);
    });
    // The newest page of a long thread first, older pages as the agent scrolls up (ThreadView).
    auto *threadView = new ThreadView(panel);
    threadView->setThreadModel(m_thread);
    m_threadView = threadView;
    // One message can be pointed at (register it as a case, open it on its platform).
    m_threadView->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_threadView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            m_caseActions->setCurrentMessage(current.data(ThreadModel::MessageIdRole).toLongLong(),
                current.data(ThreadModel::PermalinkRole).toString());
        });

    // The thread above, the composer (when there is one) below.
    m_threadSplitter = new QSplitter(Qt::Vertical, panel);
    m_threadSplitter->setObjectName(u"threadSplitter"_s);
    m_threadSplitter->setChildrenCollapsible(false);
    m_threadSplitter->addWidget(m_threadView);
    layout->addWidget(m_threadSplitter, 1);

    auto *placeholder = plainLabel(m_threadStack);
    placeholder->setObjectName(u"threadPlaceholder"_s);
    placeholder->setText(tr("Select a case to read its conversation."));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setPalette(muted);

    m_threadStack->addWidget(placeholder);
    m_threadStack->addWidget(panel);
    return m_threadStack;
}

void MainWindow::onInboxSelectionChanged()
{
    const QModelIndexList rows = m_inboxView->selectionModel()->selectedRows();
    const Id caseId
        = rows.isEmpty() ? 0 : rows.constFirst().data(InboxModel::CaseIdRole).toLongLong();
    if (caseId == m_currentCaseId)
        return;
    // Its row was pushed below the loaded rows by a burst of newer cases (an import): the case
    // stays open, thread and half-typed reply with it.
    if (caseId == 0 && m_inbox->isApplyingBurst())
        return;
    m_currentCaseId = caseId;
    // Never leave one case's thread under another case's selection, even for a moment.
    m_thread->clear();
    if (m_composer)
        m_composer->clearCase(); // saves the previous case's draft; never shown on this one
    if (caseId == 0) {
        ++m_detailRequest;
        m_threadStack->setCurrentIndex(0);
        m_caseActions->clearCase();
        if (m_journey)
            m_journey->clear();
        return;
    }
    const int row = m_inbox->rowOfCase(caseId);
    if (row >= 0) {
        const CaseSummary &summary = m_inbox->summaryAt(row);
        m_customerLabel->setText(summary.customerName);
        m_metaLabel->setText(tr("Loading conversation…"));
    }
    m_threadStack->setCurrentIndex(1);
    // The thread first: the database thread answers in order, and the thread is the first screen.
    loadThread(caseId, true);
    if (m_journey && row >= 0) // at once, from the row
        m_journey->showCase(caseId, m_inbox->summaryAt(row).value.customerId);
}

void MainWindow::loadThread(Id caseId, bool opening)
{
    const quint64 request = ++m_detailRequest;
    // Only what the thread shows: a case opens with its newest page, a refresh reads what is
    // loaded (ThreadModel reads older pages itself).
    m_cases.threadPage(caseId, m_thread->rangeFor(caseId))
        .then(QtFuture::Launch::Sync,
            onContext(this, [this, caseId, request, opening](const Result<CaseDetail> &result) {
                // A finished future runs this at once, maybe inside a selection signal: apply the
                // answer from the event loop instead, never in the middle of a model change.
                QMetaObject::invokeMethod(
                    this,
                    [this, caseId, request, opening, result] {
                        // The agent moved on, or a newer read is on its way: this answer is stale.
                        if (request != m_detailRequest || caseId != m_currentCaseId)
                            return;
                        if (!result.ok()) {
                            statusBar()->showMessage(tr("Could not read the conversation: %1")
                                                         .arg(result.error().message),
                                15000);
                            return;
                        }
                        showDetail(result.value(), opening);
                    },
                    Qt::QueuedConnection);
            }));
}

void MainWindow::showDetail(const CaseDetail &detail, bool opening)
{
    const QScrollBar *bar = m_threadView->verticalScrollBar();
    // An opened case starts at its latest message; a case being read follows new messages
    // only when the agent is at the end already.
    const bool follow = opening || m_thread->caseId() != detail.summary.value.id
        || bar->value() >= bar->maximum() - bottomSlack;
    m_thread->setDetail(detail);
    showHeader(detail);
    m_caseActions->showCase(detail);
    if (m_composer)
        m_composer->showCase(detail);
    const Case &shown = detail.summary.value;
    if (m_journey
        && (!opening || m_journey->caseId() != shown.id
            || m_journey->customerId() != shown.customerId))
        m_journey->showCase(shown.id, shown.customerId);
    if (follow)
        m_threadView->scrollToBottom();
}

void MainWindow::showHeader(const CaseDetail &detail)
{
    const CaseSummary &summary = detail.summary;
    QString customer = detail.customer.name;
    if (customer.isEmpty())
        customer = summary.customerName;
    if (customer.isEmpty())
        customer = tr("Unknown customer");
    m_customerLabel->setText(customer);
    const QString account
        = detail.account.handle.isEmpty() ? summary.accountHandle : detail.account.handle;
    // The whole thread's length, also when only its newest page was read.
    const int messages = qMax(detail.messageCount, static_cast<int>(detail.messages.size()));
    m_metaLabel->setText(tr("%1 · %2 · %3 · %n message(s)", nullptr, messages)
                             .arg(platformDisplayName(summary.value.platform), account,
                                 InboxModel::statusText(summary.value.status)));
}

void MainWindow::rememberInboxViewport()
{
    const QScrollBar *bar = m_inboxView->verticalScrollBar();
    // At the very top the agent watches for new traffic: let new cases slide in there.
    if (bar->value() <= 0) {
        m_viewportAnchor = QPersistentModelIndex();
        return;
    }
    m_viewportAnchor = QPersistentModelIndex(m_inboxView->indexAt(QPoint(0, 0)));
    if (m_viewportAnchor.isValid())
        m_viewportAnchorTop = m_inboxView->visualRect(m_viewportAnchor).top();
}

void MainWindow::restoreInboxViewport()
{
    if (!m_viewportAnchor.isValid())
        return;
    const QModelIndex anchor = m_viewportAnchor;
    m_viewportAnchor = QPersistentModelIndex();
    const int shift = m_inboxView->visualRect(anchor).top() - m_viewportAnchorTop;
    if (shift != 0) {
        QScrollBar *bar = m_inboxView->verticalScrollBar();
        bar->setValue(bar->value() + shift);
    }
}

void MainWindow::restoreInboxSelection()
{
    if (m_currentCaseId == 0)
        return;
    const int row = m_inbox->rowOfCase(m_currentCaseId);
    if (row < 0)
        return; // past the first page now; the thread stays as it is
    const QModelIndex index = m_sorted->mapFromSource(m_inbox->index(row, 0));
    m_inboxView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_inboxView->scrollTo(index);
}

void MainWindow::fetchMoreIfNearEnd(bool pageJustLoaded)
{
    if (!m_inbox->canFetchMore({}))
        return;
    const int screen = m_inboxView->viewport()->height();
    // Before its first layout the view knows no row height; a row is never below a line.
    const int rowHeight = qMax(m_inboxView->fontMetrics().height(), m_inboxView->sizeHintForRow(0));
    const QScrollBar *bar = m_inboxView->verticalScrollBar();
    const bool unfilled = m_inbox->rowCount() * rowHeight < screen;
    const bool nearEnd
        = !pageJustLoaded && bar->maximum() > 0 && bar->maximum() - bar->value() <= screen;
    if (unfilled || nearEnd)
        m_inbox->fetchMore({});
}

void MainWindow::updateCaseCount()
{
    if (m_inbox->isLoading() && m_inbox->rowCount() == 0)
        return;
    const int count = m_inbox->rowCount();
    m_caseCountLabel->setText(m_inbox->hasMore()
            ? tr("%n case(s) loaded, more below", nullptr, count)
            : tr("%n case(s)", nullptr, count));
}

} // namespace CareDesk
