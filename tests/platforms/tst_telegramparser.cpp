// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Telegram parser over the recorded Bot API answers (../shared/fixtures/platforms/telegram:
// ExVCR JSON from zhyu/nadia, Ruby VCR YAML from atipugin/telegram-bot-ruby, Update objects from
// Illemius/telegram_types) and over malformed, truncated, huge and hostile ones: a value or a
// clear typed error, never a crash.
#include "app/platforms/telegram/telegramparser.h"
#include "tests/support/platformfixtures.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;
using namespace CareDesk::Telegram;

namespace {

struct Recorded {
    QString method; ///< the Bot API method, from the URL
    int status = 0;
    QByteArray body;
};

QString fixtureDir()
{
    return Test::platformFixtureDir(u"telegram"_s);
}

#define REQUIRE_FIXTURES() REQUIRE_PLATFORM_FIXTURES(fixtureDir(), u"Telegram"_s)
#define REQUIRE_FIXTURES_DATA() REQUIRE_PLATFORM_FIXTURES_DATA(fixtureDir(), u"Telegram"_s)

QString methodOf(const QString &url)
{
    return url.section(u'/', -1);
}

/// ExVCR JSON: [{request: {url, method}, response: {body, status_code}}].
QList<Recorded> loadExVcr(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Recorded> out;
    const QJsonArray all = QJsonDocument::fromJson(file.readAll()).array();
    for (const QJsonValue &value : all) {
        const QJsonObject interaction = value.toObject();
        Recorded r;
        r.method = methodOf(interaction[u"request"_s][u"url"_s].toString());
        r.status = interaction[u"response"_s][u"status_code"_s].toInt();
        r.body = interaction[u"response"_s][u"body"_s].toString().toUtf8();
        out.append(r);
    }
    return out;
}

/// Ruby VCR YAML: http_interactions[].{request.uri, response.{status.code, body.string}}.
QList<Recorded> loadRubyVcr(const QString &path)
{
    QList<Recorded> out;
    const YAML::Node root = YAML::LoadFile(QFile::encodeName(path).toStdString());
    for (const YAML::Node &node : root["http_interactions"]) {
        Recorded r;
        r.method = methodOf(QString::fromStdString(node["request"]["uri"].as<std::string>()));
        r.status = node["response"]["status"]["code"].as<int>();
        r.body = QByteArray::fromStdString(node["response"]["body"]["string"].as<std::string>());
        out.append(r);
    }
    return out;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// A single Update as getUpdates would answer it.
QByteArray asUpdates(const QByteArray &update)
{
    return "{\"ok\":true,\"result\":[" + update + "]}";
}

QByteArray updatesOf(const QJsonArray &updates)
{
    return QJsonDocument(QJsonObject { { u"ok"_s, true }, { u"result"_s, updates } })
        .toJson(QJsonDocument::Compact);
}

bool clearError(const Error &error)
{
    return error.isError() && !error.message.trimmed().isEmpty();
}

QJsonObject user(qint64 id, const QString &first, const QString &username = {})
{
    QJsonObject u { { u"id"_s, id }, { u"is_bot"_s, false }, { u"first_name"_s, first } };
    if (!username.isEmpty())
        u[u"username"_s] = username;
    return u;
}

QJsonObject message(qint64 chatId, const QString &chatType, qint64 messageId,
    const QJsonObject &from, const QString &text)
{
    QJsonObject chat { { u"id"_s, chatId }, { u"type"_s, chatType } };
    if (chatType != u"private"_s)
        chat[u"title"_s] = u"Support group"_s;
    return QJsonObject { { u"message_id"_s, messageId }, { u"from"_s, from }, { u"chat"_s, chat },
        { u"date"_s, 1785592302 }, { u"text"_s, text } };
}

QJsonObject update(qint64 id, const QString &kind, const QJsonObject &payload)
{
    return QJsonObject { { u"update_id"_s, id }, { kind, payload } };
}

constexpr Millis now = 1785592302000;

} // namespace

Q_DECLARE_METATYPE(HttpFailure::Kind)
Q_DECLARE_METATYPE(ErrorCode)

class TestTelegramParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRecordedAnswer_data();
    void everyRecordedAnswer();
    void recordedGetUpdates();
    void recordedSends();
    void recordedGetMe();
    void recordedUnauthorized();
    void recordedUpdates_data();
    void recordedUpdates();
    void largeIds();
    void groupThreads();
    void businessMessages();
    void ignoredUpdates();
    void directions();
    void cursor_data();
    void cursor();
    void failures_data();
    void failures();
    void threadKeysRoundTrip_data();
    void threadKeysRoundTrip();
    void malformed_data();
    void malformed();
    void hostileText();
    void hiddenLinks();
    void hugeBatch();
    void cleanupTestCase();

private:
    int m_answers = 0;
};

void TestTelegramParser::everyRecordedAnswer_data()
{
    REQUIRE_FIXTURES_DATA();
    QTest::addColumn<QString>("method");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QDirIterator files(
        fixtureDir(), { u"*.json"_s, u"*.yml"_s }, QDir::Files, QDirIterator::Subdirectories);
    QStringList paths;
    while (files.hasNext())
        paths.append(files.next());
    paths.sort();
    for (const QString &path : std::as_const(paths)) {
        const QString name = QDir(fixtureDir()).relativeFilePath(path);
        QList<Recorded> recorded;
        if (name.startsWith(u"nadia/"_s))
            recorded = loadExVcr(path);
        else if (path.endsWith(u".yml"_s))
            recorded = loadRubyVcr(path);
        else
            recorded.append({ u"getUpdates"_s, 200, asUpdates(readFile(path)) });
        QVERIFY2(!recorded.isEmpty(), qPrintable(name));
        for (const Recorded &r : std::as_const(recorded))
            QTest::addRow("%s %s", qPrintable(name), qPrintable(r.method))
                << r.method << r.status << r.body;
    }
}

// Every recorded body goes through every parser: the one meant for its method reads it fully;
// the others give a value or a typed error.
void TestTelegramParser::everyRecordedAnswer()
{
    QFETCH(QString, method);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    const Result<FetchResult> asUpdatesResult = TelegramParser::updates(body, u"0"_s, {});
    const Result<BotInfo> asMe = TelegramParser::me(body);
    const SendResult asSent = TelegramParser::sent(body, now);
    QVERIFY(asUpdatesResult.ok() || clearError(asUpdatesResult.error()));
    QVERIFY(asMe.ok() || clearError(asMe.error()));
    QVERIFY(asSent.outcome == SendOutcome::Sent || !asSent.reason.isEmpty());
    const HttpFailure failure = TelegramParser::failure(status, body, now);
    QVERIFY(!failure.reason.isEmpty());
    ++m_answers;

    if (status != 200) {
        QCOMPARE(failure.kind, HttpFailure::Kind::AuthFailed);
        QVERIFY(clearError(asUpdatesResult.error()));
        QCOMPARE(asSent.outcome, SendOutcome::FailedRetryable); // the reply waits for a new token
        return;
    }
    if (method == u"getUpdates"_s) {
        QVERIFY2(asUpdatesResult.ok(), qPrintable(asUpdatesResult.error().message));
        QCOMPARE(asUpdatesResult.value().messages.size(), 1);
        const IncomingMessage &m = asUpdatesResult.value().messages.first();
        QVERIFY(!m.text.isEmpty());
        QVERIFY(m.threadKey.startsWith(u"chat:"_s));
        QCOMPARE(toString(m.visibility), toString(Visibility::Private));
        QVERIFY(m.createdAt > 1400000000000);
    } else if (method == u"sendMessage"_s || method == u"forwardMessage"_s
        || method == u"sendPhoto"_s) {
        QCOMPARE(asSent.outcome, SendOutcome::Sent);
        QCOMPARE(asSent.platformId, u"666:666"_s);
    } else if (method == u"getMe"_s) {
        QVERIFY2(asMe.ok(), qPrintable(asMe.error().message));
    } else {
        // Answers whose result is not a Message: a send cannot be confirmed from them.
        QCOMPARE(asSent.outcome, SendOutcome::Unknown);
    }
}

void TestTelegramParser::recordedGetUpdates()
{
    REQUIRE_FIXTURES();
    const QList<Recorded> recorded
        = loadExVcr(QDir(fixtureDir()).filePath(u"nadia/get_updates.json"_s));
    QCOMPARE(recorded.size(), 1);
    const Result<FetchResult> fetched
        = TelegramParser::updates(recorded.first().body, QString(), {}, 1);
    QVERIFY2(fetched.ok(), qPrintable(fetched.error().message));
    QCOMPARE(fetched.value().nextCursor, u"667"_s);
    QCOMPARE(fetched.value().hasMore, true); // limit=1 was asked and one came
    QCOMPARE(fetched.value().messages.size(), 1);
    const IncomingMessage &m = fetched.value().messages.first();
    QCOMPARE(m.platformId, u"666:666"_s);
    QCOMPARE(m.threadKey, u"chat:666"_s);
    QCOMPARE(m.text, u"aloha"_s);
    QCOMPARE(m.authorPlatformId, u"666"_s);
    QCOMPARE(m.authorHandle, u"angellwings"_s);
    QCOMPARE(m.authorName, u"Yu Zhang"_s);
    QCOMPARE(m.createdAt, Millis(1444613871000));
    QCOMPARE(m.editedAt, Millis(0));
    QCOMPARE(toString(m.direction), toString(Direction::In));
    QCOMPARE(toString(m.visibility), toString(Visibility::Private));
    QVERIFY(m.permalink.isEmpty());
}

void TestTelegramParser::recordedSends()
{
    REQUIRE_FIXTURES();
    const QString dir = QDir(fixtureDir()).filePath(u"nadia"_s);
    const SendResult sent
        = TelegramParser::sent(loadExVcr(dir + u"/send_message.json"_s).first().body, now);
    QCOMPARE(sent.outcome, SendOutcome::Sent);
    QCOMPARE(sent.platformId, u"666:666"_s);
    QCOMPARE(TelegramParser::splitPlatformId(sent.platformId),
        std::optional(std::pair<qint64, qint64>(666, 666)));
    // deleteMessage answers `true`: not a message, so nothing is confirmed.
    const SendResult unknown
        = TelegramParser::sent(loadExVcr(dir + u"/delete_message.json"_s).first().body, now);
    QCOMPARE(unknown.outcome, SendOutcome::Unknown);
    QVERIFY(!unknown.reason.isEmpty());
}

void TestTelegramParser::recordedGetMe()
{
    REQUIRE_FIXTURES();
    const QString path
        = QDir(fixtureDir())
              .filePath(u"telegram-bot-ruby/spec/cassettes/Telegram_Bot_Api/_getMe/1_3_1.yml"_s);
    const Result<BotInfo> bot = TelegramParser::me(loadRubyVcr(path).first().body);
    QVERIFY2(bot.ok(), qPrintable(bot.error().message));
    QCOMPARE(bot.value().id, qint64(2200529744)); // more than 31 bits
    QCOMPARE(bot.value().username, u"alexwayfer_test_bot"_s);
    QCOMPARE(bot.value().firstName, u"Test bot"_s);
    QCOMPARE(bot.value().canReadAllGroupMessages, false);

    const Result<BotInfo> nadia = TelegramParser::me(
        loadExVcr(QDir(fixtureDir()).filePath(u"nadia/get_me.json"_s)).first().body);
    QCOMPARE(nadia.value().id, qint64(666));
    QCOMPARE(nadia.value().username, u"nadia_bot"_s);
    // getMyCommands answers a list: not a bot.
    const QString commands
        = QDir(fixtureDir())
              .filePath(
                  u"telegram-bot-ruby/spec/cassettes/Telegram_Bot_Api/_getMyCommands/1_6_1.yml"_s);
    QVERIFY(clearError(TelegramParser::me(loadRubyVcr(commands).first().body).error()));
}

void TestTelegramParser::recordedUnauthorized()
{
    REQUIRE_FIXTURES();
    for (const QString &name :
        { u"telegram-bot-ruby/spec/cassettes/Telegram_Bot_Api/_call/when_token_is_invalid/raises_an_error.yml"_s,
            u"telegram-bot-ruby/spec/cassettes/Telegram_Bot_Exceptions_ResponseError/has_error_code.yml"_s }) {
        const Recorded r = loadRubyVcr(QDir(fixtureDir()).filePath(name)).first();
        QCOMPARE(r.status, 401);
        const HttpFailure failure = TelegramParser::failure(r.status, r.body, now);
        QCOMPARE(failure.kind, HttpFailure::Kind::AuthFailed);
        QCOMPARE(failure.code, ErrorCode::Unavailable);
        QCOMPARE(failure.httpStatus, 401);
        QCOMPARE(failure.platformMessage, u"Unauthorized"_s);
        QVERIFY(failure.reason.contains(u"Unauthorized"_s));
        // The same body answered with 200 still reads as the error it is.
        const Result<FetchResult> updates = TelegramParser::updates(r.body, u"5"_s, {});
        QCOMPARE(updates.error().code, ErrorCode::Unavailable);
        QCOMPARE(updates.error().message, failure.reason);
    }
}

void TestTelegramParser::recordedUpdates_data()
{
    REQUIRE_FIXTURES_DATA();
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("platformId");
    QTest::addColumn<QString>("replyTo");
    QTest::addColumn<Millis>("createdAt");
    QTest::addColumn<Millis>("editedAt");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("cursor");
    QTest::newRow("message") << u"message.json"_s << u"Hi, world!"_s << u"12345678:11223"_s
                             << QString() << Millis(1508709711000) << Millis(0)
                             << u"FirstName LastName"_s << u"128527"_s;
    QTest::newRow("edited message")
        << u"edited_message.json"_s << u"hi there (edited)"_s << u"12345678:12345"_s << QString()
        << Millis(1508825372000) << Millis(1508825379000) << u"Name"_s << u"123456790"_s;
    QTest::newRow("reply") << u"reply_message.json"_s << u"Reply to quoted message"_s
                           << u"12345678:12345"_s << u"12345678:12345"_s << Millis(1508751866000)
                           << Millis(0) << u"Name"_s << u"123456790"_s;
    QTest::newRow("forwarded") << u"forwarded_message.json"_s << u"message text"_s
                               << u"12345678:12345"_s << QString() << Millis(1508912492000)
                               << Millis(0) << u"Name"_s << u"123456790"_s;
    QTest::newRow("photo with caption")
        << u"message_with_photo.json"_s << u"photo description\n[Photo]"_s << u"12345678:12345"_s
        << QString() << Millis(1508825154000) << Millis(0) << u"Name"_s << u"123456790"_s;
    QTest::newRow("document with caption")
        << u"message_with_document.json"_s << u"doc description\n[File: test.docx]"_s
        << u"12345678:12345"_s << QString() << Millis(1508768012000) << Millis(0) << u"Name"_s
        << u"123456790"_s;
}

void TestTelegramParser::recordedUpdates()
{
    QFETCH(QString, file);
    QFETCH(QString, text);
    QFETCH(QString, platformId);
    QFETCH(QString, replyTo);
    QFETCH(Millis, createdAt);
    QFETCH(Millis, editedAt);
    QFETCH(QString, author);
    QFETCH(QString, cursor);
    const QByteArray update
        = readFile(QDir(fixtureDir()).filePath(u"telegram_types/res/"_s + file));
    QVERIFY(!update.isEmpty());
    const Result<FetchResult> fetched = TelegramParser::updates(asUpdates(update), u"100"_s, {});
    QVERIFY2(fetched.ok(), qPrintable(fetched.error().message));
    QCOMPARE(fetched.value().messages.size(), 1);
    QCOMPARE(fetched.value().nextCursor, cursor);
    QCOMPARE(fetched.value().hasMore, false);
    const IncomingMessage &m = fetched.value().messages.first();
    QCOMPARE(m.text, text);
    QCOMPARE(m.platformId, platformId);
    QCOMPARE(m.replyToPlatformId, replyTo);
    QCOMPARE(m.createdAt, createdAt);
    QCOMPARE(m.editedAt, editedAt);
    QCOMPARE(m.authorName, author);
    QCOMPARE(m.authorPlatformId, u"12345678"_s);
    QCOMPARE(m.threadKey, u"chat:12345678"_s);
}

void TestTelegramParser::largeIds()
{
    // Ids beyond 32 bits, up to the 52 significant bits Telegram promises, and a 53-bit one for
    // good measure: read as integers, never through a float that would round them.
    const qint64 chat = -1009007199254740LL;
    const qint64 userId = 9007199254740991LL;
    QJsonObject m
        = message(chat, u"supergroup"_s, 4294967297LL, user(userId, u"Big"_s), u"hello"_s);
    const Result<FetchResult> fetched
        = TelegramParser::updates(updatesOf({ update(4294967296LL, u"message"_s, m) }), {}, {});
    QVERIFY(fetched.ok());
    const IncomingMessage &in = fetched.value().messages.first();
    QCOMPARE(in.platformId, u"-1009007199254740:4294967297"_s);
    QCOMPARE(in.authorPlatformId, u"9007199254740991"_s);
    QCOMPARE(in.threadKey, u"chat:-1009007199254740:4294967297"_s);
    QCOMPARE(fetched.value().nextCursor, u"4294967297"_s);
    QCOMPARE(TelegramParser::chatOf(in.threadKey)->chatId, chat);
    // Written as text in the JSON the same ids read the same (Qt keeps 64-bit integers exact).
    const QByteArray raw
        = R"({"ok":true,"result":[{"update_id":1,"message":{"message_id":2,"date":1785592302,"text":"x","chat":{"id":-1001234567890123,"type":"private"},"from":{"id":-1001234567890123,"first_name":"A"}}}]})";
    QCOMPARE(TelegramParser::updates(raw, {}, {}).value().messages.first().threadKey,
        u"chat:-1001234567890123"_s);
}

void TestTelegramParser::groupThreads()
{
    const qint64 group = -1001500000000LL;
    ParseContext context;
    context.botUserId = 42;
    // Our reply 500 is stored in case "case-1"; a basic-group reply to it joins that case.
    context.knownThread = [&](const QString &id) {
        return id == TelegramParser::platformId(-300, 500) ? u"case-1"_s : QString();
    };

    QJsonObject root = message(
        group, u"supergroup"_s, 100, user(7, u"Ann"_s, u"ann"_s), u"@shop_bot my parcel?"_s);
    root[u"chat"_s] = QJsonObject { { u"id"_s, group }, { u"type"_s, u"supergroup"_s },
        { u"username"_s, u"shopfans"_s } };
    QJsonObject reply = message(group, u"supergroup"_s, 105, user(8, u"Bob"_s), u"same here"_s);
    reply[u"message_thread_id"_s] = 100;
    reply[u"reply_to_message"_s] = QJsonObject { { u"message_id"_s, 103 } };
    QJsonObject topic = message(group, u"supergroup"_s, 210, user(7, u"Ann"_s), u"in a topic"_s);
    topic[u"message_thread_id"_s] = 200;
    topic[u"is_topic_message"_s] = true;
    QJsonObject basicReply = message(-300, u"group"_s, 501, user(7, u"Ann"_s), u"thanks, but"_s);
    basicReply[u"reply_to_message"_s] = QJsonObject { { u"message_id"_s, 500 } };
    QJsonObject basicNew = message(-300, u"group"_s, 502, user(9, u"Cy"_s), u"hi"_s);
    QJsonObject basicChild = message(-300, u"group"_s, 503, user(7, u"Ann"_s), u"and"_s);
    basicChild[u"reply_to_message"_s] = QJsonObject { { u"message_id"_s, 502 } };
    QJsonObject ours = message(-300, u"group"_s, 504, user(42, u"Shop bot"_s), u"we are on it"_s);

    const Result<FetchResult> fetched = TelegramParser::updates(
        updatesOf({ update(1, u"message"_s, root), update(2, u"message"_s, reply),
            update(3, u"message"_s, topic), update(4, u"message"_s, basicReply),
            update(5, u"message"_s, basicNew), update(6, u"message"_s, basicChild),
            update(7, u"message"_s, ours) }),
        u"1"_s, context);
    QVERIFY(fetched.ok());
    const QList<IncomingMessage> &m = fetched.value().messages;
    QCOMPARE(m.size(), 7);
    QCOMPARE(m.at(0).threadKey, u"chat:-1001500000000:100"_s);
    QCOMPARE(toString(m.at(0).visibility), toString(Visibility::Public));
    QCOMPARE(m.at(0).permalink, u"https://t.me/shopfans/100"_s);
    QCOMPARE(m.at(0).authorHandle, u"ann"_s);
    QCOMPARE(m.at(1).threadKey, u"chat:-1001500000000:100"_s); // message_thread_id names the root
    QCOMPARE(m.at(1).replyToPlatformId, u"-1001500000000:103"_s);
    QCOMPARE(m.at(2).threadKey, u"chat:-1001500000000:topic:200"_s);
    QCOMPARE(m.at(3).threadKey, u"case-1"_s);
    QCOMPARE(m.at(4).threadKey, u"chat:-300:502"_s);
    QCOMPARE(m.at(5).threadKey, u"chat:-300:502"_s); // its parent came earlier in the page
    QCOMPARE(toString(m.at(6).direction), toString(Direction::Out)); // the bot itself
    QCOMPARE(toString(m.at(5).direction), toString(Direction::In));
    QCOMPARE(fetched.value().nextCursor, u"8"_s);
}

void TestTelegramParser::businessMessages()
{
    QJsonObject in
        = message(555, u"private"_s, 10, user(555, u"Customer"_s), u"is the shop open?"_s);
    in[u"business_connection_id"_s] = u"AbC:d-e_f"_s;
    QJsonObject out = message(555, u"private"_s, 11, user(777, u"Owner"_s), u"yes, until 8"_s);
    out[u"business_connection_id"_s] = u"AbC:d-e_f"_s;
    QJsonObject edited = in;
    edited[u"edit_date"_s] = 1785592400;
    edited[u"text"_s] = u"is the shop open today?"_s;
    QJsonObject anonymous
        = message(555, u"private"_s, 12, user(555, u"Customer"_s), u"no connection"_s);
    const Result<FetchResult> fetched = TelegramParser::updates(
        updatesOf({ update(20, u"business_message"_s, in), update(21, u"business_message"_s, out),
            update(22, u"edited_business_message"_s, edited),
            update(23, u"business_message"_s, anonymous) }),
        {}, {});
    QVERIFY(fetched.ok());
    const QList<IncomingMessage> &m = fetched.value().messages;
    QCOMPARE(m.size(), 3);
    QCOMPARE(fetched.value().skipped, 1);
    QCOMPARE(m.at(0).threadKey, u"business:555:AbC:d-e_f"_s);
    QCOMPARE(toString(m.at(0).visibility), toString(Visibility::Private));
    QCOMPARE(toString(m.at(0).direction), toString(Direction::In));
    QCOMPARE(toString(m.at(1).direction), toString(Direction::Out)); // the business owner
    QCOMPARE(m.at(2).platformId, m.at(0).platformId);
    QCOMPARE(m.at(2).editedAt, Millis(1785592400000));
    const std::optional<ChatTarget> target = TelegramParser::chatOf(m.at(0).threadKey);
    QVERIFY(target);
    QCOMPARE(target->chatId, qint64(555));
    QCOMPARE(target->businessConnectionId, u"AbC:d-e_f"_s);
}

void TestTelegramParser::ignoredUpdates()
{
    QJsonObject post = message(-1002000000000LL, u"channel"_s, 5, {}, u"news"_s);
    post.remove(u"from"_s);
    QJsonObject joined = message(-300, u"group"_s, 6, user(7, u"Ann"_s), QString());
    joined.remove(u"text"_s);
    joined[u"new_chat_members"_s] = QJsonArray { user(8, u"Bob"_s) };
    QJsonObject channelAsMessage
        = message(-1002000000000LL, u"channel"_s, 7, user(7, u"Ann"_s), u"x"_s);
    const Result<FetchResult> fetched = TelegramParser::updates(
        updatesOf({ update(30, u"channel_post"_s, post), update(31, u"edited_channel_post"_s, post),
            update(32, u"message"_s, joined), update(33, u"message"_s, channelAsMessage),
            update(34, u"callback_query"_s, QJsonObject { { u"id"_s, u"1"_s } }),
            update(35, u"message_reaction"_s, QJsonObject {}) }),
        u"30"_s, {});
    QVERIFY(fetched.ok());
    QVERIFY(fetched.value().messages.isEmpty());
    QCOMPARE(fetched.value().skipped, 0);
    QCOMPARE(fetched.value().nextCursor, u"36"_s); // confirmed all the same
}

void TestTelegramParser::directions()
{
    // In a private chat the chat id is the customer: a message from anyone else is ours.
    QJsonObject fromBot = message(555, u"private"_s, 1, user(42, u"Shop bot"_s), u"hello"_s);
    QJsonObject anonymousAdmin = message(-300, u"supergroup"_s, 2, {}, u"admin speaking"_s);
    anonymousAdmin.remove(u"from"_s);
    anonymousAdmin[u"sender_chat"_s] = QJsonObject { { u"id"_s, -300 },
        { u"title"_s, u"Shop fans"_s }, { u"type"_s, u"supergroup"_s } };
    QJsonObject sticker = message(555, u"private"_s, 3, user(555, u"Eve"_s), QString());
    sticker.remove(u"text"_s);
    sticker[u"sticker"_s] = QJsonObject { { u"emoji"_s, u"😡"_s }, { u"file_id"_s, u"x"_s } };
    QJsonObject voice = message(555, u"private"_s, 4, user(555, u"Eve"_s), QString());
    voice.remove(u"text"_s);
    voice[u"voice"_s] = QJsonObject { { u"duration"_s, 3 } };
    const Result<FetchResult> fetched = TelegramParser::updates(
        updatesOf({ update(1, u"message"_s, fromBot), update(2, u"message"_s, anonymousAdmin),
            update(3, u"message"_s, sticker), update(4, u"message"_s, voice) }),
        {}, {});
    QVERIFY(fetched.ok());
    const QList<IncomingMessage> &m = fetched.value().messages;
    QCOMPARE(m.size(), 4);
    QCOMPARE(toString(m.at(0).direction), toString(Direction::Out));
    QCOMPARE(m.at(1).authorPlatformId, u"-300"_s);
    QCOMPARE(m.at(1).authorName, u"Shop fans"_s);
    QCOMPARE(m.at(2).text, u"[Sticker 😡]"_s);
    QCOMPARE(m.at(3).text, u"[Voice message]"_s);
}

void TestTelegramParser::cursor_data()
{
    QTest::addColumn<QString>("cursor");
    QTest::addColumn<QList<qint64>>("updateIds");
    QTest::addColumn<QString>("next");
    QTest::addColumn<bool>("hasMore");
    QTest::newRow("first poll") << QString() << QList<qint64> { 5, 6 } << u"7"_s << false;
    QTest::newRow("forward") << u"5"_s << QList<qint64> { 5, 6 } << u"7"_s << false;
    QTest::newRow("nothing new keeps the cursor") << u"9"_s << QList<qint64> {} << u"9"_s << false;
    QTest::newRow("never backwards") << u"1000"_s << QList<qint64> { 5, 6 } << u"1000"_s << false;
    QTest::newRow("negative offset is replaced")
        << u"-1"_s << QList<qint64> { 77 } << u"78"_s << false;
    QTest::newRow("garbage cursor is replaced")
        << u"abc"_s << QList<qint64> { 3 } << u"4"_s << false;
    QTest::newRow("out of order") << u"1"_s << QList<qint64> { 9, 4, 7 } << u"10"_s << false;
    QList<qint64> full;
    for (qint64 i = 1; i <= 100; ++i)
        full.append(i);
    QTest::newRow("a full answer asks for more") << u"1"_s << full << u"101"_s << true;
}

void TestTelegramParser::cursor()
{
    QFETCH(QString, cursor);
    QFETCH(QList<qint64>, updateIds);
    QFETCH(QString, next);
    QFETCH(bool, hasMore);
    QJsonArray updates;
    for (const qint64 id : std::as_const(updateIds))
        updates.append(
            update(id, u"message"_s, message(555, u"private"_s, id, user(555, u"Eve"_s), u"hi"_s)));
    const Result<FetchResult> fetched = TelegramParser::updates(updatesOf(updates), cursor, {});
    QVERIFY(fetched.ok());
    QCOMPARE(fetched.value().nextCursor, next);
    QCOMPARE(fetched.value().hasMore, hasMore);
    QCOMPARE(fetched.value().messages.size(), updateIds.size());
}

void TestTelegramParser::failures_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<HttpFailure::Kind>("kind");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<Millis>("retryAt");
    QTest::addColumn<QString>("reasonHas");

    QTest::newRow("429 retry_after")
        << 429
        << QByteArray(
               R"({"ok":false,"error_code":429,"description":"Too Many Requests: retry after 35","parameters":{"retry_after":35}})")
        << HttpFailure::Kind::RateLimited << ErrorCode::Unavailable << now + 35000 << u"35"_s;
    QTest::newRow("429 only in the description")
        << 429
        << QByteArray(
               R"({"ok":false,"error_code":429,"description":"Too Many Requests: retry after 7"})")
        << HttpFailure::Kind::RateLimited << ErrorCode::Unavailable << now + 7000 << u"7"_s;
    QTest::newRow("429 without a wait")
        << 429 << QByteArray(R"({"ok":false,"error_code":429})") << HttpFailure::Kind::RateLimited
        << ErrorCode::Unavailable << now + 30000 << u"30"_s;
    QTest::newRow("429 absurd wait is capped at a day")
        << 429
        << QByteArray(R"({"ok":false,"error_code":429,"parameters":{"retry_after":99999999999}})")
        << HttpFailure::Kind::RateLimited << ErrorCode::Unavailable << now + 86400000 << QString();
    QTest::newRow("429 in the body of a 200")
        << 200 << QByteArray(R"({"ok":false,"error_code":429,"parameters":{"retry_after":3}})")
        << HttpFailure::Kind::RateLimited << ErrorCode::Unavailable << now + 3000 << QString();
    QTest::newRow("401") << 401
                         << QByteArray(
                                R"({"ok":false,"error_code":401,"description":"Unauthorized"})")
                         << HttpFailure::Kind::AuthFailed << ErrorCode::Unavailable << Millis(0)
                         << u"Unauthorized"_s;
    QTest::newRow("404 malformed token")
        << 404 << QByteArray(R"({"ok":false,"error_code":404,"description":"Not Found"})")
        << HttpFailure::Kind::AuthFailed << ErrorCode::Unavailable << Millis(0) << u"Not Found"_s;
    QTest::newRow("403 blocked")
        << 403
        << QByteArray(
               R"({"ok":false,"error_code":403,"description":"Forbidden: bot was blocked by the user"})")
        << HttpFailure::Kind::Permanent << ErrorCode::Unavailable << Millis(0)
        << u"blocked by the user"_s;
    QTest::newRow("409 another reader")
        << 409
        << QByteArray(
               R"({"ok":false,"error_code":409,"description":"Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"})")
        << HttpFailure::Kind::Permanent << ErrorCode::Conflict << Millis(0) << u"only one"_s;
    QTest::newRow("409 webhook")
        << 409
        << QByteArray(
               R"({"ok":false,"error_code":409,"description":"Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"})")
        << HttpFailure::Kind::Permanent << ErrorCode::Conflict << Millis(0) << u"webhook"_s;
    QTest::newRow("400 migrated group")
        << 400
        << QByteArray(
               R"({"ok":false,"error_code":400,"description":"Bad Request: group chat was upgraded to a supergroup chat","parameters":{"migrate_to_chat_id":-1001234567890123}})")
        << HttpFailure::Kind::Permanent << ErrorCode::Invalid << Millis(0)
        << u"-1001234567890123"_s;
    QTest::newRow("400 too long")
        << 400
        << QByteArray(
               R"({"ok":false,"error_code":400,"description":"Bad Request: message is too long"})")
        << HttpFailure::Kind::Permanent << ErrorCode::Invalid << Millis(0)
        << u"message is too long"_s;
    QTest::newRow("500")
        << 500
        << QByteArray(
               R"({"ok":false,"error_code":500,"description":"Internal Server Error: restart"})")
        << HttpFailure::Kind::Retryable << ErrorCode::Unavailable << Millis(0) << u"restart"_s;
    QTest::newRow("502 HTML from nginx")
        << 502 << QByteArray("<html><head><title>502 Bad Gateway</title></head></html>")
        << HttpFailure::Kind::Retryable << ErrorCode::Unavailable << Millis(0) << u"502"_s;
    QTest::newRow("error_code of the wrong type")
        << 400 << QByteArray(R"({"ok":false,"error_code":"429"})") << HttpFailure::Kind::Permanent
        << ErrorCode::Invalid << Millis(0) << QString();
    QTest::newRow("hostile description")
        << 400
        << QByteArray(
               "{\"ok\":false,\"error_code\":400,\"description\":\"Bad\\u202e Request\\u0000\\n"
               + QByteArray(5000, 'x') + "\"}")
        << HttpFailure::Kind::Permanent << ErrorCode::Invalid << Millis(0) << u"Bad Request xxx"_s;
}

void TestTelegramParser::failures()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(HttpFailure::Kind, kind);
    QFETCH(ErrorCode, code);
    QFETCH(Millis, retryAt);
    QFETCH(QString, reasonHas);
    const HttpFailure failure = TelegramParser::failure(status, body, now);
    QCOMPARE(failure.kind, kind);
    QCOMPARE(failure.code, code);
    QCOMPARE(failure.retryAt, retryAt);
    QVERIFY2(failure.reason.contains(reasonHas), qPrintable(failure.reason));
    QVERIFY(failure.platformMessage.size() <= 500);
    QVERIFY(!failure.platformMessage.contains(QChar(0x202E)));
    const SendResult sent = failure.toSendResult();
    QCOMPARE(sent.outcome,
        kind == HttpFailure::Kind::Permanent ? SendOutcome::FailedPermanent
                                             : SendOutcome::FailedRetryable);
    QCOMPARE(sent.retryAt, retryAt);
}

void TestTelegramParser::threadKeysRoundTrip_data()
{
    QTest::addColumn<QString>("threadKey");
    QTest::addColumn<qint64>("chatId"); // 0: not a Telegram thread key
    QTest::addColumn<QString>("connection");
    QTest::addColumn<qint64>("topic");
    QTest::newRow("private") << u"chat:12345678"_s << qint64(12345678) << QString() << qint64(0);
    QTest::newRow("group root") << u"chat:-1001500000000:100"_s << qint64(-1001500000000)
                                << QString() << qint64(0);
    QTest::newRow("topic") << u"chat:-1001500000000:topic:200"_s << qint64(-1001500000000)
                           << QString() << qint64(200);
    QTest::newRow("business") << u"business:555:AbC:d"_s << qint64(555) << u"AbC:d"_s << qint64(0);
    QTest::newRow("mastodon key") << u"117020577157693549"_s << qint64(0) << QString() << qint64(0);
    QTest::newRow("dm key") << u"dm:7"_s << qint64(0) << QString() << qint64(0);
    QTest::newRow("chat without id") << u"chat:"_s << qint64(0) << QString() << qint64(0);
    QTest::newRow("chat zero") << u"chat:0"_s << qint64(0) << QString() << qint64(0);
    QTest::newRow("bad root") << u"chat:5:x"_s << qint64(0) << QString() << qint64(0);
    QTest::newRow("bad topic") << u"chat:5:topic:-1"_s << qint64(0) << QString() << qint64(0);
    QTest::newRow("too many parts") << u"chat:5:1:2:3"_s << qint64(0) << QString() << qint64(0);
    QTest::newRow("business without connection")
        << u"business:555:"_s << qint64(0) << QString() << qint64(0);
}

void TestTelegramParser::threadKeysRoundTrip()
{
    QFETCH(QString, threadKey);
    QFETCH(qint64, chatId);
    QFETCH(QString, connection);
    QFETCH(qint64, topic);
    const std::optional<ChatTarget> target = TelegramParser::chatOf(threadKey);
    QCOMPARE(target.has_value(), chatId != 0);
    if (!target)
        return;
    QCOMPARE(target->chatId, chatId);
    QCOMPARE(target->businessConnectionId, connection);
    QCOMPARE(target->topicId, topic);
}

void TestTelegramParser::malformed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("messages"); // -1: the answer is an error
    QTest::addColumn<int>("skipped");
    QTest::addColumn<QString>("next");

    const QJsonObject good
        = update(10, u"message"_s, message(555, u"private"_s, 1, user(555, u"Eve"_s), u"hi"_s));
    const auto withMessage = [&](const std::function<void(QJsonObject &)> &change) {
        QJsonObject m = message(555, u"private"_s, 2, user(555, u"Eve"_s), u"x"_s);
        change(m);
        return updatesOf({ good, update(11, u"message"_s, m) });
    };
    const QByteArray goodBody = updatesOf({ good });
    QTest::newRow("empty body") << QByteArray() << -1 << 0 << QString();
    QTest::newRow("HTML") << QByteArray("<html>Bad Gateway</html>") << -1 << 0 << QString();
    QTest::newRow("truncated") << goodBody.left(goodBody.size() / 2) << -1 << 0 << QString();
    QTest::newRow("no ok") << QByteArray(R"({"result":[]})") << -1 << 0 << QString();
    QTest::newRow("ok is text") << QByteArray(R"({"ok":"true","result":[]})") << -1 << 0
                                << QString();
    QTest::newRow("result is an object")
        << QByteArray(R"({"ok":true,"result":{}})") << -1 << 0 << QString();
    QTest::newRow("result missing") << QByteArray(R"({"ok":true})") << -1 << 0 << QString();
    QTest::newRow("a list") << QByteArray("[]") << -1 << 0 << QString();
    QTest::newRow("deeply nested")
        << QByteArray(R"({"ok":true,"result":)") + QByteArray(100000, '[') << -1 << 0 << QString();
    QTest::newRow("empty result") << QByteArray(R"({"ok":true,"result":[]})") << 0 << 0 << u"7"_s;
    QTest::newRow("updates not objects")
        << QByteArray(R"({"ok":true,"result":[1,"x",null,[]]})") << 0 << 4 << u"7"_s;
    QTest::newRow("update_id as text")
        << QByteArray(R"({"ok":true,"result":[{"update_id":"12","message":{}}]})") << 0 << 1
        << u"7"_s;
    QTest::newRow("update_id fractional")
        << QByteArray(R"({"ok":true,"result":[{"update_id":12.5}]})") << 0 << 1 << u"7"_s;
    QTest::newRow("chat id as text") << withMessage([](QJsonObject &m) {
        m[u"chat"_s] = QJsonObject { { u"id"_s, u"555"_s }, { u"type"_s, u"private"_s } };
    }) << 1 << 1 << u"12"_s;
    QTest::newRow("message_id fractional")
        << withMessage([](QJsonObject &m) { m[u"message_id"_s] = 2.5; }) << 1 << 1 << u"12"_s;
    QTest::newRow("message_id zero")
        << withMessage([](QJsonObject &m) { m[u"message_id"_s] = 0; }) << 1 << 1 << u"12"_s;
    QTest::newRow("date negative")
        << withMessage([](QJsonObject &m) { m[u"date"_s] = -5; }) << 1 << 1 << u"12"_s;
    QTest::newRow("date absurd") << withMessage([](QJsonObject &m) { m[u"date"_s] = 1e15; }) << 1
                                 << 1 << u"12"_s;
    QTest::newRow("no chat") << withMessage([](QJsonObject &m) { m.remove(u"chat"_s); }) << 1 << 1
                             << u"12"_s;
    QTest::newRow("message is a list") << updatesOf(
        { good, QJsonObject { { u"update_id"_s, 11 }, { u"message"_s, QJsonArray {} } } })
                                       << 1 << 1 << u"12"_s;
    QTest::newRow("no author at all")
        << withMessage([](QJsonObject &m) { m.remove(u"from"_s); }) << 1 << 1 << u"12"_s;
    QTest::newRow("text is a number")
        << withMessage([](QJsonObject &m) { m[u"text"_s] = 5; }) << 1 << 0 << u"12"_s;
    QTest::newRow("names of wrong types") << withMessage([](QJsonObject &m) {
        m[u"from"_s] = QJsonObject { { u"id"_s, 555 }, { u"first_name"_s, QJsonArray {} },
            { u"username"_s, 3 } };
        m[u"text"_s] = u"still read"_s;
    }) << 2 << 0 << u"12"_s;
    QTest::newRow("reply_to_message of a wrong type")
        << withMessage([](QJsonObject &m) { m[u"reply_to_message"_s] = u"1"_s; }) << 2 << 0
        << u"12"_s;
}

void TestTelegramParser::malformed()
{
    QFETCH(QByteArray, body);
    QFETCH(int, messages);
    QFETCH(int, skipped);
    QFETCH(QString, next);
    const Result<FetchResult> fetched = TelegramParser::updates(body, u"7"_s, {});
    QVERIFY(
        TelegramParser::sent(body, now).outcome != SendOutcome::Sent); // no Message in any of them
    QVERIFY(TelegramParser::me(body).ok() || clearError(TelegramParser::me(body).error()));
    if (messages < 0) {
        QVERIFY(clearError(fetched.error()));
        QCOMPARE(fetched.error().code, ErrorCode::Invalid);
        return;
    }
    QVERIFY2(fetched.ok(), qPrintable(fetched.error().message));
    QCOMPARE(fetched.value().messages.size(), messages);
    QCOMPARE(fetched.value().skipped, skipped);
    QCOMPARE(fetched.value().nextCursor, next);
}

void TestTelegramParser::hostileText()
{
    QJsonObject m = message(555, u"private"_s, 1, user(555, u"Eve\u202E\u200B"_s, u"e\u200Bve"_s),
        u"<img src=file:///etc/passwd> a < b \u202Egnp.exe\r\nline\u0007"_s);
    const Result<FetchResult> fetched
        = TelegramParser::updates(updatesOf({ update(1, u"message"_s, m) }), {}, {});
    QVERIFY(fetched.ok());
    const IncomingMessage &in = fetched.value().messages.first();
    // Telegram text is plain: markup stays visible as the characters it is.
    QCOMPARE(in.text, u"<img src=file:///etc/passwd> a < b gnp.exe\nline"_s);
    QCOMPARE(in.authorName, u"Eve"_s);
    QCOMPARE(in.authorHandle, u"eve"_s);
}

void TestTelegramParser::hiddenLinks()
{
    const QString text = u"Refund: click here or https://bank.example now 😡 end"_s;
    QJsonObject m = message(555, u"private"_s, 1, user(555, u"Eve"_s), text);
    const auto link = [](qint64 offset, qint64 length, const QJsonValue &url) {
        return QJsonObject { { u"type"_s, u"text_link"_s }, { u"offset"_s, offset },
            { u"length"_s, length }, { u"url"_s, url } };
    };
    m[u"entities"_s] = QJsonArray {
        link(8, 10, u"https://evil.example/a"_s), // "click here"
        link(22, 20, u"https://evil.example/b"_s), // a URL that is not the real one
        QJsonObject { { u"type"_s, u"bold"_s }, { u"offset"_s, 0 }, { u"length"_s, 6 } },
        link(47, 2, u"https://emoji.example"_s), // the emoji: UTF-16 units, as Telegram counts
        link(40, 100, u"https://out.example"_s), // beyond the text
        link(-1, 3, u"https://neg.example"_s), link(0, 6, 5), // url of the wrong type
    };
    QJsonObject captioned = message(555, u"private"_s, 2, user(555, u"Eve"_s), QString());
    captioned.remove(u"text"_s);
    captioned[u"photo"_s] = QJsonArray { QJsonObject { { u"file_id"_s, u"x"_s } } };
    captioned[u"caption"_s] = u"see https://shop.example/x"_s;
    captioned[u"caption_entities"_s] = QJsonArray { link(4, 22, u"https://shop.example/x"_s) };
    const Result<FetchResult> fetched = TelegramParser::updates(
        updatesOf({ update(1, u"message"_s, m), update(2, u"message"_s, captioned) }), {}, {});
    QVERIFY(fetched.ok());
    QCOMPARE(fetched.value().messages.at(0).text,
        u"Refund: click here (https://evil.example/a) or https://bank.example "
        u"(https://evil.example/b) "
        "now 😡 (https://emoji.example) end"_s);
    // A link named by its own address is left alone.
    QCOMPARE(fetched.value().messages.at(1).text, u"see https://shop.example/x\n[Photo]"_s);
}

void TestTelegramParser::hugeBatch()
{
    // More than 5 MB: a full answer of 100 updates, 4096-character texts with many entities.
    QJsonArray updates;
    const QString text = u"Где мой заказ? 😡 "_s.repeated(4096 / 17);
    QJsonArray entities;
    for (int i = 0; i < 1300; ++i)
        entities.append(
            QJsonObject { { u"offset"_s, i }, { u"length"_s, 1 }, { u"type"_s, u"bold"_s } });
    for (qint64 i = 1; i <= 100; ++i) {
        QJsonObject m
            = message(-1001500000000LL - i, u"supergroup"_s, i, user(1000 + i, u"Ivan"_s), text);
        m[u"entities"_s] = entities;
        updates.append(update(i, u"message"_s, m));
    }
    const QByteArray body = updatesOf(updates);
    QVERIFY(body.size() > 5 * 1024 * 1024);
    QElapsedTimer timer;
    timer.start();
    const Result<FetchResult> fetched = TelegramParser::updates(body, {}, {});
    const qint64 ms = timer.elapsed();
    qInfo("%lld bytes in %lld ms", qint64(body.size()), ms);
    QVERIFY(fetched.ok());
    QCOMPARE(fetched.value().messages.size(), 100);
    QCOMPARE(fetched.value().hasMore, true);
    QCOMPARE(fetched.value().nextCursor, u"101"_s);
    QCOMPARE(fetched.value().messages.first().text, text.trimmed());
    // Generous on a loaded machine; a quadratic path would take minutes.
    QVERIFY2(ms < 3000, qPrintable(u"took %1 ms"_s.arg(ms)));
}

void TestTelegramParser::cleanupTestCase()
{
    qInfo("%d recorded answers parsed", m_answers);
}

QTEST_GUILESS_MAIN(TestTelegramParser)
#include "tst_telegramparser.moc"
