// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Facebook/Instagram connector and the HTTP client against the replay server on 127.0.0.1:
// recorded Graph answers (../shared/fixtures/platforms/facebook and instagram) where they fit,
// answers CONSTRUCTED in Graph's documented shapes where nothing was recorded (GET /me with
// instagram_business_account, conversations with nested messages, the Send API's answer, the
// usage headers, throttling errors), and scripted faults: throttling codes and usage at 100%,
// code 190, paging, the 24 h and 7 day windows, 5xx, drops and timeouts after a send. The clock
// is a ManualClock, so holds and windows are checked by setting time, never by waiting for it.
#include "app/core/messagingwindow.h"
#include "app/platforms/facebook/facebookconnector.h"
#include "app/platforms/httpclient.h"
#include "tests/support/memorysecretstore.h"
#include "tests/support/replayserver.h"
#include "tests/support/replaytesting.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QTest>
#include <QTimeZone>

#include <memory>

Q_DECLARE_METATYPE(CareDesk::Test::ReplayResponse)

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;
using namespace CareDesk::Facebook;
using namespace CareDesk::Test;

namespace {

const QString token = u"EAAPageToken-test"_s;
constexpr Millis start = 1700000000000LL; // 2023-11-14T22:13:20Z
constexpr Millis hour = 3600 * 1000;
constexpr Millis day = 24 * hour;
const QString pageId = u"2121008874780932"_s;
const QString igId = u"17841406338772941"_s;

QString api(const QString &path)
{
    return u"/v25.0/"_s + path;
}

QByteArray graphTime(Millis at)
{
    return QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc())
        .toString(u"yyyy-MM-ddTHH:mm:ss+0000"_s)
        .toLatin1();
}

/// CONSTRUCTED: GET /me with a page token.
ReplayResponse me()
{
    return ReplayResponse::json(R"({"id":")" + pageId.toLatin1()
        + R"(","name":"MyLife","instagram_business_account":{"id":")" + igId.toLatin1()
        + R"(","username":"ikroskun"}})");
}

ReplayResponse graphError(int code, int subcode = 0, const HttpHeaders &headers = {})
{
    return ReplayResponse::json(R"({"error":{"message":"(#)" + QByteArray::number(code)
            + R"() Graph says no","type":"OAuthException","code":)" + QByteArray::number(code)
            + R"(,"error_subcode":)" + QByteArray::number(subcode) + R"(,"fbtrace_id":"AbCdEf"}})",
        400, headers);
}

/// CONSTRUCTED: a conversation whose customer wrote last at lastIn, with our own earlier answer.
ReplayResponse conversation(Millis lastIn, const QByteArray &extra = {})
{
    return ReplayResponse::json(R"({"id":"t_1","messages":{"data":[)" + extra
        + R"({"id":"m_in","message":"Where is my parcel?","created_time":")" + graphTime(lastIn)
        + R"(","from":{"id":"777","name":"Kun"}},{"id":"m_old","message":"Hi","created_time":")"
        + graphTime(lastIn - hour) + R"(","from":{"id":")" + pageId.toLatin1()
        + R"(","name":"MyLife"}}]}})");
}

SendRequest messengerReply(const QString &text = u"We are on it."_s)
{
    SendRequest request;
    request.item.visibility = Visibility::Private;
    request.item.text = text;
    request.item.idempotencyKey = u"k-1"_s;
    request.threadKey = u"conversation:t_1"_s;
    request.customerPlatformId = u"777"_s;
    return request;
}

SendRequest commentReply(const QString &text = u"Sorry about that!"_s)
{
    SendRequest request;
    request.item.visibility = Visibility::Public;
    request.item.text = text;
    request.item.replyToPlatformId = u"1_12"_s;
    request.threadKey = u"comments:1_11"_s;
    request.customerPlatformId = u"501"_s;
    return request;
}

} // namespace

class TestFacebookClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void feedCommentsAndCursor();
    void feedFollowsCommentPages();
    void recordedCommentPages();
    void messengerConversationsAndPaging();
    void instagramDiscoveryAndComments();
    void instagramWithoutLinkedAccount();
    void publicReplies();
    void privateReplyWindows_data();
    void privateReplyWindows();
    void refusedAfterSevenDaysWithoutRequest();
    void privateReplyToComment();
    void throttlingCodesPauseTheQueue_data();
    void throttlingCodesPauseTheQueue();
    void usageAtFullPausesTheQueue();
    void expiredTokenPausesTheAccount();
    void permissionErrorsAreClear();
    void unknownAfterSend_data();
    void unknownAfterSend();
    void lookupFindsTheReply();
    void tokenNeverInUrl();

private:
    std::unique_ptr<FacebookConnector> connector(
        Platform platform = Platform::Facebook, int timeoutMs = 5000);

    std::unique_ptr<ReplayServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<HttpClient> m_http;
    ManualClock m_clock { start };
    MemorySecretStore m_secrets;
};

void TestFacebookClient::init()
{
    m_clock.set(start);
    m_server = std::make_unique<ReplayServer>();
    QVERIFY(m_server->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_http = std::make_unique<HttpClient>(*m_network, m_clock);
    m_secrets.write(LiveConnector::tokenKey(4), token);
}

void TestFacebookClient::cleanup()
{
    m_http.reset();
    m_network.reset();
    m_server.reset();
}

std::unique_ptr<FacebookConnector> TestFacebookClient::connector(Platform platform, int timeoutMs)
{
    Account account;
    account.id = 4;
    account.platform = platform;
    account.handle = u"MyLife"_s;
    account.baseUrl = m_server->url().toString() + u"/v25.0"_s;
    LiveConnectorContext context;
    context.http = m_http.get();
    context.secrets = &m_secrets;
    context.clock = &m_clock;
    context.longPollSeconds = 0;
    context.requestTimeoutMs = timeoutMs;
    return std::make_unique<FacebookConnector>(account, context);
}

void TestFacebookClient::feedCommentsAndCursor()
{
    m_server->enqueue("GET", api(u"me"_s), me());
    // CONSTRUCTED: the feed with comments nested.
    m_server->enqueue("GET", api(pageId + u"/feed"_s),
        ReplayResponse::json(R"({"data":[{"id":"1","comments":{"data":[
        {"id":"1_13","message":"Still waiting","created_time":"2023-11-14T20:00:00+0000","from":{"id":"502","name":"Bo"}},
        {"id":"1_12","message":"Sorry!","created_time":"2023-11-14T19:00:00+0000","from":{"id":"2121008874780932","name":"MyLife"},"parent":{"id":"1_11"}},
        {"id":"1_11","message":"Broken","created_time":"2023-11-14T18:00:00+0000","from":{"id":"501","name":"Ann"}}]}}]})"));
    auto fb = connector();
    QCOMPARE(fb->streams(), (QStringList { u"feed"_s, u"messenger"_s }));
    QVERIFY(!fb->capabilities().idempotency);
    QCOMPARE(fb->capabilities().privateLimits.maxLength, 2000);
    QCOMPARE(fb->capabilities().privateLimits.replyWindow, MessagingWindow::humanAgentWindow);
    const FetchResult page = wait(fb->fetch(FacebookConnector::feedStream, QString()));
    QVERIFY2(!page.error.isError(), qPrintable(page.error.message));
    QCOMPARE(page.messages.size(), 3);
    QCOMPARE(page.messages.first().platformId, u"1_11"_s); // oldest first
    QVERIFY(page.messages.at(1).direction == Direction::Out);
    const Millis newest = *GraphParser::parseTime(u"2023-11-14T20:00:00+0000"_s);
    QCOMPARE(page.nextCursor, QString::number(newest));
    const RecordedRequest feed = m_server->requests("GET", api(pageId + u"/feed"_s)).first();
    QVERIFY(feed.queryValue(u"fields"_s).contains(u"comments.filter(stream)"_s));
    QCOMPARE(feed.header("authorization"), "Bearer " + token.toUtf8());

    // The next poll from that cursor keeps only what is new; the page is not asked for again.
    m_server->enqueue("GET", api(pageId + u"/feed"_s),
        ReplayResponse::json(R"({"data":[{"id":"1","comments":{"data":[
        {"id":"1_14","message":"Hello?","created_time":"2023-11-14T21:00:00+0000","from":{"id":"502","name":"Bo"}},
        {"id":"1_13","message":"Still waiting","created_time":"2023-11-14T20:00:00+0000","from":{"id":"502","name":"Bo"}}]}}]})"));
    const FetchResult next = wait(fb->fetch(FacebookConnector::feedStream, page.nextCursor));
    QVERIFY(!next.error.isError());
    QCOMPARE(next.messages.size(), 2); // the cursor's own time is kept: same-second items
    QCOMPARE(next.messages.last().platformId, u"1_14"_s);
    QCOMPARE(m_server->requests("GET", api(u"me"_s)).size(), 1);
}

void TestFacebookClient::feedFollowsCommentPages()
{
    m_server->enqueue("GET", api(u"me"_s), me());
    m_server->enqueue("GET", api(pageId + u"/feed"_s),
        ReplayResponse::json(R"({"data":[{"id":"1","comments":{"data":[
        {"id":"1_20","message":"new","created_time":"2023-11-14T21:00:00+0000","from":{"id":"5"}}],
        "paging":{"cursors":{"after":"AFTER1"},"next":"https://graph.facebook.com/v25.0/1/comments?after=AFTER1"}}}]})"));
    m_server->enqueue("GET", api(u"1/comments"_s), ReplayResponse::json(R"({"data":[
        {"id":"1_19","message":"also new","created_time":"2023-11-14T20:30:00+0000","from":{"id":"6"}},
        {"id":"1_18","message":"old","created_time":"2023-11-13T20:30:00+0000","from":{"id":"6"}}],
        "paging":{"cursors":{"after":"AFTER2"},"next":"https://graph.facebook.com/v25.0/1/comments?after=AFTER2"}})"));
    auto fb = connector();
    const Millis cursor = *GraphParser::parseTime(u"2023-11-14T00:00:00+0000"_s);
    const FetchResult page
        = wait(fb->fetch(FacebookConnector::feedStream, QString::number(cursor)));
    QVERIFY2(!page.error.isError(), qPrintable(page.error.message));
    QCOMPARE(page.messages.size(), 2);
    const QList<RecordedRequest> more = m_server->requests("GET", api(u"1/comments"_s));
    QCOMPARE(more.size(), 1); // the second page reached below the cursor: no third
    QCOMPARE(more.first().queryValue(u"after"_s), u"AFTER1"_s);
    QCOMPARE(more.first().queryValue(u"order"_s), u"reverse_chronological"_s);
}

void TestFacebookClient::recordedCommentPages()
{
    REQUIRE_FIXTURES();
    // The recorded comment pages, served where the connector reads a post's further comments.
    m_server->enqueue("GET", api(u"me"_s), me());
    m_server->enqueue("GET", api(pageId + u"/feed"_s),
        ReplayResponse::json(R"({"data":[{"id":"19292868552_10158407654328553","comments":)"
            + ReplayServer::fixture(u"facebook/comments/comments_p1.json"_s) + "}]}"));
    m_server->enqueue("GET", api(u"19292868552_10158407654328553/comments"_s),
        ReplayResponse::json(ReplayServer::fixture(u"facebook/comments/comments_p2.json"_s)));
    auto fb = connector();
    const Millis cursor = *GraphParser::parseTime(u"2021-08-01T00:00:00+0000"_s);
    const FetchResult page
        = wait(fb->fetch(FacebookConnector::feedStream, QString::number(cursor)));
    QVERIFY2(!page.error.isError(), qPrintable(page.error.message));
    QCOMPARE(page.messages.size(), 15);
    const QList<RecordedRequest> more
        = m_server->requests("GET", api(u"19292868552_10158407654328553/comments"_s));
    QCOMPARE(more.size(), 1); // comments_p2 is the last page
    QCOMPARE(more.first().queryValue(u"after"_s), u"after"_s);
}

void TestFacebookClient::messengerConversationsAndPaging()
{
    m_server->enqueue("GET", api(u"me"_s), me());
    m_server->enqueue("GET", api(pageId + u"/conversations"_s), ReplayResponse::json(R"({"data":[
        {"id":"t_1","updated_time":"2023-11-14T21:00:00+0000","messages":{"data":[{"id":"m_1","message":"hello","created_time":"2023-11-14T21:00:00+0000","from":{"id":"777","name":"Kun"}}]}}],
        "paging":{"cursors":{"after":"C1"},"next":"https://graph.facebook.com/v25.0/x/conversations?after=C1"}})"));
    m_server->enqueue("GET", api(pageId + u"/conversations"_s), ReplayResponse::json(R"({"data":[
        {"id":"t_2","updated_time":"2023-11-14T20:00:00+0000","messages":{"data":[{"id":"m_2","message":"hi","created_time":"2023-11-14T20:00:00+0000","from":{"id":"778","name":"Li"}}]}},
        {"id":"t_3","updated_time":"2023-11-01T20:00:00+0000","messages":{"data":[{"id":"m_3","message":"old","created_time":"2023-11-01T20:00:00+0000","from":{"id":"779"}}]}}],
        "paging":{"cursors":{"after":"C2"},"next":"https://graph.facebook.com/v25.0/x/conversations?after=C2"}})"));
    auto fb = connector();
    const Millis cursor = *GraphParser::parseTime(u"2023-11-14T00:00:00+0000"_s);
    const FetchResult page
        = wait(fb->fetch(FacebookConnector::messengerStream, QString::number(cursor)));
    QVERIFY2(!page.error.isError(), qPrintable(page.error.message));
    QCOMPARE(page.messages.size(), 2);
    QCOMPARE(page.messages.first().threadKey, u"conversation:t_2"_s);
    QVERIFY(page.messages.first().visibility == Visibility::Private);
    const QList<RecordedRequest> asked
        = m_server->requests("GET", api(pageId + u"/conversations"_s));
    QCOMPARE(asked.size(), 2); // the second page went below the cursor
    QCOMPARE(asked.first().queryValue(u"platform"_s), u"messenger"_s);
    QCOMPARE(asked.last().queryValue(u"after"_s), u"C1"_s);
}

void TestFacebookClient::instagramDiscoveryAndComments()
{
    REQUIRE_FIXTURES();
    m_server->enqueue("GET", api(u"me"_s), me());
    // The recorded media comments, nested in the media list as the connector asks.
    const QByteArray comments = ReplayServer::fixture(u"instagram/medias/comments_p1.json"_s);
    m_server->enqueue("GET", api(igId + u"/media"_s),
        ReplayResponse::json(
            R"({"data":[{"id":"17846368219941692","comments":)" + comments + "}]}"));
    m_server->enqueue("GET", api(u"17846368219941692/comments"_s),
        ReplayResponse::json(ReplayServer::fixture(u"instagram/medias/comments_p2.json"_s)));
    auto ig = connector(Platform::Instagram);
    QCOMPARE(ig->streams(), (QStringList { u"comments"_s, u"messages"_s }));
    QCOMPARE(ig->capabilities().publicLimits.maxLength, 2200);
    const Millis cursor = *GraphParser::parseTime(u"2020-01-01T00:00:00+0000"_s);
    const FetchResult page
        = wait(ig->fetch(FacebookConnector::instagramCommentsStream, QString::number(cursor)));
    QVERIFY2(!page.error.isError(), qPrintable(page.error.message));
    QCOMPARE(page.messages.size(), 4);
    QCOMPARE(m_server->requests("GET", api(u"17846368219941692/comments"_s))
                 .first()
                 .queryValue(u"after"_s),
        u"after"_s);
    QVERIFY(m_server->requests("GET", api(u"me"_s))
                .first()
                .queryValue(u"fields"_s)
                .contains(u"instagram_business_account"_s));

    m_server->enqueue(
        "GET", api(pageId + u"/conversations"_s), ReplayResponse::json(R"({"data":[]})"));
    const FetchResult dms = wait(ig->fetch(FacebookConnector::instagramMessagesStream, QString()));
    QVERIFY(!dms.error.isError());
    QCOMPARE(m_server->requests("GET", api(pageId + u"/conversations"_s))
                 .first()
                 .queryValue(u"platform"_s),
        u"instagram"_s);
}

void TestFacebookClient::instagramWithoutLinkedAccount()
{
    m_server->enqueue(
        "GET", api(u"me"_s), ReplayResponse::json(R"({"id":"5","name":"Plain page"})"));
    auto ig = connector(Platform::Instagram);
    const FetchResult page = wait(ig->fetch(FacebookConnector::instagramCommentsStream, QString()));
    QVERIFY(page.error.isError());
    QVERIFY(page.error.message.contains(u"Instagram"_s));
    QVERIFY(page.retryAt > start);
}

void TestFacebookClient::publicReplies()
{
    m_server->enqueue("GET", api(u"me"_s), me());
    m_server->enqueue("POST", api(u"1_11/comments"_s), ReplayResponse::json(R"({"id":"1_30"})"));
    auto fb = connector();
    const SendResult sent = wait(fb->send(commentReply()));
    QCOMPARE(sent.outcome, SendOutcome::Sent);
    QCOMPARE(sent.platformId, u"1_30"_s);
    const RecordedRequest post = m_server->requests("POST", api(u"1_11/comments"_s)).first();
    QCOMPARE(post.form().value(u"message"_s), u"Sorry about that!"_s);

    m_server->enqueue("GET", api(u"me"_s), me());
    m_server->enqueue("POST", api(u"901/replies"_s), ReplayResponse::json(R"({"id":"905"})"));
    auto ig = connector(Platform::Instagram);
    SendRequest request = commentReply(u"DM us please"_s);
    request.threadKey = u"comments:901"_s;
    request.item.replyToPlatformId = u"902"_s;
    const SendResult igSent = wait(ig->send(request));
    QCOMPARE(igSent.outcome, SendOutcome::Sent);
    QCOMPARE(igSent.platformId, u"905"_s);
    QCOMPARE(m_server->requests("POST", api(u"901/replies"_s)).first().form().value(u"message"_s),
        u"DM us please"_s);
}

void TestFacebookClient::privateReplyWindows_data()
{
    QTest::addColumn<Millis>("ago");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("tag");
    QTest::newRow("5 h ago: RESPONSE") << 5 * hour << u"RESPONSE"_s << QString();
    QTest::newRow("23 h 59 min ago: RESPONSE") << day - 60000 << u"RESPONSE"_s << QString();
    QTest::newRow("24 h ago: HUMAN_AGENT") << day << u"MESSAGE_TAG"_s << u"HUMAN_AGENT"_s;
    QTest::newRow("4 days ago: HUMAN_AGENT") << 4 * day << u"MESSAGE_TAG"_s << u"HUMAN_AGENT"_s;
}

void TestFacebookClient::privateReplyWindows()
{
    QFETCH(Millis, ago);
    QFETCH(QString, type);
    QFETCH(QString, tag);
    m_server->enqueue("GET", api(u"me"_s), me());
    m_server->enqueue("GET", api(u"t_1"_s), conversation(start - ago));
    m_server->enqueue("POST", api(u"me/messages"_s),
        ReplayResponse::json(R"({"recipient_id":"777","message_id":"m_new"})"));
    auto fb = connector();
    const SendResult sent = wait(fb->send(messengerReply()));
    QVERIFY2(sent.outcome == SendOutcome::Sent, qPrintable(sent.reason));
    QCOMPARE(sent.platformId, u"m_new"_s);
    const QJsonObject body = m_server->requests("POST", api(u"me/messages"_s)).first().json();
    QCOMPARE(body.value(u"messaging_type"_s).toString(), type);
    QCOMPARE(body.value(u"tag"_s).toString(), tag);
    QCOMPARE(body.value(u"recipient"_s).toObject().value(u"id"_s).toString(), u"777"_s);
    QCOMPARE(body.value(u"message"_s).toObject().value(u"text"_s).toString(), u"We are on it."_s);
}

void TestFacebookClient::refusedAfterSevenDaysWithoutRequest()
{
    m_server->enqueue("GET", api(u"me"_s), me());
    m_server->enqueue("GET", api(u"t_1"_s), conversation(start - 9 * day));
    auto fb = connector();
    const SendResult sent = wait(fb->send(messengerReply()));
    QCOMPARE(sent.outcome, SendOutcome::FailedPermanent);
    QVERIFY2(sent.reason.contains(u"must write first"_s), qPrintable(sent.reason));
    QVERIFY(sent.reason.contains(u"9 day"_s));
    QVERIFY(m_server->requests("POST", api(u"me/messages"_s)).isEmpty());
}

void TestFacebookClient::privateReplyToComment()
{
    m_server->enqueue("GET", api(u"me"_s), me());
    m_server->enqueue("GET", api(u"1_12"_s),
        ReplayResponse::json(
            R"({"id":"1_12","created_time":")" + graphTime(start - 2 * day) + "\"}"));
    m_server->enqueue("POST", api(u"me/messages"_s),
        ReplayResponse::json(R"({"recipient_id":"501","message_id":"m_pr"})"));
    auto fb = connector();
    SendRequest request = commentReply(u"Let us talk privately"_s);
    request.item.visibility = Visibility::Private;
    const SendResult sent = wait(fb->send(request));
    QVERIFY2(sent.outcome == SendOutcome::Sent, qPrintable(sent.reason));
    const QJsonObject body = m_server->requests("POST", api(u"me/messages"_s)).first().json();
    QCOMPARE(body.value(u"recipient"_s).toObject().value(u"comment_id"_s).toString(), u"1_12"_s);
    QCOMPARE(body.value(u"messaging_type"_s).toString(), u"RESPONSE"_s);

    // A private reply to a visitor's post on the page names the post.
    m_server->enqueue("GET", api(pageId + u"_3"_s),
        ReplayResponse::json(R"({"id":"x","created_time":")" + graphTime(start - day) + "\"}"));
    m_server->enqueue("POST", api(u"me/messages"_s),
        ReplayResponse::json(R"({"recipient_id":"601","message_id":"m_vp"})"));
    SendRequest onPost = request;
    onPost.threadKey = u"comments:"_s + pageId + u"_3"_s;
    onPost.item.replyToPlatformId.clear();
    QCOMPARE(wait(fb->send(onPost)).outcome, SendOutcome::Sent);
    QCOMPARE(m_server->requests("POST", api(u"me/messages"_s))
                 .last()
                 .json()
                 .value(u"recipient"_s)
                 .toObject()
                 .value(u"post_id"_s)
                 .toString(),
        pageId + u"_3"_s);

    // A comment older than 7 days: refused without a request.
    m_server->enqueue("GET", api(u"1_12"_s),
        ReplayResponse::json(
            R"({"id":"1_12","created_time":")" + graphTime(start - 8 * day) + "\"}"));
    const SendResult late = wait(fb->send(request));
    QCOMPARE(late.outcome, SendOutcome::FailedPermanent);
    QCOMPARE(m_server->requests("POST", api(u"me/messages"_s)).size(), 2);
}

void TestFacebookClient::throttlingCodesPauseTheQueue_data()
{
    QTest::addColumn<int>("code");
    QTest::newRow("4") << 4;
    QTest::newRow("17") << 17;
    QTest::newRow("32") << 32;
    QTest::newRow("613") << 613;
    QTest::newRow("80001") << 80001;
    QTest::newRow("80006") << 80006;
}

void TestFacebookClient::throttlingCodesPauseTheQueue()
{
    QFETCH(int, code);
    m_server->enqueue("GET", api(u"me"_s), me());
    m_server->enqueue("POST", api(u"1_11/comments"_s), graphError(code));
    auto fb = connector();
    const SendResult sent = wait(fb->send(commentReply()));
    QCOMPARE(sent.outcome, SendOutcome::FailedRetryable);
    QVERIFY2(
        sent.retryAt >= start + 5 * 60 * 1000, qPrintable(QString::number(sent.retryAt - start)));
    QVERIFY(fb->health().blockedUntil >= sent.retryAt);
    QVERIFY(!fb->health().paused);

    const int asked = int(m_server->requests().size());
    QCOMPARE(wait(fb->send(commentReply())).outcome, SendOutcome::FailedRetryable);
    QVERIFY(wait(fb->fetch(FacebookConnector::feedStream, QString())).error.isError());
    QCOMPARE(int(m_server->requests().size()), asked);

    m_clock.set(sent.retryAt + 1);
    m_server->enqueue("POST", api(u"1_11/comments"_s), ReplayResponse::json(R"({"id":"1_31"})"));
    QCOMPARE(wait(fb->send(commentReply())).outcome, SendOutcome::Sent);
}

void TestFacebookClient::usageAtFullPausesTheQueue()
{
    // CONSTRUCTED: a successful answer whose usage headers say the page's budget is spent.
    m_server->enqueue("GET", api(u"me"_s),
        ReplayResponse::json(R"({"id":")" + pageId.toLatin1() + R"(","name":"MyLife"})", 200,
            { { "X-Business-Use-Case-Usage",
                  R"({"2121008874780932":[{"type":"pages","call_count":100,"total_cputime":20,"total_time":40,"estimated_time_to_regain_access":30}]})" },
                { "X-App-Usage", R"({"call_count":12,"total_time":4,"total_cputime":3})" } }));
    m_server->enqueue("GET", api(pageId + u"/feed"_s), ReplayResponse::json(R"({"data":[]})"));
    auto fb = connector();
    const FetchResult page = wait(fb->fetch(FacebookConnector::feedStream, QString()));
    QVERIFY(page.error.isError()); // held before the feed was asked for
    QCOMPARE(fb->health().blockedUntil, start + 30 * 60 * 1000);
    QCOMPARE(fb->health().rateLimitRemaining, 0);
    QVERIFY(m_server->requests("GET", api(pageId + u"/feed"_s)).isEmpty());
    m_clock.set(start + 30 * 60 * 1000 + 1);
    const FetchResult later = wait(fb->fetch(FacebookConnector::feedStream, QString()));
    QVERIFY2(!later.error.isError(), qPrintable(later.error.message));
    QCOMPARE(m_server->requests("GET", api(pageId + u"/feed"_s)).size(), 1);
}

void TestFacebookClient::expiredTokenPausesTheAccount()
{
    m_server->enqueue("GET", api(u"me"_s), graphError(190, 463));
    auto fb = connector();
    const FetchResult page = wait(fb->fetch(FacebookConnector::feedStream, QString()));
    QVERIFY(page.error.isError());
    QVERIFY(fb->health().paused);
    QVERIFY(fb->health().pauseReason.contains(u"token"_s));
    QVERIFY(!fb->health().pauseReason.contains(token));
    const int asked = int(m_server->requests().size());
    const SendResult sent = wait(fb->send(commentReply()));
    QCOMPARE(sent.outcome, SendOutcome::FailedRetryable); // stays queued while paused
    QCOMPARE(int(m_server->requests().size()), asked);

    // A new token in the keychain resumes the account once the pause is rechecked.
    m_secrets.write(LiveConnector::tokenKey(4), u"EAAPageToken-new"_s);
    m_clock.advance(LiveConnector::pauseRecheck + 1);
    m_server->enqueue("GET", api(u"me"_s), me());
    m_server->enqueue("GET", api(pageId + u"/feed"_s), ReplayResponse::json(R"({"data":[]})"));
    const FetchResult resumed = wait(fb->fetch(FacebookConnector::feedStream, QString()));
    QVERIFY2(!resumed.error.isError(), qPrintable(resumed.error.message));
    QVERIFY(!fb->health().paused);
}

void TestFacebookClient::permissionErrorsAreClear()
{
    m_server->enqueue("GET", api(u"me"_s), me());
    m_server->enqueue("GET", api(u"t_1"_s), conversation(start - hour));
    m_server->enqueue("POST", api(u"me/messages"_s), graphError(200));
    auto fb = connector();
    const SendResult sent = wait(fb->send(messengerReply()));
    QCOMPARE(sent.outcome, SendOutcome::FailedPermanent);
    QVERIFY(sent.reason.contains(u"permission"_s));
    QVERIFY(sent.reason.contains(u"#200"_s));
    QVERIFY(!fb->health().paused);
}

void TestFacebookClient::unknownAfterSend_data()
{
    QTest::addColumn<ReplayResponse>("answer");
    QTest::newRow("500") << ReplayResponse::json(R"({"error":{"message":"boom","code":1}})", 500);
    QTest::newRow("503 no body") << ReplayResponse::json("", 503);
    QTest::newRow("dropped") << ReplayResponse::failing(ReplayResponse::Fault::Drop);
    QTest::newRow("timed out") << ReplayResponse::failing(ReplayResponse::Fault::Stall);
    QTest::newRow("cut in body") << ReplayResponse::failing(ReplayResponse::Fault::DropInBody);
    QTest::newRow("200 without id") << ReplayResponse::json(R"({"recipient_id":"777"})");
}

void TestFacebookClient::unknownAfterSend()
{
    QFETCH(ReplayResponse, answer);
    m_server->enqueue("GET", api(u"me"_s), me());
    m_server->enqueue("GET", api(u"t_1"_s), conversation(start - hour));
    m_server->enqueue("POST", api(u"me/messages"_s), answer);
    // The lookup: the conversation does not show the reply.
    m_server->enqueue("GET", api(u"t_1"_s), conversation(start - hour));
    auto fb = connector(Platform::Facebook, 2000);
    const SendResult sent = wait(fb->send(messengerReply()));
    QCOMPARE(sent.outcome, SendOutcome::Unknown);
    QVERIFY(sent.reason.contains(u"Check the thread"_s));
    // Posted once, looked up once, never posted again.
    QCOMPARE(m_server->requests("POST", api(u"me/messages"_s)).size(), 1);
    QCOMPARE(m_server->requests("GET", api(u"t_1"_s)).size(), 2);
}

void TestFacebookClient::lookupFindsTheReply()
{
    m_server->enqueue("GET", api(u"me"_s), me());
    m_server->enqueue(
        "POST", api(u"1_11/comments"_s), ReplayResponse::failing(ReplayResponse::Fault::Drop));
    // The lookup finds the page's comment with the same text: it was posted.
    m_server->enqueue("GET", api(u"1_11/comments"_s),
        ReplayResponse::json(R"({"data":[
        {"id":"1_40","message":"Sorry about that!","created_time":")"
            + graphTime(start) + R"(","from":{"id":")" + pageId.toLatin1() + R"("}}]})"));
    auto fb = connector();
    const SendResult sent = wait(fb->send(commentReply()));
    QCOMPARE(sent.outcome, SendOutcome::Sent);
    QCOMPARE(sent.platformId, u"1_40"_s);
    QCOMPARE(m_server->requests("POST", api(u"1_11/comments"_s)).size(), 1);
}

void TestFacebookClient::tokenNeverInUrl()
{
    m_server->enqueue("GET", api(u"me"_s), me());
    m_server->enqueue("GET", api(u"t_1"_s), conversation(start - hour));
    m_server->enqueue("POST", api(u"me/messages"_s),
        ReplayResponse::json(R"({"recipient_id":"777","message_id":"m_new"})"));
    auto fb = connector();
    QCOMPARE(wait(fb->send(messengerReply())).outcome, SendOutcome::Sent);
    QVERIFY(!m_server->requests().isEmpty());
    for (const RecordedRequest &request : m_server->requests()) {
        for (const auto &[name, value] : request.query)
            QVERIFY(!value.contains(token));
        QVERIFY(!request.body.contains(token.toUtf8()));
        QCOMPARE(request.header("authorization"), "Bearer " + token.toUtf8());
    }
    // The account dialog's Test asks the same question.
    Account account;
    account.baseUrl = m_server->url().toString() + u"/v25.0"_s;
    const HttpRequest test = FacebookConnector::pageRequest(account, token);
    QCOMPARE(test.url.path(), u"/v25.0/me"_s);
    QVERIFY(!test.url.query().contains(token));
}

QTEST_GUILESS_MAIN(TestFacebookClient)
#include "tst_facebookclient.moc"
