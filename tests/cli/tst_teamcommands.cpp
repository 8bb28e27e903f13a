// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// `caredesk-cli agents`, `claim` and `assign` as scripts meet them: the built program runs as a
// child against a real SQLite file and against a database of its own on the PostgreSQL server of
// the test command, where each agent connects as their own login role. Exit codes: 0 won, 2 bad
// input or not allowed, 3 not found, 4 lost (the winner named on stderr in one line).
#include "app/core/connector.h"
#include "app/storage/casestore.h"
#include "app/storage/database.h"
#include "app/storage/sqlrepositories.h"
#include "tests/support/clirun.h"
#include "tests/support/pgfixture.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {

constexpr Millis kBase = 1740992400000;

using CareDesk::Test::CliRun;

/// One command and what it must answer.
struct Step {
    Step(QStringList arguments_, int exitCode_, QString errContains_ = {}, QByteArray input_ = {},
        QString user_ = {})
        : arguments(std::move(arguments_))
        , exitCode(exitCode_)
        , errContains(std::move(errContains_))
        , input(std::move(input_))
        , user(std::move(user_))
    {
    }
    QStringList arguments;
    int exitCode = 0;
    QString errContains; ///< when not empty: stderr is one line containing this
    QByteArray input; ///< standard input
    QString user; ///< the operating system user (SQLite) or the login (PostgreSQL); empty: default
};

} // namespace

class TestTeamCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sqlite();
    void postgresql();

private:
    CliRun cli(
        const QStringList &arguments, const QByteArray &input = {}, const QString &user = {}) const;
    bool runSteps(const QList<Step> &steps, const QStringList &target,
        const std::function<QStringList(const Step &)> &targetFor);
    /// Three cases, one per thread, stored as the poller stores them; returns their ids.
    static QStringList fillCases(const DatabaseConfig &config);

    QTemporaryDir m_dir;
    QString m_program;
    QString m_home;
};

void TestTeamCommands::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_program = qEnvironmentVariable("CAREDESK_CLI");
    QVERIFY2(QFileInfo(m_program).isExecutable(),
        "CAREDESK_CLI does not name the built caredesk-cli; run the test through ctest");
    m_home = m_dir.filePath(u"home"_s);
    QVERIFY(QDir().mkpath(m_home));
}

CliRun TestTeamCommands::cli(
    const QStringList &arguments, const QByteArray &input, const QString &user) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, m_home);
    environment.insert(u"XDG_DATA_HOME"_s, m_home + u"/.local/share"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, m_home + u"/.config"_s);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    environment.remove(u"LANGUAGE"_s);
    environment.insert(u"USER"_s, user.isEmpty() ? u"Desk.Owner"_s : user);
    environment.remove(u"LOGNAME"_s);
    return Test::runCli(arguments, input, environment, m_program);
}

bool TestTeamCommands::runSteps(const QList<Step> &steps, const QStringList &target,
    const std::function<QStringList(const Step &)> &targetFor)
{
    for (const Step &step : steps) {
        const QStringList arguments = step.arguments + (targetFor ? targetFor(step) : target);
        const CliRun run = cli(arguments, step.input, step.user);
        const QString what
            = u"caredesk-cli %1 (as %2): exit %3, stderr: %4"_s.arg(arguments.join(u' '), step.user,
                QString::number(run.exitCode), QString::fromUtf8(run.err));
        if (!run.finished) {
            QTest::qFail(qPrintable(what), __FILE__, __LINE__);
            return false;
        }
        if (run.exitCode != step.exitCode) {
            QTest::qFail(
                qPrintable(u"expected exit %1: "_s.arg(step.exitCode) + what), __FILE__, __LINE__);
            return false;
        }
        const bool oneLine = run.err.count('\n') == 1 && run.err.endsWith('\n');
        if (step.exitCode == 0 && !run.err.isEmpty()) {
            QTest::qFail(qPrintable(u"a success wrote to stderr: "_s + what), __FILE__, __LINE__);
            return false;
        }
        if (!step.errContains.isEmpty()
            && (!oneLine || !QString::fromUtf8(run.err).contains(step.errContains))) {
            QTest::qFail(
                qPrintable(u"expected one line with \"%1\": "_s.arg(step.errContains) + what),
                __FILE__, __LINE__);
            return false;
        }
    }
    return true;
}

QStringList TestTeamCommands::fillCases(const DatabaseConfig &config)
{
    Result<std::unique_ptr<Database>> opened = Database::open(config, Database::OpenMode::Existing);
    if (!opened.ok())
        return {};
    Database &db = *opened.value();
    Account account;
    account.platform = Platform::Mastodon;
    account.handle = u"care@example.social"_s;
    Result<Account> added = AccountStore::add(db, account, kBase);
    if (!added.ok())
        return {};
    IngestBatch batch;
    batch.accountId = added.value().id;
    for (int i = 0; i < 3; ++i) {
        IncomingMessage m;
        m.platformId = u"m-%1"_s.arg(i);
        m.threadKey = u"t-%1"_s.arg(i);
        m.authorPlatformId = u"u-%1"_s.arg(i);
        m.authorName = u"Customer %1"_s.arg(i);
        m.text = u"Help with order %1"_s.arg(i);
        m.createdAt = kBase + i;
        batch.messages.append(m);
    }
    Result<IngestResult> stored = CaseStore::ingest(db, batch, kBase);
    if (!stored.ok())
        return {};
    QStringList ids;
    for (Id id : stored.value().caseIds)
        ids.append(QString::number(id));
    return ids;
}

void TestTeamCommands::sqlite()
{
    const QString path = m_dir.filePath(u"team.caredesk"_s);
    const QStringList target { u"--workspace"_s, path };
    QCOMPARE(cli(QStringList { u"workspace"_s, u"init"_s } + target).exitCode, 0);
    const QStringList cases = fillCases(DatabaseConfig::sqlite(path));
    QCOMPARE(cases.size(), 3);
    const QString a = cases.at(0), b = cases.at(1), c = cases.at(2);
    const auto as = [](const QString &agent) { return QStringList { u"--agent"_s, agent }; };

    const QList<Step> steps {
        { { u"agents"_s, u"add"_s, u"anna"_s, u"--role"_s, u"agent"_s, u"--team"_s, u"care"_s }, 0,
            {} },
        { { u"agents"_s, u"add"_s, u"boris"_s, u"--role"_s, u"agent"_s }, 0, {} },
        { { u"agents"_s, u"add"_s, u"sue"_s, u"--role=supervisor"_s, u"--team=care"_s }, 0, {} },
        // Bad input: exit 2, one sentence.
        { { u"agents"_s, u"add"_s, u"anna"_s, u"--role"_s, u"agent"_s }, 4, u"anna"_s },
        { { u"agents"_s, u"add"_s, u"Anna"_s, u"--role"_s, u"agent"_s }, 2, u"Anna"_s },
        { { u"agents"_s, u"add"_s, u"zoe"_s, u"--role"_s, u"boss"_s }, 2, u"boss"_s },
        { { u"agents"_s, u"add"_s, u"zoe"_s }, 2, u"--role"_s },
        { { u"agents"_s, u"add"_s, u"zoe"_s, u"--role"_s, u"agent"_s, u"--password-stdin"_s }, 2,
            u"password"_s, "secret\n" },
        { { u"agents"_s, u"remove"_s, u"zoe"_s }, 2, u"agents"_s },
        { { u"agents"_s, u"list"_s, u"--to"_s, u"x"_s }, 2, u"--to"_s },
        // anna wins case a; boris loses it and is told who has it.
        { QStringList { u"claim"_s, a } + as(u"anna"_s), 0, {} },
        { QStringList { u"claim"_s, a } + as(u"anna"_s), 0, {} },
        { QStringList { u"claim"_s, a } + as(u"boris"_s), 4, u"anna"_s },
        { QStringList { u"claim"_s, u"999999"_s } + as(u"boris"_s), 3, u"999999"_s },
        { QStringList { u"claim"_s, u"abc"_s } + as(u"boris"_s), 2, u"abc"_s },
        { QStringList { u"claim"_s, a, b } + as(u"boris"_s), 2, u"argument"_s },
        { QStringList { u"claim"_s, b } + as(u"nobody"_s), 3, u"nobody"_s },
        // An agent cannot give cases away; the supervisor can, also from anna.
        { QStringList { u"assign"_s, a, u"--to"_s, u"boris"_s } + as(u"anna"_s), 2,
            u"supervisors"_s },
        { QStringList { u"assign"_s, a, u"--to"_s, u"boris"_s } + as(u"sue"_s), 0, {} },
        { QStringList { u"assign"_s, a, u"--to"_s, u"nobody"_s } + as(u"sue"_s), 3, u"nobody"_s },
        { QStringList { u"assign"_s, a } + as(u"sue"_s), 2, u"--to"_s },
        { QStringList { u"claim"_s, a } + as(u"anna"_s), 4, u"boris"_s },
        // Without --agent the operating system user acts, as the workspace's administrator.
        { { u"claim"_s, b }, 0, {}, {}, u"Desk.Owner"_s },
        { { u"assign"_s, c, u"--to"_s, u"anna"_s }, 0, {}, {}, u"Desk.Owner"_s },
        { QStringList { u"claim"_s, c } + as(u"boris"_s), 4, u"anna"_s },
    };
    QVERIFY(runSteps(steps, target, nullptr));

    const CliRun listed = cli(QStringList { u"agents"_s, u"list"_s, u"--json"_s } + target);
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray agents = QJsonDocument::fromJson(listed.out).array();
    QCOMPARE(agents.size(), 4);
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &agent : agents)
        byName.insert(agent[u"name"_s].toString(), agent.toObject());
    QCOMPARE(byName.value(u"anna"_s)[u"teams"_s].toArray(), QJsonArray { u"care"_s });
    QCOMPARE(byName.value(u"anna"_s)[u"open_cases"_s].toInt(), 1);
    QCOMPARE(byName.value(u"boris"_s)[u"open_cases"_s].toInt(), 1);
    QCOMPARE(byName.value(u"sue"_s)[u"role"_s].toString(), u"supervisor"_s);
    QCOMPARE(byName.value(u"desk_owner"_s)[u"role"_s].toString(), u"admin"_s);
    QVERIFY(byName.value(u"anna"_s)[u"id"_s].isString());

    const CliRun json
        = cli(QStringList { u"claim"_s, b, u"--json"_s, u"--agent"_s, u"desk_owner"_s } + target);
    QCOMPARE(json.exitCode, 0);
    const QJsonObject claim = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(claim[u"case_id"_s].toString(), b);
    QCOMPARE(claim[u"assignee"_s].toString(), u"desk_owner"_s);
    QCOMPARE(claim[u"changed"_s].toBool(), false);
}

void TestTeamCommands::postgresql()
{
    CAREDESK_REQUIRE_PG();
    Test::PgFixture pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.error()));
    // Login roles belong to the whole server: names of this run only.
    const QString suffix = QString::number(QRandomGenerator::global()->generate(), 36);
    const QString anna = u"anna_"_s + suffix, boris = u"boris_"_s + suffix,
                  sue = u"sue_"_s + suffix;
    const QString admin = pg.config().user; // the superuser who set the database up
    QCOMPARE(cli({ u"workspace"_s, u"init"_s, u"--database"_s, pg.url() }).exitCode, 0);
    const QStringList cases = fillCases(pg.config());
    QCOMPARE(cases.size(), 3);
    const QString a = cases.at(0), b = cases.at(1), c = cases.at(2);
    // Each step connects as its user's own login.
    const auto urlFor = [&pg, admin](const Step &step) {
        QString url = pg.url();
        url.replace(
            u"//"_s + admin + u'@', u"//"_s + (step.user.isEmpty() ? admin : step.user) + u'@');
        return QStringList { u"--database"_s, url };
    };

    const QList<Step> steps {
        { { u"agents"_s, u"add"_s, anna, u"--role"_s, u"agent"_s, u"--team"_s, u"care"_s,
              u"--password-stdin"_s },
            0, {}, "correct horse\n" },
        { { u"agents"_s, u"add"_s, boris, u"--role"_s, u"agent"_s, u"--team"_s, u"care"_s }, 0,
            {} },
        { { u"agents"_s, u"add"_s, sue, u"--role"_s, u"supervisor"_s, u"--team"_s, u"care"_s }, 0,
            {} },
        { { u"agents"_s, u"add"_s, anna, u"--role"_s, u"agent"_s }, 4, anna },
        // Only administrators add agents; the new login is an agent, not an administrator.
        { { u"agents"_s, u"add"_s, u"zoe_"_s + suffix, u"--role"_s, u"admin"_s }, 2,
            u"administrators"_s, {}, anna },
        { { u"agents"_s, u"list"_s }, 0, {}, {}, anna },
        // The login is the agent: anna wins, boris loses and reads her name.
        { { u"claim"_s, a }, 0, {}, {}, anna },
        { { u"claim"_s, a }, 4, anna, {}, boris },
        { { u"claim"_s, a, u"--agent"_s, anna }, 2, u"--agent"_s, {}, boris },
        { { u"claim"_s, u"999999"_s }, 3, u"999999"_s, {}, boris },
        // The superuser is no agent: it cannot claim, but may assign.
        { { u"claim"_s, b }, 3, admin, {}, QString() },
        { { u"assign"_s, b, u"--to"_s, boris }, 0, {}, {}, QString() },
        { { u"assign"_s, a, u"--to"_s, boris }, 2, u"supervisors"_s, {}, anna },
        { { u"assign"_s, a, u"--to"_s, boris }, 0, {}, {}, sue },
        { { u"assign"_s, c, u"--to"_s, u"nobody_"_s + suffix }, 3, u"nobody_"_s, {}, sue },
        { { u"claim"_s, a }, 4, boris, {}, anna },
        { { u"claim"_s, c }, 0, {}, {}, anna },
    };
    QVERIFY(runSteps(steps, {}, urlFor));

    // The logins exist, in their group roles, anna's with a SCRAM verifier and not the password.
    Result<std::unique_ptr<Database>> db
        = Database::open(pg.config(), Database::OpenMode::Existing);
    QVERIFY(db.ok());
    Result<QSqlQuery> roles = db.value()->exec(
        u"SELECT rolname, COALESCE(rolpassword, ''), pg_has_role(rolname, "
        "'caredesk_agent', 'MEMBER'), pg_has_role(rolname, 'caredesk_supervisor', 'MEMBER') "
        "FROM pg_authid WHERE rolname IN (?, ?, ?) ORDER BY rolname"_s,
        { anna, boris, sue });
    QVERIFY(roles.ok());
    QVERIFY(roles.value().next());
    QCOMPARE(roles.value().value(0).toString(), anna);
    QVERIFY(roles.value().value(1).toString().startsWith(u"SCRAM-SHA-256$4096:"_s));
    QVERIFY(!roles.value().value(1).toString().contains(u"horse"_s));
    QVERIFY(roles.value().value(2).toBool());
    QVERIFY(roles.value().next());
    QVERIFY(roles.value().value(2).toBool());
    QVERIFY(roles.value().next());
    QCOMPARE(roles.value().value(0).toString(), sue);
    QVERIFY(!roles.value().value(2).toBool() && roles.value().value(3).toBool());
    Result<QSqlQuery> refused = db.value()->exec(
        u"SELECT COUNT(*) FROM pg_roles WHERE rolname = ?"_s, { QString(u"zoe_"_s + suffix) });
    QVERIFY(refused.ok() && refused.value().next());
    QCOMPARE(refused.value().value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestTeamCommands)
#include "tst_teamcommands.moc"
