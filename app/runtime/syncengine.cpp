// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/runtime/syncengine.h"

#include "app/core/futures.h"
#include "app/platforms/httpclient.h"
#include "app/platforms/liveconnector.h"
#include "app/platforms/mastodon/mastodonconnector.h"
#include "app/platforms/mastodon/mastodonstreaming.h"
#include "app/platforms/outboxsender.h"
#include "app/platforms/poller.h"
#include "app/runtime/connectors.h"
#include "app/runtime/workspace.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

Q_LOGGING_CATEGORY(lcSync, "caredesk.sync")

struct SyncEngine::Lane {
    Account account;
    std::shared_ptr<Connector> connector;
    std::unique_ptr<Poller> poller;
    std::unique_ptr<Mastodon::MastodonStream> stream;
    AccountHealthRecord health;
    QHash<QString, Millis> nextPolls;
    bool pollerDone = false;
    /// This program holds the account's poll lease: its health is the account's health. A
    /// program that only sends (another one polls) keeps its view to itself.
    bool holding = false;
};

SyncEngine::SyncEngine(Workspace &workspace, QNetworkAccessManager &network, SecretStore &secrets,
    const Options &options, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_options(options)
    , m_network(network)
    , m_http(std::make_unique<HttpClient>(network, workspace.clock()))
    , m_secrets(secrets)
    , m_sender(std::make_unique<OutboxSender>(workspace.outbox()))
{
    if (m_options.reporter.isEmpty())
        m_options.reporter = QCoreApplication::applicationName();
    m_holder = u"%1 %2@%3"_s.arg(m_options.reporter)
                   .arg(QCoreApplication::applicationPid())
                   .arg(QHostInfo::localHostName());
    m_saveTimer.setSingleShot(true);
    connect(&m_saveTimer, &QTimer::timeout, this, &SyncEngine::flushHealth);
    connect(m_sender.get(), &OutboxSender::error, this, &SyncEngine::problem);
    connect(
        m_sender.get(), &OutboxSender::idle, this,
        [this] {
            if (m_options.once && m_sending && m_polling == 0) {
                m_sending = false;
                flushHealth();
                // After the health is written: the caller may close the workspace on finished().
                m_workspace.accountHealth().list().then(QtFuture::Launch::Sync,
                    onContext(this,
                        [this](const Result<QList<AccountHealthRecord>> &) { Q_EMIT finished(); }));
            }
        },
        Qt::QueuedConnection);
}

SyncEngine::~SyncEngine()
{
    stop();
    // The sender refers to connectors: it goes first.
    m_sender.reset();
    m_lanes.clear();
}

Result<Done> SyncEngine::addAccount(const Account &account)
{
    if (!account.enabled || m_lanes.count(account.id) != 0)
        return Done {};
    LiveConnectorContext live;
    live.http = m_http.get();
    live.secrets = &m_secrets;
    live.clock = &m_workspace.clock();
    live.longPollSeconds = m_options.once ? 0 : m_options.longPollSeconds;
    Result<std::shared_ptr<Connector>> connector = Connectors::create(account, live);
    if (!connector.ok())
        return connector.error();
    auto lane = std::make_unique<Lane>();
    lane->account = account;
    lane->connector = connector.value();
    lane->health.accountId = account.id;
    lane->health.reporter = m_options.reporter;
    const Id id = account.id;
    m_sender->addAccount(id, lane->connector.get());
    if (account.connector == ConnectorKind::Live) {
        auto *liveConnector = static_cast<LiveConnector *>(lane->connector.get());
        const Connector *raw = lane->connector.get();
        liveConnector->setHealthObserver(
            [this, id, raw](const AccountHealth &h) { onConnectorHealth(id, raw, h); });
        Poller::Options options;
        options.once = m_options.once;
        options.intervalMs = m_options.pollIntervalMs;
        options.leases = &m_workspace.team();
        options.leaseHolder = m_holder;
        lane->poller = std::make_unique<Poller>(account, *lane->connector, m_workspace.accounts(),
            m_workspace.cases(), m_workspace.clock(), options);
        Poller *poller = lane->poller.get();
        connect(poller, &Poller::stored, this,
            [this, id](qint64, const QString &, int inserted, int, int) {
                if (auto it = m_lanes.find(id); it != m_lanes.end()) {
                    it->second->holding = true;
                    it->second->health.lastSyncAt = m_workspace.clock().now();
                    startStream(*it->second);
                    touch(id);
                }
                if (inserted > 0)
                    Q_EMIT received(id, inserted);
            });
        connect(poller, &Poller::failed, this,
            [this, id](qint64, const QString &stream, const QString &message) {
                if (stream.isEmpty()) {
                    // Another program holds the lease: it streams and reports the health.
                    if (auto it = m_lanes.find(id); it != m_lanes.end()) {
                        it->second->holding = false;
                        if (it->second->stream)
                            it->second->stream->stop();
                    }
                }
                Q_EMIT pollFailed(id, stream, message);
            });
        connect(
            poller, &Poller::scheduled, this, [this, id](qint64, const QString &stream, qint64 at) {
                auto it = m_lanes.find(id);
                if (it == m_lanes.end())
                    return;
                Lane &l = *it->second;
                l.holding = true;
                l.nextPolls.insert(stream, at);
                Millis next = 0;
                for (Millis t : std::as_const(l.nextPolls))
                    next = next == 0 ? t : qMin(next, t);
                l.health.nextPollAt = next;
                // Holding the lease: this program may stream as well.
                startStream(l);
                touch(id);
            });
        connect(poller, &Poller::finished, this, [this, id] {
            if (auto it = m_lanes.find(id); it != m_lanes.end() && !it->second->pollerDone) {
                it->second->pollerDone = true;
                pollerFinished();
            }
        });
    }
    Lane &ref = *lane;
    m_lanes.emplace(id, std::move(lane));
    if (m_running)
        startLane(ref);
    return Done {};
}

void SyncEngine::removeAccount(Id accountId)
{
    auto it = m_lanes.find(accountId);
    if (it == m_lanes.end())
        return;
    stopLane(*it->second);
    if (it->second->poller && !it->second->pollerDone && m_options.once) {
        it->second->pollerDone = true;
        pollerFinished();
    }
    m_sender->removeAccount(accountId);
    m_retired.append(it->second->connector);
    if (auto *live = dynamic_cast<LiveConnector *>(it->second->connector.get()))
        live->setHealthObserver({});
    m_dirty.remove(accountId);
    // Its replies still queued stay in the outbox; one being sent right now is completed.
    m_lanes.erase(it);
}

Result<Done> SyncEngine::restartAccount(const Account &account)
{
    removeAccount(account.id);
    return addAccount(account);
}

void SyncEngine::start()
{
    if (m_running)
        return;
    m_running = true;
    m_polling = 0;
    for (auto &[id, lane] : m_lanes) {
        if (lane->poller) {
            ++m_polling;
            lane->pollerDone = false;
        }
    }
    for (auto &[id, lane] : m_lanes)
        startLane(*lane);
    if (!m_options.once) {
        m_sender->start(m_options.senderIntervalMs);
    } else if (m_polling == 0) {
        // Nothing to poll: deliver at once.
        m_polling = 1;
        pollerFinished();
    }
}

void SyncEngine::stop()
{
    if (!m_running)
        return;
    m_running = false;
    for (auto &[id, lane] : m_lanes)
        stopLane(*lane);
    flushHealth();
}

void SyncEngine::startLane(Lane &lane)
{
    if (lane.poller)
        lane.poller->start();
}

void SyncEngine::stopLane(Lane &lane)
{
    if (lane.stream)
        lane.stream->stop();
    if (lane.poller)
        lane.poller->stop();
    lane.health.streaming = false;
    lane.health.nextPollAt = 0;
    if (lane.connector->kind() == ConnectorKind::Live)
        touch(lane.account.id);
}

void SyncEngine::startStream(Lane &lane)
{
    if (!m_running || m_options.once || !m_options.streaming
        || lane.account.platform != Platform::Mastodon
        || lane.account.connector != ConnectorKind::Live)
        return;
    if (!lane.stream) {
        Mastodon::MastodonStream::Options options;
        options.reconnectMs = m_options.streamReconnectMs;
        options.idleTimeoutMs = m_options.streamIdleTimeoutMs;
        auto *connector = static_cast<Mastodon::MastodonConnector *>(lane.connector.get());
        lane.stream = std::make_unique<Mastodon::MastodonStream>(m_network, *connector, options);
        const Id id = lane.account.id;
        Mastodon::MastodonStream *stream = lane.stream.get();
        connect(stream, &Mastodon::MastodonStream::live, this, [this, id] {
            auto it = m_lanes.find(id);
            if (it == m_lanes.end())
                return;
            Lane &l = *it->second;
            l.health.streaming = true;
            touch(id);
            // Whatever came while the stream was closed: catch up from the cursor once, then
            // poll only now and then as a safety net.
            l.poller->setInterval(
                Mastodon::MastodonConnector::mentionsStream, m_options.streamingPollIntervalMs);
            l.poller->pollNow(Mastodon::MastodonConnector::mentionsStream);
        });
        connect(stream, &Mastodon::MastodonStream::down, this, [this, id](const QString &reason) {
            auto it = m_lanes.find(id);
            if (it == m_lanes.end())
                return;
            Lane &l = *it->second;
            qCInfo(lcSync) << "account" << id << reason;
            const bool wasStreaming = l.health.streaming;
            l.health.streaming = false;
            touch(id);
            l.poller->setInterval(Mastodon::MastodonConnector::mentionsStream, 0);
            if (wasStreaming)
                l.poller->pollNow(Mastodon::MastodonConnector::mentionsStream);
        });
        connect(stream, &Mastodon::MastodonStream::received, this,
            [this, id](const QList<IncomingMessage> &messages, int) {
                if (messages.isEmpty())
                    return;
                // The same path as a polled page, without the cursor: the poller stays its
                // authority, and a message it fetches again is a duplicate, ignored.
                IngestBatch batch;
                batch.accountId = id;
                batch.stream = Mastodon::MastodonConnector::mentionsStream;
                batch.messages = messages;
                m_workspace.cases().ingest(batch).then(QtFuture::Launch::Sync,
                    onContext(this, [this, id](const Result<IngestResult> &stored) {
                        if (!stored.ok()) {
                            Q_EMIT problem(stored.error().message);
                            return;
                        }
                        if (auto it = m_lanes.find(id); it != m_lanes.end()) {
                            it->second->health.lastSyncAt = m_workspace.clock().now();
                            touch(id);
                        }
                        if (stored.value().inserted > 0)
                            Q_EMIT received(id, stored.value().inserted);
                    }));
            });
    }
    if (!lane.stream->isLive())
        lane.stream->start();
}

void SyncEngine::onConnectorHealth(Id accountId, const Connector *connector, const AccountHealth &h)
{
    auto it = m_lanes.find(accountId);
    if (it == m_lanes.end() || it->second->connector.get() != connector)
        return;
    AccountHealthRecord &r = it->second->health;
    const bool wasPaused = r.paused;
    r.paused = h.paused;
    r.pauseReason = h.pauseReason;
    r.lastSyncAt = qMax(r.lastSyncAt, h.lastSuccessAt);
    r.lastErrorAt = h.lastErrorAt;
    r.lastError = h.lastError;
    r.rateLimit = h.rateLimit;
    r.rateLimitRemaining = h.rateLimitRemaining;
    r.rateLimitResetAt = h.rateLimitResetAt;
    r.dailyLimit = h.dailyLimit;
    r.dailyRemaining = h.dailyRemaining;
    r.dailyResetAt = h.dailyResetAt;
    touch(accountId);
    if (wasPaused != r.paused)
        Q_EMIT pausedChanged(accountId, r.paused, r.pauseReason);
}

void SyncEngine::touch(Id accountId)
{
    m_dirty.insert(accountId);
    if (!m_saveTimer.isActive())
        m_saveTimer.start(0);
}

void SyncEngine::flushHealth()
{
    m_saveTimer.stop();
    const QSet<Id> dirty = std::exchange(m_dirty, {});
    for (Id id : dirty) {
        auto it = m_lanes.find(id);
        if (it == m_lanes.end())
            continue;
        const AccountHealthRecord record = it->second->health;
        if (!it->second->holding)
            continue;
        m_workspace.accountHealth().save(record).then(
            QtFuture::Launch::Sync, onContext(this, [this](const Result<Done> &saved) {
                if (!saved.ok())
                    qCWarning(lcSync) << saved.error().message;
            }));
        // After the save is queued: a reader of the repository that reacts to this sees it
        // (the database thread runs jobs in order).
        Q_EMIT healthChanged(record);
    }
}

void SyncEngine::pollerFinished()
{
    if (!m_options.once || --m_polling > 0)
        return;
    m_polling = 0;
    m_sending = true;
    m_sender->start(m_options.senderIntervalMs);
}

bool SyncEngine::hasAccount(Id accountId) const
{
    return m_lanes.count(accountId) != 0;
}

Account SyncEngine::account(Id accountId) const
{
    auto it = m_lanes.find(accountId);
    return it == m_lanes.end() ? Account {} : it->second->account;
}

Connector *SyncEngine::connector(Id accountId) const
{
    auto it = m_lanes.find(accountId);
    return it == m_lanes.end() ? nullptr : it->second->connector.get();
}

int SyncEngine::pollerCount() const
{
    int count = 0;
    for (const auto &[id, lane] : m_lanes)
        count += lane->poller ? 1 : 0;
    return count;
}

AccountHealthRecord SyncEngine::health(Id accountId) const
{
    auto it = m_lanes.find(accountId);
    return it == m_lanes.end() ? AccountHealthRecord {} : it->second->health;
}

} // namespace CareDesk
