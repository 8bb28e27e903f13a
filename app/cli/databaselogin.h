// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

namespace CareDesk {

/// The team workspace's password in the keychain, for caredesk-cli: `workspace login --database
/// URL` stores it (read from standard input, without echo on a terminal), and a --database URL
/// without a password reads it back (TeamCredentials, the same entry the desktop uses).
class DatabaseLogin final
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::DatabaseLogin)

public:
    DatabaseLogin(QTextStream &out, QTextStream &err);

    /// url with the keychain's password when it names PostgreSQL without one; otherwise (also
    /// when the keychain has none or cannot be reached) url unchanged, so libpq's PGPASSWORD and
    /// ~/.pgpass still apply.
    static QString withStoredPassword(const QString &url);

    /// `workspace login`: checks the login against the server first; stores nothing when the
    /// server refuses it. Returns the exit code.
    int login(const QString &url, bool json);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace CareDesk
