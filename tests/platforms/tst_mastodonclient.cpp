// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Mastodon connector and the HTTP client against the replay server on 127.0.0.1: recorded
// answers of a real Mastodon 4.6.4 server (../shared/fixtures/platforms/mastodon) and scripted
// faults (401, 404, 422, 429 with each rate-limit signal, 500, a dropped connection, a stalled
// answer, malformed JSON, paging across pages). Checks what went over the wire as well as what
// came back.
#include "app/platforms/httpclient.h"
#include "app/platforms/mastodon/mastodonconnector.h"
#include "tests/support/fakeplatform.h"
#include "tests/support/memorysecretstore.h"
#include "tests/support/replaytesting.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(CareDesk::Test::ReplayResponse)
Q_DECLARE_METATYPE(CareDesk::SendOutcome)

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;
using namespace CareDesk::Mastodon;
using namespace CareDesk::Test;

namespace {

const QString token = u"s3cret-mastodon-token"_s;

ReplayResponse recorded(const QString &cassette, const QString &path)
{
    const QList<ReplayInteraction> interactions = ReplayServer::vcrCassette(cassette);
    for (const ReplayInteraction &i : interactions) {
        if (i.path == path || i.path == path + u'/')
            return i.response();
    }
    return ReplayResponse::json("null", 599);
}

QByteArray selfJson()
{
    return R"({"id":"1","username":"brand","acct":"brand","display_name":"Brand"})";
}

} // namespace

class TestMastodonClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void mentionsFromRecording();
    void instanceLimitFallsBackToV1();
    void fetchFailures_data();
    void fetchFailures();
    void revokedTokenPausesTheAccount();
    void rateLimitHoldsLaterRequests_data();
    void rateLimitHoldsLaterRequests();
    void exhaustedBudgetHoldsUntilReset();
    void transientFailuresBackOff();
    void stalledAnswerTimesOut();
    void pagingAcrossPages();
    void directMessages();
    void publicReply();
    void privateReply();
    void sendFailures_data();
    void sendFailures();
    void retryWithSameKeyIsNotDuplicated();
    void rateLimiterFullJitter();

private:
    std::unique_ptr<MastodonConnector> connector(int requestTimeoutMs = 5000);
    void serveSelf();

    std::unique_ptr<ReplayServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<HttpClient> m_http;
    SystemClock m_clock;
    MemorySecretStore m_secrets;
};

void TestMastodonClient::init()
{
    m_server = std::make_unique<ReplayServer>();
    QVERIFY(m_server->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_http = std::make_unique<HttpClient>(*m_network, m_clock);
    m_secrets.write(LiveConnector::tokenKey(1), token);
}

void TestMastodonClient::cleanup()
{
    m_http.reset();
    m_network.reset();
    m_server.reset();
}

std::unique_ptr<MastodonConnector> TestMastodonClient::connector(int requestTimeoutMs)
{
    Account account;
    account.id = 1;
    account.platform = Platform::Mastodon;
    account.handle = u"brand@127.0.0.1"_s;
    account.baseUrl = m_server->url().toString();
    LiveConnectorContext context;
    context.http = m_http.get();
    context.secrets = &m_secrets;
    context.clock = &m_clock;
    context.requestTimeoutMs = requestTimeoutMs;
    return std::make_unique<MastodonConnector>(account, context);
}

void TestMastodonClient::serveSelf()
{
    m_server->enqueue(
        "GET", u"/api/v1/accounts/verify_credentials"_s, ReplayResponse::json(selfJson()));
    m_server->enqueue("GET", u"/api/v2/instance"_s,
        ReplayResponse::json(R"({"configuration":{"statuses":{"max_characters":500}}})"));
}

void TestMastodonClient::mentionsFromRecording()
{
    REQUIRE_FIXTURES();
    m_server->enqueue("GET", u"/api/v1/accounts/verify_credentials"_s,
        recorded(
            u"mastodon/test_verify_credentials.yaml"_s, u"/api/v1/accounts/verify_credentials"_s));
    m_server->enqueue("GET", u"/api/v2/instance"_s,
        recorded(u"mastodon/test_instance.yaml"_s, u"/api/v2/instance"_s));
    m_server->enqueue("GET", u"/api/v1/notifications"_s,
        recorded(u"mastodon/test_notifications_mentions_only.yaml"_s, u"/api/v1/notifications"_s));
    auto mastodon = connector();
    const FetchResult page = wait(mastodon->fetch(MastodonConnector::mentionsStream, QString()));
    QVERIFY2(!page.error.isError(), qPrintable(page.error.message));
    QCOMPARE(page.messages.size(), 1);
    QCOMPARE(page.messages.first().platformId, u"117020577157693549"_s);
    QCOMPARE(page.messages.first().text, u"@mastodonpy_test hello!"_s);
    QVERIFY(page.messages.first().direction == Direction::In);
    QCOMPARE(page.nextCursor, u"21"_s);
    QCOMPARE(mastodon->capabilities().publicLimits.maxLength, 500);
    QVERIFY(mastodon->capabilities().idempotency);

    const QList<RecordedRequest> asked = m_server->requests("GET", u"/api/v1/notifications"_s);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().header("Authorization"), QByteArray("Bearer " + token.toUtf8()));
    QCOMPARE(asked.first().queryValues(u"types[]"_s), QStringList { u"mention"_s });
    QCOMPARE(asked.first().queryValue(u"limit"_s), u"40"_s);
    QVERIFY(asked.first().queryValue(u"min_id"_s).isEmpty());
    QVERIFY(asked.first().header("User-Agent").startsWith("CareDesk/"));

    // The next poll starts from the cursor, and the account is not asked who it is again.
    m_server->enqueue("GET", u"/api/v1/notifications"_s, ReplayResponse::json("[]"));
    const FetchResult next
        = wait(mastodon->fetch(MastodonConnector::mentionsStream, page.nextCursor));
    QVERIFY(!next.error.isError());
    QCOMPARE(next.messages.size(), 0);
    QCOMPARE(next.nextCursor, u"21"_s);
    QCOMPARE(m_server->requests("GET", u"/api/v1/notifications"_s).last().queryValue(u"min_id"_s),
        u"21"_s);
    QCOMPARE(m_server->requests("GET", u"/api/v1/accounts/verify_credentials"_s).size(), 1);
}

void TestMastodonClient::instanceLimitFallsBackToV1()
{
    m_server->enqueue(
        "GET", u"/api/v1/accounts/verify_credentials"_s, ReplayResponse::json(selfJson()));
    m_server->enqueue(
        "GET", u"/api/v2/instance"_s, ReplayResponse::json(R"({"error":"Record not found"})", 404));
    // Pleroma, Akkoma and glitch-soc tell the limit at the top of the v1 document.
    m_server->enqueue("GET", u"/api/v1/instance"_s,
        ReplayResponse::json(R"({"uri":"pleroma.example","max_toot_chars":5000})"));
    m_server->enqueue("GET", u"/api/v1/notifications"_s, ReplayResponse::json("[]"));
    auto mastodon = connector();
    const FetchResult page = wait(mastodon->fetch(MastodonConnector::mentionsStream, QString()));
    QVERIFY2(!page.error.isError(), qPrintable(page.error.message));
    QCOMPARE(mastodon->capabilities().publicLimits.maxLength, 5000);
    QCOMPARE(m_server->requests("GET", u"/api/v1/instance"_s).size(), 1);
}

void TestMastodonClient::fetchFailures_data()
{
    QTest::addColumn<ReplayResponse>("response");
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("retryLater");
    QTest::addColumn<QString>("says");

    QTest::newRow("404 is not found, not retried soon")
        << ReplayResponse::json(R"({"error":"Record not found"})", 404) << int(ErrorCode::NotFound)
        << false << u"Record not found"_s;
    QTest::newRow("422 is a refusal")
        << ReplayResponse::json(R"({"error":"Validation failed: Limit is invalid"})", 422)
        << int(ErrorCode::Invalid) << false << u"Validation failed"_s;
    QTest::newRow("500 is retried after a backoff")
        << ReplayResponse::json(R"({"error":"We're sorry, but something went wrong"})", 500)
        << int(ErrorCode::Unavailable) << true << u"try again"_s;
    QTest::newRow("502 without a body is retried")
        << ReplayResponse::json("<html>Bad gateway</html>", 502) << int(ErrorCode::Unavailable)
        << true << u"HTTP 502"_s;
    QTest::newRow("a dropped connection is retried")
        << ReplayResponse::failing(ReplayResponse::Fault::Drop) << int(ErrorCode::Unavailable)
        << true << u"closed the connection"_s;
    QTest::newRow("a connection dropped in the body is retried")
        << ReplayResponse::failing(ReplayResponse::Fault::DropInBody) << int(ErrorCode::Unavailable)
        << true << u"127.0.0.1"_s;
    QTest::newRow("malformed JSON is asked for again")
        << ReplayResponse::json(R"([{"id":"22","type":"mention","status":{"id":)")
        << int(ErrorCode::Invalid) << true << QString();
    QTest::newRow("an object where a list belongs is asked for again") << ReplayResponse::json(
        R"({"not":"a list"})") << int(ErrorCode::Invalid) << true << QString();
}

void TestMastodonClient::fetchFailures()
{
    QFETCH(ReplayResponse, response);
    QFETCH(int, code);
    QFETCH(bool, retryLater);
    QFETCH(QString, says);
    serveSelf();
    // Qt sends a request again (twice at most) when the connection closes before an answer:
    // every attempt meets the same fault.
    for (int attempt = 0; attempt < 3; ++attempt)
        m_server->enqueue("GET", u"/api/v1/notifications"_s, response);
    auto mastodon = connector();
    const Millis before = m_clock.now();
    const FetchResult page = wait(mastodon->fetch(MastodonConnector::mentionsStream, u"20"_s));
    QVERIFY(page.error.isError());
    QCOMPARE(int(page.error.code), code);
    QVERIFY(!page.error.message.trimmed().isEmpty());
    QVERIFY2(page.error.message.contains(says), qPrintable(page.error.message));
    QVERIFY(page.messages.isEmpty());
    QVERIFY(page.nextCursor.isEmpty()); // the stored cursor stays where it was
    if (retryLater) {
        QVERIFY(page.retryAt >= before);
        QVERIFY(page.retryAt <= m_clock.now() + RateLimiter::backoffBase + 100);
    } else {
        QCOMPARE(page.retryAt, 0);
    }
    QVERIFY(!page.error.message.contains(token));
    QVERIFY(!mastodon->health().paused);
    QVERIFY(!mastodon->health().lastError.isEmpty());
}

void TestMastodonClient::revokedTokenPausesTheAccount()
{
    m_server->enqueue("GET", u"/api/v1/accounts/verify_credentials"_s,
        ReplayResponse::json(R"({"error":"The access token was revoked"})", 401));
    auto mastodon = connector();
    const FetchResult page = wait(mastodon->fetch(MastodonConnector::mentionsStream, QString()));
    QVERIFY(page.error.isError());
    QVERIFY2(page.error.message.contains(u"revoked"_s), qPrintable(page.error.message));
    QVERIFY(mastodon->health().paused);
    QVERIFY(page.retryAt >= m_clock.now() + LiveConnector::pauseRecheck - 1000);

    // Paused: nothing more goes to the server, and a reply waits (stays queued) instead of failing.
    const int asked = int(m_server->requests().size());
    const FetchResult again = wait(mastodon->fetch(MastodonConnector::directStream, QString()));
    QVERIFY(again.error.isError());
    SendRequest request;
    request.item.text = u"Hello"_s;
    request.item.idempotencyKey = u"key-1"_s;
    const SendResult sent = wait(mastodon->send(request));
    QCOMPARE(sent.outcome, SendOutcome::FailedRetryable);
    QVERIFY(sent.retryAt > m_clock.now());
    QCOMPARE(int(m_server->requests().size()), asked);
}

void TestMastodonClient::rateLimitHoldsLaterRequests_data()
{
    QTest::addColumn<ReplayHeaders>("headers");
    QTest::addColumn<qint64>("waitSeconds");

    QTest::newRow("Retry-After in seconds")
        << ReplayHeaders { { "Retry-After", "42" } } << qint64(42);
    const QByteArray httpDate
        = QDateTime::currentDateTimeUtc().addSecs(120).toString(Qt::RFC2822Date).toLatin1();
    QTest::newRow("Retry-After as an HTTP date")
        << ReplayHeaders { { "Retry-After", httpDate } } << qint64(120);
    // Mastodon's own signal: the reset is an ISO 8601 time with microseconds, not epoch seconds.
    const QByteArray reset = QDateTime::currentDateTimeUtc()
                                 .addSecs(300)
                                 .toString(u"yyyy-MM-ddTHH:mm:ss.zzz000Z"_s)
                                 .toLatin1();
    QTest::newRow("X-RateLimit-Reset ISO") << ReplayHeaders { { "X-RateLimit-Limit", "300" },
        { "X-RateLimit-Remaining", "0" }, { "X-RateLimit-Reset", reset } }
                                           << qint64(300);
    QTest::newRow("no signal: a minute") << ReplayHeaders {} << qint64(60);
}

void TestMastodonClient::rateLimitHoldsLaterRequests()
{
    QFETCH(ReplayHeaders, headers);
    QFETCH(qint64, waitSeconds);
    serveSelf();
    m_server->enqueue("GET", u"/api/v1/notifications"_s,
        ReplayResponse::json(R"({"error":"Too many requests"})", 429, headers));
    auto mastodon = connector();
    const Millis now = m_clock.now();
    const FetchResult page = wait(mastodon->fetch(MastodonConnector::mentionsStream, QString()));
    QVERIFY(page.error.isError());
    QCOMPARE(page.error.code, ErrorCode::Unavailable);
    QVERIFY2(qAbs(page.retryAt - (now + waitSeconds * 1000)) < 3000,
        qPrintable(
            u"retry at %1, expected about %2"_s.arg(page.retryAt - now).arg(waitSeconds * 1000)));
    QVERIFY(mastodon->health().blockedUntil >= page.retryAt - 1);

    // Every request of the account waits until then, without touching the server.
    const int asked = int(m_server->requests().size());
    const FetchResult held = wait(mastodon->fetch(MastodonConnector::directStream, QString()));
    QVERIFY(held.error.isError());
    QVERIFY(held.retryAt >= page.retryAt - 1);
    SendRequest request;
    request.item.text = u"Thanks"_s;
    request.item.idempotencyKey = u"k"_s;
    const SendResult sent = wait(mastodon->send(request));
    QCOMPARE(sent.outcome, SendOutcome::FailedRetryable);
    QVERIFY(sent.retryAt >= page.retryAt - 1);
    QCOMPARE(int(m_server->requests().size()), asked);
}

void TestMastodonClient::exhaustedBudgetHoldsUntilReset()
{
    serveSelf();
    const QByteArray reset = QDateTime::currentDateTimeUtc()
                                 .addSecs(200)
                                 .toString(u"yyyy-MM-ddTHH:mm:ss.zzz000Z"_s)
                                 .toLatin1();
    m_server->enqueue("GET", u"/api/v1/notifications"_s,
        ReplayResponse::json("[]", 200,
            { { "X-RateLimit-Limit", "300" }, { "X-RateLimit-Remaining", "0" },
                { "X-RateLimit-Reset", reset } }));
    auto mastodon = connector();
    const FetchResult page = wait(mastodon->fetch(MastodonConnector::mentionsStream, QString()));
    QVERIFY(!page.error.isError());
    QCOMPARE(mastodon->health().rateLimitRemaining, 0);
    QCOMPARE(mastodon->health().rateLimit, 300);
    QVERIFY(mastodon->health().blockedUntil > m_clock.now() + 190 * 1000);
    const int asked = int(m_server->requests().size());
    const FetchResult held = wait(mastodon->fetch(MastodonConnector::mentionsStream, QString()));
    QVERIFY(held.error.isError());
    QCOMPARE(int(m_server->requests().size()), asked);
}

void TestMastodonClient::transientFailuresBackOff()
{
    serveSelf();
    auto mastodon = connector();
    // Each failure waits at most base * 2^n (full jitter), and a success ends the backoff.
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_server->enqueue("GET", u"/api/v1/notifications"_s, ReplayResponse::json("{}", 503));
        const Millis before = m_clock.now();
        const FetchResult page
            = wait(mastodon->fetch(MastodonConnector::mentionsStream, QString()));
        QVERIFY(page.error.isError());
        QVERIFY(page.retryAt >= before);
        QVERIFY(page.retryAt <= m_clock.now() + (RateLimiter::backoffBase << attempt) + 50);
        QTRY_VERIFY_WITH_TIMEOUT(m_clock.now() >= page.retryAt, 10000);
    }
    QCOMPARE(m_http->limiter(u"account/1"_s).consecutiveFailures(), 3);
    m_server->enqueue("GET", u"/api/v1/notifications"_s, ReplayResponse::json("[]"));
    const FetchResult page = wait(mastodon->fetch(MastodonConnector::mentionsStream, QString()));
    QVERIFY(!page.error.isError());
    QCOMPARE(m_http->limiter(u"account/1"_s).consecutiveFailures(), 0);
}

void TestMastodonClient::stalledAnswerTimesOut()
{
    serveSelf();
    m_server->enqueue(
        "GET", u"/api/v1/notifications"_s, ReplayResponse::failing(ReplayResponse::Fault::Stall));
    auto mastodon = connector(500);
    QElapsedTimer timer;
    timer.start();
    const FetchResult page = wait(mastodon->fetch(MastodonConnector::mentionsStream, QString()));
    QVERIFY(page.error.isError());
    QCOMPARE(page.error.code, ErrorCode::Unavailable);
    QVERIFY2(
        page.error.message.contains(u"did not answer in time"_s), qPrintable(page.error.message));
    QVERIFY(timer.elapsed() < 5000);

    // A reply whose answer stalls may have been posted: unknown, and safe to retry with its key.
    m_server->enqueue(
        "POST", u"/api/v1/statuses"_s, ReplayResponse::failing(ReplayResponse::Fault::StallInBody));
    QTRY_VERIFY_WITH_TIMEOUT(!m_http->limiter(u"account/1"_s).isBlocked(), 5000);
    SendRequest request;
    request.item.text = u"Thanks"_s;
    request.item.idempotencyKey = u"key-stall"_s;
    const SendResult sent = wait(mastodon->send(request));
    QCOMPARE(sent.outcome, SendOutcome::Unknown);
}

void TestMastodonClient::pagingAcrossPages()
{
    FakePlatform::Options options;
    options.mastodonToken = token;
    options.mentions = 90;
    FakePlatform platform(options);
    m_server->setHandler(
        [&platform](const RecordedRequest &request) { return platform.handle(request); });
    auto mastodon = connector();
    QString cursor = u"5"_s;
    QStringList minIds;
    QSet<QString> seen;
    int pages = 0;
    while (true) {
        const FetchResult page = wait(mastodon->fetch(MastodonConnector::mentionsStream, cursor));
        QVERIFY2(!page.error.isError(), qPrintable(page.error.message));
        ++pages;
        minIds.append(
            m_server->requests("GET", u"/api/v1/notifications"_s).last().queryValue(u"min_id"_s));
        for (const IncomingMessage &m : page.messages) {
            QVERIFY(!seen.contains(m.platformId));
            seen.insert(m.platformId);
        }
        // Oldest first within the page, so a crash mid-page loses nothing behind the cursor.
        for (qsizetype i = 1; i < page.messages.size(); ++i)
            QVERIFY(page.messages.at(i - 1).platformId < page.messages.at(i).platformId);
        QVERIFY(page.nextCursor.toInt() >= cursor.toInt());
        cursor = page.nextCursor;
        if (!page.hasMore)
            break;
        QVERIFY(pages < 10);
    }
    QCOMPARE(minIds, (QStringList { u"5"_s, u"45"_s, u"85"_s }));
    QCOMPARE(seen.size(), 85);
    QCOMPARE(cursor, u"90"_s);
}

void TestMastodonClient::directMessages()
{
    FakePlatform::Options options;
    options.mastodonToken = token;
    options.directMessages = 3;
    FakePlatform platform(options);
    m_server->setHandler(
        [&platform](const RecordedRequest &request) { return platform.handle(request); });
    auto mastodon = connector();
    const FetchResult page = wait(mastodon->fetch(MastodonConnector::directStream, QString()));
    QVERIFY2(!page.error.isError(), qPrintable(page.error.message));
    QCOMPARE(page.messages.size(), 3);
    for (const IncomingMessage &m : page.messages) {
        QVERIFY(m.visibility == Visibility::Private);
        QVERIFY(m.threadKey.startsWith(u"dm:"_s));
    }
    QCOMPARE(page.nextCursor, u"200003"_s);
    QCOMPARE(m_server->requests("GET", u"/api/v1/conversations"_s).size(), 1);
}

void TestMastodonClient::publicReply()
{
    FakePlatform::Options options;
    options.mastodonToken = token;
    options.mentions = 3;
    FakePlatform platform(options);
    m_server->setHandler(
        [&platform](const RecordedRequest &request) { return platform.handle(request); });
    auto mastodon = connector();
    SendRequest request;
    request.item.id = 7;
    request.item.visibility = Visibility::Public;
    request.item.text = u"Sorry about that: your order ships today + tracking follows & more."_s;
    request.item.replyToPlatformId = u"100003"_s;
    request.item.idempotencyKey = u"0b8a7c1e-key"_s;
    request.threadKey = u"100003"_s;
    request.customerPlatformId = u"5003"_s;
    const SendResult sent = wait(mastodon->send(request));
    QCOMPARE(sent.outcome, SendOutcome::Sent);
    QCOMPARE(sent.platformId, u"900001"_s);

    // This run had not seen the customer: their address is looked up once.
    QCOMPARE(m_server->requests("GET", u"/api/v1/accounts/5003"_s).size(), 1);
    const QList<RecordedRequest> posts = m_server->requests("POST", u"/api/v1/statuses"_s);
    QCOMPARE(posts.size(), 1);
    const RecordedRequest &post = posts.first();
    QCOMPARE(post.header("Authorization"), QByteArray("Bearer " + token.toUtf8()));
    QCOMPARE(post.header("Idempotency-Key"), QByteArray("0b8a7c1e-key"));
    QVERIFY(post.header("Content-Type").startsWith("application/x-www-form-urlencoded"));
    const QHash<QString, QString> form = post.form();
    QCOMPARE(form.value(u"status"_s),
        u"@customer3@remote.example Sorry about that: your order ships today + tracking follows & more."_s);
    QCOMPARE(form.value(u"in_reply_to_id"_s), u"100003"_s);
    QCOMPARE(form.value(u"visibility"_s), u"public"_s);
    QCOMPARE(form.size(), 3);
}

void TestMastodonClient::privateReply()
{
    FakePlatform::Options options;
    options.mastodonToken = token;
    options.mentions = 2;
    FakePlatform platform(options);
    m_server->setHandler(
        [&platform](const RecordedRequest &request) { return platform.handle(request); });
    auto mastodon = connector();
    // After a poll the customer's address is known and not looked up again.
    const FetchResult page = wait(mastodon->fetch(MastodonConnector::mentionsStream, QString()));
    QCOMPARE(page.messages.size(), 2);
    SendRequest request;
    request.item.visibility = Visibility::Private;
    request.item.text = u"Could you send me your order number?"_s;
    request.item.idempotencyKey = u"private-key"_s;
    request.threadKey = u"100002"_s;
    request.customerPlatformId = u"5002"_s;
    const SendResult sent = wait(mastodon->send(request));
    QCOMPARE(sent.outcome, SendOutcome::Sent);
    QCOMPARE(m_server->requests("GET", u"/api/v1/accounts/5002"_s).size(), 0);
    const QHash<QString, QString> form
        = m_server->requests("POST", u"/api/v1/statuses"_s).first().form();
    QCOMPARE(form.value(u"visibility"_s), u"direct"_s);
    QCOMPARE(form.value(u"status"_s),
        u"@customer2@remote.example Could you send me your order number?"_s);
    QVERIFY(!form.contains(u"in_reply_to_id"_s));

    // Text that already addresses the customer is not addressed twice.
    request.item.text = u"@Customer2@remote.example thanks!"_s;
    request.item.idempotencyKey = u"private-key-2"_s;
    QCOMPARE(wait(mastodon->send(request)).outcome, SendOutcome::Sent);
    QCOMPARE(m_server->requests("POST", u"/api/v1/statuses"_s).last().form().value(u"status"_s),
        u"@Customer2@remote.example thanks!"_s);
}

void TestMastodonClient::sendFailures_data()
{
    QTest::addColumn<ReplayResponse>("response");
    QTest::addColumn<SendOutcome>("outcome");
    QTest::addColumn<QString>("says");

    QTest::newRow("422 is final, with Mastodon's words") << ReplayResponse::json(
        R"({"error":"Validation failed: Text character limit of 500 exceeded"})",
        422) << SendOutcome::FailedPermanent << u"character limit of 500"_s;
    QTest::newRow("404: the post is gone")
        << ReplayResponse::json(R"({"error":"Record not found"})", 404)
        << SendOutcome::FailedPermanent << u"cannot find"_s;
    QTest::newRow("500 is retried") << ReplayResponse::json(R"({"error":"oops"})", 500)
                                    << SendOutcome::FailedRetryable << u"try again"_s;
    QTest::newRow("429 is retried")
        << ReplayResponse::json(R"({"error":"Too many requests"})", 429, { { "Retry-After", "5" } })
        << SendOutcome::FailedRetryable << u"rate limit"_s;
    QTest::newRow("401 keeps the reply queued")
        << ReplayResponse::json(R"({"error":"The access token is invalid"})", 401)
        << SendOutcome::FailedRetryable << u"access token"_s;
    QTest::newRow("a dropped connection is unknown")
        << ReplayResponse::failing(ReplayResponse::Fault::Drop) << SendOutcome::Unknown
        << u"Idempotency-Key"_s;
    QTest::newRow("an unreadable 200 is unknown")
        << ReplayResponse::json(R"({"id":)") << SendOutcome::Unknown << u"cannot be read"_s;
}

void TestMastodonClient::sendFailures()
{
    QFETCH(ReplayResponse, response);
    QFETCH(SendOutcome, outcome);
    QFETCH(QString, says);
    for (int attempt = 0; attempt < 3; ++attempt)
        m_server->enqueue("POST", u"/api/v1/statuses"_s, response);
    auto mastodon = connector();
    SendRequest request;
    request.item.visibility = Visibility::Public;
    request.item.text = u"Hello"_s;
    request.item.idempotencyKey = u"key"_s;
    request.item.replyToPlatformId = u"100001"_s;
    const SendResult sent = wait(mastodon->send(request));
    QCOMPARE(sent.outcome, outcome);
    QVERIFY2(sent.reason.contains(says, Qt::CaseInsensitive), qPrintable(sent.reason));
    QVERIFY(!sent.reason.contains(token));
    if (outcome == SendOutcome::FailedRetryable)
        QVERIFY(sent.retryAt > 0);
    // Every attempt carried the same key, so Mastodon posts it once whatever Qt repeated.
    const QList<RecordedRequest> posts = m_server->requests("POST", u"/api/v1/statuses"_s);
    QVERIFY(!posts.isEmpty());
    if (response.fault == ReplayResponse::Fault::None)
        QCOMPARE(posts.size(), 1);
    for (const RecordedRequest &post : posts)
        QCOMPARE(post.header("Idempotency-Key"), QByteArray("key"));
}

void TestMastodonClient::retryWithSameKeyIsNotDuplicated()
{
    FakePlatform::Options options;
    options.mastodonToken = token;
    FakePlatform platform(options);
    // The first send reaches the server, which stores the status, and every answer is lost.
    bool dropping = true;
    m_server->setHandler([&platform, &dropping](const RecordedRequest &request) {
        ReplayResponse response = platform.handle(request);
        if (request.method == "POST" && dropping)
            response.fault = ReplayResponse::Fault::Drop;
        return response;
    });
    auto mastodon = connector();
    SendRequest request;
    request.item.text = u"Once only"_s;
    request.item.idempotencyKey = u"stable-key"_s;
    QCOMPARE(wait(mastodon->send(request)).outcome, SendOutcome::Unknown);
    dropping = false;
    QTRY_VERIFY_WITH_TIMEOUT(!m_http->limiter(u"account/1"_s).isBlocked(), 5000);
    const SendResult again = wait(mastodon->send(request));
    QCOMPARE(again.outcome, SendOutcome::Sent);
    QCOMPARE(platform.posts().size(), 1);
    QCOMPARE(again.platformId, platform.posts().first().id);
}

void TestMastodonClient::rateLimiterFullJitter()
{
    ManualClock clock(1000000);
    RateLimiter limiter(clock, 42);
    for (int failures = 0; failures < 40; ++failures) {
        const Millis ceiling = qMin(RateLimiter::backoffCap,
            failures >= 20 ? RateLimiter::backoffCap : RateLimiter::backoffBase << failures);
        Millis largest = 0;
        for (int draw = 0; draw < 200; ++draw) {
            const Millis delay = limiter.backoffDelay(failures);
            QVERIFY(delay >= 1); // never the same millisecond as the failure
            QVERIFY(delay <= ceiling);
            largest = qMax(largest, delay);
        }
        // Full jitter spreads over the whole range, not just near its top or bottom.
        QVERIFY(largest > ceiling / 2);
    }
    QCOMPARE(RateLimiter::backoffCap, Millis(15 * 60 * 1000));
    // The server's word replaces the guess, and a hostile wait is capped at a day.
    limiter.holdUntil(clock.now() + 5000);
    QCOMPARE(limiter.blockedUntil(), clock.now() + 5000);
    limiter.holdUntil(clock.now() + Millis(365) * 24 * 3600 * 1000);
    QCOMPARE(limiter.blockedUntil(), clock.now() + 24 * 3600 * 1000);
    clock.advance(24 * 3600 * 1000);
    QVERIFY(!limiter.isBlocked());
}

QTEST_GUILESS_MAIN(TestMastodonClient)
#include "tst_mastodonclient.moc"
