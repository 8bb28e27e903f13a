// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/scriptscommand.h"

#include "app/cli/cli.h"
#include "app/cli/clicommon.h"
#include "app/core/clock.h"
#include "app/core/scriptfile.h"
#include "app/runtime/workspace.h"
#include "app/storage/database.h"
#include "app/storage/scriptstore.h"
#include "app/storage/teamstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    using CliCommon::systemUser;

} // namespace

ScriptsCommand::ScriptsCommand(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

int ScriptsCommand::fail(const Error &error)
{
    return CliCommon::fail(m_err, error);
}

int ScriptsCommand::usage(const QString &message)
{
    return CliCommon::usage(m_err, message);
}

int ScriptsCommand::run(
    const QStringList &positional, const QHash<QString, QString> &values, const QStringList &flags)
{
    m_values = values;
    m_flags = flags;
    if (positional.isEmpty())
        return usage(tr("Missing scripts command; use list, import or export."));
    const QString sub = positional.first();
    const QStringList args = positional.mid(1);
    static const QHash<QString, std::pair<QStringList, QStringList>> allowed {
        { u"list"_s, { {}, {} } },
        { u"import"_s, { { u"format"_s }, { u"default"_s } } },
        { u"export"_s, { { u"format"_s }, {} } },
    };
    if (!allowed.contains(sub))
        return usage(tr("Unknown scripts command \"%1\"; use list, import or export.").arg(sub));
    const auto &[valueOptions, flagOptions] = allowed.value(sub);
    if (const QString problem = CliCommon::unknownOption(values, flags, valueOptions, flagOptions);
        !problem.isEmpty())
        return usage(problem);
    const bool fromDefault = flags.contains(u"default"_s);
    if (sub == "list"_L1 && !args.isEmpty())
        return usage(tr("Unexpected argument \"%1\".").arg(args.first()));
    if (sub != "list"_L1 && !fromDefault && args.size() != 1)
        return usage(args.isEmpty() ? tr("Missing argument: the file.")
                                    : tr("Unexpected argument \"%1\".").arg(args.at(1)));
    if (fromDefault && !args.isEmpty())
        return usage(tr("Give either a file or --default, not both."));
    if (values.contains(u"format"_s) && !ScriptFile::formatFromString(values.value(u"format"_s)))
        return usage(tr("Unknown format \"%1\"; use json or csv.").arg(values.value(u"format"_s)));

    Result<std::unique_ptr<Database>> opened = CliCommon::openDatabase(values);
    if (!opened.ok())
        return fail(opened.error());
    Database &db = *opened.value();
    Result<Id> agent = actingAgent(db, false);
    if (!agent.ok())
        return fail(agent.error());
    if (sub == "list"_L1)
        return list(db, agent.value());
    if (sub == "import"_L1)
        return importFile(db, agent.value(), args);
    return exportFile(db, agent.value(), args);
}

Result<Id> ScriptsCommand::actingAgent(Database &db, bool required)
{
    const bool named = m_values.contains(u"agent"_s);
    if (!named && !db.isPostgres()) {
        // The desktop's single local agent (0): it sees the team scripts, and owns none.
        if (required)
            return Error { ErrorCode::Invalid,
                tr("Personal scripts belong to an agent: name them with --agent NAME.") };
        return Id(0);
    }
    const QString name
        = named ? m_values.value(u"agent"_s) : TeamStore::agentNameFromSystemUser(systemUser());
    Result<Agent> agent = TeamStore::currentAgent(db, name, !named, SystemClock().now());
    if (agent.ok())
        return agent.value().id;
    if (agent.error().code == ErrorCode::NotFound && !named && !required)
        return Id(0);
    return agent.error();
}

int ScriptsCommand::list(Database &db, Id agentId)
{
    ScriptQuery query;
    query.agentId = agentId;
    Result<QList<Script>> scripts = ScriptStore::list(db, query);
    if (!scripts.ok())
        return fail(scripts.error());
    if (m_flags.contains(u"json"_s)) {
        QJsonArray array;
        for (const Script &script : scripts.value()) {
            QJsonObject object = ScriptFile::toJson(script);
            object.insert(u"id"_s, QString::number(script.id));
            object.insert(u"updated_at"_s, toIsoUtc(script.updatedAt));
            array.append(object);
        }
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        m_out.flush();
        return Cli::Success;
    }
    for (const Script &script : scripts.value()) {
        QStringList languages;
        for (const ScriptVariant &variant : script.variants) {
            const QString tag = (variant.platform.isEmpty() ? QString() : variant.platform + u'/')
                + (variant.language.isEmpty() ? u"*"_s : variant.language);
            if (!languages.contains(tag))
                languages.append(tag);
        }
        m_out << script.id << '\t' << (script.shortcut.isEmpty() ? u"-"_s : u'/' + script.shortcut)
              << '\t' << (script.category.isEmpty() ? u"-"_s : script.category) << '\t'
              << script.title << '\t' << tr("%n use(s)", nullptr, script.usageCount) << '\t'
              << (script.ownerAgentId ? tr("personal") : tr("team")) << '\t' << languages.join(u' ')
              << '\n';
    }
    m_out.flush();
    return Cli::Success;
}

int ScriptsCommand::importFile(Database &db, Id agentId, const QStringList &args)
{
    QByteArray data;
    QString name;
    ScriptFile::Format format = ScriptFile::Format::Json;
    if (m_flags.contains(u"default"_s)) {
        data = Workspace::defaultScriptLibrary();
        name = tr("the default library");
    } else {
        name = args.first();
        const std::optional<ScriptFile::Format> chosen = m_values.contains(u"format"_s)
            ? ScriptFile::formatFromString(m_values.value(u"format"_s))
            : ScriptFile::formatForPath(name);
        if (!chosen)
            return usage(
                tr("Cannot tell the format of %1 from its name; add --format json or --format csv.")
                    .arg(name));
        format = *chosen;
        QFile file;
        const bool opened = name == "-"_L1
            ? file.open(stdin, QIODevice::ReadOnly)
            : (file.setFileName(name), file.open(QIODevice::ReadOnly));
        if (!opened)
            return fail(
                Error { file.exists() || name == "-"_L1 ? ErrorCode::Internal : ErrorCode::NotFound,
                    tr("Cannot read %1: %2.").arg(name, file.errorString()) });
        data = file.readAll();
    }
    Result<ScriptFileContents> contents = ScriptFile::read(data, format);
    if (!contents.ok())
        return fail(Error { ErrorCode::Invalid, tr("%1: %2").arg(name, contents.error().message) });
    QList<Script> scripts;
    bool anyPersonal = false;
    for (const ScriptFileEntry &entry : contents.value().scripts)
        anyPersonal = anyPersonal || entry.personal;
    Id owner = agentId;
    if (anyPersonal && owner == 0) {
        Result<Id> agent = actingAgent(db, true);
        if (!agent.ok())
            return fail(
                Error { agent.error().code, tr("%1: %2").arg(name, agent.error().message) });
        owner = agent.value();
    }
    for (const ScriptFileEntry &entry : contents.value().scripts) {
        Script script = entry.script;
        script.ownerAgentId = entry.personal ? owner : 0;
        scripts.append(script);
    }
    Result<ScriptImportResult> imported
        = ScriptStore::import(db, scripts, contents.value().links, SystemClock().now());
    if (!imported.ok())
        return fail(Error { imported.error().code,
            tr("%1: nothing was imported: %2").arg(name, imported.error().message) });
    const ScriptImportResult &result = imported.value();
    if (m_flags.contains(u"json"_s)) {
        QJsonObject object { { u"added"_s, result.added }, { u"updated"_s, result.updated },
            { u"links"_s, result.links } };
        m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
    } else {
        m_out
            << tr("Imported %n script(s) from %1", nullptr, result.added + result.updated).arg(name)
            << ": " << tr("%n new", nullptr, result.added) << ", "
            << tr("%n replaced", nullptr, result.updated) << ", "
            << tr("%n link(s)", nullptr, result.links) << '\n';
    }
    m_out.flush();
    return Cli::Success;
}

int ScriptsCommand::exportFile(Database &db, Id agentId, const QStringList &args)
{
    const QString name = args.first();
    const std::optional<ScriptFile::Format> format = m_values.contains(u"format"_s)
        ? ScriptFile::formatFromString(m_values.value(u"format"_s))
        : (name == "-"_L1 ? std::optional(ScriptFile::Format::Json)
                          : ScriptFile::formatForPath(name));
    if (!format)
        return usage(
            tr("Cannot tell the format of %1 from its name; add --format json or --format csv.")
                .arg(name));
    ScriptQuery query;
    query.agentId = agentId;
    Result<QList<Script>> scripts = ScriptStore::list(db, query);
    if (!scripts.ok())
        return fail(scripts.error());
    Result<QHash<QString, QString>> links = ScriptStore::links(db);
    if (!links.ok())
        return fail(links.error());
    // The file's order is the library's, not the usage ranking of the moment.
    QList<Script> ordered = scripts.value();
    std::sort(ordered.begin(), ordered.end(),
        [](const Script &a, const Script &b) { return a.id < b.id; });
    const QByteArray data = ScriptFile::write(ordered, links.value(), *format);
    if (name == "-"_L1) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(data) != data.size())
            return fail(Error { ErrorCode::Internal, tr("Cannot write to standard output.") });
        return Cli::Success;
    }
    QSaveFile file(name);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return fail(Error {
            ErrorCode::Internal, tr("Cannot write %1: %2.").arg(name, file.errorString()) });
    if (!m_flags.contains(u"json"_s))
        m_out << tr("Exported %n script(s) to %1.", nullptr, static_cast<int>(ordered.size()))
                     .arg(name)
              << '\n';
    m_out.flush();
    return Cli::Success;
}

} // namespace CareDesk
