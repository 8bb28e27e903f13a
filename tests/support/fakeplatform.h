// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small stateful stand-in for a Mastodon instance and the Telegram Bot API behind the
// replay server, for end-to-end and kill tests: it checks the token, serves generated mentions,
// direct messages and updates with real paging, and keeps what it was sent. Mastodon keeps
// Idempotency-Keys as the real server does (a second POST with a known key answers the status
// the first one created); the Bot API has no such thing.

#include "tests/support/replayserver.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace CareDesk::Test {

class FakePlatform
{
public:
    struct Options {
        QString mastodonToken = QStringLiteral("mastodon-test-token");
        QString telegramToken = QStringLiteral("123456:telegram-test-token");
        int mentions = 0; ///< customers' mentions waiting in the notifications
        int directMessages = 0; ///< conversations with a customer's direct message
        int telegramMessages = 0; ///< private messages from customers waiting as updates
        int maxDelayMs = 0; ///< answers are delayed by a random time up to this
    };

    /// One reply as the platform stored it.
    struct Post {
        QString platform; ///< mastodon or telegram
        QString id;
        QString idempotencyKey; ///< Mastodon only
        QString text;
        QString visibility; ///< Mastodon
        QString inReplyTo; ///< Mastodon in_reply_to_id, Telegram reply_parameters.message_id
        QString chatId; ///< Telegram
        QJsonObject toJson() const;
    };

    explicit FakePlatform(const Options &options);

    ReplayResponse handle(const RecordedRequest &request);
    /// Replies stored (a Mastodon retry with a known key adds nothing).
    QList<Post> posts() const { return m_posts; }
    /// Called with every reply the moment it is stored (a log file for kill tests).
    std::function<void(const Post &post)> onPost;

    static QString customerAcct(int index);

private:
    ReplayResponse mastodon(const RecordedRequest &request);
    ReplayResponse telegram(const RecordedRequest &request);
    QJsonObject customerAccount(int index) const;
    QJsonObject mentionStatus(int index) const;
    QJsonObject directStatus(int index) const;

    Options m_options;
    QList<Post> m_posts;
    QHash<QString, QJsonObject> m_byKey;
    qint64 m_nextStatusId = 900000;
    qint64 m_nextMessageId = 1;
};

} // namespace CareDesk::Test
