// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/trainingcommand.h"

#include "app/cli/cli.h"
#include "app/cli/clicommon.h"
#include "app/core/clock.h"
#include "app/platforms/outboxsender.h"
#include "app/runtime/connectors.h"
#include "app/runtime/rehearsal.h"
#include "app/runtime/simulatorconnector.h"
#include "app/runtime/workspace.h"
#include "app/storage/database.h"
#include "app/storage/trainingstore.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {
    struct ScriptedReply {
        QString text;
        int afterSeconds = 60;
        Visibility visibility = Visibility::Public;
    };

    /// Lets the database threads' answers arrive (their continuations are queued to this
    /// thread). The deadline only guards against a stuck database; simulated time decides.
    bool pump(const std::function<bool()> &done)
    {
        QTimer wake;
        wake.start(20);
        const QDeadlineTimer deadline(30000);
        while (!done()) {
            if (deadline.hasExpired())
                return false;
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        }
        return true;
    }

    QString userName(const QHash<QString, QString> &values)
    {
        if (values.contains(u"agent"_s))
            return values.value(u"agent"_s);
        return CliCommon::operatingSystemUser();
    }
} // namespace

TrainingCommand::TrainingCommand(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

int TrainingCommand::fail(const Error &error)
{
    return CliCommon::fail(m_err, error);
}

int TrainingCommand::usage(const QString &message)
{
    return CliCommon::usage(m_err, message);
}

int TrainingCommand::run(
    const QStringList &positional, const QHash<QString, QString> &values, const QStringList &flags)
{
    m_values = values;
    m_flags = flags;
    if (positional.isEmpty())
        return usage(tr("Missing training command; use scenarios, results or rehearse."));
    const QString sub = positional.first();
    const QStringList args = positional.mid(1);
    static const QHash<QString, QStringList> allowedValues {
        { u"scenarios"_s, {} },
        { u"results"_s, {} },
        { u"rehearse"_s, { u"replies"_s, u"rubric"_s } },
    };
    if (!allowedValues.contains(sub))
        return usage(
            tr("Unknown training command \"%1\"; use scenarios, results or rehearse.").arg(sub));
    if (const QString problem
        = CliCommon::unknownOption(values, flags, allowedValues.value(sub), {});
        !problem.isEmpty())
        return usage(problem);
    const bool json = flags.contains(u"json"_s);
    if (sub == "rehearse"_L1) {
        if (args.size() != 1)
            return usage(args.isEmpty() ? tr("Missing argument: the scenario (an id or a file).")
                                        : tr("Unexpected argument \"%1\".").arg(args.at(1)));
        if (!values.contains(u"replies"_s))
            return usage(tr("Name the trainee's replies with --replies FILE."));
        return rehearse(args.first(), json);
    }
    if (!args.isEmpty())
        return usage(tr("Unexpected argument \"%1\".").arg(args.first()));
    return sub == "scenarios"_L1 ? scenarios(json) : results(json);
}

Result<Scenario> TrainingCommand::findScenario(const QString &nameOrPath) const
{
    if (QFileInfo::exists(nameOrPath))
        return ScenarioLibrary::load(nameOrPath);
    Result<QList<Scenario>> shipped = ScenarioLibrary::shipped();
    if (!shipped.ok())
        return shipped.error();
    for (const Scenario &s : shipped.value()) {
        if (s.id == nameOrPath)
            return s;
    }
    return Error { ErrorCode::NotFound,
        tr("No scenario \"%1\": give a shipped scenario's id (caredesk-cli training scenarios) "
           "or a scenario file.")
            .arg(nameOrPath) };
}

int TrainingCommand::scenarios(bool json)
{
    Result<QList<Scenario>> shipped = ScenarioLibrary::shipped();
    if (!shipped.ok())
        return fail(shipped.error());
    const QString ui = QLocale().name().left(2);
    QJsonArray array;
    for (const Scenario &s : shipped.value()) {
        if (json) {
            array.append(QJsonObject { { u"id"_s, s.id }, { u"title"_s, s.title(ui) },
                { u"platform"_s, toString(s.platform) }, { u"language"_s, s.language },
                { u"opening_posts"_s, s.opening.size() } });
        } else {
            m_out << s.id << '\t' << toString(s.platform) << '\t' << s.language << '\t'
                  << s.title(ui) << Qt::endl;
        }
    }
    if (json)
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    m_out.flush();
    return Cli::Success;
}

int TrainingCommand::results(bool json)
{
    Result<std::unique_ptr<Database>> opened = CliCommon::openDatabase(m_values);
    if (!opened.ok())
        return fail(opened.error());
    // On PostgreSQL row-level security shows a trainee their own, a trainer everyone's.
    Result<QList<TrainingResult>> list = TrainingStore::list(*opened.value());
    if (!list.ok())
        return fail(list.error());
    if (json) {
        QJsonArray array;
        for (const TrainingResult &r : list.value())
            array.append(r.toJson());
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        for (const TrainingResult &r : list.value()) {
            m_out << toIsoUtc(r.finishedAt) << '\t'
                  << (r.agentName.isEmpty() ? u"-"_s : r.agentName) << '\t' << r.scenarioId << '\t'
                  << tr("%1 of %2 (%3%)").arg(r.score).arg(r.maximum).arg(r.percent()) << '\t'
                  << r.outcome << Qt::endl;
        }
    }
    m_out.flush();
    return Cli::Success;
}

int TrainingCommand::rehearse(const QString &name, bool json)
{
    Result<Scenario> scenario = findScenario(name);
    if (!scenario.ok())
        return fail(scenario.error());
    QList<ScriptedReply> replies;
    {
        QFile file(m_values.value(u"replies"_s));
        if (!file.open(QIODevice::ReadOnly))
            return fail(Error {
                ErrorCode::NotFound, tr("Cannot read the replies file %1.").arg(file.fileName()) });
        int lineNumber = 0;
        while (!file.atEnd()) {
            ++lineNumber;
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.isEmpty())
                continue;
            ScriptedReply reply;
            if (line.startsWith(u'{')) {
                const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
                reply.text = o.value(u"text"_s).toString();
                reply.afterSeconds = o.value(u"after_seconds"_s).toInt(60);
                const auto visibility
                    = visibilityFromString(o.value(u"visibility"_s).toString(u"public"_s));
                if (reply.text.isEmpty() || !visibility || reply.afterSeconds < 0)
                    return usage(tr("Line %1 of the replies file is not a reply: {\"text\", "
                                    "\"after_seconds\", \"visibility\": public|private}.")
                                     .arg(lineNumber));
                reply.visibility = *visibility;
            } else {
                reply.text = line;
            }
            replies.append(reply);
        }
    }
    std::optional<RubricConfig> rubric;
    if (m_values.contains(u"rubric"_s)) {
        QFile file(m_values.value(u"rubric"_s));
        if (!file.open(QIODevice::ReadOnly))
            return fail(Error {
                ErrorCode::NotFound, tr("Cannot read the rubric file %1.").arg(file.fileName()) });
        Result<RubricConfig> read
            = RubricConfig::fromJson(QJsonDocument::fromJson(file.readAll()).object());
        if (!read.ok())
            return fail(read.error());
        rubric = read.value();
    }

    // Simulated time: the rehearsal runs as fast as the database answers.
    auto clock = std::make_shared<ManualClock>(SystemClock().now());
    QTemporaryDir temporary;
    Result<DatabaseConfig> config
        = DatabaseConfig::sqlite(temporary.filePath(u"rehearsal.caredesk"_s));
    const bool keep = m_values.contains(u"workspace"_s) || m_values.contains(u"database"_s);
    if (keep)
        config
            = Workspace::configFor(m_values.value(u"workspace"_s), m_values.value(u"database"_s));
    if (!config.ok())
        return fail(config.error());
    Result<WorkspaceInfo> info
        = Workspace::initialize(config.value(), WorkspaceKind::Training, *clock, false);
    if (!info.ok())
        return fail(info.error());
    if (info.value().kind != WorkspaceKind::Training)
        return fail(Error { ErrorCode::Conflict,
            tr("%1 is not a training workspace; rehearsals run only in one (caredesk-cli "
               "workspace init --training).")
                .arg(config.value().displayName()) });

    Workspace workspace(config.value(), clock);
    Rehearsal rehearsal(workspace);
    rehearsal.setTrainee(0, userName(m_values));
    QStringList problems;
    QObject::connect(&rehearsal, &Rehearsal::problem, &rehearsal,
        [&problems](const QString &message) { problems.append(message); });
    int stored = 0;
    int delivered = 0;
    std::optional<TrainingResult> result;
    QObject::connect(&rehearsal, &Rehearsal::messageStored, &rehearsal, [&stored] { ++stored; });
    QObject::connect(
        &rehearsal, &Rehearsal::replyDelivered, &rehearsal, [&delivered] { ++delivered; });
    QObject::connect(&rehearsal, &Rehearsal::runFinished, &rehearsal,
        [&result](int, const TrainingResult &r) { result = r; });
    rehearsal.prepare();
    if (!pump([&] { return rehearsal.isReady() || !problems.isEmpty(); }) || !rehearsal.isReady())
        return fail(Error { ErrorCode::Unavailable,
            problems.isEmpty() ? tr("The workspace did not answer.") : problems.first() });
    if (rubric)
        rehearsal.setRubric(*rubric, false);

    // The trainee's replies take the desktop's path: the outbox, the sender, the simulator
    // connector.
    OutboxSender sender(workspace.outbox());
    QList<std::shared_ptr<Connector>> connectors;
    const QHash<Platform, Account> accounts = rehearsal.accounts();
    for (const Account &account : accounts) {
        Result<std::shared_ptr<Connector>> made
            = Connectors::create(account, LiveConnectorContext {});
        if (!made.ok())
            return fail(made.error());
        if (auto *simulator = dynamic_cast<SimulatorConnector *>(made.value().get()))
            rehearsal.attach(*simulator);
        sender.addAccount(account.id, made.value().get());
        connectors.append(made.value());
    }

    const int runId = rehearsal.start(scenario.value());
    if (runId == 0)
        return fail(Error { ErrorCode::Unavailable,
            tr("The workspace has no simulator account for %1.")
                .arg(platformDisplayName(scenario.value().platform)) });
    auto emitted = [&] {
        int in = 0;
        for (const ScenarioTranscriptEntry &e : rehearsal.engine().run(runId)->transcript)
            in += e.direction == Direction::In ? 1 : 0;
        return in;
    };
    auto advanceTo = [&](Millis target) {
        for (int guard = 0; guard < 10000; ++guard) {
            const Millis next = rehearsal.engine().nextDue();
            if (next == 0 || next > target)
                break;
            clock->set(std::max(clock->now(), next));
            rehearsal.tick();
        }
        clock->set(std::max(clock->now(), target));
        rehearsal.tick();
        return pump([&] { return stored >= emitted() || !problems.isEmpty(); });
    };
    // Up to the first opening post (most come at once) and its case.
    for (int guard = 0; guard < 1000 && emitted() == 0 && problems.isEmpty(); ++guard) {
        const Millis next = rehearsal.engine().nextDue();
        if (next == 0 || !advanceTo(next))
            break;
    }
    pump([&] { return rehearsal.caseFor(runId) != 0 || !problems.isEmpty(); });
    for (const ScriptedReply &reply : replies) {
        const ScenarioRun *run = rehearsal.engine().run(runId);
        if (!problems.isEmpty() || !run || run->finished())
            break;
        Millis lastIn = run->startedAt;
        for (const ScenarioTranscriptEntry &e : run->transcript) {
            if (e.direction == Direction::In)
                lastIn = e.at;
        }
        if (!advanceTo(std::max(clock->now(), lastIn + reply.afterSeconds * 1000LL)))
            break;
        if (rehearsal.engine().run(runId)->finished())
            break;
        const int before = delivered;
        QFuture<Result<OutboxItem>> queued
            = workspace.outbox().enqueue(rehearsal.caseFor(runId), reply.text, reply.visibility, 0);
        queued.waitForFinished();
        if (queued.resultCount() == 0 || !queued.result().ok())
            return fail(queued.resultCount() == 0
                    ? Error { ErrorCode::Internal, tr("The workspace did not answer.") }
                    : queued.result().error());
        sender.kick();
        if (!pump([&] { return delivered > before || !problems.isEmpty(); }))
            break;
    }
    // Let the customer answer until calm or closed, at most a simulated day.
    const Millis end = clock->now() + 24LL * 3600 * 1000;
    while (rehearsal.activeRuns().contains(runId) && problems.isEmpty()) {
        const Millis next = rehearsal.engine().nextDue();
        if (next == 0 || next > end || !advanceTo(next))
            break;
    }
    if (rehearsal.activeRuns().contains(runId))
        rehearsal.end(runId);
    pump([&] { return result.has_value() || !problems.isEmpty(); });
    if (!result)
        return fail(Error { ErrorCode::Unavailable,
            problems.isEmpty() ? tr("The rehearsal did not finish.") : problems.first() });
    if (!problems.isEmpty())
        m_err << problems.join(u'\n') << Qt::endl;

    const TrainingResult &r = *result;
    if (json) {
        QJsonObject o = r.toJson();
        o.insert(u"kept"_s, keep && r.id != 0);
        m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        m_out.flush();
        return Cli::Success;
    }
    m_out << tr("Scenario: %1 (%2, %3, %4)")
                 .arg(r.scenarioTitle, r.scenarioId, platformDisplayName(r.platform), r.language)
          << Qt::endl;
    m_out << tr("Score: %1 of %2 (%3%), the customer: %4")
                 .arg(r.score)
                 .arg(r.maximum)
                 .arg(r.percent())
                 .arg(r.outcome)
          << Qt::endl;
    for (qsizetype i = 0; i < r.replies.size(); ++i) {
        const TrainingReplyScore &reply = r.replies.at(i);
        m_out << Qt::endl
              << tr("Reply %1 (%2): %3").arg(i + 1).arg(toString(reply.visibility), reply.text)
              << Qt::endl;
        for (const CriterionScore &c : reply.score.criteria) {
            const QString points
                = c.applicable ? u"%1/%2"_s.arg(c.points).arg(c.maxPoints) : u"-"_s;
            m_out << u"  [%1] %2: %3"_s.arg(points, c.title, c.reason) << Qt::endl;
        }
    }
    m_out << Qt::endl << tr("Exemplary reply:") << Qt::endl << r.exemplaryReply << Qt::endl;
    m_out.flush();
    return Cli::Success;
}

} // namespace CareDesk
