// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Mastodon's REST answers as CareDesk's core types: pure functions from bytes (and headers) to
// values or a typed error, tested without a socket (reference/platforms.md, section 1).

#include "app/core/connector.h"
#include "app/core/result.h"
#include "app/platforms/httpfailure.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>

namespace CareDesk::Mastodon {

/// The cursors of a Link header (`<...?max_id=21>; rel="next", <...?min_id=21>; rel="prev"`).
struct LinkPaging {
    QString maxId; ///< from rel="next": the page of older items lies below this id
    QString minId; ///< from rel="prev": the page of newer items lies above this id
    QUrl next;
    QUrl prev;
};

/// The X-RateLimit-* budget Mastodon sends with every API answer.
struct RateLimit {
    int limit = -1; ///< -1: not sent
    int remaining = -1;
    Millis resetAt = 0; ///< on the local clock (see MastodonParser::rateLimit); 0: not sent
};

/// The signed-in account (GET /api/v1/accounts/verify_credentials).
struct AccountInfo {
    QString id;
    QString acct;
    QString displayName;
    QString url;
};

/// What parsing needs besides the bytes.
struct ParseContext {
    /// The signed-in account: its statuses are Direction::Out. Empty: everything is In.
    QString selfAccountId;
    /// The thread key of a status CareDesk already holds (ingested, or a reply it sent), or an
    /// empty string. Optional; the poller answers it from its store or a cache.
    std::function<QString(const QString &statusId)> knownThread;
};

/// GET /api/v1/statuses/:id/context, for one case.
struct StatusContext {
    QList<IncomingMessage> ancestors; ///< root first
    QList<IncomingMessage> descendants;
};

/// Thread keys (how statuses group into cases), decided here so that the mentions and the
/// conversations streams agree whichever sees a status first:
///
/// 1. A status CareDesk already holds keeps its thread (ParseContext::knownThread).
/// 2. A reply (`in_reply_to_id`) to a status CareDesk holds, or to one earlier in the same page,
///    joins that status' thread. Our own replies are stored under the case's thread, so a
///    customer answering our reply stays in the case at any depth.
/// 3. Otherwise a direct message (`visibility: direct`) goes to `dm:<account id of the other
///    person>`: one private thread per customer, as Telegram's private chats are.
/// 4. Otherwise the status starts its own thread, keyed by its id. A reply to a post CareDesk
///    never saw (say, the brand's announcement) is a new case of its own: keying it by the
///    parent would put every customer who answered one announcement into one case.
///
/// REST statuses carry no conversation id, and Mastodon's conversation ids exist only for the
/// signed-in account's direct messages, so neither is used.
///
/// Visibility: `public` and `unlisted` are Public; `private` (followers only), `direct` and any
/// value CareDesk does not know (`local`, `limited` on some forks) are Private, the side that
/// cannot leak a reply.
class MastodonParser final
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Mastodon::MastodonParser)

public:
    /// Used when an instance does not say (Mastodon's own default).
    static constexpr int defaultMaxCharacters = 500;

    /// GET /api/v1/notifications?types[]=mention (requested with min_id=cursor): the mentions,
    /// oldest first. nextCursor is the newest notification id (the Link header's rel="prev"
    /// min_id when sent), never older than cursor; hasMore when the page held pageLimit items.
    /// Other notification types and mentions whose status is gone are left out; unreadable items
    /// are counted in skipped.
    static Result<FetchResult> notifications(const QByteArray &body, const HttpHeaders &headers,
        const ParseContext &context, const QString &cursor, int pageLimit);
    /// GET /api/v1/conversations: each conversation's last_status, oldest first; the cursor as
    /// for notifications (the Link header's min_id, else the newest last_status id).
    static Result<FetchResult> conversations(const QByteArray &body, const HttpHeaders &headers,
        const ParseContext &context, const QString &cursor, int pageLimit);
    /// One status (GET or POST /api/v1/statuses/:id).
    static Result<IncomingMessage> status(const QByteArray &body, const ParseContext &context);
    /// GET /api/v1/statuses/:id/context, fetched for the case whose key is threadKey: every
    /// status returned carries that key. Unreadable statuses are left out.
    static Result<StatusContext> context(
        const QByteArray &body, const ParseContext &context, const QString &threadKey);
    /// The instance's character limit from GET /api/v2/instance
    /// (`configuration.statuses.max_characters`) or GET /api/v1/instance (the same, then
    /// `max_toot_chars` of Pleroma, Akkoma and glitch-soc); defaultMaxCharacters when it says
    /// neither.
    static Result<int> maxCharacters(const QByteArray &instanceBody);
    /// GET /api/v1/accounts/verify_credentials.
    static Result<AccountInfo> account(const QByteArray &body);
    /// The 2xx answer to POST /api/v1/statuses. Sent with the new status' id; Unknown when the
    /// answer cannot be read (the Idempotency-Key makes a retry safe).
    static SendResult sent(const QByteArray &body);

    /// The Link header's paging cursors.
    static LinkPaging linkPaging(QByteArrayView linkHeader);
    /// X-RateLimit-Limit/Remaining/Reset. The reset is an ISO 8601 time on the server's clock;
    /// when the answer has a Date header the wait is measured against it, so a skewed local
    /// clock does not matter.
    static RateLimit rateLimit(const HttpHeaders &headers, Millis now);
    /// A non-2xx answer (`{"error": "...", "error_description"?: "..."}`; the status code decides):
    /// 401 and 403 AuthFailed (token revoked or lacking a scope), 404 and 410 NotFound, 422 and
    /// other 4xx Invalid, 429 RateLimited at Retry-After or X-RateLimit-Reset (else a minute),
    /// 408 and 5xx Retryable.
    static HttpFailure failure(
        int httpStatus, const QByteArray &body, const HttpHeaders &headers, Millis now);
};

} // namespace CareDesk::Mastodon
