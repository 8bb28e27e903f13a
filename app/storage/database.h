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

namespace CareDesk {

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
    static constexpr int schemaVersion = 1;

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
    QString m_connectionName;
    DatabaseConfig m_config;
    QSqlDatabase m_db;
    bool m_inTransaction = false;
    bool m_rolledBack = false; ///< a statement failed and the transaction is already rolled back
};

} // namespace CareDesk
