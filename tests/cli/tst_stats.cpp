// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// `caredesk-cli stats` on a seeded workspace: the built program prints the numbers the core
// computes (the same JSON as MetricsStore plus MetricsTables, which the reports window shows), the
// CSV parses, and bad arguments exit with 2.
#include "app/core/metricstables.h"
#include "app/storage/casestore.h"
#include "app/storage/database.h"
#include "app/storage/metricsstore.h"
#include "app/storage/sqlrepositories.h"
#include "tests/support/pgfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {

Millis utc(const char *iso)
{
    return *fromIsoUtc(QString::fromLatin1(iso));
}

IncomingMessage message(const QString &thread, int n, Direction direction, const char *at,
    int sentiment, Visibility visibility = Visibility::Public)
{
    IncomingMessage m;
    m.platformId = thread + u'-' + QString::number(n);
    m.threadKey = thread;
    m.direction = direction;
    m.visibility = visibility;
    m.authorPlatformId = direction == Direction::In ? u"user-"_s + thread : u"brand"_s;
    m.authorName = direction == Direction::In ? u"Customer "_s + thread : u"Acme"_s;
    m.text = direction == Direction::In ? u"My parcel is late, where is the parcel"_s
                                        : u"We are on it"_s;
    m.createdAt = utc(at);
    m.language = u"en"_s;
    m.sentiment = sentiment;
    m.sentimentScored = true;
    return m;
}

/// The seeded history (README, Metrics, for the definitions): three cases in the week of
/// 2026-03-02 and one in the week before, a resolution, a survey and its answer.
bool seed(Database &db)
{
#define CHECK(condition)                                                                           \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            qWarning("seeding failed: %s", #condition);                                            \
            return false;                                                                          \
        }                                                                                          \
    } while (false)
    CHECK(db.migrate(WorkspaceKind::Standard, u"stats"_s, utc("2026-02-01T00:00:00Z")).ok());
    Account x;
    x.platform = Platform::X;
    x.handle = u"@acme"_s;
    Result<Account> xAccount = AccountStore::add(db, x, utc("2026-02-01T00:00:00Z"));
    CHECK(xAccount.ok());
    Account tg;
    tg.platform = Platform::Telegram;
    tg.handle = u"acme_bot"_s;
    Result<Account> tgAccount = AccountStore::add(db, tg, utc("2026-02-01T00:00:00Z"));
    CHECK(tgAccount.ok());

    IngestBatch onX;
    onX.accountId = xAccount.value().id;
    onX.stream = u"test"_s;
    onX.messages = { message(u"a"_s, 1, Direction::In, "2026-03-02T10:00:00Z", -60),
        message(u"a"_s, 2, Direction::Out, "2026-03-02T10:20:00Z", 0),
        message(u"a"_s, 3, Direction::In, "2026-03-02T10:40:00Z", 50),
        message(u"c"_s, 1, Direction::In, "2026-03-04T23:30:00Z", 0),
        message(u"c"_s, 2, Direction::Out, "2026-03-05T01:00:00Z", 0),
        message(u"d"_s, 1, Direction::In, "2026-02-25T12:00:00Z", -30) };
    CHECK(CaseStore::ingest(db, onX, utc("2026-03-06T00:00:00Z")).ok());
    IngestBatch onTelegram;
    onTelegram.accountId = tgAccount.value().id;
    onTelegram.stream = u"test"_s;
    onTelegram.messages
        = { message(u"b"_s, 1, Direction::In, "2026-03-03T09:00:00Z", 70, Visibility::Private) };
    CHECK(CaseStore::ingest(db, onTelegram, utc("2026-03-06T00:00:00Z")).ok());

    Result<QSqlQuery> a = db.exec(u"SELECT id FROM cases WHERE thread_key = 'a'"_s);
    CHECK(a.ok() && a.value().next());
    const Id caseA = a.value().value(0).toLongLong();
    a.value().finish();
    CHECK(
        CaseStore::changeStatus(db, caseA, CaseStatus::Resolved, 0, 0, utc("2026-03-02T11:00:00Z"))
            .ok());
    CHECK(MetricsStore::sendCsatSurvey(
        db, caseA, u"How did we do? Reply 1 to 5."_s, 0, utc("2026-03-02T11:00:00Z"))
              .ok());
    CHECK(
        MetricsStore::recordCsatAnswer(db, caseA, 4, u"test"_s, utc("2026-03-02T12:00:00Z")).ok());
    return true;
#undef CHECK
}

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void jsonMatchesTheCore();
    void csvParses();
    void textAndGroups();
    void badArguments_data();
    void badArguments();
    void sameOnPostgres();

private:
    CliRun run(const QStringList &arguments) const;
    MetricsReport coreReport(const DatabaseConfig &config);

    QTemporaryDir m_dir;
    QString m_path;
};

CliRun TestStats::run(const QStringList &arguments) const
{
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(
        qEnvironmentVariable("CAREDESK_CLI"), QStringList { u"--workspace"_s, m_path } + arguments);
    CliRun result;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestStats::initTestCase()
{
    QVERIFY2(!qEnvironmentVariable("CAREDESK_CLI").isEmpty(),
        "run through ctest: CAREDESK_CLI names the program");
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"stats.caredesk"_s);
    Result<std::unique_ptr<Database>> opened
        = Database::open(DatabaseConfig::sqlite(m_path), Database::OpenMode::CreateIfMissing);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    QVERIFY(seed(*opened.value()));
    QCOMPARE(MetricsStore::recordCsatAnswer(
                 *opened.value(), 1, 6, u"test"_s, utc("2026-03-02T12:00:00Z"))
                 .error()
                 .code,
        ErrorCode::Invalid);
}

MetricsReport TestStats::coreReport(const DatabaseConfig &config)
{
    Result<std::unique_ptr<Database>> opened = Database::open(config, Database::OpenMode::Existing);
    if (!opened.ok())
        return {};
    MetricsOptions options;
    options.timeZone = QTimeZone::utc();
    std::tie(options.from, options.to)
        = metricsPeriod(QDate(2026, 3, 2), QDate(2026, 3, 8), options.timeZone);
    options.now = utc("2026-11-01T00:00:00Z");
    Result<MetricsReport> report = MetricsStore::compute(*opened.value(), options);
    return report.ok() ? report.value() : MetricsReport {};
}

void TestStats::jsonMatchesTheCore()
{
    const CliRun r = run({ u"stats"_s, u"--from"_s, u"2026-03-02"_s, u"--to"_s, u"2026-03-08"_s,
        u"--time-zone"_s, u"UTC"_s, u"--group-by"_s, u"platform"_s, u"--json"_s });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject cli = QJsonDocument::fromJson(r.out).object();
    const QJsonObject overall = cli.value("overall"_L1).toObject();
    // Known answers: three new cases (one in the previous week), first responses of 20 and 90
    // minutes, one of three answered within the hour (the private message never got a reply).
    QCOMPARE(overall.value("new_cases"_L1).toInt(), 3);
    QCOMPARE(overall.value("messages_in"_L1).toInt(), 4);
    QCOMPARE(overall.value("messages_out"_L1).toInt(), 2);
    QCOMPARE(overall.value("first_response_minutes"_L1).toDouble(), 55.0);
    QCOMPARE(overall.value("sla_attainment"_L1).toDouble(), 1.0 / 3.0);
    QCOMPARE(overall.value("fcr_rate"_L1).toDouble(), 1.0);
    QCOMPARE(overall.value("csat_survey"_L1).toDouble(), 4.0);
    QCOMPARE(overall.value("csat_surveys_sent"_L1).toInt(), 1);
    QCOMPARE(overall.value("sentiment_shift"_L1).toDouble(),
        (50.0 + 70.0 + 0.0) / 3.0 - (-60.0 + 70.0 + 0.0) / 3.0);
    QCOMPARE(overall.value("praise_thanked_rate"_L1).toDouble(), 0.0);
    QVERIFY(overall.value("handle_minutes"_L1).isNull());
    QCOMPARE(cli.value("previous"_L1).toObject().value("new_cases"_L1).toInt(), 1);
    QCOMPARE(cli.value("groups"_L1).toArray().size(), 2);
    QCOMPARE(cli.value("days"_L1).toArray().size(), 7);

    // The same numbers as the core computes for the window (the CLI's "now" differs: only cases
    // still inside their SLA target would notice, and there are none).
    const QJsonObject core
        = MetricsTables::toJson(coreReport(DatabaseConfig::sqlite(m_path)), u"platform"_s);
    QCOMPARE(cli, core);
}

void TestStats::csvParses()
{
    const CliRun r = run({ u"stats"_s, u"--from"_s, u"2026-03-02"_s, u"--to"_s, u"2026-03-08"_s,
        u"--time-zone"_s, u"UTC"_s, u"--group-by"_s, u"platform"_s, u"--csv"_s });
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    const QStringList header = lines[0].split(u',');
    QCOMPARE(header.first(), u"platform"_s);
    const qsizetype newCases = header.indexOf(u"new_cases"_s);
    QVERIFY(newCases > 0);
    qint64 total = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList cells = lines[i].split(u',');
        QCOMPARE(cells.size(), header.size());
        bool ok = false;
        total += cells[newCases].toLongLong(&ok);
        QVERIFY(ok);
    }
    QCOMPARE(total, 3);

    const CliRun summary = run({ u"stats"_s, u"--from"_s, u"2026-03-02"_s, u"--to"_s,
        u"2026-03-08"_s, u"--time-zone"_s, u"UTC"_s, u"--csv"_s });
    QCOMPARE(summary.exitCode, 0);
    QVERIFY(summary.out.startsWith("metric,value,previous\n"));
    QVERIFY(summary.out.contains("\nnew_cases,3,1\n"));
}

void TestStats::textAndGroups()
{
    for (const QString &dimension : MetricsTables::dimensions()) {
        const CliRun r = run({ u"stats"_s, u"--from"_s, u"2026-03-02"_s, u"--to"_s, u"2026-03-08"_s,
            u"--time-zone"_s, u"UTC"_s, u"--group-by"_s, dimension });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("2026-03-02T00:00:00.000Z"), r.out.constData());
        QVERIFY(r.err.isEmpty());
    }
}

void TestStats::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown group") << QStringList { u"--group-by"_s, u"weather"_s };
    QTest::newRow("bad date") << QStringList { u"--from"_s, u"yesterday"_s };
    QTest::newRow("reversed") << QStringList { u"--from"_s, u"2026-03-09"_s, u"--to"_s,
        u"2026-03-01"_s };
    QTest::newRow("json and csv") << QStringList { u"--json"_s, u"--csv"_s };
    QTest::newRow("unknown zone") << QStringList { u"--time-zone"_s, u"Mars/Olympus"_s };
}

void TestStats::badArguments()
{
    QFETCH(QStringList, arguments);
    const CliRun r = run(QStringList { u"stats"_s } + arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count('\n'), 1);
}

void TestStats::sameOnPostgres()
{
    // Team mode: the same history in PostgreSQL gives the same report.
    CAREDESK_REQUIRE_PG();
    Test::PgFixture pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.error()));
    {
        Result<std::unique_ptr<Database>> opened
            = Database::open(pg.config(), Database::OpenMode::CreateIfMissing);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QVERIFY(seed(*opened.value()));
    }
    const MetricsReport postgres = coreReport(pg.config());
    const MetricsReport sqlite = coreReport(DatabaseConfig::sqlite(m_path));
    QCOMPARE(postgres.overall.newCases, 3);
    QCOMPARE(MetricsTables::toJson(postgres, u"language"_s),
        MetricsTables::toJson(sqlite, u"language"_s));
}

QTEST_GUILESS_MAIN(TestStats)
#include "tst_stats.moc"
