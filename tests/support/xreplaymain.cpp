// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// caredesk-x-replay: a fake X API v2 on the replay server, for the X kill test
// (tests/cli/tst_sync_kill_x.cpp). The account is user 7 (@brand); it serves --mentions mentions
// (each its own conversation) and --dms DM events (each its own conversation), POST /2/tweets and
// POST /2/dm_conversations/with/:id/messages which, like X, have no idempotency: every request
// stores a post. Stored posts show on GET /2/users/7/tweets and
// GET /2/dm_conversations/with/:id/dm_events (the lookup after an unknown send). Every stored
// post is appended to --log as one JSON line, flushed at once, and the answer is delayed up to
// --max-delay-ms *after* storing, so a kill can land between the two. Requests need
// "Authorization: Bearer x-test-token".
//
//   caredesk-x-replay --port-file FILE [--log FILE] [--mentions N] [--dms N] [--max-delay-ms MS]
#include "tests/support/replaymainsupport.h"
#include "tests/support/replayserver.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk::Test;

namespace {

constexpr qint64 ownId = 7;
constexpr qint64 firstMention = 1000000;
constexpr qint64 firstDm = 2000000;

ReplayResponse json(const QJsonObject &body, int status = 200, int maxDelayMs = 0)
{
    ReplayResponse r
        = ReplayResponse::json(QJsonDocument(body).toJson(QJsonDocument::Compact), status);
    r.delayMs = maxDelayMs > 0 ? int(QRandomGenerator::global()->bounded(maxDelayMs + 1)) : 0;
    return r;
}

struct Stored {
    qint64 id = 0;
    QString text;
    QString inReplyTo; ///< tweets
    QString participant; ///< DMs
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QCommandLineOption mentionsOption(u"mentions"_s, u"Mentions to serve."_s, u"N"_s, u"0"_s);
    const QCommandLineOption dmsOption(u"dms"_s, u"DM events to serve."_s, u"N"_s, u"0"_s);
    ReplayProgram program(app, u"Append stored posts here."_s, { mentionsOption, dmsOption });

    const int mentionCount = program.count(mentionsOption, 100);
    const int dmCount = program.count(dmsOption, 100);
    const int maxDelayMs = program.maxDelayMs();
    if (!program.openLog())
        return 2;
    auto store = [&program](const QJsonObject &post) { program.store(post); };

    QList<Stored> tweets;
    QList<Stored> dms;
    qint64 nextId = 9000000;
    const QJsonObject unauthorized { { u"title"_s, u"Unauthorized"_s },
        { u"type"_s, u"about:blank"_s }, { u"status"_s, 401 }, { u"detail"_s, u"Unauthorized"_s } };
    ReplayServer server;
    server.setHandler([&](const RecordedRequest &request) -> ReplayResponse {
        if (request.header("authorization") != "Bearer x-test-token")
            return json(unauthorized, 401);
        const QString path = request.path;
        if (request.method == "GET" && path == u"/2/users/me"_s) {
            return json(QJsonObject { { u"data"_s,
                            QJsonObject { { u"id"_s, QString::number(ownId) },
                                { u"username"_s, u"brand"_s }, { u"name"_s, u"Brand"_s } } } },
                200, maxDelayMs);
        }
        if (request.method == "GET" && path == u"/2/users/%1/mentions"_s.arg(ownId)) {
            const qint64 since = request.queryValue(u"since_id"_s).toLongLong();
            QJsonArray data;
            QJsonArray users;
            for (int i = mentionCount; i >= 1; --i) {
                const qint64 id = firstMention + i;
                if (id <= since)
                    continue;
                const QString author = QString::number(100 + i);
                data.append(QJsonObject { { u"id"_s, QString::number(id) },
                    { u"text"_s, u"@brand mention %1"_s.arg(i) }, { u"author_id"_s, author },
                    { u"conversation_id"_s, QString::number(id) },
                    { u"created_at"_s, u"2024-06-10T12:00:00.000Z"_s } });
                users.append(
                    QJsonObject { { u"id"_s, author }, { u"username"_s, u"customer%1"_s.arg(i) },
                        { u"name"_s, u"Customer %1"_s.arg(i) } });
            }
            QJsonObject body { { u"meta"_s, QJsonObject { { u"result_count"_s, data.size() } } } };
            if (!data.isEmpty()) {
                body.insert(u"data"_s, data);
                body.insert(u"includes"_s, QJsonObject { { u"users"_s, users } });
            }
            return json(body, 200, maxDelayMs);
        }
        if (request.method == "GET" && path == u"/2/dm_events"_s) {
            QJsonArray data;
            for (int i = dmCount; i >= 1; --i) {
                const QString sender = QString::number(500 + i);
                data.append(QJsonObject { { u"id"_s, QString::number(firstDm + i) },
                    { u"event_type"_s, u"MessageCreate"_s },
                    { u"text"_s, u"direct message %1"_s.arg(i) }, { u"sender_id"_s, sender },
                    { u"dm_conversation_id"_s, u"%1-%2"_s.arg(ownId).arg(sender) },
                    { u"created_at"_s, u"2024-06-10T12:00:00.000Z"_s } });
            }
            QJsonObject body { { u"meta"_s, QJsonObject { { u"result_count"_s, data.size() } } } };
            if (!data.isEmpty())
                body.insert(u"data"_s, data);
            return json(body, 200, maxDelayMs);
        }
        if (request.method == "POST" && path == u"/2/tweets"_s) {
            const QJsonObject body = request.json();
            Stored s { ++nextId, body.value(u"text"_s).toString(),
                body.value(u"reply"_s).toObject().value(u"in_reply_to_tweet_id"_s).toString(), {} };
            tweets.prepend(s);
            store(QJsonObject { { u"platform"_s, u"x"_s }, { u"kind"_s, u"tweet"_s },
                { u"text"_s, s.text }, { u"in_reply_to"_s, s.inReplyTo } });
            return json(
                QJsonObject { { u"data"_s,
                    QJsonObject { { u"id"_s, QString::number(s.id) }, { u"text"_s, s.text } } } },
                201, maxDelayMs);
        }
        static const QString conversations = u"/2/dm_conversations/with/"_s;
        if (path.startsWith(conversations)) {
            const QStringList parts = path.mid(conversations.size()).split(u'/');
            const QString participant = parts.value(0);
            if (request.method == "POST" && parts.value(1) == u"messages"_s) {
                Stored s { ++nextId, request.json().value(u"text"_s).toString(), {}, participant };
                dms.prepend(s);
                store(QJsonObject { { u"platform"_s, u"x"_s }, { u"kind"_s, u"dm"_s },
                    { u"text"_s, s.text }, { u"participant"_s, participant } });
                return json(QJsonObject { { u"data"_s,
                                QJsonObject { { u"dm_conversation_id"_s,
                                                  u"%1-%2"_s.arg(ownId).arg(participant) },
                                    { u"dm_event_id"_s, QString::number(s.id) } } } },
                    201, maxDelayMs);
            }
            if (request.method == "GET" && parts.value(1) == u"dm_events"_s) {
                QJsonArray data;
                for (const Stored &s : std::as_const(dms)) {
                    if (s.participant == participant)
                        data.append(QJsonObject { { u"id"_s, QString::number(s.id) },
                            { u"event_type"_s, u"MessageCreate"_s }, { u"text"_s, s.text },
                            { u"sender_id"_s, QString::number(ownId) } });
                }
                return json(QJsonObject { { u"data"_s, data } }, 200, maxDelayMs);
            }
        }
        if (request.method == "GET" && path == u"/2/users/%1/tweets"_s.arg(ownId)) {
            QJsonArray data;
            for (const Stored &s : std::as_const(tweets)) {
                data.append(QJsonObject { { u"id"_s, QString::number(s.id) }, { u"text"_s, s.text },
                    { u"referenced_tweets"_s,
                        QJsonArray { QJsonObject {
                            { u"type"_s, u"replied_to"_s }, { u"id"_s, s.inReplyTo } } } } });
                if (data.size() >= 100)
                    break;
            }
            return json(QJsonObject { { u"data"_s, data } }, 200, maxDelayMs);
        }
        return json(QJsonObject { { u"title"_s, u"Not Found"_s }, { u"status"_s, 404 } }, 404);
    });
    return program.exec(server);
}
