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

class ActionRegistry;
class CaseActions;
class CheatSheet;
class CommandPalette;
class TeamRepository;
class CaseRepository;
class CaseWindow;
class ChangeFeed;
class Clock;
class Composer;
class CustomerRepository;
class InboxModel;
class JourneyPanel;
class InboxSortModel;
class ThreadModel;
class SearchField;
class SearchResults;
class ViewRepository;
class ViewsPanel;
struct CaseDetail;
struct InboxQuery;

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

    /// Who else is viewing or replying in the shown case ("anna is replying"), in its header;
    /// empty hides it. Team mode sets it from the presence feed.
    void setCasePresence(const QString &text);

    /// Shows a case: selected in the inbox when it is loaded there, else in a window of its own.
    void openCase(Id caseId);
    /// Opens a case in a window of its own, kept current from the change feed.
    CaseWindow *popOutCase(Id caseId);

    // Keyboard first (mainwindowkeys.cpp): every action is in the registry, reachable from the
    // command palette (Ctrl+K) and listed in the cheat sheet (F1).
    /// Claiming and assigning act as agentId through the team port.
    void setTeam(TeamRepository *team, Id agentId);
    ActionRegistry *actionRegistry() const { return m_registry; }

    // Views and search (mainwindowviews.cpp).
    /// Adds the views panel left of the inbox; its counts start after the first inbox page.
    /// me: the agent of "Mine" and of the saved views.
    void setViews(ViewRepository &views, Id me);
    ViewsPanel *viewsPanel() const { return m_viewsPanel; }
    SearchField *searchField() const { return m_searchField; }
    SearchResults *searchResults() const { return m_searchResults; }
    CaseActions *caseActions() const { return m_caseActions; }

Q_SIGNALS:
    /// The agent paused (true) or resumed (false) the demo's live traffic.
    void liveTrafficPaused(bool paused);

private:
    void createActions();
    void createKeyboard();
    void registerComposerActions();
    /// Moves the inbox selection by delta rows (J and K).
    void moveCaseSelection(int delta);
    void startReply(bool privately);
    /// The layout (geometry, docks, splitters, inbox columns and sort, selected case) is kept
    /// in QSettings across restarts.
    void saveLayout() const;
    void restoreLayout();
    QWidget *createInbox(ChangeFeed &feed);
    /// The inbox under the search field, and the search results in its place while searching.
    QWidget *createSearch();
    void showView(const InboxQuery &query);
    void beginSearch(const QString &text);
    void endSearch();
    void showSearchHit(Id caseId);
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
    ChangeFeed &m_feed;
    const Clock &m_clock;
    InboxModel *m_inbox = nullptr;
    InboxSortModel *m_sorted = nullptr;
    QTreeView *m_inboxView = nullptr;
    ThreadModel *m_thread = nullptr;
    QListView *m_threadView = nullptr;
    QStackedWidget *m_threadStack = nullptr;
    QLabel *m_customerLabel = nullptr;
    QLabel *m_metaLabel = nullptr;
    QLabel *m_presenceLabel = nullptr;
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
    CaseActions *m_caseActions = nullptr;
    ActionRegistry *m_registry = nullptr;
    CommandPalette *m_palette = nullptr;
    CheatSheet *m_cheatSheet = nullptr;
    QList<QWidget *> m_letterScopes; ///< where single-key shortcuts work: inbox, thread, case bar

    ViewsPanel *m_viewsPanel = nullptr;
    SearchField *m_searchField = nullptr;
    SearchResults *m_searchResults = nullptr;
    QStackedWidget *m_inboxStack = nullptr;
    Id m_caseBeforeSearch = 0; ///< selected when the search began; selected again on Esc
    bool m_searching = false;

    Id m_currentCaseId = 0;
    Id m_restoreCaseId = 0; ///< the case selected at the last exit, until the inbox shows it
    quint64 m_detailRequest = 0; ///< answers to older requests are stale
    QPersistentModelIndex m_viewportAnchor; ///< the first visible case while rows change
    int m_viewportAnchorTop = 0;
};

} // namespace CareDesk
