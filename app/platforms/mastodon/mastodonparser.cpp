// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/platforms/mastodon/mastodonparser.h"

#include "app/platforms/htmltext.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QUrlQuery>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk::Mastodon {

namespace {

// Ids are opaque strings (api/guidelines.md); a very long one is not an id but garbage.
constexpr qsizetype maxIdLength = 256;
// Times, handles and names beyond these lengths are not what Mastodon sends.
constexpr qsizetype maxTimeLength = 64;
constexpr qsizetype maxNameLength = 1024;
constexpr Millis defaultRateLimitWait = 60 * 1000;

QString idOf(const QJsonValue &value)
{
    if (value.isString()) {
        const QString text = value.toString();
        return text.size() > maxIdLength ? QString() : sanitizePlainText(text).trimmed();
    }
    // Some forks send numbers; integral ones are accepted, as text.
    if (value.isDouble()) {
        const qint64 number = value.toInteger(-1);
        return number >= 0 ? QString::number(number) : QString();
    }
    return {};
}

bool allDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

/// Orders ids as Mastodon does: numerically where both are digits (snowflakes of different
/// lengths), otherwise as text.
int compareIds(QStringView a, QStringView b)
{
    if (allDigits(a) && allDigits(b)) {
        while (a.size() > 1 && a.front() == u'0')
            a = a.mid(1);
        while (b.size() > 1 && b.front() == u'0')
            b = b.mid(1);
        if (a.size() != b.size())
            return a.size() < b.size() ? -1 : 1;
    }
    return a.compare(b);
}

QString newestOf(std::initializer_list<QString> ids)
{
    QString newest;
    for (const QString &id : ids) {
        if (!id.isEmpty() && (newest.isEmpty() || compareIds(id, newest) > 0))
            newest = id;
    }
    return newest;
}

std::optional<Millis> timeOf(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.isEmpty() || text.size() > maxTimeLength)
        return std::nullopt;
    return fromIsoUtc(text);
}

QString shortText(const QJsonValue &value)
{
    return sanitizePlainText(value.toString().left(maxNameLength)).trimmed();
}

Result<QJsonDocument> parseJson(const QByteArray &body)
{
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return Error { ErrorCode::Invalid,
            MastodonParser::tr("Mastodon sent an answer CareDesk cannot read (%1 at byte %2).")
                .arg(error.errorString())
                .arg(error.offset) };
    }
    return document;
}

Result<QJsonArray> parseArray(const QByteArray &body)
{
    Result<QJsonDocument> document = parseJson(body);
    if (!document.ok())
        return document.error();
    if (!document.value().isArray()) {
        return Error { ErrorCode::Invalid,
            MastodonParser::tr(
                "Mastodon sent an answer CareDesk cannot read (a list was expected).") };
    }
    return document.value().array();
}

Result<QJsonObject> parseObject(const QByteArray &body)
{
    Result<QJsonDocument> document = parseJson(body);
    if (!document.ok())
        return document.error();
    if (!document.value().isObject()) {
        return Error { ErrorCode::Invalid,
            MastodonParser::tr(
                "Mastodon sent an answer CareDesk cannot read (an object was expected).") };
    }
    return document.value().object();
}

/// A status with what thread assignment needs to know about it.
struct StatusFields {
    IncomingMessage message;
    QString inReplyTo;
    bool direct = false;
    QString partner; ///< the other person of a direct message
};

Visibility visibilityOf(const QString &value)
{
    if (value == u"public"_s || value == u"unlisted"_s)
        return Visibility::Public;
    return Visibility::Private;
}

QString textOf(const QJsonObject &status)
{
    const QJsonValue content = status.value(u"content"_s);
    // A deleted status answers with its source `text` instead of `content`.
    QString body = content.isString()
        ? htmlToPlainText(content.toString())
        : sanitizePlainText(status.value(u"text"_s).toString()).trimmed();
    const QString spoiler
        = sanitizePlainText(status.value(u"spoiler_text"_s).toString()).simplified();
    if (!spoiler.isEmpty()) {
        const QString warning = MastodonParser::tr("Content warning: %1").arg(spoiler);
        body = body.isEmpty() ? warning : warning + u"\n\n"_s + body;
    }
    const int media = int(status.value(u"media_attachments"_s).toArray().size());
    if (media > 0) {
        const QString attachments = MastodonParser::tr("[%n attachment(s)]", nullptr, media);
        body = body.isEmpty() ? attachments : body + u'\n' + attachments;
    }
    return body;
}

std::optional<StatusFields> readStatus(const QJsonValue &value, const ParseContext &context)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject status = value.toObject();
    const QJsonObject account = status.value(u"account"_s).toObject();
    StatusFields fields;
    IncomingMessage &m = fields.message;
    m.platformId = idOf(status.value(u"id"_s));
    m.authorPlatformId = idOf(account.value(u"id"_s));
    const std::optional<Millis> created = timeOf(status.value(u"created_at"_s));
    if (m.platformId.isEmpty() || m.authorPlatformId.isEmpty() || !created)
        return std::nullopt;
    m.createdAt = *created;
    m.editedAt = timeOf(status.value(u"edited_at"_s)).value_or(0);

    const QString visibility = status.value(u"visibility"_s).toString();
    m.visibility = visibilityOf(visibility);
    fields.direct = visibility == u"direct"_s;
    const bool ours
        = !context.selfAccountId.isEmpty() && m.authorPlatformId == context.selfAccountId;
    m.direction = ours ? Direction::Out : Direction::In;

    m.authorHandle = shortText(account.value(u"acct"_s));
    m.authorName = shortText(account.value(u"display_name"_s));
    if (m.authorName.isEmpty())
        m.authorName = shortText(account.value(u"username"_s));
    if (m.authorName.isEmpty())
        m.authorName = m.authorHandle;
    m.authorAudience = qMax<qint64>(0, account.value(u"followers_count"_s).toInteger(0));

    m.text = textOf(status);
    m.language = shortText(status.value(u"language"_s)).left(16);
    QString permalink = status.value(u"url"_s).toString();
    if (permalink.isEmpty())
        permalink = status.value(u"uri"_s).toString();
    m.permalink = permalink.size() > 4096 ? QString() : sanitizePlainText(permalink).trimmed();
    fields.inReplyTo = idOf(status.value(u"in_reply_to_id"_s));
    m.replyToPlatformId = fields.inReplyTo;

    if (!ours) {
        fields.partner = m.authorPlatformId;
    } else {
        const QJsonArray mentions = status.value(u"mentions"_s).toArray();
        for (const QJsonValue &mention : mentions) {
            const QString id = idOf(mention.toObject().value(u"id"_s));
            if (!id.isEmpty() && id != context.selfAccountId) {
                fields.partner = id;
                break;
            }
        }
    }
    return fields;
}

/// Assigns thread keys by the rules documented on MastodonParser, remembering the page's own
/// statuses so a reply finds a parent that came earlier in the same page.
class ThreadBook
{
public:
    explicit ThreadBook(const ParseContext &context)
        : m_context(context)
    {
    }

    QString assign(const StatusFields &fields)
    {
        const QString &id = fields.message.platformId;
        QString key = known(id);
        if (key.isEmpty() && !fields.inReplyTo.isEmpty()) {
            key = m_page.value(fields.inReplyTo);
            if (key.isEmpty())
                key = known(fields.inReplyTo);
        }
        if (key.isEmpty() && fields.direct && !fields.partner.isEmpty())
            key = u"dm:"_s + fields.partner;
        if (key.isEmpty())
            key = id;
        m_page.insert(id, key);
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

void finishPage(FetchResult &result, const HttpHeaders &headers, const QString &newest,
    const QString &cursor, qsizetype items, int pageLimit)
{
    const LinkPaging paging = MastodonParser::linkPaging(headerValue(headers, "link"));
    // Never backwards: a stale or odd Link header must not make the stream read items twice.
    result.nextCursor = newestOf({ cursor, paging.minId, newest });
    result.hasMore = pageLimit > 0 && items >= pageLimit;
}

QString errorTextOf(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return {};
    const QJsonObject object = document.object();
    const QString text = object.value(u"error"_s).toString();
    const QString description = object.value(u"error_description"_s).toString();
    if (description.isEmpty() || description == text)
        return text;
    return text.isEmpty() ? description : text + u": "_s + description;
}

/// X-RateLimit-Reset: an ISO 8601 time (Mastodon), or Unix seconds (some proxies and forks).
std::optional<Millis> resetTimeOf(QByteArrayView value)
{
    const QString text = QString::fromLatin1(value.trimmed());
    if (text.isEmpty() || text.size() > maxTimeLength)
        return std::nullopt;
    if (allDigits(text)) {
        bool ok = false;
        const qint64 seconds = text.toLongLong(&ok);
        return ok && seconds < 100000000000LL ? std::optional<Millis>(seconds * 1000)
                                              : std::nullopt;
    }
    return fromIsoUtc(text);
}

} // namespace

Result<FetchResult> MastodonParser::notifications(const QByteArray &body,
    const HttpHeaders &headers, const ParseContext &context, const QString &cursor, int pageLimit)
{
    Result<QJsonArray> parsed = parseArray(body);
    if (!parsed.ok())
        return parsed.error();
    const QJsonArray &items = parsed.value();
    FetchResult result;
    ThreadBook threads(context);
    QString newest;
    // Mastodon lists newest first; reading from the end puts parents before their replies.
    for (qsizetype i = items.size() - 1; i >= 0; --i) {
        const QJsonObject notification = items.at(i).toObject();
        const QString id = idOf(notification.value(u"id"_s));
        if (id.isEmpty()) {
            ++result.skipped;
            continue;
        }
        newest = newestOf({ newest, id });
        if (notification.value(u"type"_s).toString() != u"mention"_s)
            continue;
        const QJsonValue status = notification.value(u"status"_s);
        if (status.isNull() || status.isUndefined())
            continue; // the status was deleted since
        std::optional<StatusFields> fields = readStatus(status, context);
        if (!fields) {
            ++result.skipped;
            continue;
        }
        fields->message.threadKey = threads.assign(*fields);
        result.messages.append(std::move(fields->message));
    }
    finishPage(result, headers, newest, cursor, items.size(), pageLimit);
    return result;
}

Result<FetchResult> MastodonParser::conversations(const QByteArray &body,
    const HttpHeaders &headers, const ParseContext &context, const QString &cursor, int pageLimit)
{
    Result<QJsonArray> parsed = parseArray(body);
    if (!parsed.ok())
        return parsed.error();
    const QJsonArray &items = parsed.value();
    FetchResult result;
    ThreadBook threads(context);
    QString newest;
    for (qsizetype i = items.size() - 1; i >= 0; --i) {
        const QJsonObject conversation = items.at(i).toObject();
        const QJsonValue last = conversation.value(u"last_status"_s);
        if (last.isNull() || last.isUndefined()) {
            if (!items.at(i).isObject())
                ++result.skipped;
            continue; // a conversation whose statuses were all deleted
        }
        std::optional<StatusFields> fields = readStatus(last, context);
        if (!fields) {
            ++result.skipped;
            continue;
        }
        newest = newestOf({ newest, fields->message.platformId });
        // The conversation's accounts exclude the signed-in one: the other person of our own
        // last message.
        if (fields->partner.isEmpty() || fields->partner == context.selfAccountId) {
            const QJsonArray accounts = conversation.value(u"accounts"_s).toArray();
            if (!accounts.isEmpty())
                fields->partner = idOf(accounts.first().toObject().value(u"id"_s));
        }
        fields->message.threadKey = threads.assign(*fields);
        result.messages.append(std::move(fields->message));
    }
    finishPage(result, headers, newest, cursor, items.size(), pageLimit);
    return result;
}

Result<IncomingMessage> MastodonParser::status(const QByteArray &body, const ParseContext &context)
{
    Result<QJsonObject> parsed = parseObject(body);
    if (!parsed.ok())
        return parsed.error();
    std::optional<StatusFields> fields = readStatus(parsed.value(), context);
    if (!fields) {
        return Error { ErrorCode::Invalid,
            tr("Mastodon sent a post CareDesk cannot read (its id, author or time is missing).") };
    }
    ThreadBook threads(context);
    fields->message.threadKey = threads.assign(*fields);
    return fields->message;
}

Result<StatusContext> MastodonParser::context(
    const QByteArray &body, const ParseContext &context, const QString &threadKey)
{
    Result<QJsonObject> parsed = parseObject(body);
    if (!parsed.ok())
        return parsed.error();
    const QJsonValue ancestors = parsed.value().value(u"ancestors"_s);
    const QJsonValue descendants = parsed.value().value(u"descendants"_s);
    if (!ancestors.isArray() || !descendants.isArray()) {
        return Error { ErrorCode::Invalid,
            tr("Mastodon sent a thread CareDesk cannot read (ancestors and descendants are "
               "missing).") };
    }
    StatusContext result;
    const auto read = [&](const QJsonArray &statuses, QList<IncomingMessage> &into) {
        for (const QJsonValue &value : statuses) {
            std::optional<StatusFields> fields = readStatus(value, context);
            if (!fields)
                continue;
            fields->message.threadKey = threadKey;
            into.append(std::move(fields->message));
        }
    };
    read(ancestors.toArray(), result.ancestors);
    read(descendants.toArray(), result.descendants);
    return result;
}

Result<int> MastodonParser::maxCharacters(const QByteArray &instanceBody)
{
    Result<QJsonObject> parsed = parseObject(instanceBody);
    if (!parsed.ok())
        return parsed.error();
    const QJsonObject instance = parsed.value();
    if (!instance.contains(u"domain"_s) && !instance.contains(u"uri"_s)
        && !instance.contains(u"configuration"_s) && !instance.contains(u"version"_s)) {
        return Error { ErrorCode::Invalid,
            tr("Mastodon sent an answer CareDesk cannot read (no instance description).") };
    }
    const auto positive = [](const QJsonValue &value) -> int {
        qint64 number = 0;
        if (value.isString()) {
            bool ok = false;
            number = value.toString().trimmed().toLongLong(&ok);
            if (!ok)
                return 0;
        } else {
            number = value.toInteger(0);
        }
        // A limit beyond a million characters is a misconfiguration, not a limit to count to.
        return number > 0 && number <= 1000000 ? int(number) : 0;
    };
    const QJsonObject statuses
        = instance.value(u"configuration"_s).toObject().value(u"statuses"_s).toObject();
    if (const int configured = positive(statuses.value(u"max_characters"_s)))
        return configured;
    if (const int legacy = positive(instance.value(u"max_toot_chars"_s)))
        return legacy;
    return defaultMaxCharacters;
}

Result<AccountInfo> MastodonParser::account(const QByteArray &body)
{
    Result<QJsonObject> parsed = parseObject(body);
    if (!parsed.ok())
        return parsed.error();
    const QJsonObject object = parsed.value();
    AccountInfo account;
    account.id = idOf(object.value(u"id"_s));
    if (account.id.isEmpty()) {
        return Error { ErrorCode::Invalid,
            tr("Mastodon sent an account CareDesk cannot read (its id is missing).") };
    }
    account.acct = shortText(object.value(u"acct"_s));
    account.displayName = shortText(object.value(u"display_name"_s));
    account.url = shortText(object.value(u"url"_s));
    return account;
}

SendResult MastodonParser::sent(const QByteArray &body)
{
    SendResult result;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    const QString id = error.error == QJsonParseError::NoError && document.isObject()
        ? idOf(document.object().value(u"id"_s))
        : QString();
    if (id.isEmpty()) {
        result.outcome = SendOutcome::Unknown;
        result.reason = tr("Mastodon accepted the post, but its answer cannot be read.");
        return result;
    }
    result.outcome = SendOutcome::Sent;
    result.platformId = id;
    return result;
}

LinkPaging MastodonParser::linkPaging(QByteArrayView linkHeader)
{
    LinkPaging paging;
    const QString header = QString::fromUtf8(linkHeader);
    qsizetype i = 0;
    while (true) {
        const qsizetype open = header.indexOf(u'<', i);
        if (open < 0)
            break;
        const qsizetype close = header.indexOf(u'>', open + 1);
        if (close < 0)
            break;
        const QUrl url(header.mid(open + 1, close - open - 1));
        qsizetype end = header.indexOf(u'<', close + 1);
        if (end < 0)
            end = header.size();
        const QStringView params = QStringView(header).mid(close + 1, end - close - 1);
        i = end;

        QString rel;
        for (QStringView param : params.split(u';')) {
            param = param.trimmed();
            const qsizetype eq = param.indexOf(u'=');
            if (eq < 0 || param.first(eq).trimmed().compare(u"rel", Qt::CaseInsensitive) != 0)
                continue;
            QStringView value = param.mid(eq + 1).trimmed();
            while (value.endsWith(u',') || value.endsWith(u' '))
                value.chop(1);
            if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
                value = value.mid(1, value.size() - 2);
            rel = value.toString().toLower();
        }
        if (!url.isValid())
            continue;
        const QUrlQuery query(url);
        const QStringList rels = rel.split(u' ', Qt::SkipEmptyParts);
        if (rels.contains(u"next"_s)) {
            paging.next = url;
            paging.maxId = query.queryItemValue(u"max_id"_s, QUrl::FullyDecoded);
        }
        if (rels.contains(u"prev"_s) || rels.contains(u"previous"_s)) {
            paging.prev = url;
            paging.minId = query.queryItemValue(u"min_id"_s, QUrl::FullyDecoded);
            if (paging.minId.isEmpty())
                paging.minId = query.queryItemValue(u"since_id"_s, QUrl::FullyDecoded);
        }
    }
    if (paging.maxId.size() > maxIdLength)
        paging.maxId.clear();
    if (paging.minId.size() > maxIdLength)
        paging.minId.clear();
    return paging;
}

RateLimit MastodonParser::rateLimit(const HttpHeaders &headers, Millis now)
{
    RateLimit limit;
    bool ok = false;
    const int total = headerValue(headers, "x-ratelimit-limit").trimmed().toInt(&ok);
    if (ok && total >= 0)
        limit.limit = total;
    const int remaining = headerValue(headers, "x-ratelimit-remaining").trimmed().toInt(&ok);
    if (ok && remaining >= 0)
        limit.remaining = remaining;
    if (const std::optional<Millis> reset
        = resetTimeOf(headerValue(headers, "x-ratelimit-reset"))) {
        const std::optional<Millis> serverNow = parseHttpDate(headerValue(headers, "date"));
        limit.resetAt = serverNow ? now + (*reset - *serverNow) : *reset;
    }
    return limit;
}

HttpFailure MastodonParser::failure(
    int httpStatus, const QByteArray &body, const HttpHeaders &headers, Millis now)
{
    HttpFailure failure;
    failure.httpStatus = httpStatus;
    failure.platformMessage = cleanPlatformMessage(errorTextOf(body));
    const QString detail = failure.platformMessage.isEmpty() ? tr("HTTP %1").arg(httpStatus)
                                                             : failure.platformMessage;

    if (httpStatus == 401 || httpStatus == 403) {
        failure.kind = HttpFailure::Kind::AuthFailed;
        failure.code = ErrorCode::Unavailable;
        failure.reason = tr("Mastodon rejected the access token: it was revoked or lacks a needed "
                            "permission (%1). Sign in to the account again.")
                             .arg(detail);
    } else if (httpStatus == 404 || httpStatus == 410) {
        failure.kind = HttpFailure::Kind::Permanent;
        failure.code = ErrorCode::NotFound;
        failure.reason = tr("Mastodon cannot find it: the post or account was deleted or is not "
                            "visible to this account (%1).")
                             .arg(detail);
    } else if (httpStatus == 429) {
        failure.kind = HttpFailure::Kind::RateLimited;
        failure.code = ErrorCode::Unavailable;
        Millis at = now + defaultRateLimitWait;
        if (const std::optional<Millis> after
            = parseRetryAfter(headerValue(headers, "retry-after"), now)) {
            at = *after;
        } else if (const RateLimit limit = rateLimit(headers, now); limit.resetAt > 0) {
            at = limit.resetAt;
        }
        failure.retryAt = boundedRetryAt(at, now);
        const qint64 seconds = (failure.retryAt - now + 999) / 1000;
        failure.reason = tr("Mastodon's rate limit is reached; CareDesk waits %n second(s) before "
                            "trying again.",
            nullptr, int(seconds));
    } else if (httpStatus == 408 || (httpStatus >= 500 && httpStatus <= 599)) {
        failure.kind = HttpFailure::Kind::Retryable;
        failure.code = ErrorCode::Unavailable;
        if (const std::optional<Millis> after
            = parseRetryAfter(headerValue(headers, "retry-after"), now))
            failure.retryAt = boundedRetryAt(*after, now);
        failure.reason
            = tr("The Mastodon server is unavailable (%1); CareDesk will try again.").arg(detail);
    } else if (httpStatus >= 400 && httpStatus <= 499) {
        failure.kind = HttpFailure::Kind::Permanent;
        failure.code = ErrorCode::Invalid;
        failure.reason = tr("Mastodon refused the request: %1").arg(detail);
    } else {
        failure.kind = HttpFailure::Kind::Permanent;
        failure.code = ErrorCode::Internal;
        failure.reason = tr("Mastodon sent an unexpected answer (HTTP %1).").arg(httpStatus);
    }
    return failure;
}

} // namespace CareDesk::Mastodon
