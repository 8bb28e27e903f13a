// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What an HTTP-level failure means for CareDesk, shared by the platform parsers. Pure: the
// parsers build it from a status code, a body and headers; the pollers and the sender act on it.

#include "app/core/connector.h"
#include "app/core/result.h"
#include "app/core/types.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace CareDesk {

/// Response headers as received (QNetworkReply::rawHeaderPairs()); names compare
/// case-insensitively.
using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

/// How a failed request is handled.
struct HttpFailure {
    enum class Kind {
        Retryable, ///< 5xx, 408, a proxy error: retry with backoff, not before retryAt when set
        Permanent, ///< the platform said no (most 4xx); never retried
        RateLimited, ///< 429: retry at retryAt, which is always set
        AuthFailed, ///< the token is wrong, revoked or lacks a scope: pause the account
    };

    Kind kind = Kind::Permanent;
    ErrorCode code = ErrorCode::Internal; ///< NotFound, Invalid, Conflict, Unavailable ...
    int httpStatus = 0; ///< as received; 0 when the platform reported it only in the body
    Millis retryAt = 0; ///< not before this time; 0: the caller's backoff decides
    QString reason; ///< one translated sentence for the agent, with the platform's words
    QString platformMessage; ///< the platform's own text, cleaned, untranslated (may be empty)

    bool retryable() const { return kind == Kind::Retryable || kind == Kind::RateLimited; }
    Error toError() const { return Error { code, reason }; }
    /// For the sender: RateLimited and Retryable retry at retryAt. AuthFailed also maps to
    /// FailedRetryable so the reply stays queued while the account is paused (issue 7: a revoked
    /// token never loses queued replies); the sender must pause the account on that kind.
    SendResult toSendResult() const;
    /// For the poller: a result with no messages, the error and retryAt.
    FetchResult toFetchResult() const;
};

/// The value of the first header called name (case-insensitive), or a null array.
QByteArray headerValue(const HttpHeaders &headers, QByteArrayView name);

/// Retry-After as an absolute time: delta seconds or an HTTP-date (RFC 9110). nullopt when the
/// value is absent or unreadable.
std::optional<Millis> parseRetryAfter(QByteArrayView value, Millis now);

/// An HTTP-date ("Sun, 06 Nov 1994 08:49:37 GMT") as UTC milliseconds.
std::optional<Millis> parseHttpDate(QByteArrayView value);

/// Text a platform sent about an error, made safe to show: invisible and control characters
/// removed (sanitizePlainText), whitespace collapsed, at most maxLength characters.
QString cleanPlatformMessage(const QString &text, qsizetype maxLength = 500);

/// A server-given wait is honoured but bounded, so a wrong clock or a hostile value cannot park
/// an account for ever: at least now, at most a day ahead.
Millis boundedRetryAt(Millis at, Millis now);

} // namespace CareDesk
