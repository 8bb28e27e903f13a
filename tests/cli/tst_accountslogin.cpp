// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// caredesk-cli accounts test and accounts login, as a user runs them, against a Mastodon instance
// on the replay server and the Secret Service that tests/support/with-services.sh starts: a test
// without a token fails clearly; login prints the authorization address, takes the browser's
// redirect on 127.0.0.1, exchanges the code with PKCE and stores the token, after which the test
// succeeds; the token appears in no output.
#include "tests/support/fakeplatform.h"
#include "tests/support/replayserver.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk::Test;

namespace {

const QString oauthToken = u"oauth-token-Hq4Lr8Tz2Wx6Yc1Vb5"_s;

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestAccountsLogin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void testWithoutTokenFails();
    void loginStoresTheToken();
    void loginIsForMastodonOnly();
    void testUnknownAccount();

private:
    QProcess *startCli(const QStringList &arguments, const QByteArray &input = {});
    CliRun finish(QProcess *process);
    CliRun cli(const QStringList &arguments, const QByteArray &input = {})
    {
        return finish(startCli(arguments, input));
    }

    QTemporaryDir m_dir;
    ReplayServer m_server;
    std::unique_ptr<FakePlatform> m_platform;
    QList<CliRun> m_runs;
};

void TestAccountsLogin::initTestCase()
{
    QVERIFY(QFileInfo::exists(qEnvironmentVariable("CAREDESK_CLI")));
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        const QByteArray why
            = "No Secret Service: run the tests through tests/support/with-services.sh.";
        if (qEnvironmentVariable("CI") == u"true"_s)
            QFAIL(why.constData());
        QSKIP(why.constData());
    }
    FakePlatform::Options options;
    options.mastodonToken = oauthToken;
    m_platform = std::make_unique<FakePlatform>(options);
    m_server.setHandler([this](const RecordedRequest &request) {
        if (request.path == u"/api/v1/apps"_s)
            return ReplayResponse::json(R"({"client_id":"cid-1","client_secret":"csecret-1"})");
        if (request.path == u"/oauth/token"_s) {
            if (request.form().value(u"code"_s) != u"the-code"_s
                || request.form().value(u"code_verifier"_s).size() < 43)
                return ReplayResponse::json(R"({"error":"invalid_grant"})", 400);
            return ReplayResponse::json(
                R"({"access_token":")" + oauthToken.toUtf8() + R"(","token_type":"Bearer"})");
        }
        return m_platform->handle(request);
    });
    QVERIFY(m_server.listen());
    QCOMPARE(cli({ u"workspace"_s, u"init"_s }).exitCode, 0);
    QCOMPARE(cli({ u"accounts"_s, u"add"_s, u"--platform"_s, u"mastodon"_s, u"--handle"_s,
                     u"brand"_s, u"--base-url"_s, m_server.url().toString() })
                 .exitCode,
        0);
    QCOMPARE(cli({ u"accounts"_s, u"add"_s, u"--platform"_s, u"telegram"_s, u"--handle"_s, u"bot"_s,
                     u"--base-url"_s, m_server.url().toString() })
                 .exitCode,
        0);
}

void TestAccountsLogin::cleanupTestCase()
{
    if (m_platform) {
        cli({ u"accounts"_s, u"remove"_s, u"1"_s });
        cli({ u"accounts"_s, u"remove"_s, u"2"_s });
    }
    for (const CliRun &run : std::as_const(m_runs)) {
        QVERIFY(!run.out.contains(oauthToken.toUtf8()));
        QVERIFY(!run.err.contains(oauthToken.toUtf8()));
    }
}

QProcess *TestAccountsLogin::startCli(const QStringList &arguments, const QByteArray &input)
{
    auto *process = new QProcess(this);
    process->start(qEnvironmentVariable("CAREDESK_CLI"),
        QStringList { u"--workspace"_s, m_dir.filePath(u"w.caredesk"_s) } + arguments);
    process->waitForStarted();
    process->write(input);
    process->closeWriteChannel();
    return process;
}

CliRun TestAccountsLogin::finish(QProcess *process)
{
    // The server lives in this process: keep its event loop turning while the child runs.
    QElapsedTimer timer;
    timer.start();
    while (process->state() != QProcess::NotRunning && timer.elapsed() < 60000)
        QTest::qWait(10);
    process->waitForFinished(1000);
    CliRun run { process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1,
        process->readAllStandardOutput(), process->readAllStandardError() };
    process->deleteLater();
    m_runs.append(run);
    return run;
}

void TestAccountsLogin::testWithoutTokenFails()
{
    const CliRun run = cli({ u"accounts"_s, u"test"_s, u"1"_s });
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.err.contains("keychain"), run.err.constData());
}

void TestAccountsLogin::loginStoresTheToken()
{
    QProcess *process = startCli({ u"accounts"_s, u"login"_s, u"1"_s });
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT(
        (out += process->readAllStandardOutput()).contains("/oauth/authorize"), 20000);
    QUrl authorize;
    for (const QByteArray &line : out.split('\n')) {
        if (line.startsWith("http"))
            authorize = QUrl(QString::fromUtf8(line.trimmed()));
    }
    QVERIFY(authorize.isValid());
    QCOMPARE(authorize.path(), u"/oauth/authorize"_s);
    const QUrlQuery query(authorize);
    QCOMPARE(query.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
    const QUrl redirect(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
    QCOMPARE(redirect.host(), u"127.0.0.1"_s);
    const QString state = query.queryItemValue(u"state"_s, QUrl::FullyDecoded);
    QVERIFY(!state.isEmpty());

    // The browser comes back to the loopback listener with the code.
    QUrl callback = redirect;
    QUrlQuery back;
    back.addQueryItem(u"code"_s, u"the-code"_s);
    back.addQueryItem(u"state"_s, state);
    callback.setQuery(back);
    QNetworkAccessManager browser;
    QNetworkReply *reply = browser.get(QNetworkRequest(callback));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();

    const CliRun run = finish(process);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("keychain"));
    const QList<RecordedRequest> exchanges = m_server.requests("POST", u"/oauth/token"_s);
    QCOMPARE(exchanges.size(), 1);
    QCOMPARE(exchanges.first().form().value(u"grant_type"_s), u"authorization_code"_s);

    const CliRun tested = cli({ u"accounts"_s, u"test"_s, u"1"_s, u"--json"_s });
    QCOMPARE(tested.exitCode, 0);
    QVERIFY2(tested.out.contains("@brand"), tested.out.constData());
}

void TestAccountsLogin::loginIsForMastodonOnly()
{
    const CliRun run = cli({ u"accounts"_s, u"login"_s, u"2"_s });
    QCOMPARE(run.exitCode, 2);
}

void TestAccountsLogin::testUnknownAccount()
{
    QCOMPARE(cli({ u"accounts"_s, u"test"_s, u"99"_s }).exitCode, 3);
    QCOMPARE(cli({ u"accounts"_s, u"test"_s, u"x"_s }).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestAccountsLogin)
#include "tst_accountslogin.moc"
