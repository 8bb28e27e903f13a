// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/synccommand.h"

#include "app/cli/cli.h"
#include "app/cli/clicommon.h"
#include "app/core/teamrepository.h"
#include "app/platforms/outboxsender.h"
#include "app/runtime/connectors.h"
#include "app/runtime/syncengine.h"
#include "app/runtime/workspace.h"
#include "app/storage/keychainsecretstore.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>

#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    /// A long poll waits this long for news before it asks again.
    constexpr int longPollSeconds = 25;
    /// Platforms without long polling are asked this often.
    constexpr int pollIntervalMs = 30 * 1000;

    template <typename T> Result<T> await(QFuture<Result<T>> future)
    {
        return CliCommon::awaitEvents(std::move(future),
            Error {
                ErrorCode::Internal, SyncCommand::tr("The request stopped before answering.") });
    }

#ifdef Q_OS_UNIX
    int quitPipe[2] = { -1, -1 };

    void requestQuit(int)
    {
        const char byte = 1;
        // Only async-signal-safe calls here: the event loop reads the pipe and quits.
        [[maybe_unused]] const ssize_t written = ::write(quitPipe[1], &byte, 1);
    }

    /// Ctrl+C or a service manager's SIGTERM ends a running sync cleanly: the event loop quits,
    /// the pollers give their leases back, and the next sync can poll at once instead of waiting
    /// for a dead process' lease to expire.
    void quitOnTerminationSignals(QObject *context)
    {
        if (quitPipe[0] < 0 && ::pipe(quitPipe) != 0)
            return;
        auto *notifier = new QSocketNotifier(quitPipe[0], QSocketNotifier::Read, context);
        QObject::connect(notifier, &QSocketNotifier::activated, context, [] {
            char byte = 0;
            [[maybe_unused]] const ssize_t read = ::read(quitPipe[0], &byte, 1);
            QCoreApplication::exit(0);
        });
        struct sigaction action = {};
        action.sa_handler = requestQuit;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        sigaction(SIGINT, &action, nullptr);
        sigaction(SIGTERM, &action, nullptr);
    }
#endif

} // namespace

SyncCommand::SyncCommand(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

int SyncCommand::run(Workspace &workspace, Id only, bool once, bool json)
{
    Result<WorkspaceInfo> info = await(workspace.workspace().info());
    if (!info.ok()) {
        m_err << info.error().message << Qt::endl;
        return Cli::exitCodeFor(info.error().code);
    }
    Result<QList<Account>> accounts = await(workspace.accounts().list());
    if (!accounts.ok()) {
        m_err << accounts.error().message << Qt::endl;
        return Cli::exitCodeFor(accounts.error().code);
    }

    // The composition root of this command: one network manager, the keychain, and the same
    // engine the desktop runs.
    QNetworkAccessManager network;
    KeychainSecretStore secrets(Connectors::secretService(info.value()));
    SyncEngine::Options options;
    options.once = once;
    options.pollIntervalMs = pollIntervalMs;
    options.longPollSeconds = longPollSeconds;
    options.reporter = u"caredesk-cli sync"_s;
    SyncEngine engine(workspace, network, secrets, options);

    int received = 0;
    int sent = 0;
    int failed = 0;
    QStringList pollErrors;
    bool found = false;
    QHash<Id, QString> handles;
    for (const Account &account : std::as_const(accounts.value())) {
        if ((only != 0 && account.id != only) || !account.enabled)
            continue;
        found = true;
        handles.insert(account.id, account.handle);
        if (Result<Done> added = engine.addAccount(account); !added.ok())
            m_err << added.error().message << Qt::endl;
    }
    if (only != 0 && !found) {
        m_err << tr("There is no enabled account %1.").arg(only) << Qt::endl;
        return Cli::NotFound;
    }

    QObject::connect(&engine, &SyncEngine::received, &engine,
        [&received](qint64, int inserted) { received += inserted; });
    QObject::connect(&engine, &SyncEngine::pollFailed, &engine,
        [this, &pollErrors, &handles](
            qint64 accountId, const QString &stream, const QString &message) {
            const QString handle = handles.value(accountId);
            const QString line = stream.isEmpty()
                ? tr("Account %1 (%2): %3").arg(QString::number(accountId), handle, message)
                : tr("Account %1 (%2), %3: %4")
                      .arg(QString::number(accountId), handle, stream, message);
            pollErrors.append(line);
            m_err << line << Qt::endl;
        });
    QObject::connect(&engine.sender(), &OutboxSender::replySent, &engine, [&sent] { ++sent; });
    QObject::connect(&engine.sender(), &OutboxSender::replyFailed, &engine,
        [&failed, this](const OutboxItem &item) {
            ++failed;
            m_err << tr("Reply %1 was not sent (%2): %3")
                         .arg(QString::number(item.id), toString(item.state), item.error)
                  << Qt::endl;
        });
    QObject::connect(&engine, &SyncEngine::problem, &engine,
        [this](const QString &message) { m_err << message << Qt::endl; });
    QObject::connect(
        &engine, &SyncEngine::finished, &engine, [] { QCoreApplication::exit(0); },
        Qt::QueuedConnection);

#ifdef Q_OS_UNIX
    if (!once)
        quitOnTerminationSignals(&engine);
#endif
    engine.start();
    QCoreApplication::exec();
    engine.stop();
    // The leases and the health go back on the database thread; wait for that before the
    // workspace closes.
    await(workspace.workspace().info());

    const int polled = engine.pollerCount();
    if (json) {
        QJsonArray errors;
        for (const QString &line : std::as_const(pollErrors))
            errors.append(line);
        const QJsonObject summary { { u"polled_accounts"_s, polled }, { u"received"_s, received },
            { u"sent"_s, sent }, { u"failed"_s, failed }, { u"errors"_s, errors } };
        m_out << QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Indented));
        m_out.flush();
    } else {
        m_out << tr("Polled %n account(s): %1 new messages.", nullptr, polled).arg(received)
              << Qt::endl;
        m_out << tr("Sent %1 replies, %2 not sent.").arg(sent).arg(failed) << Qt::endl;
    }
    if (failed > 0)
        return Cli::Failure;
    return pollErrors.isEmpty() ? Cli::Success : Cli::Unavailable;
}

} // namespace CareDesk
