// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sync engine the desktop and `caredesk-cli sync` share, on a real SQLite workspace against
// a Mastodon instance served by the replay server: mentions become cases, the health (last sync,
// rate-limit budget) is stored for every program to see, a dropped stream falls back to polling
// and catches up from the min_id cursor, and a refused token pauses the account without losing
// its queued reply.
#include "app/platforms/liveconnector.h"
#include "app/platforms/mastodon/mastodonstreaming.h"
#include "app/platforms/outboxsender.h"
#include "app/runtime/syncengine.h"
#include "app/runtime/workspace.h"
#include "tests/support/memorysecretstore.h"
#include "tests/support/pgfixture.h"
#include "tests/support/replayserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;
using namespace CareDesk::Test;

namespace {

const QString token = u"engine-token"_s;

template <typename T> Result<T> wait(QFuture<Result<T>> future)
{
    QElapsedTimer timer;
    timer.start();
    while (!future.isFinished() && timer.elapsed() < 20000)
        QTest::qWait(5);
    if (!future.isFinished() || future.resultCount() == 0)
        return Error { ErrorCode::Internal, u"timed out"_s };
    return future.result();
}

QJsonObject notification(int id)
{
    const QJsonObject account { { u"id"_s, QString::number(7000 + id) },
        { u"username"_s, u"c%1"_s.arg(id) }, { u"acct"_s, u"c%1@remote.example"_s.arg(id) },
        { u"display_name"_s, u"Customer %1"_s.arg(id) } };
    const QJsonObject status { { u"id"_s, QString::number(50000 + id) },
        { u"created_at"_s, u"2026-07-01T10:00:00.000Z"_s },
        { u"in_reply_to_id"_s, QJsonValue::Null }, { u"visibility"_s, u"public"_s },
        { u"spoiler_text"_s, u""_s },
        { u"url"_s, u"https://remote.example/@c/%1"_s.arg(50000 + id) },
        { u"content"_s, u"<p>@brand help with order %1</p>"_s.arg(id) }, { u"account"_s, account },
        { u"mentions"_s, QJsonArray {} }, { u"media_attachments"_s, QJsonArray {} } };
    return QJsonObject { { u"id"_s, QString::number(id) }, { u"type"_s, u"mention"_s },
        { u"created_at"_s, u"2026-07-01T10:00:00.000Z"_s }, { u"account"_s, account },
        { u"status"_s, status } };
}

QByteArray compact(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

/// A Mastodon instance: notifications after min_id, newest first; a streaming endpoint.
struct FakeInstance {
    QList<int> mentions;
    bool refuse = false;
    bool streaming = true;

    ReplayResponse handle(const RecordedRequest &request) const
    {
        if (refuse || request.header("Authorization") != "Bearer " + token.toUtf8())
            return ReplayResponse::json(R"({"error":"The access token was revoked"})", 401);
        const ReplayHeaders budget { { "X-RateLimit-Limit", "300" },
            { "X-RateLimit-Remaining", "287" },
            { "X-RateLimit-Reset", "2099-01-01T00:00:00.000Z" } };
        if (request.path == u"/api/v1/accounts/verify_credentials"_s)
            return ReplayResponse::json(R"({"id":"1","username":"brand","acct":"brand"})");
        if (request.path == u"/api/v2/instance"_s)
            return ReplayResponse::json(R"({"configuration":{"statuses":{"max_characters":500}}})");
        if (request.path == u"/api/v1/conversations"_s)
            return ReplayResponse::json("[]", 200, budget);
        if (request.path == u"/api/v1/notifications"_s) {
            const int after = request.queryValue(u"min_id"_s).toInt();
            QJsonArray items;
            for (auto it = mentions.crbegin(); it != mentions.crend(); ++it) {
                if (*it > after)
                    items.append(notification(*it));
            }
            return ReplayResponse::json(compact(items), 200, budget);
        }
        if (request.path == Mastodon::streamingPath.toString()) {
            if (!streaming)
                return ReplayResponse::json(R"({"error":"Not found"})", 404);
            return ReplayResponse::eventStream(":)\n");
        }
        if (request.path == u"/api/v1/statuses"_s)
            return ReplayResponse::json(R"({"id":"99"})");
        return ReplayResponse::json(R"({"error":"Record not found"})", 404);
    }
};

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pollsMentionsIntoCasesAndStoresHealth_data();
    void pollsMentionsIntoCasesAndStoresHealth();
    void droppedStreamFallsBackAndCatchesUp();
    void refusedTokenPausesWithoutLosingReplies();

private:
    Account addAccount();
    int caseCount();
    QList<int> minIdsAsked() const;

    void openWorkspace(const DatabaseConfig &config);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PgFixture> m_pg;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ReplayServer> m_server;
    FakeInstance m_instance;
    MemorySecretStore m_secrets;
    QNetworkAccessManager m_network;
};

void TestSyncEngine::openWorkspace(const DatabaseConfig &config)
{
    m_workspace.reset();
    auto clock = std::make_shared<SystemClock>();
    const Result<WorkspaceInfo> info
        = Workspace::initialize(config, WorkspaceKind::Standard, *clock, false);
    QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().message));
    m_workspace = std::make_unique<Workspace>(config, clock);
}

void TestSyncEngine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    openWorkspace(DatabaseConfig::sqlite(m_dir->filePath(u"engine.caredesk"_s)));
    m_server = std::make_unique<ReplayServer>();
    QVERIFY(m_server->listen());
    m_instance = FakeInstance {};
    m_server->setHandler([this](const RecordedRequest &r) { return m_instance.handle(r); });
}

void TestSyncEngine::cleanup()
{
    m_server.reset();
    m_workspace.reset();
    m_pg.reset();
    m_dir.reset();
}

Account TestSyncEngine::addAccount()
{
    Account account;
    account.platform = Platform::Mastodon;
    account.connector = ConnectorKind::Live;
    account.handle = u"brand"_s;
    account.baseUrl = m_server->url().toString();
    Result<Account> added = wait(m_workspace->accounts().add(account));
    if (!added.ok())
        return {};
    m_secrets.write(LiveConnector::tokenKey(added.value().id), token);
    return added.value();
}

int TestSyncEngine::caseCount()
{
    InboxQuery query;
    query.limit = 0;
    Result<CasePage> page = wait(m_workspace->cases().inbox(query));
    return page.ok() ? int(page.value().rows.size()) : -1;
}

QList<int> TestSyncEngine::minIdsAsked() const
{
    QList<int> ids;
    for (const RecordedRequest &r : m_server->requests("GET", u"/api/v1/notifications"_s))
        ids.append(r.queryValue(u"min_id"_s).toInt());
    return ids;
}

void TestSyncEngine::pollsMentionsIntoCasesAndStoresHealth_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgresql") << true;
}

void TestSyncEngine::pollsMentionsIntoCasesAndStoresHealth()
{
    QFETCH(bool, postgres);
    if (postgres) {
        if (!PgFixture::available()) {
            if (underCi())
                QFAIL("CAREDESK_TEST_PG is not set under CI=true");
            QSKIP("CAREDESK_TEST_PG is not set; run the tests through "
                  "tests/support/with-services.sh");
        }
        m_pg = std::make_unique<PgFixture>();
        QVERIFY2(m_pg->isValid(), qPrintable(m_pg->error()));
        openWorkspace(m_pg->config());
    }
    m_instance.mentions = { 1, 2, 3 };
    m_instance.streaming = false;
    const Account account = addAccount();
    QVERIFY(account.id > 0);
    SyncEngine::Options options;
    options.reporter = u"desktop"_s;
    options.pollIntervalMs = 60 * 60 * 1000;
    options.streamReconnectMs = 60 * 60 * 1000;
    SyncEngine engine(*m_workspace, m_network, m_secrets, options);
    QSignalSpy received(&engine, &SyncEngine::received);
    QVERIFY(engine.addAccount(account).ok());
    QCOMPARE(engine.pollerCount(), 1);
    engine.start();
    QTRY_COMPARE(caseCount(), 3);
    QTRY_VERIFY(!received.isEmpty());

    // The health every program sees: last sync, next poll, the budget from the headers.
    AccountHealthRecord health;
    QTRY_VERIFY([&] {
        const Result<QList<AccountHealthRecord>> list = wait(m_workspace->accountHealth().list());
        if (!list.ok() || list.value().isEmpty())
            return false;
        health = list.value().first();
        return health.lastSyncAt > 0 && health.rateLimitRemaining == 287 && health.nextPollAt > 0;
    }());
    QCOMPARE(health.accountId, account.id);
    QCOMPARE(health.rateLimit, 300);
    QVERIFY(health.rateLimitResetAt > 0);
    QVERIFY(!health.paused);
    QCOMPARE(health.reporter, u"desktop"_s);
    engine.stop();
    // The lease is given back: another program may poll at once.
    QVERIFY(wait(m_workspace->team().acquirePollLease(account.id, u"other"_s, 1000)).value());
}

void TestSyncEngine::droppedStreamFallsBackAndCatchesUp()
{
    m_instance.mentions = { 1 };
    const Account account = addAccount();
    SyncEngine::Options options;
    options.pollIntervalMs = 60 * 60 * 1000; // polls happen only when the stream asks for them
    options.streamingPollIntervalMs = 60 * 60 * 1000;
    options.streamReconnectMs = 30;
    SyncEngine engine(*m_workspace, m_network, m_secrets, options);
    QVERIFY(engine.addAccount(account).ok());
    engine.start();
    QTRY_COMPARE(caseCount(), 1);
    // The stream opens after the first poll, and its opening catches up from the cursor.
    QTRY_COMPARE(m_server->openStreams(), 1);
    QTRY_VERIFY(engine.health(account.id).streaming);
    QTRY_VERIFY(minIdsAsked().contains(1));

    // A mention on the stream lands without a poll.
    const int pollsBefore = int(minIdsAsked().size());
    m_instance.mentions.append(2);
    m_server->pushStream("event: notification\ndata: " + compact(notification(2)) + "\n\n");
    QTRY_COMPARE(caseCount(), 2);
    QCOMPARE(int(minIdsAsked().size()), pollsBefore);

    // Mention 3 comes while the stream is down: the fallback poll catches it up from min_id.
    m_instance.mentions.append(3);
    m_server->dropStreams();
    QTRY_COMPARE(caseCount(), 3);
    QVERIFY(minIdsAsked().size() > pollsBefore);
    // The stream reconnects and catches up again, from the cursor the polls moved.
    QTRY_VERIFY(m_server->requests("GET", Mastodon::streamingPath.toString()).size() >= 2);
    QTRY_COMPARE(m_server->openStreams(), 1);
    QTRY_VERIFY(minIdsAsked().contains(3));
    QTRY_VERIFY(engine.health(account.id).streaming);
    QCOMPARE(caseCount(), 3);
    engine.stop();
}

void TestSyncEngine::refusedTokenPausesWithoutLosingReplies()
{
    m_instance.mentions = { 1 };
    m_instance.streaming = false;
    const Account account = addAccount();
    SyncEngine::Options options;
    options.pollIntervalMs = 60 * 60 * 1000;
    options.senderIntervalMs = 50;
    options.streamReconnectMs = 60 * 60 * 1000;
    SyncEngine engine(*m_workspace, m_network, m_secrets, options);
    QSignalSpy paused(&engine, &SyncEngine::pausedChanged);
    QVERIFY(engine.addAccount(account).ok());
    engine.start();
    QTRY_COMPARE(caseCount(), 1);
    InboxQuery query;
    const Id caseId = wait(m_workspace->cases().inbox(query)).value().rows.first().value.id;

    m_instance.refuse = true; // the token was revoked on the instance
    const Result<OutboxItem> queued
        = wait(m_workspace->outbox().enqueue(caseId, u"We are on it."_s, Visibility::Public, 0));
    QVERIFY(queued.ok());
    engine.sender().kick();
    QTRY_COMPARE(paused.size(), 1);
    QCOMPARE(paused.first().at(1).toBool(), true);
    QVERIFY(!paused.first().at(2).toString().isEmpty());
    QVERIFY(!paused.first().at(2).toString().contains(token));

    AccountHealthRecord health;
    QTRY_VERIFY([&] {
        const Result<QList<AccountHealthRecord>> list = wait(m_workspace->accountHealth().list());
        if (!list.ok() || list.value().isEmpty())
            return false;
        health = list.value().first();
        return health.paused;
    }());
    QCOMPARE(health.queued, 1);
    QCOMPARE(health.failed, 0);
    const Result<QList<OutboxItem>> rows = wait(m_workspace->outbox().list(10));
    QCOMPARE(toString(rows.value().first().state), toString(OutboxState::Queued));
    QCOMPARE(m_server->requests("POST", u"/api/v1/statuses"_s).size(), 1);
    engine.stop();
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
