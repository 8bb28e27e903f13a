// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/platforms/telegram/telegramconnector.h"

#include "app/core/futures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPromise>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk::Telegram {

namespace {

    constexpr qsizetype maxRemembered = 50000;
    constexpr Millis keychainRetry = 60 * 1000;

    /// A 200 answer with `"ok": false`: an error like any other, classified by its error_code.
    bool isErrorEnvelope(const QByteArray &body)
    {
        const QJsonDocument document = QJsonDocument::fromJson(body);
        return document.isObject() && document.object().value(u"ok"_s) == QJsonValue(false);
    }

} // namespace

TelegramConnector::TelegramConnector(const Account &account, const LiveConnectorContext &context)
    : LiveConnector(account, context)
    , m_root(apiRoot(account))
{
}

QUrl TelegramConnector::apiRoot(const Account &account)
{
    QUrl url(account.baseUrl.isEmpty() ? u"https://api.telegram.org"_s : account.baseUrl.trimmed());
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url.isValid() && !url.host().isEmpty() ? url : QUrl();
}

ConnectorCapabilities TelegramConnector::capabilities() const
{
    ConnectorCapabilities capabilities;
    capabilities.idempotency = false;
    capabilities.streaming = longPollSeconds() > 0;
    capabilities.privateReplies = true;
    capabilities.publicLimits.maxLength = maxLength;
    capabilities.privateLimits.maxLength = maxLength;
    return capabilities;
}

QStringList TelegramConnector::streams() const
{
    return { updatesStream };
}

HttpRequest TelegramConnector::method(
    const QString &token, const QString &name, const QJsonObject &arguments, int timeoutMs) const
{
    QUrl url = m_root;
    url.setPath(m_root.path() + u"/bot"_s + token + u'/' + name);
    HttpRequest request = HttpRequest::postJson(url, arguments);
    request.limiterKey = limiterKey();
    request.transferTimeoutMs = timeoutMs > 0 ? timeoutMs : requestTimeoutMs();
    return request;
}

HttpFailure TelegramConnector::failureOf(const HttpResult &result)
{
    if (!result.answered())
        return transportFailure(result);
    HttpFailure failure = TelegramParser::failure(result.status, result.body, clock().now());
    return withBackoff(failure, result);
}

ParseContext TelegramConnector::parseContext() const
{
    ParseContext context;
    context.botUserId = m_botId;
    context.knownThread = [this](const QString &platformId) { return m_threads.value(platformId); };
    return context;
}

void TelegramConnector::prepare(const QString &token, Ready done)
{
    if (m_prepared) {
        done(Error::none(), 0);
        return;
    }
    http()
        .send(method(token, u"getMe"_s, {}))
        .then(QtFuture::Launch::Sync, onContext(guard(), [this, done](const HttpResult &result) {
            if (!result.isSuccess()) {
                const FetchResult failed = fetchFailure(failureOf(result));
                done(failed.error, failed.retryAt);
                return;
            }
            const Result<BotInfo> bot = TelegramParser::me(result.body);
            if (!bot.ok()) {
                if (isErrorEnvelope(result.body)) {
                    const FetchResult failed = fetchFailure(failureOf(result));
                    done(failed.error, failed.retryAt);
                    return;
                }
                noteError(bot.error().message);
                done(bot.error(), http().limiter(limiterKey()).noteTransientFailure());
                return;
            }
            m_botId = bot.value().id;
            m_prepared = true;
            done(Error::none(), 0);
        }));
}

QFuture<FetchResult> TelegramConnector::fetch(const QString &stream, const QString &cursor)
{
    auto promise = std::make_shared<QPromise<FetchResult>>();
    QFuture<FetchResult> future = promise->future();
    promise->start();
    if (!m_root.isValid() || stream != updatesStream) {
        FetchResult invalid;
        invalid.error = Error { ErrorCode::Invalid,
            m_root.isValid() ? tr("Telegram bots have no stream called \"%1\".").arg(stream)
                             : tr("The Telegram account %1 has an invalid Bot API address.")
                                   .arg(account().handle) };
        deliver(promise, invalid);
        return future;
    }
    withToken([this, promise, cursor](const Result<QString> &token) {
        if (!token.ok()) {
            FetchResult failed;
            failed.error = token.error();
            failed.retryAt = isPaused() ? pausedUntil() : clock().now() + keychainRetry;
            deliver(promise, failed);
            return;
        }
        prepare(token.value(), [this, promise, cursor, token](const Error &error, Millis retryAt) {
            if (error.isError()) {
                FetchResult failed;
                failed.error = error;
                failed.retryAt = retryAt;
                deliver(promise, failed);
                return;
            }
            QJsonObject arguments {
                { u"limit"_s, TelegramParser::maxUpdatesPerCall },
                { u"timeout"_s, longPollSeconds() },
                { u"allowed_updates"_s,
                    QJsonArray { u"message"_s, u"edited_message"_s, u"business_message"_s,
                        u"edited_business_message"_s } },
            };
            bool isNumber = false;
            const qint64 offset = cursor.toLongLong(&isNumber);
            if (isNumber)
                arguments.insert(u"offset"_s, offset);
            // A long poll's answer may take the poll's own wait; the transfer timeout allows
            // that much more before it calls the connection dead.
            const int timeoutMs = longPollSeconds() * 1000 + requestTimeoutMs();
            http()
                .send(method(token.value(), u"getUpdates"_s, arguments, timeoutMs))
                .then(QtFuture::Launch::Sync,
                    onContext(guard(), [this, promise, cursor](const HttpResult &result) {
                        if (!result.isSuccess()) {
                            deliver(promise, fetchFailure(failureOf(result)));
                            return;
                        }
                        Result<FetchResult> parsed
                            = TelegramParser::updates(result.body, cursor, parseContext());
                        if (!parsed.ok()) {
                            if (isErrorEnvelope(result.body)) {
                                deliver(promise, fetchFailure(failureOf(result)));
                                return;
                            }
                            // Unreadable: asked for again later, since skipping would lose
                            // messages.
                            noteError(parsed.error().message);
                            FetchResult failed;
                            failed.error = parsed.error();
                            failed.retryAt = http().limiter(limiterKey()).noteTransientFailure();
                            deliver(promise, failed);
                            return;
                        }
                        if (m_threads.size() > maxRemembered)
                            m_threads.clear();
                        for (const IncomingMessage &m : std::as_const(parsed.value().messages))
                            m_threads.insert(m.platformId, m.threadKey);
                        noteSuccess();
                        deliver(promise, parsed.value());
                    }));
        });
    });
    return future;
}

QFuture<SendResult> TelegramConnector::send(const SendRequest &request)
{
    auto promise = std::make_shared<QPromise<SendResult>>();
    QFuture<SendResult> future = promise->future();
    promise->start();

    const OutboxItem &item = request.item;
    const bool isPrivate = item.visibility == Visibility::Private;
    bool isNumber = false;
    const qint64 customerId = request.customerPlatformId.toLongLong(&isNumber);
    const std::optional<ChatTarget> thread = TelegramParser::chatOf(request.threadKey);

    QJsonObject arguments { { u"text"_s, item.text } };
    qint64 chatId = 0;
    if (thread
        && (!isPrivate || !thread->businessConnectionId.isEmpty()
            || thread->chatId == customerId)) {
        // The thread's own chat: a group for public replies; the customer's private or
        // business chat, where every reply is private anyway.
        chatId = thread->chatId;
        if (!thread->businessConnectionId.isEmpty())
            arguments.insert(u"business_connection_id"_s, thread->businessConnectionId);
        if (thread->topicId > 0)
            arguments.insert(u"message_thread_id"_s, thread->topicId);
        if (const auto replyTo = TelegramParser::splitPlatformId(item.replyToPlatformId);
            replyTo && replyTo->first == chatId) {
            // Still sent when the customer deleted their message: the answer matters more.
            arguments.insert(u"reply_parameters"_s,
                QJsonObject { { u"message_id"_s, replyTo->second },
                    { u"allow_sending_without_reply"_s, true } });
        }
    } else if (isPrivate && isNumber && customerId > 0) {
        // A user's private chat with the bot has the user's id.
        chatId = customerId;
    }
    if (chatId == 0) {
        SendResult failed;
        failed.outcome = SendOutcome::FailedPermanent;
        failed.reason = isPrivate ? tr("This case has no Telegram user to write to privately.")
                                  : tr("This case is not a Telegram chat CareDesk can answer in.");
        deliver(promise, failed);
        return future;
    }
    arguments.insert(u"chat_id"_s, chatId);

    withToken([this, promise, arguments](const Result<QString> &token) {
        if (!token.ok()) {
            SendResult failed;
            failed.outcome = SendOutcome::FailedRetryable;
            failed.reason = token.error().message;
            failed.retryAt = isPaused() ? pausedUntil() : clock().now() + keychainRetry;
            deliver(promise, failed);
            return;
        }
        HttpRequest request = method(token.value(), u"sendMessage"_s, arguments);
        request.idempotent = false;
        http().send(request).then(
            QtFuture::Launch::Sync, onContext(guard(), [this, promise](const HttpResult &result) {
                if (!result.answered()) {
                    // The Bot API has no idempotency: sending again could post it twice.
                    deliver(promise,
                        unansweredSend(result,
                            tr("%1 The message may have been delivered; check the chat before "
                               "sending it again.")
                                .arg(result.errorText)));
                    return;
                }
                if (!result.isSuccess()) {
                    deliver(promise, sendFailure(failureOf(result)));
                    return;
                }
                const SendResult sent = TelegramParser::sent(result.body, clock().now());
                switch (sent.outcome) {
                case SendOutcome::Sent:
                    noteSuccess();
                    deliver(promise, sent);
                    return;
                case SendOutcome::Unknown:
                    deliver(promise, unknownSend(sent.reason));
                    return;
                case SendOutcome::FailedRetryable:
                case SendOutcome::FailedPermanent:
                    // A 200 with "ok": false: classified like any error answer.
                    deliver(promise, sendFailure(failureOf(result)));
                    return;
                }
            }));
    });
    return future;
}

} // namespace CareDesk::Telegram
