// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/result.h"

#include <QCoreApplication>
#include <QString>

namespace CareDesk {

/// Where a workspace lives: an SQLite file (single agent, demo, training) or a PostgreSQL
/// database (team mode), as given by `--workspace PATH` or `--database URL`.
struct DatabaseConfig {
    Q_DECLARE_TR_FUNCTIONS(CareDesk::DatabaseConfig)

public:
    enum class Kind { Sqlite, Postgres };
    Kind kind = Kind::Sqlite;
    QString path; ///< SQLite file
    QString host; ///< PostgreSQL
    int port = 5432;
    QString user;
    QString password; ///< from the keychain; never from settings or logs
    QString databaseName;

    /// Parses postgresql://user[:password]@host[:port]/dbname (also postgres://).
    static Result<DatabaseConfig> fromUrl(const QString &url);
    static DatabaseConfig sqlite(const QString &path);
    /// A description safe to show and log: the path, or the URL without a password.
    QString displayName() const;
    bool isPostgres() const { return kind == Kind::Postgres; }
};

} // namespace CareDesk
