// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// VK API answers as CareDesk's core types: pure functions from bytes to values or a typed
// error, tested without a socket (reference/platforms.md, section 4).

#include "app/core/connector.h"
#include "app/core/result.h"
#include "app/platforms/httpfailure.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace CareDesk::Vk {

/// What parsing needs besides the bytes.
struct ParseContext {
    /// The community's id (positive). Its own comments and messages are Direction::Out.
    qint64 groupId = 0;
    /// An event_id already handled (Bots Long Poll may deliver an event twice: "if it passed
    /// twice or more, you should ignore it"). Optional.
    std::function<bool(const QString &eventId)> seenEvent;
    /// The thread key of a comment CareDesk already holds (by platform id), or an empty string.
    /// Optional; lets a reply whose event names only its parent join the parent's case.
    std::function<QString(const QString &platformId)> knownThread;
};

/// groups.getLongPollServer: where and with which key to long-poll.
struct LongPollServer {
    QString server; ///< a URL (a scheme is added when VK leaves it out)
    QString key;
    QString ts;
};

/// The community behind a token (groups.getById without group_id).
struct Community {
    qint64 id = 0; ///< positive; the community's owner id is -id
    QString name;
    QString screenName;
};

/// A Bots Long Poll a_check answer.
struct LongPollAnswer {
    enum class Kind {
        Updates, ///< events; continue with ts
        HistoryLost, ///< failed 1: continue with the new ts (events in between may be gone)
        KeyExpired, ///< failed 2: a new key from getLongPollServer, keeping ts
        InfoLost, ///< failed 3: a new key and ts from getLongPollServer
    };
    Kind kind = Kind::Updates;
    QString ts; ///< the next ts (Updates, HistoryLost); empty otherwise
    QList<IncomingMessage> messages;
    QStringList eventIds; ///< of the events read (for deduplication of later answers)
    int skipped = 0; ///< unreadable events
    int duplicates = 0; ///< events whose event_id was seen before
};

/// A VK API error (HTTP 200, `{"error":{"error_code","error_msg",...}}`).
struct ApiError {
    enum class Kind {
        TooManyRequests, ///< 6: more than the per-second limit; pause the account's queue
        FloodControl, ///< 9 (and 29, the daily quota): pause the account's queue, longer
        Authorization, ///< 5, 27, 28: the token is wrong or revoked; pause the account
        Captcha, ///< 14: VK wants a human to solve a captcha; shown to the agent
        ServerError, ///< 1, 10: retry with backoff
        Refused, ///< anything else: the platform said no
    };
    Kind kind = Kind::Refused;
    int code = 0;
    QString message; ///< error_msg, cleaned
    QString captchaSid;
    QString captchaImg; ///< an http(s) address, or empty
};

/// Ids: owner, peer and user ids are 64-bit (`qint64`), kept as decimal text; negative owner
/// and author ids are communities, peer ids above 2000000000 are group chats.
///
/// Platform ids:
/// - a wall comment: `comment:<owner id>:<post id>:<comment id>` (comment ids are unique per
///   wall; the post is kept so a reply can be addressed from the id alone);
/// - a message: `message:<peer id>:<id>` (the community's message id), or
///   `message:<peer id>:c<conversation_message_id>` when VK gives no id (group chats).
///
/// Thread keys (one case each):
/// - comments: one case per top-level comment thread, `wall:<owner>:<post>:<top comment>`.
///   Since API 5.80 VK threads replies under a top-level comment (parents_stack[0], or the
///   comment itself when it has no parent), so each customer's complaint under a busy community
///   post is its own case instead of all of them sharing one; a reply whose event names only
///   its parent (reply_to_comment) joins the parent's thread when known.
/// - a community dialog: `dialog:<peer id>`.
///
/// Visibility: comments and group chats are Public, a user's dialog with the community Private.
/// Direction: a comment or message written as the community (author id -groupId, or `out` 1)
/// is Out. Text is plain: VK's mention markup `[id123|Name]` (also club, public, event) becomes
/// `Name`; attachments without text become a bracketed note ("[Photo]").
class VkParser final
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Vk::VkParser)

public:
    /// The API version every call names (the `v` field).
    static inline const QString apiVersion = QStringLiteral("5.199");

    /// An error envelope, or nullopt when body is not one.
    static std::optional<ApiError> apiError(const QByteArray &body);
    /// What an answer means when it failed: an HTTP status other than 2xx (429 RateLimited,
    /// 5xx Retryable, 401/403 AuthFailed, other 4xx Permanent) or a 200 error envelope
    /// (classified by error_code, see ApiError::Kind: 6, 9 and 29 RateLimited with retryAt set,
    /// 5/27/28 AuthFailed, 1/10 Retryable, 14 Permanent with the captcha named, others
    /// Permanent).
    static HttpFailure failure(int httpStatus, const QByteArray &body, Millis now);

    static Result<LongPollServer> longPollServer(const QByteArray &body);
    static Result<Community> community(const QByteArray &body);
    /// A Bots Long Poll a_check answer. Events are wall_reply_new, wall_reply_edit,
    /// message_new, message_reply and message_edit; others are read past. ts must be present.
    static Result<LongPollAnswer> longPoll(const QByteArray &body, const ParseContext &context);
    /// wall.get: the post ids, newest first.
    static Result<QList<qint64>> postIds(const QByteArray &body);
    /// wall.getComments (extended or not, with thread items) of the post ownerId_postId.
    static Result<FetchResult> comments(
        const QByteArray &body, qint64 ownerId, qint64 postId, const ParseContext &context);
    /// messages.getConversations (extended or not): each conversation's last message.
    static Result<FetchResult> conversations(const QByteArray &body, const ParseContext &context);
    /// wall.createComment: Sent with the new comment's platform id on the post; an error
    /// envelope as failure() classifies it; Unknown when unreadable (safe to retry: guid).
    static SendResult commentSent(
        const QByteArray &body, qint64 ownerId, qint64 postId, Millis now);
    /// messages.send: Sent with the new message's platform id in peerId's dialog (the answer is
    /// the message id, or with peer_ids a list naming it).
    static SendResult messageSent(const QByteArray &body, qint64 peerId, Millis now);

    /// VK's mention markup as plain words: `[id1|Pavel]` -> `Pavel`.
    static QString plainText(const QString &text);

    static QString commentId(qint64 ownerId, qint64 postId, qint64 commentId);
    static QString messageId(qint64 peerId, qint64 id, qint64 conversationMessageId = 0);
    static QString wallThread(qint64 ownerId, qint64 postId, qint64 topCommentId);
    static QString dialogThread(qint64 peerId);

    struct WallTarget {
        qint64 ownerId = 0;
        qint64 postId = 0;
        qint64 commentId = 0; ///< the top comment of a thread key, the comment of a platform id
    };
    /// A `wall:` thread key or a `comment:` platform id; nullopt for anything else.
    static std::optional<WallTarget> wallOf(const QString &key);
    /// The peer of a `dialog:` thread key or a `message:` platform id.
    static std::optional<qint64> peerOf(const QString &key);
};

} // namespace CareDesk::Vk
