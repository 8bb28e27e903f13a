// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/accountscommand.h"

#include "app/cli/cli.h"
#include "app/cli/clicommon.h"
#include "app/platforms/httpclient.h"
#include "app/platforms/liveconnector.h"
#include "app/platforms/mastodon/mastodonconnector.h"
#include "app/runtime/accountadministration.h"
#include "app/runtime/connectors.h"
#include "app/runtime/workspace.h"
#include "app/storage/keychainsecretstore.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    /// Waits for a future while running this thread's event loop: the keychain answers through it
    /// (QtKeychain jobs live on the thread that started them). The CLI has no GUI to keep alive.
    template <typename T> Result<T> await(QFuture<Result<T>> future)
    {
        return CliCommon::awaitEvents(std::move(future),
            Error { ErrorCode::Internal,
                AccountsCommand::tr("The request stopped before answering.") });
    }

    using CliCommon::idString;

    QJsonObject accountJson(const Account &a)
    {
        return QJsonObject {
            { u"id"_s, idString(a.id) },
            { u"platform"_s, toString(a.platform) },
            { u"connector"_s, toString(a.connector) },
            { u"handle"_s, a.handle },
            { u"base_url"_s, a.baseUrl },
            { u"purpose"_s, toString(a.purpose) },
            { u"enabled"_s, a.enabled },
            { u"created_at"_s,
                a.createdAt == 0 ? QJsonValue() : QJsonValue(toIsoUtc(a.createdAt)) },
        };
    }

} // namespace

AccountsCommand::AccountsCommand(QTextStream &out, QTextStream &err, QIODevice &input)
    : m_out(out)
    , m_err(err)
    , m_input(input)
{
}

int AccountsCommand::run(
    const QStringList &positional, const QHash<QString, QString> &values, const QStringList &flags)
{
    m_values = values;
    m_flags = flags;
    const QString sub = positional.value(0);
    QString problem;
    if (sub == "list"_L1) {
        if (!checkOptions({}, {}, &problem))
            return usage(problem);
        if (positional.size() > 1)
            return usage(tr("Unexpected argument \"%1\".").arg(positional.at(1)));
        return list();
    }
    if (sub == "add"_L1) {
        if (!checkOptions(
                { u"platform"_s, u"handle"_s, u"base-url"_s }, { u"token-stdin"_s }, &problem))
            return usage(problem);
        if (positional.size() > 1)
            return usage(tr("Unexpected argument \"%1\"; a token is read only from standard input "
                            "(--token-stdin), never from the command line.")
                             .arg(positional.at(1)));
        return add();
    }
    if (sub == "remove"_L1) {
        if (!checkOptions({}, {}, &problem))
            return usage(problem);
        if (positional.size() != 2)
            return usage(positional.size() < 2
                    ? tr("Missing argument.")
                    : tr("Unexpected argument \"%1\".").arg(positional.last()));
        return remove(positional.at(1));
    }
    if (sub == "test"_L1 || sub == "login"_L1) {
        if (!checkOptions({}, {}, &problem))
            return usage(problem);
        if (positional.size() != 2)
            return usage(positional.size() < 2
                    ? tr("Missing argument.")
                    : tr("Unexpected argument \"%1\".").arg(positional.last()));
        return sub == "test"_L1 ? test(positional.at(1)) : login(positional.at(1));
    }
    return usage(tr("Unknown accounts command; use \"accounts list\", \"accounts add\", "
                    "\"accounts test\", \"accounts login\" or \"accounts remove\"."));
}

int AccountsCommand::fail(const Error &error)
{
    return CliCommon::fail(m_err, error);
}

int AccountsCommand::usage(const QString &message)
{
    return CliCommon::usage(m_err, message);
}

bool AccountsCommand::checkOptions(
    const QStringList &valueOptions, const QStringList &flagOptions, QString *problem) const
{
    *problem = CliCommon::unknownOption(m_values, m_flags, valueOptions, flagOptions);
    return problem->isEmpty();
}

std::unique_ptr<Workspace> AccountsCommand::openWorkspace(Error *error, WorkspaceInfo *info)
{
    Result<DatabaseConfig> config
        = Workspace::configFor(m_values.value(u"workspace"_s), m_values.value(u"database"_s));
    if (!config.ok()) {
        *error = config.error();
        return nullptr;
    }
    auto workspace = std::make_unique<Workspace>(config.value(), std::make_shared<SystemClock>());
    Result<WorkspaceInfo> opened = await(workspace->workspace().info());
    if (!opened.ok()) {
        *error = opened.error();
        return nullptr;
    }
    if (info)
        *info = opened.value();
    return workspace;
}

void AccountsCommand::printJson(const QJsonValue &value)
{
    const QJsonDocument document
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

Result<QString> AccountsCommand::checkedBaseUrl(const QString &text) const
{
    return AccountAdministration::normalizeBaseUrl(text);
}

int AccountsCommand::list()
{
    Error error;
    std::unique_ptr<Workspace> workspace = openWorkspace(&error);
    if (!workspace)
        return fail(error);
    Result<QList<Account>> accounts = await(workspace->accounts().list());
    if (!accounts.ok())
        return fail(accounts.error());
    // The health the desktop or `sync` last wrote (accounts dialog, ARCHITECTURE.md).
    Result<QList<AccountHealthRecord>> health = await(workspace->accountHealth().list());
    if (!health.ok())
        return fail(health.error());
    QHash<Id, AccountHealthRecord> byId;
    for (const AccountHealthRecord &h : std::as_const(health.value()))
        byId.insert(h.accountId, h);
    const auto time = [](Millis at) { return at == 0 ? QJsonValue() : QJsonValue(toIsoUtc(at)); };
    if (m_flags.contains(u"json"_s)) {
        QJsonArray rows;
        for (const Account &a : std::as_const(accounts.value())) {
            QJsonObject row = accountJson(a);
            if (a.connector == ConnectorKind::Live) {
                const AccountHealthRecord h = byId.value(a.id);
                row.insert(u"health"_s,
                    QJsonObject { { u"paused"_s, h.paused }, { u"pause_reason"_s, h.pauseReason },
                        { u"streaming"_s, h.streaming }, { u"last_sync_at"_s, time(h.lastSyncAt) },
                        { u"next_poll_at"_s, time(h.nextPollAt) }, { u"last_error"_s, h.lastError },
                        { u"last_error_at"_s, time(h.lastErrorAt) },
                        { u"rate_limit"_s,
                            h.rateLimit < 0 ? QJsonValue() : QJsonValue(h.rateLimit) },
                        { u"rate_limit_remaining"_s,
                            h.rateLimitRemaining < 0 ? QJsonValue()
                                                     : QJsonValue(h.rateLimitRemaining) },
                        { u"rate_limit_reset_at"_s, time(h.rateLimitResetAt) },
                        { u"outbox_queued"_s, h.queued }, { u"outbox_failed"_s, h.failed },
                        { u"outbox_unknown"_s, h.unknown } });
            }
            rows.append(row);
        }
        printJson(rows);
        return Cli::Success;
    }
    for (const Account &a : std::as_const(accounts.value())) {
        m_out << QString::number(a.id).rightJustified(5) << "  "_L1
              << toString(a.platform).leftJustified(10) << toString(a.connector).leftJustified(10)
              << (a.enabled ? tr("enabled") : tr("disabled")).leftJustified(10) << a.handle;
        if (!a.baseUrl.isEmpty())
            m_out << "  "_L1 << a.baseUrl;
        const AccountHealthRecord h = byId.value(a.id);
        if (a.enabled && h.paused)
            m_out << "  "_L1 << tr("paused: %1").arg(h.pauseReason);
        else if (a.enabled && h.lastSyncAt > 0)
            m_out << "  "_L1 << tr("last sync %1").arg(toIsoUtc(h.lastSyncAt));
        m_out << Qt::endl;
    }
    return Cli::Success;
}

int AccountsCommand::add()
{
    const QString platformName = m_values.value(u"platform"_s);
    const QString handle = m_values.value(u"handle"_s).trimmed();
    if (platformName.isEmpty() || handle.isEmpty())
        return usage(tr("An account needs --platform and --handle."));
    const std::optional<Platform> platform = platformFromString(platformName);
    if (!platform)
        return usage(tr("Unknown platform \"%1\".").arg(platformName));
    if (!Connectors::hasLiveConnector(*platform)) {
        QStringList live;
        for (const Platform p : allPlatforms()) {
            if (Connectors::hasLiveConnector(p))
                live.append(toString(p));
        }
        return usage(tr("CareDesk cannot connect to %1 accounts yet; it connects to %2.")
                         .arg(platformDisplayName(*platform), live.join(u", "_s)));
    }
    Account account;
    account.platform = *platform;
    account.connector = ConnectorKind::Live;
    account.handle = handle;
    if (m_values.contains(u"base-url"_s)) {
        Result<QString> baseUrl = checkedBaseUrl(m_values.value(u"base-url"_s));
        if (!baseUrl.ok())
            return usage(baseUrl.error().message);
        account.baseUrl = baseUrl.value();
    } else if (*platform == Platform::Mastodon
        && !Mastodon::MastodonConnector::apiRoot(account).isValid()) {
        return usage(
            tr("A Mastodon account needs its instance: --base-url https://mastodon.example, or a "
               "handle like @name@mastodon.example."));
    }

    QString token;
    const bool withToken = m_flags.contains(u"token-stdin"_s);
    if (withToken) {
        // Like `docker login --password-stdin`: the whole input, less one line ending.
        token = QString::fromUtf8(m_input.readAll());
        if (token.endsWith(u'\n'))
            token.chop(1);
        if (token.endsWith(u'\r'))
            token.chop(1);
        if (token.isEmpty())
            return usage(tr("--token-stdin read no token."));
        for (const QChar ch : std::as_const(token)) {
            if (ch.isSpace() || ch.category() == QChar::Other_Control)
                return usage(
                    tr("The token read from standard input has spaces or line breaks in it; give "
                       "the token alone."));
        }
    }

    Error error;
    WorkspaceInfo info;
    std::unique_ptr<Workspace> workspace = openWorkspace(&error, &info);
    if (!workspace)
        return fail(error);
    Result<Account> added = await(workspace->accounts().add(account));
    if (!added.ok())
        return fail(added.error());
    if (withToken) {
        KeychainSecretStore secrets(Connectors::secretService(info));
        Result<Done> stored
            = await(secrets.write(LiveConnector::tokenKey(added.value().id), token));
        token.fill(u'\0');
        token.clear();
        if (!stored.ok()) {
            // Without its token the account would only fail; take it back out.
            if (Result<Done> removed = await(workspace->accounts().remove(added.value().id));
                !removed.ok())
                m_err << removed.error().message << Qt::endl;
            return fail(stored.error());
        }
    }
    if (m_flags.contains(u"json"_s)) {
        QJsonObject json = accountJson(added.value());
        json.insert(u"token_stored"_s, withToken);
        printJson(json);
    } else if (withToken) {
        m_out << tr("Account %1 (%2 %3) is added; its token is in the system keychain.")
                     .arg(QString::number(added.value().id), toString(account.platform),
                         account.handle)
              << Qt::endl;
    } else {
        m_out << tr(
            "Account %1 (%2 %3) is added without a token; it stays paused until one is stored "
            "(remove it and add it again with --token-stdin).")
                     .arg(QString::number(added.value().id), toString(account.platform),
                         account.handle)
              << Qt::endl;
    }
    return Cli::Success;
}

int AccountsCommand::remove(const QString &idText)
{
    bool isNumber = false;
    const Id id = idText.toLongLong(&isNumber);
    if (!isNumber || id <= 0)
        return usage(tr("\"%1\" is not an account id.").arg(idText));
    Error error;
    WorkspaceInfo info;
    std::unique_ptr<Workspace> workspace = openWorkspace(&error, &info);
    if (!workspace)
        return fail(error);
    Result<QList<Account>> accounts = await(workspace->accounts().list());
    if (!accounts.ok())
        return fail(accounts.error());
    const auto found = std::find_if(accounts.value().cbegin(), accounts.value().cend(),
        [id](const Account &a) { return a.id == id; });
    if (found == accounts.value().cend())
        return fail(Error { ErrorCode::NotFound, tr("There is no account %1.").arg(id) });
    const Account account = *found;
    Result<Done> removed = await(workspace->accounts().remove(id));
    if (!removed.ok())
        return fail(removed.error());
    if (account.connector == ConnectorKind::Live) {
        KeychainSecretStore secrets(Connectors::secretService(info));
        Result<Done> forgotten = await(secrets.remove(LiveConnector::tokenKey(id)));
        if (!forgotten.ok()) {
            return fail(Error { forgotten.error().code,
                tr("Account %1 is removed, but its token is still in the system keychain: %2")
                    .arg(QString::number(id), forgotten.error().message) });
        }
    }
    if (m_flags.contains(u"json"_s))
        printJson(QJsonObject { { u"id"_s, idString(id) }, { u"removed"_s, true } });
    else
        m_out << tr("Account %1 is removed; if it has cases, it stays in the workspace disabled, "
                    "so their history "
                    "is kept.")
                     .arg(id)
              << Qt::endl;
    return Cli::Success;
}

Result<Account> AccountsCommand::findAccount(Workspace &workspace, const QString &idText)
{
    bool isNumber = false;
    const Id id = idText.toLongLong(&isNumber);
    if (!isNumber || id <= 0)
        return Error { ErrorCode::Invalid, tr("\"%1\" is not an account id.").arg(idText) };
    Result<QList<Account>> accounts = await(workspace.accounts().list());
    if (!accounts.ok())
        return accounts.error();
    for (const Account &a : std::as_const(accounts.value())) {
        if (a.id == id && a.enabled)
            return a;
    }
    return Error { ErrorCode::NotFound, tr("There is no account %1.").arg(id) };
}

int AccountsCommand::test(const QString &idText)
{
    Error error;
    WorkspaceInfo info;
    std::unique_ptr<Workspace> workspace = openWorkspace(&error, &info);
    if (!workspace)
        return fail(error);
    Result<Account> account = findAccount(*workspace, idText);
    if (!account.ok())
        return account.error().code == ErrorCode::Invalid ? usage(account.error().message)
                                                          : fail(account.error());
    QNetworkAccessManager network;
    HttpClient http(network, workspace->clock());
    KeychainSecretStore secrets(Connectors::secretService(info));
    AccountAdministration admin(*workspace, secrets, http);
    const Result<QString> tested = await(admin.test(account.value()));
    if (m_flags.contains(u"json"_s)) {
        printJson(QJsonObject { { u"id"_s, idString(account.value().id) }, { u"ok"_s, tested.ok() },
            { u"message"_s, tested.ok() ? tested.value() : tested.error().message } });
        return tested.ok() ? Cli::Success : Cli::exitCodeFor(tested.error().code);
    }
    if (!tested.ok())
        return fail(tested.error());
    m_out << tr("Account %1 (%2): %3")
                 .arg(QString::number(account.value().id), account.value().handle, tested.value())
          << Qt::endl;
    return Cli::Success;
}

int AccountsCommand::login(const QString &idText)
{
    Error error;
    WorkspaceInfo info;
    std::unique_ptr<Workspace> workspace = openWorkspace(&error, &info);
    if (!workspace)
        return fail(error);
    Result<Account> account = findAccount(*workspace, idText);
    if (!account.ok())
        return account.error().code == ErrorCode::Invalid ? usage(account.error().message)
                                                          : fail(account.error());
    if (account.value().platform != Platform::Mastodon
        || account.value().connector != ConnectorKind::Live) {
        return usage(
            tr("Only Mastodon accounts sign in with the browser; give a Telegram bot's token with "
               "\"accounts add --token-stdin\"."));
    }
    const QUrl root = Mastodon::MastodonConnector::apiRoot(account.value());
    if (!root.isValid())
        return usage(
            tr("The Mastodon account %1 has no instance address.").arg(account.value().handle));
    QNetworkAccessManager network;
    HttpClient http(network, workspace->clock());
    KeychainSecretStore secrets(Connectors::secretService(info));
    AccountAdministration admin(*workspace, secrets, http);
    // No browser is started from here (the CLI may run over ssh): the address is printed, and
    // the loopback listener on 127.0.0.1 of this computer waits for the browser to come back.
    const Result<QString> token = await(admin.signIn(root.toString(), [this](const QUrl &url) {
        m_out << tr("Open this address in a browser on this computer and allow CareDesk:")
              << Qt::endl
              << url.toString(QUrl::FullyEncoded) << Qt::endl;
        m_out.flush();
    }));
    if (!token.ok())
        return fail(token.error());
    Result<Done> stored = await(admin.setToken(account.value(), token.value()));
    if (!stored.ok())
        return fail(stored.error());
    if (m_flags.contains(u"json"_s))
        printJson(
            QJsonObject { { u"id"_s, idString(account.value().id) }, { u"token_stored"_s, true } });
    else
        m_out << tr("Signed in; the token of account %1 is in the system keychain.")
                     .arg(account.value().id)
              << Qt::endl;
    return Cli::Success;
}

} // namespace CareDesk
