// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The X connector and the HTTP client against the replay server on 127.0.0.1, with answers
// CONSTRUCTED from the X API v2 schema (the recordings ask for default fields only) and scripted
// faults: 429 with x-rate-limit-reset, x-rate-limit-remaining 0, 401 -> refresh -> retry, a
// refused refresh, pagination_token paging, 403 duplicate content, and 5xx / dropped / stalled
// sends that end Unknown unless the account's recent posts show the reply, never posted twice.
// The clock is a ManualClock: holds are checked by moving time, never by waiting for it.
#include "app/platforms/httpclient.h"
#include "app/platforms/x/xconnector.h"
#include "tests/support/memorysecretstore.h"
#include "tests/support/replayserver.h"
#include "tests/support/replaytesting.h"

#include <QNetworkAccessManager>
#include <QTest>
#include <QUrlQuery>

#include <memory>

Q_DECLARE_METATYPE(CareDesk::Test::ReplayResponse)

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;
using namespace CareDesk::X;
using namespace CareDesk::Test;

namespace {

constexpr Millis start = 1700000000000LL;
constexpr Id accountId = 5;
const QString mentionsPath = u"/2/users/7/mentions"_s;
const QString tweetsPath = u"/2/tweets"_s;
const QString timelinePath = u"/2/users/7/tweets"_s;
const QString tokenPath = u"/2/oauth2/token"_s;

ReplayResponse me()
{
    return ReplayResponse::json(R"({"data":{"id":"7","name":"Brand","username":"brand"}})");
}

/// CONSTRUCTED (v2 Tweet, Expansions, meta): mentions with ids from..to, newest first.
ReplayResponse mentions(
    int from, int to, const QByteArray &nextToken = {}, const ReplayHeaders &headers = {})
{
    QByteArray data;
    for (int id = to; id >= from; --id) {
        if (!data.isEmpty())
            data += ',';
        data += R"({"id":")" + QByteArray::number(id) + R"(","text":"@brand help )"
            + QByteArray::number(id) + R"(","author_id":"42","conversation_id":")"
            + QByteArray::number(id) + R"(","created_at":"2024-06-10T12:00:00.000Z"})";
    }
    QByteArray meta = R"({"result_count":)" + QByteArray::number(to - from + 1);
    if (!nextToken.isEmpty())
        meta += R"(,"next_token":")" + nextToken + '"';
    meta += '}';
    return ReplayResponse::json(R"({"data":[)" + data
            + R"(],"includes":{"users":[{"id":"42","username":"alice","name":"Alice"}]},"meta":)"
            + meta + '}',
        200, headers);
}

ReplayResponse problem(int status, const QByteArray &title, const QByteArray &detail,
    const ReplayHeaders &headers = {})
{
    return ReplayResponse::json(R"({"title":")" + title + R"(","detail":")" + detail
            + R"(","type":"about:blank","status":)" + QByteArray::number(status) + '}',
        status, headers);
}

QByteArray seconds(Millis at)
{
    return QByteArray::number(at / 1000);
}

SendRequest publicReply(const QString &text, int attempts = 1)
{
    SendRequest request;
    request.item.id = 1;
    request.item.visibility = Visibility::Public;
    request.item.text = text;
    request.item.replyToPlatformId = u"1800000000000000002"_s;
    request.item.idempotencyKey = u"key-1"_s;
    request.item.attempts = attempts;
    request.threadKey = XParser::tweetThread(u"1800000000000000001"_s);
    request.customerPlatformId = u"42"_s;
    return request;
}

SendRequest privateReply(const QString &text, int attempts = 1)
{
    SendRequest request;
    request.item.id = 2;
    request.item.visibility = Visibility::Private;
    request.item.text = text;
    request.item.idempotencyKey = u"key-2"_s;
    request.item.attempts = attempts;
    request.threadKey = XParser::dmThread(u"7-42"_s);
    request.customerPlatformId = u"42"_s;
    return request;
}

/// CONSTRUCTED: the account's timeline with one reply to 1800000000000000002.
ReplayResponse timeline(const QByteArray &text)
{
    return ReplayResponse::json(R"({"data":[{"id":"1900000000000000009","text":"something else"},
        {"id":"1900000000000000010","text":")"
        + text + R"(","conversation_id":"1800000000000000001",
         "referenced_tweets":[{"type":"replied_to","id":"1800000000000000002"}]}],"meta":{"result_count":2}})");
}

} // namespace

class TestXClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void mentionsAskForContextAndPage();
    void directMessagesPageUntilKnown();
    void remainingZeroPausesThatEndpoint();
    void tooManyRequestsHonoursReset();
    void unauthorizedRefreshesAndRetries();
    void refreshesBeforeExpiry();
    void refusedRefreshPausesTheAccount();
    void publicReplyAndDailyBudget();
    void privateMessage();
    void duplicateContentIsReported();
    void unknownSendFoundByLookup_data();
    void unknownSendFoundByLookup();
    void unknownSendNotFoundStaysUnknown_data();
    void unknownSendNotFoundStaysUnknown();
    void secondAttemptLooksFirst();
    void unknownDirectMessageFoundByLookup();
    void sendWithoutTarget();

private:
    std::unique_ptr<XConnector> connector();
    XTokens storedTokens();
    void storeTokens(Millis expiresAt, bool refresh = true);
    int posts() const { return int(m_server->requests("POST", tweetsPath).size()); }

    std::unique_ptr<ReplayServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<HttpClient> m_http;
    ManualClock m_clock { start };
    MemorySecretStore m_secrets;
};

void TestXClient::init()
{
    m_clock.set(start);
    m_server = std::make_unique<ReplayServer>();
    QVERIFY(m_server->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_http = std::make_unique<HttpClient>(*m_network, m_clock);
    storeTokens(start + 2 * 3600 * 1000);
}

void TestXClient::cleanup()
{
    m_http.reset();
    m_network.reset();
    m_server.reset();
}

void TestXClient::storeTokens(Millis expiresAt, bool refresh)
{
    XTokens t;
    t.accessToken = u"acc-1"_s;
    t.refreshToken = refresh ? u"ref-1"_s : QString();
    t.clientId = u"my-client"_s;
    t.expiresAt = expiresAt;
    m_secrets.write(LiveConnector::tokenKey(accountId), t.serialize());
}

XTokens TestXClient::storedTokens()
{
    return XTokens::parse(wait(m_secrets.read(LiveConnector::tokenKey(accountId))).value());
}

std::unique_ptr<XConnector> TestXClient::connector()
{
    Account account;
    account.id = accountId;
    account.platform = Platform::X;
    account.handle = u"@brand"_s;
    account.baseUrl = m_server->url().toString();
    LiveConnectorContext context;
    context.http = m_http.get();
    context.secrets = &m_secrets;
    context.clock = &m_clock;
    context.longPollSeconds = 0;
    context.requestTimeoutMs = 1000;
    return std::make_unique<XConnector>(account, context);
}

void TestXClient::mentionsAskForContextAndPage()
{
    m_server->enqueue("GET", u"/2/users/me"_s, me());
    m_server->enqueue("GET", mentionsPath, mentions(101, 103, "tok-2"));
    m_server->enqueue("GET", mentionsPath, mentions(99, 100));
    auto x = connector();
    QCOMPARE(x->streams(), QStringList({ u"mentions"_s, u"direct"_s }));
    QCOMPARE(x->capabilities().publicLimits.maxLength, 280);
    QVERIFY(!x->capabilities().idempotency);

    const FetchResult first = wait(x->fetch(u"mentions"_s, u"98"_s));
    QVERIFY2(!first.error.isError(), qPrintable(first.error.message));
    QCOMPARE(first.messages.size(), 3);
    QCOMPARE(first.messages.first().platformId, u"101"_s); // oldest first
    QCOMPARE(first.messages.first().authorHandle, u"@alice"_s);
    QVERIFY(first.hasMore);
    QCOMPARE(first.nextCursor, u"98|103|tok-2"_s);
    const RecordedRequest r1 = m_server->requests("GET", mentionsPath).at(0);
    QCOMPARE(r1.header("authorization"), QByteArray("Bearer acc-1"));
    QCOMPARE(r1.queryValue(u"since_id"_s), u"98"_s);
    QVERIFY(r1.queryValue(u"pagination_token"_s).isEmpty());
    QCOMPARE(
        r1.queryValue(u"expansions"_s), u"author_id,referenced_tweets.id,in_reply_to_user_id"_s);
    for (const QString &field : { u"conversation_id"_s, u"author_id"_s, u"referenced_tweets"_s,
             u"in_reply_to_user_id"_s, u"created_at"_s })
        QVERIFY(r1.queryValue(u"tweet.fields"_s).split(u',').contains(field));
    QVERIFY(r1.queryValue(u"user.fields"_s).contains(u"username"_s));

    const FetchResult second = wait(x->fetch(u"mentions"_s, first.nextCursor));
    QVERIFY2(!second.error.isError(), qPrintable(second.error.message));
    QCOMPARE(second.messages.size(), 2);
    QVERIFY(!second.hasMore);
    QCOMPARE(second.nextCursor, u"103"_s);
    const RecordedRequest r2 = m_server->requests("GET", mentionsPath).at(1);
    QCOMPARE(r2.queryValue(u"since_id"_s), u"98"_s);
    QCOMPARE(r2.queryValue(u"pagination_token"_s), u"tok-2"_s);
    // /2/users/me once per connector.
    QCOMPARE(m_server->requests("GET", u"/2/users/me"_s).size(), 1);

    // The first poll reads the newest page only.
    m_server->enqueue("GET", mentionsPath, mentions(200, 201, "older"));
    const FetchResult fresh = wait(x->fetch(u"mentions"_s, QString()));
    QCOMPARE(fresh.nextCursor, u"201"_s);
    QVERIFY(!fresh.hasMore);
    QVERIFY(m_server->requests("GET", mentionsPath).at(2).queryValue(u"since_id"_s).isEmpty());
}

void TestXClient::directMessagesPageUntilKnown()
{
    auto dm = [](int from, int to, const QByteArray &next) {
        QByteArray data;
        for (int id = to; id >= from; --id) {
            if (!data.isEmpty())
                data += ',';
            data += R"({"id":")" + QByteArray::number(id)
                + R"(","event_type":"MessageCreate","text":"dm )" + QByteArray::number(id)
                + R"(","sender_id":"42","dm_conversation_id":"7-42"})";
        }
        return ReplayResponse::json(R"({"data":[)" + data + R"(],"meta":{"result_count":2)"
            + (next.isEmpty() ? QByteArray() : R"(,"next_token":")" + next + '"') + "}}");
    };
    m_server->enqueue("GET", u"/2/users/me"_s, me());
    m_server->enqueue("GET", u"/2/dm_events"_s, dm(52, 53, "p2"));
    m_server->enqueue("GET", u"/2/dm_events"_s, dm(49, 51, "p3"));
    auto x = connector();
    const FetchResult first = wait(x->fetch(u"direct"_s, u"50"_s));
    QVERIFY2(!first.error.isError(), qPrintable(first.error.message));
    QCOMPARE(first.messages.size(), 2);
    QVERIFY(first.messages.first().visibility == Visibility::Private);
    QCOMPARE(first.nextCursor, u"50|53|p2"_s);
    QVERIFY(first.hasMore);
    const RecordedRequest r = m_server->requests("GET", u"/2/dm_events"_s).at(0);
    QCOMPARE(r.queryValue(u"event_types"_s), u"MessageCreate"_s);
    QCOMPARE(r.queryValue(u"expansions"_s), u"sender_id"_s);
    const FetchResult second = wait(x->fetch(u"direct"_s, first.nextCursor));
    QCOMPARE(second.messages.size(), 1); // 51 only: 50 and 49 are known
    QCOMPARE(second.messages.first().platformId, u"dm:51"_s);
    QVERIFY(!second.hasMore); // reached the known event: no third page
    QCOMPARE(second.nextCursor, u"53"_s);
    QCOMPARE(m_server->requests("GET", u"/2/dm_events"_s).at(1).queryValue(u"pagination_token"_s),
        u"p2"_s);
}

void TestXClient::remainingZeroPausesThatEndpoint()
{
    const Millis reset = start + 120 * 1000;
    m_server->enqueue("GET", u"/2/users/me"_s, me());
    m_server->enqueue("GET", mentionsPath,
        mentions(101, 101, {},
            { { "x-rate-limit-limit", "300" }, { "x-rate-limit-remaining", "0" },
                { "x-rate-limit-reset", seconds(reset) } }));
    m_server->enqueue(
        "GET", u"/2/dm_events"_s, ReplayResponse::json(R"({"meta":{"result_count":0}})"));
    auto x = connector();
    const FetchResult first = wait(x->fetch(u"mentions"_s, u"100"_s));
    QVERIFY(!first.error.isError());
    QCOMPARE(x->health().rateLimit, 300);
    QCOMPARE(x->health().rateLimitRemaining, 0);
    QCOMPARE(x->health().rateLimitResetAt, reset);
    // Mentions wait for the reset without asking X ...
    const FetchResult held = wait(x->fetch(u"mentions"_s, first.nextCursor));
    QVERIFY(held.error.isError());
    QCOMPARE(held.retryAt, reset);
    QCOMPARE(m_server->requests("GET", mentionsPath).size(), 1);
    // ... while direct messages, another endpoint, go on.
    const FetchResult dms = wait(x->fetch(u"direct"_s, QString()));
    QVERIFY2(!dms.error.isError(), qPrintable(dms.error.message));
    QCOMPARE(m_server->requests("GET", u"/2/dm_events"_s).size(), 1);
    // After the reset, mentions are asked for again.
    m_clock.set(reset + 1);
    m_server->enqueue("GET", mentionsPath, mentions(102, 102));
    const FetchResult after = wait(x->fetch(u"mentions"_s, first.nextCursor));
    QVERIFY2(!after.error.isError(), qPrintable(after.error.message));
    QCOMPARE(m_server->requests("GET", mentionsPath).size(), 2);
}

void TestXClient::tooManyRequestsHonoursReset()
{
    const Millis reset = start + 600 * 1000;
    m_server->enqueue("GET", u"/2/users/me"_s, me());
    m_server->enqueue("GET", mentionsPath,
        problem(429, "Too Many Requests", "Too Many Requests",
            { { "x-rate-limit-limit", "300" }, { "x-rate-limit-remaining", "0" },
                { "x-rate-limit-reset", seconds(reset) } }));
    auto x = connector();
    const FetchResult limited = wait(x->fetch(u"mentions"_s, u"100"_s));
    QVERIFY(limited.error.isError());
    QCOMPARE(limited.retryAt, reset);
    QVERIFY(!x->health().paused);
    m_clock.advance(60 * 1000);
    const FetchResult held = wait(x->fetch(u"mentions"_s, u"100"_s));
    QVERIFY(held.error.isError());
    QCOMPARE(m_server->requests("GET", mentionsPath).size(), 1);
    m_clock.set(reset + 1);
    m_server->enqueue("GET", mentionsPath, mentions(101, 101));
    QVERIFY(!wait(x->fetch(u"mentions"_s, u"100"_s)).error.isError());
    QCOMPARE(m_server->requests("GET", mentionsPath).size(), 2);
}

void TestXClient::unauthorizedRefreshesAndRetries()
{
    m_server->enqueue("GET", u"/2/users/me"_s, me());
    m_server->enqueue("GET", mentionsPath, problem(401, "Unauthorized", "Unauthorized"));
    m_server->enqueue("POST", tokenPath,
        ReplayResponse::json(
            R"({"token_type":"bearer","expires_in":7200,"access_token":"acc-2","refresh_token":"ref-2"})"));
    m_server->enqueue("GET", mentionsPath, mentions(101, 101));
    auto x = connector();
    const FetchResult fetched = wait(x->fetch(u"mentions"_s, u"100"_s));
    QVERIFY2(!fetched.error.isError(), qPrintable(fetched.error.message));
    QCOMPARE(fetched.messages.size(), 1);
    const QList<RecordedRequest> calls = m_server->requests("GET", mentionsPath);
    QCOMPARE(calls.size(), 2);
    QCOMPARE(calls.at(0).header("authorization"), QByteArray("Bearer acc-1"));
    QCOMPARE(calls.at(1).header("authorization"), QByteArray("Bearer acc-2"));
    const QHash<QString, QString> form = m_server->requests("POST", tokenPath).first().form();
    QCOMPARE(form.value(u"grant_type"_s), u"refresh_token"_s);
    QCOMPARE(form.value(u"refresh_token"_s), u"ref-1"_s);
    QCOMPARE(form.value(u"client_id"_s), u"my-client"_s);
    // Both renewed tokens are in the keychain.
    const XTokens stored = storedTokens();
    QCOMPARE(stored.accessToken, u"acc-2"_s);
    QCOMPARE(stored.refreshToken, u"ref-2"_s);
    QCOMPARE(stored.expiresAt, start + 7200 * 1000);
    QVERIFY(!x->health().paused);
}

void TestXClient::refreshesBeforeExpiry()
{
    storeTokens(start + 5 * 60 * 1000); // five minutes left: under the ten-minute margin
    m_server->enqueue("POST", tokenPath,
        ReplayResponse::json(
            R"({"token_type":"bearer","expires_in":7200,"access_token":"acc-2","refresh_token":"ref-2"})"));
    m_server->enqueue("GET", u"/2/users/me"_s, me());
    m_server->enqueue("GET", mentionsPath, mentions(101, 101));
    auto x = connector();
    QVERIFY(!wait(x->fetch(u"mentions"_s, u"100"_s)).error.isError());
    QCOMPARE(m_server->requests("POST", tokenPath).size(), 1);
    QCOMPARE(m_server->requests("GET", u"/2/users/me"_s).first().header("authorization"),
        QByteArray("Bearer acc-2"));
    // Two hours later than that, minus less than the margin: renewed again.
    m_server->enqueue("POST", tokenPath,
        ReplayResponse::json(
            R"({"token_type":"bearer","expires_in":7200,"access_token":"acc-3","refresh_token":"ref-3"})"));
    m_server->enqueue("GET", mentionsPath, mentions(102, 102));
    m_clock.advance(7200 * 1000 - 5 * 60 * 1000);
    QVERIFY(!wait(x->fetch(u"mentions"_s, u"101"_s)).error.isError());
    QCOMPARE(m_server->requests("POST", tokenPath).size(), 2);
    QCOMPARE(
        m_server->requests("POST", tokenPath).at(1).form().value(u"refresh_token"_s), u"ref-2"_s);
    QCOMPARE(storedTokens().refreshToken, u"ref-3"_s);
}

void TestXClient::refusedRefreshPausesTheAccount()
{
    m_server->enqueue("GET", u"/2/users/me"_s, problem(401, "Unauthorized", "Unauthorized"));
    m_server->enqueue("POST", tokenPath,
        ReplayResponse::json(
            R"({"error":"invalid_request","error_description":"Value passed for the token was invalid."})",
            400));
    auto x = connector();
    const FetchResult failed = wait(x->fetch(u"mentions"_s, u"100"_s));
    QVERIFY(failed.error.isError());
    QVERIFY(x->health().paused);
    QVERIFY(x->health().pauseReason.contains(u"connect the account again"_s));
    // Paused: nothing more goes to X, sends stay queued.
    const int before = int(m_server->requests().size());
    QVERIFY(wait(x->fetch(u"mentions"_s, u"100"_s)).error.isError());
    const SendResult send = wait(x->send(publicReply(u"hello"_s)));
    QVERIFY(send.outcome == SendOutcome::FailedRetryable);
    QCOMPARE(int(m_server->requests().size()), before);
}

void TestXClient::publicReplyAndDailyBudget()
{
    const Millis dayReset = start + 5 * 3600 * 1000;
    m_server->enqueue("GET", u"/2/users/me"_s, me());
    m_server->enqueue("POST", tweetsPath,
        ReplayResponse::json(R"({"data":{"id":"1900000000000000001","text":"We are on it"}})", 201,
            { { "x-user-limit-24hour-limit", "17" }, { "x-user-limit-24hour-remaining", "12" },
                { "x-user-limit-24hour-reset", seconds(dayReset) },
                { "x-app-limit-24hour-limit", "10000" }, { "x-app-limit-24hour-remaining", "9876" },
                { "x-app-limit-24hour-reset", seconds(dayReset) } }));
    auto x = connector();
    const SendResult sent = wait(x->send(publicReply(u"We are on it"_s)));
    QVERIFY(sent.outcome == SendOutcome::Sent);
    QCOMPARE(sent.platformId, u"1900000000000000001"_s);
    const QJsonObject body = m_server->requests("POST", tweetsPath).first().json();
    QCOMPARE(body.value(u"text"_s).toString(), u"We are on it"_s);
    QCOMPARE(body.value(u"reply"_s).toObject().value(u"in_reply_to_tweet_id"_s).toString(),
        u"1800000000000000002"_s);
    const AccountHealth h = x->health();
    QCOMPARE(h.dailyLimit, 17);
    QCOMPARE(h.dailyRemaining, 12);
    QCOMPARE(h.dailyResetAt, dayReset);
}

void TestXClient::privateMessage()
{
    m_server->enqueue("GET", u"/2/users/me"_s, me());
    m_server->enqueue("POST", u"/2/dm_conversations/with/42/messages"_s,
        ReplayResponse::json(
            R"({"data":{"dm_conversation_id":"7-42","dm_event_id":"1585800613253812228"}})", 201));
    auto x = connector();
    const SendResult sent = wait(x->send(privateReply(u"Send us your order number"_s)));
    QVERIFY(sent.outcome == SendOutcome::Sent);
    QCOMPARE(sent.platformId, u"dm:1585800613253812228"_s);
    QCOMPARE(m_server->requests("POST", u"/2/dm_conversations/with/42/messages"_s)
                 .first()
                 .json()
                 .value(u"text"_s)
                 .toString(),
        u"Send us your order number"_s);
}

void TestXClient::duplicateContentIsReported()
{
    m_server->enqueue("GET", u"/2/users/me"_s, me());
    m_server->enqueue("POST", tweetsPath,
        problem(403, "Forbidden", "You are not allowed to create a Tweet with duplicate content."));
    auto x = connector();
    const SendResult sent = wait(x->send(publicReply(u"Same again"_s)));
    QVERIFY(sent.outcome == SendOutcome::FailedPermanent);
    QVERIFY2(sent.reason.contains(u"duplicate content"_s), qPrintable(sent.reason));
    QCOMPARE(posts(), 1);
    QVERIFY(!x->health().paused);
}

void TestXClient::unknownSendFoundByLookup_data()
{
    QTest::addColumn<ReplayResponse>("answer");
    QTest::newRow("503") << problem(503, "Service Unavailable", "Service Unavailable");
    QTest::newRow("dropped") << ReplayResponse::failing(ReplayResponse::Fault::Drop);
    QTest::newRow("timed out") << ReplayResponse::failing(ReplayResponse::Fault::Stall);
}

void TestXClient::unknownSendFoundByLookup()
{
    QFETCH(ReplayResponse, answer);
    m_server->enqueue("GET", u"/2/users/me"_s, me());
    m_server->enqueue("POST", tweetsPath, answer);
    m_server->enqueue("GET", timelinePath, timeline("Sorry &amp; thanks"));
    auto x = connector();
    const SendResult sent = wait(x->send(publicReply(u"Sorry & thanks"_s)));
    QVERIFY(sent.outcome == SendOutcome::Sent);
    QCOMPARE(sent.platformId, u"1900000000000000010"_s);
    QCOMPARE(posts(), 1);
    QCOMPARE(m_server->requests("GET", timelinePath).size(), 1);
}

void TestXClient::unknownSendNotFoundStaysUnknown_data()
{
    unknownSendFoundByLookup_data();
}

void TestXClient::unknownSendNotFoundStaysUnknown()
{
    QFETCH(ReplayResponse, answer);
    m_server->enqueue("GET", u"/2/users/me"_s, me());
    m_server->enqueue("POST", tweetsPath, answer);
    m_server->enqueue("GET", timelinePath, timeline("a different reply"));
    auto x = connector();
    const SendResult sent = wait(x->send(publicReply(u"Sorry & thanks"_s)));
    QVERIFY(sent.outcome == SendOutcome::Unknown);
    QVERIFY2(sent.reason.contains(u"send it again or cancel it"_s), qPrintable(sent.reason));
    // Exactly one POST: nothing was sent again on its own.
    QCOMPARE(posts(), 1);
    QCOMPARE(m_server->requests("GET", timelinePath).size(), 1);
}

void TestXClient::secondAttemptLooksFirst()
{
    // A reply claimed before (the agent retries an unknown one) is looked for before posting.
    m_server->enqueue("GET", u"/2/users/me"_s, me());
    m_server->enqueue("GET", timelinePath, timeline("We are on it"));
    auto x = connector();
    const SendResult found = wait(x->send(publicReply(u"We are on it"_s, 2)));
    QVERIFY(found.outcome == SendOutcome::Sent);
    QCOMPARE(found.platformId, u"1900000000000000010"_s);
    QCOMPARE(posts(), 0);
    // Not there: then it is posted.
    m_server->enqueue("GET", timelinePath, timeline("other"));
    m_server->enqueue("POST", tweetsPath,
        ReplayResponse::json(R"({"data":{"id":"1900000000000000011","text":"x"}})", 201));
    const SendResult posted = wait(x->send(publicReply(u"We are on it"_s, 3)));
    QVERIFY(posted.outcome == SendOutcome::Sent);
    QCOMPARE(posted.platformId, u"1900000000000000011"_s);
    QCOMPARE(posts(), 1);
}

void TestXClient::unknownDirectMessageFoundByLookup()
{
    const QString sendPath = u"/2/dm_conversations/with/42/messages"_s;
    const QString eventsPath = u"/2/dm_conversations/with/42/dm_events"_s;
    m_server->enqueue("GET", u"/2/users/me"_s, me());
    m_server->enqueue("POST", sendPath, ReplayResponse::failing(ReplayResponse::Fault::Drop));
    // The customer wrote the same words; only the account's own event counts.
    m_server->enqueue("GET", eventsPath, ReplayResponse::json(R"({"data":[
        {"id":"60","event_type":"MessageCreate","text":"Thank you","sender_id":"42","dm_conversation_id":"7-42"},
        {"id":"59","event_type":"MessageCreate","text":"Thank you","sender_id":"7","dm_conversation_id":"7-42"}]})"));
    auto x = connector();
    const SendResult sent = wait(x->send(privateReply(u"Thank you"_s)));
    QVERIFY(sent.outcome == SendOutcome::Sent);
    QCOMPARE(sent.platformId, u"dm:59"_s);
    QCOMPARE(m_server->requests("POST", sendPath).size(), 1);
}

void TestXClient::sendWithoutTarget()
{
    auto x = connector();
    SendRequest request = publicReply(u"x"_s);
    request.item.replyToPlatformId.clear();
    request.threadKey = u"x:dm:1-2"_s;
    QVERIFY(wait(x->send(request)).outcome == SendOutcome::FailedPermanent);
    SendRequest dm = privateReply(u"x"_s);
    dm.customerPlatformId = u"not-an-id"_s;
    QVERIFY(wait(x->send(dm)).outcome == SendOutcome::FailedPermanent);
    QVERIFY(m_server->requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestXClient)
#include "tst_xclient.moc"
