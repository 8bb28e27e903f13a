// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/types.h"

#include <QMainWindow>
#include <QPersistentModelIndex>

class QAction;
class QLabel;
class QListView;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTreeView;

namespace CareDesk {

class CaseRepository;
class ChangeFeed;
class Clock;
class Composer;
class CustomerRepository;
class InboxModel;
class JourneyPanel;
class InboxSortModel;
class ThreadModel;
struct CaseDetail;

/// The agent's main window: assembles the inbox and the conversation; holds no business logic.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// With customers, the customer's journey is shown beside the case.
    MainWindow(CaseRepository &cases, ChangeFeed &feed, const Clock &clock,
        const QString &workspaceName, CustomerRepository *customers = nullptr,
        QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Enables the "Pause live traffic" toggle; off where the workspace has no live stream.
    void setLiveTrafficAvailable(bool available);
    /// The case whose thread is shown; 0 for none.
    Id currentCaseId() const { return m_currentCaseId; }
    /// Places the reply composer under the thread and keeps it on the selected case; the
    /// window takes ownership.
    void setComposer(Composer *composer);

    /// The menus other parts add their actions to (the composition root adds windows to Tools).
    enum class Menu { File, View, Case, Tools, Help };
    QMenu *menu(Menu which) const;

Q_SIGNALS:
    /// The agent paused (true) or resumed (false) the demo's live traffic.
    void liveTrafficPaused(bool paused);

private:
    void createActions();
    QWidget *createInbox(ChangeFeed &feed);
    QWidget *createThread();
    void onInboxSelectionChanged();
    void loadThread(Id caseId, bool opening);
    void showDetail(const CaseDetail &detail, bool opening);
    void showHeader(const CaseDetail &detail);
    void rememberInboxViewport();
    void restoreInboxViewport();
    void restoreInboxSelection();
    void updateCaseCount();
    /// Asks for the next page when the end of the inbox is less than a screen away.
    void fetchMoreIfNearEnd(bool pageJustLoaded);

    CaseRepository &m_cases;
    const Clock &m_clock;
    InboxModel *m_inbox = nullptr;
    InboxSortModel *m_sorted = nullptr;
    QTreeView *m_inboxView = nullptr;
    ThreadModel *m_thread = nullptr;
    QListView *m_threadView = nullptr;
    QStackedWidget *m_threadStack = nullptr;
    QLabel *m_customerLabel = nullptr;
    QLabel *m_metaLabel = nullptr;
    QLabel *m_caseCountLabel = nullptr;
    QAction *m_pauseAction = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_caseMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    JourneyPanel *m_journey = nullptr;
    QSplitter *m_threadSplitter = nullptr;
    Composer *m_composer = nullptr;

    Id m_currentCaseId = 0;
    quint64 m_detailRequest = 0; ///< answers to older requests are stale
    QPersistentModelIndex m_viewportAnchor; ///< the first visible case while rows change
    int m_viewportAnchorTop = 0;
};

} // namespace CareDesk
