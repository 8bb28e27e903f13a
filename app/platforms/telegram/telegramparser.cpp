// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/platforms/telegram/telegramparser.h"

#include "app/platforms/htmltext.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk::Telegram {

namespace {

constexpr qsizetype maxNameLength = 1024;
constexpr qint64 defaultFloodWaitSeconds = 30;

/// A JSON integer, exactly (Qt keeps integers up to 64 bits); nullopt for any other type or a
/// fraction.
std::optional<qint64> integerOf(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const qint64 integer = value.toInteger(0);
    if (integer == 0 && value.toDouble() != 0.0)
        return std::nullopt;
    return integer;
}

QString shortText(const QJsonValue &value)
{
    return sanitizePlainText(value.toString().left(maxNameLength)).trimmed();
}

Result<QJsonObject> parseEnvelope(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return Error { ErrorCode::Invalid,
            TelegramParser::tr("Telegram sent an answer CareDesk cannot read (%1 at byte %2).")
                .arg(error.errorString())
                .arg(error.offset) };
    }
    if (!document.isObject() || !document.object().value(u"ok"_s).isBool()) {
        return Error { ErrorCode::Invalid,
            TelegramParser::tr("Telegram sent an answer CareDesk cannot read (no \"ok\" field).") };
    }
    return document.object();
}

/// The result of an `"ok":true` envelope, or the error an `"ok":false` one stands for.
Result<QJsonValue> resultOf(const QByteArray &body)
{
    Result<QJsonObject> envelope = parseEnvelope(body);
    if (!envelope.ok())
        return envelope.error();
    if (!envelope.value().value(u"ok"_s).toBool())
        return TelegramParser::failure(0, body, 0).toError();
    return envelope.value().value(u"result"_s);
}

enum class Read { Message, Ignored, Malformed };

struct MessageFields {
    IncomingMessage message;
    qint64 chatId = 0;
    QString parentId; ///< platform id of the message it replies to
    bool group = false;
    qint64 threadId = 0; ///< message_thread_id
    bool topic = false;
};

QString mediaMarker(const QJsonObject &m)
{
    if (m.contains(u"animation"_s))
        return TelegramParser::tr("[Animation]");
    if (m.contains(u"photo"_s))
        return TelegramParser::tr("[Photo]");
    if (m.contains(u"video"_s))
        return TelegramParser::tr("[Video]");
    if (m.contains(u"video_note"_s))
        return TelegramParser::tr("[Video message]");
    if (m.contains(u"voice"_s))
        return TelegramParser::tr("[Voice message]");
    if (m.contains(u"audio"_s))
        return TelegramParser::tr("[Audio]");
    if (m.contains(u"sticker"_s)) {
        const QString emoji = shortText(m.value(u"sticker"_s).toObject().value(u"emoji"_s));
        return emoji.isEmpty() ? TelegramParser::tr("[Sticker]")
                               : TelegramParser::tr("[Sticker %1]").arg(emoji.left(16));
    }
    if (m.contains(u"document"_s)) {
        const QString name = shortText(m.value(u"document"_s).toObject().value(u"file_name"_s));
        return name.isEmpty() ? TelegramParser::tr("[File]")
                              : TelegramParser::tr("[File: %1]").arg(name.left(255));
    }
    if (m.contains(u"venue"_s) || m.contains(u"location"_s))
        return TelegramParser::tr("[Location]");
    if (m.contains(u"contact"_s))
        return TelegramParser::tr("[Contact]");
    if (m.contains(u"poll"_s)) {
        const QString question = shortText(m.value(u"poll"_s).toObject().value(u"question"_s));
        return TelegramParser::tr("[Poll: %1]").arg(question.left(300));
    }
    return {};
}

/// A `text_link` entity hides its address behind words ("click here", or a URL that is not the
/// real one). As Mastodon links are (htmlToPlainText), it becomes `text (address)` so the agent
/// sees where it leads. Offsets and lengths are UTF-16 code units, as QString's; out-of-range
/// entities are ignored.
QString withLinkTargets(const QString &text, const QJsonArray &entities)
{
    constexpr int maxLinks = 200; // a 4096-unit text holds no more real links than this
    QList<std::pair<qsizetype, QString>> inserts;
    for (const QJsonValue &value : entities) {
        const QJsonObject entity = value.toObject();
        if (entity.value(u"type"_s).toString() != u"text_link"_s)
            continue;
        const std::optional<qint64> offset = integerOf(entity.value(u"offset"_s));
        const std::optional<qint64> length = integerOf(entity.value(u"length"_s));
        const QString url = entity.value(u"url"_s).toString().trimmed();
        if (!offset || !length || *offset < 0 || *length <= 0 || *offset > text.size()
            || *length > text.size() - *offset || url.isEmpty() || url.size() > 2048)
            continue;
        const QStringView shown = QStringView(text).mid(*offset, *length).trimmed();
        if (shown.compare(url, Qt::CaseInsensitive) == 0)
            continue;
        inserts.append({ *offset + *length, u" ("_s + url + u')' });
        if (inserts.size() >= maxLinks)
            break;
    }
    if (inserts.isEmpty())
        return text;
    std::stable_sort(inserts.begin(), inserts.end(),
        [](const auto &a, const auto &b) { return a.first < b.first; });
    QString out;
    out.reserve(text.size() + inserts.size() * 32);
    qsizetype from = 0;
    for (const auto &[at, suffix] : std::as_const(inserts)) {
        out += QStringView(text).mid(from, at - from);
        out += suffix;
        from = at;
    }
    out += QStringView(text).mid(from);
    return out;
}

Read readMessage(
    const QJsonValue &value, bool edited, const ParseContext &context, MessageFields &fields)
{
    if (!value.isObject())
        return Read::Malformed;
    const QJsonObject m = value.toObject();
    const QJsonObject chat = m.value(u"chat"_s).toObject();
    const std::optional<qint64> chatId = integerOf(chat.value(u"id"_s));
    const std::optional<qint64> messageId = integerOf(m.value(u"message_id"_s));
    const std::optional<qint64> date = integerOf(m.value(u"date"_s));
    const QString type = chat.value(u"type"_s).toString();
    if (!chatId || *chatId == 0 || !messageId || *messageId <= 0 || !date || *date < 0
        || *date > 100000000000LL)
        return Read::Malformed;
    const bool isPrivate = type == u"private"_s;
    fields.group = type == u"group"_s || type == u"supergroup"_s;
    if (!isPrivate && !fields.group)
        return Read::Ignored; // channels, and chat types this build does not know

    IncomingMessage &out = fields.message;
    QString text = m.value(u"text"_s).toString();
    QJsonArray entities = m.value(u"entities"_s).toArray();
    if (text.isEmpty()) {
        text = m.value(u"caption"_s).toString();
        entities = m.value(u"caption_entities"_s).toArray();
    }
    text = sanitizePlainText(withLinkTargets(text, entities)).trimmed();
    const QString marker = mediaMarker(m);
    if (text.isEmpty() && marker.isEmpty())
        return Read::Ignored; // a service message: someone joined, a pin, a new title ...
    out.text = marker.isEmpty() ? text : (text.isEmpty() ? marker : text + u'\n' + marker);

    fields.chatId = *chatId;
    out.platformId = TelegramParser::platformId(*chatId, *messageId);
    out.createdAt = *date * 1000;
    if (edited) {
        const std::optional<qint64> editDate = integerOf(m.value(u"edit_date"_s));
        out.editedAt = editDate && *editDate > 0 && *editDate < 100000000000LL ? *editDate * 1000
                                                                               : out.createdAt;
    }
    out.visibility = isPrivate ? Visibility::Private : Visibility::Public;

    const QJsonObject from = m.value(u"from"_s).toObject();
    const std::optional<qint64> fromId = integerOf(from.value(u"id"_s));
    if (fromId) {
        out.authorPlatformId = QString::number(*fromId);
        out.authorHandle = shortText(from.value(u"username"_s));
        const QString name
            = shortText(from.value(u"first_name"_s)) + u' ' + shortText(from.value(u"last_name"_s));
        out.authorName = name.trimmed();
    } else {
        // Anonymous group admins and linked channels write as a chat.
        const QJsonObject sender = m.value(u"sender_chat"_s).toObject();
        if (const std::optional<qint64> senderId = integerOf(sender.value(u"id"_s)))
            out.authorPlatformId = QString::number(*senderId);
        out.authorHandle = shortText(sender.value(u"username"_s));
        out.authorName = shortText(sender.value(u"title"_s));
    }
    if (out.authorName.isEmpty())
        out.authorName = out.authorHandle;
    if (out.authorPlatformId.isEmpty())
        return Read::Malformed;
    // In a private or business chat the chat id is the customer's user id: anything else wrote
    // from our side (the business owner, or the bot).
    if (isPrivate)
        out.direction = fromId && *fromId != *chatId ? Direction::Out : Direction::In;
    else
        out.direction = fromId && context.botUserId != 0 && *fromId == context.botUserId
            ? Direction::Out
            : Direction::In;

    const QJsonObject parent = m.value(u"reply_to_message"_s).toObject();
    if (const std::optional<qint64> parentId = integerOf(parent.value(u"message_id"_s))) {
        fields.parentId = TelegramParser::platformId(*chatId, *parentId);
        out.replyToPlatformId = fields.parentId;
    }
    fields.threadId = integerOf(m.value(u"message_thread_id"_s)).value_or(0);
    fields.topic = m.value(u"is_topic_message"_s).toBool();

    const QString username = shortText(chat.value(u"username"_s));
    if (fields.group && !username.isEmpty())
        out.permalink = u"https://t.me/"_s + username + u'/' + QString::number(*messageId);
    return Read::Message;
}

class ThreadBook
{
public:
    explicit ThreadBook(const ParseContext &context)
        : m_context(context)
    {
    }

    QString assign(const MessageFields &fields, const QString &businessConnection)
    {
        const QString chat = QString::number(fields.chatId);
        QString key;
        if (!businessConnection.isEmpty()) {
            key = u"business:"_s + chat + u':' + businessConnection;
        } else if (!fields.group) {
            key = u"chat:"_s + chat;
        } else if (fields.topic && fields.threadId > 0) {
            key = u"chat:"_s + chat + u":topic:"_s + QString::number(fields.threadId);
        } else {
            key = known(fields.message.platformId);
            if (key.isEmpty() && fields.threadId > 0) {
                const QString root = TelegramParser::platformId(fields.chatId, fields.threadId);
                key = m_page.value(root);
                if (key.isEmpty())
                    key = known(root);
                if (key.isEmpty())
                    key = u"chat:"_s + chat + u':' + QString::number(fields.threadId);
            }
            if (key.isEmpty() && !fields.parentId.isEmpty()) {
                key = m_page.value(fields.parentId);
                if (key.isEmpty())
                    key = known(fields.parentId);
            }
            if (key.isEmpty()) {
                const qsizetype colon = fields.message.platformId.indexOf(u':');
                key = u"chat:"_s + chat + u':' + fields.message.platformId.mid(colon + 1);
            }
        }
        m_page.insert(fields.message.platformId, key);
        return key;
    }

private:
    QString known(const QString &id) const
    {
        return m_context.knownThread ? m_context.knownThread(id) : QString();
    }

    const ParseContext &m_context;
    QHash<QString, QString> m_page;
};

/// The number in "Too Many Requests: retry after 35", for answers without parameters.
qint64 retryAfterInText(const QString &description)
{
    const qsizetype at = description.indexOf(u"retry after "_s, 0, Qt::CaseInsensitive);
    if (at < 0)
        return 0;
    qsizetype i = at + 12;
    qint64 seconds = 0;
    while (i < description.size() && description.at(i).isDigit() && seconds < 86400) {
        seconds = seconds * 10 + description.at(i).digitValue();
        ++i;
    }
    return seconds;
}

} // namespace

Result<FetchResult> TelegramParser::updates(
    const QByteArray &body, const QString &cursor, const ParseContext &context, int limit)
{
    Result<QJsonValue> result = resultOf(body);
    if (!result.ok())
        return result.error();
    if (!result.value().isArray()) {
        return Error { ErrorCode::Invalid,
            tr("Telegram sent updates CareDesk cannot read (a list was expected).") };
    }
    const QJsonArray updates = result.value().toArray();
    FetchResult fetched;
    ThreadBook threads(context);
    bool cursorOk = false;
    const qint64 offset = cursor.toLongLong(&cursorOk);
    qint64 highest = -1;
    for (const QJsonValue &value : updates) {
        const QJsonObject update = value.toObject();
        const std::optional<qint64> updateId = integerOf(update.value(u"update_id"_s));
        if (!updateId || *updateId < 0) {
            ++fetched.skipped;
            continue;
        }
        highest = qMax(highest, *updateId);

        struct Kind {
            QLatin1String key;
            bool edited;
            bool business;
        };
        static constexpr Kind kinds[] = {
            { "message"_L1, false, false },
            { "edited_message"_L1, true, false },
            { "business_message"_L1, false, true },
            { "edited_business_message"_L1, true, true },
        };
        for (const Kind &kind : kinds) {
            const QJsonValue payload = update.value(kind.key);
            if (payload.isUndefined())
                continue;
            MessageFields fields;
            const Read read = readMessage(payload, kind.edited, context, fields);
            // A business message must name its connection: replies cannot reach it otherwise.
            const QString connection = kind.business
                ? shortText(payload.toObject().value(u"business_connection_id"_s))
                : QString();
            if (read == Read::Malformed
                || (read == Read::Message && kind.business && connection.isEmpty())) {
                ++fetched.skipped;
            } else if (read == Read::Message) {
                fields.message.threadKey = threads.assign(fields, connection);
                fetched.messages.append(std::move(fields.message));
            }
            break; // an update carries one payload
        }
    }
    if (highest >= 0) {
        const qint64 next = highest + 1;
        fetched.nextCursor = QString::number(cursorOk ? qMax(offset, next) : next);
    } else {
        fetched.nextCursor = cursor;
    }
    fetched.hasMore = limit > 0 && updates.size() >= limit;
    return fetched;
}

Result<BotInfo> TelegramParser::me(const QByteArray &body)
{
    Result<QJsonValue> result = resultOf(body);
    if (!result.ok())
        return result.error();
    const QJsonObject user = result.value().toObject();
    const std::optional<qint64> id = integerOf(user.value(u"id"_s));
    if (!id || *id <= 0) {
        return Error { ErrorCode::Invalid,
            tr("Telegram sent a bot description CareDesk cannot read (its id is missing).") };
    }
    BotInfo bot;
    bot.id = *id;
    bot.username = shortText(user.value(u"username"_s));
    bot.firstName = shortText(user.value(u"first_name"_s));
    bot.canReadAllGroupMessages = user.value(u"can_read_all_group_messages"_s).toBool();
    return bot;
}

SendResult TelegramParser::sent(const QByteArray &body, Millis now)
{
    SendResult sent;
    Result<QJsonObject> envelope = parseEnvelope(body);
    if (envelope.ok() && !envelope.value().value(u"ok"_s).toBool())
        return failure(0, body, now).toSendResult();
    if (envelope.ok()) {
        const QJsonObject message = envelope.value().value(u"result"_s).toObject();
        const std::optional<qint64> chatId
            = integerOf(message.value(u"chat"_s).toObject().value(u"id"_s));
        const std::optional<qint64> messageId = integerOf(message.value(u"message_id"_s));
        if (chatId && messageId && *messageId > 0) {
            sent.outcome = SendOutcome::Sent;
            sent.platformId = platformId(*chatId, *messageId);
            return sent;
        }
    }
    sent.outcome = SendOutcome::Unknown;
    sent.reason = tr("Telegram's answer to the message cannot be read; check the chat before "
                     "sending it again.");
    return sent;
}

HttpFailure TelegramParser::failure(int httpStatus, const QByteArray &body, Millis now)
{
    HttpFailure failure;
    failure.httpStatus = httpStatus;
    int code = httpStatus;
    qint64 retryAfter = 0;
    qint64 migrateTo = 0;
    QString description;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && document.isObject()) {
        const QJsonObject envelope = document.object();
        if (const std::optional<qint64> errorCode = integerOf(envelope.value(u"error_code"_s));
            errorCode && *errorCode >= 100 && *errorCode <= 599)
            code = int(*errorCode);
        description = envelope.value(u"description"_s).toString();
        const QJsonObject parameters = envelope.value(u"parameters"_s).toObject();
        retryAfter = integerOf(parameters.value(u"retry_after"_s)).value_or(0);
        migrateTo = integerOf(parameters.value(u"migrate_to_chat_id"_s)).value_or(0);
    }
    failure.platformMessage = cleanPlatformMessage(description);
    const QString detail
        = failure.platformMessage.isEmpty() ? tr("HTTP %1").arg(code) : failure.platformMessage;

    if (code == 429) {
        failure.kind = HttpFailure::Kind::RateLimited;
        failure.code = ErrorCode::Unavailable;
        if (retryAfter <= 0)
            retryAfter = retryAfterInText(description);
        if (retryAfter <= 0)
            retryAfter = defaultFloodWaitSeconds;
        failure.retryAt = boundedRetryAt(now + qMin<qint64>(retryAfter, 86400) * 1000, now);
        const qint64 seconds = (failure.retryAt - now + 999) / 1000;
        failure.reason = tr("Telegram's flood limit is reached; CareDesk waits %n second(s) before "
                            "trying again.",
            nullptr, int(seconds));
    } else if (code == 401 || code == 404) {
        failure.kind = HttpFailure::Kind::AuthFailed;
        failure.code = ErrorCode::Unavailable;
        failure.reason = tr("Telegram rejected the bot token: it is wrong or was revoked in "
                            "@BotFather (%1). Enter the bot's current token.")
                             .arg(detail);
    } else if (code == 403) {
        failure.kind = HttpFailure::Kind::Permanent;
        failure.code = ErrorCode::Unavailable;
        failure.reason = tr("Telegram does not let the bot write there: %1").arg(detail);
    } else if (code == 409) {
        failure.kind = HttpFailure::Kind::Permanent;
        failure.code = ErrorCode::Conflict;
        failure.reason = description.contains(u"webhook"_s, Qt::CaseInsensitive)
            ? tr("Telegram sends this bot's updates to a webhook; delete the webhook so CareDesk "
                 "can receive them (%1).")
                  .arg(detail)
            : tr("Another program is receiving this bot's updates, and Telegram allows only one "
                 "at a time: stop the other bot instance or CareDesk (%1).")
                  .arg(detail);
    } else if (code == 408 || (code >= 500 && code <= 599)) {
        failure.kind = HttpFailure::Kind::Retryable;
        failure.code = ErrorCode::Unavailable;
        failure.reason
            = tr("The Telegram server is unavailable (%1); CareDesk will try again.").arg(detail);
    } else if (code >= 400 && code <= 499) {
        failure.kind = HttpFailure::Kind::Permanent;
        failure.code = ErrorCode::Invalid;
        failure.reason = migrateTo != 0
            ? tr("The group became a supergroup with the id %1; replies must go there (%2).")
                  .arg(migrateTo)
                  .arg(detail)
            : tr("Telegram refused the request: %1").arg(detail);
    } else {
        failure.kind = HttpFailure::Kind::Permanent;
        failure.code = ErrorCode::Internal;
        failure.reason = tr("Telegram sent an unexpected answer (%1).").arg(detail);
    }
    return failure;
}

QString TelegramParser::platformId(qint64 chatId, qint64 messageId)
{
    return QString::number(chatId) + u':' + QString::number(messageId);
}

std::optional<std::pair<qint64, qint64>> TelegramParser::splitPlatformId(const QString &platformId)
{
    const qsizetype colon = platformId.indexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    bool chatOk = false;
    bool messageOk = false;
    const qint64 chat = QStringView(platformId).first(colon).toLongLong(&chatOk);
    const qint64 message = QStringView(platformId).mid(colon + 1).toLongLong(&messageOk);
    if (!chatOk || !messageOk || chat == 0 || message <= 0)
        return std::nullopt;
    return std::pair { chat, message };
}

std::optional<ChatTarget> TelegramParser::chatOf(const QString &threadKey)
{
    ChatTarget target;
    bool ok = false;
    if (threadKey.startsWith(u"business:"_s)) {
        const QStringView rest = QStringView(threadKey).mid(9);
        const qsizetype colon = rest.indexOf(u':');
        if (colon <= 0 || colon + 1 >= rest.size())
            return std::nullopt;
        target.chatId = rest.first(colon).toLongLong(&ok);
        target.businessConnectionId = rest.mid(colon + 1).toString();
        return ok && target.chatId != 0 ? std::optional(target) : std::nullopt;
    }
    if (!threadKey.startsWith(u"chat:"_s))
        return std::nullopt;
    const QList<QStringView> parts = QStringView(threadKey).mid(5).split(u':');
    target.chatId = parts.value(0).toLongLong(&ok);
    if (!ok || target.chatId == 0)
        return std::nullopt;
    if (parts.size() == 1 || parts.size() == 2) {
        if (parts.size() == 2) {
            if (parts.at(1).toLongLong(&ok) <= 0 || !ok)
                return std::nullopt;
        }
        return target;
    }
    if (parts.size() == 3 && parts.at(1) == u"topic") {
        target.topicId = parts.at(2).toLongLong(&ok);
        return ok && target.topicId > 0 ? std::optional(target) : std::nullopt;
    }
    return std::nullopt;
}

} // namespace CareDesk::Telegram
