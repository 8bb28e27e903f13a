// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/changefeed.h"
#include "app/storage/databaseconfig.h"

#include <QThread>

namespace CareDesk {

class ChangeWatcher;

/// The change feed over the change_log table, on a thread and a connection of its own.
/// SQLite: polls `PRAGMA data_version` (which moves when any other connection or process
/// commits). PostgreSQL: LISTENs for `caredesk_changes` (ids only) and runs a heartbeat query,
/// because Qt's driver says nothing when the server drops a listening connection; after a
/// reconnect it asks for a resync. Either way the table is the truth and notifications are hints.
class SqlChangeFeed final : public ChangeFeed
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlChangeFeed)

public:
    explicit SqlChangeFeed(const DatabaseConfig &config, QObject *parent = nullptr);
    ~SqlChangeFeed() override;

    void start() override;
    void stop() override;
    /// How often the feed looks (SQLite) or checks its connection (PostgreSQL).
    void setInterval(int milliseconds) { m_intervalMs = milliseconds; }
    /// Reports the changes after seq: the change_seq read together with the data the caller
    /// shows (WorkspaceRepository::changeSeq). Without it the feed starts from the change_seq it
    /// finds when its connection opens, and a write committed between the caller's read and
    /// that moment is never reported. Call before start().
    void setStartSeq(qint64 seq) { m_startSeq = seq; }

private:
    DatabaseConfig m_config;
    QThread m_thread;
    ChangeWatcher *m_watcher = nullptr;
    int m_intervalMs = 100;
    qint64 m_startSeq = -1;
};

} // namespace CareDesk
