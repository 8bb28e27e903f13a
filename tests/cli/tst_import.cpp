// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// `caredesk-cli import` as users meet it: the built program reads JSON Lines from a file or
// standard input into real SQLite files and into a database of its own on the test command's
// PostgreSQL server; the rows are then read back through the storage layer. One test also
// checks that the bulk path (the sqlite3 C API) and Qt SQL write the very same rows.
#include "app/core/connector.h"
#include "app/storage/casestore.h"
#include "app/storage/database.h"
#include "app/storage/sqlchangefeed.h"
#include "app/storage/sqlrepositories.h"
#include "tests/support/pgfixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {

constexpr int kChildTimeoutMs = 120000;
const auto sqliteBackend = u"sqlite"_s;
const auto postgresBackend = u"postgresql"_s;

struct CliRun {
    bool finished = false;
    bool crashed = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// One message record of the import format; `overrides` replaces or (with a null value) removes
/// fields.
QByteArray messageLine(const QString &platform, const QString &account, const QString &thread, const QString &id,
                       const QString &authorId, const QString &authorName, const QString &createdAt,
                       const QString &direction, const QString &visibility, const QString &text,
                       const QJsonObject &overrides = {})
{
    QJsonObject record { { u"type"_s, u"message"_s },      { u"platform"_s, platform },
                         { u"account"_s, account },        { u"thread"_s, thread },
                         { u"id"_s, id },                  { u"author_id"_s, authorId },
                         { u"author_name"_s, authorName }, { u"created_at"_s, createdAt },
                         { u"direction"_s, direction },    { u"visibility"_s, visibility },
                         { u"text"_s, text } };
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        if (it->isNull())
            record.remove(it.key());
        else
            record.insert(it.key(), *it);
    }
    return QJsonDocument(record).toJson(QJsonDocument::Compact);
}

/// Six messages: two X threads of one customer (an existing account), a Telegram chat of the
/// same person under the same CRM id (a new account), and a Mastodon mention without "type".
QByteArray goodLines()
{
    QList<QByteArray> lines {
        messageLine(u"x"_s, u"@acme_care"_s, u"t1"_s, u"x1"_s, u"u-anna"_s, u"Anna Petrova"_s,
                    u"2026-02-01T09:00:00Z"_s, u"in"_s, u"public"_s, u"My parcel is late again"_s,
                    { { u"customer_ref"_s, u"CRM-1"_s } }),
        messageLine(u"x"_s, u"@acme_care"_s, u"t1"_s, u"x2"_s, u"acme"_s, u"Acme Care"_s,
                    u"2026-02-01T09:05:00.250Z"_s, u"out"_s, u"public"_s, u"Sorry! Checking the courier now"_s,
                    { { u"reply_to"_s, u"x1"_s } }),
        messageLine(u"x"_s, u"@acme_care"_s, u"t2"_s, u"x3"_s, u"u-anna"_s, u"Anna Petrova"_s,
                    u"2026-02-02T10:00:00+03:00"_s, u"in"_s, u"private"_s, u"Order 4711 is still missing"_s),
        messageLine(u"telegram"_s, u"acme_bot"_s, u"chat-9"_s, u"tg1"_s, u"555"_s, u"Анна Петрова"_s,
                    u"2026-02-03T08:00:00Z"_s, u"in"_s, u"private"_s, u"Где мой заказ?"_s,
                    { { u"customer_ref"_s, u"CRM-1"_s } }),
        messageLine(u"telegram"_s, u"acme_bot"_s, u"chat-9"_s, u"tg2"_s, u"555"_s, u"Анна Петрова"_s,
                    u"2026-02-03T08:01:00Z"_s, u"in"_s, u"private"_s, u"Доставка опять задерживается"_s),
        messageLine(u"mastodon"_s, u"@acme@mastodon.example"_s, u"m1"_s, u"m1"_s, u"bob"_s, u"Bob"_s,
                    u"2026-02-04T12:00:00Z"_s, u"in"_s, u"public"_s, u"The app crashes on login"_s,
                    { { u"type"_s, QJsonValue() } }),
    };
    QByteArray file;
    for (const QByteArray &line : lines)
        file += line + '\n';
    return file;
}

QStringList dumpTables(Database &db)
{
    QStringList rows;
    const QStringList tables { u"account"_s, u"identity"_s, u"customer"_s, u"customer_identity"_s, u"cases"_s,
                               u"message"_s, u"event"_s, u"change_seq"_s, u"change_log"_s, u"sync_cursor"_s };
    for (const QString &table : tables) {
        QSqlQuery q(db.sql());
        if (!q.exec(u"SELECT * FROM "_s + table + u" ORDER BY 1, 2"_s))
            return { u"cannot read "_s + table };
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values.append(q.value(i).isNull() ? u"NULL"_s : q.value(i).toString());
            rows.append(table + u": "_s + values.join(u'|'));
        }
    }
    QSqlQuery fts(db.sql());
    fts.exec(db.isPostgres() ? u"SELECT message_id, terms::text FROM message_search ORDER BY 1"_s
                             : u"SELECT rowid, terms FROM message_fts ORDER BY 1"_s);
    while (fts.next())
        rows.append(u"search: "_s + fts.value(0).toString() + u'|' + fts.value(1).toString());
    return rows;
}

qint64 countOf(Database &db, const QString &statement, const QVariantList &values = {})
{
    Result<QSqlQuery> q = db.exec(statement, values);
    if (!q.ok() || !q.value().next())
        return -1;
    return q.value().value(0).toLongLong();
}

} // namespace

#define VERIFY_OK(result) QVERIFY2((result).ok(), qPrintable((result).error().message))

class TestImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void goodFile_data();
    void goodFile();
    void badLinesAreReportedAndSkipped();
    void standardInput();
    void reimportAddsNothing_data();
    void reimportAddsNothing();
    void refusedInput_data();
    void refusedInput();
    void changeFeedSeesImport();
    void bulkPathWritesTheSameRows();

private:
    /// A fresh workspace for the backend: the CLI's target arguments and its database config.
    bool freshWorkspace(const QString &backend, QStringList *target, DatabaseConfig *config);
    CliRun cli(const QStringList &arguments, const QString &standardInput = {}) const;
    QString writeFile(const QByteArray &content);

    QTemporaryDir m_dir;
    QString m_program;
    int m_counter = 0;
    std::unique_ptr<Test::PgFixture> m_pg;
};

void TestImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_program = qEnvironmentVariable("CAREDESK_CLI");
    QVERIFY2(QFileInfo(m_program).isExecutable(),
             "CAREDESK_CLI does not name the built caredesk-cli; run the test through ctest");
}

bool TestImport::freshWorkspace(const QString &backend, QStringList *target, DatabaseConfig *config)
{
    if (backend == postgresBackend) {
        m_pg = std::make_unique<Test::PgFixture>();
        if (!m_pg->isValid()) {
            qWarning("Could not create a PostgreSQL test database: %s", qPrintable(m_pg->error()));
            return false;
        }
        *target = { u"--database"_s, m_pg->url() };
        *config = m_pg->config();
    } else {
        const QString path = m_dir.filePath(u"import-%1.caredesk"_s.arg(++m_counter));
        *target = { u"--workspace"_s, path };
        *config = DatabaseConfig::sqlite(path);
    }
    const CliRun init = cli(QStringList { u"workspace"_s, u"init"_s } + *target);
    if (!init.finished || init.exitCode != 0) {
        qWarning("workspace init failed: %s", init.err.constData());
        return false;
    }
    return true;
}

CliRun TestImport::cli(const QStringList &arguments, const QString &standardInput) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
    environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"home/.local/share"_s));
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    environment.remove(u"LANGUAGE"_s);
    process.setProcessEnvironment(environment);
    process.setProgram(m_program);
    process.setArguments(arguments);
    process.setStandardInputFile(standardInput.isEmpty() ? QProcess::nullDevice() : standardInput);
    CliRun run;
    process.start();
    if (!process.waitForStarted(kChildTimeoutMs))
        return run;
    run.finished = process.waitForFinished(kChildTimeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(kChildTimeoutMs);
    }
    run.crashed = process.exitStatus() == QProcess::CrashExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString TestImport::writeFile(const QByteArray &content)
{
    const QString path = m_dir.filePath(u"input-%1.jsonl"_s.arg(++m_counter));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

#define VERIFY_RAN(run)                                                                            \
    do {                                                                                           \
        QVERIFY2((run).finished, "caredesk-cli did not finish in time");                           \
        QVERIFY2(!(run).crashed, (run).err.constData());                                           \
    } while (false)

void TestImport::goodFile_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << sqliteBackend;
    QTest::newRow("postgresql") << postgresBackend;
}

void TestImport::goodFile()
{
    QFETCH(QString, backend);
    if (backend == postgresBackend)
        CAREDESK_REQUIRE_PG();
    QStringList target;
    DatabaseConfig config;
    QVERIFY(freshWorkspace(backend, &target, &config));
    Id existingAccount = 0;
    {
        Result<std::unique_ptr<Database>> opened = Database::open(config, Database::OpenMode::Existing);
        VERIFY_OK(opened);
        Account x;
        x.platform = Platform::X;
        x.handle = u"@acme_care"_s;
        Result<Account> added = AccountStore::add(*opened.value(), x, 1000);
        VERIFY_OK(added);
        existingAccount = added.value().id;
    }
    const QString file = writeFile(goodLines());
    const CliRun run = cli(QStringList { u"import"_s, file, u"--json"_s } + target);
    VERIFY_RAN(run);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(summary.value("lines_read"_L1).toInteger(), 6);
    QCOMPARE(summary.value("messages_imported"_L1).toInteger(), 6);
    QCOMPARE(summary.value("duplicates"_L1).toInteger(), 0);
    QCOMPARE(summary.value("cases_opened"_L1).toInteger(), 4);
    QCOMPARE(summary.value("bad_lines"_L1).toInteger(), 0);
    // The X account existed; the Telegram and Mastodon ones are new live accounts.
    const QJsonArray created = summary.value("accounts_created"_L1).toArray();
    QCOMPARE(created.size(), 2);
    QStringList createdPlatforms;
    for (const QJsonValue &account : created) {
        QCOMPARE(account[u"connector"_s].toString(), u"live"_s);
        QVERIFY(!account[u"id"_s].toString().isEmpty());
        createdPlatforms.append(account[u"platform"_s].toString() + u' ' + account[u"handle"_s].toString());
    }
    createdPlatforms.sort();
    QCOMPARE(createdPlatforms,
             (QStringList { u"mastodon @acme@mastodon.example"_s, u"telegram acme_bot"_s }));

    Result<std::unique_ptr<Database>> opened = Database::open(config, Database::OpenMode::Existing);
    VERIFY_OK(opened);
    Database &db = *opened.value();
    QCOMPARE(countOf(db, u"SELECT COUNT(*) FROM account"_s), qint64(3));
    QCOMPARE(countOf(db, u"SELECT COUNT(*) FROM cases"_s), qint64(4));
    QCOMPARE(countOf(db, u"SELECT COUNT(*) FROM message"_s), qint64(6));
    QCOMPARE(countOf(db, u"SELECT COUNT(*) FROM event"_s), qint64(6));
    QCOMPARE(countOf(db, u"SELECT COUNT(*) FROM message WHERE account_id = ?"_s, { existingAccount }), qint64(3));
    // Messages are grouped into cases by thread, per account.
    const qint64 t1 = countOf(db, u"SELECT id FROM cases WHERE thread_key = 't1'"_s);
    QCOMPARE(countOf(db, u"SELECT message_count FROM cases WHERE id = ?"_s, { t1 }), qint64(2));
    QCOMPARE(countOf(db, u"SELECT COUNT(*) FROM message WHERE case_id = ?"_s, { t1 }), qint64(2));
    QCOMPARE(countOf(db, u"SELECT COUNT(*) FROM cases WHERE status = 'open' AND thread_key = 't1'"_s), qint64(1));
    // Authors become customers: Anna's two X threads and, through the CRM id, her Telegram chat
    // belong to one customer; Bob is another.
    QCOMPARE(countOf(db, u"SELECT COUNT(*) FROM identity"_s), qint64(3));
    QCOMPARE(countOf(db, u"SELECT COUNT(*) FROM customer"_s), qint64(2));
    QCOMPARE(countOf(db, u"SELECT COUNT(DISTINCT customer_id) FROM cases WHERE thread_key IN ('t1', 't2', 'chat-9')"_s),
             qint64(1));
    QCOMPARE(countOf(db, u"SELECT COUNT(*) FROM customer WHERE crm_ref = 'CRM-1' AND name = 'Anna Petrova'"_s),
             qint64(1));
    // Times as given, in UTC; replies keep what they answer.
    QCOMPARE(countOf(db, u"SELECT created_at FROM message WHERE platform_id = 'x2'"_s),
             qint64(1769936700250));
    QCOMPARE(countOf(db, u"SELECT created_at FROM message WHERE platform_id = 'x3'"_s), qint64(1770015600000));
    QCOMPARE(countOf(db, u"SELECT COUNT(*) FROM message WHERE platform_id = 'x2' AND reply_to_platform_id = 'x1' "
                         "AND direction = 'out'"_s),
             qint64(1));
    // The search index came along.
    Result<QList<SearchHit>> hits = CaseStore::search(db, SearchQuery { u"доставка"_s, 10, false, {} });
    VERIFY_OK(hits);
    QCOMPARE(hits.value().size(), 1);
    QCOMPARE(hits.value().first().text, u"Доставка опять задерживается"_s);

    // And the plain summary says what happened, the new accounts included.
    m_pg.reset();
    QStringList again;
    QVERIFY(freshWorkspace(backend, &again, &config));
    const CliRun plain = cli(QStringList { u"import"_s, file } + again);
    VERIFY_RAN(plain);
    QCOMPARE(plain.exitCode, 0);
    const QString text = QString::fromUtf8(plain.out);
    QVERIFY2(text.contains("Read 6 lines: 6 messages imported, 0 duplicates, 4 cases opened, 0 bad lines."_L1),
             plain.out.constData());
    QCOMPARE(text.count("Created the live"_L1), 3);
}

void TestImport::badLinesAreReportedAndSkipped()
{
    QStringList target;
    DatabaseConfig config;
    QVERIFY(freshWorkspace(sqliteBackend, &target, &config));
    const auto good = [](const QString &id, const QString &text) {
        return messageLine(u"x"_s, u"@acme"_s, u"t1"_s, id, u"u1"_s, u"Kim"_s, u"2026-01-05T10:00:00Z"_s, u"in"_s,
                           u"public"_s, text);
    };
    const auto with = [&](const QJsonObject &overrides) {
        return messageLine(u"x"_s, u"@acme"_s, u"t1"_s, u"x-bad"_s, u"u1"_s, u"Kim"_s, u"2026-01-05T10:00:00Z"_s,
                           u"in"_s, u"public"_s, u"bad"_s, overrides);
    };
    const QString megabyte(1024 * 1024, u'a');
    const QList<QByteArray> lines {
        good(u"x1"_s, u"first"_s), // 1
        "{not json", // 2
        with({ { u"thread"_s, QJsonValue() } }), // 3
        with({ { u"created_at"_s, u"yesterday"_s } }), // 4
        with({ { u"platform"_s, u"myspace"_s } }), // 5
        with({ { u"direction"_s, u"sideways"_s } }), // 6
        with({ { u"visibility"_s, u"secret"_s } }), // 7
        with({ { u"text"_s, QString(megabyte + u'!') } }), // 8
        good(u"x2"_s, u"second"_s), // 9
        with({ { u"type"_s, u"note"_s } }), // 10
        "[1, 2]", // 11
        "", // 12: blank lines are skipped quietly
        with({ { u"id"_s, 42 } }), // 13
        good(u"x3"_s, megabyte), // 14: exactly 1 MB is fine
    };
    QByteArray content;
    for (const QByteArray &line : lines)
        content += line + '\n';
    const CliRun run = cli(QStringList { u"import"_s, writeFile(content), u"--json"_s } + target);
    VERIFY_RAN(run);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QStringList errors = QString::fromUtf8(run.err).split(u'\n', Qt::SkipEmptyParts);
    QStringList numbers;
    for (const QString &error : errors) {
        const QRegularExpressionMatch match = QRegularExpression(u"^line (\\d+): \\S"_s).match(error);
        QVERIFY2(match.hasMatch(), qPrintable(error.left(200)));
        numbers.append(match.captured(1));
    }
    QCOMPARE(numbers, (QStringList { u"2"_s, u"3"_s, u"4"_s, u"5"_s, u"6"_s, u"7"_s, u"8"_s, u"10"_s, u"11"_s, u"13"_s }));
    // Each says what is wrong with the line.
    QVERIFY(errors.at(1).contains("\"thread\""_L1));
    QVERIFY(errors.at(2).contains("yesterday"_L1));
    QVERIFY(errors.at(3).contains("myspace"_L1));
    QVERIFY(errors.at(4).contains("sideways"_L1));
    QVERIFY(errors.at(5).contains("secret"_L1));
    QVERIFY(errors.at(6).contains("1 MB"_L1));
    QVERIFY(errors.at(7).contains("note"_L1));
    QVERIFY(errors.at(9).contains("\"id\""_L1));

    const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(summary.value("lines_read"_L1).toInteger(), 14);
    QCOMPARE(summary.value("messages_imported"_L1).toInteger(), 3);
    QCOMPARE(summary.value("bad_lines"_L1).toInteger(), 10);
    Result<std::unique_ptr<Database>> opened = Database::open(config, Database::OpenMode::Existing);
    VERIFY_OK(opened);
    QCOMPARE(countOf(*opened.value(), u"SELECT COUNT(*) FROM message"_s), qint64(3));
    QCOMPARE(countOf(*opened.value(), u"SELECT COUNT(*) FROM cases"_s), qint64(1));
    QCOMPARE(countOf(*opened.value(), u"SELECT LENGTH(text) FROM message WHERE platform_id = 'x3'"_s),
             qint64(1024 * 1024));
}

void TestImport::standardInput()
{
    QStringList target;
    DatabaseConfig config;
    QVERIFY(freshWorkspace(sqliteBackend, &target, &config));
    const CliRun run = cli(QStringList { u"import"_s, u"-"_s, u"--json"_s } + target, writeFile(goodLines()));
    VERIFY_RAN(run);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(summary.value("lines_read"_L1).toInteger(), 6);
    QCOMPARE(summary.value("messages_imported"_L1).toInteger(), 6);
    QCOMPARE(summary.value("cases_opened"_L1).toInteger(), 4);
    QCOMPARE(summary.value("accounts_created"_L1).toArray().size(), 3);
}

void TestImport::reimportAddsNothing_data()
{
    goodFile_data();
}

void TestImport::reimportAddsNothing()
{
    QFETCH(QString, backend);
    if (backend == postgresBackend)
        CAREDESK_REQUIRE_PG();
    QStringList target;
    DatabaseConfig config;
    QVERIFY(freshWorkspace(backend, &target, &config));
    const QString file = writeFile(goodLines());
    const CliRun first = cli(QStringList { u"import"_s, file, u"--json"_s } + target);
    VERIFY_RAN(first);
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QStringList before;
    {
        Result<std::unique_ptr<Database>> opened = Database::open(config, Database::OpenMode::Existing);
        VERIFY_OK(opened);
        before = dumpTables(*opened.value());
    }
    const CliRun second = cli(QStringList { u"import"_s, file, u"--json"_s } + target);
    VERIFY_RAN(second);
    QVERIFY2(second.exitCode == 0, second.err.constData());
    QVERIFY2(second.err.isEmpty(), second.err.constData());
    const QJsonObject summary = QJsonDocument::fromJson(second.out).object();
    QCOMPARE(summary.value("messages_imported"_L1).toInteger(), 0);
    QCOMPARE(summary.value("duplicates"_L1).toInteger(), 6);
    QCOMPARE(summary.value("cases_opened"_L1).toInteger(), 0);
    QCOMPARE(summary.value("accounts_created"_L1).toArray().size(), 0);
    Result<std::unique_ptr<Database>> opened = Database::open(config, Database::OpenMode::Existing);
    VERIFY_OK(opened);
    QCOMPARE(dumpTables(*opened.value()), before);
}

void TestImport::refusedInput_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing file") << u"missing"_s << 2 << u"Could not read"_s;
    QTest::newRow("nothing valid") << u"bad"_s << 2 << u"Nothing in"_s;
    QTest::newRow("empty file") << u"empty"_s << 2 << u"Nothing in"_s;
    QTest::newRow("no workspace") << u"noworkspace"_s << 3 << u"workspace init"_s;
    QTest::newRow("no file argument") << u"noargument"_s << 2 << u"Missing argument"_s;
}

void TestImport::refusedInput()
{
    QFETCH(QString, kind);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QStringList target;
    DatabaseConfig config;
    QVERIFY(freshWorkspace(sqliteBackend, &target, &config));
    QStringList arguments { u"import"_s };
    if (kind == "missing"_L1)
        arguments.append(m_dir.filePath(u"no-such-file.jsonl"_s));
    else if (kind == "bad"_L1)
        arguments.append(writeFile("{oops\n[]\n"));
    else if (kind == "empty"_L1)
        arguments.append(writeFile(QByteArray()));
    else if (kind == "noworkspace"_L1)
        arguments.append(writeFile(goodLines()));
    if (kind == "noworkspace"_L1)
        arguments << u"--workspace"_s << m_dir.filePath(u"never-created.caredesk"_s);
    else
        arguments += target;
    const CliRun run = cli(arguments);
    VERIFY_RAN(run);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    if (kind == "noworkspace"_L1)
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"never-created.caredesk"_s)));
}

void TestImport::changeFeedSeesImport()
{
    // A desktop on the workspace learns of an import by another process through its feed.
    QStringList target;
    DatabaseConfig config;
    QVERIFY(freshWorkspace(sqliteBackend, &target, &config));
    Result<std::unique_ptr<Database>> opened = Database::open(config, Database::OpenMode::Existing);
    VERIFY_OK(opened);
    Database &db = *opened.value();
    SqlChangeFeed feed(config);
    feed.setInterval(50);
    feed.setStartSeq(countOf(db, u"SELECT value FROM change_seq"_s));
    QSignalSpy changed(&feed, &ChangeFeed::changed);
    feed.start();

    const CliRun run = cli(QStringList { u"import"_s, writeFile(goodLines()) } + target);
    VERIFY_RAN(run);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QSet<Id> expected;
    Result<QSqlQuery> cases = db.exec(u"SELECT id FROM cases"_s);
    VERIFY_OK(cases);
    while (cases.value().next())
        expected.insert(cases.value().value(0).toLongLong());
    QCOMPARE(expected.size(), 4);
    const auto seen = [&changed] {
        QSet<Id> ids;
        for (const QList<QVariant> &emission : std::as_const(changed)) {
            for (Id id : emission.at(1).value<QList<Id>>())
                ids.insert(id);
        }
        return ids;
    };
    QTRY_VERIFY(seen().contains(expected));
    feed.stop();
}

void TestImport::bulkPathWritesTheSameRows()
{
    // The same batches through Qt SQL and through the sqlite3 C API (the import's bulk path):
    // duplicates inside and across batches, threads continued in later batches, cases resolved
    // and reopened, authors renamed, CRM ids shared. Every row must come out the same.
    QStringList rows[2];
    for (int native = 0; native < 2; ++native) {
        const QString path = m_dir.filePath(u"paths-%1.caredesk"_s.arg(native));
        Result<std::unique_ptr<Database>> opened =
            Database::open(DatabaseConfig::sqlite(path), Database::OpenMode::CreateIfMissing);
        VERIFY_OK(opened);
        Database &db = *opened.value();
        VERIFY_OK(db.migrate(WorkspaceKind::Standard, u"paths"_s, 1000));
        QCOMPARE(db.setNativeStatements(native == 1), native == 1);
        QList<Id> accounts;
        for (const Platform platform : { Platform::X, Platform::Telegram }) {
            Account account;
            account.platform = platform;
            account.handle = u"acme"_s;
            Result<Account> added = AccountStore::add(db, account, 1000);
            VERIFY_OK(added);
            accounts.append(added.value().id);
        }
        QRandomGenerator rng(17);
        QStringList seen;
        Millis now = 1767225600000;
        for (int b = 0; b < 24; ++b) {
            IngestBatch batch;
            batch.accountId = accounts.at(b % 2);
            batch.stream = u"history"_s;
            batch.cursor = b % 3 == 0 ? QString() : u"c%1"_s.arg(b);
            const int size = 1 + int(rng.bounded(b % 5 == 0 ? 300 : 30));
            for (int i = 0; i < size; ++i) {
                IncomingMessage m;
                const int roll = int(rng.bounded(100));
                m.platformId = roll < 8 && !seen.isEmpty() ? seen.at(rng.bounded(seen.size()))
                                                          : u"p%1-%2"_s.arg(b).arg(i);
                seen.append(m.platformId);
                m.threadKey = u"t%1"_s.arg(rng.bounded(60));
                m.direction = rng.bounded(3) == 0 ? Direction::Out : Direction::In;
                m.visibility = rng.bounded(4) == 0 ? Visibility::Private : Visibility::Public;
                const int author = int(rng.bounded(40));
                m.authorPlatformId = rng.bounded(25) == 0 ? QString() : u"u%1"_s.arg(author);
                m.authorHandle = u"h%1"_s.arg(author);
                m.authorName = rng.bounded(8) == 0 ? u"Renamed %1"_s.arg(author) : u"Имя %1"_s.arg(author);
                m.text = u"Заказ %1 refund delivery"_s.arg(rng.bounded(500));
                m.createdAt = now - qint64(rng.bounded(50000)) * 1000;
                m.language = rng.bounded(2) == 0 ? u"ru"_s : QString();
                m.sentiment = int(rng.bounded(201)) - 100;
                m.priority = static_cast<Priority>(rng.bounded(4));
                m.customerRef = rng.bounded(5) == 0 ? u"crm%1"_s.arg(author % 5) : QString();
                batch.messages.append(m);
            }
            VERIFY_OK(CaseStore::ingest(db, batch, now));
            now += 60000;
            for (int k = 0; k < 3; ++k) {
                // Some of these moves are refused by the workflow; both paths refuse the same.
                CaseStore::changeStatus(db, 1 + rng.bounded(60), static_cast<CaseStatus>(1 + rng.bounded(4)),
                                        now + 3600000, 0, now);
            }
            now += 60000;
        }
        rows[native] = dumpTables(db);
    }
    QVERIFY(rows[0].size() > 1000);
    QCOMPARE(rows[1], rows[0]);
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
