// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// `caredesk-cli workspace login --database URL` against the real PostgreSQL server of the test
// command (members of caredesk_password_login must give their password) and the real Secret
// Service: a refused password is not stored (exit 2); the right one is, and a --database URL
// without a password then works from the keychain. Without a keychain entry, libpq's PGPASSWORD
// still applies (Qt's QPSQL passes no password at all when it has none).
#include "app/core/clock.h"
#include "app/runtime/teamcredentials.h"
#include "app/storage/database.h"
#include "app/storage/keychainsecretstore.h"
#include "tests/support/clirun.h"
#include "tests/support/pgfixture.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {

using CareDesk::Test::CliRun;

template <typename T> Result<T> await(QFuture<Result<T>> future)
{
    QFutureWatcher<Result<T>> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Result<T>>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    return future.resultCount() > 0 ? future.result()
                                    : Result<T>(Error { ErrorCode::Internal, {} });
}

/// Statements PostgreSQL does not prepare (roles, DO blocks), run as they are.
bool direct(Database &db, const QString &statement)
{
    QSqlQuery query(db.sql());
    if (query.exec(statement))
        return true;
    qWarning() << query.lastError().text();
    return false;
}

} // namespace

class TestWorkspaceLogin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loginThenPasswordlessUrl();

private:
    CliRun cli(const QStringList &arguments, const QByteArray &input = {},
        const QString &pgPassword = {}) const;
    QTemporaryDir m_dir;
};

CliRun TestWorkspaceLogin::cli(
    const QStringList &arguments, const QByteArray &input, const QString &pgPassword) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // A home of its own: no ~/.pgpass; the keychain is the test command's Secret Service.
    environment.insert(u"HOME"_s, m_dir.path());
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    environment.remove(u"LANGUAGE"_s);
    environment.remove(u"PGPASSWORD"_s);
    if (!pgPassword.isEmpty())
        environment.insert(u"PGPASSWORD"_s, pgPassword);
    return Test::runCli(arguments, input, environment);
}

void TestWorkspaceLogin::loginThenPasswordlessUrl()
{
    CAREDESK_REQUIRE_PG();
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(qEnvironmentVariable("CAREDESK_CLI")).isExecutable(),
        "CAREDESK_CLI does not name the built caredesk-cli; run the test through ctest");
    Test::PgFixture pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.error()));
    const SystemClock clock;
    Result<std::unique_ptr<Database>> opened
        = Database::open(pg.config(), Database::OpenMode::CreateIfMissing);
    QVERIFY(opened.ok());
    Database &admin = *opened.value();
    QVERIFY(admin.migrate(WorkspaceKind::Standard, u"team"_s, clock.now()).ok());
    const QString suffix = QString::number(QRandomGenerator::global()->generate(), 36);
    const QString user = u"cli_"_s + suffix;
    const QString password = u"p@ss:w/rd "_s + suffix; // URL delimiters in a password
    QVERIFY(direct(admin,
        u"DO $$ BEGIN CREATE ROLE caredesk_password_login NOLOGIN; EXCEPTION WHEN "
        "duplicate_object OR unique_violation THEN NULL; END $$"_s));
    QVERIFY(direct(admin,
        u"CREATE ROLE %1 LOGIN SUPERUSER PASSWORD '%2' IN ROLE "
        "caredesk_password_login"_s.arg(user, password)));
    DatabaseConfig target = pg.config();
    target.user = user;
    const QString url = TeamCredentials::passwordKey(target);
    KeychainSecretStore keychain(TeamCredentials::secretService());
    QVERIFY(await(keychain.remove(url)).ok());

    // Without anything stored the server refuses the login.
    CliRun run = cli({ u"inbox"_s, u"--database"_s, url });
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 5);

    // A refused password: exit 2, one sentence, nothing in the keychain.
    run = cli({ u"workspace"_s, u"login"_s, u"--database"_s, url }, "wrong\n");
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("refused"), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
    QCOMPARE(await(keychain.read(url)).value(), QString());

    // The right one is stored; a URL without a password now works.
    run = cli({ u"workspace"_s, u"login"_s, u"--database"_s, url, u"--json"_s },
        password.toUtf8() + '\n');
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject answer = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(answer.value(u"password_stored"_s).toBool(), true);
    QCOMPARE(answer.value(u"database"_s).toString(), url);
    QVERIFY(!run.out.contains(password.toUtf8()));
    QCOMPARE(await(keychain.read(url)).value(), password);
    run = cli({ u"inbox"_s, u"--database"_s, url, u"--json"_s });
    QVERIFY2(run.exitCode == 0, run.err.constData());

    // Nothing in the keychain, PGPASSWORD set: libpq's own fallback still works.
    QVERIFY(await(keychain.remove(url)).ok());
    run = cli({ u"inbox"_s, u"--database"_s, url, u"--json"_s }, {}, password);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    direct(admin, u"DROP ROLE IF EXISTS %1"_s.arg(user));
}

QTEST_GUILESS_MAIN(TestWorkspaceLogin)
#include "tst_workspacelogin.moc"
