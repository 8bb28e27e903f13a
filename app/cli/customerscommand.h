// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/journey.h"
#include "app/core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

namespace CareDesk {

class Database;

/// `caredesk-cli customers ...` (ARCHITECTURE.md, caredesk-cli; README, Customer journey):
///   customers link IDENTITY --to CUSTOMER     move an identity (and its cases) to a customer
///   customers unlink IDENTITY                 undo the identity's link exactly
///   customers suggestions CUSTOMER            identities that are probably them, with evidence
///   customers export CUSTOMER [--output FILE] everything stored about them, as JSON
///   customers erase CUSTOMER --confirm        erasure on request (never without --confirm)
///   customers settings [--order-pattern RE] [--link-window HOURS]
/// Each change is an event naming the acting agent: the login on PostgreSQL, --agent NAME or the
/// operating system user on SQLite.
class CustomersCommand final
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::CustomersCommand)

public:
    CustomersCommand(QTextStream &out, QTextStream &err);

    /// positional starts with the subcommand; values and flags as Cli parsed them (global
    /// options included). Returns the exit code.
    int run(const QStringList &positional, const QHash<QString, QString> &values,
        const QStringList &flags);

    /// The "customer" (profile and identities) and "journey" (summary and the newest entries)
    /// objects of `show CASE --json`; waits for the repository (the CLI has no GUI thread).
    static Result<std::pair<QJsonObject, QJsonObject>> caseJson(
        CustomerRepository &customers, Id customerId, Id caseId, int entries = 50);
    static QJsonObject profileJson(const CustomerProfile &profile);
    static QJsonObject entryJson(const JourneyEntry &entry);
    static QJsonObject suggestionJson(const LinkSuggestion &suggestion);

private:
    int link(Database &db, const QStringList &args);
    int unlink(Database &db, const QStringList &args);
    int suggestions(Database &db, const QStringList &args);
    int exportCustomer(Database &db, const QStringList &args);
    int erase(Database &db, const QStringList &args);
    int settings(Database &db);

    int fail(const Error &error);
    int usage(const QString &message);
    Result<Id> idArgument(const QStringList &args, const QString &what);
    /// The agent the change is recorded for (0 when the login is no agent and none was named).
    Result<Id> actingAgent(Database &db);
    void printJson(const QJsonObject &object);
    bool json() const { return m_flags.contains(QStringLiteral("json")); }

    QTextStream &m_out;
    QTextStream &m_err;
    QHash<QString, QString> m_values;
    QStringList m_flags;
};

} // namespace CareDesk
