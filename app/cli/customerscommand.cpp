// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/customerscommand.h"

#include "app/cli/cli.h"
#include "app/cli/clicommon.h"
#include "app/core/clock.h"
#include "app/runtime/workspace.h"
#include "app/storage/customerstore.h"
#include "app/storage/database.h"
#include "app/storage/evidencestore.h"
#include "app/storage/teamstore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

using CliCommon::await;
using CliCommon::idString;
using CliCommon::systemUser;

QJsonValue timeOrNull(Millis value)
{
    return value == 0 ? QJsonValue() : QJsonValue(toIsoUtc(value));
}

QJsonObject identityJson(const Identity &i)
{
    return QJsonObject { { u"id"_s, idString(i.id) }, { u"platform"_s, toString(i.platform) },
        { u"platform_user_id"_s, i.platformUserId }, { u"handle"_s, i.handle },
        { u"display_name"_s, i.displayName } };
}

QJsonObject briefJson(const CaseBrief &b)
{
    return QJsonObject { { u"id"_s, idString(b.caseId) }, { u"platform"_s, toString(b.platform) },
        { u"status"_s, toString(b.status) }, { u"opened_at"_s, timeOrNull(b.openedAt) },
        { u"last_message_at"_s, timeOrNull(b.lastMessageAt) }, { u"subject"_s, b.subject } };
}

QJsonObject moveJson(const IdentityMove &m)
{
    return QJsonObject { { u"identity_id"_s, idString(m.identityId) },
        { u"from_customer_id"_s, idString(m.fromCustomerId) },
        { u"to_customer_id"_s, idString(m.toCustomerId) }, { u"link_id"_s, idString(m.linkId) },
        { u"cases_moved"_s, m.casesMoved }, { u"created_customer"_s, m.createdCustomer } };
}

using CustomerStore::withoutEmptyIds;

} // namespace

CustomersCommand::CustomersCommand(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

int CustomersCommand::fail(const Error &error)
{
    return CliCommon::fail(m_err, error);
}

int CustomersCommand::usage(const QString &message)
{
    return CliCommon::usage(m_err, message);
}

void CustomersCommand::printJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(
        QJsonDocument(withoutEmptyIds(object).toObject()).toJson(QJsonDocument::Indented));
    m_out.flush();
}

Result<Id> CustomersCommand::idArgument(const QStringList &args, const QString &what)
{
    if (args.isEmpty())
        return Error { ErrorCode::Invalid, tr("Missing argument: the %1 id.").arg(what) };
    if (args.size() > 1)
        return Error { ErrorCode::Invalid, tr("Unexpected argument \"%1\".").arg(args.at(1)) };
    bool isNumber = false;
    const Id id = args.first().toLongLong(&isNumber);
    if (!isNumber || id <= 0)
        return Error { ErrorCode::Invalid, tr("\"%1\" is not a %2 id.").arg(args.first(), what) };
    return id;
}

int CustomersCommand::run(
    const QStringList &positional, const QHash<QString, QString> &values, const QStringList &flags)
{
    m_values = values;
    m_flags = flags;
    if (positional.isEmpty()) {
        return usage(tr("Missing customers command; use link, unlink, suggestions, export, erase "
                        "or settings."));
    }
    const QString sub = positional.first();
    const QStringList args = positional.mid(1);
    static const QHash<QString, std::pair<QStringList, QStringList>> allowed {
        { u"link"_s, { { u"to"_s }, {} } },
        { u"unlink"_s, { {}, {} } },
        { u"suggestions"_s, { {}, {} } },
        { u"export"_s, { { u"output"_s }, {} } },
        { u"erase"_s, { {}, { u"confirm"_s } } },
        { u"settings"_s, { { u"order-pattern"_s, u"link-window"_s }, {} } },
    };
    if (!allowed.contains(sub))
        return usage(tr("Unknown customers command \"%1\"; use link, unlink, suggestions, export, "
                        "erase or settings.")
                         .arg(sub));
    const auto &[valueOptions, flagOptions] = allowed.value(sub);
    if (const QString problem
        = CliCommon::unknownOption(values, flags, valueOptions, flagOptions);
        !problem.isEmpty())
        return usage(problem);
    // Erasure cannot be undone: it is never the default of anything.
    if (sub == "erase"_L1 && !flags.contains(u"confirm"_s)) {
        return usage(tr("Erasing a customer cannot be undone; add --confirm to erase customer %1.")
                         .arg(args.value(0, tr("CUSTOMER"))));
    }
    if (sub == "link"_L1 && !values.contains(u"to"_s))
        return usage(tr("Say which customer the identity joins: --to CUSTOMER."));
    if (sub == "settings"_L1 && !args.isEmpty())
        return usage(tr("Unexpected argument \"%1\".").arg(args.first()));

    Result<std::unique_ptr<Database>> opened = CliCommon::openDatabase(values);
    if (!opened.ok())
        return fail(opened.error());
    Database &db = *opened.value();
    if (sub == "link"_L1)
        return link(db, args);
    if (sub == "unlink"_L1)
        return unlink(db, args);
    if (sub == "suggestions"_L1)
        return suggestions(db, args);
    if (sub == "export"_L1)
        return exportCustomer(db, args);
    if (sub == "erase"_L1)
        return erase(db, args);
    return settings(db);
}

Result<Id> CustomersCommand::actingAgent(Database &db)
{
    const bool named = m_values.contains(u"agent"_s);
    const QString name
        = named ? m_values.value(u"agent"_s) : TeamStore::agentNameFromSystemUser(systemUser());
    Result<Agent> agent = TeamStore::currentAgent(db, name, !named, SystemClock().now());
    if (agent.ok())
        return agent.value().id;
    // A login that is no agent (an administrator's own role) still acts; the event names the
    // login. A name given with --agent must exist.
    if (agent.error().code == ErrorCode::NotFound && !named)
        return Id(0);
    return agent.error();
}

int CustomersCommand::link(Database &db, const QStringList &args)
{
    Result<Id> identity = idArgument(args, tr("identity"));
    if (!identity.ok())
        return usage(identity.error().message);
    Result<Id> customer = idArgument({ m_values.value(u"to"_s) }, tr("customer"));
    if (!customer.ok())
        return usage(customer.error().message);
    Result<Id> agent = actingAgent(db);
    if (!agent.ok())
        return fail(agent.error());
    Result<IdentityMove> moved = CustomerStore::link(
        db, identity.value(), customer.value(), std::nullopt, agent.value(), SystemClock().now());
    if (!moved.ok())
        return fail(moved.error());
    if (json()) {
        printJson(moveJson(moved.value()));
    } else {
        m_out << tr(
            "Identity %1 now belongs to customer %2 (it was with customer %3; %n case(s) moved). "
            "\"caredesk-cli customers unlink %1\" undoes this.",
            nullptr, moved.value().casesMoved)
                     .arg(moved.value().identityId)
                     .arg(moved.value().toCustomerId)
                     .arg(moved.value().fromCustomerId)
              << Qt::endl;
    }
    return Cli::Success;
}

int CustomersCommand::unlink(Database &db, const QStringList &args)
{
    Result<Id> identity = idArgument(args, tr("identity"));
    if (!identity.ok())
        return usage(identity.error().message);
    Result<Id> agent = actingAgent(db);
    if (!agent.ok())
        return fail(agent.error());
    Result<IdentityMove> moved
        = CustomerStore::unlink(db, identity.value(), agent.value(), SystemClock().now());
    if (!moved.ok())
        return fail(moved.error());
    if (json()) {
        printJson(moveJson(moved.value()));
    } else if (moved.value().createdCustomer) {
        m_out << tr("Identity %1 left customer %2 for a new customer %3 of its own.")
                     .arg(moved.value().identityId)
                     .arg(moved.value().fromCustomerId)
                     .arg(moved.value().toCustomerId)
              << Qt::endl;
    } else {
        m_out << tr("Identity %1 is back with customer %2, as before the link.")
                     .arg(moved.value().identityId)
                     .arg(moved.value().toCustomerId)
              << Qt::endl;
    }
    return Cli::Success;
}

int CustomersCommand::suggestions(Database &db, const QStringList &args)
{
    Result<Id> customer = idArgument(args, tr("customer"));
    if (!customer.ok())
        return usage(customer.error().message);
    Result<EvidenceRules> rules = CustomerStore::evidenceRules(db);
    if (!rules.ok())
        return fail(rules.error());
    Result<QList<LinkSuggestion>> found
        = EvidenceStore::suggestions(db, customer.value(), EvidenceExtractor(rules.value()));
    if (!found.ok())
        return fail(found.error());
    if (json()) {
        QJsonArray rows;
        for (const LinkSuggestion &s : std::as_const(found.value()))
            rows.append(withoutEmptyIds(suggestionJson(s)));
        m_out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
        m_out.flush();
        return Cli::Success;
    }
    for (const LinkSuggestion &s : std::as_const(found.value())) {
        // Platform text goes to a terminal: one line, no control characters.
        QString line = s.evidence.simplified();
        for (QChar &ch : line) {
            if (ch.category() == QChar::Other_Control || ch.category() == QChar::Other_Format)
                ch = u' ';
        }
        m_out << tr("customers link %1 --to %2   # %3")
                     .arg(s.moveIdentityId)
                     .arg(s.toCustomerId)
                     .arg(line)
              << Qt::endl;
    }
    return Cli::Success;
}

int CustomersCommand::exportCustomer(Database &db, const QStringList &args)
{
    Result<Id> customer = idArgument(args, tr("customer"));
    if (!customer.ok())
        return usage(customer.error().message);
    const QString output = m_values.value(u"output"_s);
    if (!output.isEmpty() && QFileInfo(output).isDir())
        return usage(tr("%1 is a folder; give a file name to --output.").arg(output));
    Result<Id> agent = actingAgent(db);
    if (!agent.ok())
        return fail(agent.error());
    Result<QJsonObject> exported
        = CustomerStore::exportCustomer(db, customer.value(), agent.value(), SystemClock().now());
    if (!exported.ok())
        return fail(exported.error());
    const QByteArray bytes = QJsonDocument(withoutEmptyIds(exported.value()).toObject())
                                 .toJson(QJsonDocument::Indented);
    if (output.isEmpty() || output == "-"_L1) {
        m_out << QString::fromUtf8(bytes);
        m_out.flush();
        return Cli::Success;
    }
    // Written whole or not at all: a half-written export of personal data helps nobody.
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return fail(Error { ErrorCode::Unavailable,
            tr("Could not write %1: %2.").arg(output, file.errorString()) });
    }
    if (json()) {
        printJson(QJsonObject {
            { u"customer_id"_s, idString(customer.value()) }, { u"output"_s, output } });
    } else {
        m_out << tr("Customer %1 was exported to %2.").arg(customer.value()).arg(output)
              << Qt::endl;
    }
    return Cli::Success;
}

int CustomersCommand::erase(Database &db, const QStringList &args)
{
    Result<Id> customer = idArgument(args, tr("customer"));
    if (!customer.ok())
        return usage(customer.error().message);
    Result<Id> agent = actingAgent(db);
    if (!agent.ok())
        return fail(agent.error());
    const Millis now = SystemClock().now();
    Result<Done> erased = CustomerStore::erase(db, customer.value(), agent.value(), now);
    if (!erased.ok())
        return fail(erased.error());
    if (json()) {
        printJson(QJsonObject {
            { u"customer_id"_s, idString(customer.value()) }, { u"erased_at"_s, toIsoUtc(now) } });
    } else {
        m_out << tr(
            "Customer %1 was erased: their texts and profile are gone; case statistics stay.")
                     .arg(customer.value())
              << Qt::endl;
    }
    return Cli::Success;
}

int CustomersCommand::settings(Database &db)
{
    const QString orderKey = QString::fromLatin1(CustomerStore::orderPatternSetting);
    const QString windowKey = QString::fromLatin1(CustomerStore::caseLinkWindowSetting);
    if (m_values.contains(u"order-pattern"_s)) {
        const QString pattern = m_values.value(u"order-pattern"_s);
        const QRegularExpression re(pattern);
        if (!re.isValid())
            return usage(tr("The order pattern is not a valid regular expression: %1.")
                             .arg(re.errorString()));
        if (Result<Done> saved = CustomerStore::setSetting(db, orderKey, pattern); !saved.ok())
            return fail(saved.error());
    }
    if (m_values.contains(u"link-window"_s)) {
        bool isNumber = false;
        const double hours = m_values.value(u"link-window"_s).toDouble(&isNumber);
        if (!isNumber || hours <= 0 || hours > 24 * 365)
            return usage(tr("The link window is a number of hours, more than 0."));
        if (Result<Done> saved = CustomerStore::setSetting(db, windowKey, QString::number(hours));
            !saved.ok())
            return fail(saved.error());
    }
    Result<EvidenceRules> rules = CustomerStore::evidenceRules(db);
    if (!rules.ok())
        return fail(rules.error());
    Result<Millis> window = CustomerStore::caseLinkWindow(db);
    if (!window.ok())
        return fail(window.error());
    const double hours = static_cast<double>(window.value()) / 3600000.0;
    if (json()) {
        printJson(QJsonObject { { u"order_pattern"_s, rules.value().orderPattern },
            { u"link_window_hours"_s, hours } });
    } else {
        m_out << tr("Order numbers: %1").arg(rules.value().orderPattern) << Qt::endl
              << tr("Cases are proposed for linking when opened within %1 hours of each other.")
                     .arg(hours)
              << Qt::endl;
    }
    return Cli::Success;
}

QJsonObject CustomersCommand::profileJson(const CustomerProfile &p)
{
    const Customer &c = p.customer;
    QJsonArray identities;
    for (const LinkedIdentity &li : p.identities) {
        QJsonObject o = identityJson(li.identity);
        o.insert(u"linked_at"_s, timeOrNull(li.linkedAt));
        o.insert(u"previous_customer_id"_s, idString(li.previousCustomerId));
        o.insert(u"evidence"_s, li.evidence);
        identities.append(o);
    }
    QJsonArray tags;
    for (const QString &tag : p.tags)
        tags.append(tag);
    return QJsonObject { { u"id"_s, idString(c.id) }, { u"name"_s, c.name },
        { u"crm_ref"_s, c.crmRef }, { u"email"_s, c.email }, { u"phone"_s, c.phone },
        { u"region"_s, c.region }, { u"language"_s, c.language }, { u"vip"_s, c.vip },
        { u"notes"_s, c.notes }, { u"tags"_s, tags }, { u"created_at"_s, timeOrNull(c.createdAt) },
        { u"erased_at"_s, timeOrNull(c.erasedAt) }, { u"case_count"_s, p.caseCount },
        { u"identities"_s, identities } };
}

QJsonObject CustomersCommand::entryJson(const JourneyEntry &e)
{
    QJsonObject o { { u"kind"_s, toString(e.kind) }, { u"id"_s, idString(e.id) },
        { u"at"_s, timeOrNull(e.at) }, { u"channel"_s, e.channel },
        { u"case_id"_s, idString(e.caseId) }, { u"direction"_s, toString(e.direction) },
        { u"visibility"_s, toString(e.visibility) }, { u"summary"_s, e.summary },
        { u"value"_s, e.value } };
    if (e.caseId != 0)
        o.insert(u"case_status"_s, toString(e.caseStatus));
    if (!e.data.isEmpty())
        o.insert(u"data"_s, e.data);
    return o;
}

QJsonObject CustomersCommand::suggestionJson(const LinkSuggestion &s)
{
    return QJsonObject { { u"kind"_s, toString(s.kind) }, { u"value"_s, s.value },
        { u"evidence"_s, s.evidence },
        { u"identity_a"_s, s.a.id == 0 ? QJsonValue() : QJsonValue(identityJson(s.a)) },
        { u"identity_b"_s, s.b.id == 0 ? QJsonValue() : QJsonValue(identityJson(s.b)) },
        { u"customer_a_id"_s, idString(s.customerA) },
        { u"customer_b_id"_s, idString(s.customerB) }, { u"message_id"_s, idString(s.messageId) },
        { u"case_id"_s, idString(s.caseId) }, { u"link_identity_id"_s, idString(s.moveIdentityId) },
        { u"link_to_customer_id"_s, idString(s.toCustomerId) } };
}

Result<std::pair<QJsonObject, QJsonObject>> CustomersCommand::caseJson(
    CustomerRepository &customers, Id customerId, Id caseId, int entries)
{
    if (customerId == 0)
        return std::pair<QJsonObject, QJsonObject>();
    Result<CustomerProfile> profile = await(customers.profile(customerId));
    if (!profile.ok())
        return profile.error();
    Result<JourneySummary> summary = await(customers.summary(customerId, caseId));
    if (!summary.ok())
        return summary.error();
    Result<JourneyPage> page
        = await(customers.journey(JourneyQuery { customerId, {}, entries, {} }));
    if (!page.ok())
        return page.error();
    const JourneySummary &s = summary.value();
    QJsonArray open;
    for (const CaseBrief &b : s.openCasesElsewhere)
        open.append(briefJson(b));
    QJsonArray linked;
    for (const CaseBrief &b : s.linkedCases)
        linked.append(briefJson(b));
    QJsonArray channels;
    for (const QString &channel : s.channels)
        channels.append(channel);
    QJsonArray rows;
    for (const JourneyEntry &e : std::as_const(page.value().entries))
        rows.append(entryJson(e));
    const QJsonObject summaryJson { { u"open_cases_elsewhere"_s, open },
        { u"linked_cases"_s, linked }, { u"last_contact_at"_s, timeOrNull(s.lastContactAt) },
        { u"last_contact_channel"_s, s.lastContactChannel },
        { u"contacts_last_30_days"_s, s.contactsLast30Days },
        { u"sentiment_trend"_s, toString(s.sentimentTrend) },
        { u"sentiment_recent"_s, s.sentimentRecent }, { u"vip"_s, s.vip },
        { u"case_count"_s, s.caseCount }, { u"channels"_s, channels } };
    return std::pair { withoutEmptyIds(profileJson(profile.value())).toObject(),
        withoutEmptyIds(QJsonObject { { u"summary"_s, summaryJson }, { u"entries"_s, rows },
                            { u"more"_s, page.value().next.has_value() } })
            .toObject() };
}

} // namespace CareDesk
