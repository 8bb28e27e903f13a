// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// XParser over tweepy's recorded X API v2 answers (../shared/fixtures/platforms/x/decoded, read
// through CAREDESK_SHARED_DIR), over answers built from the published v2 schema (marked
// "constructed": the recordings ask for default fields only), and over malformed and hostile
// payloads, which must give a clear Error and never crash.
#include "app/core/textcounter.h"
#include "app/platforms/x/xconnector.h"
#include "app/platforms/x/xparser.h"
#include "tests/support/replayserver.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;
using namespace CareDesk::X;
using CareDesk::Test::ReplayInteraction;
using CareDesk::Test::ReplayServer;

namespace {

constexpr Millis now = 1700000000000LL;

#define REQUIRE_FIXTURES()                                                                         \
    do {                                                                                           \
        if (!QFileInfo(ReplayServer::fixtureDir() + u"/x/decoded"_s).isDir()) {                    \
            const QByteArray why = "The recorded X responses are missing (set "                    \
                                   "CAREDESK_SHARED_DIR; they live beside "                        \
                                   "the clone in ../shared/fixtures/platforms).";                  \
            if (qEnvironmentVariable("CI") == u"true"_s)                                           \
                QFAIL(why.constData());                                                            \
            QSKIP(why.constData());                                                                \
        }                                                                                          \
    } while (false)

ReplayInteraction recorded(const QString &cassette, int index = 0)
{
    const QList<ReplayInteraction> all = ReplayServer::vcrCassette(u"x/decoded/"_s + cassette);
    return all.value(index);
}

/// Constructed from the v2 schema (Tweet, User, Expansions, meta): a mention in reply to the
/// brand's post, with the author expanded.
const QByteArray constructedMentions = R"({
 "data":[
  {"id":"1800000000000000002","text":"@brand my order never came &amp; nobody answers","author_id":"42",
   "conversation_id":"1800000000000000001","in_reply_to_user_id":"7","created_at":"2024-06-10T12:00:05.000Z",
   "lang":"en","referenced_tweets":[{"type":"replied_to","id":"1800000000000000001"}],
   "edit_history_tweet_ids":["1800000000000000002"]},
  {"id":"1800000000000000003","text":"short","note_tweet":{"text":"a very long text over 280"},"author_id":"7",
   "conversation_id":"1800000000000000001","created_at":"2024-06-10T12:01:00.000Z","lang":"und"}
 ],
 "includes":{"users":[{"id":"42","username":"alice","name":"Alice A.","public_metrics":{"followers_count":1234}},
                      {"id":"7","username":"brand","name":"Brand"}]},
 "meta":{"newest_id":"1800000000000000003","oldest_id":"1800000000000000002","result_count":2,"next_token":"b26v89c19zqg8o3f"}
})";

} // namespace

class TestXParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordedMentions();
    void recordedMe();
    void recordedCreateTweet();
    void recordedDirectMessages();
    void recordedRateLimitHeaders();
    void constructedMentionsWithExpansions();
    void constructedDmEvents();
    void errorsAndProblems();
    void duplicateContent();
    void rateLimitAndDailyCaps();
    void ids();
    void threadKeys();
    void tokens();
    void repliesCountWeighted();
    void hostile_data();
    void hostile();
};

void TestXParser::recordedMentions()
{
    REQUIRE_FIXTURES();
    const ReplayInteraction i = recorded(u"test_client_get_users_mentions.yaml"_s);
    QCOMPARE(i.status, 200);
    const Result<Page> page = XParser::mentions(i.body, u"783214"_s);
    QVERIFY2(page.ok(), qPrintable(page.error().message));
    QCOMPARE(page.value().messages.size(), 10);
    QCOMPARE(page.value().skipped, 0);
    QCOMPARE(page.value().nextToken, u"7140dibdnow9c7btw423i3sy3u5zupmkcpofxcsmxj48j"_s);
    QCOMPARE(page.value().newestId, u"1578516295611748353"_s);
    // Oldest first; default fields only: each post is its own conversation, author unknown.
    const IncomingMessage &first = page.value().messages.first();
    const IncomingMessage &last = page.value().messages.last();
    QCOMPARE(last.platformId, u"1578516295611748353"_s);
    QVERIFY(XParser::compareIds(first.platformId, last.platformId) < 0);
    QCOMPARE(last.threadKey, XParser::tweetThread(last.platformId));
    QVERIFY(last.visibility == Visibility::Public);
    QVERIFY(last.direction == Direction::In);
    QVERIFY(last.text.startsWith(u"@Twitter @TwitterSupport this is my ENTIRE feed"_s));
    // Emoji from a surrogate pair escape survive.
    bool emoji = false;
    for (const IncomingMessage &m : page.value().messages)
        emoji = emoji || m.text.contains(QString::fromUtf8("\xF0\x9F\xA4\xA8"));
    QVERIFY(emoji);

    // Search answers have the same shape.
    const ReplayInteraction search = recorded(u"test_client_search_recent_tweets.yaml"_s);
    const Result<Page> found = XParser::mentions(search.body, QString());
    QVERIFY2(found.ok(), qPrintable(found.error().message));
    QVERIFY(!found.value().messages.isEmpty());
}

void TestXParser::recordedMe()
{
    REQUIRE_FIXTURES();
    const Result<User> me = XParser::me(recorded(u"test_client_get_me.yaml"_s).body);
    QVERIFY2(me.ok(), qPrintable(me.error().message));
    QCOMPARE(me.value().id, u"1072250532645998596"_s);
    QCOMPARE(me.value().username, u"TweepyDev"_s);
    QCOMPARE(me.value().name, u"Tweepy Testing"_s);
}

void TestXParser::recordedCreateTweet()
{
    REQUIRE_FIXTURES();
    const ReplayInteraction i = recorded(u"test_client_create_and_delete_tweet.yaml"_s);
    QCOMPARE(i.status, 201);
    const SendResult sent = XParser::tweetCreated(i.body);
    QVERIFY(sent.outcome == SendOutcome::Sent);
    QCOMPARE(sent.platformId, u"1456012973835788293"_s);
}

void TestXParser::recordedDirectMessages()
{
    REQUIRE_FIXTURES();
    const QList<ReplayInteraction> all
        = ReplayServer::vcrCassette(u"x/decoded/test_manage_and_lookup_direct_messages.yaml"_s);
    QVERIFY(all.size() >= 5);
    const SendResult sent = XParser::dmCreated(all.at(0).body);
    QVERIFY(sent.outcome == SendOutcome::Sent);
    QCOMPARE(sent.platformId, XParser::dmPlatformId(u"1585800613253812228"_s));
    // GET /2/dm_events with nothing in it.
    const Result<Page> empty = XParser::dmEvents(all.at(3).body, u"1072250532645998596"_s);
    QVERIFY2(empty.ok(), qPrintable(empty.error().message));
    QVERIFY(empty.value().messages.isEmpty());
    // Events with default fields only name no sender or conversation: skipped, not guessed.
    const Result<Page> bare = XParser::dmEvents(all.at(4).body, u"1072250532645998596"_s);
    QVERIFY2(bare.ok(), qPrintable(bare.error().message));
    QCOMPARE(bare.value().messages.size(), 0);
    QCOMPARE(bare.value().skipped, 2);
    QCOMPARE(bare.value().nextToken, u"18LAA5G1SL0NR5OG0G00ZZZZ"_s);
    // The same events for the lookup after an unknown send: ids and texts.
    const Result<QList<OwnPost>> posts = XParser::ownPosts(all.at(4).body);
    QVERIFY(posts.ok());
    QCOMPARE(posts.value().size(), 2);
    QCOMPARE(posts.value().at(1).text, u"Testing 1"_s);
}

void TestXParser::recordedRateLimitHeaders()
{
    REQUIRE_FIXTURES();
    const ReplayInteraction i = recorded(u"test_client_get_users_mentions.yaml"_s);
    HttpHeaders headers;
    for (const auto &h : i.headers)
        headers.append(h);
    const Budget b = XParser::budget(headers);
    QCOMPARE(b.limit, 450);
    QCOMPARE(b.remaining, 448);
    QCOMPARE(b.resetAt, 1665183228000LL);
    QVERIFY(!b.hasDaily());
}

void TestXParser::constructedMentionsWithExpansions()
{
    const Result<Page> page = XParser::mentions(constructedMentions, u"7"_s);
    QVERIFY2(page.ok(), qPrintable(page.error().message));
    QCOMPARE(page.value().messages.size(), 2);
    const IncomingMessage &m = page.value().messages.at(1); // oldest first
    QCOMPARE(m.platformId, u"1800000000000000002"_s);
    QCOMPARE(m.threadKey, u"x:tweet:1800000000000000001"_s);
    QCOMPARE(m.replyToPlatformId, u"1800000000000000001"_s);
    QCOMPARE(m.authorPlatformId, u"42"_s);
    QCOMPARE(m.authorHandle, u"@alice"_s);
    QCOMPARE(m.authorName, u"Alice A."_s);
    QCOMPARE(m.authorAudience, 1234);
    QCOMPARE(m.language, u"en"_s);
    QCOMPARE(m.createdAt, fromIsoUtc(u"2024-06-10T12:00:05.000Z"_s).value());
    QCOMPARE(m.permalink, u"https://x.com/alice/status/1800000000000000002"_s);
    QVERIFY(m.direction == Direction::In);
    const IncomingMessage &own = page.value().messages.at(0);
    QVERIFY(own.direction == Direction::Out); // the brand's own post
    QCOMPARE(own.text, u"a very long text over 280"_s); // note_tweet wins
    QVERIFY(own.language.isEmpty()); // "und"
    QCOMPARE(page.value().nextToken, u"b26v89c19zqg8o3f"_s);
}

void TestXParser::constructedDmEvents()
{
    // Constructed from the v2 schema (DmEvent with dm_event.fields and expansions=sender_id).
    const QByteArray body = R"({"data":[
      {"id":"1900000000000000005","event_type":"MessageCreate","text":"thanks!","sender_id":"42",
       "dm_conversation_id":"7-42","created_at":"2024-06-10T13:00:00.000Z"},
      {"id":"1900000000000000004","event_type":"ParticipantsJoin","dm_conversation_id":"7-42"},
      {"id":"1900000000000000003","event_type":"MessageCreate","text":"we are on it","sender_id":"7",
       "dm_conversation_id":"7-42","created_at":"2024-06-10T12:59:00.000Z"}],
      "includes":{"users":[{"id":"42","username":"alice","name":"Alice"}]},
      "meta":{"result_count":3,"next_token":"abc"}})";
    const Result<Page> page = XParser::dmEvents(body, u"7"_s);
    QVERIFY2(page.ok(), qPrintable(page.error().message));
    QCOMPARE(page.value().messages.size(), 2);
    QCOMPARE(page.value().newestId, u"1900000000000000005"_s);
    QCOMPARE(page.value().oldestId, u"1900000000000000003"_s);
    const IncomingMessage &in = page.value().messages.at(1);
    QCOMPARE(in.platformId, u"dm:1900000000000000005"_s);
    QCOMPARE(in.threadKey, u"x:dm:7-42"_s);
    QVERIFY(in.visibility == Visibility::Private);
    QCOMPARE(in.authorHandle, u"@alice"_s);
    QVERIFY(in.direction == Direction::In);
    QVERIFY(page.value().messages.at(0).direction == Direction::Out);
}

void TestXParser::errorsAndProblems()
{
    // Partial errors beside data.
    const QByteArray partial = R"({"data":[],"errors":[{"resource_id":"1","resource_type":"tweet",
        "title":"Not Found Error","detail":"Could not find tweet with ids: [1].",
        "type":"https://api.twitter.com/2/problems/resource-not-found"}],"meta":{"result_count":0}})";
    QVERIFY(XParser::mentions(partial, {}).ok());
    QCOMPARE(
        XParser::errorText(partial), u"Not Found Error: Could not find tweet with ids: [1]."_s);
    // A problem object alone.
    const QByteArray problem
        = R"({"title":"Unauthorized","type":"about:blank","status":401,"detail":"Unauthorized"})";
    QCOMPARE(XParser::errorText(problem), u"Unauthorized"_s);
    const HttpFailure auth = XParser::failure(401, problem, {}, now);
    QVERIFY(auth.kind == HttpFailure::Kind::AuthFailed);
    // v1.1-style errors.
    QCOMPARE(XParser::errorText(R"({"errors":[{"code":88,"message":"Rate limit exceeded"}]})"),
        u"Rate limit exceeded"_s);
    // An error answer where mentions were expected.
    const Result<Page> failed
        = XParser::mentions(R"({"errors":[{"title":"Invalid Request","detail":"bad"}]})", {});
    QVERIFY(!failed.ok());
    QVERIFY(failed.error().message.contains(u"Invalid Request: bad"_s));
    QVERIFY(XParser::failure(503, "<html>", {}, now).kind == HttpFailure::Kind::Retryable);
    QVERIFY(XParser::failure(404, "{}", {}, now).code == ErrorCode::NotFound);
}

void TestXParser::duplicateContent()
{
    // akrherz/iembot#163, as quoted in reference/platforms.md.
    const QByteArray body
        = R"({"detail":"You are not allowed to create a Tweet with duplicate content.",
        "type":"about:blank","title":"Forbidden","status":403})";
    QVERIFY(XParser::isDuplicateContent(403, body));
    const HttpFailure f = XParser::failure(403, body, {}, now);
    QVERIFY(f.kind == HttpFailure::Kind::Permanent);
    QVERIFY(f.code == ErrorCode::Conflict);
    QVERIFY(f.reason.contains(u"duplicate content"_s));
    // Another 403 is not a duplicate.
    const QByteArray other
        = R"({"detail":"You are not permitted to perform this action.","title":"Forbidden","status":403})";
    QVERIFY(!XParser::isDuplicateContent(403, other));
    QVERIFY(XParser::failure(403, other, {}, now).code == ErrorCode::Invalid);
}

void TestXParser::rateLimitAndDailyCaps()
{
    const QByteArray reset = QByteArray::number((now + 300000) / 1000);
    const QByteArray dayReset = QByteArray::number((now + 3600000) / 1000);
    const HttpHeaders headers { { "x-rate-limit-limit", "300" }, { "x-rate-limit-remaining", "0" },
        { "x-rate-limit-reset", reset }, { "x-user-limit-24hour-limit", "17" },
        { "x-user-limit-24hour-remaining", "12" }, { "x-user-limit-24hour-reset", dayReset },
        { "x-app-limit-24hour-limit", "10000" }, { "x-app-limit-24hour-remaining", "9000" },
        { "x-app-limit-24hour-reset", dayReset } };
    const Budget b = XParser::budget(headers);
    QCOMPARE(b.limit, 300);
    QCOMPARE(b.remaining, 0);
    QCOMPARE(b.resetAt, now + 300000);
    QCOMPARE(b.dailyLimit, 17); // the user's cap is the tighter one
    QCOMPARE(b.dailyRemaining, 12);
    QCOMPARE(b.dailyResetAt, now + 3600000);
    const HttpFailure limited
        = XParser::failure(429, R"({"title":"Too Many Requests","status":429})", headers, now);
    QVERIFY(limited.kind == HttpFailure::Kind::RateLimited);
    QCOMPARE(limited.retryAt, now + 300000);
    // A used-up daily cap waits for its own reset.
    const HttpHeaders capped { { "x-user-limit-24hour-limit", "17" },
        { "x-user-limit-24hour-remaining", "0" }, { "x-user-limit-24hour-reset", dayReset } };
    const HttpFailure daily = XParser::failure(429, "{}", capped, now);
    QCOMPARE(daily.retryAt, now + 3600000);
    QVERIFY(daily.reason.contains(u"24-hour"_s));
    // Without any header: X's 15-minute window; hostile values stay bounded.
    QCOMPARE(XParser::failure(429, "{}", {}, now).retryAt, now + 15 * 60 * 1000);
    const HttpFailure far
        = XParser::failure(429, "{}", { { "x-rate-limit-reset", "99999999999" } }, now);
    QVERIFY(far.retryAt <= now + 24 * 3600 * 1000);
    QCOMPARE(XParser::budget({ { "x-rate-limit-remaining", "-5" } }).remaining, -1);
}

void TestXParser::ids()
{
    QVERIFY(XParser::isId(u"1578516295611748353"_s));
    QVERIFY(!XParser::isId(u"12345678901234567890"_s));
    QVERIFY(!XParser::isId(u"12a"_s));
    QVERIFY(!XParser::isId(QString()));
    QCOMPARE(XParser::compareIds(u"9"_s, u"10"_s), -1);
    QCOMPARE(XParser::compareIds(u"1578516295611748353"_s, u"1578516295611748352"_s), 1);
    QCOMPARE(XParser::compareIds(u"5"_s, u"5"_s), 0);
    QCOMPARE(XParser::compareIds(QString(), u"5"_s), -1);
}

void TestXParser::threadKeys()
{
    QCOMPARE(XParser::conversationOf(XParser::tweetThread(u"123"_s)).value(), u"123"_s);
    QVERIFY(!XParser::conversationOf(u"x:tweet:abc"_s));
    QVERIFY(!XParser::conversationOf(u"x:dm:1-2"_s));
    QCOMPARE(XParser::dmConversationOf(XParser::dmThread(u"1-2"_s)).value(), u"1-2"_s);
    QVERIFY(XConnector::sameText(
        u"Sorry &amp; thanks  <3"_s.replace(u"<"_s, u"&lt;"_s), u"Sorry & thanks <3"_s));
    QVERIFY(!XConnector::sameText(u"Sorry"_s, u"Sorry!"_s));
    QVERIFY(!XConnector::sameText(QString(), QString()));
}

void TestXParser::tokens()
{
    XTokens t;
    t.accessToken = u"acc"_s;
    t.refreshToken = u"ref"_s;
    t.clientId = u"client"_s;
    t.expiresAt = now + 7200000;
    const QString stored = t.serialize();
    QVERIFY(!stored.contains(u' '));
    const XTokens back = XTokens::parse(stored);
    QCOMPARE(back.accessToken, u"acc"_s);
    QCOMPARE(back.refreshToken, u"ref"_s);
    QCOMPARE(back.clientId, u"client"_s);
    QCOMPARE(back.expiresAt, now + 7200000);
    QVERIFY(!back.needsRefresh(now));
    QVERIFY(back.needsRefresh(now + 7200000 - 9 * 60 * 1000));
    const XTokens bare = XTokens::parse(u"plain-access-token"_s);
    QCOMPARE(bare.accessToken, u"plain-access-token"_s);
    QVERIFY(!bare.canRefresh());
    QVERIFY(!bare.needsRefresh(now));
    QVERIFY(!XTokens::parse(u"{not json"_s).isValid());
}

void TestXParser::repliesCountWeighted()
{
    // The composer counts X replies with twitter-text's weighted rule against 280, the limit the
    // connector declares; direct messages by UTF-16 units against 10,000.
    const CountRule post = TextCounter::rule(Platform::X, Surface::Public);
    QVERIFY(post.unit == CountUnit::Weighted);
    QCOMPARE(post.defaultLimit, XConnector::maxPostLength);
    const CountRule dm = TextCounter::rule(Platform::X, Surface::Private);
    QCOMPARE(dm.defaultLimit, XConnector::maxMessageLength);
}

void TestXParser::hostile_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("<html>502 Bad Gateway</html>");
    QTest::newRow("array") << QByteArray("[1,2,3]");
    QTest::newRow("truncated") << constructedMentions.left(constructedMentions.size() / 2);
    QTest::newRow("data is object") << QByteArray(R"({"data":{"id":"1"}})");
    QTest::newRow("data is string") << QByteArray(R"({"data":"x"})");
    QTest::newRow("wrong types") << QByteArray(
        R"({"data":[{"id":1,"text":2},{"id":"1","text":null},{"id":"99999999999999999999","text":"x"},null,7,
        {"id":"5","text":"ok","author_id":{"a":1},"referenced_tweets":"no","created_at":12,"note_tweet":[]}],
        "includes":{"users":"nope"},"meta":[]})");
    QTest::newRow("hostile ids") << QByteArray(
        R"({"data":[{"id":"../../etc","text":"x","sender_id":"1","dm_conversation_id":"1-2"},
        {"id":"-1","text":"x"},{"id":"1e5","text":"x"}]})");
    QTest::newRow("deep nesting") << QByteArray(5000, '[') + QByteArray(5000, ']');
    QTest::newRow("nul bytes") << QByteArray("{\"data\":[{\"id\":\"1\",\"text\":\"a\0b\"}]}", 30);
    QTest::newRow("users with huge names")
        << (R"({"data":[{"id":"2","text":"x","author_id":"3"}],"includes":{"users":[{"id":"3","username":")"
               + QByteArray(100000, 'a') + R"(","name":"n"}]}})");
}

void TestXParser::hostile()
{
    QFETCH(QByteArray, body);
    // Never a crash; either a clear error or a page of only what could be read.
    const Result<Page> m = XParser::mentions(body, u"7"_s);
    if (!m.ok())
        QVERIFY(!m.error().message.isEmpty());
    else
        for (const IncomingMessage &msg : m.value().messages) {
            QVERIFY(XParser::isId(msg.platformId));
            QVERIFY(msg.authorHandle.size() <= 51);
        }
    const Result<Page> d = XParser::dmEvents(body, u"7"_s);
    if (!d.ok())
        QVERIFY(!d.error().message.isEmpty());
    (void)XParser::ownPosts(body);
    const Result<User> me = XParser::me(body);
    if (!me.ok())
        QVERIFY(!me.error().message.isEmpty());
    QVERIFY(XParser::tweetCreated(body).outcome != SendOutcome::Sent
        || XParser::isId(XParser::tweetCreated(body).platformId));
    (void)XParser::dmCreated(body);
    (void)XParser::errorText(body);
    (void)XParser::failure(400, body, {}, now);
}

QTEST_GUILESS_MAIN(TestXParser)
#include "tst_xparser.moc"
