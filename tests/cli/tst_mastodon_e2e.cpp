// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// End to end through caredesk-cli (a child process) against a Mastodon instance played by the
// replay server in this process: add an account with its token on standard input (into the real
// Secret Service that tests/support/with-services.sh starts), sync, see the mentions as cases,
// reply publicly and privately, sync, and check exactly what the server received. Then the token:
// in the keychain, and nowhere in the workspace, the settings or the output. A revoked token
// pauses the account without losing the reply; a missing Secret Service refuses the account.
#include "app/platforms/liveconnector.h"
#include "app/runtime/connectors.h"
#include "app/storage/keychainsecretstore.h"
#include "tests/support/fakeplatform.h"
#include "tests/support/replayserver.h"

#include <QDir>
#include <QDirIterator>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;
using namespace CareDesk::Test;

namespace {

// Made up for the test and long enough that finding it anywhere cannot be chance.
const QString token = u"e2e-token-Zq7Vb3Kx9Lm2Np5Rt8Wy"_s;

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestMastodonEndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void addSyncReply();
    void revokedTokenPausesTheAccount();
    void missingSecretServiceRefusesTheAccount();
    void tokenIsOnlyInTheKeychain();

private:
    CliRun cli(const QStringList &arguments, const QByteArray &input = {},
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    QString workspacePath() const { return m_dir.filePath(u"workspace.sqlite"_s); }
    QList<QJsonObject> inbox();
    QString idempotencyKey(const QString &outboxId);
    QString readToken(Id accountId);

    QTemporaryDir m_dir;
    ReplayServer m_server;
    std::unique_ptr<FakePlatform> m_platform;
    QList<CliRun> m_runs; ///< every output, searched for the token at the end
    QString m_skip;
};

void TestMastodonEndToEnd::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFileInfo::exists(qEnvironmentVariable("CAREDESK_CLI")));
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        const QByteArray why
            = "No Secret Service: run the tests through tests/support/with-services.sh.";
        if (qEnvironmentVariable("CI") == u"true"_s)
            QFAIL(why.constData());
        QSKIP(why.constData());
    }
    FakePlatform::Options options;
    options.mastodonToken = token;
    options.mentions = 3;
    options.directMessages = 1;
    m_platform = std::make_unique<FakePlatform>(options);
    m_server.setHandler(
        [this](const RecordedRequest &request) { return m_platform->handle(request); });
    QVERIFY(m_server.listen());
    QCOMPARE(cli({ u"workspace"_s, u"init"_s }).exitCode, 0);
}

void TestMastodonEndToEnd::cleanupTestCase()
{
    // Leave no token behind in the test keyring.
    if (m_skip.isEmpty() && QFileInfo::exists(workspacePath()))
        cli({ u"accounts"_s, u"remove"_s, u"1"_s });
}

CliRun TestMastodonEndToEnd::cli(
    const QStringList &arguments, const QByteArray &input, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("CAREDESK_CLI"),
        QStringList { u"--workspace"_s, workspacePath() } + arguments);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    // The server lives in this process: keep its event loop turning while the child runs.
    QElapsedTimer timer;
    timer.start();
    while (process.state() != QProcess::NotRunning && timer.elapsed() < 120000)
        QTest::qWait(10);
    process.waitForFinished(1000);
    CliRun run { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(), process.readAllStandardError() };
    m_runs.append(run);
    if (run.exitCode != 0)
        qInfo("caredesk-cli %s: exit %d: %s", qPrintable(arguments.join(u' ')), run.exitCode,
            run.err.constData());
    return run;
}

QList<QJsonObject> TestMastodonEndToEnd::inbox()
{
    const CliRun run = cli({ u"inbox"_s, u"--all"_s, u"--json"_s });
    QList<QJsonObject> cases;
    const QJsonArray rows = QJsonDocument::fromJson(run.out).array();
    for (const QJsonValue &row : rows)
        cases.append(row.toObject());
    return cases;
}

QString TestMastodonEndToEnd::idempotencyKey(const QString &outboxId)
{
    QString key;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"e2e-read"_s);
        db.setDatabaseName(workspacePath());
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(u"SELECT idempotency_key FROM outbox WHERE id = ?"_s);
            query.addBindValue(outboxId.toLongLong());
            if (query.exec() && query.next())
                key = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(u"e2e-read"_s);
    return key;
}

QString TestMastodonEndToEnd::readToken(Id accountId)
{
    qint64 createdAt = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"e2e-info"_s);
        db.setDatabaseName(workspacePath());
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery query(u"SELECT created_at FROM workspace WHERE id = 1"_s, db);
            if (query.next())
                createdAt = query.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(u"e2e-info"_s);
    WorkspaceInfo info;
    info.createdAt = createdAt;
    KeychainSecretStore secrets(Connectors::secretService(info));
    QFuture<Result<QString>> read = secrets.read(LiveConnector::tokenKey(accountId));
    QElapsedTimer timer;
    timer.start();
    while (!read.isFinished() && timer.elapsed() < 20000)
        QTest::qWait(10);
    return read.isFinished() && read.result().ok() ? read.result().value() : u"<unreadable>"_s;
}

void TestMastodonEndToEnd::addSyncReply()
{
    // The token goes in on standard input, with the line ending a shell adds.
    const CliRun added
        = cli({ u"accounts"_s, u"add"_s, u"--platform"_s, u"mastodon"_s, u"--handle"_s, u"brand"_s,
                  u"--base-url"_s, m_server.url().toString(), u"--token-stdin"_s, u"--json"_s },
            token.toUtf8() + '\n');
    QCOMPARE(added.exitCode, 0);
    const QJsonObject account = QJsonDocument::fromJson(added.out).object();
    QCOMPARE(account.value(u"id"_s).toString(), u"1"_s);
    QCOMPARE(account.value(u"platform"_s).toString(), u"mastodon"_s);
    QCOMPARE(account.value(u"base_url"_s).toString(), m_server.url().toString());
    QVERIFY(account.value(u"token_stored"_s).toBool());
    QCOMPARE(readToken(1), token);

    const CliRun listed = cli({ u"accounts"_s, u"list"_s, u"--json"_s });
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 1);

    const CliRun first = cli({ u"sync"_s, u"--once"_s, u"--json"_s });
    QCOMPARE(first.exitCode, 0);
    const QJsonObject summary = QJsonDocument::fromJson(first.out).object();
    QCOMPARE(summary.value(u"received"_s).toInt(), 4);
    QCOMPARE(summary.value(u"sent"_s).toInt(), 0);

    // Three mentions and one direct message, each a case like demo traffic.
    const QList<QJsonObject> cases = inbox();
    QCOMPARE(cases.size(), 4);
    QJsonObject mentionCase;
    for (const QJsonObject &c : cases) {
        QCOMPARE(c.value(u"platform"_s).toString(), u"mastodon"_s);
        QCOMPARE(c.value(u"account_id"_s).toString(), u"1"_s);
        if (c.value(u"thread"_s).toString() == u"100002"_s)
            mentionCase = c;
    }
    QVERIFY(!mentionCase.isEmpty());
    QCOMPARE(mentionCase.value(u"customer"_s).toString(), u"Customer 2"_s);
    QCOMPARE(mentionCase.value(u"snippet"_s).toString(), u"@brand My order 2 has not arrived."_s);

    const QString caseId = mentionCase.value(u"id"_s).toString();
    const CliRun publicReply = cli({ u"reply"_s, caseId, u"--text"_s,
        u"We are sorry: it ships today & costs nothing+"_s, u"--json"_s });
    QCOMPARE(publicReply.exitCode, 0);
    const CliRun privateReply = cli({ u"reply"_s, caseId, u"--text"_s,
        u"Please send me your order number."_s, u"--private"_s, u"--json"_s });
    QCOMPARE(privateReply.exitCode, 0);
    const QString publicId
        = QJsonDocument::fromJson(publicReply.out).object().value(u"id"_s).toString();
    const QString privateId
        = QJsonDocument::fromJson(privateReply.out).object().value(u"id"_s).toString();

    m_server.clearRequests();
    const CliRun second = cli({ u"sync"_s, u"--once"_s, u"--json"_s });
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(second.out).object().value(u"sent"_s).toInt(), 2);

    // Exactly what the server received.
    const QList<RecordedRequest> requests = m_server.requests();
    QVERIFY(!requests.isEmpty());
    for (const RecordedRequest &request : requests)
        QCOMPARE(request.header("Authorization"), QByteArray("Bearer " + token.toUtf8()));
    const QList<RecordedRequest> notifications
        = m_server.requests("GET", u"/api/v1/notifications"_s);
    QCOMPARE(notifications.size(), 1);
    QCOMPARE(notifications.first().queryValue(u"min_id"_s), u"3"_s); // the stored cursor
    QCOMPARE(notifications.first().queryValues(u"types[]"_s), QStringList { u"mention"_s });
    QCOMPARE(m_server.requests("GET", u"/api/v1/conversations"_s).first().queryValue(u"min_id"_s),
        u"200001"_s);

    const QList<RecordedRequest> posts = m_server.requests("POST", u"/api/v1/statuses"_s);
    QCOMPARE(posts.size(), 2);
    const QHash<QString, QString> publicForm = posts.at(0).form();
    QCOMPARE(publicForm.size(), 3);
    QCOMPARE(publicForm.value(u"status"_s),
        u"@customer2@remote.example We are sorry: it ships today & costs nothing+"_s);
    QCOMPARE(publicForm.value(u"in_reply_to_id"_s), u"100002"_s);
    QCOMPARE(publicForm.value(u"visibility"_s), u"public"_s);
    QCOMPARE(QString::fromUtf8(posts.at(0).header("Idempotency-Key")), idempotencyKey(publicId));
    QVERIFY(!idempotencyKey(publicId).isEmpty());

    const QHash<QString, QString> privateForm = posts.at(1).form();
    QCOMPARE(privateForm.size(), 2);
    QCOMPARE(privateForm.value(u"status"_s),
        u"@customer2@remote.example Please send me your order number."_s);
    QCOMPARE(privateForm.value(u"visibility"_s), u"direct"_s);
    QCOMPARE(QString::fromUtf8(posts.at(1).header("Idempotency-Key")), idempotencyKey(privateId));
    QVERIFY(idempotencyKey(publicId) != idempotencyKey(privateId));

    // The replies are sent, with the ids Mastodon gave them, and joined the thread.
    const QJsonArray outbox
        = QJsonDocument::fromJson(cli({ u"outbox"_s, u"--json"_s }).out).array();
    QCOMPARE(outbox.size(), 2);
    for (const QJsonValue &row : outbox)
        QCOMPARE(row.toObject().value(u"state"_s).toString(), u"sent"_s);
    QCOMPARE(m_platform->posts().size(), 2);
    const QJsonObject shown
        = QJsonDocument::fromJson(cli({ u"show"_s, caseId, u"--json"_s }).out).object();
    const QJsonArray messages = shown.value(u"messages"_s).toArray();
    QCOMPARE(messages.size(), 3);
    QCOMPARE(
        messages.at(1).toObject().value(u"platform_id"_s).toString(), m_platform->posts().at(0).id);
    QCOMPARE(messages.at(2).toObject().value(u"visibility"_s).toString(), u"private"_s);
}

void TestMastodonEndToEnd::revokedTokenPausesTheAccount()
{
    const QList<QJsonObject> cases = inbox();
    QVERIFY(!cases.isEmpty());
    QCOMPARE(
        cli({ u"reply"_s, cases.first().value(u"id"_s).toString(), u"--text"_s, u"Still there?"_s })
            .exitCode,
        0);

    // The instance revokes the token: every request is refused with 401.
    FakePlatform::Options options;
    options.mastodonToken = u"another-token"_s;
    auto previous = std::exchange(m_platform, std::make_unique<FakePlatform>(options));
    const CliRun paused = cli({ u"sync"_s, u"--once"_s });
    QCOMPARE(paused.exitCode, 5);
    QVERIFY2(paused.err.contains("access token"), paused.err.constData());
    QVERIFY(!paused.err.contains(token.toUtf8()));
    // The reply waits in the outbox, queued, for the account to get a valid token.
    const QJsonArray outbox
        = QJsonDocument::fromJson(cli({ u"outbox"_s, u"--json"_s }).out).array();
    QCOMPARE(outbox.first().toObject().value(u"state"_s).toString(), u"queued"_s);
    QVERIFY(m_platform->posts().isEmpty());
    m_platform = std::move(previous);
}

void TestMastodonEndToEnd::missingSecretServiceRefusesTheAccount()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s);
    const CliRun refused
        = cli({ u"accounts"_s, u"add"_s, u"--platform"_s, u"telegram"_s, u"--handle"_s,
                  u"brand_bot"_s, u"--base-url"_s, m_server.url().toString(), u"--token-stdin"_s },
            "123456:another-secret\n", environment);
    QCOMPARE(refused.exitCode, 5);
    QVERIFY2(refused.err.contains("keychain"), refused.err.constData());
    QCOMPARE(refused.err.count('\n'), 1); // one sentence
    const QJsonArray accounts
        = QJsonDocument::fromJson(cli({ u"accounts"_s, u"list"_s, u"--json"_s }).out).array();
    QCOMPARE(accounts.size(), 1); // not added

    // And never from the command line.
    const CliRun onCommandLine = cli({ u"accounts"_s, u"add"_s, u"--platform"_s, u"telegram"_s,
        u"--handle"_s, u"brand_bot"_s, u"--token"_s, u"123456:x"_s });
    QCOMPARE(onCommandLine.exitCode, 2);
    const CliRun plainHttp
        = cli({ u"accounts"_s, u"add"_s, u"--platform"_s, u"mastodon"_s, u"--handle"_s, u"brand"_s,
                  u"--base-url"_s, u"http://mastodon.example"_s, u"--token-stdin"_s },
            "x\n");
    QCOMPARE(plainHttp.exitCode, 2);
    QVERIFY(plainHttp.err.contains("https"));
}

void TestMastodonEndToEnd::tokenIsOnlyInTheKeychain()
{
    QCOMPARE(readToken(1), token);
    const QByteArray secret = token.toUtf8();
    // Output of every command this test ran.
    for (const CliRun &run : std::as_const(m_runs)) {
        QVERIFY(!run.out.contains(secret));
        QVERIFY(!run.err.contains(secret));
    }
    // The workspace (with its WAL and journal), and every file under the home folder (settings,
    // caches, logs). The keyring there is encrypted, so the plain token is not in it either.
    QStringList roots { m_dir.path() };
    if (!qEnvironmentVariableIsEmpty("CAREDESK_IN_DBUS_SESSION")) {
        // with-services.sh gave the tests a home of their own: search all of it.
        roots.append(QDir::homePath());
    } else {
        for (auto location : { QStandardPaths::GenericConfigLocation,
                 QStandardPaths::GenericDataLocation, QStandardPaths::GenericCacheLocation })
            roots.append(QDir(QStandardPaths::writableLocation(location)).filePath(u"CareDesk"_s));
    }
    int searched = 0;
    for (const QString &root : std::as_const(roots)) {
        QDirIterator files(
            root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.size() > 64 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
                continue;
            ++searched;
            QVERIFY2(!file.readAll().contains(secret), qPrintable(file.fileName()));
        }
    }
    QVERIFY(searched >= 1);
    QVERIFY(QFileInfo::exists(workspacePath()));
}

QTEST_GUILESS_MAIN(TestMastodonEndToEnd)
#include "tst_mastodon_e2e.moc"
