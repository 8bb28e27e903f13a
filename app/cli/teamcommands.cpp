// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/teamcommands.h"

#include "app/cli/cli.h"
#include "app/cli/clicommon.h"
#include "app/core/clock.h"
#include "app/core/teamrepository.h"
#include "app/runtime/workspace.h"
#include "app/storage/teamstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

using CliCommon::await;
using CliCommon::idString;
using CliCommon::systemUser;

QJsonObject agentJson(const AgentEntry &entry)
{
    const Agent &a = entry.agent;
    return QJsonObject {
        { u"id"_s, idString(a.id) },
        { u"name"_s, a.name },
        { u"display_name"_s, a.displayName },
        { u"role"_s, toString(a.role) },
        { u"teams"_s, QJsonArray::fromStringList(entry.teams) },
        { u"skills"_s, QJsonArray::fromStringList(a.skills) },
        { u"languages"_s, QJsonArray::fromStringList(a.languages) },
        { u"capacity"_s, a.capacity },
        { u"open_cases"_s, entry.openCases },
        { u"active"_s, a.active },
        { u"created_at"_s, a.createdAt == 0 ? QJsonValue() : QJsonValue(toIsoUtc(a.createdAt)) },
    };
}

QJsonObject assignmentJson(const Assignment &a)
{
    return QJsonObject {
        { u"case_id"_s, idString(a.caseId) },
        { u"assignee_id"_s, idString(a.assigneeId) },
        { u"assignee"_s, a.assigneeName },
        { u"previous_assignee_id"_s, idString(a.previousAssigneeId) },
        { u"version"_s, QString::number(a.version) },
        { u"changed"_s, a.changed },
    };
}

} // namespace

TeamCommands::TeamCommands(QTextStream &out, QTextStream &err, QIODevice &input)
    : m_out(out)
    , m_err(err)
    , m_input(input)
{
}

bool TeamCommands::handles(const QString &command)
{
    return command == "agents"_L1 || command == "claim"_L1 || command == "assign"_L1;
}

int TeamCommands::run(const QString &command, const QStringList &positional,
    const QHash<QString, QString> &values, const QStringList &flags)
{
    m_values = values;
    m_flags = flags;
    if (command == "agents"_L1)
        return agents(positional);
    if (command == "claim"_L1)
        return claim(positional);
    return assign(positional);
}

int TeamCommands::fail(const Error &error)
{
    return CliCommon::fail(m_err, error);
}

int TeamCommands::usage(const QString &message)
{
    return CliCommon::usage(m_err, message);
}

bool TeamCommands::checkOptions(const QStringList &valueOptions, const QStringList &flagOptions,
    int positional, int minPositional, int maxPositional, QString *problem) const
{
    *problem = CliCommon::unknownOption(m_values, m_flags, valueOptions, flagOptions);
    if (!problem->isEmpty())
        return false;
    if (positional < minPositional) {
        *problem = tr("Missing argument.");
        return false;
    }
    if (positional > maxPositional) {
        *problem = tr("Too many arguments.");
        return false;
    }
    return true;
}

std::unique_ptr<Workspace> TeamCommands::openWorkspace(Error *error)
{
    return CliCommon::openWorkspace(m_values, error);
}

Result<Agent> TeamCommands::actingAgent(Workspace &workspace)
{
    if (workspace.config().isPostgres()) {
        Result<Agent> login = await(workspace.team().currentAgent(QString(), false));
        // On a team database the login is the agent; --agent may only repeat it.
        if (login.ok() && m_values.contains(u"agent"_s)
            && m_values.value(u"agent"_s) != login.value().name) {
            return Error { ErrorCode::Invalid,
                tr("On a team workspace you act as your database login (%1); --agent names "
                   "agents of a local workspace.")
                    .arg(login.value().name) };
        }
        return login;
    }
    const bool named = m_values.contains(u"agent"_s);
    const QString name
        = named ? m_values.value(u"agent"_s) : AgentStore::agentNameFromSystemUser(systemUser());
    return await(workspace.team().currentAgent(name, !named));
}

void TeamCommands::printJson(const QJsonValue &value)
{
    const QJsonDocument document
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

int TeamCommands::agents(const QStringList &positional)
{
    const QString sub = positional.value(0);
    if (sub == "list"_L1) {
        QString problem;
        if (!checkOptions({}, {}, int(positional.size()), 1, 1, &problem))
            return usage(problem);
        return agentsList();
    }
    if (sub == "add"_L1) {
        QString problem;
        if (!checkOptions({ u"role"_s, u"team"_s }, { u"password-stdin"_s }, int(positional.size()),
                2, 2, &problem))
            return usage(problem);
        return agentsAdd(positional.at(1));
    }
    return usage(
        tr("Unknown agents command; use \"agents list\" or \"agents add NAME --role ROLE\"."));
}

int TeamCommands::agentsList()
{
    Error error;
    std::unique_ptr<Workspace> workspace = openWorkspace(&error);
    if (!workspace)
        return fail(error);
    Result<QList<AgentEntry>> listed = await(workspace->team().agents());
    if (!listed.ok())
        return fail(listed.error());
    if (m_flags.contains(u"json"_s)) {
        QJsonArray rows;
        for (const AgentEntry &entry : std::as_const(listed.value()))
            rows.append(agentJson(entry));
        printJson(rows);
        return Cli::Success;
    }
    for (const AgentEntry &entry : std::as_const(listed.value())) {
        const Agent &a = entry.agent;
        m_out << a.name.leftJustified(20) << ' ' << toString(a.role).leftJustified(11)
              << u"%1/%2"_s.arg(entry.openCases).arg(a.capacity).leftJustified(8)
              << (a.active ? QString() : tr("(deactivated) ")) << entry.teams.join(u", "_s)
              << Qt::endl;
    }
    return Cli::Success;
}

int TeamCommands::agentsAdd(const QString &name)
{
    if (!m_values.contains(u"role"_s))
        return usage(tr("An agent needs --role agent, supervisor, trainer or admin."));
    const std::optional<AgentRole> role = agentRoleFromString(m_values.value(u"role"_s));
    if (!role) {
        return usage(tr("Unknown role \"%1\"; use agent, supervisor, trainer or admin.")
                         .arg(m_values.value(u"role"_s)));
    }
    if (!AgentStore::isValidAgentName(name)) {
        return usage(tr("\"%1\" cannot be an agent's name: use lowercase letters, digits and "
                        "underscores, starting with a letter.")
                         .arg(name));
    }
    NewAgent agent;
    agent.name = name;
    agent.role = *role;
    agent.team = m_values.value(u"team"_s);
    if (m_flags.contains(u"password-stdin"_s)) {
        // Like `docker login --password-stdin`: the whole input, less one line ending.
        QString password = QString::fromUtf8(m_input.readAll());
        if (password.endsWith(u'\n'))
            password.chop(1);
        if (password.endsWith(u'\r'))
            password.chop(1);
        if (password.isEmpty())
            return usage(tr("--password-stdin read no password."));
        agent.password = password;
    }
    Error error;
    std::unique_ptr<Workspace> workspace = openWorkspace(&error);
    if (!workspace)
        return fail(error);
    Result<Agent> added = await(workspace->team().addAgent(agent));
    if (!added.ok())
        return fail(added.error());
    if (m_flags.contains(u"json"_s)) {
        AgentEntry entry;
        entry.agent = added.value();
        if (!agent.team.isEmpty())
            entry.teams.append(agent.team);
        printJson(agentJson(entry));
    } else if (workspace->config().isPostgres()) {
        m_out << tr("Agent %1 (%2) is added; they log in to the team database as %1.")
                     .arg(added.value().name, toString(added.value().role))
              << Qt::endl;
    } else {
        m_out << tr("Agent %1 (%2) is added.").arg(added.value().name, toString(added.value().role))
              << Qt::endl;
    }
    return Cli::Success;
}

int TeamCommands::claim(const QStringList &positional)
{
    QString problem;
    if (!checkOptions({}, {}, int(positional.size()), 1, 1, &problem))
        return usage(problem);
    bool isNumber = false;
    const Id caseId = positional.first().toLongLong(&isNumber);
    if (!isNumber || caseId <= 0)
        return usage(tr("\"%1\" is not a case id.").arg(positional.first()));
    Error error;
    std::unique_ptr<Workspace> workspace = openWorkspace(&error);
    if (!workspace)
        return fail(error);
    Result<Agent> me = actingAgent(*workspace);
    if (!me.ok())
        return fail(me.error());
    Result<Assignment> claimed = await(workspace->team().claim(caseId, me.value().id));
    if (!claimed.ok())
        return fail(claimed.error());
    if (m_flags.contains(u"json"_s))
        printJson(assignmentJson(claimed.value()));
    else if (claimed.value().changed)
        m_out << tr("Case %1 is yours now.").arg(caseId) << Qt::endl;
    else
        m_out << tr("Case %1 was yours already.").arg(caseId) << Qt::endl;
    return Cli::Success;
}

int TeamCommands::assign(const QStringList &positional)
{
    QString problem;
    if (!checkOptions({ u"to"_s }, {}, int(positional.size()), 1, 1, &problem))
        return usage(problem);
    bool isNumber = false;
    const Id caseId = positional.first().toLongLong(&isNumber);
    if (!isNumber || caseId <= 0)
        return usage(tr("\"%1\" is not a case id.").arg(positional.first()));
    if (!m_values.contains(u"to"_s))
        return usage(tr("Name the agent with --to NAME."));
    Error error;
    std::unique_ptr<Workspace> workspace = openWorkspace(&error);
    if (!workspace)
        return fail(error);
    Result<Agent> me = actingAgent(*workspace);
    Id byAgentId = 0;
    if (me.ok()) {
        byAgentId = me.value().id;
    } else if (!(workspace->config().isPostgres() && me.error().code == ErrorCode::NotFound)) {
        // A database administrator who is no agent may still assign; the server decides.
        return fail(me.error());
    }
    Result<Assignment> assigned
        = await(workspace->team().assign(caseId, m_values.value(u"to"_s), byAgentId));
    if (!assigned.ok())
        return fail(assigned.error());
    if (m_flags.contains(u"json"_s))
        printJson(assignmentJson(assigned.value()));
    else if (assigned.value().changed)
        m_out << tr("Case %1 is assigned to %2.").arg(caseId).arg(assigned.value().assigneeName)
              << Qt::endl;
    else
        m_out << tr("Case %1 was assigned to %2 already.")
                     .arg(caseId)
                     .arg(assigned.value().assigneeName)
              << Qt::endl;
    return Cli::Success;
}

} // namespace CareDesk
