// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// `caredesk-cli scripts list | import | export` as users meet it, on real SQLite files and on a
// database of its own on the test command's PostgreSQL server: the default library of a new
// workspace, JSON and CSV round trips, malformed files refused with their record numbers and
// nothing taken, and the store's import rolled back as a whole when one script is refused.
#include "app/core/scriptfile.h"
#include "app/core/scripts.h"
#include "app/storage/database.h"
#include "app/storage/scriptstore.h"
#include "tests/support/pgfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {

constexpr int childTimeoutMs = 120000;

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestScriptsCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void newWorkspaceHasTheLibrary_data();
    void newWorkspaceHasTheLibrary();
    void roundTrip_data();
    void roundTrip();
    void malformedFilesChangeNothing_data();
    void malformedFilesChangeNothing();
    void personalScriptsNeedAnAgent();
    void importIsAllOrNothing_data();
    void importIsAllOrNothing();
    void usageIsCountedAndSearchFolds();

private:
    void backends();
    /// A fresh workspace of the backend, initialized by the CLI; returns the global options.
    QStringList freshWorkspace(const QString &backend);
    CliRun cli(const QStringList &arguments);
    QJsonArray list(const QStringList &workspace);
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_cli;
    int m_counter = 0;
    std::vector<std::unique_ptr<Test::PgFixture>> m_pgs;
    QHash<QString, DatabaseConfig> m_configs; ///< by the options' first value
};

void TestScriptsCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_cli = qEnvironmentVariable("CAREDESK_CLI");
    QVERIFY2(QFile::exists(m_cli), "CAREDESK_CLI must name the built caredesk-cli");
}

void TestScriptsCommand::cleanupTestCase()
{
    m_pgs.clear();
}

void TestScriptsCommand::backends()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

QStringList TestScriptsCommand::freshWorkspace(const QString &backend)
{
    QStringList options;
    if (backend == "sqlite"_L1) {
        const QString file = path(u"w%1.caredesk"_s.arg(++m_counter));
        options = { u"--workspace"_s, file };
        m_configs.insert(file, DatabaseConfig::sqlite(file));
    } else {
        auto pg = std::make_unique<Test::PgFixture>();
        if (!pg->isValid())
            qFatal("%s", qPrintable(pg->error()));
        options = { u"--database"_s, pg->url() };
        m_configs.insert(pg->url(), pg->config());
        m_pgs.push_back(std::move(pg));
    }
    const CliRun init = cli(options + QStringList { u"workspace"_s, u"init"_s });
    if (init.exitCode != 0)
        qFatal("workspace init failed: %s", init.err.constData());
    return options;
}

CliRun TestScriptsCommand::cli(const QStringList &arguments)
{
    QProcess process;
    process.start(m_cli, arguments);
    CliRun run;
    if (!process.waitForFinished(childTimeoutMs) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QJsonArray TestScriptsCommand::list(const QStringList &workspace)
{
    const CliRun run = cli(workspace + QStringList { u"scripts"_s, u"list"_s, u"--json"_s });
    if (run.exitCode != 0)
        qFatal("scripts list failed: %s", run.err.constData());
    return QJsonDocument::fromJson(run.out).array();
}

void TestScriptsCommand::newWorkspaceHasTheLibrary_data()
{
    backends();
}

void TestScriptsCommand::newWorkspaceHasTheLibrary()
{
    QFETCH(QString, backend);
    if (backend == "postgresql"_L1)
        CAREDESK_REQUIRE_PG();
    const QStringList workspace = freshWorkspace(backend);
    const QJsonArray scripts = list(workspace);
    QVERIFY(scripts.size() >= 8);
    QStringList keys;
    for (const QJsonValue &value : scripts) {
        const QJsonObject script = value.toObject();
        keys.append(script.value(u"key"_s).toString());
        QVERIFY(!script.value(u"id"_s).toString().isEmpty());
        QStringList languages;
        for (const QJsonValue &variant : script.value(u"variants"_s).toArray())
            languages.append(variant.toObject().value(u"language"_s).toString());
        QVERIFY2(
            languages.contains(u"ru"_s) && languages.contains(u"en"_s), qPrintable(keys.last()));
    }
    QVERIFY(keys.contains(u"holding-eta"_s));
    QVERIFY(keys.contains(u"private-ack"_s));
    // Plain output: one line a script.
    const CliRun plain = cli(workspace + QStringList { u"scripts"_s, u"list"_s });
    QCOMPARE(plain.exitCode, 0);
    QCOMPARE(plain.out.count('\n'), scripts.size());
    QVERIFY(plain.out.contains("/hold"));
    // Importing the default library again replaces, never duplicates.
    const CliRun again
        = cli(workspace + QStringList { u"scripts"_s, u"import"_s, u"--default"_s, u"--json"_s });
    QCOMPARE(again.exitCode, 0);
    const QJsonObject counts = QJsonDocument::fromJson(again.out).object();
    QCOMPARE(counts.value(u"added"_s).toInt(), 0);
    QCOMPARE(counts.value(u"updated"_s).toInt(), scripts.size());
    QCOMPARE(list(workspace).size(), scripts.size());
}

void TestScriptsCommand::roundTrip_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("extension");
    QTest::addColumn<QStringList>("formatOption");
    QTest::newRow("sqlite json") << u"sqlite"_s << u"json"_s << QStringList {};
    QTest::newRow("sqlite csv") << u"sqlite"_s << u"csv"_s << QStringList {};
    QTest::newRow("sqlite csv by option")
        << u"sqlite"_s << u"txt"_s << QStringList { u"--format"_s, u"csv"_s };
    QTest::newRow("postgresql json") << u"postgresql"_s << u"json"_s << QStringList {};
    QTest::newRow("postgresql csv") << u"postgresql"_s << u"csv"_s << QStringList {};
}

void TestScriptsCommand::roundTrip()
{
    QFETCH(QString, backend);
    QFETCH(QString, extension);
    QFETCH(QStringList, formatOption);
    if (backend == "postgresql"_L1)
        CAREDESK_REQUIRE_PG();
    const QStringList first = freshWorkspace(backend);
    // A script of our own with what CSV quoting must survive.
    const QString custom = path(u"custom%1.json"_s.arg(++m_counter));
    QFile file(custom);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"links": {"care": "https://example.com/care?a=1,b=2"},
        "scripts": [{"key": "quoted", "title": "Quotes, commas", "shortcut": "q", "category": "Tests",
        "variants": [{"language": "en", "body": "He said \"hi\",\nthen left. {link:care}"},
                     {"platform": "x", "language": "ru", "title": "Кавычки", "body": "Он сказал «привет», \"да\""}]}]})");
    file.close();
    QCOMPARE(cli(first + QStringList { u"scripts"_s, u"import"_s, custom }).exitCode, 0);

    const QString exported = path(u"out%1.%2"_s.arg(++m_counter).arg(extension));
    const CliRun out
        = cli(first + QStringList { u"scripts"_s, u"export"_s, exported } + formatOption);
    QVERIFY2(out.exitCode == 0, out.err.constData());
    const QStringList second = freshWorkspace(backend);
    const CliRun in
        = cli(second + QStringList { u"scripts"_s, u"import"_s, exported } + formatOption);
    QVERIFY2(in.exitCode == 0, in.err.constData());
    const QString again = path(u"again%1.%2"_s.arg(++m_counter).arg(extension));
    QCOMPARE(
        cli(second + QStringList { u"scripts"_s, u"export"_s, again } + formatOption).exitCode, 0);

    QFile a(exported);
    QFile b(again);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    const QByteArray before = a.readAll();
    const QByteArray after = b.readAll();
    if (extension == "json"_L1) {
        // The links travel in JSON only; CSV holds scripts.
        QCOMPARE(QJsonDocument::fromJson(after)
                     .object()
                     .value(u"links"_s)
                     .toObject()
                     .value(u"care"_s)
                     .toString(),
            u"https://example.com/care?a=1,b=2"_s);
    }
    QCOMPARE(after, before);
    QVERIFY(before.contains("Quotes, commas"));
}

void TestScriptsCommand::malformedFilesChangeNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message");

    QTest::newRow("json record 3 has no text")
        << u"bad.json"_s
        << QByteArray("{\"scripts\": [\n  {\"title\": \"a\", \"body\": \"x\"},\n  {\"title\": "
                      "\"b\", \"body\": \"y\"},\n"
                      "  {\"title\": \"c\"}\n]}\n")
        << u"Record 3 (line 4)"_s;
    QTest::newRow("json syntax") << u"syntax.json"_s
                                 << QByteArray("{\"scripts\": [\n{\"title\": \"a\",,}]}")
                                 << u"Line 2"_s;
    QTest::newRow("csv record 2 unknown platform")
        << u"bad.csv"_s << QByteArray("title,platform,body\nOne,x,fine\nTwo,myspace,bad\n")
        << u"Record 2 (line 3)"_s;
    QTest::newRow("csv unclosed quote")
        << u"quote.csv"_s << QByteArray("title,body\nOne,\"never closed\n") << u"Line 2"_s;
    QTest::newRow("unknown extension")
        << u"scripts.xml"_s << QByteArray("<scripts/>") << u"--format"_s;
}

void TestScriptsCommand::malformedFilesChangeNothing()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, data);
    QFETCH(QString, message);
    const QStringList workspace = freshWorkspace(u"sqlite"_s);
    const QJsonArray before = list(workspace);
    const QString file = path(u"%1-%2"_s.arg(++m_counter).arg(name));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(data);
    out.close();
    const CliRun run = cli(workspace + QStringList { u"scripts"_s, u"import"_s, file });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1); // one sentence
    QCOMPARE(list(workspace), before);
    // A missing file is "not found".
    QCOMPARE(cli(workspace + QStringList { u"scripts"_s, u"import"_s, path(u"missing.json"_s) })
                 .exitCode,
        3);
}

void TestScriptsCommand::personalScriptsNeedAnAgent()
{
    const QStringList workspace = freshWorkspace(u"sqlite"_s);
    const QString file = path(u"personal%1.json"_s.arg(++m_counter));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(R"([{"key": "mine", "title": "Mine", "scope": "personal", "body": "Only mine"}])");
    out.close();
    const CliRun refused = cli(workspace + QStringList { u"scripts"_s, u"import"_s, file });
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.err.contains("--agent"));
    QCOMPARE(
        cli(workspace + QStringList { u"agents"_s, u"add"_s, u"anna"_s, u"--role"_s, u"agent"_s })
            .exitCode,
        0);
    QCOMPARE(
        cli(workspace + QStringList { u"scripts"_s, u"import"_s, file, u"--agent"_s, u"anna"_s })
            .exitCode,
        0);
    const auto keysOf = [](const QJsonArray &scripts) {
        QStringList keys;
        for (const QJsonValue &script : scripts)
            keys.append(script.toObject().value(u"key"_s).toString());
        return keys;
    };
    // Anna sees it; the local agent (no --agent) does not.
    QVERIFY(keysOf(list(workspace + QStringList { u"--agent"_s, u"anna"_s })).contains(u"mine"_s));
    QVERIFY(!keysOf(list(workspace)).contains(u"mine"_s));
}

void TestScriptsCommand::importIsAllOrNothing_data()
{
    backends();
}

void TestScriptsCommand::importIsAllOrNothing()
{
    QFETCH(QString, backend);
    if (backend == "postgresql"_L1)
        CAREDESK_REQUIRE_PG();
    const QStringList workspace = freshWorkspace(backend);
    const QJsonArray before = list(workspace);
    Result<std::unique_ptr<Database>> db
        = Database::open(m_configs.value(workspace.at(1)), Database::OpenMode::Existing);
    QVERIFY2(db.ok(), qPrintable(db.error().message));
    // Past the file reader: the store itself refuses the third script, and the two before it
    // and the links go with it.
    QList<Script> scripts;
    for (int i = 1; i <= 3; ++i) {
        Script script;
        script.key = u"batch-%1"_s.arg(i);
        script.title = u"Batch %1"_s.arg(i);
        script.variants = { { QString(), u"en"_s, QString(), i == 3 ? QString() : u"text"_s } };
        scripts.append(script);
    }
    const Result<ScriptImportResult> imported = ScriptStore::import(
        *db.value(), scripts, { { u"new"_s, u"https://example.com"_s } }, 1000);
    QVERIFY(!imported.ok());
    QVERIFY2(
        imported.error().message.contains(u"Script 3"_s), qPrintable(imported.error().message));
    QVERIFY(!ScriptStore::links(*db.value()).value().contains(u"new"_s));
    db.value().reset();
    QCOMPARE(list(workspace), before);
}

void TestScriptsCommand::usageIsCountedAndSearchFolds()
{
    const QStringList workspace = freshWorkspace(u"sqlite"_s);
    Result<std::unique_ptr<Database>> db
        = Database::open(m_configs.value(workspace.at(1)), Database::OpenMode::Existing);
    QVERIFY(db.ok());
    ScriptQuery query;
    query.text = u"ТЕРПЕНИЁ"_s; // folded like the texts: case and ё
    Result<QList<Script>> found = ScriptStore::list(*db.value(), query);
    QVERIFY(found.ok());
    QVERIFY(!found.value().isEmpty());
    for (const Script &script : found.value())
        QVERIFY(Scripts::searchText(script).contains(u"терпение"_s));
    query.text = u"100%_"_s; // LIKE's wildcards are text
    QVERIFY(ScriptStore::list(*db.value(), query).value().isEmpty());
    query.text.clear();
    query.category = u"Closing"_s;
    const QList<Script> closing = ScriptStore::list(*db.value(), query).value();
    QVERIFY(closing.size() >= 2);
    // The least used climbs to the top once used.
    const Script last = closing.last();
    QVERIFY(ScriptStore::recordUse(*db.value(), last.id, 0, 1000).ok());
    QVERIFY(ScriptStore::recordUse(*db.value(), last.id, 7, 1001).ok());
    const QList<Script> after = ScriptStore::list(*db.value(), query).value();
    QCOMPARE(after.first().id, last.id);
    QCOMPARE(after.first().usageCount, 2);
    QVERIFY(ScriptStore::categories(*db.value(), 0).value().contains(u"Closing"_s));
}

QTEST_GUILESS_MAIN(TestScriptsCommand)
#include "tst_scriptscommand.moc"
