// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/clock.h"
#include "app/core/repositories.h"
#include "app/storage/casestore.h"
#include "app/storage/database.h"
#include "app/storage/databaseworker.h"
#include "app/storage/sqlchangefeed.h"
#include "app/storage/sqlrepositories.h"
#include "tests/support/pgfixture.h"

#include <QAtomicInteger>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

// One suite, two backends: every data-driven case runs on a real SQLite file and on a database of
// its own on the PostgreSQL server the test command started (CAREDESK_TEST_PG). Error codes and
// statuses are compared through names: QCOMPARE on CareDesk enums does not compile (argument-
// dependent lookup finds CareDesk::toString), and names make failures readable.

namespace {

constexpr Millis minute = Millis(60) * 1000;
constexpr Millis hour = 60 * minute;
constexpr Millis day = 24 * hour;
// 2025-01-13T10:00:00Z; any fixed moment will do, a real one reads better in a debugger.
constexpr Millis start = 1736762400000;

const QString sqliteBackend = u"sqlite"_s;
const QString postgresBackend = u"postgresql"_s;

// The tables of the data model (ARCHITECTURE.md), plus the change log behind change_seq.
const QStringList dataModelTables {
    u"workspace"_s,
    u"account"_s,
    u"identity"_s,
    u"customer"_s,
    u"customer_identity"_s,
    u"cases"_s,
    u"case_link"_s,
    u"message"_s,
    u"attachment"_s,
    u"note"_s,
    u"tag"_s,
    u"case_tag"_s,
    u"queue"_s,
    u"team"_s,
    u"team_member"_s,
    u"agent"_s,
    u"sla_policy"_s,
    u"script"_s,
    u"outbox"_s,
    u"draft"_s,
    u"read_state"_s,
    u"presence"_s,
    u"poll_lease"_s,
    u"sync_cursor"_s,
    u"change_seq"_s,
    u"change_log"_s,
    u"event"_s,
};

// Set in the environment of the child process the SQLite change feed case starts: the child
// writes one batch into the workspace at this path and exits from initTestCase().
constexpr auto childWriteVariable = "CAREDESK_STORAGE_CHILD_WRITE";
const QString childThread = u"child-thread"_s;

QString codeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None:
        return u"none"_s;
    case ErrorCode::Invalid:
        return u"invalid"_s;
    case ErrorCode::NotFound:
        return u"not found"_s;
    case ErrorCode::Conflict:
        return u"conflict"_s;
    case ErrorCode::Unavailable:
        return u"unavailable"_s;
    case ErrorCode::Corrupt:
        return u"corrupt"_s;
    case ErrorCode::Locked:
        return u"locked"_s;
    case ErrorCode::Internal:
        return u"internal"_s;
    }
    return u"unknown"_s;
}

/// A fresh, empty database on one backend: an SQLite file (not yet created) in a temporary
/// folder, or a database of its own on the test server, dropped at the end.
class FreshDatabase
{
public:
    explicit FreshDatabase(const QString &backend)
    {
        if (backend == postgresBackend) {
            m_pg = std::make_unique<CareDesk::Test::PgFixture>();
            if (!m_pg->isValid()) {
                m_error = u"Could not create a PostgreSQL test database: "_s + m_pg->error();
                return;
            }
            m_config = m_pg->config();
        } else {
            if (!m_dir.isValid()) {
                m_error = u"Could not create a temporary folder: "_s + m_dir.errorString();
                return;
            }
            m_config = DatabaseConfig::sqlite(m_dir.filePath(u"workspace.caredesk"_s));
        }
        m_valid = true;
    }
    Q_DISABLE_COPY_MOVE(FreshDatabase)

    bool isValid() const { return m_valid; }
    const QString &error() const { return m_error; }
    const DatabaseConfig &config() const { return m_config; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CareDesk::Test::PgFixture> m_pg;
    DatabaseConfig m_config;
    QString m_error;
    bool m_valid = false;
};

/// Creates and migrates a workspace of the given kind.
Result<std::unique_ptr<Database>> createWorkspace(
    const DatabaseConfig &config, WorkspaceKind kind = WorkspaceKind::Standard)
{
    Result<std::unique_ptr<Database>> opened
        = Database::open(config, Database::OpenMode::CreateIfMissing);
    if (!opened.ok())
        return opened.error();
    if (Result<Done> migrated = opened.value()->migrate(kind, u"Front line"_s, start);
        !migrated.ok())
        return migrated.error();
    return std::move(opened.value());
}

/// Runs statements on a plain Qt connection, without anything CareDesk does on open; returns
/// the first value of the last statement's first row.
Result<QVariant> execPlain(const DatabaseConfig &config, const QStringList &statements)
{
    static QAtomicInteger<int> counter;
    const QString name = u"plain-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    Result<QVariant> result;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(config.isPostgres() ? u"QPSQL"_s : u"QSQLITE"_s, name);
        if (config.isPostgres()) {
            db.setHostName(config.host);
            db.setPort(config.port);
            db.setUserName(config.user);
            db.setPassword(config.password);
        }
        db.setDatabaseName(config.isPostgres() ? config.databaseName : config.path);
        if (!db.open()) {
            result = Error { ErrorCode::Unavailable, db.lastError().text() };
        } else {
            QVariant value;
            for (const QString &statement : statements) {
                QSqlQuery query(db);
                if (!query.exec(statement)) {
                    value = QVariant();
                    result = Error { ErrorCode::Internal,
                        statement + u": "_s + query.lastError().text() };
                    break;
                }
                value = query.next() ? query.value(0) : QVariant(u""_s);
            }
            if (!result.error().isError())
                result = value;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

/// The first value of the first row; an invalid QVariant (and a warning) when the query fails.
QVariant scalar(Database &db, const QString &statement, const QVariantList &values = {})
{
    Result<QSqlQuery> q = db.exec(statement, values);
    if (!q.ok()) {
        qWarning("%s", qPrintable(q.error().message));
        return {};
    }
    return q.value().next() ? q.value().value(0) : QVariant();
}

/// The first column of every row.
QStringList column(Database &db, const QString &statement, const QVariantList &values = {})
{
    Result<QSqlQuery> q = db.exec(statement, values);
    QStringList rows;
    if (!q.ok()) {
        qWarning("%s", qPrintable(q.error().message));
        return rows;
    }
    while (q.value().next())
        rows.append(q.value().value(0).toString());
    return rows;
}

qint64 count(
    Database &db, const QString &table, const QString &where = {}, const QVariantList &values = {})
{
    const QString statement
        = u"SELECT COUNT(*) FROM "_s + table + (where.isEmpty() ? QString() : u" WHERE "_s + where);
    return scalar(db, statement, values).toLongLong();
}

qint64 changeSeq(Database &db)
{
    return scalar(db, u"SELECT value FROM change_seq WHERE id = 1"_s).toLongLong();
}

QString searchTable(const Database &db)
{
    return db.isPostgres() ? u"message_search"_s : u"message_fts"_s;
}

QStringList tableNames(Database &db)
{
    return column(db,
        db.isPostgres() ? u"SELECT table_name FROM information_schema.tables "
                          "WHERE table_schema = current_schema() ORDER BY 1"_s
                        : u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY 1"_s);
}

/// "table=rows" for every table of the data model and the search index.
QStringList rowCounts(Database &db)
{
    QStringList counts;
    for (const QString &table : dataModelTables + QStringList { searchTable(db) })
        counts.append(table + u'=' + QString::number(count(db, table)));
    return counts;
}

/// Everything that describes the schema, one line per object, sorted: what two workspaces must
/// agree on to be "the same schema".
QStringList schemaSnapshot(Database &db)
{
    if (db.isPostgres()) {
        return column(db,
            u"SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type "
            "|| ' ' || is_nullable || ' ' || COALESCE(column_default, '') || ' ' || is_identity "
            "FROM information_schema.columns WHERE table_schema = current_schema() "
            "UNION ALL SELECT 'index ' || indexname || ' ' || indexdef FROM pg_indexes "
            "WHERE schemaname = current_schema() "
            "UNION ALL SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname "
            "|| ' ' || pg_get_constraintdef(oid) FROM pg_constraint "
            "WHERE connamespace = current_schema()::regnamespace "
            "UNION ALL SELECT 'trigger ' || event_object_table || ' ' || trigger_name || ' ' "
            "|| event_manipulation || ' ' || action_timing || ' ' || action_statement "
            "FROM information_schema.triggers WHERE trigger_schema = current_schema() "
            "UNION ALL SELECT 'function ' || proname || ' ' || md5(prosrc) FROM pg_proc "
            "WHERE pronamespace = current_schema()::regnamespace ORDER BY 1"_s);
    }
    // SQLite keeps each object's CREATE statement as written; compare them up to layout.
    static const QRegularExpression afterParen(u"\\(\\s+"_s);
    static const QRegularExpression beforeParen(u"\\s+\\)"_s);
    Result<QSqlQuery> q
        = db.exec(u"SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"_s);
    QStringList objects;
    if (!q.ok()) {
        qWarning("%s", qPrintable(q.error().message));
        return objects;
    }
    while (q.value().next()) {
        QString sql = q.value().value(3).toString().simplified();
        sql.replace(afterParen, u"("_s).replace(beforeParen, u")"_s);
        objects.append(q.value().value(0).toString() + u' ' + q.value().value(1).toString()
            + u" on "_s + q.value().value(2).toString() + u": "_s + sql);
    }
    return objects;
}

Result<Account> addAccount(
    Database &db, Platform platform, ConnectorKind connector, const QString &handle)
{
    Account account;
    account.platform = platform;
    account.connector = connector;
    account.handle = handle;
    return AccountStore::add(db, account, start);
}

IncomingMessage customerMessage(const QString &id, const QString &thread, const QString &authorId,
    const QString &authorName, const QString &text, Millis at,
    Visibility visibility = Visibility::Public)
{
    IncomingMessage m;
    m.platformId = id;
    m.threadKey = thread;
    m.direction = Direction::In;
    m.visibility = visibility;
    m.authorPlatformId = authorId;
    m.authorHandle = u"@"_s + authorId;
    m.authorName = authorName;
    m.text = text;
    m.createdAt = at;
    return m;
}

IncomingMessage agentReply(const QString &id, const QString &thread, const QString &text, Millis at,
    Visibility visibility = Visibility::Public)
{
    IncomingMessage m;
    m.platformId = id;
    m.threadKey = thread;
    m.direction = Direction::Out;
    m.visibility = visibility;
    m.authorPlatformId = u"acme"_s;
    m.authorHandle = u"@acme"_s;
    m.authorName = u"Acme Support"_s;
    m.text = text;
    m.createdAt = at;
    return m;
}

/// Three threads (two public, one private), inbound and outbound, two customers.
IngestBatch firstBatch(Id accountId)
{
    IngestBatch batch;
    batch.accountId = accountId;
    batch.stream = u"mentions"_s;
    batch.cursor = u"cursor-1"_s;
    batch.messages = {
        customerMessage(
            u"a1"_s, u"t-anna"_s, u"u-anna"_s, u"Anna Petrova"_s, u"My parcel is late"_s, start),
        agentReply(u"a2"_s, u"t-anna"_s, u"Sorry, we are checking"_s, start + minute),
        customerMessage(
            u"a3"_s, u"t-anna"_s, u"u-anna"_s, u"Anna Petrova"_s, u"Thanks!"_s, start + 2 * minute),
        customerMessage(u"i1"_s, u"t-ivan"_s, u"u-ivan"_s, u"Иван Ёлкин"_s,
            u"Здравствуйте, где заказ?"_s, start + 3 * minute, Visibility::Private),
        agentReply(u"i2"_s, u"t-ivan"_s, u"Добрый день! Проверяем."_s, start + 4 * minute,
            Visibility::Private),
        customerMessage(u"b1"_s, u"t-anna-2"_s, u"u-anna"_s, u"Anna Petrova"_s,
            u"Another question"_s, start + 5 * minute),
    };
    return batch;
}

template <typename T> Result<T> waitFor(QFuture<Result<T>> future)
{
    // Allowed in tests: the repositories run on their own thread.
    future.waitForFinished();
    return future.result();
}

Id caseIdOf(Database &db, const QString &threadKey)
{
    return scalar(db, u"SELECT id FROM cases WHERE thread_key = ?"_s, { threadKey }).toLongLong();
}

QString statusOf(Database &db, Id caseId)
{
    return scalar(db, u"SELECT status FROM cases WHERE id = ?"_s, { caseId }).toString();
}

QSet<Id> seenCases(const QSignalSpy &spy)
{
    QSet<Id> ids;
    for (const QList<QVariant> &emission : spy) {
        const QList<Id> caseIds = emission.at(1).value<QList<Id>>();
        for (Id id : caseIds)
            ids.insert(id);
    }
    return ids;
}

qint64 lastSeq(const QSignalSpy &spy)
{
    return spy.isEmpty() ? -1 : spy.last().at(0).toLongLong();
}

/// Statements of a fixture: each ends with ';' at the end of a line; comment lines are skipped.
QStringList fixtureStatements(const QString &script)
{
    QStringList statements;
    QString current;
    const QStringList lines = script.split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith("--"_L1))
            continue;
        current += line + u'\n';
        if (trimmed.endsWith(u';')) {
            current = current.trimmed();
            current.chop(1);
            statements.append(current);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

QString v0FixturePath()
{
    const QString sourceDir = qEnvironmentVariable("CAREDESK_SOURCE_DIR");
    if (!sourceDir.isEmpty())
        return sourceDir + u"/tests/fixtures/workspace_v0.sql"_s;
    // Run by hand, outside ctest: the fixture next to this file's folder.
    return QFINDTESTDATA("../fixtures/workspace_v0.sql");
}

/// The child side of changeFeedSeesOtherProcess: one batch into the workspace at path.
int writeAsChild(const QString &path)
{
    Result<std::unique_ptr<Database>> opened
        = Database::open(DatabaseConfig::sqlite(path), Database::OpenMode::Existing);
    if (!opened.ok()) {
        std::fprintf(stderr, "child: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    Database &db = *opened.value();
    IngestBatch batch;
    batch.accountId = scalar(db, u"SELECT MIN(id) FROM account"_s).toLongLong();
    batch.stream = u"mentions"_s;
    batch.messages = { customerMessage(u"child-1"_s, childThread, u"u-child"_s, u"Other Process"_s,
        u"Written by another process"_s, start + hour) };
    Result<IngestResult> stored = CaseStore::ingest(db, batch, start + hour);
    if (!stored.ok() || stored.value().inserted != 1) {
        std::fprintf(stderr, "child: %s\n", qPrintable(stored.error().message));
        return 1;
    }
    return 0;
}

/// Qt's PostgreSQL driver keeps watching its listening socket after libpq has closed it on a
/// dropped connection (the notifier is private to the driver), and the event dispatcher then
/// warns once and disables it. While a test drops connections on purpose, exactly that line is
/// swallowed; every other message goes on to Qt Test.
class DroppedSocketWarningFilter
{
public:
    DroppedSocketWarningFilter() { s_previous = qInstallMessageHandler(&filter); }
    ~DroppedSocketWarningFilter() { qInstallMessageHandler(s_previous); }
    Q_DISABLE_COPY_MOVE(DroppedSocketWarningFilter)

private:
    static void filter(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        static const QRegularExpression dropped(
            u"^QSocketNotifier: Invalid socket \\d+ and type 'Read', disabling\\.\\.\\.$"_s);
        if (type == QtWarningMsg && dropped.match(message).hasMatch())
            return;
        s_previous(type, context, message);
    }
    static inline QtMessageHandler s_previous = nullptr;
};

void backendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << sqliteBackend;
    QTest::newRow("postgresql") << postgresBackend;
}

} // namespace

// Fetches the backend column and makes an empty database on it; PostgreSQL rows skip without a
// server (and fail under CI=true).
#define FRESH_DATABASE(name)                                                                       \
    QFETCH(QString, backend);                                                                      \
    if (backend == postgresBackend)                                                                \
        CAREDESK_REQUIRE_PG();                                                                     \
    FreshDatabase name(backend);                                                                   \
    QVERIFY2(name.isValid(), qPrintable(name.error()))

#define VERIFY_OK(result) QVERIFY2((result).ok(), qPrintable((result).error().message))

#define VERIFY_ERROR(result, expectedCode)                                                         \
    do {                                                                                           \
        QVERIFY2(!(result).ok(), "expected an error, got success");                                \
        QVERIFY2((result).error().code == (expectedCode),                                          \
            qPrintable(u"expected %1, got %2: %3"_s.arg(codeName(expectedCode),                    \
                codeName((result).error().code), (result).error().message)));                      \
    } while (false)

class TestStorage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void migrateFromEmpty_data() { backendRows(); }
    void migrateFromEmpty();
    void migrateFromV0_data() { backendRows(); }
    void migrateFromV0();
    void newerSchemaRefused_data() { backendRows(); }
    void newerSchemaRefused();
    void foreignDatabaseRefused_data() { backendRows(); }
    void foreignDatabaseRefused();
    void garbageFileIsCorrupt();
    void connectionsUseWalAndFullSync();

    void ingestIsIdempotent_data() { backendRows(); }
    void ingestIsIdempotent();
    void ingestIsAtomic_data() { backendRows(); }
    void ingestIsAtomic();

    void resolvedCaseReopens_data() { backendRows(); }
    void resolvedCaseReopens();
    void changeStatusWritesEvents_data() { backendRows(); }
    void changeStatusWritesEvents();

    void searchParity();
    void keysetPaging_data() { backendRows(); }
    void keysetPaging();

    void changeFeedSeesOtherConnection_data() { backendRows(); }
    void changeFeedSeesOtherConnection();
    void changeFeedSeesOtherProcess();
    void changeFeedResyncsAfterConnectionLoss();

    void trainingWorkspaceTakesOnlySimulators_data() { backendRows(); }
    void trainingWorkspaceTakesOnlySimulators();
    void trainingKindRefusedWithLiveAccount_data() { backendRows(); }
    void trainingKindRefusedWithLiveAccount();
    void eventsAreAppendOnly_data() { backendRows(); }
    void eventsAreAppendOnly();
    void concurrentSqliteWriters();
};

void TestStorage::initTestCase()
{
    // The writer process of changeFeedSeesOtherProcess is this test binary started again.
    if (const QString path = qEnvironmentVariable(childWriteVariable); !path.isEmpty())
        std::exit(writeAsChild(path));
}

void TestStorage::migrateFromEmpty()
{
    FRESH_DATABASE(fresh);

    // An empty database is not a workspace until someone creates one.
    Result<std::unique_ptr<Database>> missing
        = Database::open(fresh.config(), Database::OpenMode::Existing);
    VERIFY_ERROR(missing, ErrorCode::NotFound);

    Result<std::unique_ptr<Database>> opened
        = Database::open(fresh.config(), Database::OpenMode::CreateIfMissing);
    VERIFY_OK(opened);
    Database &db = *opened.value();
    Result<int> before = db.storedSchemaVersion();
    VERIFY_OK(before);
    QCOMPARE(before.value(), 0);

    Result<Done> migrated = db.migrate(WorkspaceKind::Standard, u"Front line"_s, start);
    VERIFY_OK(migrated);
    Result<int> after = db.storedSchemaVersion();
    VERIFY_OK(after);
    QCOMPARE(after.value(), Database::schemaVersion);
    QVERIFY(Database::schemaVersion >= 2); // 0002: the customer journey

    const QStringList tables = tableNames(db);
    for (const QString &table : dataModelTables + QStringList { searchTable(db) })
        QVERIFY2(tables.contains(table), qPrintable(u"missing table "_s + table));
    Result<WorkspaceInfo> info = AccountStore::workspaceInfo(db);
    VERIFY_OK(info);
    QCOMPARE(toString(info.value().kind), u"standard"_s);
    QCOMPARE(info.value().name, u"Front line"_s);
    QCOMPARE(info.value().createdAt, start);
    QCOMPARE(changeSeq(db), qint64(0));

    // Migrating again changes nothing, not even the kind or the name asked for.
    const QStringList schema = schemaSnapshot(db);
    const QStringList rows = rowCounts(db);
    QVERIFY(schema.size() > dataModelTables.size());
    Result<Done> again = db.migrate(WorkspaceKind::Training, u"Another name"_s, start + day);
    VERIFY_OK(again);
    QCOMPARE(schemaSnapshot(db), schema);
    QCOMPARE(rowCounts(db), rows);
    Result<WorkspaceInfo> infoAgain = AccountStore::workspaceInfo(db);
    VERIFY_OK(infoAgain);
    QCOMPARE(toString(infoAgain.value().kind), u"standard"_s);
    QCOMPARE(infoAgain.value().name, u"Front line"_s);
    QCOMPARE(infoAgain.value().schemaVersion, Database::schemaVersion);

    Result<std::unique_ptr<Database>> reopened
        = Database::open(fresh.config(), Database::OpenMode::Existing);
    VERIFY_OK(reopened);
}

void TestStorage::migrateFromV0()
{
    FRESH_DATABASE(fresh);

    QFile fixture(v0FixturePath());
    QVERIFY2(fixture.open(QIODevice::ReadOnly),
        qPrintable(u"cannot read the v0 fixture "_s + fixture.fileName()));
    const QStringList statements = fixtureStatements(QString::fromUtf8(fixture.readAll()));
    QCOMPARE(statements.size(), 2);
    Result<QVariant> loaded = execPlain(fresh.config(), statements);
    VERIFY_OK(loaded);

    // A v0 workspace needs an upgrade before the desktop may use it.
    Result<std::unique_ptr<Database>> notYet
        = Database::open(fresh.config(), Database::OpenMode::Existing);
    VERIFY_ERROR(notYet, ErrorCode::NotFound);

    Result<std::unique_ptr<Database>> opened
        = Database::open(fresh.config(), Database::OpenMode::CreateIfMissing);
    VERIFY_OK(opened);
    Database &db = *opened.value();
    Result<int> before = db.storedSchemaVersion();
    VERIFY_OK(before);
    QCOMPARE(before.value(), 0);
    Result<Done> migrated = db.migrate(WorkspaceKind::Standard, u"Not this name"_s, start);
    VERIFY_OK(migrated);

    Result<WorkspaceInfo> info = AccountStore::workspaceInfo(db);
    VERIFY_OK(info);
    QCOMPARE(info.value().schemaVersion, Database::schemaVersion);
    QCOMPARE(toString(info.value().kind), u"training"_s);
    QCOMPARE(info.value().name, u"Тренинг: первая линия"_s);
    QCOMPARE(info.value().createdAt, Millis(1704103200000));

    FreshDatabase empty(backend);
    QVERIFY2(empty.isValid(), qPrintable(empty.error()));
    Result<std::unique_ptr<Database>> fromEmpty = createWorkspace(empty.config());
    VERIFY_OK(fromEmpty);
    QCOMPARE(schemaSnapshot(db), schemaSnapshot(*fromEmpty.value()));

    // The migrated workspace keeps the training constraint of schema v1.
    Result<Account> live = addAccount(db, Platform::X, ConnectorKind::Live, u"@acme"_s);
    VERIFY_ERROR(live, ErrorCode::Invalid);
}

void TestStorage::newerSchemaRefused()
{
    FRESH_DATABASE(fresh);
    {
        Result<std::unique_ptr<Database>> created = createWorkspace(fresh.config());
        VERIFY_OK(created);
        Result<QSqlQuery> bumped
            = created.value()->exec(u"UPDATE workspace SET schema_version = 99 WHERE id = 1"_s);
        VERIFY_OK(bumped);
    }
    for (Database::OpenMode mode :
        { Database::OpenMode::Existing, Database::OpenMode::CreateIfMissing }) {
        Result<std::unique_ptr<Database>> opened = Database::open(fresh.config(), mode);
        VERIFY_ERROR(opened, ErrorCode::Corrupt);
        QVERIFY2(opened.error().message.contains("newer CareDesk"_L1),
            qPrintable(opened.error().message));
        QVERIFY2(opened.error().message.contains("99"_L1), qPrintable(opened.error().message));
    }
    // A worker refuses it just the same.
    DatabaseWorker worker(fresh.config());
    ManualClock clock(start);
    SqlCaseRepository cases(worker, clock);
    Result<CasePage> page = waitFor(cases.inbox(InboxQuery {}));
    VERIFY_ERROR(page, ErrorCode::Corrupt);
}

void TestStorage::foreignDatabaseRefused()
{
    FRESH_DATABASE(fresh);
    Result<QVariant> made = execPlain(fresh.config(),
        { u"CREATE TABLE recipe (id INTEGER PRIMARY KEY, title TEXT NOT NULL)"_s,
            u"INSERT INTO recipe (id, title) VALUES (1, 'Borscht')"_s });
    VERIFY_OK(made);

    for (Database::OpenMode mode :
        { Database::OpenMode::Existing, Database::OpenMode::CreateIfMissing }) {
        Result<std::unique_ptr<Database>> opened = Database::open(fresh.config(), mode);
        VERIFY_ERROR(opened, ErrorCode::Corrupt);
        QVERIFY2(opened.error().message.contains("is not a CareDesk workspace"_L1),
            qPrintable(opened.error().message));
    }

    // Refusing leaves the other program's database as it was: no tables added, and on SQLite the
    // journal mode unchanged (switching a foreign file to WAL would leave it changed for good).
    const QString tablesStatement = fresh.config().isPostgres()
        ? u"SELECT string_agg(table_name, ',') FROM information_schema.tables WHERE table_schema = current_schema()"_s
        : u"SELECT group_concat(name) FROM sqlite_master"_s;
    Result<QVariant> tables = execPlain(fresh.config(), { tablesStatement });
    VERIFY_OK(tables);
    QCOMPARE(tables.value().toString(), u"recipe"_s);
    if (!fresh.config().isPostgres()) {
        Result<QVariant> journal = execPlain(fresh.config(), { u"PRAGMA journal_mode"_s });
        VERIFY_OK(journal);
        QCOMPARE(journal.value().toString(), u"delete"_s);
    }
}

void TestStorage::garbageFileIsCorrupt()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"garbage.caredesk"_s);
    QByteArray garbage;
    for (int i = 0; i < 2048; ++i)
        garbage += "This is not a database, it is a shopping list. \x01\x02\xff\n";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(garbage), qint64(garbage.size()));
    }
    for (Database::OpenMode mode :
        { Database::OpenMode::Existing, Database::OpenMode::CreateIfMissing }) {
        Result<std::unique_ptr<Database>> opened
            = Database::open(DatabaseConfig::sqlite(path), mode);
        VERIFY_ERROR(opened, ErrorCode::Corrupt);
        QVERIFY2(opened.error().message.contains("damaged"_L1), qPrintable(opened.error().message));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY2(file.readAll() == garbage, "the refused file was modified");
}

void TestStorage::connectionsUseWalAndFullSync()
{
    FreshDatabase fresh(sqliteBackend);
    QVERIFY2(fresh.isValid(), qPrintable(fresh.error()));
    Result<std::unique_ptr<Database>> created = createWorkspace(fresh.config());
    VERIFY_OK(created);
    Result<std::unique_ptr<Database>> second
        = Database::open(fresh.config(), Database::OpenMode::Existing);
    VERIFY_OK(second);

    for (Database *db : { created.value().get(), second.value().get() }) {
        QCOMPARE(scalar(*db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(scalar(*db, u"PRAGMA synchronous"_s).toInt(), 2);
        QCOMPARE(scalar(*db, u"PRAGMA foreign_keys"_s).toInt(), 1);
    }

    // The connection of a database worker, on its own thread.
    DatabaseWorker worker(fresh.config());
    Result<QString> pragmas = waitFor(worker.run<QString>([](Database &db) -> Result<QString> {
        return QString(scalar(db, u"PRAGMA journal_mode"_s).toString() + u'/'
            + scalar(db, u"PRAGMA synchronous"_s).toString());
    }));
    VERIFY_OK(pragmas);
    QCOMPARE(pragmas.value(), u"wal/2"_s);
}

void TestStorage::ingestIsIdempotent()
{
    FRESH_DATABASE(fresh);
    Result<std::unique_ptr<Database>> created = createWorkspace(fresh.config());
    VERIFY_OK(created);
    Database &db = *created.value();
    Result<Account> account
        = addAccount(db, Platform::Mastodon, ConnectorKind::Live, u"@acme@mastodon.social"_s);
    VERIFY_OK(account);

    ManualClock clock(start + hour);
    DatabaseWorker worker(fresh.config());
    SqlCaseRepository cases(worker, clock);
    SqlAccountRepository accounts(worker, clock);
    const IngestBatch batch = firstBatch(account.value().id);
    const qint64 seqBefore = changeSeq(db);

    Result<IngestResult> first = waitFor(cases.ingest(batch));
    VERIFY_OK(first);
    QCOMPARE(first.value().inserted, 6);
    QCOMPARE(first.value().duplicates, 0);
    QCOMPARE(first.value().casesOpened, 3);
    QCOMPARE(first.value().casesReopened, 0);
    const QList<Id> caseIds { caseIdOf(db, u"t-anna"_s), caseIdOf(db, u"t-ivan"_s),
        caseIdOf(db, u"t-anna-2"_s) };
    QList<Id> sortedIds = caseIds;
    std::sort(sortedIds.begin(), sortedIds.end());
    QCOMPARE(first.value().caseIds, sortedIds);

    QCOMPARE(count(db, u"cases"_s), qint64(3));
    QCOMPARE(count(db, u"message"_s), qint64(6));
    QCOMPARE(count(db, u"message"_s, u"direction = 'out'"_s), qint64(2));
    QCOMPARE(count(db, u"message"_s, u"visibility = 'private'"_s), qint64(2));
    QCOMPARE(count(db, u"customer"_s), qint64(2));
    QCOMPARE(count(db, u"identity"_s), qint64(2));
    QCOMPARE(count(db, u"customer_identity"_s), qint64(2));
    QCOMPARE(count(db, searchTable(db)), qint64(6));
    QCOMPARE(count(db, u"event"_s, u"type = 'message_received'"_s), qint64(4));
    QCOMPARE(count(db, u"event"_s, u"type = 'reply_sent'"_s), qint64(2));
    QCOMPARE(count(db, u"event"_s), qint64(6));
    QCOMPARE(count(db, u"event"_s, u"message_id IS NULL OR case_id IS NULL"_s), qint64(0));
    QCOMPARE(changeSeq(db), seqBefore + 1);
    QCOMPARE(column(db, u"SELECT case_id FROM change_log WHERE seq = ? ORDER BY case_id"_s,
                 { seqBefore + 1 }),
        (QStringList { QString::number(sortedIds[0]), QString::number(sortedIds[1]),
            QString::number(sortedIds[2]) }));
    // The cursor went in with the batch.
    QCOMPARE(
        scalar(db, u"SELECT value FROM sync_cursor WHERE account_id = ? AND stream = 'mentions'"_s,
            { account.value().id })
            .toString(),
        u"cursor-1"_s);
    QCOMPARE(scalar(db, u"SELECT updated_at FROM sync_cursor WHERE account_id = ?"_s,
                 { account.value().id })
                 .toLongLong(),
        clock.now());
    Result<QString> cursor = waitFor(accounts.cursor(account.value().id, u"mentions"_s));
    VERIFY_OK(cursor);
    QCOMPARE(cursor.value(), u"cursor-1"_s);

    // Both of Anna's threads belong to one customer; the agent's replies open their cases.
    Result<CaseDetail> anna = waitFor(cases.detail(caseIds[0]));
    VERIFY_OK(anna);
    QCOMPARE(anna.value().customer.name, u"Anna Petrova"_s);
    QCOMPARE(anna.value().messages.size(), 3);
    QCOMPARE(anna.value().messages.at(1).platformId, u"a2"_s);
    QCOMPARE(toString(anna.value().summary.value.status), u"open"_s);
    QCOMPARE(anna.value().summary.value.unanswered, 1);
    QCOMPARE(anna.value().summary.snippet, u"Thanks!"_s);
    QCOMPARE(
        scalar(db, u"SELECT customer_id FROM cases WHERE id = ?"_s, { caseIds[2] }).toLongLong(),
        anna.value().customer.id);
    Result<CaseDetail> ivan = waitFor(cases.detail(caseIds[1]));
    VERIFY_OK(ivan);
    QCOMPARE(ivan.value().customer.name, u"Иван Ёлкин"_s);
    QCOMPARE(toString(ivan.value().summary.lastVisibility), u"private"_s);
    QCOMPARE(statusOf(db, caseIds[2]), u"new"_s);

    // The same batch again: nothing new anywhere, and no change to announce.
    const QStringList rows = rowCounts(db);
    const QStringList cases2 = column(db,
        u"SELECT id || ':' || status || ':' || version || ':' || "
        "message_count FROM cases ORDER BY id"_s);
    clock.advance(minute);
    Result<IngestResult> second = waitFor(cases.ingest(batch));
    VERIFY_OK(second);
    QCOMPARE(second.value().inserted, 0);
    QCOMPARE(second.value().duplicates, int(batch.messages.size()));
    QCOMPARE(second.value().casesOpened, 0);
    QVERIFY(second.value().caseIds.isEmpty());
    QCOMPARE(rowCounts(db), rows);
    QCOMPARE(column(db,
                 u"SELECT id || ':' || status || ':' || version || ':' || message_count FROM cases "
                 "ORDER BY id"_s),
        cases2);
    QCOMPARE(changeSeq(db), seqBefore + 1);
}

void TestStorage::ingestIsAtomic()
{
    FRESH_DATABASE(fresh);
    Result<std::unique_ptr<Database>> created = createWorkspace(fresh.config());
    VERIFY_OK(created);
    Database &db = *created.value();
    Result<Account> account
        = addAccount(db, Platform::Telegram, ConnectorKind::Live, u"acme_bot"_s);
    VERIFY_OK(account);

    ManualClock clock(start + hour);
    DatabaseWorker worker(fresh.config());
    SqlCaseRepository cases(worker, clock);
    Result<IngestResult> first = waitFor(cases.ingest(firstBatch(account.value().id)));
    VERIFY_OK(first);

    const QStringList rows = rowCounts(db);
    const qint64 seq = changeSeq(db);
    IngestBatch bad;
    bad.accountId = account.value().id;
    bad.stream = u"mentions"_s;
    bad.cursor = u"cursor-2"_s;
    bad.messages = {
        customerMessage(
            u"n1"_s, u"t-new"_s, u"u-new"_s, u"New Customer"_s, u"Hello"_s, start + hour),
        agentReply(u"a4"_s, u"t-anna"_s, u"Anything else?"_s, start + hour),
        customerMessage(
            QString(), u"t-new"_s, u"u-new"_s, u"New Customer"_s, u"No id"_s, start + hour),
        customerMessage(
            u"n2"_s, u"t-new"_s, u"u-new"_s, u"New Customer"_s, u"Still here"_s, start + hour),
    };
    clock.advance(minute);
    Result<IngestResult> refused = waitFor(cases.ingest(bad));
    VERIFY_ERROR(refused, ErrorCode::Invalid);
    QCOMPARE(rowCounts(db), rows);
    QCOMPARE(changeSeq(db), seq);
    QCOMPARE(statusOf(db, caseIdOf(db, u"t-anna"_s)), u"open"_s);
    QCOMPARE(
        scalar(db, u"SELECT value FROM sync_cursor WHERE account_id = ?"_s, { account.value().id })
            .toString(),
        u"cursor-1"_s);

    // The connection is fine after the rollback: the batch without the bad message goes in.
    bad.messages.removeAt(2);
    Result<IngestResult> fixed = waitFor(cases.ingest(bad));
    VERIFY_OK(fixed);
    QCOMPARE(fixed.value().inserted, 3);
    QCOMPARE(fixed.value().casesOpened, 1);
    QCOMPARE(changeSeq(db), seq + 1);
    QCOMPARE(
        scalar(db, u"SELECT value FROM sync_cursor WHERE account_id = ?"_s, { account.value().id })
            .toString(),
        u"cursor-2"_s);
}

void TestStorage::resolvedCaseReopens()
{
    FRESH_DATABASE(fresh);
    Result<std::unique_ptr<Database>> created = createWorkspace(fresh.config());
    VERIFY_OK(created);
    Database &db = *created.value();
    Result<Account> account = addAccount(db, Platform::X, ConnectorKind::Live, u"@acme"_s);
    VERIFY_OK(account);

    IngestBatch batch;
    batch.accountId = account.value().id;
    batch.stream = u"mentions"_s;
    batch.messages
        = { customerMessage(u"x1"_s, u"t1"_s, u"u1"_s, u"Kim"_s, u"Broken again"_s, start),
              agentReply(u"x2"_s, u"t1"_s, u"Fixed it"_s, start + minute) };
    Result<IngestResult> first = CaseStore::ingest(db, batch, start + minute);
    VERIFY_OK(first);
    const Id caseId = caseIdOf(db, u"t1"_s);
    QCOMPARE(statusOf(db, caseId), u"open"_s);

    Result<Case> resolved
        = CaseStore::changeStatus(db, caseId, CaseStatus::Resolved, 0, 0, start + hour);
    VERIFY_OK(resolved);
    QCOMPARE(toString(resolved.value().status), u"resolved"_s);
    QCOMPARE(statusOf(db, caseId), u"resolved"_s);
    QCOMPARE(scalar(db, u"SELECT resolved_at FROM cases WHERE id = ?"_s, { caseId }).toLongLong(),
        start + hour);

    batch.messages = { customerMessage(
        u"x3"_s, u"t1"_s, u"u1"_s, u"Kim"_s, u"No, it is broken"_s, start + 2 * hour) };
    Result<IngestResult> again = CaseStore::ingest(db, batch, start + 2 * hour);
    VERIFY_OK(again);
    QCOMPARE(again.value().casesReopened, 1);
    QCOMPARE(again.value().casesOpened, 0);
    QCOMPARE(statusOf(db, caseId), u"open"_s);
    QCOMPARE(scalar(db, u"SELECT resolved_at FROM cases WHERE id = ?"_s, { caseId }).toLongLong(),
        Millis(0));
    QCOMPARE(scalar(db, u"SELECT unanswered FROM cases WHERE id = ?"_s, { caseId }).toInt(), 1);
    QCOMPARE(column(db, u"SELECT type FROM event WHERE case_id = ? ORDER BY id"_s, { caseId }),
        (QStringList { u"message_received"_s, u"reply_sent"_s, u"status_changed"_s, u"reopened"_s,
            u"message_received"_s }));
    QCOMPARE(scalar(db, u"SELECT at FROM event WHERE type = 'reopened'"_s).toLongLong(),
        start + 2 * hour);
}

void TestStorage::changeStatusWritesEvents()
{
    FRESH_DATABASE(fresh);
    Result<std::unique_ptr<Database>> created = createWorkspace(fresh.config());
    VERIFY_OK(created);
    Database &db = *created.value();
    Result<Account> account = addAccount(db, Platform::Vk, ConnectorKind::Live, u"acme"_s);
    VERIFY_OK(account);
    IngestBatch batch;
    batch.accountId = account.value().id;
    batch.messages
        = { customerMessage(u"v1"_s, u"wall-1"_s, u"id42"_s, u"Олег"_s, u"Помогите"_s, start) };
    Result<IngestResult> stored = CaseStore::ingest(db, batch, start);
    VERIFY_OK(stored);
    const Id caseId = caseIdOf(db, u"wall-1"_s);

    struct Move {
        CaseStatus to;
        Millis snoozeUntil;
        bool allowed;
    };
    const Millis now = start + hour;
    const QList<Move> moves {
        { CaseStatus::Pending, 0, true },
        { CaseStatus::Pending, 0, false },
        { CaseStatus::Snoozed, now - 1, false },
        { CaseStatus::Snoozed, now + day, true },
        { CaseStatus::New, 0, false },
        { CaseStatus::Resolved, 0, true },
        { CaseStatus::Pending, 0, false },
        { CaseStatus::Snoozed, now + day, false },
        { CaseStatus::Open, 0, true },
    };
    QString status = u"new"_s;
    for (const Move &move : moves) {
        const QString what = status + u" -> "_s + toString(move.to);
        const qint64 events = count(db, u"event"_s);
        const qint64 seq = changeSeq(db);
        const qint64 version
            = scalar(db, u"SELECT version FROM cases WHERE id = ?"_s, { caseId }).toLongLong();
        Result<Case> moved = CaseStore::changeStatus(db, caseId, move.to, move.snoozeUntil, 0, now);
        if (!move.allowed) {
            QVERIFY2(!moved.ok(), qPrintable(what + u" was allowed"_s));
            QVERIFY2(moved.error().code == ErrorCode::Invalid,
                qPrintable(
                    what + u": "_s + codeName(moved.error().code) + u' ' + moved.error().message));
            QCOMPARE(count(db, u"event"_s), events);
            QCOMPARE(changeSeq(db), seq);
            QCOMPARE(statusOf(db, caseId), status);
            QCOMPARE(
                scalar(db, u"SELECT version FROM cases WHERE id = ?"_s, { caseId }).toLongLong(),
                version);
            continue;
        }
        QVERIFY2(moved.ok(), qPrintable(what + u": "_s + moved.error().message));
        QCOMPARE(statusOf(db, caseId), toString(move.to));
        QCOMPARE(changeSeq(db), seq + 1);
        QCOMPARE(count(db, u"event"_s), events + 1);
        // The returned case is the stored one: its version is what a later "changed since read"
        // check compares against.
        const qint64 storedVersion
            = scalar(db, u"SELECT version FROM cases WHERE id = ?"_s, { caseId }).toLongLong();
        QVERIFY(storedVersion > version);
        QCOMPARE(moved.value().version, storedVersion);
        const QJsonObject data
            = QJsonDocument::fromJson(scalar(db,
                                          u"SELECT data FROM event WHERE case_id = ? AND "
                                          "type = 'status_changed' ORDER BY id DESC"_s,
                                          { caseId })
                                          .toString()
                                          .toUtf8())
                  .object();
        QCOMPARE(data.value("from"_L1).toString(), status);
        QCOMPARE(data.value("to"_L1).toString(), toString(move.to));
        if (move.to == CaseStatus::Snoozed)
            QCOMPARE(data.value("until"_L1).toInteger(), move.snoozeUntil);
        status = toString(move.to);
    }
    QCOMPARE(count(db, u"event"_s, u"type = 'status_changed'"_s), qint64(4));

    Result<Case> missing = CaseStore::changeStatus(db, caseId + 1000, CaseStatus::Open, 0, 0, now);
    VERIFY_ERROR(missing, ErrorCode::NotFound);
}

void TestStorage::searchParity()
{
    CAREDESK_REQUIRE_PG();
    const Millis t = start;
    // English, Russian (ё, capitals, an ё written as е + combining diaeresis), mixed case,
    // punctuation, an email, a URL, hashtags, an order number, text that looks like HTML, two
    // messages at the same moment, and last a backfill of older messages.
    IngestBatch live;
    live.stream = u"mentions"_s;
    live.messages = {
        customerMessage(u"s01"_s, u"t-anna"_s, u"anna"_s, u"Anna Petrova"_s,
            u"My order NW-4829173 hasn't arrived yet. Can you help?"_s, t + 1 * minute),
        customerMessage(u"s02"_s, u"t-ivan"_s, u"ivan"_s, u"Иван Ёлкин"_s,
            u"Где мой заказ? Ёлка не пришла!"_s, t + 2 * minute, Visibility::Private),
        customerMessage(u"s03"_s, u"t-anna"_s, u"anna"_s, u"Anna Petrova"_s,
            u"Please reply to anna.petrova@example.com or see https://example.com/orders/4829173"_s,
            t + 3 * minute),
        agentReply(u"s04"_s, u"t-anna"_s, u"Hi Anna, we are checking order NW-4829173 now."_s,
            t + 4 * minute),
        customerMessage(u"s05"_s, u"t-ivan"_s, u"ivan"_s, u"Иван Ёлкин"_s,
            u"ЗАКАЗ всё ещё не пришёл... #доставка #fail"_s, t + 5 * minute, Visibility::Private),
        customerMessage(u"s06"_s, u"t-bob"_s, u"bob"_s, u"Bob Smith"_s,
            u"<p>Delivery <b>failed</b> &amp; nobody called</p>"_s, t + 6 * minute),
        customerMessage(u"s07"_s, u"t-bob"_s, u"bob"_s, u"Bob Smith"_s,
            u"DELIVERY delivered? No. Delivering takes forever!!!"_s, t + 7 * minute),
        customerMessage(u"s08"_s, u"t-carol"_s, u"carol"_s, u"Carol"_s,
            u"Mixed CaSe OrDeR question"_s, t + 8 * minute),
        customerMessage(
            u"s09"_s, u"t-carol"_s, u"carol"_s, u"Carol"_s, u"Order status?"_s, t + 9 * minute),
        customerMessage(u"s10"_s, u"t-dave"_s, u"dave"_s, u"Dave"_s, u"order tracking, please"_s,
            t + 9 * minute),
    };
    IngestBatch backfill;
    backfill.stream = u"import"_s;
    backfill.messages = {
        customerMessage(u"b01"_s, u"t-old"_s, u"old"_s, u"Old Customer"_s,
            u"Old order NW-4829173 from last year"_s, t - day),
        customerMessage(u"b02"_s, u"t-old"_s, u"old"_s, u"Old Customer"_s,
            u"старый ЗАКАЗ, е\u0308лка"_s, t - 2 * day),
    };

    struct Backend {
        std::unique_ptr<FreshDatabase> fresh;
        std::unique_ptr<Database> db;
        QHash<Id, QString> platformIds;
    };
    Backend backends[2];
    const QString names[2] = { sqliteBackend, postgresBackend };
    for (int i = 0; i < 2; ++i) {
        Backend &b = backends[i];
        b.fresh = std::make_unique<FreshDatabase>(names[i]);
        QVERIFY2(b.fresh->isValid(), qPrintable(b.fresh->error()));
        Result<std::unique_ptr<Database>> created = createWorkspace(b.fresh->config());
        VERIFY_OK(created);
        b.db = std::move(created.value());
        Result<Account> account
            = addAccount(*b.db, Platform::Mastodon, ConnectorKind::Live, u"@acme"_s);
        VERIFY_OK(account);
        for (IngestBatch batch : { live, backfill }) {
            batch.accountId = account.value().id;
            Result<IngestResult> stored = CaseStore::ingest(*b.db, batch, t + hour);
            VERIFY_OK(stored);
            QCOMPARE(stored.value().inserted, int(batch.messages.size()));
        }
        Result<QSqlQuery> ids = b.db->exec(u"SELECT id, platform_id FROM message"_s);
        VERIFY_OK(ids);
        while (ids.value().next())
            b.platformIds.insert(
                ids.value().value(0).toLongLong(), ids.value().value(1).toString());
    }

    struct Query {
        QString text;
        bool prefixLast;
        QStringList expected;
    };
    const QList<Query> queries {
        { u"order"_s, true,
            { u"s10"_s, u"s09"_s, u"s08"_s, u"s04"_s, u"s03"_s, u"s01"_s, u"b01"_s } },
        { u"order"_s, false, { u"s10"_s, u"s09"_s, u"s08"_s, u"s04"_s, u"s01"_s, u"b01"_s } },
        { u"ORDER"_s, false, { u"s10"_s, u"s09"_s, u"s08"_s, u"s04"_s, u"s01"_s, u"b01"_s } },
        { u"oRdEr nw"_s, true, { u"s04"_s, u"s01"_s, u"b01"_s } },
        { u"NW-4829173"_s, true, { u"s04"_s, u"s01"_s, u"b01"_s } },
        { u"4829173"_s, false, { u"s04"_s, u"s03"_s, u"s01"_s, u"b01"_s } },
        { u"48291"_s, true, { u"s04"_s, u"s03"_s, u"s01"_s, u"b01"_s } },
        { u"48291"_s, false, {} },
        { u"заказ"_s, true, { u"s05"_s, u"s02"_s, u"b02"_s } },
        { u"ЗАКАЗ"_s, false, { u"s05"_s, u"s02"_s, u"b02"_s } },
        { u"Ёлка"_s, true, { u"s02"_s, u"b02"_s } },
        { u"ёлк"_s, true, { u"s05"_s, u"s02"_s, u"b02"_s } },
        { u"ЁЛКИН"_s, false, { u"s05"_s, u"s02"_s } },
        { u"Где мой"_s, true, { u"s02"_s } },
        { u"всё ещё"_s, true, { u"s05"_s } },
        { u"пришл"_s, true, { u"s02"_s } },
        { u"#доставка"_s, true, { u"s05"_s } },
        { u"deliv"_s, true, { u"s07"_s, u"s06"_s } },
        { u"DELIVERY"_s, false, { u"s07"_s, u"s06"_s } },
        { u"delivery"_s, false, { u"s07"_s, u"s06"_s } },
        { u"fail"_s, true, { u"s06"_s, u"s05"_s } },
        { u"failed"_s, false, { u"s06"_s } },
        { u"<p>delivery</p>"_s, false, { u"s06"_s } },
        { u"nobody called"_s, true, { u"s06"_s } },
        { u"anna.petrova@example.com"_s, true, { u"s03"_s } },
        { u"https://example.com/orders"_s, true, { u"s03"_s } },
        { u"example.com"_s, false, { u"s03"_s } },
        { u"hasn't"_s, false, { u"s01"_s } },
        { u"Petrova"_s, false, { u"s03"_s, u"s01"_s } },
        { u"anna"_s, true, { u"s04"_s, u"s03"_s, u"s01"_s } },
        { u"bob smith"_s, false, { u"s07"_s, u"s06"_s } },
        { u"acme support"_s, false, { u"s04"_s } },
        { u"old customer"_s, true, { u"b01"_s, u"b02"_s } },
        { u"mixed case"_s, true, { u"s08"_s } },
        { u"tracking, PLEASE"_s, true, { u"s10"_s } },
        { u"order parcel"_s, true, {} },
        { u"!!!"_s, true, {} },
        { QString(), true, {} },
    };
    for (const Query &query : queries) {
        QStringList found[2];
        for (int i = 0; i < 2; ++i) {
            SearchQuery q;
            q.text = query.text;
            q.prefixLast = query.prefixLast;
            q.limit = 100;
            Result<QList<SearchHit>> hits = CaseStore::search(*backends[i].db, q);
            QVERIFY2(hits.ok(),
                qPrintable(names[i] + u" \""_s + query.text + u"\": "_s + hits.error().message));
            for (const SearchHit &hit : hits.value())
                found[i].append(backends[i].platformIds.value(hit.messageId));
        }
        const QString what = u"\""_s + query.text + (query.prefixLast ? u"\" (prefix)"_s : u"\""_s);
        QVERIFY2(found[0] == found[1],
            qPrintable(what + u": sqlite ["_s + found[0].join(u',') + u"], postgresql ["_s
                + found[1].join(u',') + u']'));
        QVERIFY2(found[0] == query.expected,
            qPrintable(what + u": expected ["_s + query.expected.join(u',') + u"], got ["_s
                + found[0].join(u',') + u']'));
    }
}

void TestStorage::keysetPaging()
{
    FRESH_DATABASE(fresh);
    Result<std::unique_ptr<Database>> created = createWorkspace(fresh.config());
    VERIFY_OK(created);
    Database &db = *created.value();
    Result<Account> onX = addAccount(db, Platform::X, ConnectorKind::Live, u"@acme"_s);
    VERIFY_OK(onX);
    Result<Account> onMastodon
        = addAccount(db, Platform::Mastodon, ConnectorKind::Live, u"@acme@mastodon.social"_s);
    VERIFY_OK(onMastodon);

    ManualClock clock(start + day);
    DatabaseWorker worker(fresh.config());
    SqlCaseRepository cases(worker, clock);

    // 120 cases with one message each; every three share a moment, so ties on last_message_at
    // straddle page boundaries. Even ones come from X, odd ones from Mastodon.
    constexpr int caseCount = 120;
    IngestBatch batches[2];
    batches[0].accountId = onX.value().id;
    batches[1].accountId = onMastodon.value().id;
    for (int i = 0; i < caseCount; ++i) {
        batches[i % 2].messages.append(customerMessage(u"m-%1"_s.arg(i), u"thread-%1"_s.arg(i),
            u"c-%1"_s.arg(i), u"Customer %1"_s.arg(i), u"Where is my parcel number %1?"_s.arg(i),
            start + (i / 3) * minute));
    }
    for (const IngestBatch &batch : batches) {
        Result<IngestResult> stored = waitFor(cases.ingest(batch));
        VERIFY_OK(stored);
        QCOMPARE(stored.value().inserted, caseCount / 2);
    }

    struct Row {
        Id id;
        Millis at;
        Id messageId;
        QString platform;
        QString status;
    };
    QList<Row> model;
    for (int i = 0; i < caseCount; ++i) {
        const Id id = caseIdOf(db, u"thread-%1"_s.arg(i));
        QVERIFY(id != 0);
        const Id messageId
            = scalar(db, u"SELECT id FROM message WHERE case_id = ?"_s, { id }).toLongLong();
        model.append(Row {
            id, start + (i / 3) * minute, messageId, i % 2 ? u"mastodon"_s : u"x"_s, u"new"_s });
    }
    // Every fifth case waits for the customer.
    QList<QFuture<Result<Case>>> moves;
    for (int i = 0; i < caseCount; i += 5) {
        moves.append(cases.changeStatus(model[i].id, CaseStatus::Pending, 0, 0));
        model[i].status = u"pending"_s;
    }
    for (const QFuture<Result<Case>> &move : std::as_const(moves)) {
        Result<Case> moved = waitFor(move);
        VERIFY_OK(moved);
    }
    std::sort(model.begin(), model.end(),
        [](const Row &a, const Row &b) { return a.at != b.at ? a.at > b.at : a.id > b.id; });

    struct Scenario {
        const char *name;
        InboxQuery query;
        QList<int> pageSizes;
    };
    QList<Scenario> scenarios;
    scenarios.append({ "all", InboxQuery {}, { 50, 50, 20 } });
    InboxQuery pending;
    pending.status = CaseStatus::Pending;
    pending.limit = 10;
    scenarios.append({ "pending", pending, { 10, 10, 4 } });
    InboxQuery fresh48;
    fresh48.status = CaseStatus::New;
    fresh48.limit = 48;
    scenarios.append({ "new, an exact multiple of the limit", fresh48, { 48, 48 } });
    InboxQuery mastodon;
    mastodon.platform = Platform::Mastodon;
    scenarios.append({ "mastodon", mastodon, { 50, 10 } });
    InboxQuery pendingOnX;
    pendingOnX.status = CaseStatus::Pending;
    pendingOnX.platform = Platform::X;
    pendingOnX.limit = 5;
    scenarios.append({ "pending on x", pendingOnX, { 5, 5, 2 } });
    InboxQuery openOnly;
    openOnly.openOnly = true;
    openOnly.limit = 0;
    scenarios.append({ "no limit", openOnly, { 120 } });

    for (const Scenario &scenario : std::as_const(scenarios)) {
        QList<Id> expected;
        for (const Row &row : std::as_const(model)) {
            if ((!scenario.query.status || row.status == toString(*scenario.query.status))
                && (!scenario.query.platform || row.platform == toString(*scenario.query.platform)))
                expected.append(row.id);
        }
        InboxQuery query = scenario.query;
        QList<Id> seen;
        QList<int> sizes;
        QList<Millis> boundaryTimes;
        for (int guard = 0; guard < 20; ++guard) {
            Result<CasePage> page = waitFor(cases.inbox(query));
            VERIFY_OK(page);
            sizes.append(int(page.value().rows.size()));
            for (const CaseSummary &row : page.value().rows)
                seen.append(row.value.id);
            if (!page.value().rows.isEmpty()) {
                boundaryTimes.append(page.value().rows.first().value.lastMessageAt);
                boundaryTimes.append(page.value().rows.last().value.lastMessageAt);
            }
            if (!page.value().next)
                break;
            QCOMPARE(page.value().next->id, page.value().rows.last().value.id);
            QCOMPARE(page.value().next->time, page.value().rows.last().value.lastMessageAt);
            query.after = page.value().next;
        }
        QVERIFY2(sizes == scenario.pageSizes, scenario.name);
        QVERIFY2(seen == expected, scenario.name);
        if (qstrcmp(scenario.name, "all") == 0) {
            // The first page ends inside a group of ties that the second page finishes.
            QCOMPARE(boundaryTimes.at(1), boundaryTimes.at(2));
        }
    }

    // Search pages the same way, by (created_at, message id) of the last hit.
    QList<Id> expectedHits;
    std::sort(model.begin(), model.end(), [](const Row &a, const Row &b) {
        return a.at != b.at ? a.at > b.at : a.messageId > b.messageId;
    });
    for (const Row &row : std::as_const(model))
        expectedHits.append(row.messageId);
    SearchQuery search;
    search.text = u"Parcel"_s;
    search.limit = 50;
    QList<Id> hits;
    QList<int> sizes;
    for (int guard = 0; guard < 20; ++guard) {
        Result<QList<SearchHit>> page = waitFor(cases.search(search));
        VERIFY_OK(page);
        sizes.append(int(page.value().size()));
        if (page.value().isEmpty())
            break;
        for (const SearchHit &hit : page.value())
            hits.append(hit.messageId);
        search.after
            = KeysetCursor { page.value().last().createdAt, page.value().last().messageId };
    }
    QCOMPARE(sizes, (QList<int> { 50, 50, 20, 0 }));
    QCOMPARE(hits, expectedHits);
}

void TestStorage::changeFeedSeesOtherConnection()
{
    FRESH_DATABASE(fresh);
    Result<std::unique_ptr<Database>> created = createWorkspace(fresh.config());
    VERIFY_OK(created);
    Database &db = *created.value();
    Result<Account> account = addAccount(db, Platform::Facebook, ConnectorKind::Live, u"acme"_s);
    VERIFY_OK(account);

    SqlChangeFeed feed(fresh.config());
    feed.setInterval(50);
    feed.setStartSeq(changeSeq(db));
    QSignalSpy changed(&feed, &ChangeFeed::changed);
    QSignalSpy resync(&feed, &ChangeFeed::resyncNeeded);
    feed.start();

    // Written by a worker: another connection, on another thread.
    ManualClock clock(start + hour);
    DatabaseWorker worker(fresh.config());
    SqlCaseRepository cases(worker, clock);
    Result<IngestResult> stored = waitFor(cases.ingest(firstBatch(account.value().id)));
    VERIFY_OK(stored);
    const QSet<Id> touched(stored.value().caseIds.cbegin(), stored.value().caseIds.cend());
    QCOMPARE(touched.size(), 3);
    QTRY_VERIFY(seenCases(changed).contains(touched));
    QTRY_COMPARE(lastSeq(changed), changeSeq(db));

    // A status change on one case names just that case.
    const Id caseId = stored.value().caseIds.first();
    Result<Case> moved = waitFor(cases.changeStatus(caseId, CaseStatus::Pending, 0, 0));
    VERIFY_OK(moved);
    QTRY_COMPARE(lastSeq(changed), changeSeq(db));
    QCOMPARE(changed.last().at(1).value<QList<Id>>(), QList<Id> { caseId });
    QCOMPARE(resync.count(), 0);
}

void TestStorage::changeFeedSeesOtherProcess()
{
    FreshDatabase fresh(sqliteBackend);
    QVERIFY2(fresh.isValid(), qPrintable(fresh.error()));
    Result<std::unique_ptr<Database>> created = createWorkspace(fresh.config());
    VERIFY_OK(created);
    Database &db = *created.value();
    Result<Account> account
        = addAccount(db, Platform::YouTube, ConnectorKind::Live, u"AcmeChannel"_s);
    VERIFY_OK(account);

    SqlChangeFeed feed(fresh.config());
    feed.setInterval(50);
    feed.setStartSeq(changeSeq(db));
    QSignalSpy changed(&feed, &ChangeFeed::changed);
    feed.start();

    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(childWriteVariable), fresh.config().path);
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY2(child.waitForFinished(60000), "the writer process did not finish");
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
        child.readAllStandardError().constData());

    const Id caseId = caseIdOf(db, childThread);
    QVERIFY(caseId != 0);
    QTRY_VERIFY(seenCases(changed).contains(caseId));
    QTRY_COMPARE(lastSeq(changed), changeSeq(db));
}

void TestStorage::changeFeedResyncsAfterConnectionLoss()
{
    CAREDESK_REQUIRE_PG();
    FreshDatabase fresh(postgresBackend);
    QVERIFY2(fresh.isValid(), qPrintable(fresh.error()));
    Result<std::unique_ptr<Database>> created = createWorkspace(fresh.config());
    VERIFY_OK(created);
    Database &db = *created.value();
    Result<Account> account = addAccount(db, Platform::Reddit, ConnectorKind::Live, u"u/acme"_s);
    VERIFY_OK(account);

    // The feed's connection is the only other CareDesk session on this database.
    const QString othersStatement
        = u"SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
          "AND application_name = 'CareDesk' AND pid <> pg_backend_pid()"_s;
    QCOMPARE(column(db, othersStatement), QStringList());

    const DroppedSocketWarningFilter filter; // outlives the feed's thread
    SqlChangeFeed feed(fresh.config());
    feed.setInterval(50);
    feed.setStartSeq(changeSeq(db));
    QSignalSpy changed(&feed, &ChangeFeed::changed);
    QSignalSpy resync(&feed, &ChangeFeed::resyncNeeded);
    QSignalSpy unavailable(&feed, &ChangeFeed::unavailable);
    feed.start();
    QTRY_COMPARE(column(db, othersStatement).size(), 1);
    const QString listener = column(db, othersStatement).constFirst();

    ManualClock clock(start + hour);
    DatabaseWorker worker(fresh.config());
    SqlCaseRepository cases(worker, clock);
    IngestBatch batch;
    batch.accountId = account.value().id;
    batch.messages = { customerMessage(
        u"r1"_s, u"t-before"_s, u"u1"_s, u"Sam"_s, u"Before the cut"_s, start) };
    Result<IngestResult> before = waitFor(cases.ingest(batch));
    VERIFY_OK(before);
    QTRY_VERIFY(seenCases(changed).contains(before.value().caseIds.first()));

    // The server drops the listening connection; a write lands while the feed is away.
    QVERIFY(scalar(db, u"SELECT pg_terminate_backend(?)"_s, { listener.toInt() }).toBool());
    batch.messages = { customerMessage(
        u"r2"_s, u"t-during"_s, u"u2"_s, u"Lee"_s, u"During the cut"_s, start) };
    Result<IngestResult> during = waitFor(cases.ingest(batch));
    VERIFY_OK(during);

    QTRY_VERIFY_WITH_TIMEOUT(resync.count() >= 1, 20000);
    QVERIFY(unavailable.count() >= 1);
    QVERIFY(!unavailable.first().at(0).toString().isEmpty());
    QTRY_VERIFY(seenCases(changed).contains(during.value().caseIds.first()));
    const QStringList others = column(db, othersStatement);
    QVERIFY(others.size() >= 1);
    QVERIFY(!others.contains(listener));

    // And it keeps reporting.
    batch.messages
        = { customerMessage(u"r3"_s, u"t-after"_s, u"u3"_s, u"Max"_s, u"After the cut"_s, start) };
    Result<IngestResult> after = waitFor(cases.ingest(batch));
    VERIFY_OK(after);
    QTRY_VERIFY(seenCases(changed).contains(after.value().caseIds.first()));
    QTRY_COMPARE(lastSeq(changed), changeSeq(db));
}

void TestStorage::trainingWorkspaceTakesOnlySimulators()
{
    FRESH_DATABASE(fresh);
    Result<std::unique_ptr<Database>> created
        = createWorkspace(fresh.config(), WorkspaceKind::Training);
    VERIFY_OK(created);
    Database &db = *created.value();

    for (ConnectorKind connector : { ConnectorKind::Live, ConnectorKind::Demo }) {
        Result<Account> refused = addAccount(db, Platform::X, connector, u"@acme"_s);
        VERIFY_ERROR(refused, ErrorCode::Invalid);
        QVERIFY2(refused.error().message.contains("training workspace"_L1),
            qPrintable(refused.error().message));
    }
    Result<Account> simulator
        = addAccount(db, Platform::X, ConnectorKind::Simulator, u"@trainee"_s);
    VERIFY_OK(simulator);

    // Nor can an account become live afterwards.
    Result<QSqlQuery> switched = db.exec(
        u"UPDATE account SET connector = 'live' WHERE id = ?"_s, { simulator.value().id });
    VERIFY_ERROR(switched, ErrorCode::Invalid);
    QCOMPARE(column(db, u"SELECT connector FROM account"_s), QStringList { u"simulator"_s });

    // The repository says the same.
    ManualClock clock(start);
    DatabaseWorker worker(fresh.config());
    SqlAccountRepository accounts(worker, clock);
    Account live;
    live.platform = Platform::Telegram;
    live.connector = ConnectorKind::Live;
    live.handle = u"acme_bot"_s;
    Result<Account> viaRepository = waitFor(accounts.add(live));
    VERIFY_ERROR(viaRepository, ErrorCode::Invalid);
    QCOMPARE(count(db, u"account"_s), qint64(1));
}

void TestStorage::trainingKindRefusedWithLiveAccount()
{
    FRESH_DATABASE(fresh);
    Result<std::unique_ptr<Database>> created = createWorkspace(fresh.config());
    VERIFY_OK(created);
    Database &db = *created.value();
    Result<Account> live = addAccount(db, Platform::X, ConnectorKind::Live, u"@acme"_s);
    VERIFY_OK(live);
    Result<Account> simulator
        = addAccount(db, Platform::X, ConnectorKind::Simulator, u"@trainee"_s);
    VERIFY_OK(simulator);

    Result<QSqlQuery> refused = db.exec(u"UPDATE workspace SET kind = 'training' WHERE id = 1"_s);
    VERIFY_ERROR(refused, ErrorCode::Invalid);
    QVERIFY2(refused.error().message.contains("training workspace"_L1),
        qPrintable(refused.error().message));
    QCOMPARE(scalar(db, u"SELECT kind FROM workspace"_s).toString(), u"standard"_s);

    // Without the live account the switch is allowed, and the constraint holds from then on.
    Result<Done> removed = AccountStore::remove(db, live.value().id);
    VERIFY_OK(removed);
    Result<QSqlQuery> switched = db.exec(u"UPDATE workspace SET kind = 'training' WHERE id = 1"_s);
    VERIFY_OK(switched);
    Result<Account> again = addAccount(db, Platform::X, ConnectorKind::Live, u"@acme"_s);
    VERIFY_ERROR(again, ErrorCode::Invalid);
}

void TestStorage::eventsAreAppendOnly()
{
    FRESH_DATABASE(fresh);
    Result<std::unique_ptr<Database>> created = createWorkspace(fresh.config());
    VERIFY_OK(created);
    Database &db = *created.value();
    Result<Account> account = addAccount(db, Platform::Instagram, ConnectorKind::Live, u"acme"_s);
    VERIFY_OK(account);
    Result<IngestResult> stored
        = CaseStore::ingest(db, firstBatch(account.value().id), start + hour);
    VERIFY_OK(stored);
    const QStringList events = column(
        db, u"SELECT id || ':' || type || ':' || at || ':' || data FROM event ORDER BY id"_s);
    QCOMPARE(events.size(), 6);

    const QStringList statements { u"UPDATE event SET type = 'tampered' WHERE id = 1"_s,
        u"UPDATE event SET data = '{}'"_s, u"DELETE FROM event WHERE id = 1"_s,
        u"DELETE FROM event"_s };
    for (const QString &statement : statements) {
        Result<QSqlQuery> refused = db.exec(statement);
        QVERIFY2(!refused.ok(), qPrintable(statement + u" was allowed"_s));
        QVERIFY2(refused.error().code == ErrorCode::Invalid,
            qPrintable(statement + u": "_s + codeName(refused.error().code)));
        QVERIFY2(refused.error().message.contains("append-only"_L1),
            qPrintable(refused.error().message));
    }
    if (db.isPostgres()) {
        // TRUNCATE cannot be prepared; a plain connection reaches the statement trigger.
        Result<QVariant> truncated = execPlain(fresh.config(), { u"TRUNCATE event"_s });
        QVERIFY2(!truncated.ok(), "TRUNCATE event was allowed");
        QVERIFY2(truncated.error().message.contains("append-only"_L1),
            qPrintable(truncated.error().message));
    }
    // Also inside a transaction, which then rolls back as a whole.
    Result<Done> inTransaction = db.transaction([&db]() -> Result<Done> {
        if (Result<QSqlQuery> q = db.exec(u"UPDATE cases SET subject = 'changed'"_s); !q.ok())
            return q.error();
        if (Result<QSqlQuery> q = db.exec(u"DELETE FROM event WHERE id = 2"_s); !q.ok())
            return q.error();
        return Done {};
    });
    VERIFY_ERROR(inTransaction, ErrorCode::Invalid);
    QCOMPARE(count(db, u"cases"_s, u"subject = 'changed'"_s), qint64(0));
    QCOMPARE(column(db,
                 u"SELECT id || ':' || type || ':' || at || ':' || data FROM event ORDER BY id"_s),
        events);
}

void TestStorage::concurrentSqliteWriters()
{
    FreshDatabase fresh(sqliteBackend);
    QVERIFY2(fresh.isValid(), qPrintable(fresh.error()));
    Result<std::unique_ptr<Database>> created = createWorkspace(fresh.config());
    VERIFY_OK(created);
    Database &db = *created.value();
    Result<Account> account = addAccount(db, Platform::X, ConnectorKind::Live, u"@acme"_s);
    VERIFY_OK(account);
    const qint64 seq = changeSeq(db);

    // Two database threads, each with its own connection, posting batches at the same time; both
    // write the same customer, so their transactions also touch the same rows.
    ManualClock clock(start + day);
    DatabaseWorker first(fresh.config());
    DatabaseWorker second(fresh.config());
    SqlCaseRepository casesA(first, clock);
    SqlCaseRepository casesB(second, clock);
    constexpr int rounds = 5;
    constexpr int perBatch = 40;
    QList<QFuture<Result<IngestResult>>> futures;
    for (int round = 0; round < rounds; ++round) {
        for (int writer = 0; writer < 2; ++writer) {
            IngestBatch batch;
            batch.accountId = account.value().id;
            batch.stream = u"writer-%1"_s.arg(writer);
            batch.cursor = QString::number(round);
            for (int i = 0; i < perBatch; ++i) {
                const QString id = u"w%1-r%2-m%3"_s.arg(writer).arg(round).arg(i);
                batch.messages.append(
                    customerMessage(id, u"w%1-thread-%2"_s.arg(writer).arg(i % 8), u"shared"_s,
                        u"Shared Customer"_s, u"Message "_s + id, start + round * minute + i));
            }
            futures.append((writer == 0 ? casesA : casesB).ingest(batch));
        }
    }
    for (const QFuture<Result<IngestResult>> &future : std::as_const(futures)) {
        Result<IngestResult> stored = waitFor(future);
        VERIFY_OK(stored);
        QCOMPARE(stored.value().inserted, perBatch);
    }
    QCOMPARE(count(db, u"message"_s), qint64(2 * rounds * perBatch));
    QCOMPARE(count(db, u"cases"_s), qint64(16));
    QCOMPARE(count(db, u"customer"_s), qint64(1));
    QCOMPARE(changeSeq(db), seq + 2 * rounds);
    QCOMPARE(scalar(db, u"SELECT COUNT(DISTINCT seq) FROM change_log WHERE seq > ?"_s, { seq })
                 .toLongLong(),
        qint64(2 * rounds));
    QCOMPARE(column(db, u"SELECT value FROM sync_cursor ORDER BY stream"_s),
        (QStringList { QString::number(rounds - 1), QString::number(rounds - 1) }));
}

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
