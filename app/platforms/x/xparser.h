// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// X API v2 answers as CareDesk's core types: pure functions from bytes to values or a typed
// error, tested without a socket (reference/platforms.md, section 3). Ids are strings of digits
// (snowflakes beyond 2^53); they are compared as numbers without ever going through a double.
#include "app/core/connector.h"
#include "app/core/result.h"
#include "app/platforms/httpfailure.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace CareDesk::X {

/// A user from /2/users/me or includes.users.
struct User {
    QString id;
    QString username; ///< without '@'
    QString name;
    qint64 followers = 0;
};

/// One page of mentions or DM events, newest first as X sends them.
struct Page {
    QList<IncomingMessage> messages; ///< oldest first
    QString newestId; ///< meta.newest_id, else the largest id on the page
    QString oldestId; ///< the smallest id on the page
    QString nextToken; ///< meta.next_token: more (older) results
    int skipped = 0; ///< items left out as unreadable
};

/// A post of the account's own timeline (GET /2/users/:id/tweets), for the lookup after an
/// unknown send.
struct OwnPost {
    QString id;
    QString text;
    QString inReplyToTweetId; ///< referenced_tweets replied_to
    QString conversationId; ///< DM conversation, for a DM event
    QString senderId; ///< for a DM event
};

/// The x-rate-limit-* and 24-hour cap headers of one answer; -1 / 0 where absent.
struct Budget {
    int limit = -1;
    int remaining = -1;
    Millis resetAt = 0;
    int dailyLimit = -1; ///< the smaller of the user and the app cap that was sent
    int dailyRemaining = -1;
    Millis dailyResetAt = 0;
    bool hasWindow() const { return remaining >= 0; }
    bool hasDaily() const { return dailyRemaining >= 0; }
};

class XParser
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::X::XParser)

public:
    /// What CareDesk asks for with mentions.
    static inline const QString tweetFields
        = QStringLiteral("created_at,author_id,conversation_id,in_reply_to_user_id,referenced_"
                         "tweets,entities,lang,note_tweet");
    static inline const QString mentionExpansions
        = QStringLiteral("author_id,referenced_tweets.id,in_reply_to_user_id");
    static inline const QString userFields = QStringLiteral("username,name,public_metrics");
    static inline const QString dmFields = QStringLiteral(
        "id,text,event_type,created_at,dm_conversation_id,sender_id,participant_ids");

    /// The thread key of a public conversation and of a DM conversation.
    static QString tweetThread(const QString &conversationId)
    {
        return QStringLiteral("x:tweet:") + conversationId;
    }
    static QString dmThread(const QString &dmConversationId)
    {
        return QStringLiteral("x:dm:") + dmConversationId;
    }
    /// The conversation behind a thread key, or nullopt when it is not one of that kind.
    static std::optional<QString> conversationOf(const QString &threadKey);
    static std::optional<QString> dmConversationOf(const QString &threadKey);
    /// A DM event's platform id ("dm:<event id>"), so it never collides with a post's.
    static QString dmPlatformId(const QString &eventId) { return QStringLiteral("dm:") + eventId; }

    /// True for a string of 1 to 19 digits (the spec's id pattern).
    static bool isId(const QString &id);
    /// Numeric comparison of two ids (-1, 0, 1); an invalid id sorts first.
    static int compareIds(const QString &a, const QString &b);

    /// GET /2/users/me (or /2/users/:id): the user in data.
    static Result<User> me(const QByteArray &body);
    /// GET /2/users/:id/mentions. ownId: the account's user id (its own posts are Direction::Out).
    static Result<Page> mentions(const QByteArray &body, const QString &ownId);
    /// GET /2/dm_events (MessageCreate events; others are skipped silently).
    static Result<Page> dmEvents(const QByteArray &body, const QString &ownId);
    /// GET /2/users/:id/tweets, or GET /2/dm_events for the lookup: the posts/events in data.
    static Result<QList<OwnPost>> ownPosts(const QByteArray &body);
    /// POST /2/tweets → 201 {"data":{"id","text"}}.
    static SendResult tweetCreated(const QByteArray &body);
    /// POST /2/dm_conversations/with/:id/messages → 201
    /// {"data":{"dm_conversation_id","dm_event_id"}}.
    static SendResult dmCreated(const QByteArray &body);

    /// The rate-limit headers.
    static Budget budget(const HttpHeaders &headers);
    /// 403 "You are not allowed to create a Tweet with duplicate content."
    static bool isDuplicateContent(int status, const QByteArray &body);
    /// The `errors` array's or the problem object's words (title: detail), cleaned; empty when
    /// the body has none.
    static QString errorText(const QByteArray &body);
    /// A failed answer: 401 pauses (after a refresh failed), 429 waits for x-rate-limit-reset,
    /// 403 duplicate content is a permanent Conflict with its own sentence, 5xx retries.
    static HttpFailure failure(
        int status, const QByteArray &body, const HttpHeaders &headers, Millis now);
};

} // namespace CareDesk::X
