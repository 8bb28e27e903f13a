// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The VK connector and the HTTP client against the replay server on 127.0.0.1: recorded VK
// answers (../shared/fixtures/platforms/vk/vknet) and answers CONSTRUCTED from VK's JSON
// schemas where nothing was recorded (groups.getById and groups.getLongPollServer from
// groups/responses.json, wall.get from wall/responses.json, the send answers from
// wall/responses.json and messages/responses.json), plus scripted faults: Bots Long Poll
// `failed` 1/2/3, repeated event ids, errors 5, 6, 9 and 14, 429, 5xx and dropped connections,
// and the guid/random_id that make a retried send safe. The clock is a ManualClock, so holds
// and backoffs are checked by moving time, never by waiting for it.
#include "app/platforms/httpclient.h"
#include "app/platforms/vk/vkconnector.h"
#include "tests/support/memorysecretstore.h"
#include "tests/support/replayserver.h"
#include "tests/support/replaytesting.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(CareDesk::Test::ReplayResponse)

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;
using namespace CareDesk::Vk;
using namespace CareDesk::Test;

namespace {

const QString token = u"vk1.a.community-test-token"_s;
constexpr Millis start = 1700000000000LL;

QString method(const QString &name)
{
    return u"/method/"_s + name;
}

ReplayResponse recorded(const QString &file)
{
    QByteArray body = ReplayServer::fixture(u"vk/vknet/"_s + file);
    if (body.startsWith("\xEF\xBB\xBF"))
        body.remove(0, 3);
    return ReplayResponse::json(body.isEmpty() ? QByteArray("null") : body);
}

/// CONSTRUCTED from groups/responses.json (groups_getById_object_response, API 5.199).
ReplayResponse groupById()
{
    return ReplayResponse::json(
        R"({"response":{"groups":[{"id":77,"name":"Brand","screen_name":"brand","type":"page"}],"profiles":[]}})");
}

ReplayResponse vkError(int code, const QByteArray &message)
{
    return ReplayResponse::json(R"({"error":{"error_code":)" + QByteArray::number(code)
        + R"(,"error_msg":")" + message + R"(","request_params":[]}})");
}

SendRequest commentReply(const QString &key)
{
    SendRequest request;
    request.item.visibility = Visibility::Public;
    request.item.text = u"Мы разбираемся."_s;
    request.item.replyToPlatformId = u"comment:-77:10:502"_s;
    request.item.idempotencyKey = key;
    request.threadKey = u"wall:-77:10:500"_s;
    request.customerPlatformId = u"42"_s;
    return request;
}

SendRequest privateReply(const QString &key)
{
    SendRequest request;
    request.item.visibility = Visibility::Private;
    request.item.text = u"Напишите номер заказа."_s;
    request.item.idempotencyKey = key;
    request.threadKey = u"dialog:123456789"_s;
    request.customerPlatformId = u"123456789"_s;
    return request;
}

} // namespace

class TestVkClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void longPollFromRecording();
    void firstPollBackfills();
    void failed1ContinuesAfterBackfill();
    void failed2KeepsTs();
    void failed3NewKeyAndTsThenBackfill();
    void repeatedEventIdsAreDropped();
    void tooManyRequestsPausesTheQueue_data();
    void tooManyRequestsPausesTheQueue();
    void authorizationErrorPausesTheAccount();
    void captchaIsShownToTheAgent();
    void fetchFailures_data();
    void fetchFailures();
    void commentRetryKeepsGuid();
    void messageRetryKeepsRandomId();
    void sendWithoutTarget();
    void dialogRepliesAreMessages();

private:
    std::unique_ptr<VkConnector> connector(int longPollSeconds = 0);
    /// getById and getLongPollServer, the long poll server being this server's /lp.
    void enqueueServer(const QByteArray &key = "k1", const QByteArray &ts = "5");

    std::unique_ptr<ReplayServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<HttpClient> m_http;
    ManualClock m_clock { start };
    MemorySecretStore m_secrets;
};

void TestVkClient::init()
{
    m_clock.set(start);
    m_server = std::make_unique<ReplayServer>();
    QVERIFY(m_server->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_http = std::make_unique<HttpClient>(*m_network, m_clock);
    m_secrets.write(LiveConnector::tokenKey(3), token);
}

void TestVkClient::cleanup()
{
    m_http.reset();
    m_network.reset();
    m_server.reset();
}

std::unique_ptr<VkConnector> TestVkClient::connector(int longPollSeconds)
{
    Account account;
    account.id = 3;
    account.platform = Platform::Vk;
    account.handle = u"brand"_s;
    account.baseUrl = m_server->url().toString() + u"/method/"_s;
    LiveConnectorContext context;
    context.http = m_http.get();
    context.secrets = &m_secrets;
    context.clock = &m_clock;
    context.longPollSeconds = longPollSeconds;
    context.requestTimeoutMs = 5000;
    return std::make_unique<VkConnector>(account, context);
}

void TestVkClient::enqueueServer(const QByteArray &key, const QByteArray &ts)
{
    if (m_server->requests("POST", method(u"groups.getById"_s)).isEmpty())
        m_server->enqueue("POST", method(u"groups.getById"_s), groupById());
    // CONSTRUCTED from groups/responses.json (groups_long_poll_server: key, server, ts).
    m_server->enqueue("POST", method(u"groups.getLongPollServer"_s),
        ReplayResponse::json(R"({"response":{"key":")" + key + R"(","server":")"
            + m_server->url().toEncoded() + R"(/lp","ts":")" + ts + R"("}})"));
}

void TestVkClient::longPollFromRecording()
{
    REQUIRE_FIXTURES();
    enqueueServer();
    const QByteArray update = ReplayServer::fixture(
        u"vk/vknet/Categories/BotsLongPoll/GetBotsLongPollHistory_WallReplyNewTest.json"_s);
    m_server->enqueue(
        "GET", u"/lp"_s, ReplayResponse::json(R"({"ts":"713","updates":[)" + update + "]}"));
    auto vk = connector(25);
    QVERIFY(vk->capabilities().idempotency);
    QVERIFY(vk->capabilities().streaming);
    QCOMPARE(vk->capabilities().publicLimits.maxLength, 4096);
    QCOMPARE(vk->capabilities().privateLimits.maxLength, 9000);
    const FetchResult page = wait(vk->fetch(VkConnector::eventsStream, u"5"_s));
    QVERIFY2(!page.error.isError(), qPrintable(page.error.message));
    QCOMPARE(page.nextCursor, u"713"_s);
    QCOMPARE(page.messages.size(), 1);
    QCOMPARE(page.messages.first().threadKey, u"wall:-1234:6:9"_s);

    const RecordedRequest byId = m_server->requests("POST", method(u"groups.getById"_s)).first();
    QCOMPARE(byId.form().value(u"access_token"_s), token);
    QCOMPARE(byId.form().value(u"v"_s), u"5.199"_s);
    QCOMPARE(byId.header("content-type"), QByteArray("application/x-www-form-urlencoded"));
    // The account dialog's Test sends the same request.
    Account account;
    account.baseUrl = m_server->url().toString() + u"/method"_s;
    const HttpRequest test = VkConnector::communityRequest(account, token);
    QCOMPARE(test.url.path(), u"/method/groups.getById"_s);
    QVERIFY(!test.url.hasQuery());
    QVERIFY(test.body.contains("v=5.199"));
    QCOMPARE(m_server->requests("POST", method(u"groups.getLongPollServer"_s))
                 .first()
                 .form()
                 .value(u"group_id"_s),
        u"77"_s);
    const RecordedRequest poll = m_server->requests("GET", u"/lp"_s).first();
    QCOMPARE(poll.queryValue(u"act"_s), u"a_check"_s);
    QCOMPARE(poll.queryValue(u"key"_s), u"k1"_s);
    QCOMPARE(poll.queryValue(u"ts"_s), u"5"_s);
    QCOMPARE(poll.queryValue(u"wait"_s), u"25"_s);
    // The token never travels to the long poll server, nor in any URL.
    for (const RecordedRequest &request : m_server->requests()) {
        for (const auto &[name, value] : request.query)
            QVERIFY(!value.contains(token));
    }
    QVERIFY(poll.body.isEmpty());
}

void TestVkClient::firstPollBackfills()
{
    REQUIRE_FIXTURES();
    enqueueServer("k1", "40");
    // CONSTRUCTED from wall/responses.json (wall_get_response).
    m_server->enqueue("POST", method(u"wall.get"_s),
        ReplayResponse::json(R"({"response":{"count":2,"items":[{"id":482121},{"id":3}]}})"));
    m_server->enqueue(
        "POST", method(u"wall.getComments"_s), recorded(u"Categories/Wall/GetComments802.json"_s));
    m_server->enqueue("POST", method(u"wall.getComments"_s),
        recorded(u"Categories/Wall/GetComments_ReturnLikesAndAttachments.json"_s));
    m_server->enqueue("POST", method(u"messages.getConversations"_s),
        recorded(u"Categories/Messages/GetConversations.json"_s));
    auto vk = connector();
    const FetchResult page = wait(vk->fetch(VkConnector::eventsStream, QString()));
    QVERIFY2(!page.error.isError(), qPrintable(page.error.message));
    QCOMPARE(page.messages.size(), 5);
    QCOMPARE(page.nextCursor, u"40"_s);
    QVERIFY(page.hasMore);
    // Oldest first, whatever order the backfill read them in.
    for (int i = 1; i < page.messages.size(); ++i)
        QVERIFY(page.messages.at(i - 1).createdAt <= page.messages.at(i).createdAt);
    const QList<RecordedRequest> comments
        = m_server->requests("POST", method(u"wall.getComments"_s));
    QCOMPARE(comments.size(), 2);
    QCOMPARE(comments.first().form().value(u"owner_id"_s), u"-77"_s);
    QCOMPARE(comments.first().form().value(u"post_id"_s), u"482121"_s);
    QCOMPARE(comments.last().form().value(u"post_id"_s), u"3"_s);
    QCOMPARE(m_server->requests("POST", method(u"messages.getConversations"_s))
                 .first()
                 .form()
                 .value(u"group_id"_s),
        u"77"_s);
    QVERIFY(m_server->requests("GET", u"/lp"_s).isEmpty());
}

void TestVkClient::failed1ContinuesAfterBackfill()
{
    REQUIRE_FIXTURES();
    enqueueServer();
    m_server->enqueue("GET", u"/lp"_s,
        recorded(u"Categories/BotsLongPoll/GetBotsLongPollHistory_Failed1.json"_s));
    auto vk = connector();
    const FetchResult lost = wait(vk->fetch(VkConnector::eventsStream, u"5"_s));
    QVERIFY2(!lost.error.isError(), qPrintable(lost.error.message));
    QCOMPARE(lost.nextCursor, u"backfill:10"_s);
    QVERIFY(lost.hasMore);

    m_server->enqueue("POST", method(u"wall.get"_s),
        ReplayResponse::json(R"({"response":{"count":0,"items":[]}})"));
    m_server->enqueue("POST", method(u"messages.getConversations"_s),
        recorded(u"Categories/Messages/GetConversations.json"_s));
    const FetchResult back = wait(vk->fetch(VkConnector::eventsStream, lost.nextCursor));
    QVERIFY2(!back.error.isError(), qPrintable(back.error.message));
    QCOMPARE(back.nextCursor, u"10"_s);
    QCOMPARE(back.messages.size(), 1);
    // The key still holds: no new long poll server.
    QCOMPARE(m_server->requests("POST", method(u"groups.getLongPollServer"_s)).size(), 1);
}

void TestVkClient::failed2KeepsTs()
{
    REQUIRE_FIXTURES();
    enqueueServer("k1", "5");
    m_server->enqueue("GET", u"/lp"_s,
        recorded(u"Categories/BotsLongPoll/GetBotsLongPollHistory_Failed2.json"_s));
    auto vk = connector();
    const FetchResult expired = wait(vk->fetch(VkConnector::eventsStream, u"7"_s));
    QVERIFY(!expired.error.isError());
    QCOMPARE(expired.nextCursor, u"7"_s);
    QVERIFY(expired.hasMore);

    enqueueServer("k2", "99");
    m_server->enqueue("GET", u"/lp"_s, ReplayResponse::json(R"({"ts":"8","updates":[]})"));
    const FetchResult next = wait(vk->fetch(VkConnector::eventsStream, expired.nextCursor));
    QVERIFY2(!next.error.isError(), qPrintable(next.error.message));
    QCOMPARE(next.nextCursor, u"8"_s);
    QCOMPARE(m_server->requests("POST", method(u"groups.getLongPollServer"_s)).size(), 2);
    const RecordedRequest poll = m_server->requests("GET", u"/lp"_s).last();
    QCOMPARE(poll.queryValue(u"key"_s), u"k2"_s);
    QCOMPARE(poll.queryValue(u"ts"_s), u"7"_s); // not the new server's 99
}

void TestVkClient::failed3NewKeyAndTsThenBackfill()
{
    REQUIRE_FIXTURES();
    enqueueServer("k1", "5");
    m_server->enqueue("GET", u"/lp"_s,
        recorded(u"Categories/BotsLongPoll/GetBotsLongPollHistory_Failed3.json"_s));
    auto vk = connector();
    const FetchResult lost = wait(vk->fetch(VkConnector::eventsStream, u"7"_s));
    QVERIFY(!lost.error.isError());
    QCOMPARE(lost.nextCursor, VkConnector::backfillPrefix);
    QVERIFY(lost.hasMore);

    enqueueServer("k2", "99");
    m_server->enqueue("POST", method(u"wall.get"_s),
        ReplayResponse::json(R"({"response":{"count":0,"items":[]}})"));
    m_server->enqueue("POST", method(u"messages.getConversations"_s),
        ReplayResponse::json(R"({"response":{"count":0,"items":[]}})"));
    const FetchResult back = wait(vk->fetch(VkConnector::eventsStream, lost.nextCursor));
    QVERIFY2(!back.error.isError(), qPrintable(back.error.message));
    QCOMPARE(back.nextCursor, u"99"_s);
    QCOMPARE(m_server->requests("POST", method(u"groups.getLongPollServer"_s)).size(), 2);
}

void TestVkClient::repeatedEventIdsAreDropped()
{
    enqueueServer();
    const QByteArray event
        = R"({"type":"message_new","event_id":"ev-1","group_id":77,"object":{"message":{"id":5,"peer_id":42,"from_id":42,"date":1700000000,"text":"help"}}})";
    m_server->enqueue(
        "GET", u"/lp"_s, ReplayResponse::json(R"({"ts":"6","updates":[)" + event + "]}"));
    // The same event again in the next answer, as VK may deliver it twice.
    m_server->enqueue(
        "GET", u"/lp"_s, ReplayResponse::json(R"({"ts":"7","updates":[)" + event + "]}"));
    auto vk = connector();
    const FetchResult first = wait(vk->fetch(VkConnector::eventsStream, u"5"_s));
    QCOMPARE(first.messages.size(), 1);
    const FetchResult second = wait(vk->fetch(VkConnector::eventsStream, first.nextCursor));
    QVERIFY(!second.error.isError());
    QCOMPARE(second.messages.size(), 0);
    QCOMPARE(second.nextCursor, u"7"_s);
}

void TestVkClient::tooManyRequestsPausesTheQueue_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<Millis>("atLeast");
    QTest::newRow("6 too many requests per second") << 6 << Millis(1000);
    QTest::newRow("9 flood control") << 9 << Millis(60000);
}

void TestVkClient::tooManyRequestsPausesTheQueue()
{
    QFETCH(int, code);
    QFETCH(Millis, atLeast);
    m_server->enqueue("POST", method(u"groups.getById"_s), groupById());
    m_server->enqueue("POST", method(u"wall.createComment"_s), vkError(code, "Too many"));
    auto vk = connector();
    const SendResult sent = wait(vk->send(commentReply(u"key-1"_s)));
    QCOMPARE(sent.outcome, SendOutcome::FailedRetryable);
    QVERIFY2(sent.retryAt >= start + atLeast, qPrintable(QString::number(sent.retryAt - start)));
    QVERIFY(vk->health().blockedUntil >= sent.retryAt);
    QVERIFY(!vk->health().paused);

    // The account's queue waits: neither a send nor a poll reaches VK until then.
    const int asked = int(m_server->requests().size());
    const SendResult held = wait(vk->send(privateReply(u"key-2"_s)));
    QCOMPARE(held.outcome, SendOutcome::FailedRetryable);
    const FetchResult poll = wait(vk->fetch(VkConnector::eventsStream, u"5"_s));
    QVERIFY(poll.error.isError());
    QCOMPARE(int(m_server->requests().size()), asked);

    // Once the time has come, the same reply goes through.
    m_clock.set(sent.retryAt + 1);
    m_server->enqueue("POST", method(u"wall.createComment"_s),
        ReplayResponse::json(R"({"response":{"comment_id":600,"parents_stack":[500]}})"));
    const SendResult retried = wait(vk->send(commentReply(u"key-1"_s)));
    QCOMPARE(retried.outcome, SendOutcome::Sent);
    QCOMPARE(retried.platformId, u"comment:-77:10:600"_s);
}

void TestVkClient::authorizationErrorPausesTheAccount()
{
    REQUIRE_FIXTURES();
    m_server->enqueue("POST", method(u"groups.getById"_s), recorded(u"Errors/5.json"_s));
    auto vk = connector();
    const FetchResult page = wait(vk->fetch(VkConnector::eventsStream, u"5"_s));
    QVERIFY(page.error.isError());
    QVERIFY(vk->health().paused);
    QVERIFY(vk->health().pauseReason.contains(u"token"_s));
    QVERIFY(!page.error.message.contains(token));
    const int asked = int(m_server->requests().size());
    const SendResult sent = wait(vk->send(commentReply(u"key-1"_s)));
    QCOMPARE(sent.outcome, SendOutcome::FailedRetryable); // stays queued while paused
    QCOMPARE(int(m_server->requests().size()), asked);
}

void TestVkClient::captchaIsShownToTheAgent()
{
    REQUIRE_FIXTURES();
    m_server->enqueue("POST", method(u"groups.getById"_s), groupById());
    m_server->enqueue("POST", method(u"messages.send"_s), recorded(u"Errors/14.json"_s));
    auto vk = connector();
    const SendResult sent = wait(vk->send(privateReply(u"key-1"_s)));
    QCOMPARE(sent.outcome, SendOutcome::FailedPermanent);
    QVERIFY(sent.reason.contains(u"captcha"_s, Qt::CaseInsensitive));
    QVERIFY(sent.reason.contains(u"http://api.vk.com/captcha.php?sid=548747100284&s=1"_s));
    QVERIFY(!vk->health().paused);
}

void TestVkClient::fetchFailures_data()
{
    QTest::addColumn<ReplayResponse>("response");
    QTest::addColumn<bool>("holds");
    QTest::newRow("429") << ReplayResponse::json("{}", 429) << true;
    QTest::newRow("500") << ReplayResponse::json("{}", 500) << true;
    QTest::newRow("503 html") << ReplayResponse::json("<html>busy</html>", 503) << true;
    QTest::newRow("dropped connection")
        << ReplayResponse::failing(ReplayResponse::Fault::Drop) << true;
    QTest::newRow("truncated body") << ReplayResponse::json(R"({"ts":"9","updates":[{"ty)") << true;
    QTest::newRow("error 10 internal") << vkError(10, "Internal server error") << true;
    QTest::newRow("403 from the long poll server is no token problem")
        << ReplayResponse::json("{}", 403) << true;
}

void TestVkClient::fetchFailures()
{
    QFETCH(ReplayResponse, response);
    QFETCH(bool, holds);
    enqueueServer();
    for (int attempt = 0; attempt < 3; ++attempt)
        m_server->enqueue("GET", u"/lp"_s, response);
    auto vk = connector();
    const FetchResult page = wait(vk->fetch(VkConnector::eventsStream, u"5"_s));
    QVERIFY(page.error.isError());
    QVERIFY(!page.error.message.trimmed().isEmpty());
    QVERIFY(!page.error.message.contains(token));
    QVERIFY(page.nextCursor.isEmpty()); // the cursor stays: nothing is lost
    QVERIFY(!vk->health().paused);
    if (holds)
        QVERIFY2(page.retryAt > start, qPrintable(page.error.message));
}

void TestVkClient::commentRetryKeepsGuid()
{
    m_server->enqueue("POST", method(u"groups.getById"_s), groupById());
    m_server->enqueue("POST", method(u"wall.createComment"_s),
        ReplayResponse::failing(ReplayResponse::Fault::Drop));
    m_server->enqueue("POST", method(u"wall.createComment"_s),
        ReplayResponse::json(R"({"response":{"comment_id":601,"parents_stack":[500]}})"));
    auto vk = connector();
    const QString key = u"0b8e4f5a-1111-4a7e-9e3c-5d2f00000001"_s;
    SendResult sent = wait(vk->send(commentReply(key)));
    if (sent.outcome != SendOutcome::Sent) {
        // The answer was lost: unknown, and safe to send again (VK knows the guid).
        QVERIFY2(
            sent.outcome == SendOutcome::Unknown || sent.outcome == SendOutcome::FailedRetryable,
            qPrintable(sent.reason));
        m_clock.advance(RateLimiter::backoffCap + 1);
        sent = wait(vk->send(commentReply(key)));
    }
    QCOMPARE(sent.outcome, SendOutcome::Sent);
    QCOMPARE(sent.platformId, u"comment:-77:10:601"_s);
    const QList<RecordedRequest> attempts
        = m_server->requests("POST", method(u"wall.createComment"_s));
    QCOMPARE(attempts.size(), 2);
    for (const RecordedRequest &attempt : attempts) {
        const QHash<QString, QString> form = attempt.form();
        QCOMPARE(form.value(u"guid"_s), VkConnector::guidFor(key));
        QCOMPARE(form.value(u"owner_id"_s), u"-77"_s);
        QCOMPARE(form.value(u"post_id"_s), u"10"_s);
        QCOMPARE(form.value(u"from_group"_s), u"77"_s);
        QCOMPARE(form.value(u"reply_to_comment"_s), u"502"_s);
        QCOMPARE(form.value(u"message"_s), u"Мы разбираемся."_s);
        QCOMPARE(form.value(u"v"_s), u"5.199"_s);
    }
}

void TestVkClient::messageRetryKeepsRandomId()
{
    m_server->enqueue("POST", method(u"groups.getById"_s), groupById());
    m_server->enqueue("POST", method(u"messages.send"_s), ReplayResponse::json("{}", 502));
    m_server->enqueue(
        "POST", method(u"messages.send"_s), ReplayResponse::json(R"({"response":832})"));
    auto vk = connector();
    const QString key = u"0b8e4f5a-2222-4a7e-9e3c-5d2f00000002"_s;
    const SendResult first = wait(vk->send(privateReply(key)));
    QCOMPARE(first.outcome, SendOutcome::FailedRetryable);
    QVERIFY(first.retryAt > start);
    m_clock.set(first.retryAt + 1);
    const SendResult second = wait(vk->send(privateReply(key)));
    QCOMPARE(second.outcome, SendOutcome::Sent);
    QCOMPARE(second.platformId, u"message:123456789:832"_s);
    const QList<RecordedRequest> attempts = m_server->requests("POST", method(u"messages.send"_s));
    QCOMPARE(attempts.size(), 2);
    const QString randomId = QString::number(VkConnector::randomIdFor(key));
    for (const RecordedRequest &attempt : attempts) {
        QCOMPARE(attempt.form().value(u"random_id"_s), randomId);
        QCOMPARE(attempt.form().value(u"peer_id"_s), u"123456789"_s);
    }
}

void TestVkClient::sendWithoutTarget()
{
    auto vk = connector();
    SendRequest request = commentReply(u"k"_s);
    request.threadKey = u"chat:5"_s;
    QCOMPARE(wait(vk->send(request)).outcome, SendOutcome::FailedPermanent);
    request.item.visibility = Visibility::Private;
    request.customerPlatformId.clear();
    QCOMPARE(wait(vk->send(request)).outcome, SendOutcome::FailedPermanent);
    QVERIFY(m_server->requests().isEmpty());
}

void TestVkClient::dialogRepliesAreMessages()
{
    m_server->enqueue("POST", method(u"groups.getById"_s), groupById());
    m_server->enqueue(
        "POST", method(u"messages.send"_s), ReplayResponse::json(R"({"response":900})"));
    m_server->enqueue(
        "POST", method(u"messages.send"_s), ReplayResponse::json(R"({"response":901})"));
    auto vk = connector();
    // A user's dialog is private whichever surface the agent picked.
    SendRequest request = privateReply(u"k-1"_s);
    request.item.visibility = Visibility::Public;
    QCOMPARE(wait(vk->send(request)).platformId, u"message:123456789:900"_s);
    // A commenter, privately: their dialog with the community.
    SendRequest commenter = commentReply(u"k-2"_s);
    commenter.item.visibility = Visibility::Private;
    QCOMPARE(wait(vk->send(commenter)).platformId, u"message:42:901"_s);
    const QList<RecordedRequest> sent = m_server->requests("POST", method(u"messages.send"_s));
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent.last().form().value(u"peer_id"_s), u"42"_s);
    QVERIFY(m_server->requests("POST", method(u"wall.createComment"_s)).isEmpty());
}

QTEST_GUILESS_MAIN(TestVkClient)
#include "tst_vkclient.moc"
