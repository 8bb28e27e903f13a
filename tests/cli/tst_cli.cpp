// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// caredesk-cli as users and scripts meet it: the built program runs as a child process against
// real SQLite files in a temporary folder and against a database of its own on the PostgreSQL
// server of the test command. The workspaces are filled in this process through the storage
// layer, the way the poller fills them.
#include "app/core/connector.h"
#include "app/core/domain.h"
#include "app/storage/casestore.h"
#include "app/storage/database.h"
#include "app/storage/sqlrepositories.h"
#include "tests/support/pgfixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {

// A command answers in well under a second; a locked workspace makes it wait for the busy
// timeout (5 s) first.
constexpr int kChildTimeoutMs = 60000;
constexpr int kBusyTimeoutMs = 5000;
constexpr int kBusySlackMs = 5000;

// 2025-03-03T09:00:00Z: the story cases happen in the ten minutes after it, the bulk cases in
// the hours before it.
constexpr Millis kBase = 1740992400000;
constexpr Millis kMinute = 60000;
constexpr Millis kHour = 60 * kMinute;
constexpr int kBulkCases = 52;
constexpr int kDefaultLimit = 50;

// Stands for the workspace path or database URL a row runs against.
const auto kTarget = u"@TARGET@"_s;

struct CliRun {
    bool finished = false;
    bool crashed = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
};

IncomingMessage incoming(const QString &platformId, const QString &thread, const QString &author,
    const QString &text, Millis at, Visibility visibility = Visibility::Public)
{
    IncomingMessage m;
    m.platformId = platformId;
    m.threadKey = thread;
    m.direction = Direction::In;
    m.visibility = visibility;
    m.authorPlatformId = u"u-"_s + author.section(u' ', 0, 0).toLower();
    m.authorHandle = author.section(u' ', 0, 0).toLower();
    m.authorName = author;
    m.text = text;
    m.createdAt = at;
    m.language = u"en"_s;
    return m;
}

IncomingMessage outgoing(const QString &platformId, const QString &thread, const QString &text,
    Millis at, const QString &replyTo)
{
    IncomingMessage m;
    m.platformId = platformId;
    m.threadKey = thread;
    m.direction = Direction::Out;
    m.visibility = Visibility::Public;
    m.authorName = u"Acme Care"_s;
    m.text = text;
    m.createdAt = at;
    m.replyToPlatformId = replyTo;
    return m;
}

Result<Done> ingest(Database &db, Id accountId, const QList<IncomingMessage> &messages)
{
    IngestBatch batch;
    batch.accountId = accountId;
    batch.stream = u"mentions"_s;
    batch.messages = messages;
    Result<IngestResult> stored = CaseStore::ingest(db, batch, kBase + 15 * kMinute);
    if (!stored.ok())
        return stored.error();
    return Done {};
}

/// The same cases on SQLite and PostgreSQL: three told apart by their threads (x-order with a
/// reply and a private follow-up, x-refund, m-login on Mastodon) and kBulkCases older ones.
Result<Done> fillWorkspace(const DatabaseConfig &config)
{
    Result<std::unique_ptr<Database>> opened = Database::open(config, Database::OpenMode::Existing);
    if (!opened.ok())
        return opened.error();
    Database &db = *opened.value();

    Account x;
    x.platform = Platform::X;
    x.handle = u"acme_care"_s;
    Result<Account> xAccount = AccountStore::add(db, x, kBase - 1000 * kHour);
    if (!xAccount.ok())
        return xAccount.error();
    Account mastodon;
    mastodon.platform = Platform::Mastodon;
    mastodon.handle = u"acme@mastodon.example"_s;
    Result<Account> mastodonAccount = AccountStore::add(db, mastodon, kBase - 1000 * kHour);
    if (!mastodonAccount.ok())
        return mastodonAccount.error();

    QList<IncomingMessage> bulk;
    for (int i = 0; i < kBulkCases; ++i) {
        bulk.append(
            incoming(u"x-bulk-msg-%1"_s.arg(i), u"x-bulk-%1"_s.arg(i), u"Bulk%1 Customer"_s.arg(i),
                u"Question number %1 about shipping"_s.arg(i), kBase - (i + 1) * kHour));
    }
    QList<IncomingMessage> story {
        incoming(u"x-100"_s, u"x-order"_s, u"Alice Example"_s, u"My parcel is late again"_s, kBase),
        outgoing(u"x-101"_s, u"x-order"_s, u"Sorry about the parcel, checking now"_s,
            kBase + kMinute, u"x-100"_s),
        incoming(u"x-102"_s, u"x-order"_s, u"Alice Example"_s, u"Order number 4711"_s,
            kBase + 2 * kMinute, Visibility::Private),
        incoming(u"x-200"_s, u"x-refund"_s, u"Bob Example"_s,
            u"Refund for the broken parcel please"_s, kBase + 5 * kMinute),
    };
    if (Result<Done> done = ingest(db, xAccount.value().id, bulk + story); !done.ok())
        return done;
    return ingest(db, mastodonAccount.value().id,
        { incoming(u"m-300"_s, u"m-login"_s, u"Carol Example"_s,
            u"The app crashes on login, parcel tracking is gone"_s, kBase + 10 * kMinute) });
}

/// Every thread, newest first, as the inbox lists them.
QStringList allThreadsNewestFirst()
{
    QStringList threads { u"m-login"_s, u"x-refund"_s, u"x-order"_s };
    for (int i = 0; i < kBulkCases; ++i)
        threads.append(u"x-bulk-%1"_s.arg(i));
    return threads;
}

QString iso(Millis at)
{
    // Spelled out rather than formatted by the code under test.
    return QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
}

bool isLocalIdKey(const QString &key)
{
    return key == "id"_L1 || (key.endsWith("_id"_L1) && !key.startsWith("platform"_L1));
}

/// The JSON conventions of ARCHITECTURE.md: snake_case keys, local ids as strings of digits,
/// times as ISO 8601 UTC ending in Z (or null when there is none).
void collectViolations(const QJsonValue &value, const QString &where, QStringList *violations)
{
    static const QRegularExpression snake(u"^[a-z][a-z0-9]*(_[a-z0-9]+)*$"_s);
    static const QRegularExpression digits(u"^[1-9][0-9]*$"_s);
    static const QRegularExpression isoZ(
        u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{3})?Z$"_s);
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectViolations(array.at(i), u"%1[%2]"_s.arg(where).arg(i), violations);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const QString at = where + u'.' + key;
        if (!snake.match(key).hasMatch())
            violations->append(at + u" is not snake_case"_s);
        if (isLocalIdKey(key) && !(it->isString() && digits.match(it->toString()).hasMatch()))
            violations->append(at + u" is not an id string: "_s + it->toVariant().toString());
        if ((key.endsWith("_at"_L1) || key.endsWith("_until"_L1)) && !it->isNull()
            && !(it->isString() && isoZ.match(it->toString()).hasMatch()))
            violations->append(
                at + u" is not ISO 8601 UTC with Z: "_s + it->toVariant().toString());
        collectViolations(*it, at, violations);
    }
}

/// Local ids differ between databases (PostgreSQL identities use up a number on a conflict);
/// everything else must match.
QJsonValue withoutLocalIds(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray result;
        for (const QJsonValue &item : value.toArray())
            result.append(withoutLocalIds(item));
        return result;
    }
    if (!value.isObject())
        return value;
    QJsonObject result;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        result.insert(
            it.key(), isLocalIdKey(it.key()) ? QJsonValue(u"<id>"_s) : withoutLocalIds(*it));
    return result;
}

QJsonValue rootOf(const QJsonDocument &document)
{
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

QString textOf(const QJsonValue &value)
{
    const QJsonDocument document
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

QStringList stringsOf(const QJsonArray &rows, const QString &key)
{
    QStringList values;
    for (const QJsonValue &row : rows)
        values.append(row.toObject().value(key).toString());
    return values;
}

bool isNewestFirst(const QJsonArray &rows, const QString &key)
{
    for (qsizetype i = 1; i < rows.size(); ++i) {
        if (rows.at(i - 1).toObject().value(key).toString()
            < rows.at(i).toObject().value(key).toString())
            return false;
    }
    return true;
}

/// A dump of the schema and the workspace header, to tell whether a command changed either.
QString schemaOf(const QString &path)
{
    const QString name = u"schema-"_s + QUuid::createUuid().toString(QUuid::Id128);
    QString dump;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(u"SELECT type, name, sql FROM sqlite_master ORDER BY type, name"_s);
            while (query.next()) {
                dump += query.value(0).toString() + u' ' + query.value(1).toString() + u' '
                    + query.value(2).toString() + u'\n';
            }
            query.exec(u"SELECT kind, schema_version, created_at FROM workspace"_s);
            while (query.next()) {
                dump += u"workspace "_s + query.value(0).toString() + u' '
                    + query.value(1).toString() + u' ' + query.value(2).toString() + u'\n';
            }
        } else {
            dump = u"cannot open: "_s + db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return dump;
}

bool runSql(const QString &path, const QString &statement)
{
    const QString name = u"sql-"_s + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(statement);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Another program holding an SQLite workspace, as long as this object lives.
class SqliteLock
{
public:
    Q_DISABLE_COPY_MOVE(SqliteLock)
    SqliteLock(const QString &path, bool exclusiveLockingMode)
        : m_name(u"lock-"_s + QUuid::createUuid().toString(QUuid::Id128))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        if (!db.open()) {
            m_error = db.lastError().text();
            return;
        }
        QStringList statements;
        // In WAL mode BEGIN EXCLUSIVE keeps out writers only; readers need the exclusive
        // locking mode to be kept out too.
        if (exclusiveLockingMode)
            statements.append(u"PRAGMA locking_mode = EXCLUSIVE"_s);
        statements.append(u"BEGIN EXCLUSIVE"_s);
        statements.append(u"UPDATE workspace SET name = name"_s);
        for (const QString &statement : std::as_const(statements)) {
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                m_error = statement + u": "_s + query.lastError().text();
                return;
            }
        }
    }
    ~SqliteLock()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen()) {
                QSqlQuery rollback(db);
                rollback.exec(u"ROLLBACK"_s);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    const QString &error() const { return m_error; }

private:
    QString m_name;
    QString m_error;
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void workspaceInit_data();
    void workspaceInit();
    void inboxJson_data();
    void inboxJson();
    void inboxRowFields();
    void showJson_data();
    void showJson();
    void searchJson_data();
    void searchJson();
    void plainText_data();
    void plainText();
    void globalOptionsAnywhere_data();
    void globalOptionsAnywhere();
    void versionAndHelp_data();
    void versionAndHelp();
    void errors_data();
    void errors();
    void readsWhileAnotherProgramWrites();
    void postgresInit();
    void postgresMatchesSqlite_data();
    void postgresMatchesSqlite();

private:
    CliRun cli(const QStringList &arguments) const;
    QJsonDocument jsonOf(const QStringList &arguments) const;
    QString freshPath(const QString &stem);
    QString caseId(const QString &thread) const { return m_caseIds.value(thread); }
    /// Replaces "@case:THREAD" by the id of the case of that thread.
    static QStringList withCaseIds(QStringList arguments, const QHash<QString, QString> &ids);
    QHash<QString, QString> caseIdsOf(const QStringList &target) const;
    bool preparePostgres();

    QTemporaryDir m_dir;
    QString m_program;
    QString m_home;
    QString m_filled; ///< the filled SQLite workspace, read only after initTestCase
    QHash<QString, QString> m_caseIds; ///< thread -> case id in m_filled
    QHash<QString, QString> m_pgCaseIds; ///< thread -> case id in m_pg
    bool m_pgReady = false; ///< postgresInit created and filled the workspace in m_pg
    int m_counter = 0;
    std::unique_ptr<Test::PgFixture> m_pg;
};

CliRun TestCli::cli(const QStringList &arguments) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The default workspace lives under these; the user's own is never touched.
    environment.insert(u"HOME"_s, m_home);
    environment.insert(u"XDG_DATA_HOME"_s, m_home + u"/.local/share"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, m_home + u"/.config"_s);
    environment.insert(u"XDG_CACHE_HOME"_s, m_home + u"/.cache"_s);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    environment.remove(u"LANGUAGE"_s);
    environment.remove(u"QT_LOGGING_RULES"_s);
    process.setProcessEnvironment(environment);
    process.setProgram(m_program);
    process.setArguments(arguments);
    process.setStandardInputFile(QProcess::nullDevice());

    CliRun run;
    QElapsedTimer timer;
    timer.start();
    process.start();
    if (!process.waitForStarted(kChildTimeoutMs))
        return run;
    run.finished = process.waitForFinished(kChildTimeoutMs);
    run.elapsedMs = timer.elapsed();
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

#define CAREDESK_VERIFY_RAN(run)                                                                   \
    do {                                                                                           \
        QVERIFY2((run).finished, "caredesk-cli did not finish in time");                           \
        QVERIFY2(!(run).crashed, (run).err.constData());                                           \
    } while (false)

#define CAREDESK_VERIFY_SUCCESS(run)                                                               \
    do {                                                                                           \
        CAREDESK_VERIFY_RAN(run);                                                                  \
        QVERIFY2((run).exitCode == 0, (run).err.constData());                                      \
        QVERIFY2((run).err.isEmpty(), (run).err.constData());                                      \
    } while (false)

QJsonDocument TestCli::jsonOf(const QStringList &arguments) const
{
    const CliRun run = cli(arguments);
    if (!run.finished || run.crashed || run.exitCode != 0 || !run.err.isEmpty()) {
        qWarning("caredesk-cli %s: exit %d: %s", qPrintable(arguments.join(u' ')), run.exitCode,
            run.err.constData());
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("caredesk-cli printed no JSON: %s", qPrintable(error.errorString()));
    return document;
}

QString TestCli::freshPath(const QString &stem)
{
    return m_dir.filePath(u"%1-%2.caredesk"_s.arg(stem).arg(++m_counter));
}

QStringList TestCli::withCaseIds(QStringList arguments, const QHash<QString, QString> &ids)
{
    for (QString &argument : arguments) {
        if (argument.startsWith("@case:"_L1))
            argument = ids.value(argument.mid(6));
    }
    return arguments;
}

QHash<QString, QString> TestCli::caseIdsOf(const QStringList &target) const
{
    QHash<QString, QString> ids;
    const QJsonArray rows
        = jsonOf(QStringList { u"inbox"_s, u"--all"_s, u"--json"_s } + target).array();
    for (const QJsonValue &row : rows)
        ids.insert(row[u"thread"_s].toString(), row[u"id"_s].toString());
    return ids;
}

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_program = qEnvironmentVariable("CAREDESK_CLI");
    QVERIFY2(QFileInfo(m_program).isExecutable(),
        "CAREDESK_CLI does not name the built caredesk-cli; run the test through ctest");
    m_home = m_dir.filePath(u"home"_s);
    QVERIFY(QDir().mkpath(m_home));

    m_filled = m_dir.filePath(u"filled.caredesk"_s);
    const CliRun init = cli({ u"workspace"_s, u"init"_s, u"--workspace"_s, m_filled });
    CAREDESK_VERIFY_SUCCESS(init);
    const Result<Done> filled = fillWorkspace(DatabaseConfig::sqlite(m_filled));
    QVERIFY2(filled.ok(), qPrintable(filled.error().message));

    m_caseIds = caseIdsOf({ u"--workspace"_s, m_filled });
    QCOMPARE(m_caseIds.size(), kBulkCases + 3);
}

void TestCli::cleanupTestCase()
{
    m_pg.reset();
}

void TestCli::workspaceInit_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<bool>("useDefaultWorkspace");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("twice");

    QTest::newRow("standard into a new file, twice is idempotent")
        << QStringList() << false << u"standard"_s << true;
    QTest::newRow("training into a new file, twice is idempotent")
        << QStringList { u"--training"_s } << false << u"training"_s << true;
    // The demo content is someone else's; only that it succeeds on an empty target.
    QTest::newRow("demo into a new file")
        << QStringList { u"--demo"_s } << false << u"demo"_s << false;
    QTest::newRow("default workspace under XDG_DATA_HOME, twice is idempotent")
        << QStringList() << true << u"standard"_s << true;
}

void TestCli::workspaceInit()
{
    QFETCH(QStringList, options);
    QFETCH(bool, useDefaultWorkspace);
    QFETCH(QString, kind);
    QFETCH(bool, twice);

    const QString path = useDefaultWorkspace
        ? m_home + u"/.local/share/CareDesk/caredesk/workspace.caredesk"_s
        : freshPath(u"init"_s);
    QVERIFY(!QFileInfo::exists(path));
    QStringList arguments = QStringList { u"workspace"_s, u"init"_s, u"--json"_s } + options;
    if (!useDefaultWorkspace)
        arguments << u"--workspace"_s << path;

    const QJsonDocument first = jsonOf(arguments);
    QVERIFY(first.isObject());
    QVERIFY(QFileInfo(path).isFile());
    QCOMPARE(first[u"kind"_s].toString(), kind);
    QCOMPARE(first[u"schema_version"_s].toInt(), Database::schemaVersion);
    QCOMPARE(first[u"workspace"_s].toString(), path);
    QStringList violations;
    collectViolations(first.object(), u"init"_s, &violations);
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
    if (!twice)
        return;

    const QString schema = schemaOf(path);
    QVERIFY(schema.contains(u"table cases "_s));
    const QJsonDocument second = jsonOf(arguments);
    QCOMPARE(second, first);
    QCOMPARE(schemaOf(path), schema);
}

void TestCli::inboxJson_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("threads");

    const QStringList all = allThreadsNewestFirst();
    QStringList notOrder = all;
    notOrder.removeAll(u"x-order"_s);
    QStringList onX = all;
    onX.removeAll(u"m-login"_s);

    QTest::newRow("without options the newest 50, newest first")
        << QStringList() << all.mid(0, kDefaultLimit);
    QTest::newRow("--limit 2 keeps the two newest")
        << QStringList { u"--limit"_s, u"2"_s } << all.mid(0, 2);
    QTest::newRow("--limit=3 form") << QStringList { u"--limit=3"_s } << all.mid(0, 3);
    QTest::newRow("--all lists every case") << QStringList { u"--all"_s } << all;
    QTest::newRow("--status new leaves out the answered case")
        << QStringList { u"--status"_s, u"new"_s, u"--all"_s } << notOrder;
    QTest::newRow("--status open is the answered case")
        << QStringList { u"--status"_s, u"open"_s } << QStringList { u"x-order"_s };
    QTest::newRow("--status resolved is an empty array")
        << QStringList { u"--status"_s, u"resolved"_s } << QStringList();
    QTest::newRow("--platform x leaves out Mastodon")
        << QStringList { u"--platform"_s, u"x"_s, u"--all"_s } << onX;
    QTest::newRow("--platform mastodon")
        << QStringList { u"--platform"_s, u"mastodon"_s } << QStringList { u"m-login"_s };
    QTest::newRow("--platform telegram is an empty array")
        << QStringList { u"--platform"_s, u"telegram"_s } << QStringList();
    QTest::newRow("filters combine with a limit")
        << QStringList { u"--status"_s, u"new"_s, u"--platform"_s, u"x"_s, u"--limit"_s, u"3"_s }
        << QStringList { u"x-refund"_s, u"x-bulk-0"_s, u"x-bulk-1"_s };
}

void TestCli::inboxJson()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, threads);

    const QJsonDocument document
        = jsonOf(QStringList { u"inbox"_s, u"--json"_s, u"--workspace"_s, m_filled } + options);
    QVERIFY(document.isArray());
    const QJsonArray rows = document.array();
    QCOMPARE(stringsOf(rows, u"thread"_s), threads);
    QVERIFY(isNewestFirst(rows, u"last_message_at"_s));
    QStringList violations;
    collectViolations(rows, u"inbox"_s, &violations);
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
}

void TestCli::inboxRowFields()
{
    const QJsonArray rows
        = jsonOf({ u"inbox"_s, u"--json"_s, u"--limit"_s, u"3"_s, u"--workspace"_s, m_filled })
              .array();
    QCOMPARE(rows.size(), 3);

    const QJsonObject login = rows.at(0).toObject();
    QCOMPARE(login[u"id"_s].toString(), caseId(u"m-login"_s));
    QCOMPARE(login[u"platform"_s].toString(), u"mastodon"_s);
    QCOMPARE(login[u"account"_s].toString(), u"acme@mastodon.example"_s);
    QCOMPARE(login[u"customer"_s].toString(), u"Carol Example"_s);
    QCOMPARE(login[u"status"_s].toString(), u"new"_s);
    QCOMPARE(login[u"last_direction"_s].toString(), u"in"_s);
    QCOMPARE(login[u"last_visibility"_s].toString(), u"public"_s);
    QCOMPARE(login[u"message_count"_s].toInt(), 1);
    QCOMPARE(login[u"unanswered"_s].toInt(), 1);
    QCOMPARE(login[u"opened_at"_s].toString(), iso(kBase + 10 * kMinute));
    QCOMPARE(login[u"last_message_at"_s].toString(), u"2025-03-03T09:10:00.000Z"_s);
    QVERIFY(login[u"first_response_at"_s].isNull());
    QVERIFY(login[u"snippet"_s].toString().contains(u"crashes on login"_s));

    const QJsonObject order = rows.at(2).toObject();
    QCOMPARE(order[u"platform"_s].toString(), u"x"_s);
    QCOMPARE(order[u"account"_s].toString(), u"acme_care"_s);
    QCOMPARE(order[u"customer"_s].toString(), u"Alice Example"_s);
    QCOMPARE(order[u"status"_s].toString(), u"open"_s);
    QCOMPARE(order[u"message_count"_s].toInt(), 3);
    QCOMPARE(order[u"unanswered"_s].toInt(), 1);
    QCOMPARE(order[u"last_visibility"_s].toString(), u"private"_s);
    QCOMPARE(order[u"opened_at"_s].toString(), iso(kBase));
    QCOMPARE(order[u"first_response_at"_s].toString(), iso(kBase + kMinute));
    QCOMPARE(order[u"last_customer_message_at"_s].toString(), iso(kBase + 2 * kMinute));
}

void TestCli::showJson_data()
{
    QTest::addColumn<QString>("thread");
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("customer");
    QTest::addColumn<QStringList>("messages"); // platform id, direction, visibility

    QTest::newRow("a thread of three, oldest first, with direction and visibility")
        << u"x-order"_s << u"x"_s << u"Alice Example"_s
        << QStringList { u"x-100 in public"_s, u"x-101 out public"_s, u"x-102 in private"_s };
    QTest::newRow("one public message on Mastodon")
        << u"m-login"_s << u"mastodon"_s << u"Carol Example"_s
        << QStringList { u"m-300 in public"_s };
}

void TestCli::showJson()
{
    QFETCH(QString, thread);
    QFETCH(QString, platform);
    QFETCH(QString, customer);
    QFETCH(QStringList, messages);

    const QString id = caseId(thread);
    QVERIFY(!id.isEmpty());
    const QJsonDocument document
        = jsonOf({ u"show"_s, id, u"--json"_s, u"--workspace"_s, m_filled });
    QVERIFY(document.isObject());
    QStringList violations;
    collectViolations(document.object(), u"show"_s, &violations);
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));

    const QJsonObject c = document[u"case"_s].toObject();
    QCOMPARE(c[u"id"_s].toString(), id);
    QCOMPARE(c[u"thread"_s].toString(), thread);
    QCOMPARE(c[u"platform"_s].toString(), platform);
    QCOMPARE(c[u"account_id"_s].toString(), document[u"account"_s][u"id"_s].toString());
    QCOMPARE(document[u"account"_s][u"platform"_s].toString(), platform);
    QCOMPARE(document[u"account"_s][u"connector"_s].toString(), u"live"_s);
    QVERIFY(!document[u"account"_s][u"handle"_s].toString().isEmpty());
    QCOMPARE(document[u"customer"_s][u"name"_s].toString(), customer);
    QCOMPARE(document[u"customer"_s][u"id"_s].toString(), c[u"customer_id"_s].toString());
    const QJsonArray identities = document[u"customer"_s][u"identities"_s].toArray();
    QCOMPARE(identities.size(), 1);
    QCOMPARE(identities.at(0)[u"platform"_s].toString(), platform);
    QCOMPARE(identities.at(0)[u"display_name"_s].toString(), customer);
    QVERIFY(document[u"notes"_s].isArray());

    const QJsonArray conversation = document[u"messages"_s].toArray();
    QStringList seen;
    for (const QJsonValue &m : conversation) {
        seen.append(m[u"platform_id"_s].toString() + u' ' + m[u"direction"_s].toString() + u' '
            + m[u"visibility"_s].toString());
    }
    QCOMPARE(seen, messages);
    for (qsizetype i = 1; i < conversation.size(); ++i) {
        QVERIFY2(conversation.at(i - 1)[u"created_at"_s].toString()
                < conversation.at(i)[u"created_at"_s].toString(),
            "messages are not oldest first");
    }
    QCOMPARE(conversation.first()[u"created_at"_s].toString(), c[u"opened_at"_s].toString());
    QCOMPARE(conversation.last()[u"created_at"_s].toString(), c[u"last_message_at"_s].toString());
}

void TestCli::searchJson_data()
{
    QTest::addColumn<QStringList>("query");
    QTest::addColumn<QStringList>("times"); // created_at of the hits, newest first
    QTest::addColumn<QStringList>("threads");

    QTest::newRow("a word in four messages of three cases, newest first")
        << QStringList { u"parcel"_s }
        << QStringList { iso(kBase + 10 * kMinute), iso(kBase + 5 * kMinute), iso(kBase + kMinute),
               iso(kBase) }
        << QStringList { u"m-login"_s, u"x-refund"_s, u"x-order"_s, u"x-order"_s };
    QTest::newRow("capitals do not matter")
        << QStringList { u"PARCEL"_s, u"--limit"_s, u"1"_s }
        << QStringList { iso(kBase + 10 * kMinute) } << QStringList { u"m-login"_s };
    QTest::newRow("--limit 2 keeps the two newest")
        << QStringList { u"parcel"_s, u"--limit"_s, u"2"_s }
        << QStringList { iso(kBase + 10 * kMinute), iso(kBase + 5 * kMinute) }
        << QStringList { u"m-login"_s, u"x-refund"_s };
    QTest::newRow("every word must match")
        << QStringList { u"parcel"_s, u"refund"_s } << QStringList { iso(kBase + 5 * kMinute) }
        << QStringList { u"x-refund"_s };
    QTest::newRow("the author's name is searched too")
        << QStringList { u"Alice"_s } << QStringList { iso(kBase + 2 * kMinute), iso(kBase) }
        << QStringList { u"x-order"_s, u"x-order"_s };
    QTest::newRow("no hit is an empty array")
        << QStringList { u"nosuchword"_s } << QStringList() << QStringList();
}

void TestCli::searchJson()
{
    QFETCH(QStringList, query);
    QFETCH(QStringList, times);
    QFETCH(QStringList, threads);

    const QJsonDocument document = jsonOf(QStringList { u"search"_s } + query
        + QStringList { u"--json"_s, u"--workspace"_s, m_filled });
    QVERIFY(document.isArray());
    const QJsonArray hits = document.array();
    QCOMPARE(stringsOf(hits, u"created_at"_s), times);
    QStringList expectedCases;
    for (const QString &thread : std::as_const(threads))
        expectedCases.append(caseId(thread));
    QCOMPARE(stringsOf(hits, u"case_id"_s), expectedCases);
    QVERIFY(isNewestFirst(hits, u"created_at"_s));
    for (const QJsonValue &hit : hits) {
        QVERIFY(!hit[u"text"_s].toString().isEmpty());
        QVERIFY(!hit[u"author"_s].toString().isEmpty());
        QVERIFY(!hit[u"platform"_s].toString().isEmpty());
    }
    QStringList violations;
    collectViolations(hits, u"search"_s, &violations);
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
}

void TestCli::plainText_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("contains");

    QTest::newRow("inbox says when more cases follow")
        << QStringList { u"inbox"_s } << u"More cases follow"_s;
    QTest::newRow("inbox --all") << QStringList { u"inbox"_s, u"--all"_s } << u"Carol Example"_s;
    QTest::newRow("show") << QStringList { u"show"_s, u"@case:x-order"_s }
                          << u"Order number 4711"_s;
    QTest::newRow("search") << QStringList { u"search"_s, u"parcel"_s } << u"Bob Example"_s;
    QTest::newRow("workspace init") << QStringList { u"workspace"_s, u"init"_s } << u"standard"_s;
}

void TestCli::plainText()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, contains);

    const CliRun run
        = cli(withCaseIds(arguments, m_caseIds) + QStringList { u"--workspace"_s, m_filled });
    CAREDESK_VERIFY_SUCCESS(run);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY(!out.trimmed().isEmpty());
    QVERIFY2(!out.startsWith(u'{') && !out.startsWith(u'['), "plain text came out as JSON");
    QVERIFY2(out.contains(contains), qPrintable(out));
}

void TestCli::globalOptionsAnywhere_data()
{
    QTest::addColumn<QStringList>("command");

    QTest::newRow("inbox") << QStringList { u"inbox"_s, u"--limit"_s, u"5"_s };
    QTest::newRow("show") << QStringList { u"show"_s, u"@case:x-order"_s };
    QTest::newRow("search") << QStringList { u"search"_s, u"parcel"_s };
    QTest::newRow("workspace init") << QStringList { u"workspace"_s, u"init"_s };
}

void TestCli::globalOptionsAnywhere()
{
    QFETCH(QStringList, command);
    command = withCaseIds(command, m_caseIds);
    const QStringList workspace { u"--workspace"_s, m_filled };
    const QStringList json { u"--json"_s };

    const CliRun after = cli(command + workspace + json);
    CAREDESK_VERIFY_SUCCESS(after);
    QVERIFY(QJsonDocument::fromJson(after.out).isArray()
        || QJsonDocument::fromJson(after.out).isObject());
    const CliRun before = cli(json + command + workspace);
    CAREDESK_VERIFY_SUCCESS(before);
    QCOMPARE(before.out, after.out);
    const CliRun allBefore = cli(workspace + json + command);
    CAREDESK_VERIFY_SUCCESS(allBefore);
    QCOMPARE(allBefore.out, after.out);
    const CliRun equalsForm = cli(command + QStringList { u"--workspace="_s + m_filled } + json);
    CAREDESK_VERIFY_SUCCESS(equalsForm);
    QCOMPARE(equalsForm.out, after.out);
}

void TestCli::versionAndHelp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("pattern");

    const QString version
        = u"^caredesk-cli \\d+\\.\\d+\\.\\d+\\S* \\([0-9a-z]+, built \\d{4}-\\d\\d-\\d\\d\\)\\n$"_s;
    QTest::newRow("--version") << QStringList { u"--version"_s } << version;
    QTest::newRow("--version after a command")
        << QStringList { u"inbox"_s, u"--version"_s } << version;
    QTest::newRow("--help") << QStringList { u"--help"_s }
                            << u"^Usage: caredesk-cli .*inbox.*show.*search"_s;
    QTest::newRow("--help after a command")
        << QStringList { u"search"_s, u"--help"_s } << u"^Usage: caredesk-cli "_s;
}

void TestCli::versionAndHelp()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, pattern);

    const CliRun run = cli(arguments);
    CAREDESK_VERIFY_SUCCESS(run);
    const QRegularExpression expected(pattern, QRegularExpression::DotMatchesEverythingOption);
    QVERIFY2(expected.match(QString::fromUtf8(run.out)).hasMatch(), run.out.constData());
}

void TestCli::errors_data()
{
    QTest::addColumn<QString>("target"); // what @TARGET@ stands for
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");

    const auto row = [](const char *name, const QString &target, const QStringList &arguments,
                         int code) { QTest::newRow(name) << target << arguments << code; };
    const QStringList inbox { u"inbox"_s, u"--workspace"_s, kTarget };
    const QStringList init { u"workspace"_s, u"init"_s, u"--workspace"_s, kTarget };

    // Bad input (2).
    row("unknown option", u"filled"_s, inbox + QStringList { u"--frobnicate"_s }, 2);
    row("unknown option before the command", u"filled"_s, QStringList { u"--frobnicate"_s } + inbox,
        2);
    row("option of another command", u"filled"_s, inbox + QStringList { u"--demo"_s }, 2);
    row("unknown command", u"filled"_s, { u"frobnicate"_s, u"--workspace"_s, kTarget }, 2);
    row("no command", u"none"_s, {}, 2);
    row("only global options", u"filled"_s, { u"--json"_s, u"--workspace"_s, kTarget }, 2);
    row("unknown workspace command", u"filled"_s,
        { u"workspace"_s, u"frob"_s, u"--workspace"_s, kTarget }, 2);
    row("--limit 0", u"filled"_s, inbox + QStringList { u"--limit"_s, u"0"_s }, 2);
    row("--limit x", u"filled"_s, inbox + QStringList { u"--limit"_s, u"x"_s }, 2);
    row("--limit -1", u"filled"_s, inbox + QStringList { u"--limit"_s, u"-1"_s }, 2);
    row("--limit with --all", u"filled"_s, inbox + QStringList { u"--limit"_s, u"2"_s, u"--all"_s },
        2);
    row("--limit given twice", u"filled"_s, inbox + QStringList { u"--limit=1"_s, u"--limit=2"_s },
        2);
    row("search --limit 0", u"filled"_s,
        { u"search"_s, u"parcel"_s, u"--limit"_s, u"0"_s, u"--workspace"_s, kTarget }, 2);
    row("missing value of --limit", u"filled"_s, inbox + QStringList { u"--limit"_s }, 2);
    row("missing value of --workspace", u"none"_s, { u"inbox"_s, u"--workspace"_s }, 2);
    row("empty --workspace", u"none"_s, { u"inbox"_s, u"--workspace"_s, QString() }, 2);
    row("empty --workspace= form", u"none"_s, { u"inbox"_s, u"--workspace="_s }, 2);
    row("a flag with a value", u"filled"_s, inbox + QStringList { u"--json=yes"_s }, 2);
    row("show without a case", u"filled"_s, { u"show"_s, u"--workspace"_s, kTarget }, 2);
    row("show with two cases", u"filled"_s,
        { u"show"_s, u"1"_s, u"2"_s, u"--workspace"_s, kTarget }, 2);
    row("show notanumber", u"filled"_s, { u"show"_s, u"notanumber"_s, u"--workspace"_s, kTarget },
        2);
    row("show 0", u"filled"_s, { u"show"_s, u"0"_s, u"--workspace"_s, kTarget }, 2);
    row("search without a query", u"filled"_s, { u"search"_s, u"--workspace"_s, kTarget }, 2);
    row("--platform nosuch", u"filled"_s, inbox + QStringList { u"--platform"_s, u"nosuch"_s }, 2);
    row("--status nosuch", u"filled"_s, inbox + QStringList { u"--status"_s, u"nosuch"_s }, 2);
    row("--queue not an id", u"filled"_s, inbox + QStringList { u"--queue"_s, u"abc"_s }, 2);
    row("both --workspace and --database", u"filled"_s,
        inbox + QStringList { u"--database"_s, u"postgresql://nobody@127.0.0.1:1/x"_s }, 2);
    row("a folder as the workspace", u"folder"_s, inbox, 2);
    row("malformed database URL", u"none"_s, { u"inbox"_s, u"--database"_s, u"not a url"_s }, 2);
    row("database URL of another scheme", u"none"_s,
        { u"inbox"_s, u"--database"_s, u"mysql://u@h/db"_s }, 2);
    row("database URL without a database", u"none"_s,
        { u"workspace"_s, u"init"_s, u"--database"_s, u"postgresql://u@127.0.0.1:1/"_s }, 2);
    row("workspace init --demo --training", u"missing"_s,
        init + QStringList { u"--demo"_s, u"--training"_s }, 2);

    // Not found (3).
    row("show 999999", u"filled"_s, { u"show"_s, u"999999"_s, u"--workspace"_s, kTarget }, 3);
    row("inbox of a missing workspace file", u"missing"_s, inbox, 3);
    row("show in a missing workspace file", u"missing"_s,
        { u"show"_s, u"1"_s, u"--workspace"_s, kTarget }, 3);
    row("search in a missing workspace file", u"missing"_s,
        { u"search"_s, u"x"_s, u"--workspace"_s, kTarget }, 3);

    // Conflict (4).
    row("workspace init --training on a standard workspace", u"standard"_s,
        init + QStringList { u"--training"_s }, 4);
    row("workspace init --demo on a standard workspace", u"standard"_s,
        init + QStringList { u"--demo"_s }, 4);
    row("workspace init --demo on a filled standard workspace", u"filled-copy"_s,
        init + QStringList { u"--demo"_s }, 4);
    row("workspace init --demo on a training workspace", u"training"_s,
        init + QStringList { u"--demo"_s }, 4);

    // Unavailable (5).
    row("inbox of a corrupt file", u"corrupt"_s, inbox, 5);
    row("workspace init on a corrupt file", u"corrupt"_s, init, 5);
    row("inbox of a file with a damaged SQLite header", u"damaged"_s, inbox, 5);
    row("workspace init on a file with a damaged SQLite header", u"damaged"_s, init, 5);
    row("workspace init while another program writes", u"locked-writer"_s, init, 5);
    row("inbox while another program holds the file exclusively", u"locked-reader"_s, inbox, 5);
    row("show while another program holds the file exclusively", u"locked-reader"_s,
        { u"show"_s, u"1"_s, u"--workspace"_s, kTarget }, 5);
    row("unreachable database for inbox", u"none"_s,
        { u"inbox"_s, u"--database"_s, u"postgresql://nobody@127.0.0.1:1/x"_s }, 5);
    row("unreachable database for workspace init", u"none"_s,
        { u"workspace"_s, u"init"_s, u"--database"_s, u"postgresql://nobody@127.0.0.1:1/x"_s }, 5);
    row("inbox of a workspace from a newer schema", u"newer"_s, inbox, 5);
    row("workspace init on a workspace from a newer schema", u"newer"_s, init, 5);
    row("inbox of an SQLite file that is no workspace", u"foreign"_s, inbox, 5);
}

void TestCli::errors()
{
    QFETCH(QString, target);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);

    QString path;
    std::unique_ptr<SqliteLock> lock;
    const auto initialized = [this](const QStringList &options) {
        const QString p = freshPath(u"target"_s);
        const CliRun run
            = cli(QStringList { u"workspace"_s, u"init"_s, u"--workspace"_s, p } + options);
        return run.exitCode == 0 ? p : QString();
    };
    if (target == "filled"_L1) {
        path = m_filled;
    } else if (target == "missing"_L1) {
        path = m_dir.filePath(u"missing-folder-%1/workspace.caredesk"_s.arg(++m_counter));
    } else if (target == "folder"_L1) {
        path = m_dir.filePath(u"a-folder-%1"_s.arg(++m_counter));
        QVERIFY(QDir().mkpath(path));
    } else if (target == "standard"_L1) {
        path = initialized({});
    } else if (target == "training"_L1) {
        path = initialized({ u"--training"_s });
    } else if (target == "filled-copy"_L1) {
        path = initialized({});
        QVERIFY(!path.isEmpty());
        const Result<Done> filled = fillWorkspace(DatabaseConfig::sqlite(path));
        QVERIFY2(filled.ok(), qPrintable(filled.error().message));
    } else if (target == "corrupt"_L1 || target == "damaged"_L1) {
        path = freshPath(target);
        QByteArray bytes(16384, Qt::Uninitialized);
        QRandomGenerator random(7400518);
        for (char &byte : bytes)
            byte = char(random.bounded(256));
        if (target == "damaged"_L1)
            bytes.replace(0, 16, QByteArray("SQLite format 3\0", 16));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    } else if (target == "foreign"_L1) {
        path = freshPath(target);
        QVERIFY(runSql(path, u"CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"_s));
    } else if (target == "newer"_L1) {
        path = initialized({});
        QVERIFY(!path.isEmpty());
        QVERIFY(runSql(path, u"UPDATE workspace SET schema_version = 99"_s));
    } else if (target == "locked-writer"_L1 || target == "locked-reader"_L1) {
        path = initialized({});
        QVERIFY(!path.isEmpty());
        // SQLite's locks are POSIX locks: closing any descriptor of the file in this process
        // releases them, so nothing here may open the file while the lock is held.
        lock = std::make_unique<SqliteLock>(path, target == "locked-reader"_L1);
        QVERIFY2(lock->error().isEmpty(), qPrintable(lock->error()));
    } else {
        QCOMPARE(target, u"none"_s);
    }
    if (target != "none"_L1 && target != "missing"_L1)
        QVERIFY(!path.isEmpty());

    const QByteArray bytesBefore
        = target == "corrupt"_L1 || target == "damaged"_L1 ? readAll(path) : QByteArray();
    const QString schemaBefore = target == "newer"_L1 || target == "standard"_L1
            || target == "training"_L1 || target == "filled-copy"_L1
        ? schemaOf(path)
        : QString();

    arguments.replaceInStrings(kTarget, path);
    const CliRun run = cli(arguments);
    lock.reset();

    CAREDESK_VERIFY_RAN(run);
    QVERIFY2(run.exitCode == exitCode,
        qPrintable(u"exit %1 instead of %2: %3"_s.arg(run.exitCode)
                       .arg(exitCode)
                       .arg(QString::fromUtf8(run.err))));
    QVERIFY2(run.out.isEmpty(), run.out.constData());
    // One sentence on one line: no usage text, no driver hints, no Qt warnings.
    QVERIFY2(run.err.endsWith('\n') && run.err.count('\n') == 1, run.err.constData());
    QVERIFY2(!run.err.trimmed().isEmpty(), "stderr is empty");

    if (target == "missing"_L1) {
        QVERIFY2(!QFileInfo::exists(QFileInfo(path).absolutePath()),
            "the missing workspace's folder was created");
    } else if (target == "corrupt"_L1 || target == "damaged"_L1) {
        QVERIFY2(readAll(path) == bytesBefore, "the damaged file was changed");
        QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
    } else if (target.startsWith("locked"_L1)) {
        QVERIFY2(run.elapsedMs < kBusyTimeoutMs + kBusySlackMs,
            qPrintable(u"waited %1 ms for the lock"_s.arg(run.elapsedMs)));
    } else if (!schemaBefore.isEmpty()) {
        QCOMPARE(schemaOf(path), schemaBefore);
    }
}

void TestCli::readsWhileAnotherProgramWrites()
{
    // In WAL mode a writer (even BEGIN EXCLUSIVE) keeps out other writers only: the inbox
    // still reads, at once.
    SqliteLock writer(m_filled, false);
    QVERIFY2(writer.error().isEmpty(), qPrintable(writer.error()));
    const CliRun run
        = cli({ u"inbox"_s, u"--json"_s, u"--limit"_s, u"2"_s, u"--workspace"_s, m_filled });
    CAREDESK_VERIFY_SUCCESS(run);
    QCOMPARE(stringsOf(QJsonDocument::fromJson(run.out).array(), u"thread"_s),
        allThreadsNewestFirst().mid(0, 2));
    QVERIFY2(run.elapsedMs < kBusyTimeoutMs, qPrintable(u"waited %1 ms"_s.arg(run.elapsedMs)));
}

bool TestCli::preparePostgres()
{
    if (m_pg)
        return m_pg->isValid();
    m_pg = std::make_unique<Test::PgFixture>();
    return m_pg->isValid();
}

void TestCli::postgresInit()
{
    CAREDESK_REQUIRE_PG();
    QVERIFY2(preparePostgres(), qPrintable(m_pg->error()));
    const QString url = m_pg->url();

    // An empty database holds no workspace yet.
    const CliRun before = cli({ u"inbox"_s, u"--database"_s, url });
    CAREDESK_VERIFY_RAN(before);
    QCOMPARE(before.exitCode, 3);
    QVERIFY2(before.err.count('\n') == 1, before.err.constData());

    const QStringList init { u"workspace"_s, u"init"_s, u"--json"_s, u"--database"_s, url };
    const QJsonDocument first = jsonOf(init);
    QVERIFY(first.isObject());
    QCOMPARE(first[u"kind"_s].toString(), u"standard"_s);
    QCOMPARE(first[u"schema_version"_s].toInt(), Database::schemaVersion);
    QVERIFY(!first[u"workspace"_s].toString().contains(u"password"_s));
    QStringList violations;
    collectViolations(first.object(), u"init"_s, &violations);
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
    QCOMPARE(jsonOf(init), first);

    const CliRun training
        = cli({ u"workspace"_s, u"init"_s, u"--training"_s, u"--database"_s, url });
    CAREDESK_VERIFY_RAN(training);
    QCOMPARE(training.exitCode, 4);
    QVERIFY2(training.err.count('\n') == 1 && training.out.isEmpty(), training.err.constData());

    const Result<Done> filled = fillWorkspace(m_pg->config());
    QVERIFY2(filled.ok(), qPrintable(filled.error().message));
    m_pgCaseIds = caseIdsOf({ u"--database"_s, url });
    QCOMPARE(m_pgCaseIds.size(), kBulkCases + 3);
    m_pgReady = true;
}

void TestCli::postgresMatchesSqlite_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");

    QTest::newRow("inbox --json") << QStringList { u"inbox"_s, u"--json"_s } << 0;
    QTest::newRow("inbox --json --all") << QStringList { u"inbox"_s, u"--all"_s, u"--json"_s } << 0;
    QTest::newRow("inbox --limit 2 --platform x")
        << QStringList { u"--json"_s, u"inbox"_s, u"--limit"_s, u"2"_s, u"--platform"_s, u"x"_s }
        << 0;
    QTest::newRow("inbox --status open")
        << QStringList { u"inbox"_s, u"--status"_s, u"open"_s, u"--json"_s } << 0;
    QTest::newRow("show a thread of three")
        << QStringList { u"show"_s, u"@case:x-order"_s, u"--json"_s } << 0;
    QTest::newRow("show on Mastodon")
        << QStringList { u"show"_s, u"@case:m-login"_s, u"--json"_s } << 0;
    QTest::newRow("search parcel") << QStringList { u"search"_s, u"parcel"_s, u"--json"_s } << 0;
    QTest::newRow("search two words")
        << QStringList { u"search"_s, u"parcel"_s, u"refund"_s, u"--json"_s } << 0;
    QTest::newRow("search an author") << QStringList { u"search"_s, u"alice"_s, u"--json"_s } << 0;
    QTest::newRow("search without hits")
        << QStringList { u"search"_s, u"nosuchword"_s, u"--json"_s } << 0;
    QTest::newRow("show 999999 is not found") << QStringList { u"show"_s, u"999999"_s } << 3;
    QTest::newRow("--platform nosuch is bad input")
        << QStringList { u"inbox"_s, u"--platform"_s, u"nosuch"_s } << 2;
}

void TestCli::postgresMatchesSqlite()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    CAREDESK_REQUIRE_PG();
    QVERIFY2(m_pgReady, "postgresInit did not prepare the workspace");

    // Case ids may differ between the databases: each side uses its own for the same thread.
    const CliRun sqlite
        = cli(withCaseIds(arguments, m_caseIds) + QStringList { u"--workspace"_s, m_filled });
    const CliRun postgres
        = cli(withCaseIds(arguments, m_pgCaseIds) + QStringList { u"--database"_s, m_pg->url() });
    CAREDESK_VERIFY_RAN(sqlite);
    CAREDESK_VERIFY_RAN(postgres);
    QVERIFY2(postgres.exitCode == exitCode, postgres.err.constData());
    QCOMPARE(sqlite.exitCode, exitCode);
    if (exitCode != 0) {
        QVERIFY(postgres.out.isEmpty());
        QVERIFY2(
            postgres.err.count('\n') == 1 && postgres.err.endsWith('\n'), postgres.err.constData());
        return;
    }
    QVERIFY2(postgres.err.isEmpty(), postgres.err.constData());

    QJsonParseError error;
    const QJsonDocument fromPostgres = QJsonDocument::fromJson(postgres.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonDocument fromSqlite = QJsonDocument::fromJson(sqlite.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QStringList violations;
    collectViolations(rootOf(fromPostgres), u"postgres"_s, &violations);
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
    const QJsonValue onPostgres = withoutLocalIds(rootOf(fromPostgres));
    const QJsonValue onSqlite = withoutLocalIds(rootOf(fromSqlite));
    QVERIFY2(onPostgres == onSqlite,
        qPrintable(u"PostgreSQL and SQLite answer differently:\n%1\n%2"_s.arg(
            textOf(onPostgres), textOf(onSqlite))));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
