// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/domain.h"
#include "app/core/result.h"
#include "app/storage/databaseconfig.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>

struct sqlite3;

namespace CareDesk {

/// A statement prepared once per connection and run again and again (Database::cached). Rows
/// are read as from a QSqlQuery; call finish() when done reading.
class CachedQuery
{
public:
    virtual ~CachedQuery() = default;
    virtual bool next() = 0;
    virtual QVariant value(int column) const = 0;
    virtual void finish() = 0;
};

/// One connection to a workspace database, used on the thread that opened it. Holds the
/// dialect differences (SQL spellings, pragmas, search, notifications) in one place, runs the
/// numbered migrations, and turns driver errors into Errors with one clear sentence.
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Database)

public:
    enum class OpenMode {
        Existing, ///< fail with NotFound when there is no workspace yet
        CreateIfMissing, ///< `workspace init`
    };
    /// The schema version this build writes; migrations bring older workspaces up to it.
    static constexpr int schemaVersion = CAREDESK_SCHEMA_VERSION; ///< the highest migration file

    ~Database();

    /// Opens a connection (named uniquely for this thread) and checks that the database is a
    /// CareDesk workspace this build can read (unless it is empty and mode allows creating).
    static Result<std::unique_ptr<Database>> open(const DatabaseConfig &config, OpenMode mode);

    const DatabaseConfig &config() const { return m_config; }
    bool isPostgres() const { return m_config.isPostgres(); }
    QSqlDatabase &sql() { return m_db; }

    /// The schema version stored in the workspace; 0 for an empty or never-migrated database.
    Result<int> storedSchemaVersion();
    /// Creates the workspace or runs the missing migrations, each in one transaction.
    /// kindIfNew is the kind a new workspace gets; an existing one keeps its kind.
    Result<Done> migrate(WorkspaceKind kindIfNew, const QString &nameIfNew, Millis now);

    /// prepare() + bindValue() + exec(); the error names what failed.
    Result<QSqlQuery> exec(const QString &statement, const QVariantList &values = {});
    /// exec() for the hot paths (ingest, import): the statement is prepared once per connection
    /// and kept. The query belongs to the database and is valid until the next call with the
    /// same statement; read its rows, then finish() it (the end of a transaction finishes all).
    Result<CachedQuery *> cached(const QString &statement, const QVariantList &values = {});
    /// An INSERT (written without RETURNING) through cached(); returns the new row's id:
    /// SQLite's last rowid (RETURNING costs SQLite about as much as the insert), or RETURNING id
    /// added on PostgreSQL.
    Result<Id> insertCached(const QString &statement, const QVariantList &values);
    /// Many rows through few cached statements: head is "INSERT INTO t (a, b) VALUES ", row
    /// the placeholders of one row ("(?, ?)"), values the rows' values one row after another.
    Result<Done> insertRows(const QString &head, const QString &row, const QVariantList &values);
    /// Runs `select` (ending in "IN (") over keys, a hundred keys to a statement, so that one
    /// cached statement serves any number of keys (the last chunk repeats its last key); the
    /// leading values bind the placeholders before the list. onRow sees every row.
    Result<Done> forEachIn(const QString &select, const QVariantList &leading, const QStringList &keys,
                           const std::function<void(const CachedQuery &)> &onRow);
    /// On SQLite: cached() statements go through the sqlite3 C API on the driver's own
    /// connection (same transaction, same rows, about a third of Qt SQL's cost per statement).
    /// For bulk work such as the import; returns whether they now do.
    bool setNativeStatements(bool on);
    bool nativeStatements() const { return m_sqlite != nullptr; }
    /// Runs body in a transaction; commits when it succeeds, rolls back otherwise. Called
    /// inside another transaction, body joins the outer one.
    Result<Done> transaction(const std::function<Result<Done>()> &body);
    /// Bumps change_seq and records the touched cases; call inside the write's transaction.
    Result<qint64> recordChange(const QList<Id> &caseIds, Millis now);
    /// Appends an event; call inside the write's transaction.
    Result<Id> appendEvent(const Event &event);
    /// INSERT ... RETURNING id.
    Result<Id> insertReturningId(const QString &statement, const QVariantList &values);

    /// Writes a message's words into the search index.
    Result<Done> indexMessage(Id messageId, const QString &indexText);
    /// indexMessage() for many messages at once: (message id, indexed text) pairs.
    Result<Done> indexMessages(const QList<std::pair<Id, QString>> &entries);
    /// The full-text query: message ids matching all terms, newest first, keyset-paged.
    /// Returns the statement and its bound values for the terms given.
    QString searchStatement(bool withCursor) const;
    QString searchExpression(const QStringList &terms, bool prefixLast) const;

    /// A driver error as one sentence and a code.
    Error errorFrom(const QSqlError &error, const QString &what) const;

private:
    Database(const DatabaseConfig &config, const QString &connectionName);
    Result<Done> configureConnection();
    Result<Done> applyMigration(int version);
    /// Runs a statement without preparing it: PostgreSQL cannot PREPARE DDL or BEGIN/COMMIT.
    Result<Done> execDirect(const QString &statement, const QString &what);
    /// After a failed statement inside a PostgreSQL transaction: rolls back at once.
    void abandonTransaction();
    /// Ends every cached query's current run, so nothing keeps a statement open.
    void finishCached();
    class QtCachedQuery;
    class NativeCachedQuery;
    QString m_connectionName;
    DatabaseConfig m_config;
    QSqlDatabase m_db;
    /// Statements are long and mostly differ early or in length: hashing their ends is enough,
    /// and hashing the whole text showed up in the import's profile.
    struct StatementHash {
        size_t operator()(const QString &statement) const noexcept
        {
            const QStringView view(statement);
            return qHash(view.first(std::min<qsizetype>(view.size(), 48)))
                ^ qHash(view.last(std::min<qsizetype>(view.size(), 16))) ^ size_t(view.size());
        }
    };
    // Not a QHash: its implicit sharing needs copyable values.
    std::unordered_map<QString, std::unique_ptr<CachedQuery>, StatementHash> m_cached;
    sqlite3 *m_sqlite = nullptr; ///< the driver's handle while native statements are on
    bool m_inTransaction = false;
    bool m_rolledBack = false; ///< a statement failed and the transaction is already rolled back
};

} // namespace CareDesk
