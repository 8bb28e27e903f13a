// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Telegram Bot API answers as CareDesk's core types: pure functions from bytes to values or a
// typed error, tested without a socket (reference/platforms.md, section 2).

#include "app/core/connector.h"
#include "app/core/result.h"
#include "app/platforms/httpfailure.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

namespace CareDesk::Telegram {

/// What parsing needs besides the bytes.
struct ParseContext {
    /// The bot's own user id (getMe): its messages in groups are Direction::Out. 0: unknown.
    qint64 botUserId = 0;
    /// The thread key of a message CareDesk already holds (by platform id, "<chat>:<message>"),
    /// or an empty string. Optional; lets a reply in a basic group join its parent's case.
    std::function<QString(const QString &platformId)> knownThread;
};

/// The bot (getMe).
struct BotInfo {
    qint64 id = 0;
    QString username;
    QString firstName;
    bool canReadAllGroupMessages
        = false; ///< false: privacy mode, groups show only replies and mentions
};

/// Where a thread's replies go, decoded from its thread key.
struct ChatTarget {
    qint64 chatId = 0;
    QString businessConnectionId; ///< set for Telegram Business chats: sendMessage needs it
    qint64 topicId = 0; ///< message_thread_id of a forum topic; 0: none
};

/// Ids: chat and user ids exceed 32 bits (up to 52 significant bits) and are read as qint64 and
/// kept as decimal text. A message id is unique only within its chat, so a message's platform id
/// is "<chat id>:<message id>" (negative chat ids keep their sign: "-1001234567890:42").
///
/// Thread keys:
/// - a private chat with the bot: `chat:<chat id>` (one private thread per customer);
/// - a Telegram Business chat: `business:<chat id>:<business connection id>`, because replies
///   must name the connection, and the same customer may also write to the bot itself;
/// - a forum topic in a supergroup: `chat:<chat id>:topic:<message_thread_id>` (a topic is one
///   conversation);
/// - other group messages: the reply thread's root, `chat:<chat id>:<root message id>`. A
///   supergroup tells the root as message_thread_id on every reply; a basic group does not, so a
///   reply there joins its parent's thread when CareDesk holds the parent (ParseContext or the
///   same page) and otherwise starts a thread at itself, like a message that replies to nothing.
///
/// Visibility: private and business chats are Private, groups and supergroups Public.
/// Text: `text`, else `caption`, as plain text; a `text_link` entity's hidden address is shown
/// after its words, `words (address)`, as htmlToPlainText() shows links; media without a caption
/// become a bracketed note ("[Photo]", "[File: name]") so no message is blank.
/// Updates read: message, edited_message, business_message and edited_business_message (an
/// edit carries editedAt and the original's platform id). Ignored, but still confirmed by the
/// cursor: channel_post and edited_channel_post (a channel has no customers writing to it; the
/// comments under channel posts arrive as messages of its discussion group), service messages
/// (members joining, pins ...), and every other update type.
class TelegramParser final
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Telegram::TelegramParser)

public:
    /// getUpdates returns at most this many updates (the API's maximum and default).
    static constexpr int maxUpdatesPerCall = 100;

    /// A 2xx getUpdates answer: the messages in update order and nextCursor, the offset that
    /// confirms them (the highest update_id + 1, never lower than cursor; cursor itself when
    /// nothing came). hasMore when the answer held limit updates. Unreadable updates are counted
    /// in skipped and confirmed too, so one cannot stall the bot.
    static Result<FetchResult> updates(const QByteArray &body, const QString &cursor,
        const ParseContext &context, int limit = maxUpdatesPerCall);
    /// A 2xx getMe answer.
    static Result<BotInfo> me(const QByteArray &body);
    /// A 2xx sendMessage answer: Sent with the new message's platform id, or Unknown when the
    /// answer cannot be read (Telegram has no idempotency: the agent decides, nothing is re-sent).
    /// An `"ok":false` envelope is classified as failure() would.
    static SendResult sent(const QByteArray &body, Millis now);
    /// An error answer (`{"ok":false,"error_code":N,"description":"...","parameters":{...}}`;
    /// error_code wins over the HTTP status): 429 RateLimited at parameters.retry_after, 401 and
    /// 404 AuthFailed (a wrong or revoked token; Telegram answers 404 to a malformed one), 403
    /// Permanent (blocked by the user, removed from the group), 409 Permanent Conflict (another
    /// getUpdates reader or a webhook), other 4xx Permanent (a group upgraded to a supergroup
    /// names its new id), 5xx Retryable.
    static HttpFailure failure(int httpStatus, const QByteArray &body, Millis now);

    /// "<chat id>:<message id>".
    static QString platformId(qint64 chatId, qint64 messageId);
    /// The chat and message of a platform id; nullopt when it is not one.
    static std::optional<std::pair<qint64, qint64>> splitPlatformId(const QString &platformId);
    /// Where replies to a thread go; nullopt when threadKey is not a Telegram thread key.
    static std::optional<ChatTarget> chatOf(const QString &threadKey);
};

} // namespace CareDesk::Telegram
