// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/accounthealth.h"
#include "app/core/connector.h"
#include "app/core/domain.h"
#include "app/core/secretstore.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <map>
#include <memory>

class QNetworkAccessManager;

namespace CareDesk {

struct AccountHealth;
class HttpClient;
class OutboxSender;
class Poller;
class Workspace;
namespace Mastodon {
    class MastodonStream;
}

/// Talks to the platforms for one workspace: a poller per live account and stream from the
/// stored cursors (under the account's poll lease, so the desktop and `caredesk-cli sync` never
/// poll one account twice), Mastodon's notification stream with polling as its fallback and
/// catch-up, and the outbox sender for every account. Tokens come from the SecretStore; a refused
/// or missing token pauses the account (pausedChanged) and its replies stay queued. Each live
/// account's health is kept in the workspace (AccountHealthRepository) for every program to see.
/// The desktop and the CLI both run this class, so both behave alike.
class SyncEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncEngine)

public:
    struct Options {
        /// One pass: poll every account until it has nothing more, then deliver the outbox once,
        /// then finished(). No streaming, no long polls.
        bool once = false;
        /// Between polls of accounts without long polling or streaming.
        int pollIntervalMs = 30 * 1000;
        /// How long a long poll (Telegram getUpdates) waits for news.
        int longPollSeconds = 25;
        /// Mastodon's notification stream; polling remains the fallback.
        bool streaming = true;
        /// While a stream is live, its mentions are still polled this often, as a safety net.
        int streamingPollIntervalMs = 5 * 60 * 1000;
        int streamReconnectMs = 5 * 1000;
        int streamIdleTimeoutMs = 60 * 1000;
        /// How often the sender looks for replies queued by other programs and due retries.
        int senderIntervalMs = 2000;
        /// Who polls: names the lease holder and the health's reporter ("desktop" ...).
        QString reporter;
    };

    /// workspace, network and secrets are not owned and must outlive the engine.
    SyncEngine(Workspace &workspace, QNetworkAccessManager &network, SecretStore &secrets,
        const Options &options, QObject *parent = nullptr);
    ~SyncEngine() override;

    /// Adds an account: its connector and sender lane, and for a live account its poller and
    /// stream. Started at once when the engine runs. Disabled accounts are left out. An error
    /// when no connector can be made for it (the rest still run).
    Result<Done> addAccount(const Account &account);
    /// Stops polling and streaming an account (removed or disabled).
    void removeAccount(Id accountId);
    /// Starts an account afresh (a new token was stored): the connector reads the keychain again.
    Result<Done> restartAccount(const Account &account);

    void start();
    /// Stops every poller and stream, gives the leases back and writes the last health.
    void stop();

    bool hasAccount(Id accountId) const;
    /// The account as it was added (an empty Account when it is not here).
    Account account(Id accountId) const;
    Connector *connector(Id accountId) const;
    /// Live accounts being polled.
    int pollerCount() const;
    /// The account's health as this program sees it now (outbox counts not included).
    AccountHealthRecord health(Id accountId) const;
    OutboxSender &sender() { return *m_sender; }
    HttpClient &http() { return *m_http; }

Q_SIGNALS:
    /// New messages were stored for an account (from a poll or a stream).
    void received(qint64 accountId, int inserted);
    /// A poll failed (stream empty: the poll lease, held by another program).
    void pollFailed(qint64 accountId, const QString &stream, const QString &message);
    /// An account was paused (its token refused or missing) or resumed.
    void pausedChanged(qint64 accountId, bool paused, const QString &reason);
    /// The account's health changed; it is on its way to the workspace (a read of
    /// AccountHealthRepository made from here on sees it).
    void healthChanged(const CareDesk::AccountHealthRecord &health);
    /// Outbox and connector problems, one sentence each.
    void problem(const QString &message);
    /// Options::once: polling and one drain of the outbox are over.
    void finished();

private:
    struct Lane;

    void startLane(Lane &lane);
    void stopLane(Lane &lane);
    void startStream(Lane &lane);
    void onConnectorHealth(Id accountId, const Connector *connector, const AccountHealth &h);
    void touch(Id accountId);
    void flushHealth();
    void pollerFinished();

    Workspace &m_workspace;
    Options m_options;
    QNetworkAccessManager &m_network;
    std::unique_ptr<HttpClient> m_http;
    SecretStore &m_secrets;
    QString m_holder;
    /// Connectors of removed or restarted accounts: answers still on their way and the sender's
    /// lanes refer to them, so they live as long as the engine.
    QList<std::shared_ptr<Connector>> m_retired;
    std::map<Id, std::unique_ptr<Lane>> m_lanes;
    std::unique_ptr<OutboxSender> m_sender;
    QSet<Id> m_dirty;
    QTimer m_saveTimer;
    bool m_running = false;
    bool m_sending = false;
    int m_polling = 0;
};

} // namespace CareDesk
