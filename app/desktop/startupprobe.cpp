// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop/startupprobe.h"

#include <QAbstractItemView>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QTimer>

#include <ctime>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

// Info (the one line bench_gui reads) is on by default; the steps before it are debug.
Q_LOGGING_CATEGORY(lcStartup, "caredesk.startup", QtInfoMsg)

namespace {

    /// Started with the program's static data: the fallback where /proc is missing.
    const QElapsedTimer staticStart = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();

} // namespace

StartupProbe::StartupProbe(QAbstractItemView *inbox, QObject *parent)
    : QObject(parent)
    , m_inbox(inbox)
{
    inbox->viewport()->installEventFilter(this);
}

qint64 StartupProbe::sinceProcessStart()
{
#ifdef Q_OS_LINUX
    // Field 22 of /proc/self/stat: the start time in clock ticks after boot (CLOCK_BOOTTIME).
    QFile stat(u"/proc/self/stat"_s);
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray line = stat.readAll();
        const qsizetype commEnd = line.lastIndexOf(')');
        const QList<QByteArray> fields = line.mid(commEnd + 2).split(' ');
        // After the command: state is field 3, so the start time is index 22 - 3.
        bool ok = false;
        const qint64 ticks = fields.size() > 19 ? fields.at(19).toLongLong(&ok) : 0;
        timespec now {};
        if (ok && clock_gettime(CLOCK_BOOTTIME, &now) == 0) {
            const qint64 nowMs = qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
            return nowMs - ticks * 1000 / sysconf(_SC_CLK_TCK);
        }
    }
#endif
    return staticStart.elapsed();
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_done && event->type() == QEvent::Paint && m_inbox && watched == m_inbox->viewport()
        && m_inbox->model() && m_inbox->model()->rowCount() > 0) {
        m_done = true;
        watched->removeEventFilter(this);
        // Right after this paint reaches the screen (the filter runs before it).
        QTimer::singleShot(0, this, [this] {
            const int rows = m_inbox ? m_inbox->model()->rowCount() : 0;
            qCInfo(lcStartup, "first inbox page painted after %lld ms (%d rows)",
                static_cast<long long>(sinceProcessStart()), rows);
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace CareDesk
