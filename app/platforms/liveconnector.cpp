// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/platforms/liveconnector.h"

#include "app/core/futures.h"

#include <QFuture>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

QString LiveConnector::tokenKey(Id accountId)
{
    return u"account/%1/token"_s.arg(accountId);
}

LiveConnector::LiveConnector(const Account &account, const LiveConnectorContext &context)
    : m_account(account)
    , m_context(context)
    , m_guard(std::make_unique<QObject>())
{
    Q_ASSERT(context.http && context.secrets && context.clock);
}

LiveConnector::~LiveConnector() = default;

AccountHealth LiveConnector::health() const
{
    AccountHealth health = m_health;
    health.paused = m_paused;
    health.pauseReason = m_pauseReason;
    RateLimiter &limiter = m_context.http->limiter(limiterKey());
    health.blockedUntil = limiter.blockedUntil();
    health.rateLimit = limiter.limit();
    health.rateLimitRemaining = limiter.remaining();
    return health;
}

void LiveConnector::setHealthObserver(std::function<void(const AccountHealth &)> observer)
{
    m_observer = std::move(observer);
}

QString LiveConnector::limiterKey() const
{
    return u"account/%1"_s.arg(m_account.id);
}

void LiveConnector::changed()
{
    if (m_observer)
        m_observer(health());
}

void LiveConnector::withToken(TokenCallback callback)
{
    const Millis now = clock().now();
    if (m_paused && now < pausedUntil()) {
        callback(Error { ErrorCode::Unavailable, m_pauseReason });
        return;
    }
    if (!m_token.isEmpty()) {
        callback(m_token);
        return;
    }
    m_waiting.append(std::move(callback));
    if (m_reading)
        return;
    m_reading = true;
    m_context.secrets->read(tokenKey(m_account.id))
        .then(QtFuture::Launch::Sync, onContext(guard(), [this](const Result<QString> &read) {
            m_reading = false;
            Result<QString> outcome = read;
            if (read.ok()) {
                const QString &token = read.value();
                if (token.isEmpty()) {
                    pause(tr("There is no access token for the %1 account %2 in the system "
                             "keychain; add the account again with its token.")
                              .arg(platformDisplayName(m_account.platform), m_account.handle));
                    outcome = Error { ErrorCode::Unavailable, m_pauseReason };
                } else if (m_paused && token == m_refusedToken) {
                    // Still the token the platform refused: stay paused, look again later.
                    m_pausedAt = clock().now();
                    outcome = Error { ErrorCode::Unavailable, m_pauseReason };
                } else {
                    m_token = token;
                    if (m_paused) {
                        m_paused = false;
                        m_pauseReason.clear();
                        m_refusedToken.clear();
                        changed();
                    }
                }
            } else {
                noteError(read.error().message);
            }
            const QList<TokenCallback> waiting = std::exchange(m_waiting, {});
            for (const TokenCallback &callback : waiting)
                callback(outcome);
        }));
}

void LiveConnector::pause(const QString &reason)
{
    if (!m_token.isEmpty())
        m_refusedToken = std::exchange(m_token, QString());
    m_paused = true;
    m_pausedAt = clock().now();
    m_pauseReason = reason;
    m_health.lastError = reason;
    m_health.lastErrorAt = m_pausedAt;
    changed();
}

void LiveConnector::noteSuccess()
{
    m_health.lastSuccessAt = clock().now();
    changed();
}

void LiveConnector::noteError(const QString &message)
{
    m_health.lastError = message;
    m_health.lastErrorAt = clock().now();
    changed();
}

void LiveConnector::noteBudget(int limit, int remaining, Millis resetAt)
{
    m_health.rateLimit = limit;
    m_health.rateLimitRemaining = remaining;
    m_health.rateLimitResetAt = resetAt;
}

void LiveConnector::noteDailyBudget(int limit, int remaining, Millis resetAt)
{
    m_health.dailyLimit = limit;
    m_health.dailyRemaining = remaining;
    m_health.dailyResetAt = resetAt;
    changed();
}

HttpFailure LiveConnector::transportFailure(const HttpResult &result) const
{
    HttpFailure failure;
    failure.kind = HttpFailure::Kind::Retryable;
    failure.code = ErrorCode::Unavailable;
    failure.retryAt = result.retryAt;
    if (result.outcome == HttpResult::Outcome::TooLarge) {
        failure.kind = HttpFailure::Kind::Retryable;
        failure.code = ErrorCode::Invalid;
    }
    if (result.outcome == HttpResult::Outcome::Blocked) {
        failure.kind = HttpFailure::Kind::RateLimited;
        failure.reason = result.errorText;
    } else {
        failure.reason = tr("%1 CareDesk will try again.").arg(result.errorText);
    }
    return failure;
}

FetchResult LiveConnector::fetchFailure(const HttpFailure &failure)
{
    if (failure.kind == HttpFailure::Kind::AuthFailed) {
        pause(failure.reason);
        FetchResult result = failure.toFetchResult();
        result.retryAt = pausedUntil();
        return result;
    }
    if (failure.kind == HttpFailure::Kind::RateLimited && failure.retryAt > 0)
        http().limiter(limiterKey()).holdUntil(failure.retryAt);
    noteError(failure.reason);
    return failure.toFetchResult();
}

SendResult LiveConnector::sendFailure(const HttpFailure &failure)
{
    if (failure.kind == HttpFailure::Kind::AuthFailed) {
        pause(failure.reason);
        // The reply stays queued while the account is paused (HttpFailure::toSendResult).
        SendResult result = failure.toSendResult();
        result.retryAt = pausedUntil();
        return result;
    }
    if (failure.kind == HttpFailure::Kind::RateLimited && failure.retryAt > 0)
        http().limiter(limiterKey()).holdUntil(failure.retryAt);
    noteError(failure.reason);
    return failure.toSendResult();
}

HttpFailure LiveConnector::withBackoff(HttpFailure failure, const HttpResult &result)
{
    if (failure.retryable() && failure.retryAt == 0) {
        // The client backs off after 5xx and network errors; an error inside a 200 (Telegram's
        // "ok": false) it took for a success.
        failure.retryAt = result.retryAt > 0 ? result.retryAt
                                             : http().limiter(limiterKey()).noteTransientFailure();
    }
    return failure;
}

SendResult LiveConnector::unknownSend(const QString &reason)
{
    noteError(reason);
    SendResult result;
    result.outcome = SendOutcome::Unknown;
    result.reason = reason;
    return result;
}

FetchResult LiveConnector::failedFetch(const Error &error, Millis retryAt)
{
    FetchResult failed;
    failed.error = error;
    failed.retryAt = retryAt;
    return failed;
}

SendResult LiveConnector::unansweredSend(const HttpResult &result, const QString &mayHaveLeft)
{
    if (result.mayHaveLeft && result.outcome != HttpResult::Outcome::Blocked)
        return unknownSend(mayHaveLeft);
    return sendFailure(transportFailure(result));
}

} // namespace CareDesk
