// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/databaseconfig.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

Result<DatabaseConfig> DatabaseConfig::fromUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const auto invalid = [&text] {
        return Error { ErrorCode::Invalid,
                       tr("\"%1\" is not a PostgreSQL URL; expected "
                                  "postgresql://user@host[:port]/database.")
                           .arg(QUrl(text).toDisplayString(QUrl::RemovePassword)) };
    };
    if (!url.isValid() || (url.scheme() != "postgresql"_L1 && url.scheme() != "postgres"_L1)
        || url.host().isEmpty())
        return invalid();
    DatabaseConfig config;
    config.kind = Kind::Postgres;
    config.host = url.host();
    config.port = url.port(5432);
    config.user = url.userName();
    config.password = url.password();
    config.databaseName = url.path().mid(1);
    if (config.databaseName.isEmpty() || config.databaseName.contains(u'/'))
        return invalid();
    return config;
}

DatabaseConfig DatabaseConfig::sqlite(const QString &path)
{
    DatabaseConfig config;
    config.kind = Kind::Sqlite;
    config.path = path;
    return config;
}

QString DatabaseConfig::displayName() const
{
    if (kind == Kind::Sqlite)
        return path;
    QString result = u"postgresql://"_s;
    if (!user.isEmpty())
        result += user + u'@';
    return result + host + u':' + QString::number(port) + u'/' + databaseName;
}

} // namespace CareDesk
