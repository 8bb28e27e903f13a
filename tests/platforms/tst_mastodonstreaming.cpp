// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Mastodon streaming: the server-sent events framing as a pure parser (chunks split anywhere,
// heartbeats, comments, CR/LF/CRLF, malformed data, oversized events), streamed notifications
// read like polled ones, and the stream client against the replay server (opens, receives,
// drops, reconnects, refused).
#include "app/platforms/httpclient.h"
#include "app/platforms/liveconnector.h"
#include "app/platforms/mastodon/mastodonconnector.h"
#include "app/platforms/mastodon/mastodonstreaming.h"
#include "tests/support/memorysecretstore.h"
#include "tests/support/replayserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;
using namespace CareDesk::Mastodon;
using namespace CareDesk::Test;

namespace {

const QString token = u"stream-token"_s;

QByteArray notification(int id, const QString &type = u"mention"_s)
{
    const QJsonObject account { { u"id"_s, u"7001"_s }, { u"username"_s, u"ann"_s },
        { u"acct"_s, u"ann@remote.example"_s }, { u"display_name"_s, u"Ann"_s } };
    const QJsonObject status { { u"id"_s, QString::number(50000 + id) },
        { u"created_at"_s, u"2026-07-01T10:00:00.000Z"_s },
        { u"in_reply_to_id"_s, QJsonValue::Null }, { u"visibility"_s, u"public"_s },
        { u"spoiler_text"_s, u""_s },
        { u"url"_s, u"https://remote.example/@ann/%1"_s.arg(50000 + id) },
        { u"content"_s, u"<p>@brand where is my parcel %1?</p>"_s.arg(id) },
        { u"account"_s, account }, { u"mentions"_s, QJsonArray {} },
        { u"media_attachments"_s, QJsonArray {} } };
    return QJsonDocument(QJsonObject { { u"id"_s, QString::number(id) }, { u"type"_s, type },
                             { u"created_at"_s, u"2026-07-01T10:00:00.000Z"_s },
                             { u"account"_s, account }, { u"status"_s, status } })
        .toJson(QJsonDocument::Compact);
}

QByteArray sseEvent(const QByteArray &name, const QByteArray &data)
{
    return "event: " + name + "\ndata: " + data + "\n\n";
}

} // namespace

class TestMastodonStreaming : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void framing_data();
    void framing();
    void everySplitGivesTheSameEvents();
    void oversizedEventIsDropped();
    void mentionsOfEvents_data();
    void mentionsOfEvents();
    void streamReceivesMentions();
    void droppedStreamReconnects();
    void refusedStreamFallsBack_data();
    void refusedStreamFallsBack();

private:
    struct Rig {
        Rig()
        {
            server.listen();
            secrets.write(LiveConnector::tokenKey(1), token);
            account.id = 1;
            account.platform = Platform::Mastodon;
            account.connector = ConnectorKind::Live;
            account.handle = u"brand"_s;
            account.baseUrl = server.url().toString();
            context.http = &http;
            context.secrets = &secrets;
            context.clock = &clock;
        }
        ReplayServer server;
        MemorySecretStore secrets;
        SystemClock clock;
        QNetworkAccessManager network;
        HttpClient http { network, clock };
        Account account;
        LiveConnectorContext context;
    };
};

void TestMastodonStreaming::framing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("events"); // "name|data|id"
    QTest::addColumn<int>("comments");

    QTest::newRow("one event") << QByteArray("event: notification\ndata: {}\n\n")
                               << QStringList { u"notification|{}|"_s } << 0;
    QTest::newRow("heartbeat thump between events")
        << QByteArray(":thump\n\nevent: update\ndata: 1\n\n:thump\n")
        << QStringList { u"update|1|"_s } << 2;
    QTest::newRow("CRLF line endings")
        << QByteArray("event: a\r\ndata: x\r\n\r\n") << QStringList { u"a|x|"_s } << 0;
    QTest::newRow("CR line endings")
        << QByteArray("event: a\rdata: x\r\r") << QStringList { u"a|x|"_s } << 0;
    QTest::newRow("multi-line data joined by newline")
        << QByteArray("data: line one\ndata: line two\n\n")
        << QStringList { u"message|line one\nline two|"_s } << 0;
    QTest::newRow("no space after colon")
        << QByteArray("event:a\ndata:x\n\n") << QStringList { u"a|x|"_s } << 0;
    QTest::newRow("only the first space is stripped")
        << QByteArray("data:  x\n\n") << QStringList { u"message| x|"_s } << 0;
    QTest::newRow("field without colon is an empty value")
        << QByteArray("data\n\n") << QStringList { u"message||"_s } << 0;
    QTest::newRow("event without data is not dispatched")
        << QByteArray("event: notification\n\n") << QStringList {} << 0;
    QTest::newRow("unfinished event is not dispatched")
        << QByteArray("event: notification\ndata: {}\n") << QStringList {} << 0;
    QTest::newRow("unknown fields and retry ignored")
        << QByteArray("retry: 10\nfoo: bar\ndata: x\n\n") << QStringList { u"message|x|"_s } << 0;
    QTest::newRow("id is remembered") << QByteArray("id: 7\ndata: a\n\ndata: b\n\n")
                                      << QStringList { u"message|a|7"_s, u"message|b|7"_s } << 0;
    QTest::newRow("byte order mark at the start") << QByteArray("\xEF\xBB\xBF"
                                                                "data: x\n\n")
                                                  << QStringList { u"message|x|"_s } << 0;
    QTest::newRow("event type resets after dispatch")
        << QByteArray("event: a\ndata: 1\n\ndata: 2\n\n")
        << QStringList { u"a|1|"_s, u"message|2|"_s } << 0;
    QTest::newRow("binary garbage does not crash")
        << QByteArray("\x00\xff\xfe:\n\x01\x02\n\ndata: \xff\n\n", 18)
        << QStringList { u"message|\uFFFD|"_s } << 0;
}

void TestMastodonStreaming::framing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, events);
    QFETCH(int, comments);
    SseParser parser;
    QStringList got;
    for (const SseEvent &e : parser.feed(bytes))
        got.append(e.event + u'|' + QString::fromUtf8(e.data) + u'|' + e.id);
    QCOMPARE(got, events);
    QCOMPARE(parser.comments(), comments);
}

void TestMastodonStreaming::everySplitGivesTheSameEvents()
{
    const QByteArray stream = ":thump\r\n" + sseEvent("notification", notification(1))
        + ":thump\r\n" + "event: update\r\ndata: {\"id\":\"x\"}\r\n\r\n"
        + sseEvent("notification", notification(2)) + "event: delete\rdata: 123\r\r";
    SseParser whole;
    const QList<SseEvent> expected = whole.feed(stream);
    QCOMPARE(expected.size(), 4);
    // Two splits at every pair of positions is too many; every single split and byte-by-byte.
    for (qsizetype at = 0; at <= stream.size(); ++at) {
        SseParser parser;
        QList<SseEvent> got = parser.feed(QByteArrayView(stream).first(at));
        got += parser.feed(QByteArrayView(stream).sliced(at));
        QCOMPARE(got.size(), expected.size());
        for (qsizetype i = 0; i < got.size(); ++i) {
            QCOMPARE(got.at(i).event, expected.at(i).event);
            QCOMPARE(got.at(i).data, expected.at(i).data);
        }
        QCOMPARE(parser.comments(), 2);
    }
    SseParser bytewise;
    QList<SseEvent> got;
    for (char c : stream)
        got += bytewise.feed(QByteArrayView(&c, 1));
    QCOMPARE(got.size(), expected.size());
    QCOMPARE(got.last().data, expected.last().data);
}

void TestMastodonStreaming::oversizedEventIsDropped()
{
    SseParser parser;
    const QByteArray huge(SseParser::maxEventBytes + 10, 'x');
    QList<SseEvent> got = parser.feed("event: notification\ndata: ");
    for (int i = 0; i < huge.size(); i += 65536)
        got += parser.feed(QByteArrayView(huge).sliced(i, qMin<qsizetype>(65536, huge.size() - i)));
    got += parser.feed("\n\nevent: after\ndata: ok\n\n");
    QCOMPARE(got.size(), 1);
    QCOMPARE(got.first().event, u"after"_s);
    QCOMPARE(parser.dropped(), 1);
}

void TestMastodonStreaming::mentionsOfEvents_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("messages");
    QTest::addColumn<bool>("error");
    QTest::newRow("mention") << QByteArray("notification") << notification(5) << 1 << false;
    QTest::newRow("favourite is not a case")
        << QByteArray("notification") << notification(6, u"favourite"_s) << 0 << false;
    QTest::newRow("update event ignored") << QByteArray("update") << QByteArray("{}") << 0 << false;
    QTest::newRow("delete event ignored")
        << QByteArray("delete") << QByteArray("12345") << 0 << false;
    QTest::newRow("truncated JSON")
        << QByteArray("notification") << notification(7).left(40) << 0 << true;
    QTest::newRow("array instead of object")
        << QByteArray("notification") << QByteArray("[1,2]") << 0 << true;
    QTest::newRow("string-encoded payload")
        << QByteArray("notification") << QByteArray("\"{\\\"id\\\":1}\"") << 0 << true;
}

void TestMastodonStreaming::mentionsOfEvents()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, data);
    QFETCH(int, messages);
    QFETCH(bool, error);
    Rig rig;
    MastodonConnector connector(rig.account, rig.context);
    SseEvent e;
    e.event = QString::fromUtf8(name);
    e.data = data;
    const Result<StreamedMentions> got = mentionsOf(e, connector);
    QCOMPARE(!got.ok(), error);
    if (got.ok()) {
        QCOMPARE(got.value().messages.size(), messages);
        if (messages > 0) {
            const IncomingMessage &m = got.value().messages.first();
            QCOMPARE(m.platformId, u"50005"_s);
            QCOMPARE(m.text, u"@brand where is my parcel 5?"_s);
            QCOMPARE(m.authorHandle, u"ann@remote.example"_s);
        }
    }
}

void TestMastodonStreaming::streamReceivesMentions()
{
    Rig rig;
    rig.server.enqueue("GET", streamingPath.toString(), ReplayResponse::eventStream(":)\n"));
    MastodonConnector connector(rig.account, rig.context);
    MastodonStream stream(rig.network, connector, {});
    QSignalSpy live(&stream, &MastodonStream::live);
    QSignalSpy received(&stream, &MastodonStream::received);
    QSignalSpy down(&stream, &MastodonStream::down);
    stream.start();
    QTRY_COMPARE(live.size(), 1);
    QVERIFY(stream.isLive());
    const RecordedRequest request = rig.server.requests("GET", streamingPath.toString()).first();
    QCOMPARE(request.header("Authorization"), "Bearer " + token.toUtf8());
    QCOMPARE(request.header("Accept"), QByteArray("text/event-stream"));

    // An event split across chunks, a heartbeat, an unrelated event, a malformed one.
    const QByteArray first = sseEvent("notification", notification(1));
    rig.server.pushStream(first.left(25));
    rig.server.pushStream(first.mid(25) + ":thump\n");
    rig.server.pushStream(sseEvent("update", "{}") + sseEvent("notification", "{broken"));
    rig.server.pushStream(sseEvent("notification", notification(2)));
    QTRY_COMPARE(received.size(), 3);
    const auto messagesAt
        = [&received](int i) { return received.at(i).at(0).value<QList<IncomingMessage>>(); };
    QCOMPARE(messagesAt(0).size(), 1);
    QCOMPARE(messagesAt(0).first().platformId, u"50001"_s);
    QCOMPARE(messagesAt(1).size(), 0); // the malformed one, counted as skipped
    QCOMPARE(received.at(1).at(1).toInt(), 1);
    QCOMPARE(messagesAt(2).first().platformId, u"50002"_s);
    QCOMPARE(down.size(), 0);
    stream.stop();
    QVERIFY(!stream.isLive());
}

void TestMastodonStreaming::droppedStreamReconnects()
{
    Rig rig;
    rig.server.enqueue("GET", streamingPath.toString(), ReplayResponse::eventStream(":)\n"));
    rig.server.enqueue("GET", streamingPath.toString(), ReplayResponse::eventStream(":)\n"));
    MastodonConnector connector(rig.account, rig.context);
    MastodonStream::Options options;
    options.reconnectMs = 20;
    MastodonStream stream(rig.network, connector, options);
    QSignalSpy live(&stream, &MastodonStream::live);
    QSignalSpy down(&stream, &MastodonStream::down);
    QSignalSpy received(&stream, &MastodonStream::received);
    stream.start();
    QTRY_COMPARE(live.size(), 1);
    rig.server.dropStreams();
    QTRY_COMPARE(down.size(), 1);
    QTRY_COMPARE(live.size(), 2);
    QCOMPARE(down.size(), 1);
    QCOMPARE(rig.server.requests("GET", streamingPath.toString()).size(), 2);
    rig.server.pushStream(sseEvent("notification", notification(3)));
    QTRY_COMPARE(received.size(), 1);
}

void TestMastodonStreaming::refusedStreamFallsBack_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("no streaming on this instance") << 404;
    QTest::newRow("token refused") << 401;
    QTest::newRow("server error") << 503;
}

void TestMastodonStreaming::refusedStreamFallsBack()
{
    QFETCH(int, status);
    Rig rig;
    rig.server.enqueue(
        "GET", streamingPath.toString(), ReplayResponse::json(R"({"error":"nope"})", status));
    MastodonConnector connector(rig.account, rig.context);
    MastodonStream::Options options;
    options.reconnectMs = 60 * 1000; // no reconnect within the test
    MastodonStream stream(rig.network, connector, options);
    QSignalSpy live(&stream, &MastodonStream::live);
    QSignalSpy down(&stream, &MastodonStream::down);
    stream.start();
    QTRY_COMPARE(down.size(), 1);
    QVERIFY(down.first().first().toString().contains(QString::number(status)));
    QCOMPARE(live.size(), 0);
    // The token never appears in what the user is told.
    QVERIFY(!down.first().first().toString().contains(token));
}

QTEST_GUILESS_MAIN(TestMastodonStreaming)
#include "tst_mastodonstreaming.moc"
