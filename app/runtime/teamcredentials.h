// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The password of a team workspace (a PostgreSQL login) lives in the keychain, under a key made
// of user@host:port/database; the desktop remembers the last team workspace as a URL WITHOUT the
// password in its settings. Shared by the desktop and caredesk-cli so both find the same entry.

#include "app/core/result.h"
#include "app/core/secretstore.h"
#include "app/storage/databaseconfig.h"

#include <QCoreApplication>
#include <QFuture>
#include <QString>

class QSettings;

namespace CareDesk {

namespace TeamCredentials {

    /// The keychain service every team workspace password is stored under (one per user, not
    /// per workspace: the workspace is not known before connecting).
    QString secretService();
    /// The keychain key of config's password: "postgresql://user@host:port/database".
    QString passwordKey(const DatabaseConfig &config);

    /// config with its password read from the keychain when it has none; without an entry the
    /// password stays empty and libpq falls back to PGPASSWORD and ~/.pgpass.
    QFuture<Result<DatabaseConfig>> withStoredPassword(SecretStore &secrets, DatabaseConfig config);

    /// Blocking (run it off the GUI thread): opens the team workspace once and tells in one
    /// sentence what stands in the way: the server cannot be reached (Unavailable), the login
    /// or password was refused (Invalid), the database holds no CareDesk workspace or an older one
    /// that needs `workspace init` (NotFound), or a newer CareDesk wrote it (Corrupt).
    Result<Done> probe(const DatabaseConfig &config);

    /// The last team workspace the desktop connected to (a URL without password), or empty.
    QString rememberedUrl(const QSettings &settings);
    void remember(QSettings &settings, const DatabaseConfig &config);
    void forget(QSettings &settings);

} // namespace TeamCredentials

} // namespace CareDesk
