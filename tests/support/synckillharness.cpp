// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/synckillharness.h"

#include "app/runtime/workspace.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk::Test {

SyncKillHarness::SyncKillHarness(const QString &workspaceName)
    : m_workspaceName(workspaceName)
{
}

SyncKillHarness::~SyncKillHarness()
{
    stopReplay();
}

QByteArray SyncKillHarness::missingSecretService()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return "No Secret Service: run the tests through tests/support/with-services.sh.";
    return {};
}

QString SyncKillHarness::workspacePath() const
{
    return m_dir.filePath(m_workspaceName);
}

QString SyncKillHarness::logPath() const
{
    return m_dir.filePath(u"replies.jsonl"_s);
}

bool SyncKillHarness::startReplay(const QString &program, const QStringList &arguments)
{
    const QString portFile = m_dir.filePath(u"port"_s);
    QFile::remove(portFile);
    m_replay.start(
        program, QStringList { u"--port-file"_s, portFile, u"--log"_s, logPath() } + arguments);
    if (!m_replay.waitForStarted())
        return false;
    const QDeadlineTimer deadline(10000);
    while (!QFile::exists(portFile)) {
        if (deadline.hasExpired() || m_replay.state() == QProcess::NotRunning)
            return false;
        QThread::msleep(20);
    }
    QFile port(portFile);
    if (!port.open(QIODevice::ReadOnly))
        return false;
    m_port = quint16(port.readAll().trimmed().toUInt());
    return m_port != 0;
}

void SyncKillHarness::stopReplay()
{
    if (m_replay.state() == QProcess::NotRunning)
        return;
    m_replay.kill();
    m_replay.waitForFinished();
}

QString SyncKillHarness::baseUrl() const
{
    return u"http://127.0.0.1:%1"_s.arg(m_port);
}

QString SyncKillHarness::setUp(const QString &replayProgram, const QStringList &replayArguments,
    const QList<Account> &accounts)
{
    if (!isValid())
        return u"No temporary directory"_s;
    if (!startReplay(replayProgram, replayArguments))
        return u"The replay program %1 did not start"_s.arg(replayProgram);
    if (cli({ u"workspace"_s, u"init"_s }) != 0)
        return u"workspace init failed"_s;
    for (const Account &account : accounts) {
        if (cli({ u"accounts"_s, u"add"_s, u"--platform"_s, account.platform, u"--handle"_s,
                    account.handle, u"--base-url"_s, baseUrl() + account.path, u"--token-stdin"_s },
                account.token)
            != 0)
            return u"accounts add --platform %1 failed"_s.arg(account.platform);
        ++m_accounts;
    }
    if (cli({ u"sync"_s, u"--once"_s }) != 0)
        return u"the first sync --once failed"_s;
    return {};
}

void SyncKillHarness::tearDown()
{
    if (QFile::exists(workspacePath())) {
        for (int id = 1; id <= m_accounts; ++id)
            cli({ u"accounts"_s, u"remove"_s, QString::number(id) });
    }
    stopReplay();
}

int SyncKillHarness::cli(const QStringList &arguments, const QByteArray &input, QByteArray *out)
{
    QProcess process;
    process.start(qEnvironmentVariable("CAREDESK_CLI"),
        QStringList { u"--workspace"_s, workspacePath() } + arguments);
    if (!process.waitForStarted())
        return -1;
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    if (out)
        *out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    if (process.exitCode() != 0)
        qInfo("caredesk-cli %s: exit %d: %s", qPrintable(arguments.join(u' ')), process.exitCode(),
            err.constData());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

int SyncKillHarness::enqueueReplies(const RepliesFor &repliesFor, int expectedCases)
{
    Result<DatabaseConfig> config = Workspace::configFor(workspacePath(), QString());
    if (!config.ok()) {
        qWarning("workspace: %s", qPrintable(config.error().message));
        return -1;
    }
    Workspace workspace(config.value(), std::make_shared<SystemClock>());
    InboxQuery query;
    query.limit = 0;
    QFuture<Result<CasePage>> page = workspace.cases().inbox(query);
    page.waitForFinished();
    if (!page.result().ok()) {
        qWarning("inbox: %s", qPrintable(page.result().error().message));
        return -1;
    }
    const QList<CaseSummary> cases = page.result().value().rows;
    if (expectedCases >= 0 && cases.size() != expectedCases) {
        qWarning("the inbox holds %d cases, expected %d", int(cases.size()), expectedCases);
        return -1;
    }
    int queuedCount = 0;
    for (const CaseSummary &c : cases) {
        const QStringList texts = repliesFor(c);
        for (const QString &text : texts) {
            QFuture<Result<OutboxItem>> queued
                = workspace.outbox().enqueue(c.value.id, text, c.lastVisibility, 0);
            queued.waitForFinished();
            if (!queued.result().ok()) {
                qWarning("enqueue: %s", qPrintable(queued.result().error().message));
                return -1;
            }
            ++queuedCount;
        }
    }
    return queuedCount;
}

SyncKillHarness::Stats SyncKillHarness::killWhileSending(
    int minimumKills, const Settled &settled, int maxRuns)
{
    Stats stats;
    while (stats.kills < minimumKills && stats.runs < maxRuns) {
        ++stats.runs;
        QProcess sync;
        sync.start(
            qEnvironmentVariable("CAREDESK_CLI"), { u"--workspace"_s, workspacePath(), u"sync"_s });
        if (!sync.waitForStarted())
            break;
        const int after = 80 + int(QRandomGenerator::global()->bounded(420));
        if (!sync.waitForFinished(after)) {
            sync.kill(); // SIGKILL: no cleanup, no flush, no goodbye
            sync.waitForFinished();
            ++stats.kills;
        }
        if (settled && settled(outbox()))
            break;
    }
    qInfo("%d runs, %d killed", stats.runs, stats.kills);
    return stats;
}

SyncKillHarness::Settled SyncKillHarness::settledWhen(int count, const QStringList &states)
{
    return [count, states](const QList<Row> &rows) {
        int settled = 0;
        for (const Row &row : rows)
            settled += states.contains(row.state) ? 1 : 0;
        return settled == count;
    };
}

int SyncKillHarness::drain(QByteArray *summary)
{
    return cli({ u"sync"_s, u"--once"_s, u"--json"_s }, {}, summary);
}

QString SyncKillHarness::drainChecked(
    QByteArray *summary, const QList<int> &allowedCodes, bool checkErrors)
{
    const int code = drain(summary);
    if (!allowedCodes.contains(code))
        return u"sync --once --json exited with %1: %2"_s.arg(code).arg(
            QString::fromUtf8(*summary));
    if (!checkErrors)
        return {};
    const QJsonArray errors
        = QJsonDocument::fromJson(*summary).object().value(u"errors"_s).toArray();
    for (const QJsonValue &error : errors) {
        if (!error.toString().contains(u"Another CareDesk program"_s))
            return error.toString();
    }
    return {};
}

QString SyncKillHarness::checkAtMostOnce(const QList<Row> &rows, const QString &platform,
    const QHash<QString, int> &delivered, Delivery *delivery)
{
    Delivery counted;
    for (const Row &row : rows) {
        if (row.platform != platform)
            return u"a reply on %1, expected %2"_s.arg(row.platform, platform);
        counted.publicRows += row.visibility == u"public"_s ? 1 : 0;
        const int times = delivered.value(row.text);
        // Never posted twice, whatever the kills did.
        if (times > 1)
            return u"%1 was posted %2 times"_s.arg(row.text).arg(times);
        if (row.state == u"sent"_s) {
            if (times != 1)
                return u"%1 is sent but was posted %2 times"_s.arg(row.text).arg(times);
        } else if (row.state == u"unknown"_s) {
            ++counted.unknown;
            counted.unknownDelivered += times;
        } else {
            return row.state;
        }
    }
    for (int times : delivered)
        counted.total += times;
    *delivery = counted;
    return {};
}

QList<SyncKillHarness::Row> SyncKillHarness::outbox()
{
    QList<Row> rows;
    const QString connection = u"kill-read"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(workspacePath());
        if (db.open()) {
            QSqlQuery query(u"SELECT a.platform, o.text, o.state, o.idempotency_key, o.visibility "
                            u"FROM outbox o "
                            u"JOIN account a ON a.id = o.account_id ORDER BY o.id"_s,
                db);
            while (query.next())
                rows.append({ query.value(0).toString(), query.value(1).toString(),
                    query.value(2).toString(), query.value(3).toString(),
                    query.value(4).toString() });
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return rows;
}

QList<QJsonObject> SyncKillHarness::loggedPosts() const
{
    QList<QJsonObject> posts;
    QFile log(logPath());
    if (!log.open(QIODevice::ReadOnly))
        return posts;
    const QList<QByteArray> lines = log.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.trimmed().isEmpty())
            posts.append(QJsonDocument::fromJson(line).object());
    }
    return posts;
}

SyncKillTest::SyncKillTest(const Setup &setup)
    : m_harness(setup.workspaceName)
    , m_setup(setup)
{
}

void SyncKillTest::initTestCase()
{
    SYNCKILL_REQUIRE_SECRET_SERVICE();
    const QString failed = m_harness.setUp(
        qEnvironmentVariable(m_setup.replayVariable), m_setup.replayArguments, m_setup.accounts);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void SyncKillTest::cleanupTestCase()
{
    m_harness.tearDown();
}

} // namespace CareDesk::Test
