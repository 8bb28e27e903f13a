// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one HTTP client of the platform connectors: requests are values, results are structs,
// every request has a transfer timeout, and every account has a rate limiter that holds its
// requests back while the platform asked to wait or while transient failures back off.

#include "app/core/clock.h"
#include "app/core/types.h"
#include "app/platforms/httpfailure.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFuture>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QRandomGenerator>
#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;

namespace CareDesk {

/// One request, as a value: what to send and how long to wait for it.
struct HttpRequest {
    QByteArray method = "GET";
    QUrl url;
    /// Extra headers (Authorization, Idempotency-Key ...). Never logged.
    HttpHeaders headers;
    QByteArray body;
    QByteArray contentType;
    /// Inactivity timeout: the request fails when no byte moves for this long. A long poll sets
    /// it above the poll's own wait.
    int transferTimeoutMs = 30000;
    /// The rate limiter that gates the request (an account); empty: none.
    QString limiterKey;
    /// False for requests that must reach the server at most once (a Telegram message: no
    /// idempotency). Such a request is never sent a second time by Qt's connection handling.
    bool idempotent = true;
    /// Answers larger than this are cut off and reported, so a hostile server cannot fill memory.
    qint64 maxResponseBytes = 16 * 1024 * 1024;

    static HttpRequest get(const QUrl &url);
    /// application/x-www-form-urlencoded, the way Mastodon's own clients post.
    static HttpRequest postForm(const QUrl &url, const QUrlQuery &fields);
    static HttpRequest postJson(const QUrl &url, const QJsonObject &object);
    HttpRequest &withHeader(const QByteArray &name, const QByteArray &value);
};

/// What came back.
struct HttpResult {
    enum class Outcome {
        Answered, ///< the server sent a status line (any status; see status)
        Blocked, ///< not sent: the rate limiter holds the account until retryAt
        NetworkError, ///< no answer (refused, unreachable, closed, TLS ...); see mayHaveLeft
        TimedOut, ///< no byte moved for the transfer timeout; see mayHaveLeft
        TooLarge, ///< the answer exceeded maxResponseBytes and was cut off
    };

    Outcome outcome = Outcome::NetworkError;
    int status = 0;
    HttpHeaders headers;
    QByteArray body;
    /// Whether the request may have reached the server. False only when the connection never
    /// carried it (refused, unknown host, TLS failure, blocked): then retrying cannot duplicate.
    bool mayHaveLeft = false;
    /// When a failed request may be retried (Blocked: the limiter's hold; network errors: the
    /// backoff). 0: not set.
    Millis retryAt = 0;
    /// One translated sentence for a transport failure; names the host, never the URL (a
    /// Telegram URL holds the bot token).
    QString errorText;

    bool answered() const { return outcome == Outcome::Answered; }
    bool isSuccess() const { return answered() && status >= 200 && status < 300; }
};

/// Holds an account's requests back while the platform asked to wait (429 Retry-After,
/// X-RateLimit-Remaining 0 until X-RateLimit-Reset, Telegram's retry_after) and backs off after
/// transient failures with full jitter: a wait drawn from [0, min(cap, base * 2^failures)]
/// (reference/quality.md, section 3), on the injected clock.
class RateLimiter
{
public:
    static constexpr Millis backoffBase = 1000;
    static constexpr Millis backoffCap = 15 * 60 * 1000;

    RateLimiter(const Clock &clock, quint32 seed);

    /// Requests wait until this time; at or before now: go.
    Millis blockedUntil() const { return m_blockedUntil; }
    bool isBlocked() const;
    /// A success ends the backoff.
    void noteSuccess();
    /// A transient failure (5xx, network): the next attempt waits a jittered, growing time.
    /// Returns the time it may go again.
    Millis noteTransientFailure();
    /// The server named a time (Retry-After, a reset, retry_after): wait exactly until then.
    /// It replaces the backoff, because the server knows better than a guess.
    void holdUntil(Millis at);
    /// The budget a platform reports with every answer: at 0 remaining, wait for the reset.
    void noteBudget(int limit, int remaining, Millis resetAt);
    /// The last known budget; -1 when never told.
    int limit() const { return m_limit; }
    int remaining() const { return m_remaining; }
    int consecutiveFailures() const { return m_failures; }
    /// The full-jitter wait after failures consecutive failures (0 gives at most the base).
    Millis backoffDelay(int failures);

private:
    const Clock &m_clock;
    QRandomGenerator m_random;
    Millis m_blockedUntil = 0;
    int m_failures = 0;
    int m_limit = -1;
    int m_remaining = -1;
};

/// The HTTP client over one QNetworkAccessManager that the composition root creates and owns.
/// Lives on the manager's thread; futures are fulfilled there.
class HttpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)

public:
    HttpClient(QNetworkAccessManager &network, const Clock &clock, QObject *parent = nullptr);
    ~HttpClient() override;

    /// Sends a request unless its limiter holds it back (then a Blocked result at once).
    /// Applies the generic rules to the limiter: a 2xx ends the backoff; a 5xx, a 429 and a
    /// network error back off, at Retry-After when the server sent it. Platform signals in the
    /// body or in other headers are the connector's to add through limiter().
    QFuture<HttpResult> send(const HttpRequest &request);
    /// The limiter of an account; created on first use.
    RateLimiter &limiter(const QString &key);
    const Clock &clock() const { return m_clock; }

    /// The User-Agent sent with every request.
    static QByteArray userAgent();

Q_SIGNALS:
    /// Every answer and failure, for whoever watches an account's health. Carries no URL,
    /// header or body. status is 0 when no answer came.
    void finished(const QString &limiterKey, int status, bool success);

private:
    QNetworkAccessManager &m_network;
    const Clock &m_clock;
    QHash<QString, RateLimiter *> m_limiters;
};

} // namespace CareDesk
