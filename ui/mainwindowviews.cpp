// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: the views panel beside the inbox and the search above it. Switching a view reloads
// the inbox with the view's query; searching puts the results in the inbox's place until Esc,
// which brings the view back with the case that was selected before.
#include "app/core/viewrepository.h"
#include "ui/caseactions.h"
#include "ui/composer.h"
#include "ui/inboxmodel.h"
#include "ui/inboxsortmodel.h"
#include "ui/journeypanel.h"
#include "ui/mainwindow.h"
#include "ui/searchfield.h"
#include "ui/searchresults.h"
#include "ui/threadmodel.h"
#include "ui/viewsmodel.h"
#include "ui/viewspanel.h"

#include <QAction>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

QWidget *MainWindow::createSearch()
{
    auto *panel = new QWidget(this);
    panel->setObjectName(u"inboxPanel"_s);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_searchField = new SearchField(panel);
    auto *fieldRow = new QVBoxLayout;
    fieldRow->setContentsMargins(6, 6, 6, 6);
    fieldRow->addWidget(m_searchField);
    layout->addLayout(fieldRow);

    m_inboxStack = new QStackedWidget(panel);
    m_inboxStack->setObjectName(u"inboxStack"_s);
    m_inboxStack->addWidget(m_inboxView);
    m_searchResults = new SearchResults(m_cases, m_inboxStack);
    m_inboxStack->addWidget(m_searchResults);
    layout->addWidget(m_inboxStack, 1);

    connect(m_searchField, &SearchField::searchRequested, this, &MainWindow::beginSearch);
    connect(m_searchField, &SearchField::searchCancelled, this, &MainWindow::endSearch);
    connect(m_searchField, &SearchField::resultsFocusRequested, this, [this] {
        QListView *results = m_searchResults->view();
        if (!m_searching || results->model()->rowCount() == 0)
            return;
        results->setFocus(Qt::OtherFocusReason);
        if (!results->currentIndex().isValid())
            results->setCurrentIndex(results->model()->index(0, 0));
    });
    connect(m_searchResults, &SearchResults::caseActivated, this, &MainWindow::showSearchHit);

    // Ctrl+F: the keyboard's registry picks this action up by its name (mainwindowkeys.cpp).
    auto *search = new QAction(tr("Search"), this);
    search->setObjectName(u"searchAction"_s);
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    search->setToolTip(tr("Search all messages and customer names"));
    connect(search, &QAction::triggered, this, [this] {
        m_searchField->setFocus(Qt::ShortcutFocusReason);
        m_searchField->selectAll();
    });
    addAction(search);
    m_viewMenu->addAction(search);
    return panel;
}

void MainWindow::setViews(ViewRepository &views, Id me)
{
    if (m_viewsPanel)
        return;
    m_viewsPanel = new ViewsPanel(views, m_feed, me, this);
    if (auto *splitter = findChild<QSplitter *>(u"mainSplitter"_s)) {
        splitter->insertWidget(0, m_viewsPanel);
        splitter->setStretchFactor(0, 0);
        // Views, inbox, thread (and journey): proportions that keep the inbox's customer and
        // message columns readable at 1280 pixels, scaled up on wider screens.
        const int em = fontMetrics().averageCharWidth();
        if (splitter->count() == 4)
            splitter->setSizes({ 24 * em, 56 * em, 56 * em, 34 * em });
        else
            splitter->setSizes({ 24 * em, 64 * em, 76 * em });
    }
    connect(m_viewsPanel, &ViewsPanel::viewActivated, this, &MainWindow::showView);
    connect(m_viewsPanel, &ViewsPanel::errorOccurred, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Views: %1").arg(message), 15000);
    });
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_viewsPanel->newViewAction());
    // Ctrl+1..9: the first nine views of the panel, headings skipped.
    for (int n = 1; n <= 9; ++n) {
        auto *action = new QAction(tr("Switch to view %1").arg(n), this);
        action->setObjectName(u"switchView%1Action"_s.arg(n));
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + n)));
        connect(action, &QAction::triggered, this, [this, n] {
            int seen = 0;
            const ViewsModel *model = m_viewsPanel->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex index = model->index(row, 0);
                if (index.data(ViewsModel::IsHeadingRole).toBool())
                    continue;
                if (++seen == n) {
                    m_viewsPanel->selectKey(index.data(ViewsModel::KeyRole).toString());
                    return;
                }
            }
        });
        addAction(action);
        m_viewMenu->addAction(action);
    }
    // Counts wait for the first page: the agent sees cases first, numbers a moment later.
    if (m_inbox->isLoading()) {
        connect(m_inbox, &InboxModel::pageLoaded, m_viewsPanel, &ViewsPanel::start,
            Qt::SingleShotConnection);
    } else {
        QTimer::singleShot(0, m_viewsPanel, &ViewsPanel::start);
    }
    // The panel starts on "All open"; the inbox shows that view from the start.
    showView(m_viewsPanel->currentQuery());
}

void MainWindow::showView(const InboxQuery &query)
{
    if (m_searching)
        m_searchField->clear(); // back from the results first
    m_inbox->setQuery(query);
}

void MainWindow::beginSearch(const QString &text)
{
    if (!m_searching) {
        m_searching = true;
        m_caseBeforeSearch = m_currentCaseId;
        m_inboxStack->setCurrentWidget(m_searchResults);
    }
    m_searchResults->search(text);
}

void MainWindow::endSearch()
{
    if (!m_searching)
        return;
    m_searching = false;
    m_searchResults->clear();
    m_inboxStack->setCurrentWidget(m_inboxView);
    // The inbox's selection never moved while searching: show its case again.
    const Id before = m_caseBeforeSearch;
    m_caseBeforeSearch = 0;
    const int row = before != 0 ? m_inbox->rowOfCase(before) : -1;
    if (row >= 0) {
        const QModelIndex index = m_sorted->mapFromSource(m_inbox->index(row, 0));
        m_inboxView->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_inboxView->scrollTo(index);
    }
    onInboxSelectionChanged();
    m_inboxView->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showSearchHit(Id caseId)
{
    if (caseId == 0 || caseId == m_currentCaseId)
        return;
    // As a selection in the inbox does (onInboxSelectionChanged), for a case that may not be
    // loaded in the inbox at all.
    m_currentCaseId = caseId;
    m_thread->clear();
    if (m_composer)
        m_composer->clearCase();
    const QModelIndex current = m_searchResults->view()->currentIndex();
    m_customerLabel->setText(current.data(SearchResultsModel::AuthorRole).toString());
    m_metaLabel->setText(tr("Loading conversation…"));
    m_threadStack->setCurrentIndex(1);
    loadThread(caseId, true);
}

} // namespace CareDesk
