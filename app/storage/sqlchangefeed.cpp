// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/sqlchangefeed.h"

#include "app/storage/database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QTimer>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

/// Lives on the feed's thread; owns the watching connection.
class ChangeWatcher final : public QObject
{
    Q_OBJECT

public:
    ChangeWatcher(const DatabaseConfig &config, int intervalMs, qint64 startSeq)
        : m_config(config)
        , m_intervalMs(intervalMs)
        , m_lastSeq(startSeq)
    {
    }

    void begin()
    {
        m_timer = new QTimer(this);
        m_timer->setInterval(m_intervalMs);
        connect(m_timer, &QTimer::timeout, this, &ChangeWatcher::tick);
        if (connectDatabase(false))
            m_timer->start();
        else
            m_timer->start(1000);
    }

    void end()
    {
        if (m_timer)
            m_timer->stop();
        m_db.reset();
    }

Q_SIGNALS:
    void changed(qint64 seq, const QList<CareDesk::Id> &caseIds);
    void resyncNeeded();
    void unavailable(const QString &reason);

private:
    bool connectDatabase(bool afterGap)
    {
        Result<std::unique_ptr<Database>> opened = Database::open(m_config, Database::OpenMode::Existing);
        if (!opened.ok()) {
            if (!m_reportedDown)
                Q_EMIT unavailable(opened.error().message);
            m_reportedDown = true;
            return false;
        }
        m_db = std::move(opened.value());
        if (m_db->isPostgres()) {
            QSqlDriver *driver = m_db->sql().driver();
            connect(driver, &QSqlDriver::notification, this,
                    [this](const QString &, QSqlDriver::NotificationSource, const QVariant &) { readNew(); });
            if (!driver->subscribeToNotification(u"caredesk_changes"_s)) {
                Q_EMIT unavailable(m_db->errorFrom(driver->lastError(), tr("listen for changes")).message);
                m_db.reset();
                return false;
            }
        }
        if (m_lastSeq < 0 || afterGap) {
            Result<QSqlQuery> seq = m_db->exec(u"SELECT value FROM change_seq WHERE id = 1"_s);
            if (!seq.ok()) {
                m_db.reset();
                return false;
            }
            const qint64 current = seq.value().next() ? seq.value().value(0).toLongLong() : 0;
            if (m_lastSeq < 0) {
                m_lastSeq = current;
            } else {
                // What happened while we were away is read from the table below; the views
                // still reload, since a gap may hide changes the log does not describe.
                readNew();
                Q_EMIT resyncNeeded();
            }
        }
        m_reportedDown = false;
        m_timer->setInterval(m_intervalMs);
        return true;
    }

    void tick()
    {
        if (!m_db) {
            connectDatabase(true);
            return;
        }
        if (m_db->isPostgres()) {
            // The heartbeat: the driver reports nothing when the server drops a listener.
            // isOpen() asks libpq, which may already know; a query on a closed connection warns.
            Result<QSqlQuery> alive = m_db->sql().isOpen()
                ? m_db->exec(u"SELECT value FROM change_seq WHERE id = 1"_s)
                : Result<QSqlQuery>(Error { ErrorCode::Unavailable,
                                            tr("The connection to %1 was lost.").arg(m_config.displayName()) });
            if (!alive.ok()) {
                m_db.reset();
                Q_EMIT unavailable(alive.error().message);
                m_reportedDown = true;
                m_timer->setInterval(1000);
                return;
            }
            if (alive.value().next() && alive.value().value(0).toLongLong() != m_lastSeq)
                readNew();
            return;
        }
        Result<QSqlQuery> version = m_db->exec(u"PRAGMA data_version"_s);
        if (!version.ok())
            return;
        const qint64 value = version.value().next() ? version.value().value(0).toLongLong() : 0;
        version.value().finish();
        if (value != m_dataVersion) {
            m_dataVersion = value;
            readNew();
        }
    }

    void readNew()
    {
        Result<QSqlQuery> q = m_db->exec(
            u"SELECT seq, case_id FROM change_log WHERE seq > ? ORDER BY seq LIMIT 20000"_s, { m_lastSeq });
        if (!q.ok())
            return;
        QList<Id> ids;
        qint64 last = m_lastSeq;
        int rows = 0;
        while (q.value().next()) {
            last = q.value().value(0).toLongLong();
            const Id caseId = q.value().value(1).toLongLong();
            if (caseId != 0 && !ids.contains(caseId))
                ids.append(caseId);
            ++rows;
        }
        q.value().finish();
        if (last == m_lastSeq)
            return;
        m_lastSeq = last;
        if (rows >= 20000)
            Q_EMIT resyncNeeded();
        else
            Q_EMIT changed(last, ids);
    }

    DatabaseConfig m_config;
    int m_intervalMs;
    std::unique_ptr<Database> m_db;
    QTimer *m_timer = nullptr;
    qint64 m_lastSeq = -1;
    qint64 m_dataVersion = -1;
    bool m_reportedDown = false;
};

SqlChangeFeed::SqlChangeFeed(const DatabaseConfig &config, QObject *parent)
    : ChangeFeed(parent)
    , m_config(config)
{
    m_thread.setObjectName(u"caredesk-feed"_s);
}

SqlChangeFeed::~SqlChangeFeed()
{
    stop();
}

void SqlChangeFeed::start()
{
    if (m_watcher)
        return;
    m_watcher = new ChangeWatcher(m_config, m_intervalMs, m_startSeq);
    m_watcher->moveToThread(&m_thread);
    connect(m_watcher, &ChangeWatcher::changed, this, &ChangeFeed::changed);
    connect(m_watcher, &ChangeWatcher::resyncNeeded, this, &ChangeFeed::resyncNeeded);
    connect(m_watcher, &ChangeWatcher::unavailable, this, &ChangeFeed::unavailable);
    connect(&m_thread, &QThread::finished, m_watcher, [watcher = m_watcher] {
        watcher->end();
        delete watcher;
    }, Qt::DirectConnection);
    m_thread.start();
    QMetaObject::invokeMethod(m_watcher, &ChangeWatcher::begin, Qt::QueuedConnection);
}

void SqlChangeFeed::stop()
{
    if (!m_watcher)
        return;
    m_thread.quit();
    m_thread.wait();
    m_watcher = nullptr;
}

} // namespace CareDesk

#include "sqlchangefeed.moc"
