// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/sqlpresencefeed.h"

#include "app/storage/database.h"

#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QTimer>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

/// Lives on the feed's thread; owns the watching connection.
class PresenceWatcher final : public QObject
{
    Q_OBJECT

public:
    PresenceWatcher(const DatabaseConfig &config, int intervalMs)
        : m_config(config)
        , m_intervalMs(intervalMs)
    {
    }

    void begin()
    {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &PresenceWatcher::tick);
        m_timer->start(connectDatabase(false) ? interval() : 1000);
    }

    void end()
    {
        if (m_timer)
            m_timer->stop();
        m_db.reset();
    }

Q_SIGNALS:
    void presenceChanged(CareDesk::Id agentId, CareDesk::Id caseId, const QString &activity);
    void resyncNeeded();

private:
    struct Seen {
        Id caseId = 0;
        QString activity;
        bool operator==(const Seen &other) const
        {
            return caseId == other.caseId && activity == other.activity;
        }
    };

    int interval() const
    {
        // A listener only needs to notice a dead connection; the table poll is the SQLite feed.
        return m_config.isPostgres() ? std::max(m_intervalMs, 1000) : m_intervalMs;
    }

    bool connectDatabase(bool afterGap)
    {
        Result<std::unique_ptr<Database>> opened
            = Database::open(m_config, Database::OpenMode::Existing);
        if (!opened.ok())
            return false;
        m_db = std::move(opened.value());
        if (m_db->isPostgres()) {
            QSqlDriver *driver = m_db->sql().driver();
            connect(driver, &QSqlDriver::notification, this,
                [this](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                    received(payload.toString());
                });
            if (!driver->subscribeToNotification(u"caredesk_presence"_s)) {
                m_db.reset();
                return false;
            }
        }
        if (afterGap)
            Q_EMIT resyncNeeded();
        return true;
    }

    void received(const QString &payload)
    {
        const QStringList parts = payload.split(u' ');
        if (parts.size() != 3)
            return;
        Q_EMIT presenceChanged(parts.at(0).toLongLong(), parts.at(1).toLongLong(), parts.at(2));
    }

    void tick()
    {
        if (!m_db) {
            if (connectDatabase(true))
                m_timer->setInterval(interval());
            return;
        }
        if (m_db->isPostgres()) {
            Result<QSqlQuery> alive = m_db->sql().isOpen()
                ? m_db->exec(u"SELECT 1"_s)
                : Result<QSqlQuery>(Error { ErrorCode::Unavailable, QString() });
            if (!alive.ok()) {
                m_db.reset();
                m_timer->setInterval(1000);
            }
            return;
        }
        Result<QSqlQuery> rows
            = m_db->exec(u"SELECT agent_id, COALESCE(case_id, 0), activity FROM presence"_s);
        if (!rows.ok())
            return;
        QHash<Id, Seen> now;
        while (rows.value().next()) {
            now.insert(rows.value().value(0).toLongLong(),
                Seen { rows.value().value(1).toLongLong(), rows.value().value(2).toString() });
        }
        rows.value().finish();
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            const auto before = m_seen.constFind(it.key());
            if (before == m_seen.cend() || !(*before == it.value()))
                Q_EMIT presenceChanged(it.key(), it.value().caseId, it.value().activity);
        }
        for (auto it = m_seen.cbegin(); it != m_seen.cend(); ++it) {
            if (!now.contains(it.key()))
                Q_EMIT presenceChanged(it.key(), 0, QString());
        }
        m_seen = now;
    }

    DatabaseConfig m_config;
    int m_intervalMs;
    std::unique_ptr<Database> m_db;
    QTimer *m_timer = nullptr;
    QHash<Id, Seen> m_seen;
};

SqlPresenceFeed::SqlPresenceFeed(const DatabaseConfig &config, QObject *parent)
    : PresenceFeed(parent)
    , m_config(config)
{
    m_thread.setObjectName(u"caredesk-presence"_s);
}

SqlPresenceFeed::~SqlPresenceFeed()
{
    stop();
}

void SqlPresenceFeed::start()
{
    if (m_watcher)
        return;
    m_watcher = new PresenceWatcher(m_config, m_intervalMs);
    m_watcher->moveToThread(&m_thread);
    connect(m_watcher, &PresenceWatcher::presenceChanged, this, &PresenceFeed::presenceChanged);
    connect(m_watcher, &PresenceWatcher::resyncNeeded, this, &PresenceFeed::resyncNeeded);
    connect(
        &m_thread, &QThread::finished, m_watcher,
        [watcher = m_watcher] {
            watcher->end();
            delete watcher;
        },
        Qt::DirectConnection);
    m_thread.start();
    QMetaObject::invokeMethod(m_watcher, &PresenceWatcher::begin, Qt::QueuedConnection);
}

void SqlPresenceFeed::stop()
{
    if (!m_watcher)
        return;
    m_thread.quit();
    m_thread.wait();
    m_watcher = nullptr;
}

} // namespace CareDesk

#include "sqlpresencefeed.moc"
