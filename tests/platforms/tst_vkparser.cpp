// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// VkParser over VkNet's recorded VK answers (../shared/fixtures/platforms/vk/vknet), over error
// envelopes built from VK's own error catalogue (vk-api-schema/errors.json), and over answers
// CONSTRUCTED by hand from VK's JSON schemas where nothing was recorded (each is marked with
// the schema file it follows). Malformed, truncated, huge and hostile payloads give a typed
// error or a skipped item, never a crash.
#include "app/platforms/vk/vkconnector.h"
#include "app/platforms/vk/vkparser.h"
#include "tests/support/platformfixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;
using namespace CareDesk::Vk;

namespace {

constexpr Millis now = 1700000000000LL;

QString fixtureDir()
{
    return Test::platformFixtureDir(u"vk"_s);
}

#define REQUIRE_FIXTURES() REQUIRE_PLATFORM_FIXTURES(fixtureDir(), u"VK"_s)

QByteArray fixture(const QString &path)
{
    QFile file(QDir(fixtureDir()).filePath(path));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = file.readAll();
    // One recorded file starts with a UTF-8 BOM, as upstream; VK itself sends none.
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    return bytes;
}

/// A recorded Bots Long Poll update inside VkNet's a_check envelope (FullLongPollFormat.txt).
QByteArray envelope(const QByteArray &update, const QByteArray &ts = "713")
{
    return "{\"ts\":\"" + ts + "\",\"updates\":[" + update + "]}";
}

ParseContext community(qint64 groupId)
{
    ParseContext context;
    context.groupId = groupId;
    return context;
}

} // namespace

class TestVkParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordedWallReplyNew();
    void recordedMessageNew();
    void recordedMessageReplyIsOurs();
    void recordedMessageEdit();
    void recordedFailedCodes();
    void recordedLongPollServer();
    void recordedComments();
    void recordedCommentsWithThreadsAndDeleted();
    void recordedCommentMention();
    void recordedConversations();
    void recordedErrors_data();
    void recordedErrors();
    void errorsFromSchemaCatalogue_data();
    void errorsFromSchemaCatalogue();
    void httpFailures_data();
    void httpFailures();
    void constructedThreadedWallReply();
    void constructedCommunityAndPosts();
    void constructedSendAnswers();
    void eventIdDeduplication();
    void mentionsBecomePlainText_data();
    void mentionsBecomePlainText();
    void keysRoundTrip();
    void hostilePayloads_data();
    void hostilePayloads();
    void hugePayload();
    void stableIdempotencyValues();
    void pacerKeepsTwentyPerSecond();
};

void TestVkParser::recordedWallReplyNew()
{
    REQUIRE_FIXTURES();
    const QByteArray update
        = fixture(u"vknet/Categories/BotsLongPoll/GetBotsLongPollHistory_WallReplyNewTest.json"_s);
    QVERIFY(!update.isEmpty());
    const Result<LongPollAnswer> answer = VkParser::longPoll(envelope(update), community(1234));
    QVERIFY2(answer.ok(), qPrintable(answer.error().message));
    QCOMPARE(answer.value().kind, LongPollAnswer::Kind::Updates);
    QCOMPARE(answer.value().ts, u"713"_s);
    QCOMPARE(answer.value().messages.size(), 1);
    const IncomingMessage &m = answer.value().messages.first();
    QCOMPARE(m.platformId, u"comment:-1234:6:9"_s);
    QCOMPARE(m.threadKey, u"wall:-1234:6:9"_s);
    QCOMPARE(m.text, u"test"_s);
    QCOMPARE(m.authorPlatformId, u"123"_s);
    QCOMPARE(int(m.direction), int(Direction::In));
    QCOMPARE(int(m.visibility), int(Visibility::Public));
    QCOMPARE(m.createdAt, 1533403427000LL);
    QCOMPARE(m.permalink, u"https://vk.com/wall-1234_6?reply=9"_s);
}

void TestVkParser::recordedMessageNew()
{
    REQUIRE_FIXTURES();
    const QByteArray update
        = fixture(u"vknet/Categories/BotsLongPoll/GetBotsLongPollHistory_MessageNewTest.json"_s);
    const Result<LongPollAnswer> answer
        = VkParser::longPoll(envelope(update), community(123456789));
    QVERIFY2(answer.ok(), qPrintable(answer.error().message));
    QCOMPARE(answer.value().messages.size(), 1);
    const IncomingMessage &m = answer.value().messages.first();
    QCOMPARE(m.platformId, u"message:123456789:985"_s);
    QCOMPARE(m.threadKey, u"dialog:123456789"_s);
    QCOMPARE(m.text, u"f"_s);
    QCOMPARE(int(m.visibility), int(Visibility::Private));
    QCOMPARE(int(m.direction), int(Direction::In));
    QCOMPARE(m.createdAt, 1572809816000LL);
}

void TestVkParser::recordedMessageReplyIsOurs()
{
    REQUIRE_FIXTURES();
    const QByteArray update
        = fixture(u"vknet/Categories/BotsLongPoll/GetBotsLongPollHistory_MessageReplyTest.json"_s);
    const Result<LongPollAnswer> answer = VkParser::longPoll(envelope(update), community(1234));
    QVERIFY(answer.ok());
    QCOMPARE(answer.value().messages.size(), 1);
    QCOMPARE(int(answer.value().messages.first().direction), int(Direction::Out));
    QCOMPARE(answer.value().messages.first().platformId, u"message:123:830"_s);
}

void TestVkParser::recordedMessageEdit()
{
    REQUIRE_FIXTURES();
    const QByteArray update
        = fixture(u"vknet/Categories/BotsLongPoll/GetBotsLongPollHistory_MessageEditTest.json"_s);
    const Result<LongPollAnswer> answer = VkParser::longPoll(envelope(update), community(1234));
    QVERIFY(answer.ok());
    QCOMPARE(answer.value().messages.size(), 1);
    QCOMPARE(answer.value().messages.first().platformId, u"message:123:791"_s);
    QCOMPARE(answer.value().messages.first().editedAt, 1533397838000LL);
}

void TestVkParser::recordedFailedCodes()
{
    REQUIRE_FIXTURES();
    const QString dir = u"vknet/Categories/BotsLongPoll/"_s;
    Result<LongPollAnswer> one
        = VkParser::longPoll(fixture(dir + u"GetBotsLongPollHistory_Failed1.json"_s), {});
    QVERIFY(one.ok());
    QCOMPARE(one.value().kind, LongPollAnswer::Kind::HistoryLost);
    QCOMPARE(one.value().ts, u"10"_s);
    Result<LongPollAnswer> two
        = VkParser::longPoll(fixture(dir + u"GetBotsLongPollHistory_Failed2.json"_s), {});
    QVERIFY(two.ok());
    QCOMPARE(two.value().kind, LongPollAnswer::Kind::KeyExpired);
    Result<LongPollAnswer> three
        = VkParser::longPoll(fixture(dir + u"GetBotsLongPollHistory_Failed3.json"_s), {});
    QVERIFY(three.ok());
    QCOMPARE(three.value().kind, LongPollAnswer::Kind::InfoLost);
    // An unknown code is an error, not a guess.
    QVERIFY(!VkParser::longPoll(R"({"failed":4})", {}).ok());
    QVERIFY(!VkParser::longPoll(R"({"failed":1})", {}).ok());
}

void TestVkParser::recordedLongPollServer()
{
    REQUIRE_FIXTURES();
    // The user-level messages.getLongPollServer has the same {key, server, ts} shape as the
    // groups one; its server has no scheme.
    const Result<LongPollServer> server = VkParser::longPollServer(fixture(
        u"vknet/Categories/Messages/GetLongPollServer_NormalCase_LongPollServerResponse.json"_s));
    QVERIFY2(server.ok(), qPrintable(server.error().message));
    QCOMPARE(server.value().server, u"https://im46.vk.com/im1858"_s);
    QCOMPARE(server.value().ts, u"1627957305"_s);
    QCOMPARE(server.value().key, u"REDACTED"_s);
}

void TestVkParser::recordedComments()
{
    REQUIRE_FIXTURES();
    const Result<FetchResult> page = VkParser::comments(
        fixture(u"vknet/Categories/Wall/GetComments_ReturnLikesAndAttachments.json"_s), -5, 77,
        community(5));
    QVERIFY2(page.ok(), qPrintable(page.error().message));
    QCOMPARE(page.value().messages.size(), 2);
    const IncomingMessage &first = page.value().messages.at(0);
    QCOMPARE(first.platformId, u"comment:-5:77:3809"_s);
    QCOMPARE(first.threadKey, u"wall:-5:77:3809"_s);
    // Old answers break lines with <br>: plain text has a line break instead.
    QVERIFY(first.text.contains(u'\n'));
    QVERIFY(!first.text.contains(u"<br>"_s));
    QCOMPARE(page.value().messages.at(1).text, u"C днем рождения малышку и родителей!!!"_s);
}

void TestVkParser::recordedCommentsWithThreadsAndDeleted()
{
    REQUIRE_FIXTURES();
    const Result<FetchResult> page
        = VkParser::comments(fixture(u"vknet/Categories/Wall/GetComments802.json"_s), -69459624,
            482121, community(69459624));
    QVERIFY2(page.ok(), qPrintable(page.error().message));
    // The deleted comment is left out, and not counted as unreadable.
    QCOMPARE(page.value().messages.size(), 2);
    QCOMPARE(page.value().skipped, 0);
    QCOMPARE(page.value().messages.at(0).text, u"Текст 1го комментария"_s);
    QCOMPARE(page.value().messages.at(1).threadKey, u"wall:-69459624:482121:482418"_s);
}

void TestVkParser::recordedCommentMention()
{
    REQUIRE_FIXTURES();
    const Result<FetchResult> page = VkParser::comments(
        fixture(u"vknet/Categories/Wall/GetComment_ReturnCorrectResults.json"_s), -1, 2, {});
    QVERIFY(page.ok());
    QCOMPARE(page.value().messages.size(), 1);
    const IncomingMessage &m = page.value().messages.first();
    QVERIFY(m.text.startsWith(u"Дмитрий, я не хочу"_s));
    QVERIFY(!m.text.contains(u"[id6099"_s));
    // The extended answer names the author.
    QCOMPARE(m.authorName, u"Dmitry Sergeev"_s);
    // It replies to 73673: it joins that comment's thread when nothing better is known.
    QCOMPARE(m.replyToPlatformId, u"comment:-1:2:73673"_s);
    QCOMPARE(m.threadKey, u"wall:-1:2:73673"_s);
}

void TestVkParser::recordedConversations()
{
    REQUIRE_FIXTURES();
    const Result<FetchResult> page = VkParser::conversations(
        fixture(u"vknet/Categories/Messages/GetConversations.json"_s), community(1));
    QVERIFY2(page.ok(), qPrintable(page.error().message));
    QCOMPARE(page.value().messages.size(), 1);
    QCOMPARE(page.value().messages.first().platformId, u"message:100:220697"_s);
    QCOMPARE(page.value().messages.first().threadKey, u"dialog:100"_s);

    // The file with a BOM upstream; a community writing to the community is the community.
    const Result<FetchResult> groups = VkParser::conversations(
        fixture(u"vknet/Categories/Messages/GetConversations_Group_PhotoField.json"_s),
        community(24680000));
    QVERIFY2(groups.ok(), qPrintable(groups.error().message));
    QCOMPARE(groups.value().messages.size(), 1);
    QCOMPARE(groups.value().messages.first().authorPlatformId, u"-24680000"_s);
    QCOMPARE(int(groups.value().messages.first().direction), int(Direction::Out));
}

void TestVkParser::recordedErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("failureKind");
    QTest::newRow("1 unknown: retry") << u"1.json"_s << 1 << int(ApiError::Kind::ServerError)
                                      << int(HttpFailure::Kind::Retryable);
    QTest::newRow("5 authorization: pause")
        << u"5.json"_s << 5 << int(ApiError::Kind::Authorization)
        << int(HttpFailure::Kind::AuthFailed);
    QTest::newRow("7 permission: refused")
        << u"7.json"_s << 7 << int(ApiError::Kind::Refused) << int(HttpFailure::Kind::Permanent);
    QTest::newRow("14 captcha: the agent")
        << u"14.json"_s << 14 << int(ApiError::Kind::Captcha) << int(HttpFailure::Kind::Permanent);
    QTest::newRow("100 parameter: refused") << u"100.json"_s << 100 << int(ApiError::Kind::Refused)
                                            << int(HttpFailure::Kind::Permanent);
}

void TestVkParser::recordedErrors()
{
    REQUIRE_FIXTURES();
    QFETCH(QString, file);
    QFETCH(int, code);
    QFETCH(int, kind);
    QFETCH(int, failureKind);
    const QByteArray body = fixture(u"vknet/Errors/"_s + file);
    const std::optional<ApiError> error = VkParser::apiError(body);
    QVERIFY(error);
    QCOMPARE(error->code, code);
    QCOMPARE(int(error->kind), kind);
    const HttpFailure failure = VkParser::failure(200, body, now);
    QCOMPARE(int(failure.kind), failureKind);
    QVERIFY(!failure.reason.isEmpty());
    // Every answer that carries it is an error, whatever was asked.
    QVERIFY(!VkParser::longPollServer(body).ok());
    QVERIFY(!VkParser::comments(body, -1, 1, {}).ok());
    QCOMPARE(VkParser::messageSent(body, 5, now).outcome,
        failure.retryable() || failure.kind == HttpFailure::Kind::AuthFailed
            ? SendOutcome::FailedRetryable
            : SendOutcome::FailedPermanent);
    if (code == 14) {
        QCOMPARE(error->captchaSid, u"548747100691"_s);
        QCOMPARE(error->captchaImg, u"http://api.vk.com/captcha.php?sid=548747100284&s=1"_s);
        QVERIFY(failure.reason.contains(u"captcha"_s, Qt::CaseInsensitive));
        QVERIFY(failure.reason.contains(error->captchaImg));
    }
}

void TestVkParser::errorsFromSchemaCatalogue_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("failureKind");
    QTest::newRow("too many per second")
        << u"api_error_too_many"_s << int(HttpFailure::Kind::RateLimited);
    QTest::newRow("flood control") << u"api_error_flood"_s << int(HttpFailure::Kind::RateLimited);
    QTest::newRow("daily quota") << u"api_error_rate_limit"_s
                                 << int(HttpFailure::Kind::RateLimited);
    QTest::newRow("authorization") << u"api_error_auth"_s << int(HttpFailure::Kind::AuthFailed);
    QTest::newRow("captcha") << u"api_error_captcha"_s << int(HttpFailure::Kind::Permanent);
    QTest::newRow("server") << u"api_error_server"_s << int(HttpFailure::Kind::Retryable);
}

void TestVkParser::errorsFromSchemaCatalogue()
{
    REQUIRE_FIXTURES();
    QFETCH(QString, name);
    QFETCH(int, failureKind);
    // CONSTRUCTED from vk-api-schema/errors.json: VK recorded no error 6 anywhere we could
    // find, so the envelope is built from the catalogue's code and description.
    const QJsonObject catalogue
        = QJsonDocument::fromJson(fixture(u"vk-api-schema/errors.json"_s)).object();
    const QJsonObject entry = catalogue.value(u"errors"_s).toObject().value(name).toObject();
    QVERIFY2(!entry.isEmpty(), qPrintable(name));
    const QByteArray body
        = QJsonDocument(QJsonObject { { u"error"_s,
                            QJsonObject { { u"error_code"_s, entry.value(u"code"_s) },
                                { u"error_msg"_s, entry.value(u"description"_s) },
                                { u"request_params"_s, QJsonArray {} } } } })
              .toJson(QJsonDocument::Compact);
    const HttpFailure failure = VkParser::failure(200, body, now);
    QCOMPARE(int(failure.kind), failureKind);
    QCOMPARE(failure.platformMessage, entry.value(u"description"_s).toString());
    if (failure.kind == HttpFailure::Kind::RateLimited)
        QVERIFY(failure.retryAt > now);
}

void TestVkParser::httpFailures_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("failureKind");
    QTest::newRow("429") << 429 << int(HttpFailure::Kind::RateLimited);
    QTest::newRow("500") << 500 << int(HttpFailure::Kind::Retryable);
    QTest::newRow("502") << 502 << int(HttpFailure::Kind::Retryable);
    QTest::newRow("401") << 401 << int(HttpFailure::Kind::AuthFailed);
    QTest::newRow("404") << 404 << int(HttpFailure::Kind::Permanent);
    QTest::newRow("200 unreadable") << 200 << int(HttpFailure::Kind::Retryable);
}

void TestVkParser::httpFailures()
{
    QFETCH(int, status);
    QFETCH(int, failureKind);
    const HttpFailure failure = VkParser::failure(status, "<html>gateway</html>", now);
    QCOMPARE(int(failure.kind), failureKind);
    QVERIFY(!failure.reason.isEmpty());
}

void TestVkParser::constructedThreadedWallReply()
{
    // CONSTRUCTED from vk-api-schema callback/objects.json (callback_wall_comment: wall_wallComment
    // plus post_id, post_owner_id) and wall/objects.json (parents_stack, reply_to_comment,
    // reply_to_user): a community's reply in a customer's thread, and a customer's reply to it.
    const QByteArray body = R"json({"ts":"20","updates":[
        {"type":"wall_reply_new","event_id":"e1","v":"5.199","group_id":77,"object":
          {"id":501,"from_id":-77,"date":1700000000,"text":"[id42|Анна], мы разбираемся",
           "post_id":10,"post_owner_id":-77,"owner_id":-77,"parents_stack":[500],
           "reply_to_comment":500,"reply_to_user":42}},
        {"type":"wall_reply_new","event_id":"e2","v":"5.199","group_id":77,"object":
          {"id":502,"from_id":42,"date":1700000100,"text":"Спасибо",
           "post_id":10,"post_owner_id":-77,"reply_to_comment":501}},
        {"type":"wall_reply_edit","event_id":"e3","v":"5.199","group_id":77,"object":
          {"id":500,"from_id":42,"date":1699999000,"text":"Не работает оплата (исправлено)",
           "post_id":10,"post_owner_id":-77}},
        {"type":"group_join","event_id":"e4","v":"5.199","group_id":77,"object":{"user_id":1}}
    ]})json";
    const Result<LongPollAnswer> answer = VkParser::longPoll(body, community(77));
    QVERIFY2(answer.ok(), qPrintable(answer.error().message));
    const QList<IncomingMessage> &m = answer.value().messages;
    QCOMPARE(m.size(), 3);
    QCOMPARE(int(m.at(0).direction), int(Direction::Out));
    QCOMPARE(m.at(0).text, u"Анна, мы разбираемся"_s);
    QCOMPARE(m.at(0).threadKey, u"wall:-77:10:500"_s);
    QCOMPARE(m.at(0).permalink, u"https://vk.com/wall-77_10?reply=501&thread=500"_s);
    // No parents_stack: the parent from the same answer gives the thread.
    QCOMPARE(m.at(1).threadKey, u"wall:-77:10:500"_s);
    QCOMPARE(m.at(1).replyToPlatformId, u"comment:-77:10:501"_s);
    QCOMPARE(int(m.at(1).direction), int(Direction::In));
    QCOMPARE(m.at(2).platformId, u"comment:-77:10:500"_s);
    QVERIFY(m.at(2).editedAt > 0);
    QCOMPARE(answer.value().eventIds, (QStringList { u"e1"_s, u"e2"_s, u"e3"_s, u"e4"_s }));
    QCOMPARE(answer.value().skipped, 0);

    // A 64-bit peer (a group chat) and a community id beyond 32 bits.
    const QByteArray chat = R"({"ts":21,"updates":[{"type":"message_new","event_id":"x",
        "object":{"message":{"id":0,"conversation_message_id":7,"peer_id":2000000005,
        "from_id":9007199254740,"date":1700000000,"text":"hi"}}}]})";
    const Result<LongPollAnswer> chatAnswer = VkParser::longPoll(chat, community(5000000000LL));
    QVERIFY(chatAnswer.ok());
    QCOMPARE(chatAnswer.value().messages.first().platformId, u"message:2000000005:c7"_s);
    QCOMPARE(chatAnswer.value().messages.first().authorPlatformId, u"9007199254740"_s);
    QCOMPARE(int(chatAnswer.value().messages.first().visibility), int(Visibility::Public));
}

void TestVkParser::constructedCommunityAndPosts()
{
    // CONSTRUCTED from vk-api-schema groups/responses.json (groups_getById_object_response, 5.199:
    // {groups, profiles}) and the older bare list.
    const Result<Community> modern = VkParser::community(
        R"({"response":{"groups":[{"id":77,"name":"Бренд","screen_name":"brand"}],"profiles":[]}})");
    QVERIFY(modern.ok());
    QCOMPARE(modern.value().id, 77);
    QCOMPARE(modern.value().screenName, u"brand"_s);
    QVERIFY(VkParser::community(R"({"response":[{"id":78,"name":"B"}]})").ok());
    QVERIFY(!VkParser::community(R"({"response":{"groups":[]}})").ok());

    // CONSTRUCTED from groups/responses.json (groups_getLongPollServer_response ->
    // groups_long_poll_server).
    const Result<LongPollServer> server = VkParser::longPollServer(
        R"({"response":{"key":"abc","server":"https://lp.vk.com/wh77","ts":"4"}})");
    QVERIFY(server.ok());
    QCOMPARE(server.value().server, u"https://lp.vk.com/wh77"_s);
    QVERIFY(!VkParser::longPollServer(R"({"response":{"key":"abc","server":"ftp://x","ts":"4"}})")
                 .ok());

    // CONSTRUCTED from wall/responses.json (wall_get_response: {count, items:
    // [wall_wallpost_full]}).
    const Result<QList<qint64>> posts
        = VkParser::postIds(R"({"response":{"count":3,"items":[{"id":12},{"id":"x"},{"id":10}]}})");
    QVERIFY(posts.ok());
    QCOMPARE(posts.value(), (QList<qint64> { 12, 10 }));
}

void TestVkParser::constructedSendAnswers()
{
    // CONSTRUCTED from wall/responses.json (wall_createComment_response: {comment_id,
    // parents_stack}) and messages/responses.json (messages_send_response: integer;
    // messages_send_user_ids_response: [{peer_id, message_id, conversation_message_id}]).
    SendResult comment = VkParser::commentSent(
        R"({"response":{"comment_id":503,"parents_stack":[500]}})", -77, 10, now);
    QCOMPARE(comment.outcome, SendOutcome::Sent);
    QCOMPARE(comment.platformId, u"comment:-77:10:503"_s);
    SendResult message = VkParser::messageSent(R"({"response":831})", 123, now);
    QCOMPARE(message.outcome, SendOutcome::Sent);
    QCOMPARE(message.platformId, u"message:123:831"_s);
    SendResult list = VkParser::messageSent(
        R"({"response":[{"peer_id":2000000005,"message_id":0,"conversation_message_id":9}]})",
        2000000005, now);
    QCOMPARE(list.outcome, SendOutcome::Sent);
    QCOMPARE(list.platformId, u"message:2000000005:c9"_s);
    // Unreadable: unknown, and VK's guid/random_id make the retry safe.
    QCOMPARE(VkParser::messageSent("{\"response\":", 123, now).outcome, SendOutcome::Unknown);
    QCOMPARE(
        VkParser::commentSent(R"({"response":{}})", -77, 10, now).outcome, SendOutcome::Unknown);
}

void TestVkParser::eventIdDeduplication()
{
    const QByteArray body = R"({"ts":"5","updates":[
        {"type":"message_new","event_id":"a","object":{"message":{"id":1,"peer_id":9,"from_id":9,"date":1,"text":"x"}}},
        {"type":"message_new","event_id":"a","object":{"message":{"id":1,"peer_id":9,"from_id":9,"date":1,"text":"x"}}},
        {"type":"message_new","event_id":"b","object":{"message":{"id":2,"peer_id":9,"from_id":9,"date":2,"text":"y"}}}
    ]})";
    ParseContext context;
    context.seenEvent = [](const QString &id) { return id == u"b"_s; };
    const Result<LongPollAnswer> answer = VkParser::longPoll(body, context);
    QVERIFY(answer.ok());
    QCOMPARE(answer.value().messages.size(), 1);
    QCOMPARE(answer.value().duplicates, 2);
    QCOMPARE(answer.value().eventIds, QStringList { u"a"_s });
}

void TestVkParser::mentionsBecomePlainText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("plain");
    QTest::newRow("user") << u"[id1|Павел], здравствуйте"_s << u"Павел, здравствуйте"_s;
    QTest::newRow("community") << u"[club77|Бренд] ответил"_s << u"Бренд ответил"_s;
    QTest::newRow("public and event") << u"[public1|A] [event2|B]"_s << u"A B"_s;
    QTest::newRow("not a mention") << u"[x|y] and [id|z]"_s << u"[x|y] and [id|z]"_s;
    QTest::newRow("html stays text") << u"<b>a</b> & <script>"_s << u"<b>a</b> & <script>"_s;
    QTest::newRow("line break") << u"a<br>b"_s << u"a\nb"_s;
    QTest::newRow("bidi control removed") << u"ab\u202Ecd"_s << u"abcd"_s;
}

void TestVkParser::mentionsBecomePlainText()
{
    QFETCH(QString, text);
    QFETCH(QString, plain);
    QCOMPARE(VkParser::plainText(text), plain);
}

void TestVkParser::keysRoundTrip()
{
    const auto wall = VkParser::wallOf(VkParser::wallThread(-5000000000LL, 10, 500));
    QVERIFY(wall);
    QCOMPARE(wall->ownerId, -5000000000LL);
    QCOMPARE(wall->commentId, 500);
    QVERIFY(VkParser::wallOf(VkParser::commentId(-1, 2, 3)));
    QCOMPARE(VkParser::peerOf(VkParser::dialogThread(2000000001LL)).value_or(0), 2000000001LL);
    QCOMPARE(VkParser::peerOf(VkParser::messageId(77, 1)).value_or(0), 77);
    QVERIFY(!VkParser::wallOf(u"wall:-1:0:3"_s));
    QVERIFY(!VkParser::wallOf(u"wall:a:b:c"_s));
    QVERIFY(!VkParser::wallOf(u"dialog:1"_s));
    QVERIFY(!VkParser::peerOf(u"dialog:0"_s));
    QVERIFY(!VkParser::peerOf(u"chat:1"_s));
}

void TestVkParser::hostilePayloads_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << QByteArray(R"({"ts":"5","updates":[{"type":"message_new","obj)");
    QTest::newRow("not json") << QByteArray("<html>502 Bad Gateway</html>");
    QTest::newRow("array") << QByteArray("[1,2,3]");
    QTest::newRow("null") << QByteArray("null");
    QTest::newRow("wrong types") << QByteArray(
        R"({"ts":{},"updates":"x","response":7,"error":[],"failed":"1"})");
    QTest::newRow("updates of junk") << QByteArray(
        R"({"ts":"1","updates":[1,null,"s",[],{"type":"message_new","object":"x"},{"type":"wall_reply_new","object":{"id":-1}},{"type":"message_new","object":{"message":{"id":1e300,"peer_id":1.5,"from_id":"9","date":-4}}}]})");
    QTest::newRow("deep nesting") << QByteArray(4000, '[');
    QTest::newRow("huge ids") << QByteArray(
        R"({"ts":"99999999999999999999999","updates":[{"type":"wall_reply_new","object":{"id":9223372036854775807,"from_id":-9223372036854775808,"date":1,"text":"t","post_id":1e19,"post_owner_id":-1}}]})");
    QTest::newRow("error of junk") << QByteArray(
        R"json({"error":{"error_code":14,"error_msg":{},"captcha_img":"javascript:alert(1)"}})json");
    QTest::newRow("nul bytes") << QByteArray("{\"ts\":\"1\",\0\"updates\":[]}", 22);
}

void TestVkParser::hostilePayloads()
{
    QFETCH(QByteArray, body);
    const Result<LongPollAnswer> answer = VkParser::longPoll(body, community(1));
    if (answer.ok()) {
        for (const IncomingMessage &m : answer.value().messages)
            QVERIFY(!m.platformId.isEmpty());
    } else {
        QVERIFY(!answer.error().message.isEmpty());
    }
    (void)VkParser::longPollServer(body);
    (void)VkParser::community(body);
    (void)VkParser::postIds(body);
    (void)VkParser::comments(body, -1, 1, community(1));
    (void)VkParser::conversations(body, community(1));
    const SendResult sent = VkParser::commentSent(body, -1, 1, now);
    QVERIFY(sent.outcome != SendOutcome::Sent);
    QVERIFY(VkParser::messageSent(body, 1, now).outcome != SendOutcome::Sent);
    const HttpFailure failure = VkParser::failure(200, body, now);
    QVERIFY(!failure.reason.isEmpty());
    if (const std::optional<ApiError> error = VkParser::apiError(body))
        QVERIFY(error->captchaImg.isEmpty() || error->captchaImg.startsWith(u"http"_s));
}

void TestVkParser::hugePayload()
{
    // 20,000 updates with a long text each: read without trouble, each text kept whole.
    QByteArray body = R"({"ts":"9","updates":[)";
    const QByteArray text(5000, 'a');
    for (int i = 1; i <= 20000; ++i) {
        if (i > 1)
            body += ',';
        body += R"({"type":"message_new","event_id":"e)" + QByteArray::number(i)
            + R"(","object":{"message":{"id":)" + QByteArray::number(i)
            + R"(,"peer_id":5,"from_id":5,"date":1700000000,"text":")" + text + R"("}}})";
    }
    body += "]}";
    const Result<LongPollAnswer> answer = VkParser::longPoll(body, {});
    QVERIFY(answer.ok());
    QCOMPARE(answer.value().messages.size(), 20000);
    QCOMPARE(answer.value().messages.last().text.size(), 5000);
}

void TestVkParser::stableIdempotencyValues()
{
    const QString key = u"6f1c1c5e-3b0e-4d7e-9d8e-2a1b4c5d6e7f"_s;
    QCOMPARE(VkConnector::guidFor(key), VkConnector::guidFor(key));
    QCOMPARE(VkConnector::randomIdFor(key), VkConnector::randomIdFor(key));
    QVERIFY(VkConnector::randomIdFor(key) > 0);
    QCOMPARE(VkConnector::guidFor(key).size(), 32);
    QVERIFY(VkConnector::guidFor(key) != VkConnector::guidFor(key + u'x'));
    QVERIFY(VkConnector::randomIdFor(key) != VkConnector::randomIdFor(key + u'x'));
    for (int i = 0; i < 1000; ++i)
        QVERIFY(VkConnector::randomIdFor(QString::number(i)) > 0);
}

void TestVkParser::pacerKeepsTwentyPerSecond()
{
    RequestPacer pacer(20);
    QList<Millis> slots;
    for (int i = 0; i < 50; ++i)
        slots.append(pacer.reserve(1000));
    for (int i = 0; i < 20; ++i)
        QCOMPARE(slots.at(i), 1000);
    QCOMPARE(slots.at(20), 2000);
    QCOMPARE(slots.at(40), 3000);
    // No second-long window ever holds more than 20.
    for (int i = 20; i < slots.size(); ++i)
        QVERIFY(slots.at(i) - slots.at(i - 20) >= 1000);
    // Later, quiet: at once again.
    QCOMPARE(pacer.reserve(10000), 10000);
}

QTEST_GUILESS_MAIN(TestVkParser)
#include "tst_vkparser.moc"
