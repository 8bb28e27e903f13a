// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/database.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

QAtomicInteger<quint64> connectionCounter;

/// The drivers bind a null QString as SQL NULL; text columns store '' for "none", and a NULL is
/// only meant where a typed null QVariant is passed.
QVariant bindable(const QVariant &value)
{
    if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(QString(u""_s));
    return value;
}

/// The sqlite3 API's last error as the Qt driver would have reported it.
Error nativeError(const Database &db, sqlite3 *handle, const QString &what)
{
    const QSqlError error(QString(), QString::fromUtf8(sqlite3_errmsg(handle)), QSqlError::StatementError,
                          QString::number(sqlite3_extended_errcode(handle)));
    return db.errorFrom(error, what);
}

/// Splits a migration file into statements: a statement ends with ';' at the end of a line,
/// except inside a trigger body (BEGIN ... END;) or a dollar-quoted function body.
QStringList splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    int depth = 0;
    bool inDollar = false;
    const QStringList lines = script.split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (!inDollar && (trimmed.isEmpty() || trimmed.startsWith("--"_L1)))
            continue;
        current += line + u'\n';
        if (trimmed.count("$$"_L1) % 2 == 1)
            inDollar = !inDollar;
        if (inDollar)
            continue;
        if (trimmed.compare("BEGIN"_L1, Qt::CaseInsensitive) == 0)
            ++depth;
        else if (trimmed.startsWith("END;"_L1, Qt::CaseInsensitive) && depth > 0)
            --depth;
        if (depth == 0 && trimmed.endsWith(u';')) {
            statements.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

} // namespace

Database::Database(const DatabaseConfig &config, const QString &connectionName)
    : m_connectionName(connectionName)
    , m_config(config)
{
}

/// A cached statement on Qt SQL (PostgreSQL, and SQLite unless native statements are on).
class Database::QtCachedQuery final : public CachedQuery
{
public:
    explicit QtCachedQuery(const QSqlDatabase &db)
        : m_query(db)
    {
        m_query.setForwardOnly(true);
    }
    bool next() override { return m_query.next(); }
    QVariant value(int column) const override { return m_query.value(column); }
    void finish() override { m_query.finish(); }

    QSqlQuery m_query;
};

/// A cached statement on the sqlite3 C API, through the Qt driver's own connection. Runs to
/// its first row (or to the end) at once, so errors surface from Database::cached().
class Database::NativeCachedQuery final : public CachedQuery
{
public:
    explicit NativeCachedQuery(sqlite3_stmt *statement)
        : m_statement(statement)
    {
    }
    ~NativeCachedQuery() override { sqlite3_finalize(m_statement); }
    Q_DISABLE_COPY_MOVE(NativeCachedQuery)

    /// Binds and steps once; returns the sqlite3 result code (SQLITE_OK when it ran).
    int run(const QVariantList &values)
    {
        finish();
        if (sqlite3_bind_parameter_count(m_statement) != values.size())
            return SQLITE_RANGE;
        for (int i = 0; i < values.size(); ++i) {
            const QVariant &value = values.at(i);
            int rc = SQLITE_OK;
            if (value.isNull()) {
                rc = sqlite3_bind_null(m_statement, i + 1);
            } else {
                switch (value.typeId()) {
                case QMetaType::Bool:
                case QMetaType::Int:
                case QMetaType::UInt:
                case QMetaType::Long:
                case QMetaType::LongLong:
                case QMetaType::ULong:
                case QMetaType::ULongLong:
                case QMetaType::Short:
                case QMetaType::UShort:
                    rc = sqlite3_bind_int64(m_statement, i + 1, value.toLongLong());
                    break;
                case QMetaType::Double:
                case QMetaType::Float:
                    rc = sqlite3_bind_double(m_statement, i + 1, value.toDouble());
                    break;
                case QMetaType::QByteArray:
                    m_keep.append(value.toByteArray());
                    rc = sqlite3_bind_blob(m_statement, i + 1, m_keep.constLast().constData(),
                                           int(m_keep.constLast().size()), SQLITE_STATIC);
                    break;
                default:
                    // Text stays alive in m_keep until the next run: no copy inside SQLite.
                    m_keep.append(value.toString().toUtf8());
                    rc = sqlite3_bind_text(m_statement, i + 1, m_keep.constLast().constData(),
                                           int(m_keep.constLast().size()), SQLITE_STATIC);
                    break;
                }
            }
            if (rc != SQLITE_OK)
                return rc;
        }
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW) {
            m_rowReady = true;
            return SQLITE_OK;
        }
        if (rc == SQLITE_DONE) {
            finish();
            return SQLITE_OK;
        }
        return rc;
    }
    bool next() override
    {
        if (m_rowReady) {
            m_rowReady = false;
            m_onRow = true;
            return true;
        }
        if (m_onRow && sqlite3_step(m_statement) == SQLITE_ROW)
            return true;
        m_onRow = false;
        return false;
    }
    QVariant value(int column) const override
    {
        if (!m_onRow)
            return {};
        switch (sqlite3_column_type(m_statement, column)) {
        case SQLITE_INTEGER:
            return QVariant(qint64(sqlite3_column_int64(m_statement, column)));
        case SQLITE_FLOAT:
            return QVariant(sqlite3_column_double(m_statement, column));
        case SQLITE_NULL:
            return {};
        case SQLITE_BLOB:
            return QVariant(QByteArray(static_cast<const char *>(sqlite3_column_blob(m_statement, column)),
                                       sqlite3_column_bytes(m_statement, column)));
        default:
            return QVariant(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column)),
                                              sqlite3_column_bytes(m_statement, column)));
        }
    }
    void finish() override
    {
        sqlite3_reset(m_statement);
        m_rowReady = false;
        m_onRow = false;
        m_keep.clear();
    }

private:
    sqlite3_stmt *m_statement = nullptr;
    QList<QByteArray> m_keep;
    bool m_rowReady = false; ///< run() stepped onto a row that next() has not handed out yet
    bool m_onRow = false;
};

Database::~Database()
{
    // Cached statements go before the connection they were prepared on.
    m_cached.clear();
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseConfig &config, OpenMode mode)
{
    if (!config.isPostgres()) {
        if (config.path.isEmpty())
            return Error { ErrorCode::Invalid, tr("No workspace file was given.") };
        const QFileInfo info(config.path);
        if (!info.exists() && mode == OpenMode::Existing) {
            return Error { ErrorCode::NotFound,
                           tr("There is no workspace at %1; create one with "
                              "\"caredesk-cli workspace init\".")
                               .arg(QDir::toNativeSeparators(config.path)) };
        }
        if (info.exists() && !info.isFile())
            return Error { ErrorCode::Invalid, tr("%1 is not a file.").arg(config.path) };
        if (!info.exists() && !QDir().mkpath(info.absolutePath())) {
            return Error { ErrorCode::Unavailable,
                           tr("Could not create the folder %1.").arg(info.absolutePath()) };
        }
    }

    const QString name = u"caredesk-%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> database(new Database(config, name));
    database->m_db = QSqlDatabase::addDatabase(config.isPostgres() ? u"QPSQL"_s : u"QSQLITE"_s, name);
    if (!database->m_db.isValid()) {
        return Error { ErrorCode::Unavailable,
                       tr("The Qt SQL driver for %1 is not installed.")
                           .arg(config.isPostgres() ? u"PostgreSQL"_s : u"SQLite"_s) };
    }
    QSqlDatabase &db = database->m_db;
    if (config.isPostgres()) {
        db.setHostName(config.host);
        db.setPort(config.port);
        db.setUserName(config.user);
        db.setPassword(config.password);
        db.setDatabaseName(config.databaseName);
        db.setConnectOptions(u"connect_timeout=5;application_name=CareDesk"_s);
    } else {
        db.setDatabaseName(config.path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    }
    if (!db.open()) {
        Error error = database->errorFrom(db.lastError(), tr("open %1").arg(config.displayName()));
        if (error.code == ErrorCode::Internal)
            error.code = ErrorCode::Unavailable;
        return error;
    }
    // Look before configuring: switching to WAL is persistent, and a file that turns out not to
    // be a workspace (another program's database, picked by mistake) must be left as it was.
    Result<int> version = database->storedSchemaVersion();
    if (!version.ok())
        return version.error();
    if (version.value() > schemaVersion) {
        return Error { ErrorCode::Corrupt,
                       tr("The workspace %1 was written by a newer CareDesk (schema %2; this "
                          "version reads schema %3).")
                           .arg(config.displayName())
                           .arg(version.value())
                           .arg(schemaVersion) };
    }
    if (mode == OpenMode::Existing && version.value() < schemaVersion) {
        return Error { ErrorCode::NotFound,
                       version.value() == 0
                           ? tr("%1 holds no CareDesk workspace yet; create it with "
                                "\"caredesk-cli workspace init\".")
                                 .arg(config.displayName())
                           : tr("The workspace %1 needs an upgrade; run \"caredesk-cli "
                                "workspace init\".")
                                 .arg(config.displayName()) };
    }
    if (Result<Done> configured = database->configureConnection(); !configured.ok())
        return configured.error();
    return database;
}

Result<Done> Database::configureConnection()
{
    QStringList statements;
    if (isPostgres()) {
        statements = { u"SET client_min_messages = warning"_s, u"SET TIME ZONE 'UTC'"_s };
    } else {
        // WAL and FULL on every connection: a reply in the outbox must survive a power cut.
        statements = { u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = FULL"_s,
                       u"PRAGMA foreign_keys = ON"_s };
    }
    for (const QString &statement : std::as_const(statements)) {
        QSqlQuery query(m_db);
        if (!query.exec(statement))
            return errorFrom(query.lastError(), tr("open %1").arg(m_config.displayName()));
        if (statement.contains("journal_mode"_L1) && query.next()
            && query.value(0).toString().compare("wal"_L1, Qt::CaseInsensitive) != 0) {
            return Error { ErrorCode::Unavailable,
                           tr("The workspace %1 cannot use write-ahead logging (is it on a "
                              "network drive?).")
                               .arg(m_config.displayName()) };
        }
    }
    return Done {};
}

Result<int> Database::storedSchemaVersion()
{
    const QString tablesStatement = isPostgres()
        ? u"SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"_s
        : u"SELECT name FROM sqlite_master WHERE type = 'table'"_s;
    Result<QSqlQuery> tables = exec(tablesStatement);
    if (!tables.ok())
        return tables.error();
    QSet<QString> names;
    while (tables.value().next())
        names.insert(tables.value().value(0).toString());
    if (names.isEmpty())
        return 0;
    if (!names.contains("workspace"_L1)) {
        return Error { ErrorCode::Corrupt,
                       tr("%1 is not a CareDesk workspace.").arg(m_config.displayName()) };
    }
    Result<QSqlQuery> version = exec(u"SELECT schema_version FROM workspace WHERE id = 1"_s);
    if (!version.ok())
        return version.error();
    if (!version.value().next()) {
        return Error { ErrorCode::Corrupt,
                       tr("%1 is not a CareDesk workspace.").arg(m_config.displayName()) };
    }
    return version.value().value(0).toInt();
}

Result<Done> Database::migrate(WorkspaceKind kindIfNew, const QString &nameIfNew, Millis now)
{
    for (;;) {
        bool finished = false;
        Result<Done> step = transaction([&]() -> Result<Done> {
            if (isPostgres()) {
                // Two desktops upgrading one team database at once take turns.
                if (Result<QSqlQuery> lock = exec(u"SELECT pg_advisory_xact_lock(7400518)"_s); !lock.ok())
                    return lock.error();
            }
            Result<int> version = storedSchemaVersion();
            if (!version.ok())
                return version.error();
            if (version.value() >= schemaVersion) {
                finished = true;
                return Done {};
            }
            if (version.value() == 0) {
                Result<QSqlQuery> probe = exec(isPostgres()
                        ? u"SELECT to_regclass('workspace') IS NOT NULL"_s
                        : u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'workspace'"_s);
                if (!probe.ok())
                    return probe.error();
                probe.value().next();
                if (!probe.value().value(0).toBool()) {
                    Result<Done> created = execDirect(
                        u"CREATE TABLE workspace (id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1), "
                        "kind TEXT NOT NULL CHECK (kind IN ('standard', 'demo', 'training')), "
                        "schema_version INTEGER NOT NULL, name TEXT NOT NULL, "
                        "created_at BIGINT NOT NULL)"_s,
                        tr("create the workspace"));
                    if (!created.ok())
                        return created;
                    Result<QSqlQuery> row = exec(u"INSERT INTO workspace (id, kind, schema_version, "
                                                 "name, created_at) VALUES (1, ?, 0, ?, ?)"_s,
                                                 { toString(kindIfNew), nameIfNew, now });
                    if (!row.ok())
                        return row.error();
                }
            }
            const int next = version.value() + 1;
            if (Result<Done> applied = applyMigration(next); !applied.ok())
                return applied;
            Result<QSqlQuery> stamp =
                exec(u"UPDATE workspace SET schema_version = ? WHERE id = 1"_s, { next });
            if (!stamp.ok())
                return stamp.error();
            return Done {};
        });
        if (!step.ok())
            return step;
        if (finished)
            return Done {};
    }
}

Result<Done> Database::applyMigration(int version)
{
    const QString base = u":/caredesk/migrations/%1_"_s.arg(QString::number(version).rightJustified(4, u'0'));
    QString script;
    for (const QString &suffix : { u"schema.sql"_s, isPostgres() ? u"postgresql.sql"_s : u"sqlite.sql"_s }) {
        QFile file(base + suffix);
        if (!file.exists())
            continue;
        if (!file.open(QIODevice::ReadOnly)) {
            return Error { ErrorCode::Internal,
                           tr("The migration %1 could not be read.").arg(file.fileName()) };
        }
        script += QString::fromUtf8(file.readAll()) + u'\n';
    }
    if (script.isEmpty())
        return Error { ErrorCode::Internal, tr("Migration %1 is missing.").arg(version) };
    script.replace("@ID@"_L1, isPostgres() ? "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"_L1
                                           : "INTEGER PRIMARY KEY"_L1);
    const QStringList statements = splitStatements(script);
    for (const QString &statement : statements) {
        QSqlQuery query(m_db);
        if (!query.exec(statement)) {
            Error error = errorFrom(query.lastError(), tr("upgrade the workspace to schema %1").arg(version));
            return error;
        }
    }
    return Done {};
}

Result<QSqlQuery> Database::exec(const QString &statement, const QVariantList &values)
{
    if (m_rolledBack) {
        return Error { ErrorCode::Internal,
                       tr("Could not run a query: the transaction was already rolled back.") };
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(statement)) {
        Error error = errorFrom(query.lastError(), tr("prepare a query"));
        abandonTransaction();
        return error;
    }
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, bindable(values.at(i)));
    if (!query.exec()) {
        Error error = errorFrom(query.lastError(), tr("run a query"));
        abandonTransaction();
        return error;
    }
    return query;
}

Result<CachedQuery *> Database::cached(const QString &statement, const QVariantList &values)
{
    if (m_rolledBack) {
        return Error { ErrorCode::Internal,
                       tr("Could not run a query: the transaction was already rolled back.") };
    }
    auto found = m_cached.find(statement);
    if (found == m_cached.end()) {
        std::unique_ptr<CachedQuery> created;
        if (m_sqlite) {
            const QByteArray sql = statement.toUtf8();
            sqlite3_stmt *prepared = nullptr;
            if (sqlite3_prepare_v3(m_sqlite, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &prepared,
                                   nullptr)
                != SQLITE_OK) {
                Error error = nativeError(*this, m_sqlite, tr("prepare a query"));
                sqlite3_finalize(prepared);
                return error;
            }
            created = std::make_unique<NativeCachedQuery>(prepared);
        } else {
            auto query = std::make_unique<QtCachedQuery>(m_db);
            if (!query->m_query.prepare(statement)) {
                Error error = errorFrom(query->m_query.lastError(), tr("prepare a query"));
                abandonTransaction();
                return error;
            }
            created = std::move(query);
        }
        found = m_cached.emplace(statement, std::move(created)).first;
    }
    CachedQuery *query = found->second.get();
    if (m_sqlite) {
        auto *native = static_cast<NativeCachedQuery *>(query);
        if (native->run(values) != SQLITE_OK) {
            Error error = nativeError(*this, m_sqlite, tr("run a query"));
            native->finish();
            return error;
        }
        return query;
    }
    QSqlQuery &sqlQuery = static_cast<QtCachedQuery *>(query)->m_query;
    for (int i = 0; i < values.size(); ++i)
        sqlQuery.bindValue(i, bindable(values.at(i)));
    if (!sqlQuery.exec()) {
        Error error = errorFrom(sqlQuery.lastError(), tr("run a query"));
        sqlQuery.finish();
        abandonTransaction();
        return error;
    }
    return query;
}

Result<Id> Database::insertCached(const QString &statement, const QVariantList &values)
{
    if (isPostgres()) {
        Result<CachedQuery *> inserted = cached(statement + u" RETURNING id"_s, values);
        if (!inserted.ok())
            return inserted.error();
        if (!inserted.value()->next())
            return Error { ErrorCode::Internal, tr("An insert returned no id.") };
        const Id id = inserted.value()->value(0).toLongLong();
        inserted.value()->finish();
        return id;
    }
    Result<CachedQuery *> inserted = cached(statement, values);
    if (!inserted.ok())
        return inserted.error();
    if (m_sqlite)
        return Id(sqlite3_last_insert_rowid(m_sqlite));
    return static_cast<QtCachedQuery *>(inserted.value())->m_query.lastInsertId().toLongLong();
}

Result<Done> Database::insertRows(const QString &head, const QString &row, const QVariantList &values)
{
    // Rows go 32 to a statement (the rest one by one): fewer statements to run, and on
    // PostgreSQL fewer round trips, with two cached statements per table.
    constexpr qsizetype rowsPerStatement = 32;
    const qsizetype columns = row.count(u'?');
    if (columns == 0 || values.size() % columns != 0)
        return Error { ErrorCode::Internal, tr("Could not run a query: the values do not fill whole rows.") };
    const qsizetype rows = values.size() / columns;
    qsizetype done = 0;
    if (rows >= rowsPerStatement) {
        QString many = head;
        for (qsizetype i = 0; i < rowsPerStatement; ++i)
            many += (i == 0 ? QString() : u", "_s) + row;
        for (; done + rowsPerStatement <= rows; done += rowsPerStatement) {
            Result<CachedQuery *> inserted = cached(many, values.mid(done * columns, rowsPerStatement * columns));
            if (!inserted.ok())
                return inserted.error();
        }
    }
    for (; done < rows; ++done) {
        Result<CachedQuery *> inserted = cached(head + row, values.mid(done * columns, columns));
        if (!inserted.ok())
            return inserted.error();
    }
    return Done {};
}

Result<Done> Database::forEachIn(const QString &select, const QVariantList &leading, const QStringList &keys,
                                 const std::function<void(const CachedQuery &)> &onRow)
{
    constexpr qsizetype chunk = 100;
    QString statement = select;
    for (qsizetype i = 0; i < chunk; ++i)
        statement += i == 0 ? u"?"_s : u", ?"_s;
    statement += u')';
    for (qsizetype start = 0; start < keys.size(); start += chunk) {
        QVariantList values = leading;
        for (qsizetype i = 0; i < chunk; ++i)
            values.append(keys.at(std::min(start + i, keys.size() - 1)));
        Result<CachedQuery *> q = cached(statement, values);
        if (!q.ok())
            return q.error();
        while (q.value()->next())
            onRow(*q.value());
        q.value()->finish();
    }
    return Done {};
}

bool Database::setNativeStatements(bool on)
{
    if (on == (m_sqlite != nullptr))
        return on;
    m_cached.clear();
    m_sqlite = nullptr;
    if (!on || isPostgres())
        return false;
    // Debian's Qt SQLite driver links the system libsqlite3, the library linked here, so the
    // handle may be used directly.
    const QVariant handle = m_db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    m_sqlite = *static_cast<sqlite3 *const *>(handle.constData());
    return m_sqlite != nullptr;
}

void Database::finishCached()
{
    for (auto &[statement, query] : m_cached)
        query->finish();
}

Result<Done> Database::execDirect(const QString &statement, const QString &what)
{
    QSqlQuery query(m_db);
    if (!query.exec(statement)) {
        Error error = errorFrom(query.lastError(), what);
        abandonTransaction();
        return error;
    }
    return Done {};
}

void Database::abandonTransaction()
{
    // A failed statement aborts a PostgreSQL transaction: nothing more runs in it, not even the
    // DEALLOCATE of the driver's prepared statements, which would fail with a warning and stay on
    // the server for the rest of the session. Rolling back at once lets them go.
    if (!isPostgres() || !m_inTransaction || m_rolledBack)
        return;
    QSqlQuery rollback(m_db);
    rollback.exec(u"ROLLBACK"_s);
    m_rolledBack = true;
}

Result<Done> Database::transaction(const std::function<Result<Done>()> &body)
{
    // A transaction inside a transaction joins it: the outer one commits or rolls back all.
    if (m_inTransaction)
        return body();
    // IMMEDIATE takes SQLite's write lock up front, so a transaction never fails half-way
    // because another writer got there first. Transaction control is run as is, not prepared:
    // PostgreSQL cannot PREPARE a BEGIN.
    if (Result<Done> begin = execDirect(isPostgres() ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s, tr("start a transaction"));
        !begin.ok())
        return begin;
    m_inTransaction = true;
    m_rolledBack = false;
    Result<Done> result = body();
    // An unfinished statement would keep SQLite from committing.
    finishCached();
    const bool rolledBack = m_rolledBack;
    m_inTransaction = false;
    m_rolledBack = false;
    if (!result.ok() || rolledBack) {
        if (!rolledBack)
            QSqlQuery(m_db).exec(u"ROLLBACK"_s);
        if (result.ok()) {
            return Error { ErrorCode::Internal,
                           tr("Could not save the changes: a statement failed and the transaction was "
                              "rolled back.") };
        }
        return result;
    }
    if (Result<Done> commit = execDirect(u"COMMIT"_s, tr("save the changes")); !commit.ok()) {
        QSqlQuery(m_db).exec(u"ROLLBACK"_s);
        return commit;
    }
    return result;
}

Result<qint64> Database::recordChange(const QList<Id> &caseIds, Millis now)
{
    Result<CachedQuery *> bumped =
        cached(u"UPDATE change_seq SET value = value + 1 WHERE id = 1 RETURNING value"_s);
    if (!bumped.ok())
        return bumped.error();
    if (!bumped.value()->next())
        return Error { ErrorCode::Corrupt, tr("The workspace has no change counter.") };
    const qint64 seq = bumped.value()->value(0).toLongLong();
    bumped.value()->finish();
    QList<Id> ids = caseIds;
    if (ids.isEmpty())
        ids.append(0);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    QVariantList rows;
    rows.reserve(ids.size() * 3);
    for (Id caseId : std::as_const(ids))
        rows << seq << caseId << now;
    if (Result<Done> logged = insertRows(u"INSERT INTO change_log (seq, case_id, at) VALUES "_s, u"(?, ?, ?)"_s, rows);
        !logged.ok())
        return logged.error();
    if (isPostgres()) {
        // Ids only: the payload is a hint, the table is the truth.
        Result<CachedQuery *> notified =
            cached(u"SELECT pg_notify('caredesk_changes', ?)"_s, { QString::number(seq) });
        if (!notified.ok())
            return notified.error();
        notified.value()->finish();
    }
    return seq;
}

Result<Id> Database::appendEvent(const Event &event)
{
    const auto nullable = [](Id id) { return id == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(id); };
    Result<CachedQuery *> inserted = cached(
        u"INSERT INTO event (type, at, agent_id, case_id, customer_id, message_id, data) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        { toString(event.type), event.at, nullable(event.agentId), nullable(event.caseId),
          nullable(event.customerId), nullable(event.messageId),
          QString::fromUtf8(QJsonDocument(event.data).toJson(QJsonDocument::Compact)) });
    if (!inserted.ok())
        return inserted.error();
    if (!inserted.value()->next())
        return Error { ErrorCode::Internal, tr("An insert returned no id.") };
    const Id id = inserted.value()->value(0).toLongLong();
    inserted.value()->finish();
    return id;
}

Result<Id> Database::insertReturningId(const QString &statement, const QVariantList &values)
{
    Result<QSqlQuery> query = exec(statement, values);
    if (!query.ok())
        return query.error();
    if (!query.value().next())
        return Error { ErrorCode::Internal, tr("An insert returned no id.") };
    const Id id = query.value().value(0).toLongLong();
    query.value().finish();
    return id;
}

Error Database::errorFrom(const QSqlError &error, const QString &what) const
{
    const QString native = error.nativeErrorCode();
    const QString text = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    ErrorCode code = ErrorCode::Internal;
    if (text.contains("append-only"_L1) || text.contains("training workspace"_L1)) {
        code = ErrorCode::Invalid;
    } else if (isPostgres()) {
        if (error.type() == QSqlError::ConnectionError || native.startsWith("08"_L1)
            || native.startsWith("57P"_L1) || native.startsWith("28"_L1) || native.isEmpty())
            code = ErrorCode::Unavailable;
        if (native == "3D000"_L1)
            code = ErrorCode::NotFound;
        else if (native == "23505"_L1 || native == "40001"_L1 || native == "40P01"_L1)
            code = ErrorCode::Conflict;
        else if (native.startsWith("23"_L1) || native.startsWith("22"_L1))
            code = ErrorCode::Invalid;
    } else {
        const int sqliteCode = native.toInt() & 0xff;
        switch (sqliteCode) {
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            code = ErrorCode::Locked;
            break;
        case 11: // SQLITE_CORRUPT
        case 26: // SQLITE_NOTADB
            code = ErrorCode::Corrupt;
            break;
        case 13: // SQLITE_FULL
        case 10: // SQLITE_IOERR
        case 14: // SQLITE_CANTOPEN
        case 8: // SQLITE_READONLY
            code = ErrorCode::Unavailable;
            break;
        case 19: // SQLITE_CONSTRAINT
            code = text.contains("UNIQUE"_L1) ? ErrorCode::Conflict : ErrorCode::Invalid;
            break;
        default:
            break;
        }
    }
    // Drivers add hints on further lines; the user gets one sentence.
    QString reason = text.trimmed().section(u'\n', 0, 0).trimmed();
    if (code == ErrorCode::Locked)
        reason = tr("another program is holding the workspace");
    else if (code == ErrorCode::Corrupt && !isPostgres())
        reason = tr("the file is damaged or is not a CareDesk workspace");
    if (reason.endsWith(u'.'))
        reason.chop(1);
    return Error { code, tr("Could not %1: %2.").arg(what, reason) };
}

} // namespace CareDesk
