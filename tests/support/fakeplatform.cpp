// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/fakeplatform.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk::Test {

namespace {

    constexpr qint64 mentionStatusBase = 100000;
    constexpr qint64 directStatusBase = 200000;
    constexpr qint64 customerAccountBase = 5000;
    constexpr qint64 telegramUserBase = 7000;
    const QString selfAccountId = u"1"_s;

    QByteArray compact(const QJsonValue &value)
    {
        return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                               : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    }

    QString isoTime(qint64 secondsSinceEpoch)
    {
        return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC)
            .toString(Qt::ISODateWithMs);
    }

    /// Mastodon's paging over ids 1..count (mapped by toId): min_id pages forward, max_id back,
    /// neither gives the newest page; the page is newest first.
    QList<int> page(int count, const RecordedRequest &request,
        const std::function<qint64(int)> &toId, int maxLimit)
    {
        bool ok = false;
        int limit = request.queryValue(u"limit"_s).toInt(&ok);
        if (!ok || limit <= 0)
            limit = 20;
        limit = qMin(limit, maxLimit);
        const qint64 minId = request.queryValue(u"min_id"_s).toLongLong();
        const qint64 maxId = request.queryValue(u"max_id"_s).toLongLong();
        const qint64 sinceId = request.queryValue(u"since_id"_s).toLongLong();
        QList<int> all;
        for (int i = 1; i <= count; ++i) {
            const qint64 id = toId(i);
            if ((minId > 0 && id <= minId) || (maxId > 0 && id >= maxId)
                || (sinceId > 0 && id <= sinceId))
                continue;
            all.append(i);
        }
        QList<int> chosen;
        if (minId > 0) {
            chosen = all.mid(0, limit); // the oldest above the cursor
        } else {
            chosen = all.mid(qMax<qsizetype>(0, all.size() - limit)); // the newest
        }
        std::reverse(chosen.begin(), chosen.end());
        return chosen;
    }

    ReplayHeaders linkHeaders(
        const QString &path, const QString &extra, qint64 newest, qint64 oldest)
    {
        const QString base = u"http://127.0.0.1"_s + path + u'?';
        const QString link = u"<%1max_id=%2%3>; rel=\"next\", <%1min_id=%4%3>; rel=\"prev\""_s.arg(
            base, QString::number(oldest), extra, QString::number(newest));
        return { { "Link", link.toUtf8() } };
    }

    ReplayHeaders budgetHeaders()
    {
        return { { "X-RateLimit-Limit", "300" }, { "X-RateLimit-Remaining", "299" },
            { "X-RateLimit-Reset", "2036-01-01T00:00:00.000000Z" } };
    }

} // namespace

QJsonObject FakePlatform::Post::toJson() const
{
    return QJsonObject { { u"platform"_s, platform }, { u"id"_s, id },
        { u"idempotency_key"_s, idempotencyKey }, { u"text"_s, text },
        { u"visibility"_s, visibility }, { u"in_reply_to"_s, inReplyTo },
        { u"chat_id"_s, chatId } };
}

FakePlatform::FakePlatform(const Options &options)
    : m_options(options)
{
}

QString FakePlatform::customerAcct(int index)
{
    return u"customer%1@remote.example"_s.arg(index);
}

ReplayResponse FakePlatform::handle(const RecordedRequest &request)
{
    ReplayResponse response
        = request.path.startsWith(u"/bot"_s) ? telegram(request) : mastodon(request);
    if (m_options.maxDelayMs > 0 && response.delayMs == 0)
        response.delayMs = int(QRandomGenerator::global()->bounded(m_options.maxDelayMs + 1));
    return response;
}

QJsonObject FakePlatform::customerAccount(int index) const
{
    const QString id = QString::number(customerAccountBase + index);
    return QJsonObject { { u"id"_s, id }, { u"username"_s, u"customer%1"_s.arg(index) },
        { u"acct"_s, customerAcct(index) }, { u"display_name"_s, u"Customer %1"_s.arg(index) },
        { u"url"_s, u"https://remote.example/@customer%1"_s.arg(index) },
        { u"followers_count"_s, 10 } };
}

QJsonObject FakePlatform::mentionStatus(int index) const
{
    const QString id = QString::number(mentionStatusBase + index);
    return QJsonObject { { u"id"_s, id }, { u"created_at"_s, isoTime(1785000000 + index) },
        { u"in_reply_to_id"_s, QJsonValue::Null }, { u"visibility"_s, u"public"_s },
        { u"spoiler_text"_s, u""_s }, { u"language"_s, u"en"_s },
        { u"url"_s, u"https://remote.example/@customer%1/%2"_s.arg(index).arg(id) },
        { u"content"_s,
            u"<p><span class=\"h-card\"><a href=\"http://127.0.0.1/@brand\" class=\"u-url "
            u"mention\">@<span>brand</span></a></span> "
            "My order %1 has not arrived.</p>"_s.arg(index) },
        { u"account"_s, customerAccount(index) },
        { u"mentions"_s,
            QJsonArray { QJsonObject { { u"id"_s, selfAccountId }, { u"acct"_s, u"brand"_s } } } },
        { u"media_attachments"_s, QJsonArray {} }, { u"edited_at"_s, QJsonValue::Null } };
}

QJsonObject FakePlatform::directStatus(int index) const
{
    QJsonObject status = mentionStatus(index);
    status[u"id"_s] = QString::number(directStatusBase + index);
    status[u"visibility"_s] = u"direct"_s;
    status[u"content"_s] = u"<p>@brand Privately: my address is Street %1.</p>"_s.arg(index);
    return status;
}

ReplayResponse FakePlatform::mastodon(const RecordedRequest &request)
{
    if (request.header("Authorization") != "Bearer " + m_options.mastodonToken.toUtf8())
        return ReplayResponse::json(R"({"error":"The access token is invalid"})", 401);
    const QString path = request.path;
    if (path == u"/api/v1/accounts/verify_credentials"_s) {
        return ReplayResponse::json(
            compact(QJsonObject { { u"id"_s, selfAccountId }, { u"username"_s, u"brand"_s },
                { u"acct"_s, u"brand"_s }, { u"display_name"_s, u"Brand"_s } }));
    }
    if (path == u"/api/v2/instance"_s) {
        return ReplayResponse::json(compact(QJsonObject { { u"domain"_s, u"127.0.0.1"_s },
            { u"configuration"_s,
                QJsonObject {
                    { u"statuses"_s, QJsonObject { { u"max_characters"_s, 500 } } } } } }));
    }
    if (path == u"/api/v1/notifications"_s) {
        const QList<int> chosen = page(
            m_options.mentions, request, [](int i) { return qint64(i); }, 80);
        QJsonArray items;
        for (int i : chosen) {
            items.append(QJsonObject { { u"id"_s, QString::number(i) }, { u"type"_s, u"mention"_s },
                { u"created_at"_s, isoTime(1785000000 + i) }, { u"account"_s, customerAccount(i) },
                { u"status"_s, mentionStatus(i) } });
        }
        ReplayHeaders headers = budgetHeaders();
        if (!chosen.isEmpty())
            headers += linkHeaders(path, u"&types%5B%5D=mention"_s, chosen.first(), chosen.last());
        return ReplayResponse::json(compact(items), 200, headers);
    }
    if (path == u"/api/v1/conversations"_s) {
        const QList<int> chosen = page(
            m_options.directMessages, request, [](int i) { return directStatusBase + i; }, 40);
        QJsonArray items;
        for (int i : chosen) {
            items.append(QJsonObject { { u"id"_s, QString::number(i) }, { u"unread"_s, true },
                { u"accounts"_s, QJsonArray { customerAccount(i) } },
                { u"last_status"_s, directStatus(i) } });
        }
        ReplayHeaders headers = budgetHeaders();
        if (!chosen.isEmpty())
            headers += linkHeaders(path, QString(), directStatusBase + chosen.first(),
                directStatusBase + chosen.last());
        return ReplayResponse::json(compact(items), 200, headers);
    }
    if (path.startsWith(u"/api/v1/accounts/"_s) && request.method == "GET") {
        const int index = int(path.mid(17).toLongLong() - customerAccountBase);
        if (index <= 0)
            return ReplayResponse::json(R"({"error":"Record not found"})", 404);
        return ReplayResponse::json(compact(customerAccount(index)));
    }
    if (path == u"/api/v1/statuses"_s && request.method == "POST") {
        const QHash<QString, QString> form = request.form();
        const QString key = QString::fromUtf8(request.header("Idempotency-Key"));
        if (!key.isEmpty() && m_byKey.contains(key))
            return ReplayResponse::json(compact(m_byKey.value(key)), 200, budgetHeaders());
        const QString text = form.value(u"status"_s);
        if (text.trimmed().isEmpty())
            return ReplayResponse::json(
                R"({"error":"Validation failed: Text can't be blank"})", 422);
        Post post;
        post.platform = u"mastodon"_s;
        post.id = QString::number(++m_nextStatusId);
        post.idempotencyKey = key;
        post.text = text;
        post.visibility = form.value(u"visibility"_s, u"public"_s);
        post.inReplyTo = form.value(u"in_reply_to_id"_s);
        const QJsonObject status { { u"id"_s, post.id }, { u"created_at"_s, isoTime(1786000000) },
            { u"in_reply_to_id"_s,
                post.inReplyTo.isEmpty() ? QJsonValue() : QJsonValue(post.inReplyTo) },
            { u"visibility"_s, post.visibility },
            { u"content"_s, QString(u"<p>"_s + text.toHtmlEscaped() + u"</p>"_s) },
            { u"account"_s,
                QJsonObject { { u"id"_s, selfAccountId }, { u"acct"_s, u"brand"_s },
                    { u"username"_s, u"brand"_s } } } };
        if (!key.isEmpty())
            m_byKey.insert(key, status);
        m_posts.append(post);
        if (onPost)
            onPost(post);
        return ReplayResponse::json(compact(status), 200, budgetHeaders());
    }
    return ReplayResponse::json(R"({"error":"Record not found"})", 404);
}

ReplayResponse FakePlatform::telegram(const RecordedRequest &request)
{
    const QString prefix = u"/bot"_s + m_options.telegramToken + u'/';
    if (!request.path.startsWith(prefix))
        return ReplayResponse::json(
            R"({"ok":false,"error_code":401,"description":"Unauthorized"})", 401);
    const QString method = request.path.mid(prefix.size());
    QJsonObject arguments = request.json();
    if (arguments.isEmpty()) {
        const QHash<QString, QString> form = request.form();
        for (auto it = form.begin(); it != form.end(); ++it)
            arguments.insert(it.key(), it.value());
        for (const auto &[key, value] : request.query)
            arguments.insert(key, value);
    }
    if (method == u"getMe"_s) {
        return ReplayResponse::json(
            R"({"ok":true,"result":{"id":777000,"is_bot":true,"first_name":"Brand",)"
            R"("username":"brand_bot","can_read_all_group_messages":false}})");
    }
    if (method == u"getUpdates"_s) {
        const qint64 offset = arguments.value(u"offset"_s).toVariant().toLongLong();
        int limit = arguments.value(u"limit"_s).toVariant().toInt();
        if (limit <= 0 || limit > 100)
            limit = 100;
        QJsonArray updates;
        for (int i = 1; i <= m_options.telegramMessages && updates.size() < limit; ++i) {
            if (i < offset)
                continue;
            const qint64 user = telegramUserBase + i;
            const QJsonObject from { { u"id"_s, user }, { u"is_bot"_s, false },
                { u"first_name"_s, u"Customer"_s }, { u"last_name"_s, QString::number(i) },
                { u"username"_s, u"tgcustomer%1"_s.arg(i) } };
            updates.append(QJsonObject { { u"update_id"_s, i },
                { u"message"_s,
                    QJsonObject { { u"message_id"_s, 10 + i }, { u"from"_s, from },
                        { u"chat"_s,
                            QJsonObject { { u"id"_s, user }, { u"type"_s, u"private"_s },
                                { u"first_name"_s, u"Customer"_s } } },
                        { u"date"_s, 1785000000 + i },
                        { u"text"_s, u"Where is my parcel %1?"_s.arg(i) } } } });
        }
        ReplayResponse response = ReplayResponse::json(
            compact(QJsonObject { { u"ok"_s, true }, { u"result"_s, updates } }));
        // A long poll with nothing new waits (a second here, not the whole timeout).
        if (updates.isEmpty() && arguments.value(u"timeout"_s).toVariant().toInt() > 0)
            response.delayMs = 1000;
        return response;
    }
    if (method == u"sendMessage"_s) {
        const QString text = arguments.value(u"text"_s).toString();
        if (text.isEmpty()) {
            return ReplayResponse::json(
                R"({"ok":false,"error_code":400,"description":"Bad Request: message text is empty"})",
                400);
        }
        Post post;
        post.platform = u"telegram"_s;
        post.id = QString::number(++m_nextMessageId);
        post.text = text;
        post.chatId = QString::number(arguments.value(u"chat_id"_s).toVariant().toLongLong());
        const QJsonObject reply = arguments.value(u"reply_parameters"_s).toObject();
        if (!reply.isEmpty())
            post.inReplyTo = QString::number(reply.value(u"message_id"_s).toVariant().toLongLong());
        m_posts.append(post);
        if (onPost)
            onPost(post);
        const QJsonObject message { { u"message_id"_s, m_nextMessageId }, { u"date"_s, 1786000000 },
            { u"chat"_s,
                QJsonObject {
                    { u"id"_s, post.chatId.toLongLong() }, { u"type"_s, u"private"_s } } },
            { u"from"_s,
                QJsonObject {
                    { u"id"_s, 777000 }, { u"is_bot"_s, true }, { u"first_name"_s, u"Brand"_s } } },
            { u"text"_s, text } };
        return ReplayResponse::json(
            compact(QJsonObject { { u"ok"_s, true }, { u"result"_s, message } }));
    }
    return ReplayResponse::json(R"({"ok":false,"error_code":404,"description":"Not Found"})", 404);
}

} // namespace CareDesk::Test
