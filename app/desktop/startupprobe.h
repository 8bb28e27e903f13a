// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>
#include <QObject>
#include <QPointer>

class QAbstractItemView;

namespace CareDesk {

Q_DECLARE_LOGGING_CATEGORY(lcStartup)

/// Writes "first inbox page painted after N ms" under the logging category caredesk.startup
/// once the inbox view has painted rows for the first time: the moment the agent can start,
/// measured from the process's start (the kernel's record of it, so loading the program counts).
/// tests/bench/bench_gui reads the line.
class StartupProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartupProbe)

public:
    explicit StartupProbe(QAbstractItemView *inbox, QObject *parent = nullptr);

    /// Milliseconds since this process started.
    static qint64 sinceProcessStart();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QAbstractItemView> m_inbox;
    bool m_done = false;
};

} // namespace CareDesk
