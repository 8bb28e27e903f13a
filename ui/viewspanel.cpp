// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/viewspanel.h"

#include "app/core/changefeed.h"
#include "app/core/futures.h"
#include "ui/savedviewdialog.h"
#include "ui/viewsmodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    const QString atRiskSetting = u"views/atRiskMinutes"_s;

    /// Continuations run from the event loop, never inside the call that attached them (a finished
    /// future runs its continuation at once).
    template <typename F> void later(QObject *context, F apply)
    {
        QMetaObject::invokeMethod(context, std::move(apply), Qt::QueuedConnection);
    }

} // namespace

ViewsPanel::ViewsPanel(ViewRepository &views, ChangeFeed &feed, Id me, QWidget *parent)
    : QWidget(parent)
    , m_views(views)
    , m_me(me)
{
    setObjectName(u"viewsPanel"_s);
    m_model = new ViewsModel(me, this);
    m_model->setAtRiskMinutes(QSettings().value(atRiskSetting, 15).toInt());
    m_model->setContents({}, {});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(8, 4, 4, 4);
    auto *title = new QLabel(tr("Views"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    top->addWidget(title, 1);

    m_newViewAction = new QAction(tr("New saved view…"), this);
    m_newViewAction->setObjectName(u"newSavedViewAction"_s);
    m_newViewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_V));
    m_newViewAction->setToolTip(
        tr("Build a view from filters and a sort, and keep it in this panel"));
    connect(m_newViewAction, &QAction::triggered, this, &ViewsPanel::newSavedView);
    m_editViewAction = new QAction(tr("Edit saved view…"), this);
    m_editViewAction->setObjectName(u"editSavedViewAction"_s);
    connect(m_editViewAction, &QAction::triggered, this, &ViewsPanel::editSavedView);
    m_deleteViewAction = new QAction(tr("Delete saved view"), this);
    m_deleteViewAction->setObjectName(u"deleteSavedViewAction"_s);
    connect(m_deleteViewAction, &QAction::triggered, this, &ViewsPanel::deleteSavedView);

    m_newButton = new QToolButton(this);
    m_newButton->setObjectName(u"newSavedViewButton"_s);
    m_newButton->setText(u"+"_s);
    m_newButton->setAutoRaise(true);
    m_newButton->setToolTip(m_newViewAction->toolTip());
    connect(m_newButton, &QToolButton::clicked, this, &ViewsPanel::newSavedView);
    top->addWidget(m_newButton);
    layout->addLayout(top);

    m_view = new QTreeView(this);
    m_view->setObjectName(u"viewsView"_s);
    m_view->setAccessibleName(tr("Views"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setHeaderHidden(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAllColumnsShowFocus(true);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ViewsModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(ViewsModel::CountColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_view, 1);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ViewsPanel::onCurrentChanged);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ViewsPanel::showContextMenu);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // The rows were rebuilt: keep the agent's view selected, without reloading the inbox.
        const int row = m_model->rowOfKey(m_lastKey);
        if (row >= 0) {
            const QSignalBlocker blocker(m_view->selectionModel());
            m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
    });
    m_lastKey = u"all_open"_s;
    selectKey(m_lastKey);

    m_countTimer.setSingleShot(true);
    connect(&m_countTimer, &QTimer::timeout, this, &ViewsPanel::refreshCounts);
    connect(&feed, &ChangeFeed::changed, this, [this] { scheduleCounts(); });
    connect(&feed, &ChangeFeed::resyncNeeded, this, [this] {
        if (m_started)
            reloadContents(currentKey());
    });
    setMinimumWidth(160);
}

ViewsPanel::~ViewsPanel() = default;

void ViewsPanel::start()
{
    if (m_started)
        return;
    m_started = true;
    reloadContents(currentKey());
}

InboxQuery ViewsPanel::currentQuery() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return m_model->queryAt(m_model->rowOfKey(u"all_open"_s));
    return m_model->queryAt(current.row());
}

QString ViewsPanel::currentKey() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(ViewsModel::KeyRole).toString()
                             : m_lastKey;
}

bool ViewsPanel::selectKey(const QString &key)
{
    const int row = m_model->rowOfKey(key);
    if (row < 0)
        return false;
    m_view->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

void ViewsPanel::setAtRiskMinutes(int minutes)
{
    minutes = qBound(1, minutes, 24 * 60);
    QSettings().setValue(atRiskSetting, minutes);
    m_model->setAtRiskMinutes(minutes);
    if (currentKey() == "sla_at_risk"_L1)
        Q_EMIT viewActivated(currentQuery());
    scheduleCounts();
}

void ViewsPanel::reloadContents(const QString &selectKeyAfter)
{
    const quint64 generation = ++m_contentsGeneration;
    m_views.facets().then(QtFuture::Launch::Sync,
        onContext(this, [this, generation, selectKeyAfter](const Result<InboxFacets> &facets) {
            m_views.savedViews(m_me).then(QtFuture::Launch::Sync,
                onContext(this,
                    [this, generation, selectKeyAfter, facets](
                        const Result<QList<SavedView>> &saved) {
                        later(this, [this, generation, selectKeyAfter, facets, saved] {
                            if (generation != m_contentsGeneration)
                                return;
                            if (!facets.ok() || !saved.ok()) {
                                Q_EMIT errorOccurred(
                                    !facets.ok() ? facets.error().message : saved.error().message);
                                return;
                            }
                            m_facets = facets.value();
                            m_model->setContents(m_facets, saved.value());
                            if (!selectKeyAfter.isEmpty() && selectKeyAfter != m_lastKey
                                && m_model->rowOfKey(selectKeyAfter) >= 0)
                                selectKey(selectKeyAfter);
                            else if (m_model->rowOfKey(m_lastKey) < 0)
                                selectKey(u"all_open"_s); // the shown view is gone (deleted)
                            Q_EMIT savedViewsChanged();
                            m_countsDirty = true;
                            if (!m_countsInFlight)
                                refreshCounts();
                        });
                    }));
        }));
}

void ViewsPanel::scheduleCounts()
{
    if (!m_started)
        return;
    m_countsDirty = true;
    if (m_countsInFlight || m_countTimer.isActive())
        return; // the answer under way or the timer picks it up
    // At most every countInterval, and never busier than half the time: counts that take a
    // second (a million open cases) come at most every two.
    const qint64 interval = qMax<qint64>(m_countInterval, 2 * m_lastCountMs);
    const qint64 since = m_sinceCounts.isValid() ? m_sinceCounts.elapsed() : interval;
    m_countTimer.start(static_cast<int>(qMax<qint64>(0, interval - since)));
}

void ViewsPanel::refreshCounts()
{
    if (m_countsInFlight)
        return;
    m_countsDirty = false;
    m_countsInFlight = true;
    m_sinceCounts.start();
    QList<int> rows;
    const QList<InboxQuery> queries = m_model->viewQueries(&rows);
    const quint64 generation = m_contentsGeneration;
    m_views.counts(queries).then(QtFuture::Launch::Sync,
        onContext(this, [this, rows, generation](const Result<QList<qint64>> &counts) {
            later(this, [this, rows, generation, counts] {
                m_countsInFlight = false;
                m_lastCountMs = m_sinceCounts.elapsed();
                if (!counts.ok()) {
                    Q_EMIT errorOccurred(counts.error().message);
                } else if (generation == m_contentsGeneration) {
                    m_model->setCounts(rows, counts.value());
                    Q_EMIT countsUpdated();
                } else {
                    m_countsDirty = true; // counted for rows since rebuilt
                }
                if (m_countsDirty)
                    scheduleCounts();
            });
        }));
}

void ViewsPanel::onCurrentChanged()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || current.siblingAtColumn(0).data(ViewsModel::IsHeadingRole).toBool())
        return;
    const QString key = current.siblingAtColumn(0).data(ViewsModel::KeyRole).toString();
    if (key == m_lastKey)
        return;
    m_lastKey = key;
    Q_EMIT viewActivated(m_model->queryAt(current.row()));
}

void ViewsPanel::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    QMenu menu(this);
    menu.addAction(m_newViewAction);
    if (index.isValid() && m_model->savedViewAt(index.row())) {
        m_view->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        menu.addAction(m_editViewAction);
        menu.addAction(m_deleteViewAction);
    }
    if (index.isValid()
        && index.siblingAtColumn(0).data(ViewsModel::KeyRole).toString() == "sla_at_risk"_L1)
        menu.addAction(tr("Change the at-risk window…"), this, &ViewsPanel::askAtRiskMinutes);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void ViewsPanel::askAtRiskMinutes()
{
    bool ok = false;
    const int minutes = QInputDialog::getInt(this, tr("SLA at risk"),
        tr("Show cases whose response is due within (minutes):"), m_model->atRiskMinutes(), 1,
        24 * 60, 5, &ok);
    if (ok)
        setAtRiskMinutes(minutes);
}

void ViewsPanel::newSavedView()
{
    openDialog(nullptr);
}

void ViewsPanel::editSavedView()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (const SavedView *saved = current.isValid() ? m_model->savedViewAt(current.row()) : nullptr)
        openDialog(saved);
}

void ViewsPanel::openDialog(const SavedView *existing)
{
    // The dialog is window-modal but not run in a nested loop: the answer comes through accepted.
    auto *dialog = new SavedViewDialog(m_facets, m_me, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (existing)
        dialog->setView(*existing);
    connect(dialog, &SavedViewDialog::viewAccepted, this, [this, dialog](const SavedView &view) {
        QPointer<SavedViewDialog> guard(dialog);
        SavedView stored = view;
        stored.agentId = m_me;
        m_views.saveView(stored).then(
            QtFuture::Launch::Sync, onContext(this, [this, guard](const Result<SavedView> &saved) {
                later(this, [this, guard, saved] {
                    if (!saved.ok()) {
                        if (guard)
                            guard->showError(saved.error().message);
                        else
                            Q_EMIT errorOccurred(saved.error().message);
                        return;
                    }
                    if (guard)
                        guard->close();
                    reloadContents(u"saved:"_s + QString::number(saved.value().id));
                });
            }));
    });
    dialog->open();
}

void ViewsPanel::deleteSavedView()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const SavedView *saved = current.isValid() ? m_model->savedViewAt(current.row()) : nullptr;
    if (!saved)
        return;
    const Id id = saved->id;
    m_views.removeView(id, m_me).then(
        QtFuture::Launch::Sync, onContext(this, [this](const Result<Done> &removed) {
            later(this, [this, removed] {
                if (!removed.ok()) {
                    Q_EMIT errorOccurred(removed.error().message);
                    return;
                }
                reloadContents(u"all_open"_s);
            });
        }));
}

} // namespace CareDesk
