// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/threadview.h"

#include "ui/messagedelegate.h"
#include "ui/threadmodel.h"

#include <QScrollBar>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    /// Scrolled within this many pixels of the end counts as following the thread.
    constexpr int bottomSlack = 4;

} // namespace

ThreadView::ThreadView(QWidget *parent)
    : QListView(parent)
{
    setObjectName(u"threadView"_s);
    setAccessibleName(tr("Conversation"));
    setItemDelegate(new MessageDelegate(this));
    // Bubbles differ in height, so no uniform item sizes: the model shows a page at first and
    // the delegate remembers what it measured, so a layout stays cheap as pages come in.
    setUniformItemSizes(false);
    setResizeMode(QListView::Adjust);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalScrollBar()->setSingleStep(20);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setFrameShape(QFrame::NoFrame);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { scheduleCheck(); });
}

void ThreadView::setThreadModel(ThreadModel *model)
{
    if (m_thread)
        disconnect(m_thread, &ThreadModel::olderFetched, this, nullptr);
    m_thread = model;
    setModel(model);
    // A page read from the database: put it in front if the agent is still near the top.
    if (m_thread)
        connect(m_thread, &ThreadModel::olderFetched, this, [this] { scheduleCheck(); });
}

bool ThreadView::isAtNewest() const
{
    const QScrollBar *bar = verticalScrollBar();
    return bar->value() >= bar->maximum() - bottomSlack;
}

void ThreadView::scrollToNewest()
{
    scrollToBottom();
}

bool ThreadView::loadOlder()
{
    if (!m_thread || !m_thread->hasOlder() || m_loading)
        return false;
    m_loading = true;
    // Rows come in above: what is below the top of the screen keeps its distance from the end.
    QScrollBar *bar = verticalScrollBar();
    const int fromEnd = bar->maximum() - bar->value();
    // None while the next page is still on its way from the database (olderFetched follows).
    const int added = m_thread->loadOlder();
    if (added > 0) {
        executeDelayedItemsLayout();
        bar->setValue(bar->maximum() - fromEnd);
    }
    m_loading = false;
    return added > 0;
}

void ThreadView::updateGeometries()
{
    QListView::updateGeometries();
    scheduleCheck();
}

void ThreadView::wheelEvent(QWheelEvent *event)
{
    QListView::wheelEvent(event);
    // At the top the scroll bar no longer moves: a page that could not be read is asked again.
    scheduleCheck();
}

void ThreadView::scheduleCheck()
{
    if (m_checkQueued || m_loading || !m_thread || !m_thread->hasOlder())
        return;
    m_checkQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_checkQueued = false;
        checkTop();
    });
}

void ThreadView::checkTop()
{
    if (!m_thread || !m_thread->hasOlder() || m_thread->rowCount() == 0)
        return;
    const QScrollBar *bar = verticalScrollBar();
    // Within a screen of the top (or no scrolling at all: the rows do not fill the view).
    if (bar->value() - bar->minimum() <= viewport()->height() && loadOlder())
        scheduleCheck(); // a short page may leave the top still near
}

} // namespace CareDesk
