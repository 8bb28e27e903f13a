// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/platforms/liveconnector.h"
#include "app/platforms/x/xoauth.h"
#include "app/platforms/x/xparser.h"

#include <QCoreApplication>
#include <QList>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

namespace CareDesk::X {

/// An X account through API v2 with a user access token (reference/platforms.md, section 3):
///
/// - stream "mentions": GET /2/users/:id/mentions with since_id = the cursor (the newest id
///   seen) and the fields and expansions for author, conversation and reply context. While
///   next_token says more (older) mentions follow, the cursor is "since|newest|token" and the
///   poller fetches again at once with pagination_token; the last page moves it to newest.
///   The first poll reads only the newest page.
/// - stream "direct": GET /2/dm_events (MessageCreate), newest first, paged the same way until
///   an event at or below the cursor (DM endpoints have no since_id);
/// - public replies: POST /2/tweets with reply.in_reply_to_tweet_id; private replies:
///   POST /2/dm_conversations/with/:participant_id/messages.
///
/// X offers no idempotency. A send whose outcome is unknown (timed out or cut off after the
/// request left, a 5xx) is looked up at once in the account's recent posts (GET
/// /2/users/:id/tweets) or the DM conversation's events: the same text in reply to the same
/// post is the reply (Sent with its id); otherwise the reply stays Unknown for the agent and is
/// never sent again on its own. A reply that was claimed before (an agent's retry, a retry after
/// a failure) is looked up the same way before it is posted again. A 403 for duplicate content
/// is a distinct permanent failure.
///
/// Tokens: XTokens in the keychain; renewed when less than ten minutes are left, and once on a
/// 401; the renewed pair is written back. A refused refresh pauses the account.
/// Rate limits: each endpoint has its own limiter (the mentions endpoint the account's, shown as
/// its health); x-rate-limit-remaining 0 holds that endpoint until x-rate-limit-reset, and a 429
/// until its reset. The 24-hour caps of posting are the account's daily budget.
class XConnector final : public LiveConnector
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::X::XConnector)

public:
    static inline const QString mentionsStream = QStringLiteral("mentions");
    static inline const QString directStream = QStringLiteral("direct");
    static constexpr int maxPostLength = 280; ///< weighted (twittertext)
    static constexpr int maxMessageLength = 10000;
    static constexpr int maxPages = 10; ///< pages one fetch follows
    static constexpr int lookupCount = 50; ///< recent posts looked through after an unknown send

    XConnector(const Account &account, const LiveConnectorContext &context);

    ConnectorCapabilities capabilities() const override;
    QStringList streams() const override;
    QFuture<FetchResult> fetch(const QString &stream, const QString &cursor) override;
    QFuture<SendResult> send(const SendRequest &request) override;

    /// The API root without a trailing slash: the account's base URL, else https://api.x.com.
    static QUrl apiRoot(const Account &account);
    /// GET /2/users/me with a stored token (XTokens or a bare access token), for the account
    /// dialog's Test button (answer: XParser::me, or XParser::failure).
    static HttpRequest meRequest(const Account &account, const QString &storedToken);
    /// Whether a post's text is the reply's text (X turns &, <, > into entities and may trim).
    static bool sameText(const QString &posted, const QString &reply);

private:
    using Done = std::function<void(const HttpResult &result)>;
    using AccessCallback = std::function<void(const Result<QString> &access)>;
    struct Target {
        bool isPrivate = false;
        QString inReplyTo; ///< public
        QString participant; ///< private
    };

    /// The current access token, renewed first when it is about to expire (or force).
    void withAccess(bool force, AccessCallback callback);
    void refresh(AccessCallback callback);
    /// One API request with the bearer token on an endpoint's limiter; a 401 renews the token
    /// once and repeats the request.
    void call(HttpRequest request, const QString &endpoint, Done done, bool renewed = false);
    QString endpointKey(const QString &endpoint) const;
    void noteHeaders(const HttpResult &result, const QString &endpoint);
    /// The account's user id (GET /2/users/me, once).
    void withUserId(std::function<void(const Error &error, Millis retryAt)> done);
    void fetchMentions(const QString &cursor, std::function<void(const FetchResult &)> done);
    void fetchDirect(const QString &cursor, std::function<void(const FetchResult &)> done);
    HttpFailure failureOf(const HttpResult &result);
    FetchResult fetchFailed(const HttpResult &result);
    void post(const std::shared_ptr<QPromise<SendResult>> &promise, const OutboxItem &item,
        const Target &target);
    /// Looks for the reply among the account's recent posts / the conversation's events.
    void lookup(const OutboxItem &item, const Target &target,
        std::function<void(const std::optional<QString> &id, const QString &error)> done);

    QUrl m_root;
    XOAuthEndpoints m_oauth;
    QString m_userId;
    XTokens m_tokens;
    QString m_storedSeen; ///< the keychain value m_tokens came from
    bool m_refreshing = false;
    QList<AccessCallback> m_waitingForRefresh;
};

} // namespace CareDesk::X
