// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/platforms/liveconnector.h"
#include "app/platforms/vk/vkparser.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace CareDesk::Vk {

/// Spaces API calls so that no second holds more than perSecond of them (VK allows a community
/// token 20 requests per second; more is answered with error 6). Pure: the caller says what time
/// it is and gets the time its request may go.
class RequestPacer
{
public:
    explicit RequestPacer(int perSecond)
        : m_perSecond(qMax(1, perSecond))
    {
    }
    /// Reserves a slot: the earliest time at or after now that keeps every 1-second window
    /// within the limit.
    Millis reserve(Millis now);

private:
    int m_perSecond;
    QList<Millis> m_slots; ///< reserved times, ascending, the last second's only
};

/// A VK community through a community token (reference/platforms.md, section 4):
///
/// - stream "events": Bots Long Poll (groups.getLongPollServer, then a_check with wait) with
///   ts as the cursor; new wall comments and community messages, edits, and the community's own
///   replies. Events are deduplicated by event_id. `failed` 1 continues with the new ts, 2 gets
///   a new key keeping ts, 3 a new key and ts; after 1 and 3 (events may be lost) and on the
///   first poll the connector backfills: the latest posts' comments (wall.get,
///   wall.getComments) and each conversation's last message (messages.getConversations); the
///   cursor "backfill:<ts>" keeps that decision across a restart. Duplicates are ignored by
///   their platform ids when stored.
/// - public replies: wall.createComment as the community (from_group), under the customer's
///   comment (reply_to_comment), with `guid` derived from the outbox item's idempotency key;
/// - private replies: messages.send to the dialog's peer (or the commenter) with `random_id`
///   derived from the same key. VK drops a repeated guid or random_id, so sends are idempotent
///   and an unknown outcome is retried.
///
/// The token goes as the access_token form field of POST requests (never in a URL), with
/// v=5.199. Errors 6, 9 and 29 hold the account's requests (rate limiter) with a growing
/// backoff; 5 pauses the account and says so; 14 (captcha) fails the reply with a message for
/// the agent. Requests are spaced to 20 per second.
class VkConnector final : public LiveConnector
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Vk::VkConnector)

public:
    static inline const QString eventsStream = QStringLiteral("events");
    static inline const QString backfillPrefix = QStringLiteral("backfill:");
    static constexpr int maxCommentLength = 4096;
    static constexpr int maxMessageLength = 9000;
    static constexpr int requestsPerSecond = 20;
    /// Posts whose comments a backfill reads.
    static constexpr int backfillPosts = 10;

    VkConnector(const Account &account, const LiveConnectorContext &context);

    ConnectorCapabilities capabilities() const override;
    QStringList streams() const override;
    QFuture<FetchResult> fetch(const QString &stream, const QString &cursor) override;
    QFuture<SendResult> send(const SendRequest &request) override;

    /// The API root, ending in '/': the account's base URL, else https://api.vk.com/method/.
    static QUrl apiRoot(const Account &account);
    /// groups.getById for the community behind token, outside the pacing: for an account
    /// dialog's Test button (answer: VkParser::community, or VkParser::failure).
    static HttpRequest communityRequest(const Account &account, const QString &token);
    /// wall.createComment's guid for an outbox item: the same for every attempt.
    static QString guidFor(const QString &idempotencyKey);
    /// messages.send's random_id for an outbox item: a positive 31-bit number, the same for every
    /// attempt.
    static qint32 randomIdFor(const QString &idempotencyKey);

private:
    using Done = std::function<void(const HttpResult &result)>;
    using Ready = std::function<void(const Error &error, Millis retryAt)>;
    struct Backfill;

    /// An API method, paced.
    void call(const QString &token, const QString &method, QUrlQuery fields, Done done);
    /// The community's id, and (withServer) a long poll server.
    void prepare(const QString &token, bool withServer, Ready done);
    void poll(const QString &cursor, std::function<void(const FetchResult &)> done);
    void backfill(
        const QString &token, const QString &ts, std::function<void(const FetchResult &)> done);
    void backfillStep(const std::shared_ptr<Backfill> &state);
    HttpFailure failureOf(const HttpResult &result);
    ParseContext parseContext() const;
    void remember(const QList<IncomingMessage> &messages, const QStringList &eventIds);

    QUrl m_root;
    RequestPacer m_pacer { requestsPerSecond };
    qint64 m_groupId = 0;
    std::optional<LongPollServer> m_server;
    int m_strikes = 0; ///< errors 6/9 in a row, for the backoff
    QSet<QString> m_events;
    QList<QString> m_eventOrder;
    QHash<QString, QString> m_threads;
};

} // namespace CareDesk::Vk
