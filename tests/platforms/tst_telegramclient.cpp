// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Telegram connector and the HTTP client against the replay server on 127.0.0.1: recorded
// Bot API answers (../shared/fixtures/platforms/telegram) and scripted faults (401, 404, 409,
// 429 with parameters.retry_after, 500, a dropped connection, a stalled answer, malformed JSON,
// paging through the offset). A message whose answer is lost is unknown and never sent twice.
#include "app/platforms/httpclient.h"
#include "app/platforms/telegram/telegramconnector.h"
#include "tests/support/fakeplatform.h"
#include "tests/support/memorysecretstore.h"
#include "tests/support/replaytesting.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(CareDesk::Test::ReplayResponse)
Q_DECLARE_METATYPE(CareDesk::SendOutcome)

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;
using namespace CareDesk::Telegram;
using namespace CareDesk::Test;

namespace {

const QString token = u"123456:telegram-test-token"_s;
const QString prefix = u"/bot"_s + token + u'/';

ReplayResponse recordedBody(const QString &file)
{
    const QList<ReplayInteraction> interactions = ReplayServer::exvcrCassette(file);
    if (interactions.isEmpty())
        return ReplayResponse::json("null", 599);
    return interactions.first().response();
}

ReplayResponse me()
{
    return ReplayResponse::json(
        R"({"ok":true,"result":{"id":777000,"is_bot":true,"first_name":"Brand","username":"brand_bot"}})");
}

SendRequest groupReply()
{
    SendRequest request;
    request.item.visibility = Visibility::Public;
    request.item.text = u"We are on it."_s;
    request.item.replyToPlatformId = u"-1001234567890:42"_s;
    request.threadKey = u"chat:-1001234567890:40"_s;
    request.customerPlatformId = u"7001"_s;
    return request;
}

} // namespace

class TestTelegramClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void updatesFromRecording();
    void invalidTokenFromRecordingPauses();
    void fetchFailures_data();
    void fetchFailures();
    void floodWaitHoldsTheBot();
    void longPollWaitsLongerThanItsTimeout();
    void pagingThroughOffsets();
    void publicReplyInGroup();
    void privateReply();
    void sendFromRecording();
    void sendFailures_data();
    void sendFailures();
    void droppedSendIsNeverRepeated();

private:
    std::unique_ptr<TelegramConnector> connector(
        int longPollSeconds = 0, int requestTimeoutMs = 5000);

    std::unique_ptr<ReplayServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<HttpClient> m_http;
    SystemClock m_clock;
    MemorySecretStore m_secrets;
};

void TestTelegramClient::init()
{
    m_server = std::make_unique<ReplayServer>();
    QVERIFY(m_server->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_http = std::make_unique<HttpClient>(*m_network, m_clock);
    m_secrets.write(LiveConnector::tokenKey(2), token);
}

void TestTelegramClient::cleanup()
{
    m_http.reset();
    m_network.reset();
    m_server.reset();
}

std::unique_ptr<TelegramConnector> TestTelegramClient::connector(
    int longPollSeconds, int requestTimeoutMs)
{
    Account account;
    account.id = 2;
    account.platform = Platform::Telegram;
    account.handle = u"brand_bot"_s;
    account.baseUrl = m_server->url().toString();
    LiveConnectorContext context;
    context.http = m_http.get();
    context.secrets = &m_secrets;
    context.clock = &m_clock;
    context.longPollSeconds = longPollSeconds;
    context.requestTimeoutMs = requestTimeoutMs;
    return std::make_unique<TelegramConnector>(account, context);
}

void TestTelegramClient::updatesFromRecording()
{
    REQUIRE_FIXTURES();
    m_server->enqueue("POST", prefix + u"getMe"_s, recordedBody(u"telegram/nadia/get_me.json"_s));
    m_server->enqueue(
        "POST", prefix + u"getUpdates"_s, recordedBody(u"telegram/nadia/get_updates.json"_s));
    auto telegram = connector();
    const FetchResult page = wait(telegram->fetch(TelegramConnector::updatesStream, QString()));
    QVERIFY2(!page.error.isError(), qPrintable(page.error.message));
    QCOMPARE(page.messages.size(), 1);
    QCOMPARE(page.messages.first().text, u"aloha"_s);
    QCOMPARE(page.messages.first().platformId, u"666:666"_s);
    QCOMPARE(page.messages.first().threadKey, u"chat:666"_s);
    QCOMPARE(page.nextCursor, u"667"_s);
    QVERIFY(!telegram->capabilities().idempotency);
    QCOMPARE(telegram->capabilities().publicLimits.maxLength, 4096);

    const RecordedRequest asked = m_server->requests("POST", prefix + u"getUpdates"_s).first();
    const QJsonObject arguments = asked.json();
    QVERIFY(!arguments.contains(u"offset"_s));
    QCOMPARE(arguments.value(u"timeout"_s).toInt(), 0);
    QCOMPARE(arguments.value(u"limit"_s).toInt(), 100);
    QVERIFY(arguments.value(u"allowed_updates"_s).toArray().contains(u"business_message"_s));

    // The next call confirms the stored updates with the offset.
    m_server->enqueue(
        "POST", prefix + u"getUpdates"_s, ReplayResponse::json(R"({"ok":true,"result":[]})"));
    const FetchResult next
        = wait(telegram->fetch(TelegramConnector::updatesStream, page.nextCursor));
    QVERIFY(!next.error.isError());
    QCOMPARE(m_server->requests("POST", prefix + u"getUpdates"_s)
                 .last()
                 .json()
                 .value(u"offset"_s)
                 .toInteger(),
        667);
    QCOMPARE(m_server->requests("POST", prefix + u"getMe"_s).size(), 1);
}

void TestTelegramClient::invalidTokenFromRecordingPauses()
{
    REQUIRE_FIXTURES();
    const QList<ReplayInteraction> recorded = ReplayServer::vcrCassette(
        u"telegram/telegram-bot-ruby/spec/cassettes/Telegram_Bot_Api/_call/when_token_is_invalid/raises_an_error.yml"_s);
    QCOMPARE(recorded.size(), 1);
    m_server->enqueue("POST", prefix + u"getMe"_s, recorded.first().response());
    auto telegram = connector();
    const FetchResult page = wait(telegram->fetch(TelegramConnector::updatesStream, QString()));
    QVERIFY(page.error.isError());
    QVERIFY(telegram->health().paused);
    QVERIFY(!page.error.message.contains(token));
    const int asked = int(m_server->requests().size());
    const SendResult sent = wait(telegram->send(groupReply()));
    QCOMPARE(sent.outcome, SendOutcome::FailedRetryable); // stays queued while paused
    QCOMPARE(int(m_server->requests().size()), asked);
}

void TestTelegramClient::fetchFailures_data()
{
    QTest::addColumn<ReplayResponse>("response");
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("paused");
    QTest::addColumn<bool>("retrySoon");

    QTest::newRow("404 means a wrong token")
        << ReplayResponse::json(R"({"ok":false,"error_code":404,"description":"Not Found"})", 404)
        << int(ErrorCode::Unavailable) << true << false;
    QTest::newRow("409: a webhook or another reader") << ReplayResponse::json(
        R"({"ok":false,"error_code":409,"description":"Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"})",
        409) << int(ErrorCode::Conflict) << false << false;
    QTest::newRow("500 is retried") << ReplayResponse::json(
        R"({"ok":false,"error_code":500,"description":"Internal Server Error"})", 500)
                                    << int(ErrorCode::Unavailable) << false << true;
    QTest::newRow("a 200 with ok false is an error")
        << ReplayResponse::json(R"({"ok":false,"error_code":502,"description":"Bad Gateway"})", 200)
        << int(ErrorCode::Unavailable) << false << true;
    QTest::newRow("a dropped connection is retried")
        << ReplayResponse::failing(ReplayResponse::Fault::Drop) << int(ErrorCode::Unavailable)
        << false << true;
    QTest::newRow("malformed JSON is asked for again")
        << ReplayResponse::json(R"({"ok":true,"result":[{"update_id":5,"message":{"message_id":)")
        << int(ErrorCode::Invalid) << false << true;
}

void TestTelegramClient::fetchFailures()
{
    QFETCH(ReplayResponse, response);
    QFETCH(int, code);
    QFETCH(bool, paused);
    QFETCH(bool, retrySoon);
    m_server->enqueue("POST", prefix + u"getMe"_s, me());
    for (int attempt = 0; attempt < 3; ++attempt)
        m_server->enqueue("POST", prefix + u"getUpdates"_s, response);
    auto telegram = connector();
    const FetchResult page = wait(telegram->fetch(TelegramConnector::updatesStream, u"10"_s));
    QVERIFY(page.error.isError());
    QCOMPARE(int(page.error.code), code);
    QVERIFY(!page.error.message.trimmed().isEmpty());
    QVERIFY(!page.error.message.contains(token));
    QVERIFY(page.nextCursor.isEmpty());
    QCOMPARE(telegram->health().paused, paused);
    if (retrySoon) {
        QVERIFY2(page.retryAt > 0 && page.retryAt <= m_clock.now() + RateLimiter::backoffBase + 100,
            qPrintable(u"%1 ms: %2"_s.arg(page.retryAt - m_clock.now()).arg(page.error.message)));
    }
}

void TestTelegramClient::floodWaitHoldsTheBot()
{
    m_server->enqueue("POST", prefix + u"getMe"_s, me());
    m_server->enqueue("POST", prefix + u"sendMessage"_s,
        ReplayResponse::json(
            R"({"ok":false,"error_code":429,"description":"Too Many Requests: retry after 35","parameters":{"retry_after":35}})",
            429));
    auto telegram = connector();
    const Millis now = m_clock.now();
    const SendResult sent = wait(telegram->send(groupReply()));
    QCOMPARE(sent.outcome, SendOutcome::FailedRetryable);
    QVERIFY2(
        qAbs(sent.retryAt - (now + 35000)) < 2000, qPrintable(QString::number(sent.retryAt - now)));
    // Telegram asks to wait exactly that long: nothing goes until then.
    const int asked = int(m_server->requests().size());
    const FetchResult page = wait(telegram->fetch(TelegramConnector::updatesStream, QString()));
    QVERIFY(page.error.isError());
    QVERIFY(page.retryAt >= sent.retryAt - 1);
    QCOMPARE(int(m_server->requests().size()), asked);
}

void TestTelegramClient::longPollWaitsLongerThanItsTimeout()
{
    m_server->enqueue("POST", prefix + u"getMe"_s, me());
    ReplayResponse slow = ReplayResponse::json(R"({"ok":true,"result":[]})");
    slow.delayMs = 1500; // longer than the request timeout, shorter than the poll
    m_server->enqueue("POST", prefix + u"getUpdates"_s, slow);
    auto telegram = connector(2, 1000);
    QVERIFY(telegram->capabilities().streaming);
    const FetchResult page = wait(telegram->fetch(TelegramConnector::updatesStream, u"3"_s));
    QVERIFY2(!page.error.isError(), qPrintable(page.error.message));
    QCOMPARE(m_server->requests("POST", prefix + u"getUpdates"_s)
                 .first()
                 .json()
                 .value(u"timeout"_s)
                 .toInt(),
        2);
    QCOMPARE(page.nextCursor, u"3"_s);

    // A poll that stalls beyond its wait times out.
    m_server->enqueue(
        "POST", prefix + u"getUpdates"_s, ReplayResponse::failing(ReplayResponse::Fault::Stall));
    auto shortPoll = connector(0, 500);
    m_server->enqueue("POST", prefix + u"getMe"_s, me());
    QElapsedTimer timer;
    timer.start();
    const FetchResult stalled = wait(shortPoll->fetch(TelegramConnector::updatesStream, u"3"_s));
    QVERIFY(stalled.error.isError());
    QVERIFY2(stalled.error.message.contains(u"did not answer in time"_s),
        qPrintable(stalled.error.message));
    QVERIFY(timer.elapsed() < 5000);
}

void TestTelegramClient::pagingThroughOffsets()
{
    FakePlatform::Options options;
    options.telegramToken = token;
    options.telegramMessages = 250;
    FakePlatform platform(options);
    m_server->setHandler(
        [&platform](const RecordedRequest &request) { return platform.handle(request); });
    auto telegram = connector();
    QString cursor;
    QList<qint64> offsets;
    QSet<QString> seen;
    for (int call = 0; call < 10; ++call) {
        const FetchResult page = wait(telegram->fetch(TelegramConnector::updatesStream, cursor));
        QVERIFY2(!page.error.isError(), qPrintable(page.error.message));
        offsets.append(m_server->requests("POST", prefix + u"getUpdates"_s)
                           .last()
                           .json()
                           .value(u"offset"_s)
                           .toInteger(-1));
        for (const IncomingMessage &m : page.messages) {
            QVERIFY(!seen.contains(m.platformId));
            seen.insert(m.platformId);
            QVERIFY(m.visibility == Visibility::Private);
            QCOMPARE(m.threadKey, u"chat:"_s + m.authorPlatformId);
        }
        cursor = page.nextCursor;
        if (!page.hasMore)
            break;
    }
    QCOMPARE(offsets, (QList<qint64> { -1, 101, 201 }));
    QCOMPARE(seen.size(), 250);
    QCOMPARE(cursor, u"251"_s);
}

void TestTelegramClient::publicReplyInGroup()
{
    m_server->enqueue("POST", prefix + u"sendMessage"_s,
        ReplayResponse::json(
            R"({"ok":true,"result":{"message_id":43,"date":1785000000,"chat":{"id":-1001234567890,"type":"supergroup"},"text":"We are on it."}})"));
    auto telegram = connector();
    const SendResult sent = wait(telegram->send(groupReply()));
    QCOMPARE(sent.outcome, SendOutcome::Sent);
    QCOMPARE(sent.platformId, u"-1001234567890:43"_s);
    const QList<RecordedRequest> sends = m_server->requests("POST", prefix + u"sendMessage"_s);
    QCOMPARE(sends.size(), 1);
    const QJsonObject arguments = sends.first().json();
    QCOMPARE(arguments.value(u"chat_id"_s).toInteger(), Q_INT64_C(-1001234567890));
    QCOMPARE(arguments.value(u"text"_s).toString(), u"We are on it."_s);
    const QJsonObject reply = arguments.value(u"reply_parameters"_s).toObject();
    QCOMPARE(reply.value(u"message_id"_s).toInteger(), 42);
    QVERIFY(reply.value(u"allow_sending_without_reply"_s).toBool());
    QVERIFY(sends.first().header("Content-Type").startsWith("application/json"));
}

void TestTelegramClient::privateReply()
{
    m_server->enqueue("POST", prefix + u"sendMessage"_s,
        ReplayResponse::json(
            R"({"ok":true,"result":{"message_id":5,"date":1785000000,"chat":{"id":7001,"type":"private"},"text":"x"}})"));
    auto telegram = connector();
    SendRequest request = groupReply();
    request.item.visibility = Visibility::Private;
    request.item.text = u"Please send me your order number."_s;
    const SendResult sent = wait(telegram->send(request));
    QCOMPARE(sent.outcome, SendOutcome::Sent);
    const QJsonObject arguments
        = m_server->requests("POST", prefix + u"sendMessage"_s).first().json();
    QCOMPARE(arguments.value(u"chat_id"_s).toInteger(), 7001);
    QVERIFY(!arguments.contains(u"reply_parameters"_s)); // the group message is in another chat

    // A customer nobody can write to privately is a clear failure, not a request.
    request.customerPlatformId.clear();
    const SendResult nobody = wait(telegram->send(request));
    QCOMPARE(nobody.outcome, SendOutcome::FailedPermanent);
    QCOMPARE(m_server->requests("POST", prefix + u"sendMessage"_s).size(), 1);
}

void TestTelegramClient::sendFromRecording()
{
    REQUIRE_FIXTURES();
    m_server->enqueue(
        "POST", prefix + u"sendMessage"_s, recordedBody(u"telegram/nadia/send_message.json"_s));
    auto telegram = connector();
    SendRequest request;
    request.item.visibility = Visibility::Private;
    request.item.text = u"aloha"_s;
    request.threadKey = u"chat:666"_s;
    request.customerPlatformId = u"666"_s;
    request.item.replyToPlatformId = u"666:660"_s;
    const SendResult sent = wait(telegram->send(request));
    QCOMPARE(sent.outcome, SendOutcome::Sent);
    QCOMPARE(sent.platformId, u"666:666"_s);
    const QJsonObject arguments
        = m_server->requests("POST", prefix + u"sendMessage"_s).first().json();
    QCOMPARE(arguments.value(u"chat_id"_s).toInteger(), 666);
    QCOMPARE(
        arguments.value(u"reply_parameters"_s).toObject().value(u"message_id"_s).toInteger(), 660);
}

void TestTelegramClient::sendFailures_data()
{
    QTest::addColumn<ReplayResponse>("response");
    QTest::addColumn<SendOutcome>("outcome");
    QTest::addColumn<bool>("paused");

    QTest::newRow("401 keeps it queued and pauses") << ReplayResponse::json(
        R"({"ok":false,"error_code":401,"description":"Unauthorized"})", 401)
                                                    << SendOutcome::FailedRetryable << true;
    QTest::newRow("403: the user blocked the bot") << ReplayResponse::json(
        R"({"ok":false,"error_code":403,"description":"Forbidden: bot was blocked by the user"})",
        403) << SendOutcome::FailedPermanent << false;
    QTest::newRow("400: message is too long") << ReplayResponse::json(
        R"({"ok":false,"error_code":400,"description":"Bad Request: message is too long"})", 400)
                                              << SendOutcome::FailedPermanent << false;
    QTest::newRow("500 is retried")
        << ReplayResponse::json(R"({"ok":false,"error_code":500,"description":"Internal"})", 500)
        << SendOutcome::FailedRetryable << false;
    QTest::newRow("an unreadable 200 is unknown")
        << ReplayResponse::json(R"({"ok":true,"result":{"message_)") << SendOutcome::Unknown
        << false;
    QTest::newRow("a stalled answer is unknown")
        << ReplayResponse::failing(ReplayResponse::Fault::StallInBody) << SendOutcome::Unknown
        << false;
}

void TestTelegramClient::sendFailures()
{
    QFETCH(ReplayResponse, response);
    QFETCH(SendOutcome, outcome);
    QFETCH(bool, paused);
    m_server->enqueue("POST", prefix + u"sendMessage"_s, response);
    auto telegram = connector(0, 500);
    const SendResult sent = wait(telegram->send(groupReply()));
    QCOMPARE(sent.outcome, outcome);
    QVERIFY(!sent.reason.trimmed().isEmpty());
    QVERIFY(!sent.reason.contains(token));
    QCOMPARE(telegram->health().paused, paused);
    QCOMPARE(m_server->requests("POST", prefix + u"sendMessage"_s).size(), 1);
}

void TestTelegramClient::droppedSendIsNeverRepeated()
{
    // The server takes the message and closes the connection without an answer. Qt would send
    // it again on its own; the one-shot body stops that, and the outcome is unknown.
    FakePlatform::Options options;
    options.telegramToken = token;
    FakePlatform platform(options);
    m_server->setHandler([&platform](const RecordedRequest &request) {
        ReplayResponse response = platform.handle(request);
        response.fault = ReplayResponse::Fault::Drop;
        return response;
    });
    auto telegram = connector();
    const SendResult sent = wait(telegram->send(groupReply()));
    QCOMPARE(sent.outcome, SendOutcome::Unknown);
    QVERIFY2(sent.reason.contains(u"check the chat"_s), qPrintable(sent.reason));
    QCOMPARE(m_server->requests("POST", prefix + u"sendMessage"_s).size(), 1);
    QCOMPARE(platform.posts().size(), 1);

    // Refused before anything left (nobody listening): safe to retry, so retryable.
    const quint16 port = m_server->port();
    m_server.reset();
    Q_UNUSED(port);
    QTRY_VERIFY_WITH_TIMEOUT(!m_http->limiter(u"account/2"_s).isBlocked(), 5000);
    const SendResult refused = wait(telegram->send(groupReply()));
    QCOMPARE(refused.outcome, SendOutcome::FailedRetryable);
    QVERIFY(refused.retryAt > 0);
}

QTEST_GUILESS_MAIN(TestTelegramClient)
#include "tst_telegramclient.moc"
