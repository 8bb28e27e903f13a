// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/viewrepository.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QAction;
class QTreeView;
class QToolButton;

namespace CareDesk {

class ChangeFeed;
class ViewsModel;

/// The views beside the inbox: built-in views, one per platform, account and language, and the
/// agent's saved views, each with a live count. Counts are read off the GUI thread once start()
/// is called (after the inbox's first page is on screen), again after changes, at most every
/// countInterval, and never while a count is under way.
class ViewsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewsPanel)

public:
    /// me: the agent whose cases "Mine" lists and whose saved views are shown.
    ViewsPanel(ViewRepository &views, ChangeFeed &feed, Id me, QWidget *parent = nullptr);
    ~ViewsPanel() override;

    /// Loads the platforms, accounts, languages and saved views, then the counts.
    void start();
    ViewsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    /// The selected view's query (All open when none is selected).
    InboxQuery currentQuery() const;
    QString currentKey() const;
    /// Selects a view by its key (ViewsModel::KeyRole); false when there is none.
    bool selectKey(const QString &key);
    /// "SLA at risk" means due within this many minutes; kept in the settings.
    void setAtRiskMinutes(int minutes);
    /// The shortest time between two count refreshes (2 s by default).
    void setCountInterval(int milliseconds) { m_countInterval = milliseconds; }
    /// Opens the dialog for a new saved view (or for editing the selected one).
    void newSavedView();
    void editSavedView();
    void deleteSavedView();

    QAction *newViewAction() const { return m_newViewAction; }

Q_SIGNALS:
    /// The agent chose a view.
    void viewActivated(const CareDesk::InboxQuery &query);
    /// Counts arrived (for tests and the status bar).
    void countsUpdated();
    /// The saved views were stored or removed and the panel shows the result.
    void savedViewsChanged();
    void errorOccurred(const QString &message);

private:
    void reloadContents(const QString &selectKeyAfter);
    void scheduleCounts();
    void refreshCounts();
    void onCurrentChanged();
    void showContextMenu(const QPoint &position);
    void askAtRiskMinutes();
    void openDialog(const SavedView *existing);

    ViewRepository &m_views;
    Id m_me = 0;
    ViewsModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QToolButton *m_newButton = nullptr;
    QAction *m_newViewAction = nullptr;
    QAction *m_editViewAction = nullptr;
    QAction *m_deleteViewAction = nullptr;
    InboxFacets m_facets;
    bool m_started = false;
    bool m_countsInFlight = false;
    bool m_countsDirty = false;
    quint64 m_contentsGeneration = 0; ///< counts for older rows are dropped
    int m_countInterval = 2000;
    qint64 m_lastCountMs = 0; ///< how long the last counts took
    QElapsedTimer m_sinceCounts;
    QTimer m_countTimer;
    QString m_lastKey;
};

} // namespace CareDesk
