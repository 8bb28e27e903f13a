// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/clock.h"
#include "app/core/repositories.h"
#include "app/platforms/demo/demotraffic.h"

#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

namespace CareDesk::Demo {

/// New customer traffic for a demo workspace while the desktop runs: every few seconds a new
/// case or a follow-up in an open one, as batches for the same ingest path real platforms use.
class DemoLiveStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoLiveStream)

public:
    DemoLiveStream(DemoTraffic traffic, QList<OpenThread> openThreads, QHash<Platform, Id> accounts,
                   const Clock &clock, QObject *parent = nullptr);

    /// Mean seconds between messages (jittered by half either way).
    void setInterval(int milliseconds);
    void start();
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    /// Produces the next message at once (the timer calls this).
    IngestBatch next();

Q_SIGNALS:
    void batchReady(const CareDesk::IngestBatch &batch);

private:
    void schedule();
    DemoTraffic m_traffic;
    QList<OpenThread> m_openThreads;
    QHash<Platform, Id> m_accounts;
    const Clock &m_clock;
    QRandomGenerator m_rng;
    QTimer m_timer;
    int m_intervalMs = 5000;
    bool m_paused = false;
    quint64 m_counter = 0;
    QString m_session;
};

} // namespace CareDesk::Demo
