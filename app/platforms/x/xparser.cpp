// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/platforms/x/xparser.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk::X {

namespace {

    constexpr Millis defaultRateLimitWait = 15 * 60 * 1000; // X's window when no reset is sent
    constexpr qsizetype maxTextLength = 100000;

    Result<QJsonObject> objectOf(const QByteArray &body)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            return Error { ErrorCode::Invalid,
                QCoreApplication::translate(
                    "CareDesk::X::XParser", "X sent an answer CareDesk cannot read (%1).")
                    .arg(error.error != QJsonParseError::NoError ? error.errorString()
                                                                 : u"not a JSON object"_s) };
        }
        return document.object();
    }

    QString idOf(const QJsonValue &value)
    {
        const QString id = value.toString();
        return XParser::isId(id) ? id : QString();
    }

    QString textOf(const QJsonObject &o)
    {
        // Posts over 280 characters carry the full text in note_tweet.
        QString text = o.value(u"note_tweet"_s).toObject().value(u"text"_s).toString();
        if (text.isEmpty())
            text = o.value(u"text"_s).toString();
        return text.left(maxTextLength);
    }

    Millis timeOf(const QJsonValue &value)
    {
        const std::optional<Millis> at = fromIsoUtc(value.toString());
        return at.value_or(0);
    }

    QHash<QString, User> usersOf(const QJsonObject &root)
    {
        QHash<QString, User> users;
        const QJsonArray list = root.value(u"includes"_s).toObject().value(u"users"_s).toArray();
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            User u;
            u.id = idOf(o.value(u"id"_s));
            if (u.id.isEmpty())
                continue;
            u.username = o.value(u"username"_s).toString().left(50);
            u.name = o.value(u"name"_s).toString().left(200);
            u.followers = qint64(
                o.value(u"public_metrics"_s).toObject().value(u"followers_count"_s).toDouble());
            users.insert(u.id, u);
        }
        return users;
    }

    void setAuthor(IncomingMessage &m, const QString &id, const QHash<QString, User> &users)
    {
        m.authorPlatformId = id;
        const User u = users.value(id);
        m.authorHandle = u.username.isEmpty() ? id : QString(u"@"_s + u.username);
        m.authorName = u.name.isEmpty() ? m.authorHandle : u.name;
        m.authorAudience = qMax<qint64>(0, u.followers);
    }

    std::optional<Millis> secondsHeader(const HttpHeaders &headers, QByteArrayView name)
    {
        bool ok = false;
        const qint64 seconds = headerValue(headers, name).trimmed().toLongLong(&ok);
        if (!ok || seconds <= 0 || seconds > 32503680000LL)
            return std::nullopt;
        return Millis(seconds) * 1000;
    }

    int intHeader(const HttpHeaders &headers, QByteArrayView name)
    {
        bool ok = false;
        const int value = headerValue(headers, name).trimmed().toInt(&ok);
        return ok && value >= 0 ? value : -1;
    }

} // namespace

std::optional<QString> XParser::conversationOf(const QString &threadKey)
{
    static const QString prefix = u"x:tweet:"_s;
    if (!threadKey.startsWith(prefix) || !isId(threadKey.mid(prefix.size())))
        return std::nullopt;
    return threadKey.mid(prefix.size());
}

std::optional<QString> XParser::dmConversationOf(const QString &threadKey)
{
    static const QString prefix = u"x:dm:"_s;
    if (!threadKey.startsWith(prefix) || threadKey.size() == prefix.size())
        return std::nullopt;
    return threadKey.mid(prefix.size());
}

bool XParser::isId(const QString &id)
{
    if (id.isEmpty() || id.size() > 19)
        return false;
    return std::all_of(id.begin(), id.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

int XParser::compareIds(const QString &a, const QString &b)
{
    const bool va = isId(a);
    const bool vb = isId(b);
    if (!va || !vb)
        return va == vb ? 0 : (va ? 1 : -1);
    // Without leading zeros the longer is larger; equal lengths compare as text.
    auto strip = [](const QString &s) {
        qsizetype i = 0;
        while (i + 1 < s.size() && s.at(i) == u'0')
            ++i;
        return s.mid(i);
    };
    const QString x = strip(a);
    const QString y = strip(b);
    if (x.size() != y.size())
        return x.size() < y.size() ? -1 : 1;
    const int c = x.compare(y);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

Result<User> XParser::me(const QByteArray &body)
{
    const Result<QJsonObject> root = objectOf(body);
    if (!root.ok())
        return root.error();
    const QJsonObject data = root.value().value(u"data"_s).toObject();
    User u;
    u.id = idOf(data.value(u"id"_s));
    u.username = data.value(u"username"_s).toString().left(50);
    u.name = data.value(u"name"_s).toString().left(200);
    if (u.id.isEmpty()) {
        const QString why = errorText(body);
        return Error { ErrorCode::Invalid,
            why.isEmpty() ? tr("X did not say which account the token belongs to.")
                          : tr("X did not say which account the token belongs to: %1").arg(why) };
    }
    return u;
}

namespace {

    /// The root of a page of posts or events: its data is a list, or missing when the page is
    /// empty (meta only); a root with errors and neither is X's refusal.
    Result<QJsonObject> listRoot(const QByteArray &body, const QString &notAList)
    {
        const Result<QJsonObject> parsed = objectOf(body);
        if (!parsed.ok())
            return parsed.error();
        const QJsonObject &root = parsed.value();
        const QJsonValue dataValue = root.value(u"data"_s);
        if (!dataValue.isUndefined() && !dataValue.isArray())
            return Error { ErrorCode::Invalid, notAList };
        if (dataValue.isUndefined() && root.contains(u"errors"_s) && !root.contains(u"meta"_s))
            return Error { ErrorCode::Invalid,
                XParser::tr("X answered with an error: %1").arg(XParser::errorText(body)) };
        return root;
    }

} // namespace

Result<Page> XParser::mentions(const QByteArray &body, const QString &ownId)
{
    const Result<QJsonObject> parsed
        = listRoot(body, tr("X sent mentions CareDesk cannot read (data is not a list)."));
    if (!parsed.ok())
        return parsed.error();
    const QJsonObject &root = parsed.value();
    const QJsonValue dataValue = root.value(u"data"_s);
    const QHash<QString, User> users = usersOf(root);
    Page page;
    const QJsonObject meta = root.value(u"meta"_s).toObject();
    page.nextToken = meta.value(u"next_token"_s).toString().left(200);
    page.newestId = idOf(meta.value(u"newest_id"_s));
    page.oldestId = idOf(meta.value(u"oldest_id"_s));
    const QJsonArray data = dataValue.toArray();
    for (const QJsonValue &v : data) {
        const QJsonObject o = v.toObject();
        IncomingMessage m;
        m.platformId = idOf(o.value(u"id"_s));
        if (m.platformId.isEmpty() || !o.value(u"text"_s).isString()) {
            ++page.skipped;
            continue;
        }
        if (compareIds(m.platformId, page.newestId) > 0)
            page.newestId = m.platformId;
        if (page.oldestId.isEmpty() || compareIds(m.platformId, page.oldestId) < 0)
            page.oldestId = m.platformId;
        QString conversation = idOf(o.value(u"conversation_id"_s));
        const QJsonArray refs = o.value(u"referenced_tweets"_s).toArray();
        for (const QJsonValue &r : refs) {
            const QJsonObject ref = r.toObject();
            if (ref.value(u"type"_s).toString() == u"replied_to"_s)
                m.replyToPlatformId = idOf(ref.value(u"id"_s));
        }
        // Without conversation_id (default fields only) the post starts its own conversation.
        m.threadKey = tweetThread(conversation.isEmpty() ? m.platformId : conversation);
        m.visibility = Visibility::Public;
        const QString author = idOf(o.value(u"author_id"_s));
        setAuthor(m, author, users);
        m.direction = !ownId.isEmpty() && author == ownId ? Direction::Out : Direction::In;
        m.text = textOf(o);
        m.createdAt = timeOf(o.value(u"created_at"_s));
        m.language = o.value(u"lang"_s).toString().left(10);
        if (m.language == u"und"_s || m.language == u"zxx"_s || m.language == u"qme"_s)
            m.language.clear();
        const User u = users.value(author);
        m.permalink = u"https://x.com/%1/status/%2"_s.arg(
            u.username.isEmpty() ? u"i"_s : u.username, m.platformId);
        page.messages.prepend(m); // X lists newest first
    }
    return page;
}

Result<Page> XParser::dmEvents(const QByteArray &body, const QString &ownId)
{
    const Result<QJsonObject> parsed
        = listRoot(body, tr("X sent direct messages CareDesk cannot read (data is not a list)."));
    if (!parsed.ok())
        return parsed.error();
    const QJsonObject &root = parsed.value();
    const QJsonValue dataValue = root.value(u"data"_s);
    const QHash<QString, User> users = usersOf(root);
    Page page;
    page.nextToken = root.value(u"meta"_s).toObject().value(u"next_token"_s).toString().left(200);
    const QJsonArray data = dataValue.toArray();
    for (const QJsonValue &v : data) {
        const QJsonObject o = v.toObject();
        const QString id = idOf(o.value(u"id"_s));
        if (id.isEmpty()) {
            ++page.skipped;
            continue;
        }
        if (compareIds(id, page.newestId) > 0)
            page.newestId = id;
        if (page.oldestId.isEmpty() || compareIds(id, page.oldestId) < 0)
            page.oldestId = id;
        const QString type = o.value(u"event_type"_s).toString(u"MessageCreate"_s);
        if (type != u"MessageCreate"_s)
            continue; // joins and leaves are not messages
        const QString sender = idOf(o.value(u"sender_id"_s));
        const QString conversation = o.value(u"dm_conversation_id"_s).toString().left(100);
        if (sender.isEmpty() || conversation.isEmpty() || !o.value(u"text"_s).isString()) {
            ++page.skipped;
            continue;
        }
        IncomingMessage m;
        m.platformId = dmPlatformId(id);
        m.threadKey = dmThread(conversation);
        m.visibility = Visibility::Private;
        setAuthor(m, sender, users);
        m.direction = !ownId.isEmpty() && sender == ownId ? Direction::Out : Direction::In;
        m.text = textOf(o);
        m.createdAt = timeOf(o.value(u"created_at"_s));
        page.messages.prepend(m);
    }
    return page;
}

Result<QList<OwnPost>> XParser::ownPosts(const QByteArray &body)
{
    const Result<QJsonObject> parsed = objectOf(body);
    if (!parsed.ok())
        return parsed.error();
    const QJsonValue dataValue = parsed.value().value(u"data"_s);
    if (!dataValue.isUndefined() && !dataValue.isArray())
        return Error { ErrorCode::Invalid,
            tr("X sent a timeline CareDesk cannot read (data is not a list).") };
    QList<OwnPost> posts;
    const QJsonArray data = dataValue.toArray();
    for (const QJsonValue &v : data) {
        const QJsonObject o = v.toObject();
        OwnPost p;
        p.id = idOf(o.value(u"id"_s));
        if (p.id.isEmpty())
            continue;
        p.text = textOf(o);
        p.conversationId = o.value(u"dm_conversation_id"_s).toString().left(100);
        p.senderId = idOf(o.value(u"sender_id"_s));
        const QJsonArray refs = o.value(u"referenced_tweets"_s).toArray();
        for (const QJsonValue &r : refs) {
            if (r.toObject().value(u"type"_s).toString() == u"replied_to"_s)
                p.inReplyToTweetId = idOf(r.toObject().value(u"id"_s));
        }
        posts.append(p);
    }
    return posts;
}

SendResult XParser::tweetCreated(const QByteArray &body)
{
    SendResult result;
    const Result<QJsonObject> parsed = objectOf(body);
    const QString id
        = parsed.ok() ? idOf(parsed.value().value(u"data"_s).toObject().value(u"id"_s)) : QString();
    if (id.isEmpty()) {
        result.outcome = SendOutcome::Unknown;
        result.reason
            = tr("X accepted the post but did not say its id; CareDesk looks for it in the "
                 "account's posts before anything is sent again.");
        return result;
    }
    result.outcome = SendOutcome::Sent;
    result.platformId = id;
    return result;
}

SendResult XParser::dmCreated(const QByteArray &body)
{
    SendResult result;
    const Result<QJsonObject> parsed = objectOf(body);
    const QString id = parsed.ok()
        ? idOf(parsed.value().value(u"data"_s).toObject().value(u"dm_event_id"_s))
        : QString();
    if (id.isEmpty()) {
        result.outcome = SendOutcome::Unknown;
        result.reason
            = tr("X accepted the direct message but did not say its id; CareDesk looks for "
                 "it before anything is sent again.");
        return result;
    }
    result.outcome = SendOutcome::Sent;
    result.platformId = dmPlatformId(id);
    return result;
}

Budget XParser::budget(const HttpHeaders &headers)
{
    Budget b;
    b.limit = intHeader(headers, "x-rate-limit-limit");
    b.remaining = intHeader(headers, "x-rate-limit-remaining");
    b.resetAt = secondsHeader(headers, "x-rate-limit-reset").value_or(0);
    // The tighter of the two 24-hour caps (user and app) is the one that stops posting.
    const int userRemaining = intHeader(headers, "x-user-limit-24hour-remaining");
    const int appRemaining = intHeader(headers, "x-app-limit-24hour-remaining");
    const bool useApp = appRemaining >= 0 && (userRemaining < 0 || appRemaining < userRemaining);
    if (useApp) {
        b.dailyRemaining = appRemaining;
        b.dailyLimit = intHeader(headers, "x-app-limit-24hour-limit");
        b.dailyResetAt = secondsHeader(headers, "x-app-limit-24hour-reset").value_or(0);
    } else if (userRemaining >= 0) {
        b.dailyRemaining = userRemaining;
        b.dailyLimit = intHeader(headers, "x-user-limit-24hour-limit");
        b.dailyResetAt = secondsHeader(headers, "x-user-limit-24hour-reset").value_or(0);
    }
    return b;
}

bool XParser::isDuplicateContent(int status, const QByteArray &body)
{
    return status == 403 && errorText(body).contains(u"duplicate content"_s, Qt::CaseInsensitive);
}

QString XParser::errorText(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (!document.isObject())
        return {};
    const QJsonObject root = document.object();
    QStringList parts;
    auto add = [&parts](const QJsonObject &o) {
        const QString title = o.value(u"title"_s).toString();
        QString detail = o.value(u"detail"_s).toString();
        if (detail.isEmpty())
            detail = o.value(u"message"_s).toString(); // v1.1-style {"code":88,"message":...}
        QString part = detail;
        if (!title.isEmpty() && title != detail)
            part = detail.isEmpty() ? title : QString(title + u": "_s + detail);
        if (!part.isEmpty() && !parts.contains(part))
            parts.append(part);
    };
    add(root);
    const QJsonArray errors = root.value(u"errors"_s).toArray();
    for (qsizetype i = 0; i < errors.size() && parts.size() < 5; ++i)
        add(errors.at(i).toObject());
    return cleanPlatformMessage(parts.join(u"; "_s));
}

HttpFailure XParser::failure(
    int status, const QByteArray &body, const HttpHeaders &headers, Millis now)
{
    HttpFailure failure;
    failure.httpStatus = status;
    failure.platformMessage = errorText(body);
    const QString detail
        = failure.platformMessage.isEmpty() ? tr("HTTP %1").arg(status) : failure.platformMessage;
    const Budget b = budget(headers);
    if (isDuplicateContent(status, body)) {
        failure.kind = HttpFailure::Kind::Permanent;
        failure.code = ErrorCode::Conflict;
        failure.reason
            = tr("X refused the reply as duplicate content: this account already posted the "
                 "same text. Change the wording to send it again.");
    } else if (status == 401) {
        failure.kind = HttpFailure::Kind::AuthFailed;
        failure.code = ErrorCode::Unavailable;
        failure.reason
            = tr("X rejected the access token (%1). Connect the account again.").arg(detail);
    } else if (status == 429) {
        failure.kind = HttpFailure::Kind::RateLimited;
        failure.code = ErrorCode::Unavailable;
        Millis at = now + defaultRateLimitWait;
        if (const std::optional<Millis> after
            = parseRetryAfter(headerValue(headers, "retry-after"), now))
            at = *after;
        else if (b.hasDaily() && b.dailyRemaining == 0 && b.dailyResetAt > now)
            at = b.dailyResetAt;
        else if (b.resetAt > 0)
            at = b.resetAt;
        failure.retryAt = boundedRetryAt(at, now);
        const qint64 minutes = (failure.retryAt - now + 59999) / 60000;
        failure.reason = b.hasDaily() && b.dailyRemaining == 0
            ? tr("The X account's 24-hour limit is used up; CareDesk waits %n minute(s) before "
                 "trying "
                 "again.",
                nullptr, int(minutes))
            : tr("X's rate limit is reached; CareDesk waits %n minute(s) before trying again.",
                nullptr, int(minutes));
    } else if (status == 403) {
        failure.kind = HttpFailure::Kind::Permanent;
        failure.code = ErrorCode::Invalid;
        failure.reason = tr("X does not allow this (%1).").arg(detail);
    } else if (status == 404) {
        failure.kind = HttpFailure::Kind::Permanent;
        failure.code = ErrorCode::NotFound;
        failure.reason
            = tr("X cannot find it: the post or user was deleted or is not visible (%1).")
                  .arg(detail);
    } else if (status == 408 || (status >= 500 && status <= 599)) {
        failure.kind = HttpFailure::Kind::Retryable;
        failure.code = ErrorCode::Unavailable;
        if (const std::optional<Millis> after
            = parseRetryAfter(headerValue(headers, "retry-after"), now))
            failure.retryAt = boundedRetryAt(*after, now);
        failure.reason = tr("X is unavailable (%1); CareDesk will try again.").arg(detail);
    } else if (status >= 400 && status <= 499) {
        failure.kind = HttpFailure::Kind::Permanent;
        failure.code = ErrorCode::Invalid;
        failure.reason = tr("X refused the request: %1").arg(detail);
    } else {
        failure.kind = HttpFailure::Kind::Permanent;
        failure.code = ErrorCode::Internal;
        failure.reason = tr("X sent an unexpected answer (HTTP %1).").arg(status);
    }
    return failure;
}

} // namespace CareDesk::X
