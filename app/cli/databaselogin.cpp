// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/databaselogin.h"

#include "app/cli/cli.h"
#include "app/cli/clicommon.h"
#include "app/runtime/teamcredentials.h"
#include "app/storage/keychainsecretstore.h"

#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <cstdio>

#include <termios.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    template <typename T> Result<T> await(QFuture<Result<T>> future)
    {
        // The keychain answers through the event loop of this thread.
        return CliCommon::awaitEvents(std::move(future),
            Error { ErrorCode::Unavailable,
                DatabaseLogin::tr("The keychain stopped before answering.") });
    }

    /// One line from standard input; on a terminal without echo, after a prompt on stderr.
    QString readPassword(QTextStream &err, const QString &prompt)
    {
        const bool terminal = isatty(STDIN_FILENO) != 0;
        termios saved {};
        if (terminal) {
            err << prompt << Qt::flush;
            tcgetattr(STDIN_FILENO, &saved);
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
        QFile input;
        QByteArray line;
        if (input.open(stdin, QIODevice::ReadOnly))
            line = input.readLine();
        if (terminal) {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
            err << Qt::endl;
        }
        QString password = QString::fromUtf8(line);
        while (password.endsWith(u'\n') || password.endsWith(u'\r'))
            password.chop(1);
        line.fill('\0');
        return password;
    }

} // namespace

DatabaseLogin::DatabaseLogin(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

QString DatabaseLogin::withStoredPassword(const QString &url)
{
    Result<DatabaseConfig> config = DatabaseConfig::fromUrl(url);
    if (!config.ok() || !config.value().password.isEmpty())
        return url;
    KeychainSecretStore secrets(TeamCredentials::secretService());
    const Result<QString> stored
        = await(secrets.read(TeamCredentials::passwordKey(config.value())));
    if (!stored.ok() || stored.value().isEmpty())
        return url;
    QUrl withPassword(url, QUrl::StrictMode);
    withPassword.setPassword(stored.value());
    return withPassword.toString(QUrl::FullyEncoded);
}

int DatabaseLogin::login(const QString &url, bool json)
{
    if (url.isEmpty()) {
        m_err << tr("workspace login needs --database postgresql://user@host/database.")
              << Qt::endl;
        return Cli::BadInput;
    }
    Result<DatabaseConfig> parsed = DatabaseConfig::fromUrl(url);
    if (!parsed.ok()) {
        m_err << parsed.error().message << Qt::endl;
        return Cli::BadInput;
    }
    DatabaseConfig config = parsed.value();
    if (config.user.isEmpty()) {
        m_err << tr("The URL names no user; write postgresql://user@host/database.") << Qt::endl;
        return Cli::BadInput;
    }
    if (config.password.isEmpty())
        config.password = readPassword(m_err, tr("Password for %1: ").arg(config.displayName()));
    if (config.password.isEmpty()) {
        m_err << tr("No password was given on standard input.") << Qt::endl;
        return Cli::BadInput;
    }
    // The server first: a refused password is never stored. A database that holds no workspace
    // yet (or an older one) accepted the login, so it is kept for `workspace init`.
    const Result<Done> probed = TeamCredentials::probe(config);
    if (!probed.ok() && probed.error().code != ErrorCode::NotFound) {
        m_err << probed.error().message << Qt::endl;
        return Cli::exitCodeFor(probed.error().code);
    }
    KeychainSecretStore secrets(TeamCredentials::secretService());
    const Result<Done> stored
        = await(secrets.write(TeamCredentials::passwordKey(config), config.password));
    config.password.fill(u'\0');
    if (!stored.ok()) {
        m_err << stored.error().message << Qt::endl;
        return Cli::exitCodeFor(stored.error().code);
    }
    if (json) {
        m_out << QString::fromUtf8(QJsonDocument(
            QJsonObject { { u"database"_s, config.displayName() }, { u"password_stored"_s, true },
                { u"workspace_ready"_s,
                    probed.ok() } }).toJson(QJsonDocument::Indented));
        m_out.flush();
    } else {
        m_out << tr("The password for %1 is in the system keychain.").arg(config.displayName())
              << Qt::endl;
        if (!probed.ok())
            m_out << probed.error().message << Qt::endl;
    }
    return Cli::Success;
}

} // namespace CareDesk
