// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListView>

namespace CareDesk {

class ThreadModel;

/// The conversation of a case as the main window and a popped-out case window both show it:
/// message bubbles (MessageDelegate) over a ThreadModel, oldest at the top, opened at the newest.
/// The model holds a long thread's start back; this view puts it in front a page at a time as
/// the agent scrolls up (or while the rows do not fill the screen), keeping the message in sight
/// where it is, so a case of thousands of messages shows its first screen after laying out one
/// page of rows.
class ThreadView final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreadView)

public:
    explicit ThreadView(QWidget *parent = nullptr);

    /// Also the view's model.
    void setThreadModel(ThreadModel *model);
    ThreadModel *threadModel() const { return m_thread; }

    /// Whether the newest message is in view (within a few pixels of the end): a thread being
    /// read follows new messages only then.
    bool isAtNewest() const;
    /// Scrolls to the newest message.
    void scrollToNewest();
    /// Puts the next page of held-back messages in front, keeping what is on screen where it
    /// is; false when there were none at hand (a page still being read from the database comes
    /// in by itself while the agent is near the top).
    bool loadOlder();

protected:
    void updateGeometries() override;
    void wheelEvent(QWheelEvent *event) override;

private:
    /// Loads older messages while the agent is within a screen of the top, or the rows do not
    /// fill the view; from the event loop, never inside a layout or a scroll-bar signal.
    void scheduleCheck();
    void checkTop();

    ThreadModel *m_thread = nullptr;
    bool m_checkQueued = false;
    bool m_loading = false;
};

} // namespace CareDesk
