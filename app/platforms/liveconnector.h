// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/clock.h"
#include "app/core/connector.h"
#include "app/core/domain.h"
#include "app/core/secretstore.h"
#include "app/platforms/httpclient.h"

#include <QCoreApplication>
#include <QObject>
#include <QPromise>

#include <functional>
#include <memory>

namespace CareDesk {

/// How a live account's connection is doing: shown as the account's health (issue 7).
struct AccountHealth {
    /// The token is missing, expired or revoked: nothing goes to the platform until the keychain
    /// holds another one. Queued replies stay queued.
    bool paused = false;
    QString pauseReason;
    Millis lastSuccessAt = 0;
    Millis lastErrorAt = 0;
    QString lastError;
    /// The rate limiter's hold or backoff; 0 or past: none.
    Millis blockedUntil = 0;
    int rateLimit = -1; ///< requests per window, as the platform last said; -1: not told
    int rateLimitRemaining = -1;
    Millis rateLimitResetAt = 0; ///< when the platform said the window resets; 0: not told
    /// A daily posting cap (X's 24-hour limits): posts left, of how many, until when; -1: not told.
    int dailyLimit = -1;
    int dailyRemaining = -1;
    Millis dailyResetAt = 0;
};

/// What every live connector gets from the composition root.
struct LiveConnectorContext {
    HttpClient *http = nullptr;
    SecretStore *secrets = nullptr;
    const Clock *clock = nullptr;
    /// How long a long poll may wait for news (Telegram getUpdates); 0 makes it a short poll,
    /// for `caredesk-cli sync --once`.
    int longPollSeconds = 25;
    /// How long any other request may go without a byte moving (HttpRequest::transferTimeoutMs).
    int requestTimeoutMs = 30000;
};

/// What the Mastodon and Telegram connectors share: the account's token from the keychain, the
/// account's rate limiter, pausing on a refused token, and the account's health. Tokens are
/// kept in memory only, and never put in a message, a log or an error.
class LiveConnector : public Connector
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::LiveConnector)

public:
    /// The keychain key of an account's token.
    static QString tokenKey(Id accountId);
    /// A paused account looks at the keychain again after this long.
    static constexpr Millis pauseRecheck = 60 * 1000;

    LiveConnector(const Account &account, const LiveConnectorContext &context);
    ~LiveConnector() override;

    Platform platform() const override { return m_account.platform; }
    ConnectorKind kind() const override { return ConnectorKind::Live; }
    const Account &account() const { return m_account; }
    AccountHealth health() const;
    /// Told after every change of health (for a view, or the CLI's report).
    void setHealthObserver(std::function<void(const AccountHealth &)> observer);

protected:
    /// Hands a request's result to the one waiting for it.
    template <typename T>
    static void deliver(const std::shared_ptr<QPromise<T>> &promise, const T &value)
    {
        promise->addResult(value);
        promise->finish();
    }
    /// A fetch that failed with error; it may be tried again at retryAt.
    static FetchResult failedFetch(const Error &error, Millis retryAt);

    using TokenCallback = std::function<void(const Result<QString> &token)>;
    /// The token, read from the keychain on first use and cached. While paused, an error at
    /// once (until pauseRecheck has passed; then the keychain is read again, and a token that
    /// differs from the refused one resumes the account).
    void withToken(TokenCallback callback);
    /// The platform refused the token: stop until it changes (see withToken).
    void pause(const QString &reason);
    bool isPaused() const { return m_paused; }
    /// When a paused account may try again.
    Millis pausedUntil() const { return m_pausedAt + pauseRecheck; }

    QString limiterKey() const;
    HttpClient &http() const { return *m_context.http; }
    SecretStore &secrets() const { return *m_context.secrets; }
    const Clock &clock() const { return *m_context.clock; }
    int longPollSeconds() const { return m_context.longPollSeconds; }
    int requestTimeoutMs() const { return m_context.requestTimeoutMs; }
    /// The context of every continuation: it dies with the connector, so late answers are
    /// dropped instead of reaching a destroyed object.
    QObject *guard() const { return m_guard.get(); }

    void noteSuccess();
    void noteError(const QString &message);
    void noteBudget(int limit, int remaining, Millis resetAt = 0);
    /// A daily posting cap the platform reported (shown as the account's budget).
    void noteDailyBudget(int limit, int remaining, Millis resetAt);

    /// A result for a request that failed before or without a usable answer, and for HTTP
    /// failures that the platform's parser classified. Updates pause, limiter and health.
    FetchResult fetchFailure(const HttpFailure &failure);
    SendResult sendFailure(const HttpFailure &failure);
    /// A transport failure (blocked, refused, timed out, cut off) as a retryable HttpFailure.
    /// Whether a send may have reached the platform is the caller's to decide from
    /// HttpResult::mayHaveLeft.
    HttpFailure transportFailure(const HttpResult &result) const;
    /// A retryable failure the platform gave no time for waits for the account's backoff.
    HttpFailure withBackoff(HttpFailure failure, const HttpResult &result);
    /// A send whose request left and got no readable answer.
    SendResult unknownSend(const QString &reason);
    /// A send the platform did not answer (!result.answered()): unknown, for mayHaveLeft as the
    /// reason, when the request may have reached the platform; otherwise a transport failure.
    SendResult unansweredSend(const HttpResult &result, const QString &mayHaveLeft);

private:
    void changed();

    Account m_account;
    LiveConnectorContext m_context;
    std::unique_ptr<QObject> m_guard;
    QString m_token;
    QString m_refusedToken;
    bool m_paused = false;
    Millis m_pausedAt = 0;
    QString m_pauseReason;
    bool m_reading = false;
    QList<TokenCallback> m_waiting;
    AccountHealth m_health;
    std::function<void(const AccountHealth &)> m_observer;
};

} // namespace CareDesk
