// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/fromcasecommand.h"

#include "app/cli/cli.h"
#include "app/cli/clicommon.h"
#include "app/core/scenariofromcase.h"
#include "app/runtime/workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {
    using CliCommon::await;
} // namespace

FromCaseCommand::FromCaseCommand(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

int FromCaseCommand::fail(const Error &error)
{
    return CliCommon::fail(m_err, error);
}

int FromCaseCommand::usage(const QString &message)
{
    return CliCommon::usage(m_err, message);
}

int FromCaseCommand::run(Workspace &workspace, const QStringList &args,
    const QHash<QString, QString> &values, const QStringList &flags)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.key() != "out"_L1 && it.key() != "id"_L1 && it.key() != "workspace"_L1
            && it.key() != "database"_L1 && it.key() != "agent"_L1)
            return usage(tr("Unknown option --%1 for this command.").arg(it.key()));
    }
    for (const QString &flag : flags) {
        if (flag != "json"_L1)
            return usage(tr("Unknown option --%1.").arg(flag));
    }
    if (args.size() != 1)
        return usage(args.isEmpty() ? tr("Missing argument: the case id.")
                                    : tr("Unexpected argument \"%1\".").arg(args.at(1)));
    bool isNumber = false;
    const Id caseId = args.first().toLongLong(&isNumber);
    if (!isNumber || caseId <= 0)
        return usage(tr("\"%1\" is not a case id.").arg(args.first()));
    const QString out = values.value(u"out"_s);
    if (out.isEmpty())
        return usage(tr("Name the scenario file with --out FILE."));

    if (workspace.config().isPostgres()) {
        // Roles apply in team mode: turning real cases into training is a supervisor's or a
        // trainer's.
        Result<Agent> me = await(workspace.team().currentAgent(QString(), false));
        if (me.ok() && me.value().role == AgentRole::Agent)
            return fail(Error { ErrorCode::Invalid,
                tr("Only supervisors, trainers and administrators turn cases into training "
                   "scenarios.") });
    }
    Result<CaseDetail> detail = await(workspace.cases().detail(caseId));
    if (!detail.ok())
        return fail(detail.error());
    if (detail.value().summary.value.status != CaseStatus::Resolved)
        return fail(Error { ErrorCode::Invalid,
            tr("Case %1 is not resolved; only resolved cases become training scenarios.")
                .arg(caseId) });
    const QString id = values.value(u"id"_s, ScenarioFromCase::newId(workspace.clock().now()));
    const Scenario scenario = ScenarioFromCase::build(detail.value(), id);
    const QStringList left = ScenarioFromCase::leftovers(scenario, detail.value());
    if (!left.isEmpty())
        return fail(Error { ErrorCode::Internal,
            tr("The scenario still holds personal data; nothing was written.") });
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(ScenarioFormat::toBytes(scenario)) < 0
        || !file.commit())
        return fail(Error {
            ErrorCode::Unavailable, tr("Cannot write %1: %2").arg(out, file.errorString()) });
    if (flags.contains(u"json"_s)) {
        const QJsonObject o { { u"file"_s, QFileInfo(out).absoluteFilePath() },
            { u"id"_s, scenario.id }, { u"platform"_s, toString(scenario.platform) },
            { u"opening"_s, int(scenario.opening.size()) } };
        m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        m_out << tr("Scenario %1 written to %2 (%n opening post(s)).", nullptr,
            int(scenario.opening.size()))
                     .arg(scenario.id, out)
              << Qt::endl;
    }
    m_out.flush();
    return 0;
}

} // namespace CareDesk
