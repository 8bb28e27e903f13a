// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/domain.h"
#include "app/core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace CareDesk {

class Workspace;

/// The team commands of caredesk-cli (ARCHITECTURE.md):
///   agents list | agents add NAME --role agent|supervisor|trainer|admin [--team T]
///   [--password-stdin] claim CASE assign CASE --to NAME
/// They act as the current agent: on PostgreSQL the login role, on SQLite --agent NAME or the
/// operating system user. claim exits 0 when the case is the agent's and 4 when someone else
/// has it, naming them on stderr.
class TeamCommands final
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::TeamCommands)

public:
    /// input is read for --password-stdin only.
    TeamCommands(QTextStream &out, QTextStream &err, QIODevice &input);

    static bool handles(const QString &command);
    /// command is agents, claim or assign; the rest as Cli parsed them (global options included).
    int run(const QString &command, const QStringList &positional,
        const QHash<QString, QString> &values, const QStringList &flags);

private:
    int agents(const QStringList &positional);
    int agentsList();
    int agentsAdd(const QString &name);
    int claim(const QStringList &positional);
    int assign(const QStringList &positional);

    int fail(const Error &error);
    int usage(const QString &message);
    /// Unknown options and argument counts, as the other commands check them.
    bool checkOptions(const QStringList &valueOptions, const QStringList &flagOptions,
        int positional, int minPositional, int maxPositional, QString *problem) const;
    std::unique_ptr<Workspace> openWorkspace(Error *error);
    /// Who this command acts as; NotFound when the login or name is no agent.
    Result<Agent> actingAgent(Workspace &workspace);
    void printJson(const QJsonValue &value);

    QTextStream &m_out;
    QTextStream &m_err;
    QIODevice &m_input;
    QHash<QString, QString> m_values;
    QStringList m_flags;
};

} // namespace CareDesk
