// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"

#include "app/cli/accountscommand.h"
#include "app/cli/clicommon.h"
#include "app/cli/countcommand.h"
#include "app/cli/customerscommand.h"
#include "app/cli/databaselogin.h"
#include "app/cli/importcommand.h"
#include "app/cli/scriptscommand.h"
#include "app/cli/sentimentcommand.h"
#include "app/cli/fromcasecommand.h"
#include "app/cli/trainingcommand.h"
#include "app/cli/statscommand.h"
#include "app/cli/synccommand.h"
#include "app/cli/teamcommands.h"
#include "app/core/buildinfo.h"
#include "app/core/slaclock.h"
#include "app/runtime/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>
#include <type_traits>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    using CliCommon::await;
    using CliCommon::idString;

    /// Reads a positive whole number (an int or an Id); false when text is none (the caller
    /// says which option).
    template <typename N> bool positiveNumber(const QString &text, N *value)
    {
        bool isNumber = false;
        N number = 0;
        if constexpr (std::is_same_v<N, int>)
            number = text.toInt(&isNumber);
        else
            number = text.toLongLong(&isNumber);
        if (!isNumber || number <= 0)
            return false;
        *value = number;
        return true;
    }

    QJsonValue timeOrNull(Millis value)
    {
        return value == 0 ? QJsonValue() : QJsonValue(toIsoUtc(value));
    }

    QJsonObject caseJson(const CaseSummary &s, Millis now)
    {
        const Case &c = s.value;
        const SlaClock sla;
        return QJsonObject {
            { u"id"_s, idString(c.id) },
            { u"platform"_s, toString(c.platform) },
            { u"account_id"_s, idString(c.accountId) },
            { u"account"_s, s.accountHandle },
            { u"thread"_s, c.threadKey },
            { u"customer_id"_s, idString(c.customerId) },
            { u"customer"_s, s.customerName },
            { u"status"_s, toString(c.status) },
            { u"priority"_s, toString(c.priority) },
            { u"language"_s, c.language },
            { u"assignee"_s, s.assigneeName },
            { u"snippet"_s, s.snippet },
            { u"last_direction"_s, toString(s.lastDirection) },
            { u"last_visibility"_s, toString(s.lastVisibility) },
            { u"opened_at"_s, timeOrNull(c.openedAt) },
            { u"last_message_at"_s, timeOrNull(c.lastMessageAt) },
            { u"last_customer_message_at"_s, timeOrNull(c.lastCustomerMessageAt) },
            { u"first_response_at"_s, timeOrNull(c.firstResponseAt) },
            { u"snoozed_until"_s, timeOrNull(c.snoozedUntil) },
            { u"resolved_at"_s, timeOrNull(c.resolvedAt) },
            { u"unanswered"_s, c.unanswered },
            { u"message_count"_s, c.messageCount },
            { u"sla_state"_s, toString(sla.state(c, now)) },
            { u"sla_due_at"_s, timeOrNull(SlaClock::nextDue(c)) },
        };
    }

    QString waitingText(Millis since, Millis now)
    {
        if (since == 0)
            return u"-"_s;
        const qint64 minutes = qMax<qint64>(0, (now - since) / 60000);
        if (minutes < 60)
            return u"%1m"_s.arg(minutes);
        if (minutes < 48 * 60)
            return u"%1h"_s.arg(minutes / 60);
        return u"%1d"_s.arg(minutes / 1440);
    }

    /// One line of platform text for a terminal: control characters (escape sequences, bidi
    /// overrides) are shown as spaces so hostile text cannot redraw the user's terminal.
    QString terminalSafe(const QString &text)
    {
        QString result = text;
        for (QChar &ch : result) {
            if (ch.category() == QChar::Other_Control || ch.category() == QChar::Other_Format)
                ch = u' ';
        }
        return result;
    }

} // namespace

Cli::Cli(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

int Cli::exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None:
        return Success;
    case ErrorCode::Invalid:
        return BadInput;
    case ErrorCode::NotFound:
        return NotFound;
    case ErrorCode::Conflict:
        return Conflict;
    case ErrorCode::Unavailable:
    case ErrorCode::Corrupt:
    case ErrorCode::Locked:
        return Unavailable;
    case ErrorCode::Internal:
        return Failure;
    }
    return Failure;
}

int Cli::fail(const Error &error)
{
    return CliCommon::fail(m_err, error);
}

int Cli::usage(const QString &message)
{
    return CliCommon::usage(m_err, message);
}

Result<Cli::Options> Cli::parse(const QStringList &arguments) const
{
    static const QStringList valueOptions { u"workspace"_s, u"database"_s, u"agent"_s, u"status"_s,
        u"queue"_s, u"platform"_s, u"limit"_s, u"text"_s, u"account"_s, u"surface"_s, u"role"_s,
        u"team"_s, u"to"_s, u"output"_s, u"order-pattern"_s, u"link-window"_s, u"handle"_s,
        u"base-url"_s, u"format"_s, u"from"_s, u"group-by"_s, u"time-zone"_s, u"language"_s,
        u"sort"_s, u"sla"_s, u"tag"_s, u"replies"_s, u"rubric"_s, u"out"_s, u"id"_s };
    Options options;
    bool onlyPositional = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (onlyPositional || !arg.startsWith("--"_L1) || arg == "-"_L1) {
            options.positional.append(arg);
            continue;
        }
        if (arg == "--"_L1) {
            onlyPositional = true;
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        bool hasValue = false;
        if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            hasValue = true;
        }
        if (valueOptions.contains(name)) {
            if (!hasValue) {
                if (i + 1 >= arguments.size())
                    return Error { ErrorCode::Invalid,
                        tr("The option --%1 needs a value.").arg(name) };
                value = arguments.at(++i);
            }
            // An empty --workspace would silently mean the default workspace.
            if (value.isEmpty())
                return Error { ErrorCode::Invalid, tr("The option --%1 needs a value.").arg(name) };
            if (options.values.contains(name))
                return Error { ErrorCode::Invalid,
                    tr("The option --%1 is given twice.").arg(name) };
            options.values.insert(name, value);
        } else {
            if (hasValue)
                return Error { ErrorCode::Invalid,
                    tr("The option --%1 takes no value.").arg(name) };
            options.flags.append(name);
        }
    }
    return options;
}

Result<int> Cli::check(const Options &options, const QStringList &valueOptions,
    const QStringList &flagOptions, int minPositional, int maxPositional) const
{
    if (const QString problem
        = CliCommon::unknownOption(options.values, options.flags, valueOptions, flagOptions);
        !problem.isEmpty())
        return Error { ErrorCode::Invalid, problem };
    if (options.positional.size() < minPositional)
        return Error { ErrorCode::Invalid, tr("Missing argument.") };
    if (options.positional.size() > maxPositional)
        return Error { ErrorCode::Invalid,
            tr("Unexpected argument \"%1\".").arg(options.positional.last()) };
    return 0;
}

int Cli::run(const QStringList &arguments)
{
    Result<Options> parsed = parse(arguments);
    if (!parsed.ok())
        return usage(parsed.error().message);
    Options options = parsed.value();
    if (options.has(u"version"_s)) {
        m_out << "caredesk-cli " << BuildInfo::versionLine() << Qt::endl;
        return Success;
    }
    if (options.has(u"help"_s)) {
        m_out << tr(
            "Usage: caredesk-cli [--workspace PATH | --database URL] [--agent NAME] [--json] "
            "COMMAND\n"
            "Commands:\n"
            "  workspace init [--demo | --training]   create or upgrade the workspace\n"
            "  workspace login --database URL         keep the database password (standard "
            "input) in the keychain\n"
            "  inbox [--status S] [--platform P] [--queue Q] [--limit N | --all]\n"
            "        [--account ID] [--language L] [--tag T] [--sla at-risk|breached] "
            "[--negative]\n"
            "        [--unanswered] [--unassigned] [--sort newest|sla|waiting|priority]\n"
            "  show CASE                              a case with its thread\n"
            "  search QUERY [--limit N]               messages and customers, newest first\n"
            "  reply CASE --text T [--private]        queue a reply in the outbox\n"
            "  outbox                                 replies waiting, sent and failed\n"
            "  accounts list | add --platform P --handle H [--base-url URL] [--token-stdin] | "
            "remove ID\n"
            "  accounts test ID | login ID            verify a token; sign in to Mastodon with the "
            "browser\n"
            "  sync [--account ID] [--once]           poll the accounts and deliver the outbox\n"
            "  import FILE                            messages from JSON Lines (- for standard "
            "input)\n"
            "  sentiment [--jsonl]                    score standard input: {\"score\",\"label\"} "
            "per text\n"
            "  agents list | add NAME --role R [--team T] [--password-stdin]\n"
            "  claim CASE                             take a case as the current agent\n"
            "  assign CASE --to NAME                  give a case to an agent (supervisors)\n"
            "  customers link IDENTITY --to CUSTOMER | unlink IDENTITY | suggestions CUSTOMER\n"
            "  customers export CUSTOMER [--output FILE] | erase CUSTOMER --confirm\n"
            "  customers settings [--order-pattern RE] [--link-window HOURS]\n"
            "  stats [--from DATE] [--to DATE] [--group-by "
            "platform|account|queue|agent|language|hour] [--csv]\n"
            "  scripts list | import FILE | import --default | export FILE [--format json|csv]\n"
            "  training scenarios | results           shipped scenarios; kept rehearsal results\n"
            "  training rehearse SCENARIO --replies FILE [--rubric FILE]  play a scenario "
            "headless\n"
            "  training from-case CASE --out FILE     a resolved case as an anonymised scenario\n"
            "Exit codes: 0 success, 1 failure, 2 bad input, 3 not found, 4 conflict, 5 "
            "unavailable.")
              << Qt::endl;
        return Success;
    }
    // An error is one line on stderr, also without a command; the usage is behind --help.
    if (options.positional.isEmpty())
        return usage(tr("Missing argument."));
    if (options.values.contains(u"workspace"_s) && options.values.contains(u"database"_s))
        return usage(tr("Give either --workspace or --database, not both."));

    const QString command = options.positional.takeFirst();
    const bool loggingIn = command == "workspace"_L1 && options.positional.value(0) == "login"_L1;
    // A team workspace's URL without a password: the keychain's (`workspace login` stored it).
    if (options.values.contains(u"database"_s) && !loggingIn)
        options.values.insert(u"database"_s,
            DatabaseLogin::withStoredPassword(options.values.value(u"database"_s)));
    if (loggingIn) {
        options.positional.removeFirst();
        if (Result<int> ok = check(options, {}, {}, 0, 0); !ok.ok())
            return usage(ok.error().message);
        return DatabaseLogin(m_out, m_err)
            .login(options.values.value(u"database"_s), options.has(u"json"_s));
    }
    if (command == "workspace"_L1) {
        if (options.positional.isEmpty() || options.positional.first() != "init"_L1)
            return usage(tr("Unknown workspace command; did you mean \"workspace init\"?"));
        options.positional.removeFirst();
        return workspaceInit(options);
    }
    if (command == "accounts"_L1) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return fail(Error { ErrorCode::Internal, tr("Cannot read standard input.") });
        return AccountsCommand(m_out, m_err, input)
            .run(options.positional, options.values, options.flags);
    }
    if (TeamCommands::handles(command)) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return fail(Error { ErrorCode::Internal, tr("Cannot read standard input.") });
        return TeamCommands(m_out, m_err, input)
            .run(command, options.positional, options.values, options.flags);
    }
    if (command == "sentiment"_L1) {
        // Scoring needs no workspace either: standard input in, {"score","label"} lines out.
        if (Result<int> ok = check(options, {}, { u"jsonl"_s }, 0, 0); !ok.ok())
            return usage(ok.error().message);
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return fail(Error { ErrorCode::Internal, tr("Cannot read standard input.") });
        return SentimentCommand(input, m_out, m_err).run(options.has(u"jsonl"_s));
    }
    if (command == "count"_L1) {
        // Counting needs no workspace: standard input in, JSON results out.
        if (Result<int> ok = check(options, { u"platform"_s, u"surface"_s }, { u"jsonl"_s }, 0, 0);
            !ok.ok())
            return usage(ok.error().message);
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return fail(Error { ErrorCode::Internal, tr("Cannot read standard input.") });
        return CountCommand(input, m_out, m_err)
            .run(options.values.value(u"platform"_s), options.values.value(u"surface"_s),
                options.has(u"jsonl"_s));
    }
    if (command == "import"_L1) {
        if (Result<int> ok = check(options, {}, {}, 1, 1); !ok.ok())
            return usage(ok.error().message);
        Result<DatabaseConfig> config = Workspace::configFor(
            options.values.value(u"workspace"_s), options.values.value(u"database"_s));
        if (!config.ok())
            return fail(config.error());
        return ImportCommand(m_out, m_err)
            .run(config.value(), options.positional.first(), options.has(u"json"_s));
    }
    if (command == "stats"_L1) {
        if (!options.positional.isEmpty())
            return usage(tr("Unexpected argument \"%1\".").arg(options.positional.first()));
        return StatsCommand(m_out, m_err).run(options.values, options.flags);
    }
    if (command == "customers"_L1)
        return CustomersCommand(m_out, m_err)
            .run(options.positional, options.values, options.flags);
    if (command == "training"_L1 && options.positional.value(0) == "from-case"_L1) {
        Error error;
        std::unique_ptr<Workspace> workspace = openWorkspace(options, &error);
        if (!workspace)
            return fail(error);
        return FromCaseCommand(m_out, m_err)
            .run(*workspace, options.positional.mid(1), options.values, options.flags);
    }
    if (command == "training"_L1)
        return TrainingCommand(m_out, m_err).run(options.positional, options.values, options.flags);
    if (command == "scripts"_L1)
        return ScriptsCommand(m_out, m_err).run(options.positional, options.values, options.flags);
    if (command == "inbox"_L1)
        return inbox(options);
    if (command == "show"_L1)
        return show(options);
    if (command == "search"_L1)
        return search(options);
    if (command == "reply"_L1)
        return reply(options);
    if (command == "outbox"_L1)
        return outbox(options);
    if (command == "sync"_L1)
        return sync(options);
    return usage(tr("Unknown command \"%1\".").arg(command));
}

std::unique_ptr<Workspace> Cli::openWorkspace(const Options &options, Error *error)
{
    return CliCommon::openWorkspace(options.values, error);
}

void Cli::printJson(const QJsonValue &value)
{
    const QJsonDocument document
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

int Cli::workspaceInit(const Options &options)
{
    if (Result<int> ok = check(options, {}, { u"demo"_s, u"training"_s }, 0, 0); !ok.ok())
        return usage(ok.error().message);
    if (options.has(u"demo"_s) && options.has(u"training"_s))
        return usage(tr("Choose --demo or --training, not both."));
    Result<DatabaseConfig> config = Workspace::configFor(
        options.values.value(u"workspace"_s), options.values.value(u"database"_s));
    if (!config.ok())
        return fail(config.error());
    const WorkspaceKind kind = options.has(u"demo"_s) ? WorkspaceKind::Demo
        : options.has(u"training"_s)                  ? WorkspaceKind::Training
                                                      : WorkspaceKind::Standard;
    const SystemClock clock;
    Result<WorkspaceInfo> info
        = Workspace::initialize(config.value(), kind, clock, kind != WorkspaceKind::Standard);
    if (!info.ok())
        return fail(info.error());
    if (options.has(u"json"_s)) {
        printJson(QJsonObject { { u"workspace"_s, config.value().displayName() },
            { u"kind"_s, toString(info.value().kind) },
            { u"schema_version"_s, info.value().schemaVersion },
            { u"created_at"_s, toIsoUtc(info.value().createdAt) } });
    } else {
        m_out << tr("Workspace %1 is ready (%2, schema %3).")
                     .arg(config.value().displayName(), toString(info.value().kind))
                     .arg(info.value().schemaVersion)
              << Qt::endl;
    }
    return Success;
}

int Cli::inbox(const Options &options)
{
    if (Result<int> ok = check(options,
            { u"status"_s, u"queue"_s, u"platform"_s, u"limit"_s, u"account"_s, u"language"_s,
                u"tag"_s, u"sla"_s, u"sort"_s },
            { u"all"_s, u"negative"_s, u"unanswered"_s, u"unassigned"_s }, 0, 0);
        !ok.ok())
        return usage(ok.error().message);
    InboxQuery query;
    // The views' filters and sorts (README, Inbox views).
    if (options.values.contains(u"account"_s)) {
        Id account = 0;
        if (!positiveNumber(options.values.value(u"account"_s), &account))
            return usage(tr("The account must be an account id."));
        query.accountIds = { account };
    }
    query.language = options.values.value(u"language"_s);
    if (options.values.contains(u"tag"_s))
        query.tags = { options.values.value(u"tag"_s) };
    if (options.values.contains(u"sla"_s)) {
        const QString sla = options.values.value(u"sla"_s);
        if (sla == "at-risk"_L1)
            query.sla = SlaFilter::AtRisk;
        else if (sla == "breached"_L1)
            query.sla = SlaFilter::Breached;
        else
            return usage(tr("Unknown SLA state \"%1\"; use at-risk or breached.").arg(sla));
    }
    query.negativeSentiment = options.has(u"negative"_s);
    query.waitingOnly = options.has(u"unanswered"_s);
    query.unassigned = options.has(u"unassigned"_s);
    if (options.values.contains(u"sort"_s)) {
        const QString sort = options.values.value(u"sort"_s);
        if (sort == "newest"_L1)
            query.sort = InboxSort::Newest;
        else if (sort == "sla"_L1)
            query.sort = InboxSort::SlaDueFirst;
        else if (sort == "waiting"_L1)
            query.sort = InboxSort::OldestWaiting;
        else if (sort == "priority"_L1)
            query.sort = InboxSort::Priority;
        else
            return usage(
                tr("Unknown sort \"%1\"; use newest, sla, waiting or priority.").arg(sort));
    }
    if (options.values.contains(u"status"_s)) {
        const QString status = options.values.value(u"status"_s);
        if (status == "open"_L1 || status == "active"_L1) {
            // "open" is the status itself; "active" is everything not yet resolved.
            query.openOnly = status == "active"_L1;
            query.status = status == "open"_L1 ? std::optional(CaseStatus::Open) : std::nullopt;
        } else if (auto parsed = caseStatusFromString(status)) {
            query.status = parsed;
        } else {
            return usage(
                tr("Unknown status \"%1\"; use new, open, pending, snoozed, resolved or active.")
                    .arg(status));
        }
    }
    if (options.values.contains(u"platform"_s)) {
        query.platform = platformFromString(options.values.value(u"platform"_s));
        if (!query.platform)
            return usage(tr("Unknown platform \"%1\".").arg(options.values.value(u"platform"_s)));
    }
    if (options.values.contains(u"queue"_s)) {
        if (!positiveNumber(options.values.value(u"queue"_s), &query.queueId))
            return usage(tr("The queue must be a queue id."));
    }
    if (options.has(u"all"_s) && options.values.contains(u"limit"_s))
        return usage(tr("Give either --limit or --all, not both."));
    if (options.has(u"all"_s)) {
        query.limit = 0;
    } else if (options.values.contains(u"limit"_s)) {
        if (!positiveNumber(options.values.value(u"limit"_s), &query.limit))
            return usage(tr("The limit must be a positive number."));
    }
    Error error;
    std::unique_ptr<Workspace> workspace = openWorkspace(options, &error);
    if (!workspace)
        return fail(error);
    Result<CasePage> page = await(workspace->cases().inbox(query));
    if (!page.ok())
        return fail(page.error());
    const Millis now = workspace->clock().now();
    if (options.has(u"json"_s)) {
        QJsonArray rows;
        for (const CaseSummary &s : std::as_const(page.value().rows))
            rows.append(caseJson(s, now));
        printJson(rows);
        return Success;
    }
    const SlaClock sla;
    for (const CaseSummary &s : std::as_const(page.value().rows)) {
        const Case &c = s.value;
        m_out << QString::number(c.id).rightJustified(7) << "  "_L1
              << toString(c.platform).leftJustified(9) << toString(c.status).leftJustified(9)
              << waitingText(c.unanswered > 0 ? c.lastCustomerMessageAt : 0, now).rightJustified(5)
              << "  "_L1 << toString(sla.state(c, now)).leftJustified(9)
              << terminalSafe(s.customerName).left(24).leftJustified(25)
              << terminalSafe(s.snippet).left(70) << Qt::endl;
    }
    if (page.value().next)
        m_out << tr("More cases follow; use --limit N or --all.") << Qt::endl;
    return Success;
}

int Cli::show(const Options &options)
{
    if (Result<int> ok = check(options, {}, {}, 1, 1); !ok.ok())
        return usage(ok.error().message);
    Id caseId = 0;
    if (!positiveNumber(options.positional.first(), &caseId))
        return usage(tr("\"%1\" is not a case id.").arg(options.positional.first()));
    Error error;
    std::unique_ptr<Workspace> workspace = openWorkspace(options, &error);
    if (!workspace)
        return fail(error);
    Result<CaseDetail> detail = await(workspace->cases().detail(caseId));
    if (!detail.ok())
        return fail(detail.error());
    const CaseDetail &d = detail.value();
    const Millis now = workspace->clock().now();
    if (options.has(u"json"_s)) {
        QJsonArray messages;
        for (const Message &m : d.messages) {
            messages.append(QJsonObject {
                { u"id"_s, idString(m.id) },
                { u"platform_id"_s, m.platformId },
                { u"direction"_s, toString(m.direction) },
                { u"visibility"_s, toString(m.visibility) },
                { u"author"_s, m.authorName },
                { u"text"_s, m.text },
                { u"created_at"_s, toIsoUtc(m.createdAt) },
                { u"reply_to"_s, m.replyToPlatformId },
                { u"permalink"_s, m.permalink },
            });
        }
        QJsonArray notes;
        for (const Note &n : d.notes) {
            notes.append(QJsonObject { { u"id"_s, idString(n.id) }, { u"text"_s, n.text },
                { u"created_at"_s, toIsoUtc(n.createdAt) } });
        }
        // The customer's profile and identities, and the journey: summary and newest entries.
        Result<std::pair<QJsonObject, QJsonObject>> journey = CustomersCommand::caseJson(
            workspace->customers(), d.summary.value.customerId, caseId);
        if (!journey.ok())
            return fail(journey.error());
        const QJsonObject &customer = journey.value().first;
        printJson(QJsonObject { { u"case"_s, caseJson(d.summary, now) },
            { u"account"_s,
                QJsonObject { { u"id"_s, idString(d.account.id) },
                    { u"platform"_s, toString(d.account.platform) },
                    { u"connector"_s, toString(d.account.connector) },
                    { u"handle"_s, d.account.handle } } },
            { u"customer"_s, customer.isEmpty() ? QJsonValue() : QJsonValue(customer) },
            { u"journey"_s,
                journey.value().second.isEmpty() ? QJsonValue()
                                                 : QJsonValue(journey.value().second) },
            { u"messages"_s, messages }, { u"notes"_s, notes } });
        return Success;
    }
    m_out << tr("Case %1 on %2 (%3), %4")
                 .arg(QString::number(d.summary.value.id),
                     platformDisplayName(d.summary.value.platform), d.account.handle,
                     toString(d.summary.value.status))
          << Qt::endl;
    if (d.customer.id != 0)
        m_out << tr("Customer: %1").arg(terminalSafe(d.customer.name)) << Qt::endl;
    for (const Message &m : d.messages) {
        const QString who = m.direction == Direction::In ? terminalSafe(m.authorName) : tr("agent");
        const QString where = m.visibility == Visibility::Public ? tr("public") : tr("private");
        m_out << "["_L1 << toIsoUtc(m.createdAt) << "] "_L1 << who << " ("_L1 << where << "): "_L1
              << terminalSafe(m.text) << Qt::endl;
    }
    return Success;
}

int Cli::search(const Options &options)
{
    if (Result<int> ok = check(options, { u"limit"_s }, {}, 1, 64); !ok.ok())
        return usage(ok.error().message);
    SearchQuery query;
    query.text = options.positional.join(u' ');
    query.prefixLast = false;
    if (options.values.contains(u"limit"_s)) {
        if (!positiveNumber(options.values.value(u"limit"_s), &query.limit))
            return usage(tr("The limit must be a positive number."));
    }
    Error error;
    std::unique_ptr<Workspace> workspace = openWorkspace(options, &error);
    if (!workspace)
        return fail(error);
    Result<QList<SearchHit>> hits = await(workspace->cases().search(query));
    if (!hits.ok())
        return fail(hits.error());
    if (options.has(u"json"_s)) {
        QJsonArray rows;
        for (const SearchHit &h : std::as_const(hits.value())) {
            rows.append(QJsonObject { { u"message_id"_s, idString(h.messageId) },
                { u"case_id"_s, idString(h.caseId) }, { u"platform"_s, toString(h.platform) },
                { u"author"_s, h.authorName }, { u"text"_s, h.text },
                { u"created_at"_s, toIsoUtc(h.createdAt) } });
        }
        printJson(rows);
        return Success;
    }
    for (const SearchHit &h : std::as_const(hits.value())) {
        m_out << QString::number(h.caseId).rightJustified(7) << "  "_L1 << toIsoUtc(h.createdAt)
              << "  "_L1 << toString(h.platform).leftJustified(9)
              << terminalSafe(h.authorName).left(24).leftJustified(25)
              << terminalSafe(h.text).simplified().left(80) << Qt::endl;
    }
    return Success;
}

namespace {

    QJsonObject outboxJson(const OutboxItem &o)
    {
        return QJsonObject {
            { u"id"_s, idString(o.id) },
            { u"case_id"_s, idString(o.caseId) },
            { u"account_id"_s, idString(o.accountId) },
            { u"visibility"_s, toString(o.visibility) },
            { u"text"_s, o.text },
            { u"state"_s, toString(o.state) },
            { u"attempts"_s, o.attempts },
            { u"error"_s, o.error },
            { u"sent_platform_id"_s, o.sentPlatformId },
            { u"created_at"_s, timeOrNull(o.createdAt) },
            { u"updated_at"_s, timeOrNull(o.updatedAt) },
            { u"next_attempt_at"_s, timeOrNull(o.nextAttemptAt) },
        };
    }

} // namespace

int Cli::reply(const Options &options)
{
    if (Result<int> ok = check(options, { u"text"_s }, { u"private"_s }, 1, 1); !ok.ok())
        return usage(ok.error().message);
    Id caseId = 0;
    if (!positiveNumber(options.positional.first(), &caseId))
        return usage(tr("\"%1\" is not a case id.").arg(options.positional.first()));
    if (!options.values.contains(u"text"_s))
        return usage(tr("A reply needs --text."));
    Error error;
    std::unique_ptr<Workspace> workspace = openWorkspace(options, &error);
    if (!workspace)
        return fail(error);
    const Visibility visibility
        = options.has(u"private"_s) ? Visibility::Private : Visibility::Public;
    Result<OutboxItem> queued = await(
        workspace->outbox().enqueue(caseId, options.values.value(u"text"_s), visibility, 0));
    if (!queued.ok())
        return fail(queued.error());
    if (options.has(u"json"_s))
        printJson(outboxJson(queued.value()));
    else
        m_out << tr("Reply %1 is queued in the outbox; \"caredesk-cli sync\" delivers it.")
                     .arg(queued.value().id)
              << Qt::endl;
    return Success;
}

int Cli::outbox(const Options &options)
{
    if (Result<int> ok = check(options, { u"limit"_s }, {}, 0, 0); !ok.ok())
        return usage(ok.error().message);
    int limit = 100;
    if (options.values.contains(u"limit"_s)) {
        if (!positiveNumber(options.values.value(u"limit"_s), &limit))
            return usage(tr("The limit must be a positive number."));
    }
    Error error;
    std::unique_ptr<Workspace> workspace = openWorkspace(options, &error);
    if (!workspace)
        return fail(error);
    Result<QList<OutboxItem>> items = await(workspace->outbox().list(limit));
    if (!items.ok())
        return fail(items.error());
    if (options.has(u"json"_s)) {
        QJsonArray rows;
        for (const OutboxItem &o : std::as_const(items.value()))
            rows.append(outboxJson(o));
        printJson(rows);
        return Success;
    }
    for (const OutboxItem &o : std::as_const(items.value())) {
        m_out << QString::number(o.id).rightJustified(7) << "  "_L1
              << QString::number(o.caseId).rightJustified(7) << "  "_L1
              << toString(o.state).leftJustified(10) << toString(o.visibility).leftJustified(9)
              << terminalSafe(o.text).simplified().left(60);
        if (!o.error.isEmpty())
            m_out << "  ("_L1 << terminalSafe(o.error) << ')';
        m_out << Qt::endl;
    }
    return Success;
}

int Cli::sync(const Options &options)
{
    if (Result<int> ok = check(options, { u"account"_s }, { u"once"_s }, 0, 0); !ok.ok())
        return usage(ok.error().message);
    Id only = 0;
    if (options.values.contains(u"account"_s)) {
        if (!positiveNumber(options.values.value(u"account"_s), &only))
            return usage(tr("The account must be an account id."));
    }
    Error error;
    std::unique_ptr<Workspace> workspace = openWorkspace(options, &error);
    if (!workspace)
        return fail(error);
    return SyncCommand(m_out, m_err)
        .run(*workspace, only, options.has(u"once"_s), options.has(u"json"_s));
}

} // namespace CareDesk
