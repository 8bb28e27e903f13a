// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/platforms/vk/vkparser.h"

#include "app/platforms/htmltext.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk::Vk {

namespace {

    constexpr qsizetype maxNameLength = 1024;
    constexpr qint64 maxDate = 100000000000LL; // seconds; beyond this a date is nonsense
    constexpr qint64 chatPeerBase = 2000000000LL;
    constexpr Millis tooManyRequestsWait = 1000; // the limit is per second
    constexpr Millis floodControlWait = 60 * 1000;
    constexpr Millis dailyQuotaWait = 3600 * 1000;
    constexpr int maxThreadItems = 1000; // per comment; VK sends at most 10 per call

    /// A JSON integer, exactly; nullopt for any other type or a fraction.
    std::optional<qint64> integerOf(const QJsonValue &value)
    {
        if (!value.isDouble())
            return std::nullopt;
        const double d = value.toDouble();
        if (d < -9.0e18 || d > 9.0e18)
            return std::nullopt;
        const qint64 integer = value.toInteger(0);
        if (integer == 0 && d != 0.0)
            return std::nullopt;
        return integer;
    }

    /// ts arrives as a string ("713") or a number (10); a decimal either way.
    QString tsOf(const QJsonValue &value)
    {
        if (const std::optional<qint64> number = integerOf(value); number && *number >= 0)
            return QString::number(*number);
        if (value.isString()) {
            const QString text = value.toString();
            bool ok = false;
            const qint64 number = text.toLongLong(&ok);
            if (ok && number >= 0 && text.size() <= 20)
                return QString::number(number);
        }
        return {};
    }

    QString shortText(const QJsonValue &value)
    {
        return sanitizePlainText(value.toString().left(maxNameLength)).trimmed();
    }

    Error unreadable(const QString &what, const QString &detail)
    {
        return Error { ErrorCode::Invalid,
            VkParser::tr("VK sent %1 CareDesk cannot read (%2).").arg(what, detail) };
    }

    /// The `response` of a success envelope, or the error an error envelope stands for.
    Result<QJsonValue> responseOf(const QByteArray &body, const QString &what)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError) {
            return unreadable(
                what, VkParser::tr("%1 at byte %2").arg(error.errorString()).arg(error.offset));
        }
        if (!document.isObject())
            return unreadable(what, VkParser::tr("an object was expected"));
        const QJsonObject envelope = document.object();
        if (envelope.contains(u"error"_s))
            return VkParser::failure(200, body, 0).toError();
        if (!envelope.contains(u"response"_s))
            return unreadable(what, VkParser::tr("no \"response\" field"));
        return envelope.value(u"response"_s);
    }

    QString attachmentMarker(const QJsonArray &attachments)
    {
        if (attachments.isEmpty())
            return {};
        const QString type = attachments.first().toObject().value(u"type"_s).toString();
        if (type == u"photo"_s)
            return VkParser::tr("[Photo]");
        if (type == u"video"_s)
            return VkParser::tr("[Video]");
        if (type == u"audio"_s)
            return VkParser::tr("[Audio]");
        if (type == u"audio_message"_s)
            return VkParser::tr("[Voice message]");
        if (type == u"doc"_s)
            return VkParser::tr("[File]");
        if (type == u"sticker"_s)
            return VkParser::tr("[Sticker]");
        if (type == u"link"_s)
            return VkParser::tr("[Link]");
        if (type == u"wall"_s || type == u"wall_reply"_s)
            return VkParser::tr("[Post]");
        return VkParser::tr("[Attachment]");
    }

    /// Names of the authors in an extended answer (profiles and groups), by from_id.
    QHash<qint64, QString> namesOf(const QJsonObject &response)
    {
        QHash<qint64, QString> names;
        const QJsonArray profiles = response.value(u"profiles"_s).toArray();
        for (const QJsonValue &value : profiles) {
            const QJsonObject p = value.toObject();
            if (const std::optional<qint64> id = integerOf(p.value(u"id"_s)); id && *id > 0) {
                names.insert(*id,
                    QString(shortText(p.value(u"first_name"_s)) + u' '
                        + shortText(p.value(u"last_name"_s)))
                        .trimmed());
            }
        }
        const QJsonArray groups = response.value(u"groups"_s).toArray();
        for (const QJsonValue &value : groups) {
            const QJsonObject g = value.toObject();
            if (const std::optional<qint64> id = integerOf(g.value(u"id"_s)); id && *id > 0)
                names.insert(-*id, shortText(g.value(u"name"_s)));
        }
        return names;
    }

    void setAuthor(IncomingMessage &out, qint64 fromId, const QHash<qint64, QString> &names)
    {
        out.authorPlatformId = QString::number(fromId);
        // VK's default address of a page: vk.com/id123 for people, vk.com/club123 for communities.
        out.authorHandle
            = fromId > 0 ? u"id"_s + QString::number(fromId) : u"club"_s + QString::number(-fromId);
        out.authorName = names.value(fromId);
        if (out.authorName.isEmpty())
            out.authorName = out.authorHandle;
    }

    /// The text of a comment or message, plain, with a note for attachments without words.
    std::optional<QString> textOf(const QJsonObject &object)
    {
        const QString text = VkParser::plainText(object.value(u"text"_s).toString());
        const QString marker = attachmentMarker(object.value(u"attachments"_s).toArray());
        if (text.isEmpty() && marker.isEmpty())
            return std::nullopt;
        return text.isEmpty() ? marker : text;
    }

    enum class Read { Message, Ignored, Malformed };

    /// A wall comment (from wall.getComments, or a wall_reply_* event).
    Read readComment(const QJsonObject &c, qint64 ownerId, qint64 postId,
        const ParseContext &context, const QHash<qint64, QString> &names,
        const QHash<QString, QString> &page, IncomingMessage &out)
    {
        if (c.value(u"deleted"_s).toBool())
            return Read::Ignored;
        const std::optional<qint64> id = integerOf(c.value(u"id"_s));
        const std::optional<qint64> fromId = integerOf(c.value(u"from_id"_s));
        const std::optional<qint64> date = integerOf(c.value(u"date"_s));
        if (ownerId == 0) {
            ownerId = integerOf(c.value(u"post_owner_id"_s))
                          .value_or(integerOf(c.value(u"owner_id"_s)).value_or(0));
        }
        if (postId <= 0)
            postId = integerOf(c.value(u"post_id"_s)).value_or(0);
        if (!id || *id <= 0 || !fromId || *fromId == 0 || !date || *date < 0 || *date > maxDate
            || ownerId == 0 || postId <= 0)
            return Read::Malformed;
        const std::optional<QString> text = textOf(c);
        if (!text)
            return Read::Ignored;
        out.text = *text;
        out.platformId = VkParser::commentId(ownerId, postId, *id);
        out.createdAt = *date * 1000;
        out.visibility = Visibility::Public;
        setAuthor(out, *fromId, names);
        out.direction
            = (context.groupId > 0 && *fromId == -context.groupId) ? Direction::Out : Direction::In;

        qint64 top = 0;
        const QJsonArray parents = c.value(u"parents_stack"_s).toArray();
        if (!parents.isEmpty())
            top = integerOf(parents.first()).value_or(0);
        const qint64 parent = integerOf(c.value(u"reply_to_comment"_s)).value_or(0);
        if (parent > 0)
            out.replyToPlatformId = VkParser::commentId(ownerId, postId, parent);
        if (top > 0) {
            out.threadKey = VkParser::wallThread(ownerId, postId, top);
        } else if (parent > 0) {
            out.threadKey = page.value(out.replyToPlatformId);
            if (out.threadKey.isEmpty() && context.knownThread)
                out.threadKey = context.knownThread(out.replyToPlatformId);
            if (out.threadKey.isEmpty())
                out.threadKey = VkParser::wallThread(ownerId, postId, parent);
        } else {
            out.threadKey = VkParser::wallThread(ownerId, postId, *id);
        }
        const QString wall = QString::number(ownerId) + u'_' + QString::number(postId);
        out.permalink = u"https://vk.com/wall"_s + wall + u"?reply="_s + QString::number(*id);
        if (const auto thread = VkParser::wallOf(out.threadKey); thread && thread->commentId != *id)
            out.permalink += u"&thread="_s + QString::number(thread->commentId);
        return Read::Message;
    }

    /// A message of a community dialog.
    Read readMessage(const QJsonObject &m, const ParseContext &context,
        const QHash<qint64, QString> &names, IncomingMessage &out)
    {
        const std::optional<qint64> peerId = integerOf(m.value(u"peer_id"_s));
        const std::optional<qint64> fromId = integerOf(m.value(u"from_id"_s));
        const std::optional<qint64> date = integerOf(m.value(u"date"_s));
        const qint64 id = integerOf(m.value(u"id"_s)).value_or(0);
        const qint64 cmid = integerOf(m.value(u"conversation_message_id"_s)).value_or(0);
        if (!peerId || *peerId == 0 || !fromId || *fromId == 0 || !date || *date < 0
            || *date > maxDate || (id <= 0 && cmid <= 0) || id < 0 || cmid < 0)
            return Read::Malformed;
        const std::optional<QString> text = textOf(m);
        if (!text)
            return Read::Ignored; // a service action: someone joined a chat, a pin ...
        out.text = *text;
        out.platformId = VkParser::messageId(*peerId, id, cmid);
        out.threadKey = VkParser::dialogThread(*peerId);
        out.createdAt = *date * 1000;
        out.visibility = *peerId > chatPeerBase ? Visibility::Public : Visibility::Private;
        setAuthor(out, *fromId, names);
        const bool ours = integerOf(m.value(u"out"_s)).value_or(0) == 1
            || (context.groupId > 0 && *fromId == -context.groupId);
        out.direction = ours ? Direction::Out : Direction::In;
        const QJsonObject reply = m.value(u"reply_message"_s).toObject();
        if (const qint64 replyId = integerOf(reply.value(u"id"_s)).value_or(0); replyId > 0)
            out.replyToPlatformId = VkParser::messageId(*peerId, replyId);
        if (context.groupId > 0) {
            out.permalink = u"https://vk.com/gim"_s + QString::number(context.groupId) + u"?sel="_s
                + QString::number(*peerId);
        }
        return Read::Message;
    }

    QString apiErrorReason(const ApiError &error)
    {
        const QString detail = error.message.isEmpty()
            ? VkParser::tr("error %1").arg(error.code)
            : VkParser::tr("error %1: %2").arg(error.code).arg(error.message);
        switch (error.kind) {
        case ApiError::Kind::TooManyRequests:
            return VkParser::tr("VK says too many requests per second (%1); the account's queue "
                                "waits a moment.")
                .arg(detail);
        case ApiError::Kind::FloodControl:
            return VkParser::tr("VK's flood control stopped the community for now (%1); the "
                                "account's queue waits before trying again.")
                .arg(detail);
        case ApiError::Kind::Authorization:
            return VkParser::tr(
                "VK refused the community token (%1). The account is paused: create "
                "a new token in the community's settings and add it again.")
                .arg(detail);
        case ApiError::Kind::Captcha:
            return error.captchaImg.isEmpty()
                ? VkParser::tr(
                    "VK asks for a captcha before it accepts this from the community (%1). "
                    "Wait a while, or post the reply on vk.com.")
                      .arg(detail)
                : VkParser::tr(
                    "VK asks for a captcha before it accepts this from the community (%1; "
                    "captcha: %2). Wait a while, or post the reply on vk.com.")
                      .arg(detail, error.captchaImg);
        case ApiError::Kind::ServerError:
            return VkParser::tr("VK had an internal error (%1); CareDesk will try again.")
                .arg(detail);
        case ApiError::Kind::Refused:
            break;
        }
        switch (error.code) {
        case 15:
        case 7:
            return VkParser::tr(
                "VK denied access (%1). Check the token's rights in the community's "
                "settings.")
                .arg(detail);
        case 901:
            return VkParser::tr("The customer has not allowed messages from the community (%1).")
                .arg(detail);
        case 914:
            return VkParser::tr("The message is too long for VK (%1).").arg(detail);
        default:
            return VkParser::tr("VK refused the request (%1).").arg(detail);
        }
    }

    QString sentUnreadable()
    {
        return VkParser::tr(
            "VK's answer to the reply cannot be read; CareDesk sends it again with the "
            "same identifier, which VK recognises, so it cannot appear twice.");
    }

    const QRegularExpression &mentionPattern()
    {
        static const QRegularExpression pattern(
            u"\\[(?:id|club|public|event)\\d{1,20}(?::bp-?\\d+_\\d+)?\\|([^\\[\\]|]{1,300})\\]"_s);
        return pattern;
    }

} // namespace

QString VkParser::plainText(const QString &text)
{
    QString out = text;
    // Old API versions and some clients still send line breaks as <br>.
    out.replace(u"<br>"_s, u"\n"_s, Qt::CaseInsensitive);
    if (out.contains(u'['))
        out.replace(mentionPattern(), u"\\1"_s);
    return sanitizePlainText(out).trimmed();
}

std::optional<ApiError> VkParser::apiError(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return std::nullopt;
    const QJsonValue value = document.object().value(u"error"_s);
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject e = value.toObject();
    ApiError error;
    const qint64 code = integerOf(e.value(u"error_code"_s)).value_or(0);
    error.code = code > 0 && code < 100000 ? int(code) : 0;
    error.message = cleanPlatformMessage(e.value(u"error_msg"_s).toString());
    switch (error.code) {
    case 6:
        error.kind = ApiError::Kind::TooManyRequests;
        break;
    case 9:
    case 29:
        error.kind = ApiError::Kind::FloodControl;
        break;
    case 5:
    case 27:
    case 28:
        error.kind = ApiError::Kind::Authorization;
        break;
    case 14: {
        error.kind = ApiError::Kind::Captcha;
        error.captchaSid = cleanPlatformMessage(e.value(u"captcha_sid"_s).toString(), 64);
        const QUrl image(e.value(u"captcha_img"_s).toString().left(2048), QUrl::StrictMode);
        if (image.isValid() && (image.scheme() == u"https"_s || image.scheme() == u"http"_s)
            && !image.host().isEmpty())
            error.captchaImg = image.toString(QUrl::FullyEncoded);
        break;
    }
    case 1:
    case 10:
        error.kind = ApiError::Kind::ServerError;
        break;
    default:
        error.kind = ApiError::Kind::Refused;
        break;
    }
    return error;
}

HttpFailure VkParser::failure(int httpStatus, const QByteArray &body, Millis now)
{
    HttpFailure failure;
    failure.httpStatus = httpStatus;
    const std::optional<ApiError> error
        = httpStatus >= 200 && httpStatus < 300 ? apiError(body) : std::nullopt;
    if (!error) {
        const QString detail = tr("HTTP %1").arg(httpStatus);
        if (httpStatus == 429) {
            failure.kind = HttpFailure::Kind::RateLimited;
            failure.code = ErrorCode::Unavailable;
            failure.retryAt = boundedRetryAt(now + tooManyRequestsWait, now);
            failure.reason = tr("VK says too many requests (%1); the account's queue waits a "
                                "moment.")
                                 .arg(detail);
        } else if (httpStatus == 401 || httpStatus == 403) {
            failure.kind = HttpFailure::Kind::AuthFailed;
            failure.code = ErrorCode::Unavailable;
            failure.reason = tr("VK refused the community token (%1). The account is paused: "
                                "create a new token in the community's settings and add it "
                                "again.")
                                 .arg(detail);
        } else if (httpStatus == 408 || httpStatus >= 500 || httpStatus < 200) {
            failure.kind = HttpFailure::Kind::Retryable;
            failure.code = ErrorCode::Unavailable;
            failure.reason
                = tr("The VK server is unavailable (%1); CareDesk will try again.").arg(detail);
        } else if (httpStatus >= 200 && httpStatus < 300) {
            // A 2xx CareDesk could not read as the answer it asked for.
            failure.kind = HttpFailure::Kind::Retryable;
            failure.code = ErrorCode::Invalid;
            failure.reason = tr("VK sent an answer CareDesk cannot read; it will try again.");
        } else {
            failure.kind = HttpFailure::Kind::Permanent;
            failure.code = ErrorCode::Invalid;
            failure.reason = tr("VK refused the request (%1).").arg(detail);
        }
        return failure;
    }
    failure.platformMessage = error->message;
    failure.reason = apiErrorReason(*error);
    switch (error->kind) {
    case ApiError::Kind::TooManyRequests:
        failure.kind = HttpFailure::Kind::RateLimited;
        failure.code = ErrorCode::Unavailable;
        failure.retryAt = boundedRetryAt(now + tooManyRequestsWait, now);
        break;
    case ApiError::Kind::FloodControl:
        failure.kind = HttpFailure::Kind::RateLimited;
        failure.code = ErrorCode::Unavailable;
        failure.retryAt
            = boundedRetryAt(now + (error->code == 29 ? dailyQuotaWait : floodControlWait), now);
        break;
    case ApiError::Kind::Authorization:
        failure.kind = HttpFailure::Kind::AuthFailed;
        failure.code = ErrorCode::Unavailable;
        break;
    case ApiError::Kind::Captcha:
        failure.kind = HttpFailure::Kind::Permanent;
        failure.code = ErrorCode::Conflict;
        break;
    case ApiError::Kind::ServerError:
        failure.kind = HttpFailure::Kind::Retryable;
        failure.code = ErrorCode::Unavailable;
        break;
    case ApiError::Kind::Refused:
        failure.kind = HttpFailure::Kind::Permanent;
        failure.code = error->code == 100 || error->code == 914 ? ErrorCode::Invalid
                                                                : ErrorCode::Unavailable;
        break;
    }
    return failure;
}

Result<LongPollServer> VkParser::longPollServer(const QByteArray &body)
{
    Result<QJsonValue> response = responseOf(body, tr("a long poll server"));
    if (!response.ok())
        return response.error();
    const QJsonObject r = response.value().toObject();
    LongPollServer server;
    server.key = r.value(u"key"_s).toString().left(512);
    server.ts = tsOf(r.value(u"ts"_s));
    QString address = r.value(u"server"_s).toString().trimmed().left(2048);
    if (!address.isEmpty() && !address.contains(u"://"_s))
        address.prepend(u"https://"_s);
    const QUrl url(address, QUrl::StrictMode);
    if (server.key.isEmpty() || server.ts.isEmpty() || !url.isValid() || url.host().isEmpty()
        || (url.scheme() != u"https"_s && url.scheme() != u"http"_s))
        return unreadable(tr("a long poll server"), tr("key, server or ts is missing"));
    server.server = url.toString(QUrl::FullyEncoded);
    return server;
}

Result<Community> VkParser::community(const QByteArray &body)
{
    Result<QJsonValue> response = responseOf(body, tr("a community description"));
    if (!response.ok())
        return response.error();
    // 5.199 answers {"groups":[...]}; earlier versions a bare list.
    const QJsonArray groups = response.value().isArray()
        ? response.value().toArray()
        : response.value().toObject().value(u"groups"_s).toArray();
    const QJsonObject g = groups.first().toObject();
    const std::optional<qint64> id = integerOf(g.value(u"id"_s));
    if (!id || *id <= 0)
        return unreadable(tr("a community description"), tr("its id is missing"));
    return Community { *id, shortText(g.value(u"name"_s)), shortText(g.value(u"screen_name"_s)) };
}

Result<LongPollAnswer> VkParser::longPoll(const QByteArray &body, const ParseContext &context)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return unreadable(
            tr("long poll events"), tr("%1 at byte %2").arg(error.errorString()).arg(error.offset));
    }
    const QJsonObject answer = document.object();
    if (!document.isObject())
        return unreadable(tr("long poll events"), tr("an object was expected"));
    if (answer.contains(u"error"_s))
        return failure(200, body, 0).toError();
    LongPollAnswer out;
    out.ts = tsOf(answer.value(u"ts"_s));
    if (answer.contains(u"failed"_s)) {
        switch (integerOf(answer.value(u"failed"_s)).value_or(0)) {
        case 1:
            if (out.ts.isEmpty())
                return unreadable(tr("long poll events"), tr("failed 1 without ts"));
            out.kind = LongPollAnswer::Kind::HistoryLost;
            return out;
        case 2:
            out.kind = LongPollAnswer::Kind::KeyExpired;
            out.ts.clear();
            return out;
        case 3:
            out.kind = LongPollAnswer::Kind::InfoLost;
            out.ts.clear();
            return out;
        default:
            return unreadable(tr("long poll events"), tr("an unknown \"failed\" code"));
        }
    }
    if (out.ts.isEmpty() || !answer.value(u"updates"_s).isArray())
        return unreadable(tr("long poll events"), tr("ts or updates is missing"));

    const QJsonArray updates = answer.value(u"updates"_s).toArray();
    QSet<QString> seen;
    QHash<QString, QString> page;
    const QHash<qint64, QString> noNames;
    for (const QJsonValue &value : updates) {
        const QJsonObject update = value.toObject();
        const QString eventId = update.value(u"event_id"_s).toString().left(128);
        if (!eventId.isEmpty()) {
            if (seen.contains(eventId) || (context.seenEvent && context.seenEvent(eventId))) {
                ++out.duplicates;
                continue;
            }
            seen.insert(eventId);
            out.eventIds.append(eventId);
        }
        const QString type = update.value(u"type"_s).toString();
        const QJsonObject object = update.value(u"object"_s).toObject();
        IncomingMessage message;
        Read read = Read::Ignored;
        if (type == u"wall_reply_new"_s || type == u"wall_reply_edit"_s) {
            read = readComment(object, 0, 0, context, noNames, page, message);
            if (read == Read::Message && type == u"wall_reply_edit"_s)
                message.editedAt = message.createdAt;
        } else if (type == u"message_new"_s || type == u"message_reply"_s
            || type == u"message_edit"_s) {
            // Since 5.103 message_new carries {message, client_info}; the others the message.
            const QJsonObject m
                = object.contains(u"message"_s) ? object.value(u"message"_s).toObject() : object;
            read = readMessage(m, context, noNames, message);
            if (read == Read::Message && type == u"message_reply"_s)
                message.direction = Direction::Out;
            if (read == Read::Message && type == u"message_edit"_s) {
                const qint64 at = integerOf(m.value(u"update_time"_s)).value_or(0);
                message.editedAt = at > 0 && at < maxDate ? at * 1000 : message.createdAt;
            }
        }
        if (read == Read::Malformed) {
            ++out.skipped;
        } else if (read == Read::Message) {
            page.insert(message.platformId, message.threadKey);
            out.messages.append(std::move(message));
        }
    }
    return out;
}

Result<QList<qint64>> VkParser::postIds(const QByteArray &body)
{
    Result<QJsonValue> response = responseOf(body, tr("the community's posts"));
    if (!response.ok())
        return response.error();
    if (!response.value().toObject().value(u"items"_s).isArray())
        return unreadable(tr("the community's posts"), tr("no items"));
    QList<qint64> ids;
    const QJsonArray items = response.value().toObject().value(u"items"_s).toArray();
    for (const QJsonValue &value : items) {
        if (const std::optional<qint64> id = integerOf(value.toObject().value(u"id"_s));
            id && *id > 0)
            ids.append(*id);
    }
    return ids;
}

Result<FetchResult> VkParser::comments(
    const QByteArray &body, qint64 ownerId, qint64 postId, const ParseContext &context)
{
    Result<QJsonValue> response = responseOf(body, tr("comments"));
    if (!response.ok())
        return response.error();
    const QJsonObject r = response.value().toObject();
    if (!r.value(u"items"_s).isArray())
        return unreadable(tr("comments"), tr("no items"));
    const QHash<qint64, QString> names = namesOf(r);
    FetchResult fetched;
    QHash<QString, QString> page;
    auto take = [&](const QJsonObject &c) {
        IncomingMessage message;
        const Read read = readComment(c, ownerId, postId, context, names, page, message);
        if (read == Read::Malformed) {
            ++fetched.skipped;
        } else if (read == Read::Message) {
            page.insert(message.platformId, message.threadKey);
            fetched.messages.append(std::move(message));
        }
    };
    const QJsonArray items = r.value(u"items"_s).toArray();
    for (const QJsonValue &value : items) {
        const QJsonObject comment = value.toObject();
        take(comment);
        const QJsonArray thread = comment.value(u"thread"_s).toObject().value(u"items"_s).toArray();
        int n = 0;
        for (const QJsonValue &reply : thread) {
            if (++n > maxThreadItems)
                break;
            QJsonObject r = reply.toObject();
            // Thread items name their parents; an older answer may not: they belong to this one.
            if (!r.contains(u"parents_stack"_s) && !r.contains(u"reply_to_comment"_s))
                r.insert(u"parents_stack"_s, QJsonArray { comment.value(u"id"_s) });
            take(r);
        }
    }
    return fetched;
}

Result<FetchResult> VkParser::conversations(const QByteArray &body, const ParseContext &context)
{
    Result<QJsonValue> response = responseOf(body, tr("conversations"));
    if (!response.ok())
        return response.error();
    const QJsonObject r = response.value().toObject();
    if (!r.value(u"items"_s).isArray())
        return unreadable(tr("conversations"), tr("no items"));
    const QHash<qint64, QString> names = namesOf(r);
    FetchResult fetched;
    const QJsonArray items = r.value(u"items"_s).toArray();
    for (const QJsonValue &value : items) {
        const QJsonObject last = value.toObject().value(u"last_message"_s).toObject();
        if (last.isEmpty())
            continue;
        IncomingMessage message;
        const Read read = readMessage(last, context, names, message);
        if (read == Read::Malformed)
            ++fetched.skipped;
        else if (read == Read::Message)
            fetched.messages.append(std::move(message));
    }
    return fetched;
}

SendResult VkParser::commentSent(const QByteArray &body, qint64 ownerId, qint64 postId, Millis now)
{
    if (apiError(body))
        return failure(200, body, now).toSendResult();
    SendResult sent;
    Result<QJsonValue> response = responseOf(body, tr("the comment"));
    const std::optional<qint64> id = response.ok()
        ? integerOf(response.value().toObject().value(u"comment_id"_s))
        : std::nullopt;
    if (id && *id > 0 && ownerId != 0 && postId > 0) {
        sent.outcome = SendOutcome::Sent;
        sent.platformId = commentId(ownerId, postId, *id);
        return sent;
    }
    sent.outcome = SendOutcome::Unknown;
    sent.reason = sentUnreadable();
    return sent;
}

SendResult VkParser::messageSent(const QByteArray &body, qint64 peerId, Millis now)
{
    if (apiError(body))
        return failure(200, body, now).toSendResult();
    SendResult sent;
    Result<QJsonValue> response = responseOf(body, tr("the message"));
    std::optional<qint64> id;
    qint64 cmid = 0;
    if (response.ok()) {
        id = integerOf(response.value());
        if (!id && response.value().isArray()) {
            // With peer_ids: [{"peer_id", "message_id", "conversation_message_id", "error"?}].
            const QJsonObject first = response.value().toArray().first().toObject();
            id = integerOf(first.value(u"message_id"_s));
            cmid = integerOf(first.value(u"conversation_message_id"_s)).value_or(0);
        }
    }
    if (peerId != 0 && ((id && *id > 0) || cmid > 0)) {
        sent.outcome = SendOutcome::Sent;
        sent.platformId = messageId(peerId, id.value_or(0), cmid);
        return sent;
    }
    sent.outcome = SendOutcome::Unknown;
    sent.reason = sentUnreadable();
    return sent;
}

QString VkParser::commentId(qint64 ownerId, qint64 postId, qint64 commentId)
{
    return u"comment:%1:%2:%3"_s.arg(ownerId).arg(postId).arg(commentId);
}

QString VkParser::messageId(qint64 peerId, qint64 id, qint64 conversationMessageId)
{
    if (id > 0)
        return u"message:%1:%2"_s.arg(peerId).arg(id);
    return u"message:%1:c%2"_s.arg(peerId).arg(conversationMessageId);
}

QString VkParser::wallThread(qint64 ownerId, qint64 postId, qint64 topCommentId)
{
    return u"wall:%1:%2:%3"_s.arg(ownerId).arg(postId).arg(topCommentId);
}

QString VkParser::dialogThread(qint64 peerId)
{
    return u"dialog:%1"_s.arg(peerId);
}

std::optional<VkParser::WallTarget> VkParser::wallOf(const QString &key)
{
    QStringView rest;
    if (key.startsWith(u"wall:"_s))
        rest = QStringView(key).mid(5);
    else if (key.startsWith(u"comment:"_s))
        rest = QStringView(key).mid(8);
    else
        return std::nullopt;
    const QList<QStringView> parts = rest.split(u':');
    if (parts.size() != 3)
        return std::nullopt;
    bool a = false;
    bool b = false;
    bool c = false;
    WallTarget target { parts.at(0).toLongLong(&a), parts.at(1).toLongLong(&b),
        parts.at(2).toLongLong(&c) };
    if (!a || !b || !c || target.ownerId == 0 || target.postId <= 0 || target.commentId <= 0)
        return std::nullopt;
    return target;
}

std::optional<qint64> VkParser::peerOf(const QString &key)
{
    QStringView rest;
    if (key.startsWith(u"dialog:"_s))
        rest = QStringView(key).mid(7);
    else if (key.startsWith(u"message:"_s))
        rest = QStringView(key).mid(8).split(u':').first();
    else
        return std::nullopt;
    bool ok = false;
    const qint64 peer = rest.toLongLong(&ok);
    return ok && peer != 0 ? std::optional(peer) : std::nullopt;
}

} // namespace CareDesk::Vk
