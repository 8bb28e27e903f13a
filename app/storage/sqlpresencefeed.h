// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/teamrepository.h"
#include "app/storage/databaseconfig.h"

#include <QThread>

namespace CareDesk {

class PresenceWatcher;

/// Presence of the other agents, on a thread and a connection of its own. PostgreSQL: LISTENs
/// for `caredesk_presence` (agent id, case id, activity: no names, no text) and runs a heartbeat
/// query, because Qt's driver says nothing when the server drops a listening connection; after a
/// reconnect it asks for a resync. SQLite: compares the presence table on every interval.
class SqlPresenceFeed final : public PresenceFeed
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlPresenceFeed)

public:
    explicit SqlPresenceFeed(const DatabaseConfig &config, QObject *parent = nullptr);
    ~SqlPresenceFeed() override;

    void start() override;
    void stop() override;
    /// How often the feed looks (SQLite) or checks its connection (PostgreSQL). Call before
    /// start().
    void setInterval(int milliseconds) { m_intervalMs = milliseconds; }

private:
    DatabaseConfig m_config;
    QThread m_thread;
    PresenceWatcher *m_watcher = nullptr;
    int m_intervalMs = 250;
};

} // namespace CareDesk
