// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/platforms/liveconnector.h"
#include "app/platforms/telegram/telegramparser.h"

#include <QCoreApplication>
#include <QHash>
#include <QPromise>
#include <QUrl>

namespace CareDesk::Telegram {

/// A Telegram bot through the Bot API (reference/platforms.md, section 2):
///
/// - stream "updates": getUpdates long polling with the offset cursor (messages, edits and
///   business messages); an update is confirmed by asking with a higher offset, which the
///   poller does only after the batch is stored;
/// - public replies: sendMessage to the thread's chat with reply_parameters naming the
///   customer's message (a reply in the group, in its forum topic);
/// - private replies: sendMessage to the customer's private chat with the bot (their user id;
///   Telegram refuses it until the customer has written to the bot);
/// - no idempotency: a send whose request left without an answer is Unknown, and the agent
///   decides (never re-sent silently).
///
/// The bot token lives in the keychain and in the request path (`/bot<token>/method`); the
/// HTTP client never reports URLs, so it appears in no message. 401 and 404 pause the account.
class TelegramConnector final : public LiveConnector
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Telegram::TelegramConnector)

public:
    static inline const QString updatesStream = QStringLiteral("updates");
    static constexpr int maxLength = 4096;

    TelegramConnector(const Account &account, const LiveConnectorContext &context);

    ConnectorCapabilities capabilities() const override;
    QStringList streams() const override;
    QFuture<FetchResult> fetch(const QString &stream, const QString &cursor) override;
    QFuture<SendResult> send(const SendRequest &request) override;

    /// The Bot API root: the account's base URL, else https://api.telegram.org.
    static QUrl apiRoot(const Account &account);

private:
    using Ready = std::function<void(const Error &error, Millis retryAt)>;
    /// Once per connector: the bot's own id (its messages in groups are ours).
    void prepare(const QString &token, Ready done);
    HttpRequest method(const QString &token, const QString &name, const QJsonObject &arguments,
        int timeoutMs = 0) const;
    HttpFailure failureOf(const HttpResult &result);
    ParseContext parseContext() const;

    QUrl m_root;
    bool m_prepared = false;
    qint64 m_botId = 0;
    /// Messages seen in this run by platform id: their thread, so a reply in a basic group
    /// joins its parent's case. Bounded; cleared when full.
    QHash<QString, QString> m_threads;
};

} // namespace CareDesk::Telegram
