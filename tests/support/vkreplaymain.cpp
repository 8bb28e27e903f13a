// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// caredesk-vk-replay: a fake VK community API on the replay server, for the VK kill test
// (tests/cli/tst_sync_kill_vk.cpp). It serves one community (id 77) with one post carrying
// --comments top-level comments and --dialogs conversations for the backfill, an empty Bots Long
// Poll, and wall.createComment / messages.send that drop a repeated guid / random_id the way VK
// documents it ("unique identifier to avoid repeated comments / resending the message"): the
// repeat stores nothing and answers with the id of what the first one stored. Every reply it
// stores is appended to --log as one JSON line (a dropped repeat as kind "repeat"), flushed at
// once, so a test can count them after any kill. Answers are delayed up to --max-delay-ms
// *after* the reply is stored, so a kill can land between storing and answering.
//
//   caredesk-vk-replay --port-file FILE [--log FILE] [--comments N] [--dialogs N]
//                      [--max-delay-ms MS]
#include "tests/support/replaymainsupport.h"
#include "tests/support/replayserver.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk::Test;

namespace {

constexpr qint64 groupId = 77;
constexpr qint64 postId = 1;

ReplayResponse answer(const QJsonValue &response, int maxDelayMs)
{
    ReplayResponse r = ReplayResponse::json(
        QJsonDocument(QJsonObject { { u"response"_s, response } }).toJson(QJsonDocument::Compact));
    r.delayMs = maxDelayMs > 0 ? int(QRandomGenerator::global()->bounded(maxDelayMs + 1)) : 0;
    return r;
}

ReplayResponse apiError(int code, const QString &message)
{
    return ReplayResponse::json(
        QJsonDocument(QJsonObject { { u"error"_s,
                          QJsonObject { { u"error_code"_s, code }, { u"error_msg"_s, message },
                              { u"request_params"_s, QJsonArray {} } } } })
            .toJson(QJsonDocument::Compact));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QCommandLineOption comments(u"comments"_s, u"Comments to serve."_s, u"N"_s, u"0"_s);
    const QCommandLineOption dialogs(u"dialogs"_s, u"Conversations to serve."_s, u"N"_s, u"0"_s);
    ReplayProgram program(app, u"Append stored replies here."_s, { comments, dialogs });

    const int commentCount = program.count(comments, 100);
    const int dialogCount = program.count(dialogs, 200);
    const int maxDelayMs = program.maxDelayMs();
    if (!program.openLog())
        return 2;
    auto store = [&program](const QJsonObject &post) { program.store(post); };

    QHash<QString, qint64> comments2; // guid -> comment id
    QHash<QString, qint64> messages; // peer:random_id -> message id
    qint64 nextId = 100000;
    ReplayServer server;
    server.setHandler([&](const RecordedRequest &request) -> ReplayResponse {
        const QHash<QString, QString> form = request.form();
        if (request.path == u"/lp"_s) {
            ReplayResponse empty = ReplayResponse::json(
                R"({"ts":")" + request.queryValue(u"ts"_s).toUtf8() + R"(","updates":[]})");
            empty.delayMs = qMin(request.queryValue(u"wait"_s).toInt() * 1000, 200);
            return empty;
        }
        if (!request.path.startsWith(u"/method/"_s))
            return ReplayResponse::json("{}", 404);
        if (form.value(u"access_token"_s).isEmpty())
            return apiError(5, u"User authorization failed: no access_token passed."_s);
        const QString method = request.path.mid(8);
        if (method == u"groups.getById"_s) {
            return answer(QJsonObject { { u"groups"_s,
                                            QJsonArray { QJsonObject { { u"id"_s, groupId },
                                                { u"name"_s, u"Brand"_s },
                                                { u"screen_name"_s, u"brand"_s } } } },
                              { u"profiles"_s, QJsonArray {} } },
                maxDelayMs);
        }
        if (method == u"groups.getLongPollServer"_s) {
            return answer(QJsonObject { { u"key"_s, u"fake-key"_s },
                              { u"server"_s, QString(server.url().toString() + u"/lp"_s) },
                              { u"ts"_s, u"1"_s } },
                maxDelayMs);
        }
        if (method == u"wall.get"_s) {
            return answer(QJsonObject { { u"count"_s, 1 },
                              { u"items"_s, QJsonArray { QJsonObject { { u"id"_s, postId } } } } },
                maxDelayMs);
        }
        if (method == u"wall.getComments"_s) {
            QJsonArray items;
            for (int i = 1; i <= commentCount; ++i) {
                items.append(QJsonObject { { u"id"_s, i }, { u"from_id"_s, 1000 + i },
                    { u"date"_s, 1700000000 + i }, { u"text"_s, u"Comment %1"_s.arg(i) },
                    { u"post_id"_s, postId }, { u"owner_id"_s, -groupId },
                    { u"parents_stack"_s, QJsonArray {} } });
            }
            return answer(
                QJsonObject { { u"count"_s, commentCount }, { u"items"_s, items } }, maxDelayMs);
        }
        if (method == u"messages.getConversations"_s) {
            QJsonArray items;
            for (int i = 1; i <= dialogCount; ++i) {
                const qint64 peer = 5000 + i;
                items.append(QJsonObject {
                    { u"conversation"_s,
                        QJsonObject { { u"peer"_s,
                            QJsonObject { { u"id"_s, peer }, { u"type"_s, u"user"_s } } } } },
                    { u"last_message"_s,
                        QJsonObject { { u"id"_s, i }, { u"peer_id"_s, peer },
                            { u"from_id"_s, peer }, { u"out"_s, 0 }, { u"date"_s, 1700001000 + i },
                            { u"text"_s, u"Message %1"_s.arg(i) } } } });
            }
            return answer(
                QJsonObject { { u"count"_s, dialogCount }, { u"items"_s, items } }, maxDelayMs);
        }
        if (method == u"wall.createComment"_s) {
            const QString guid = form.value(u"guid"_s);
            if (guid.isEmpty())
                return apiError(100, u"guid is required here"_s);
            if (!comments2.contains(guid)) {
                comments2.insert(guid, ++nextId);
                store(QJsonObject { { u"platform"_s, u"vk"_s }, { u"kind"_s, u"comment"_s },
                    { u"guid"_s, guid }, { u"text"_s, form.value(u"message"_s) },
                    { u"reply_to_comment"_s, form.value(u"reply_to_comment"_s) } });
            } else {
                store(QJsonObject {
                    { u"platform"_s, u"vk"_s }, { u"kind"_s, u"repeat"_s }, { u"guid"_s, guid } });
            }
            return answer(QJsonObject { { u"comment_id"_s, comments2.value(guid) } }, maxDelayMs);
        }
        if (method == u"messages.send"_s) {
            const QString randomId = form.value(u"random_id"_s);
            if (randomId.isEmpty() || randomId == u"0"_s)
                return apiError(100, u"random_id is required here"_s);
            const QString key = form.value(u"peer_id"_s) + u':' + randomId;
            if (!messages.contains(key)) {
                messages.insert(key, ++nextId);
                store(QJsonObject { { u"platform"_s, u"vk"_s }, { u"kind"_s, u"message"_s },
                    { u"random_id"_s, randomId }, { u"peer_id"_s, form.value(u"peer_id"_s) },
                    { u"text"_s, form.value(u"message"_s) } });
            } else {
                store(QJsonObject { { u"platform"_s, u"vk"_s }, { u"kind"_s, u"repeat"_s },
                    { u"random_id"_s, randomId } });
            }
            return answer(messages.value(key), maxDelayMs);
        }
        return apiError(3, u"Unknown method passed"_s);
    });
    return program.exec(server);
}
