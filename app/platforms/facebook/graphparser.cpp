// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/platforms/facebook/graphparser.h"

#include "app/platforms/htmltext.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk::Facebook {

namespace {

    constexpr qsizetype maxNameLength = 1024;
    constexpr qsizetype maxIdLength = 256;
    constexpr qsizetype maxTextLength = 64 * 1024;
    constexpr Millis throttleWait = 5 * 60 * 1000; // when Graph names no time
    constexpr Millis maxRegain = 24LL * 3600 * 1000;

    Error unreadable(const QString &what, const QString &detail)
    {
        return Error { ErrorCode::Invalid,
            GraphParser::tr("Facebook sent %1 CareDesk cannot read (%2).").arg(what, detail) };
    }

    QString shortText(const QJsonValue &value)
    {
        return sanitizePlainText(value.toString().left(maxNameLength)).simplified();
    }

    /// A Graph id: a non-empty string of at most maxIdLength printable characters without
    /// spaces or ':' (our keys use ':'); numbers are accepted as their decimal text.
    QString idOf(const QJsonValue &value)
    {
        QString id;
        if (value.isString())
            id = value.toString();
        else if (value.isDouble() && value.toDouble() >= 0 && value.toDouble() < 9.0e15)
            id = QString::number(value.toInteger());
        if (id.isEmpty() || id.size() > maxIdLength)
            return {};
        for (const QChar c : std::as_const(id)) {
            if (c.unicode() <= 0x20 || c.unicode() >= 0x7f || c == u':' || c == u'/' || c == u'?'
                || c == u'#' || c == u'&')
                return {};
        }
        return id;
    }

    /// The document's top object, or why not.
    Result<QJsonObject> objectOf(const QByteArray &body, const QString &what)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError) {
            return unreadable(
                what, GraphParser::tr("%1 at byte %2").arg(error.errorString()).arg(error.offset));
        }
        if (!document.isObject())
            return unreadable(what, GraphParser::tr("an object was expected"));
        const QJsonObject object = document.object();
        if (object.contains(u"error"_s))
            return GraphParser::failure(400, body, {}, 0).toError();
        return object;
    }

    /// The list of a Graph list object (`{"data":[…],"paging":{…}}`); an absent data is empty.
    Result<QJsonArray> dataOf(const QJsonObject &list, const QString &what)
    {
        const QJsonValue data = list.value(u"data"_s);
        if (data.isUndefined() || data.isNull())
            return QJsonArray();
        if (!data.isArray())
            return unreadable(what, GraphParser::tr("\"data\" is not a list"));
        return data.toArray();
    }

    /// paging.cursors.after, only while paging.next says a further page exists.
    void readPaging(const QJsonObject &list, QString &after, QString &next)
    {
        const QJsonObject paging = list.value(u"paging"_s).toObject();
        const QString nextUrl = paging.value(u"next"_s).toString();
        if (nextUrl.isEmpty() || nextUrl.size() > 8192)
            return;
        next = nextUrl;
        after = paging.value(u"cursors"_s).toObject().value(u"after"_s).toString();
        if (after.isEmpty()) // time-based paging: the cursor is in the URL
            after = QUrlQuery(QUrl(nextUrl)).queryItemValue(u"after"_s, QUrl::FullyDecoded);
        if (after.size() > 4096)
            after.clear();
    }

    QString attachmentMarker(const QJsonObject &item)
    {
        const QJsonObject single = item.value(u"attachment"_s).toObject();
        const QJsonArray many = item.value(u"attachments"_s).toObject().value(u"data"_s).toArray();
        if (single.isEmpty() && many.isEmpty())
            return {};
        const QJsonObject first = single.isEmpty() ? many.first().toObject() : single;
        const QString type
            = first.value(u"type"_s).toString() + first.value(u"mime_type"_s).toString();
        if (type.contains(u"image"_s) || type.contains(u"photo"_s)
            || first.contains(u"image_data"_s))
            return GraphParser::tr("[Photo]");
        if (type.contains(u"video"_s) || first.contains(u"video_data"_s))
            return GraphParser::tr("[Video]");
        if (type.contains(u"sticker"_s))
            return GraphParser::tr("[Sticker]");
        if (type.contains(u"audio"_s))
            return GraphParser::tr("[Audio]");
        return GraphParser::tr("[Attachment]");
    }

    QString textOf(const QJsonObject &item, const QString &field)
    {
        QString text
            = sanitizePlainText(item.value(field).toString().left(maxTextLength)).trimmed();
        if (text.isEmpty())
            text = attachmentMarker(item);
        return text;
    }

    /// A Facebook comment's id; a comment read without the id field gets it from its permalink
    /// (`…/posts/<post>/?comment_id=<c>[&reply_comment_id=<r>]` is the comment `<post>_<c>`, or
    /// `<post>_<r>` replying to it), as the recorded answers show.
    struct CommentIds {
        QString id;
        QString parent;
    };
    CommentIds commentIds(const QJsonObject &c)
    {
        CommentIds ids;
        ids.id = idOf(c.value(u"id"_s));
        ids.parent = idOf(c.value(u"parent"_s).toObject().value(u"id"_s));
        const QUrl permalink(c.value(u"permalink_url"_s).toString().left(4096));
        if (!ids.id.isEmpty() || !permalink.isValid())
            return ids;
        static const QRegularExpression post(u"/posts/([0-9]{1,40})/?$"_s);
        const QRegularExpressionMatch match = post.match(permalink.path());
        if (!match.hasMatch())
            return ids;
        const QUrlQuery query(permalink);
        const QString comment = query.queryItemValue(u"comment_id"_s);
        const QString reply = query.queryItemValue(u"reply_comment_id"_s);
        static const QRegularExpression digits(u"^[0-9]{1,40}$"_s);
        if (!digits.match(comment).hasMatch())
            return ids;
        const QString postId = match.captured(1);
        if (digits.match(reply).hasMatch()) {
            ids.id = postId + u'_' + reply;
            if (ids.parent.isEmpty())
                ids.parent = postId + u'_' + comment;
        } else {
            ids.id = postId + u'_' + comment;
        }
        return ids;
    }

    struct Reader {
        const ParseContext &context;
        GraphPage page;

        void noteTime(Millis at) { page.newest = qMax(page.newest, at); }

        /// A reply whose parent arrived in the same answer (after it: newest first) joins the
        /// parent's thread, which may be a visitor post's rather than the parent's own.
        void resolveThreads()
        {
            QHash<QString, QString> threads;
            for (const IncomingMessage &m : std::as_const(page.messages))
                threads.insert(m.platformId, m.threadKey);
            for (IncomingMessage &m : page.messages) {
                if (m.replyToPlatformId.isEmpty()
                    || m.threadKey != GraphParser::commentThread(m.replyToPlatformId))
                    continue;
                const QString parentThread = threads.value(m.replyToPlatformId);
                if (!parentThread.isEmpty())
                    m.threadKey = parentThread;
            }
        }

        /// A post a visitor wrote on the page's feed: a customer's message, its comments join it.
        void visitorPost(const QJsonObject &post, const QString &postId)
        {
            const std::optional<Millis> created
                = GraphParser::parseTime(post.value(u"created_time"_s).toString());
            if (!created) {
                ++page.skipped;
                return;
            }
            IncomingMessage out;
            out.platformId = postId;
            out.threadKey = GraphParser::commentThread(postId);
            out.visibility = Visibility::Public;
            out.createdAt = *created;
            out.text = textOf(post, u"message"_s);
            const QJsonObject from = post.value(u"from"_s).toObject();
            out.authorPlatformId = idOf(from.value(u"id"_s));
            out.authorName = shortText(from.value(u"name"_s));
            const QString link = post.value(u"permalink_url"_s).toString();
            if (link.startsWith(u"https://"_s) && link.size() < 2048)
                out.permalink = link;
            noteTime(out.createdAt);
            page.messages.append(out);
        }

        static Millis oldestOf(const QList<IncomingMessage> &messages, qsizetype from)
        {
            Millis oldest = 0;
            for (qsizetype i = from; i < messages.size(); ++i) {
                const Millis at = messages.at(i).createdAt;
                oldest = oldest == 0 ? at : qMin(oldest, at);
            }
            return oldest;
        }

        /// A Facebook comment; parentId is the object whose comments list held it when that was
        /// a comment (replies), else empty.
        void facebookComment(const QJsonValue &value, const QString &parentId)
        {
            const QJsonObject c = value.toObject();
            CommentIds ids = commentIds(c);
            if (ids.parent.isEmpty())
                ids.parent = parentId;
            const std::optional<Millis> created
                = GraphParser::parseTime(c.value(u"created_time"_s).toString());
            if (ids.id.isEmpty() || !created) {
                ++page.skipped;
                return;
            }
            IncomingMessage out;
            out.platformId = ids.id;
            out.visibility = Visibility::Public;
            out.createdAt = *created;
            out.text = textOf(c, u"message"_s);
            const QJsonObject from = c.value(u"from"_s).toObject();
            out.authorPlatformId = idOf(from.value(u"id"_s));
            out.authorName = shortText(from.value(u"name"_s));
            out.direction = !context.pageId.isEmpty() && out.authorPlatformId == context.pageId
                ? Direction::Out
                : Direction::In;
            const QString link = c.value(u"permalink_url"_s).toString();
            if (link.startsWith(u"https://"_s) && link.size() < 2048)
                out.permalink = link;
            if (!ids.parent.isEmpty()) {
                out.replyToPlatformId = ids.parent;
                const QString known
                    = context.knownThread ? context.knownThread(ids.parent) : QString();
                out.threadKey = known.isEmpty() ? GraphParser::commentThread(ids.parent) : known;
            } else {
                out.threadKey = GraphParser::commentThread(ids.id);
            }
            noteTime(out.createdAt);
            page.messages.append(out);
            // Replies nested in the comment (fields=comments{…}).
            const QJsonObject replies = c.value(u"comments"_s).toObject();
            if (!replies.isEmpty())
                facebookList(replies, ids.id, true);
        }

        void facebookList(const QJsonObject &list, const QString &objectId, bool objectIsComment)
        {
            const qsizetype first = page.messages.size();
            const QJsonArray data = list.value(u"data"_s).toArray();
            for (const QJsonValue &value : data)
                facebookComment(value, objectIsComment ? objectId : QString());
            QString after;
            QString next;
            readPaging(list, after, next);
            if (!after.isEmpty() && !objectId.isEmpty())
                page.more.append(MorePage { objectId, after, oldestOf(page.messages, first) });
        }

        void instagramComment(const QJsonValue &value, const QString &parentId)
        {
            const QJsonObject c = value.toObject();
            const QString id = idOf(c.value(u"id"_s));
            const std::optional<Millis> created
                = GraphParser::parseTime(c.value(u"timestamp"_s).toString());
            if (id.isEmpty() || !created) {
                ++page.skipped;
                return;
            }
            IncomingMessage out;
            out.platformId = id;
            out.visibility = Visibility::Public;
            out.createdAt = *created;
            out.text = textOf(c, u"text"_s);
            const QJsonObject from = c.value(u"from"_s).toObject();
            out.authorHandle = shortText(c.value(u"username"_s));
            if (out.authorHandle.isEmpty())
                out.authorHandle = shortText(from.value(u"username"_s));
            out.authorName = out.authorHandle;
            out.authorPlatformId = idOf(from.value(u"id"_s));
            if (out.authorPlatformId.isEmpty() && !out.authorHandle.isEmpty())
                out.authorPlatformId = u"@"_s + out.authorHandle; // comments name only the user
            const bool ours = (!context.instagramId.isEmpty()
                                  && idOf(from.value(u"id"_s)) == context.instagramId)
                || (!context.instagramUsername.isEmpty()
                    && out.authorHandle.compare(context.instagramUsername, Qt::CaseInsensitive)
                        == 0);
            out.direction = ours ? Direction::Out : Direction::In;
            QString parent = idOf(c.value(u"parent_id"_s));
            if (parent.isEmpty())
                parent = parentId;
            if (!parent.isEmpty()) {
                out.replyToPlatformId = parent;
                const QString known = context.knownThread ? context.knownThread(parent) : QString();
                out.threadKey = known.isEmpty() ? GraphParser::commentThread(parent) : known;
            } else {
                out.threadKey = GraphParser::commentThread(id);
            }
            noteTime(out.createdAt);
            page.messages.append(out);
            const QJsonObject replies = c.value(u"replies"_s).toObject();
            const QJsonArray data = replies.value(u"data"_s).toArray();
            for (const QJsonValue &reply : data)
                instagramComment(reply, id);
        }

        void message(const QJsonValue &value, const QString &conversationId)
        {
            const QJsonObject m = value.toObject();
            const QString id = idOf(m.value(u"id"_s));
            const std::optional<Millis> created
                = GraphParser::parseTime(m.value(u"created_time"_s).toString());
            const QJsonObject from = m.value(u"from"_s).toObject();
            const QString author = idOf(from.value(u"id"_s));
            if (id.isEmpty() || !created || author.isEmpty()) {
                ++page.skipped;
                return;
            }
            IncomingMessage out;
            out.platformId = id;
            out.threadKey = GraphParser::conversationThread(conversationId);
            out.visibility = Visibility::Private;
            out.createdAt = *created;
            out.text = textOf(m, u"message"_s);
            out.authorPlatformId = author;
            out.authorName = shortText(from.value(u"name"_s));
            out.authorHandle = shortText(from.value(u"username"_s));
            if (out.authorName.isEmpty())
                out.authorName = out.authorHandle;
            const bool ours = (!context.pageId.isEmpty() && author == context.pageId)
                || (!context.instagramId.isEmpty() && author == context.instagramId);
            out.direction = ours ? Direction::Out : Direction::In;
            noteTime(out.createdAt);
            page.messages.append(out);
        }

        void conversationObject(const QJsonObject &c, const QString &fallbackId)
        {
            QString id = idOf(c.value(u"id"_s));
            if (id.isEmpty())
                id = fallbackId;
            if (id.isEmpty()) {
                ++page.skipped;
                return;
            }
            if (const std::optional<Millis> updated
                = GraphParser::parseTime(c.value(u"updated_time"_s).toString())) {
                noteTime(*updated);
                page.oldest = page.oldest == 0 ? *updated : qMin(page.oldest, *updated);
            }
            const QJsonObject messages = c.value(u"messages"_s).toObject();
            const QJsonArray data = messages.value(u"data"_s).toArray();
            for (const QJsonValue &value : data)
                message(value, id);
        }
    };

    Result<GraphPage> listOf(const QByteArray &body, const QString &what,
        const ParseContext &context, const std::function<void(Reader &, const QJsonValue &)> &item)
    {
        const Result<QJsonObject> object = objectOf(body, what);
        if (!object.ok())
            return object.error();
        const Result<QJsonArray> data = dataOf(object.value(), what);
        if (!data.ok())
            return data.error();
        Reader reader { context, {} };
        for (const QJsonValue &value : data.value()) {
            if (!value.isObject()) {
                ++reader.page.skipped;
                continue;
            }
            item(reader, value);
        }
        readPaging(object.value(), reader.page.after, reader.page.next);
        reader.resolveThreads();
        if (reader.page.oldest == 0)
            reader.page.oldest = Reader::oldestOf(reader.page.messages, 0);
        return reader.page;
    }

    QString throttleReason(const GraphError &error)
    {
        return GraphParser::tr("Facebook is throttling this page's requests (#%1: %2); the "
                               "account's queue waits until access is regained.")
            .arg(error.code)
            .arg(error.message);
    }

} // namespace

std::optional<Millis> GraphParser::parseTime(QStringView text)
{
    static const QRegularExpression pattern(
        u"^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\\.([0-9]{1,9}))?"
        "(Z|[+-][0-9]{2}:?[0-9]{2})$"_s);
    if (text.size() > 40)
        return std::nullopt;
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(),
        m.captured(7).isEmpty() ? 0 : QString(m.captured(7) + u"00"_s).left(3).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    int offset = 0;
    const QString zone = m.captured(8);
    if (zone != u"Z"_s) {
        const QString digits = QString(zone.mid(1)).remove(u':');
        const int hours = digits.left(2).toInt();
        const int minutes = digits.mid(2, 2).toInt();
        if (hours > 14 || minutes > 59)
            return std::nullopt;
        offset = (hours * 60 + minutes) * 60 * (zone.startsWith(u'-') ? -1 : 1);
    }
    const QDateTime utc(date, time, QTimeZone::utc());
    return utc.toMSecsSinceEpoch() - Millis(offset) * 1000;
}

std::optional<GraphError> GraphParser::graphError(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonValue value = document.object().value(u"error"_s);
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject e = value.toObject();
    GraphError error;
    error.code = int(qBound<qint64>(0, e.value(u"code"_s).toInteger(), 1000000000LL));
    error.subcode = int(qBound<qint64>(0, e.value(u"error_subcode"_s).toInteger(), 1000000000LL));
    error.type = shortText(e.value(u"type"_s)).left(100);
    error.message = cleanPlatformMessage(e.value(u"message"_s).toString().left(4096));
    error.fbtraceId = shortText(e.value(u"fbtrace_id"_s)).left(100);
    error.transient = e.value(u"is_transient"_s).toBool();
    return error;
}

GraphUsage GraphParser::usage(const HttpHeaders &headers, Millis now)
{
    GraphUsage usage;
    auto notePercent = [&usage](const QJsonObject &o) {
        for (const QString &key :
            { u"call_count"_s, u"total_time"_s, u"total_cputime"_s, u"acc_id_util_pct"_s }) {
            const QJsonValue v = o.value(key);
            if (v.isDouble())
                usage.percent = qMax(usage.percent, int(qBound(0.0, v.toDouble(), 1000.0)));
        }
        const QJsonValue regain = o.value(u"estimated_time_to_regain_access"_s);
        return regain.isDouble() ? qBound(0.0, regain.toDouble(), 24.0 * 60) : 0.0;
    };
    double regainMinutes = 0;
    for (const QByteArray &name : { QByteArray("X-App-Usage"), QByteArray("X-Page-Usage"),
             QByteArray("X-Ad-Account-Usage") }) {
        const QByteArray value = headerValue(headers, name);
        if (value.isEmpty() || value.size() > 65536)
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(value);
        if (document.isObject())
            regainMinutes = qMax(regainMinutes, notePercent(document.object()));
    }
    const QByteArray buc = headerValue(headers, "X-Business-Use-Case-Usage");
    if (!buc.isEmpty() && buc.size() <= 65536) {
        const QJsonObject byId = QJsonDocument::fromJson(buc).object();
        for (auto it = byId.begin(); it != byId.end(); ++it) {
            const QJsonArray entries = it.value().toArray();
            for (const QJsonValue &entry : entries)
                regainMinutes = qMax(regainMinutes, notePercent(entry.toObject()));
        }
    }
    if (regainMinutes > 0)
        usage.regainAt = now + qMin<Millis>(Millis(regainMinutes * 60 * 1000), maxRegain);
    return usage;
}

HttpFailure GraphParser::failure(
    int httpStatus, const QByteArray &body, const HttpHeaders &headers, Millis now)
{
    HttpFailure failure;
    failure.httpStatus = httpStatus;
    const GraphUsage used = usage(headers, now);
    const Millis throttledUntil
        = boundedRetryAt(used.regainAt > now ? used.regainAt : now + throttleWait, now);
    const std::optional<GraphError> error = graphError(body);
    if (!error) {
        const QString detail = tr("HTTP %1").arg(httpStatus);
        if (httpStatus == 429) {
            failure.kind = HttpFailure::Kind::RateLimited;
            failure.code = ErrorCode::Unavailable;
            failure.retryAt = throttledUntil;
            failure.reason = tr("Facebook says too many requests (%1); the account's queue waits "
                                "until access is regained.")
                                 .arg(detail);
        } else if (httpStatus == 401) {
            failure.kind = HttpFailure::Kind::AuthFailed;
            failure.code = ErrorCode::Unavailable;
            failure.reason = tr("Facebook refused the page access token (%1). The account is "
                                "paused: add a new page token.")
                                 .arg(detail);
        } else if (httpStatus == 408 || httpStatus >= 500 || httpStatus < 200) {
            failure.kind = HttpFailure::Kind::Retryable;
            failure.code = ErrorCode::Unavailable;
            failure.reason = tr("The Facebook server is unavailable (%1); CareDesk will try again.")
                                 .arg(detail);
        } else if (httpStatus >= 200 && httpStatus < 300) {
            failure.kind = HttpFailure::Kind::Retryable;
            failure.code = ErrorCode::Invalid;
            failure.reason = tr("Facebook sent an answer CareDesk cannot read; it will try again.");
        } else {
            failure.kind = HttpFailure::Kind::Permanent;
            failure.code = ErrorCode::Invalid;
            failure.reason = tr("Facebook refused the request (%1).").arg(detail);
        }
        return failure;
    }
    failure.platformMessage = error->message;
    const int code = error->code;
    const QString trace
        = error->fbtraceId.isEmpty() ? QString() : tr(" (trace %1)").arg(error->fbtraceId);
    if (code == 4 || code == 17 || code == 32 || code == 613 || (code >= 80001 && code <= 80014)) {
        failure.kind = HttpFailure::Kind::RateLimited;
        failure.code = ErrorCode::Unavailable;
        failure.retryAt = throttledUntil;
        failure.reason = throttleReason(*error);
    } else if (code == 190 || code == 102) {
        failure.kind = HttpFailure::Kind::AuthFailed;
        failure.code = ErrorCode::Unavailable;
        failure.reason = tr("Facebook no longer accepts the page access token (#%1: %2). The "
                            "account is paused: create a new page access token and add it again.")
                             .arg(code)
                             .arg(error->message);
    } else if (code == 10 && (error->subcode == 2018278 || error->subcode == 2018108)) {
        failure.kind = HttpFailure::Kind::Permanent;
        failure.code = ErrorCode::Conflict;
        failure.reason = tr("Facebook refused the message: it is outside the window in which the "
                            "page may write to this customer (#%1: %2).")
                             .arg(code)
                             .arg(error->message);
    } else if (code == 10 || (code >= 200 && code <= 299)) {
        failure.kind = HttpFailure::Kind::Permanent;
        failure.code = ErrorCode::Unavailable;
        failure.reason = tr("The page access token lacks a permission Facebook requires (#%1: "
                            "%2). A page admin must grant it to the app, then add the token "
                            "again.%3")
                             .arg(code)
                             .arg(error->message, trace);
    } else if (code == 1 || code == 2 || error->transient) {
        failure.kind = HttpFailure::Kind::Retryable;
        failure.code = ErrorCode::Unavailable;
        failure.reason = tr("Facebook had a temporary problem (#%1: %2); CareDesk will try again.")
                             .arg(code)
                             .arg(error->message);
    } else {
        failure.kind = HttpFailure::Kind::Permanent;
        failure.code = code == 100 ? ErrorCode::Invalid : ErrorCode::Unavailable;
        failure.reason
            = tr("Facebook refused the request (#%1: %2).%3").arg(code).arg(error->message, trace);
    }
    return failure;
}

Result<PageInfo> GraphParser::page(const QByteArray &body)
{
    const Result<QJsonObject> object = objectOf(body, tr("a page"));
    if (!object.ok())
        return object.error();
    PageInfo info;
    info.id = idOf(object.value().value(u"id"_s));
    if (info.id.isEmpty())
        return unreadable(tr("a page"), tr("no \"id\""));
    info.name = shortText(object.value().value(u"name"_s));
    const QJsonObject instagram = object.value().value(u"instagram_business_account"_s).toObject();
    info.instagramId = idOf(instagram.value(u"id"_s));
    info.instagramUsername = shortText(instagram.value(u"username"_s));
    return info;
}

Result<GraphPage> GraphParser::feed(const QByteArray &body, const ParseContext &context)
{
    return listOf(body, tr("a page feed"), context, [](Reader &reader, const QJsonValue &value) {
        const QJsonObject post = value.toObject();
        const QString postId = idOf(post.value(u"id"_s));
        const QJsonObject comments = post.value(u"comments"_s).toObject();
        if (postId.isEmpty()) {
            if (!comments.isEmpty())
                ++reader.page.skipped;
            return;
        }
        // The page's own posts are context; a visitor's post is a customer writing to the page,
        // and the comments under it are one conversation with it.
        const QString author = idOf(post.value(u"from"_s).toObject().value(u"id"_s));
        const bool visitor = !reader.context.pageId.isEmpty() && !author.isEmpty()
            && author != reader.context.pageId;
        if (visitor)
            reader.visitorPost(post, postId);
        reader.facebookList(comments, postId, visitor);
    });
}

Result<GraphPage> GraphParser::comments(const QByteArray &body, const QString &objectId,
    bool objectIsComment, const ParseContext &context)
{
    return listOf(body, tr("comments"), context,
        [objectIsComment, objectId](Reader &reader, const QJsonValue &value) {
            reader.facebookComment(value, objectIsComment ? objectId : QString());
        });
}

Result<GraphPage> GraphParser::conversations(const QByteArray &body, const ParseContext &context)
{
    return listOf(body, tr("conversations"), context, [](Reader &reader, const QJsonValue &value) {
        reader.conversationObject(value.toObject(), QString());
    });
}

Result<GraphPage> GraphParser::conversation(
    const QByteArray &body, const QString &conversationId, const ParseContext &context)
{
    const Result<QJsonObject> object = objectOf(body, tr("a conversation"));
    if (!object.ok())
        return object.error();
    Reader reader { context, {} };
    if (object.value().contains(u"data"_s)) { // the /messages list
        const Result<QJsonArray> data = dataOf(object.value(), tr("a conversation"));
        if (!data.ok())
            return data.error();
        for (const QJsonValue &value : data.value())
            reader.message(value, conversationId);
        readPaging(object.value(), reader.page.after, reader.page.next);
    } else {
        reader.conversationObject(object.value(), conversationId);
    }
    return reader.page;
}

Result<GraphPage> GraphParser::media(const QByteArray &body, const ParseContext &context)
{
    return listOf(
        body, tr("Instagram media"), context, [](Reader &reader, const QJsonValue &value) {
            const QJsonObject media = value.toObject();
            const QString mediaId = idOf(media.value(u"id"_s));
            const QJsonObject comments = media.value(u"comments"_s).toObject();
            const qsizetype first = reader.page.messages.size();
            const QJsonArray data = comments.value(u"data"_s).toArray();
            for (const QJsonValue &comment : data)
                reader.instagramComment(comment, QString());
            QString after;
            QString next;
            readPaging(comments, after, next);
            if (!after.isEmpty() && !mediaId.isEmpty())
                reader.page.more.append(
                    MorePage { mediaId, after, Reader::oldestOf(reader.page.messages, first) });
        });
}

Result<GraphPage> GraphParser::instagramComments(
    const QByteArray &body, const QString &parentId, const ParseContext &context)
{
    return listOf(body, tr("Instagram comments"), context,
        [parentId](
            Reader &reader, const QJsonValue &value) { reader.instagramComment(value, parentId); });
}

namespace {

    /// A send's answer: Sent with the id under key, or Unknown (for missing) without one.
    SendResult sentWithId(const QByteArray &body, const QString &key, const QString &missing)
    {
        SendResult result;
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        const QString id = idOf(object.value(key));
        if (id.isEmpty()) {
            result.outcome = SendOutcome::Unknown;
            result.reason = missing;
            return result;
        }
        result.outcome = SendOutcome::Sent;
        result.platformId = id;
        return result;
    }

} // namespace

SendResult GraphParser::commentCreated(const QByteArray &body)
{
    return sentWithId(body, u"id"_s,
        tr("Facebook answered without the new comment's id; the reply may have "
           "been posted. Check the thread before sending again."));
}

SendResult GraphParser::messageSent(const QByteArray &body)
{
    return sentWithId(body, u"message_id"_s,
        tr("Facebook answered without the message's id; the message may have "
           "been sent. Check the conversation before sending again."));
}

QString GraphParser::commentThread(const QString &topCommentId)
{
    return u"comments:"_s + topCommentId;
}

QString GraphParser::conversationThread(const QString &conversationId)
{
    return u"conversation:"_s + conversationId;
}

QString GraphParser::commentOf(const QString &threadKey)
{
    return threadKey.startsWith(u"comments:"_s) ? idOf(threadKey.mid(9)) : QString();
}

QString GraphParser::conversationOf(const QString &threadKey)
{
    return threadKey.startsWith(u"conversation:"_s) ? idOf(threadKey.mid(13)) : QString();
}

} // namespace CareDesk::Facebook
