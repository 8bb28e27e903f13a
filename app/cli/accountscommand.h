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

/// caredesk-cli accounts (ARCHITECTURE.md):
///   accounts list
///   accounts add --platform P --handle H [--base-url URL] [--token-stdin]
///   accounts remove ID
///   accounts test ID      asks the platform who the stored token belongs to
///   accounts login ID     Mastodon: signs in through the browser (OAuth with PKCE on 127.0.0.1)
/// A token is read from standard input only (never an argument: command lines are visible to
/// every user of the machine and land in shell histories) and goes only to the system keychain.
/// When the keychain cannot take it, the account is not added and the command exits 5 with the
/// keychain's sentence.
class AccountsCommand final
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::AccountsCommand)

public:
    /// input is read for --token-stdin only.
    AccountsCommand(QTextStream &out, QTextStream &err, QIODevice &input);

    /// positional starts after "accounts"; values and flags as Cli parsed them (global options
    /// included).
    int run(const QStringList &positional, const QHash<QString, QString> &values,
        const QStringList &flags);

private:
    int list();
    int add();
    int remove(const QString &id);
    int test(const QString &id);
    int login(const QString &id);
    Result<Account> findAccount(Workspace &workspace, const QString &idText);

    int fail(const Error &error);
    int usage(const QString &message);
    bool checkOptions(
        const QStringList &valueOptions, const QStringList &flagOptions, QString *problem) const;
    std::unique_ptr<Workspace> openWorkspace(Error *error, WorkspaceInfo *info = nullptr);
    void printJson(const QJsonValue &value);
    /// The API base URL as stored: http(s) with a host, no query; plain http only to this machine.
    Result<QString> checkedBaseUrl(const QString &text) const;

    QTextStream &m_out;
    QTextStream &m_err;
    QIODevice &m_input;
    QHash<QString, QString> m_values;
    QStringList m_flags;
};

} // namespace CareDesk
