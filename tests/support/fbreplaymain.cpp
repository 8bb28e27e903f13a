// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// caredesk-fb-replay: a fake Graph API (a Facebook page) on the replay server, for the Facebook
// kill test (tests/cli/tst_sync_kill_facebook.cpp). The page is 100 ("Brand"); it serves
// --comments comments (one per post, each its own case) and --conversations Messenger
// conversations whose customer wrote an hour ago, POST /{comment-id}/comments and
// POST /me/messages which, like Graph, have no idempotency: every request stores a reply.
// Stored replies show under GET /{comment-id}/comments and GET /{conversation-id} (the lookups
// after an unknown send). Every stored reply is appended to --log as one JSON line, flushed at
// once, and the answer is delayed up to --max-delay-ms *after* storing, so a kill can land
// between the two. Requests need "Authorization: Bearer fb-test-token".
//
//   caredesk-fb-replay --port-file FILE [--log FILE] [--comments N] [--conversations N]
//                      [--max-delay-ms MS]
#include "tests/support/replaymainsupport.h"
#include "tests/support/replayserver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk::Test;

namespace {

const QString pageId = u"100"_s;
const QString prefix = u"/v25.0/"_s;

ReplayResponse json(const QJsonObject &body, int status = 200, int maxDelayMs = 0)
{
    ReplayResponse r
        = ReplayResponse::json(QJsonDocument(body).toJson(QJsonDocument::Compact), status);
    r.delayMs = maxDelayMs > 0 ? int(QRandomGenerator::global()->bounded(maxDelayMs + 1)) : 0;
    return r;
}

/// Graph's time format, with its colonless offset.
QString graphTime(const QDateTime &at)
{
    return at.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u"+0000"_s;
}

struct Stored {
    QString id;
    QString text;
    QString target; ///< the comment or conversation
    QString at;
};

QJsonObject graphError(int code, const QString &message)
{
    return QJsonObject { { u"error"_s,
        QJsonObject { { u"message"_s, message }, { u"type"_s, u"OAuthException"_s },
            { u"code"_s, code }, { u"fbtrace_id"_s, u"Fake"_s } } } };
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QCommandLineOption commentsOption(u"comments"_s, u"Comments to serve."_s, u"N"_s, u"0"_s);
    const QCommandLineOption conversationsOption(
        u"conversations"_s, u"Conversations to serve."_s, u"N"_s, u"0"_s);
    ReplayProgram program(
        app, u"Append stored replies here."_s, { commentsOption, conversationsOption });

    const int commentCount = program.count(commentsOption, 100);
    const int conversationCount = program.count(conversationsOption, 100);
    const int maxDelayMs = program.maxDelayMs();
    if (!program.openLog())
        return 2;
    auto store = [&program](const QJsonObject &post) { program.store(post); };
    // The customers wrote an hour before the server started: inside Messenger's 24 hours.
    const QString customerTime = graphTime(QDateTime::currentDateTimeUtc().addSecs(-3600));

    QList<Stored> replies;
    int nextId = 5000;
    ReplayServer server;
    server.setHandler([&](const RecordedRequest &request) -> ReplayResponse {
        if (request.header("authorization") != "Bearer fb-test-token")
            return json(graphError(190, u"Invalid OAuth access token."_s), 400);
        if (!request.path.startsWith(prefix))
            return json(graphError(803, u"Unknown path"_s), 404);
        const QStringList parts = request.path.mid(prefix.size()).split(u'/');
        const QString object = parts.value(0);
        const QString edge = parts.value(1);
        if (request.method == "GET" && object == u"me"_s && edge.isEmpty()) {
            return json(
                QJsonObject { { u"id"_s, pageId }, { u"name"_s, u"Brand"_s } }, 200, maxDelayMs);
        }
        if (request.method == "GET" && object == pageId && edge == u"feed"_s) {
            QJsonArray posts;
            for (int i = commentCount; i >= 1; --i) {
                const QString post = u"%1_%2"_s.arg(pageId).arg(i);
                const QJsonObject comment { { u"id"_s, u"%1_c%2"_s.arg(i).arg(i) },
                    { u"message"_s, u"Comment %1 needs help"_s.arg(i) },
                    { u"created_time"_s, customerTime },
                    { u"from"_s,
                        QJsonObject { { u"id"_s, QString::number(300 + i) },
                            { u"name"_s, u"Customer %1"_s.arg(i) } } } };
                posts.append(QJsonObject { { u"id"_s, post },
                    { u"comments"_s, QJsonObject { { u"data"_s, QJsonArray { comment } } } } });
            }
            return json(QJsonObject { { u"data"_s, posts } }, 200, maxDelayMs);
        }
        auto conversationMessages = [&](int i) {
            const QString conversation = u"t_%1"_s.arg(i);
            QJsonArray messages;
            for (const Stored &s : std::as_const(replies)) {
                if (s.target == conversation)
                    messages.append(QJsonObject { { u"id"_s, s.id }, { u"message"_s, s.text },
                        { u"created_time"_s, s.at },
                        { u"from"_s, QJsonObject { { u"id"_s, pageId } } } });
            }
            messages.append(QJsonObject { { u"id"_s, u"m_in%1"_s.arg(i) },
                { u"message"_s, u"Message %1 needs help"_s.arg(i) },
                { u"created_time"_s, customerTime },
                { u"from"_s,
                    QJsonObject { { u"id"_s, QString::number(700 + i) },
                        { u"name"_s, u"Writer %1"_s.arg(i) } } } });
            return QJsonObject { { u"id"_s, conversation }, { u"updated_time"_s, customerTime },
                { u"messages"_s, QJsonObject { { u"data"_s, messages } } } };
        };
        if (request.method == "GET" && object == pageId && edge == u"conversations"_s) {
            QJsonArray data;
            for (int i = conversationCount; i >= 1; --i)
                data.append(conversationMessages(i));
            return json(QJsonObject { { u"data"_s, data } }, 200, maxDelayMs);
        }
        if (request.method == "GET" && object.startsWith(u"t_"_s) && edge.isEmpty()) {
            const int i = object.mid(2).toInt();
            if (i < 1 || i > conversationCount)
                return json(graphError(100, u"Unknown conversation"_s), 400);
            return json(conversationMessages(i), 200, maxDelayMs);
        }
        if (request.method == "POST" && object == u"me"_s && edge == u"messages"_s) {
            const QJsonObject body = request.json();
            const QString recipient
                = body.value(u"recipient"_s).toObject().value(u"id"_s).toString();
            const int i = recipient.toInt() - 700;
            if (i < 1 || i > conversationCount)
                return json(graphError(100, u"No matching user found"_s), 400);
            Stored s { u"m_r%1"_s.arg(++nextId),
                body.value(u"message"_s).toObject().value(u"text"_s).toString(), u"t_%1"_s.arg(i),
                graphTime(QDateTime::currentDateTimeUtc()) };
            replies.prepend(s);
            store(QJsonObject { { u"platform"_s, u"facebook"_s }, { u"kind"_s, u"message"_s },
                { u"text"_s, s.text }, { u"target"_s, s.target },
                { u"messaging_type"_s, body.value(u"messaging_type"_s).toString() } });
            return json(QJsonObject { { u"recipient_id"_s, recipient }, { u"message_id"_s, s.id } },
                200, maxDelayMs);
        }
        if (object.contains(u"_c"_s) && edge == u"comments"_s) {
            if (request.method == "POST") {
                Stored s { u"%1_r%2"_s.arg(object.section(u'_', 0, 0)).arg(++nextId),
                    request.form().value(u"message"_s), object,
                    graphTime(QDateTime::currentDateTimeUtc()) };
                replies.prepend(s);
                store(QJsonObject { { u"platform"_s, u"facebook"_s }, { u"kind"_s, u"comment"_s },
                    { u"text"_s, s.text }, { u"target"_s, s.target } });
                return json(QJsonObject { { u"id"_s, s.id } }, 200, maxDelayMs);
            }
            QJsonArray data;
            for (const Stored &s : std::as_const(replies)) {
                if (s.target == object)
                    data.append(QJsonObject { { u"id"_s, s.id }, { u"message"_s, s.text },
                        { u"created_time"_s, s.at },
                        { u"parent"_s, QJsonObject { { u"id"_s, object } } },
                        { u"from"_s, QJsonObject { { u"id"_s, pageId } } } });
            }
            return json(QJsonObject { { u"data"_s, data } }, 200, maxDelayMs);
        }
        return json(graphError(803, u"Unknown object"_s), 404);
    });
    return program.exec(server);
}
