// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/result.h"
#include "app/core/types.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QTextStream>

namespace CareDesk {

class Database;

/// `caredesk-cli scripts ...` (README, Scripts):
///   scripts list [--json]                        the scripts the agent sees, most used first
///   scripts import FILE [--format json|csv]      all or nothing; a malformed record is named
///   scripts import --default                     the library shipped with CareDesk
///   scripts export FILE [--format json|csv]      FILE may be - for standard output
/// The format follows the file's extension unless --format says otherwise. Personal scripts
/// (scope "personal") belong to the agent: --agent NAME on SQLite, the login on PostgreSQL.
class ScriptsCommand final
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::ScriptsCommand)

public:
    ScriptsCommand(QTextStream &out, QTextStream &err);
    /// positional starts with the subcommand; values and flags as Cli parsed them.
    int run(const QStringList &positional, const QHash<QString, QString> &values,
        const QStringList &flags);

private:
    int list(Database &db, Id agentId);
    int importFile(Database &db, Id agentId, const QStringList &args);
    int exportFile(Database &db, Id agentId, const QStringList &args);
    Result<Id> actingAgent(Database &db, bool required);
    int fail(const Error &error);
    int usage(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
    QHash<QString, QString> m_values;
    QStringList m_flags;
};

} // namespace CareDesk
