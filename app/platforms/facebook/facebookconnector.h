// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/platforms/facebook/graphparser.h"
#include "app/platforms/liveconnector.h"

#include <QCoreApplication>
#include <QHash>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace CareDesk::Facebook {

/// A Facebook page, or the Instagram business account linked to it, through a page access token
/// entered by a page admin (reference/platforms.md, sections 5 and 6). One class serves both:
/// account.platform chooses the streams.
///
/// - Facebook streams: "feed" (the comments and replies under the page's latest posts, one
///   GET with the comments nested, further comment pages by cursor) and "messenger" (the
///   conversations with their latest messages).
/// - Instagram streams: "comments" (comments and replies on the business account's latest
///   media) and "messages" (Instagram conversations, where the page has Instagram messaging).
/// - The cursor of each stream is the newest item's time in UTC milliseconds; items older than
///   it are dropped (already stored; duplicates are ignored by platform id anyway).
/// - The page (and its Instagram account, via instagram_business_account) is discovered with
///   GET /me on first use.
/// - Public replies: POST /{comment-id}/comments (Facebook), POST /{ig-comment-id}/replies
///   (Instagram), always under the thread's top comment.
/// - Private replies: POST /me/messages. In a conversation, the customer's last message
///   (read from the conversation first) decides: within 24 h messaging_type RESPONSE, within 7
///   days MESSAGE_TAG with tag HUMAN_AGENT, later the send is refused before anything is posted.
///   In a comment thread, a private reply to the comment (recipient comment_id) within 7 days of
///   it.
/// - Graph has no idempotency: when a send's outcome is unknown (no answer, 5xx) the connector
///   looks for a reply with the same text in the conversation or under the comment; found, it
///   is Sent, otherwise Unknown, and never sent again by the connector.
/// - The usage headers (X-App-Usage, X-Business-Use-Case-Usage) at 100% and the throttling
///   codes hold every request of the account until access is regained; code 190 pauses the
///   account.
/// The token travels in the Authorization header, never in a URL.
class FacebookConnector final : public LiveConnector
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Facebook::FacebookConnector)

public:
    static inline const QString feedStream = QStringLiteral("feed");
    static inline const QString messengerStream = QStringLiteral("messenger");
    static inline const QString instagramCommentsStream = QStringLiteral("comments");
    static inline const QString instagramMessagesStream = QStringLiteral("messages");
    static constexpr int messengerMaxLength = 2000;
    static constexpr int instagramMessageMaxLength = 1000;
    static constexpr int commentMaxLength = 8000;
    static constexpr int instagramCommentMaxLength = 2200;
    static constexpr int recentPosts = 10;
    /// Further pages read in one fetch before it returns (hasMore asks for the rest at once).
    static constexpr int maxPagesPerFetch = 5;

    FacebookConnector(const Account &account, const LiveConnectorContext &context);

    ConnectorCapabilities capabilities() const override;
    QStringList streams() const override;
    QFuture<FetchResult> fetch(const QString &stream, const QString &cursor) override;
    QFuture<SendResult> send(const SendRequest &request) override;

    /// The API root, ending in '/': the account's base URL, else https://graph.facebook.com/v25.0/.
    static QUrl apiRoot(const Account &account);
    /// GET /me with the page's id, name and linked Instagram account: for the account dialog's
    /// Test button (answer: GraphParser::page, or GraphParser::failure).
    static HttpRequest pageRequest(const Account &account, const QString &token);
    /// What pageRequest's answer tells the page admin: the page and its Instagram account, or
    /// why the token does not serve this platform.
    static Result<QString> testAnswer(Platform platform, const HttpResult &result, Millis now);

private:
    using Done = std::function<void(const HttpResult &result)>;
    struct Fetch;
    struct Send;

    HttpRequest request(const QString &token, const QByteArray &method, const QString &path,
        const QUrlQuery &query, const QByteArray &body = {}, const QByteArray &type = {}) const;
    void call(const HttpRequest &request, Done done);
    void prepare(const QString &token, std::function<void(const Error &, Millis)> done);
    HttpFailure failureOf(const HttpResult &result);
    ParseContext parseContext() const;
    void fetchStep(const std::shared_ptr<Fetch> &state);
    void finishFetch(const std::shared_ptr<Fetch> &state);
    void sendStep(const std::shared_ptr<Send> &state);
    void post(const std::shared_ptr<Send> &state);
    void lookUp(const std::shared_ptr<Send> &state, const QString &why);
    void remember(const QList<IncomingMessage> &messages);
    bool instagram() const { return platform() == Platform::Instagram; }

    QUrl m_root;
    std::optional<PageInfo> m_page;
    int m_strikes = 0; ///< throttling errors in a row, for the backoff
    QHash<QString, QString> m_threads;
};

} // namespace CareDesk::Facebook
