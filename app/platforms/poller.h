// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/clock.h"
#include "app/core/connector.h"
#include "app/core/repositories.h"

#include <QList>
#include <QObject>
#include <QTimer>

namespace CareDesk {

class TeamRepository;

/// Polls one account on each of its connector's streams from the stored cursor, and stores
/// every page with its new cursor in one transaction (ARCHITECTURE.md, How data flows, 1).
/// A page is confirmed only after it is stored: the cursor moves with the batch, so a crash
/// between fetch and store fetches the page again and duplicates are ignored.
/// Streams that long-poll are asked again at once; others every interval. Errors wait for
/// the time the connector names (rate limit, backoff, paused token) or the interval.
class Poller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Poller)

public:
    struct Options {
        /// One pass: every stream until it has nothing more (or fails), then finished().
        bool once = false;
        /// Between polls of a stream that does not long-poll.
        int intervalMs = 60 * 1000;
        /// A pass reads at most this many pages of a stream, so a busy account cannot keep a
        /// `sync --once` running for ever.
        int maxPagesPerPass = 50;
        /// When set, the account is polled only while this program holds its poll lease, so
        /// the desktop and `caredesk-cli sync` never poll one account twice (not owned).
        TeamRepository *leases = nullptr;
        QString leaseHolder;
        Millis leaseTtl = 90 * 1000;
    };

    /// connector, accounts, cases, clock and options.leases are not owned and must outlive
    /// the poller.
    Poller(const Account &account, Connector &connector, AccountRepository &accounts,
        CaseRepository &cases, const Clock &clock, const Options &options,
        QObject *parent = nullptr);
    ~Poller() override;

    Id accountId() const { return m_account.id; }
    void start();
    /// Stops polling and gives the lease back; answers still on their way are dropped.
    void stop();
    /// With Options::once: every stream is done.
    bool isFinished() const;
    /// Polls a stream at once (a streaming connection opened or dropped: catch up from the
    /// cursor); a poll already under way is followed by another.
    void pollNow(const QString &stream);
    /// Changes how often a stream is polled (a streamed stream needs only a slow catch-up);
    /// 0 or less: Options::intervalMs again.
    void setInterval(const QString &stream, int intervalMs);

Q_SIGNALS:
    /// A page was stored (inserted new messages, duplicates ignored, skipped unreadable).
    void stored(qint64 accountId, const QString &stream, int inserted, int duplicates, int skipped);
    /// A poll failed; it is tried again when the connector allows (not in a single pass).
    void failed(qint64 accountId, const QString &stream, const QString &message);
    /// With Options::once: the pass is over.
    void finished();
    /// The stream's next poll is due at this time (for the account's health).
    void scheduled(qint64 accountId, const QString &stream, qint64 at);

private:
    struct Stream {
        QString name;
        QString cursor;
        bool cursorLoaded = false;
        bool busy = false;
        bool done = false;
        int pages = 0;
        int intervalMs = 0; ///< 0: Options::intervalMs
        bool again = false; ///< pollNow() while busy
        QTimer *timer = nullptr;
    };

    void acquireLease();
    void beginStreams();
    void poll(int index);
    void fetched(int index, const FetchResult &result);
    void schedule(int index, Millis delayMs);
    void streamDone(int index);
    void retryAfter(int index, Millis retryAt);

    Account m_account;
    Connector &m_connector;
    AccountRepository &m_accounts;
    CaseRepository &m_cases;
    const Clock &m_clock;
    Options m_options;
    QList<Stream> m_streams;
    QTimer m_leaseTimer;
    bool m_running = false;
    bool m_holding = false;
    bool m_finished = false;
};

} // namespace CareDesk
