// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clicommon.h"

#include "app/core/clock.h"
#include "app/runtime/workspace.h"
#include "app/storage/database.h"

using namespace Qt::Literals::StringLiterals;

namespace CareDesk::CliCommon {

const QStringList &globalValueOptions()
{
    static const QStringList options { u"workspace"_s, u"database"_s, u"agent"_s };
    return options;
}

const QStringList &globalFlags()
{
    static const QStringList flags { u"json"_s, u"help"_s, u"version"_s };
    return flags;
}

QString unknownOption(const QHash<QString, QString> &values, const QStringList &flags,
    const QStringList &valueOptions, const QStringList &flagOptions)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!valueOptions.contains(it.key()) && !globalValueOptions().contains(it.key()))
            return Cli::tr("Unknown option --%1 for this command.").arg(it.key());
    }
    for (const QString &flag : flags) {
        if (!flagOptions.contains(flag) && !globalFlags().contains(flag))
            return Cli::tr("Unknown option --%1.").arg(flag);
    }
    return {};
}

int fail(QTextStream &err, const Error &error)
{
    err << error.message << Qt::endl;
    return Cli::exitCodeFor(error.code);
}

int usage(QTextStream &err, const QString &message)
{
    err << message << ' ' << Cli::tr("Run \"caredesk-cli --help\" for the commands.") << Qt::endl;
    return Cli::BadInput;
}

QString operatingSystemUser()
{
    for (const char *variable : { "USER", "LOGNAME", "USERNAME" }) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty())
            return value;
    }
    return {};
}

QString systemUser()
{
    const QString user = operatingSystemUser();
    return user.isEmpty() ? u"agent"_s : user;
}

QString idString(Id id)
{
    return id == 0 ? QString() : QString::number(id);
}

std::unique_ptr<Workspace> openWorkspace(const QHash<QString, QString> &values, Error *error)
{
    Result<DatabaseConfig> config
        = Workspace::configFor(values.value(u"workspace"_s), values.value(u"database"_s));
    if (!config.ok()) {
        *error = config.error();
        return nullptr;
    }
    auto workspace = std::make_unique<Workspace>(config.value(), std::make_shared<SystemClock>());
    // Opening happens on the database thread; asking for the header checks that it worked.
    Result<WorkspaceInfo> info = await(workspace->workspace().info());
    if (!info.ok()) {
        *error = info.error();
        return nullptr;
    }
    return workspace;
}

Result<std::unique_ptr<Database>> openDatabase(const QHash<QString, QString> &values)
{
    Result<DatabaseConfig> config
        = Workspace::configFor(values.value(u"workspace"_s), values.value(u"database"_s));
    if (!config.ok())
        return config.error();
    return Database::open(config.value(), Database::OpenMode::Existing);
}

} // namespace CareDesk::CliCommon
