// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Graph API answers (Facebook Pages, Messenger, Instagram) as CareDesk's core types: pure
// functions from bytes to values or a typed error, tested without a socket
// (reference/platforms.md, sections 5 and 6).

#include "app/core/connector.h"
#include "app/core/result.h"
#include "app/platforms/httpfailure.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <functional>
#include <optional>

namespace CareDesk::Facebook {

/// What parsing needs besides the bytes.
struct ParseContext {
    QString pageId; ///< the page's id: its comments and messages are Direction::Out
    QString instagramId; ///< the Instagram business account's id
    QString instagramUsername; ///< its username (comments name only the username)
    /// The thread key of an item CareDesk already holds (by platform id), or an empty string.
    /// Optional; lets a reply whose top comment is unknown join the parent's case.
    std::function<QString(const QString &platformId)> knownThread;
};

/// The page behind a page access token (GET /me?fields=id,name,instagram_business_account).
struct PageInfo {
    QString id;
    QString name;
    QString instagramId; ///< empty when no Instagram business account is linked
    QString instagramUsername;
};

/// A Graph API error envelope: `{"error":{"message","type","code","error_subcode","fbtrace_id"}}`.
struct GraphError {
    int code = 0;
    int subcode = 0;
    QString type;
    QString message; ///< cleaned
    QString fbtraceId;
    bool transient = false; ///< is_transient
};

/// The usage headers (X-App-Usage, X-Page-Usage, X-Business-Use-Case-Usage): percentages of the
/// allowed calls, CPU time and total time.
struct GraphUsage {
    int percent = -1; ///< the highest percentage of any kind and any business use case
    Millis regainAt = 0; ///< estimated_time_to_regain_access as a time; 0 when not told
    bool exhausted() const { return percent >= 100; }
};

/// A further page of comments under one object (a post, a media, a comment).
struct MorePage {
    QString objectId;
    QString after; ///< paging.cursors.after
    Millis oldest = 0; ///< the oldest item of the page read so far (0: none)
};

/// One page of a Graph list, normalized.
struct GraphPage {
    QList<IncomingMessage> messages;
    int skipped = 0; ///< unreadable items left out
    Millis newest = 0; ///< the newest created_time (updated_time for conversations) seen
    Millis oldest = 0; ///< the oldest top-level item's time (0: none); paging stops below a cursor
    QString after; ///< paging.cursors.after, when paging.next says there is more
    QString next; ///< paging.next as sent (not followed: the connector builds its own URL)
    QList<MorePage> more; ///< nested lists with more pages (comments of a post)
};

/// Platform ids are the Graph ids as sent (`{post}_{comment}` for Facebook comments, `m_…` for
/// Messenger messages, digits for Instagram). Thread keys (one case each):
/// - `comments:<top comment id>`: a top-level comment and its replies (Facebook keeps replies
///   one level deep, Instagram too), so each customer's comment under a busy post is its own
///   case;
/// - `conversation:<conversation id>`: a Messenger or Instagram conversation.
/// Comments are Public, conversations Private. Times accept Graph's `+0000` offsets.
class GraphParser final
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Facebook::GraphParser)

public:
    /// Graph's time: `2021-08-10T18:45:03+0000`, also `+00:00`, `Z` and fractions of a second.
    /// Always with an offset: Qt::ISODate would take a time without one as local time.
    static std::optional<Millis> parseTime(QStringView text);

    static std::optional<GraphError> graphError(const QByteArray &body);
    static GraphUsage usage(const HttpHeaders &headers, Millis now);
    /// What a failed answer means: Graph error codes (4, 17, 32, 613, 80001-80014 throttling:
    /// RateLimited at the usage headers' regain time; 190 and 102: AuthFailed; 10 and 200-299:
    /// Permanent, a missing permission; 1, 2 and is_transient: Retryable; others Permanent), or
    /// the HTTP status when no envelope came (429 RateLimited, 5xx Retryable, 401 AuthFailed).
    static HttpFailure failure(
        int httpStatus, const QByteArray &body, const HttpHeaders &headers, Millis now);

    static Result<PageInfo> page(const QByteArray &body);
    /// GET /{page-id}/feed with comments nested: every post's comments.
    static Result<GraphPage> feed(const QByteArray &body, const ParseContext &context);
    /// GET /{object-id}/comments (Facebook): the comments of objectId, a post, or a comment
    /// (objectIsComment: then they are its replies).
    static Result<GraphPage> comments(const QByteArray &body, const QString &objectId,
        bool objectIsComment, const ParseContext &context);
    /// GET /{page-id}/conversations with messages nested (Messenger or Instagram).
    static Result<GraphPage> conversations(const QByteArray &body, const ParseContext &context);
    /// GET /{conversation-id}?fields=messages{…}, or its /messages list.
    static Result<GraphPage> conversation(
        const QByteArray &body, const QString &conversationId, const ParseContext &context);
    /// GET /{ig-user-id}/media with comments and their replies nested.
    static Result<GraphPage> media(const QByteArray &body, const ParseContext &context);
    /// GET /{ig-media-id}/comments or /{ig-comment-id}/replies (parentId: the comment whose
    /// replies these are, else empty).
    static Result<GraphPage> instagramComments(
        const QByteArray &body, const QString &parentId, const ParseContext &context);

    /// POST /{comment-id}/comments or /{ig-comment-id}/replies: `{"id":"…"}`.
    static SendResult commentCreated(const QByteArray &body);
    /// POST /me/messages: `{"recipient_id","message_id"}`.
    static SendResult messageSent(const QByteArray &body);

    static QString commentThread(const QString &topCommentId);
    static QString conversationThread(const QString &conversationId);
    /// The top comment of a `comments:` key, or the conversation of a `conversation:` key.
    static QString commentOf(const QString &threadKey);
    static QString conversationOf(const QString &threadKey);
};

} // namespace CareDesk::Facebook
