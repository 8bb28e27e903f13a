// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/runtime/teamcredentials.h"

#include "app/storage/database.h"

#include <QCoreApplication>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    const QString lastDatabaseKey = u"team/lastDatabaseUrl"_s;

} // namespace

namespace TeamCredentials {

    QString secretService()
    {
        return u"CareDesk team workspaces"_s;
    }

    QString passwordKey(const DatabaseConfig &config)
    {
        DatabaseConfig withoutPassword = config;
        withoutPassword.password.clear();
        return withoutPassword.displayName();
    }

    QFuture<Result<DatabaseConfig>> withStoredPassword(SecretStore &secrets, DatabaseConfig config)
    {
        if (!config.isPostgres() || !config.password.isEmpty())
            return QtFuture::makeReadyFuture(Result<DatabaseConfig>(config));
        return secrets.read(passwordKey(config))
            .then(QtFuture::Launch::Sync, [config](const Result<QString> &read) mutable {
                if (!read.ok())
                    return Result<DatabaseConfig>(read.error());
                config.password = read.value();
                return Result<DatabaseConfig>(config);
            });
    }

    Result<Done> probe(const DatabaseConfig &config)
    {
        Result<std::unique_ptr<Database>> opened
            = Database::open(config, Database::OpenMode::Existing);
        if (opened.ok())
            return Done {};
        const Error &error = opened.error();
        const QString text = error.message.toLower();
        const QString where = config.displayName();
        // libpq tells only in words why a connection failed (no SQLSTATE before the session).
        if (text.contains("password authentication failed"_L1)
            || text.contains("no password supplied"_L1) || text.contains("authentication failed"_L1)
            || (text.contains("role"_L1) && text.contains("does not exist"_L1)))
            return Error { ErrorCode::Invalid,
                QCoreApplication::translate("CareDesk::TeamCredentials",
                    "The server %1 refused the login \"%2\": check the user name and password.")
                    .arg(config.host, config.user) };
        if (text.contains("database"_L1) && text.contains("does not exist"_L1))
            return Error { ErrorCode::NotFound,
                QCoreApplication::translate("CareDesk::TeamCredentials",
                    "The server has no database \"%1\"; ask the administrator to create it and run "
                    "\"caredesk-cli workspace init\".")
                    .arg(config.databaseName) };
        if (error.code == ErrorCode::NotFound || error.code == ErrorCode::Corrupt)
            return error; // not a workspace yet, an upgrade due, or a newer CareDesk: said so
        if (error.code == ErrorCode::Unavailable
            && (text.contains("could not connect"_L1) || text.contains("connection refused"_L1)
                || text.contains("could not translate host name"_L1)
                || text.contains("timeout expired"_L1) || text.contains("no route to host"_L1)
                || text.contains("failed: "_L1)))
            return Error { ErrorCode::Unavailable,
                QCoreApplication::translate(
                    "CareDesk::TeamCredentials", "The server %1 port %2 cannot be reached: %3")
                    .arg(config.host, QString::number(config.port), error.message) };
        return Error { error.code,
            error.message.isEmpty()
                ? QCoreApplication::translate("CareDesk::TeamCredentials", "Could not open %1.")
                      .arg(where)
                : error.message };
    }

    QString rememberedUrl(const QSettings &settings)
    {
        return settings.value(lastDatabaseKey).toString();
    }

    void remember(QSettings &settings, const DatabaseConfig &config)
    {
        // Never the password: the URL names user, host, port and database only.
        settings.setValue(lastDatabaseKey, passwordKey(config));
    }

    void forget(QSettings &settings)
    {
        settings.remove(lastDatabaseKey);
    }

} // namespace TeamCredentials

} // namespace CareDesk
