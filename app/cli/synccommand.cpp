// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/synccommand.h"

#include "app/cli/cli.h"
#include "app/core/teamrepository.h"
#include "app/platforms/httpclient.h"
#include "app/platforms/outboxsender.h"
#include "app/platforms/poller.h"
#include "app/runtime/connectors.h"
#include "app/runtime/workspace.h"
#include "app/storage/keychainsecretstore.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSocketNotifier>

#include <memory>
#include <vector>

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
        if (!future.isFinished()) {
            QEventLoop loop;
            QFutureWatcher<Result<T>> watcher;
            QObject::connect(
                &watcher, &QFutureWatcher<Result<T>>::finished, &loop, &QEventLoop::quit);
            watcher.setFuture(future);
            if (!future.isFinished())
                loop.exec();
        }
        if (future.resultCount() == 0)
            return Error { ErrorCode::Internal,
                SyncCommand::tr("The request stopped before answering.") };
        return future.result();
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

    // The composition root of this command: one network manager, one HTTP client, the keychain.
    QNetworkAccessManager network;
    HttpClient http(network, workspace.clock());
    KeychainSecretStore secrets(Connectors::secretService(info.value()));
    LiveConnectorContext live;
    live.http = &http;
    live.secrets = &secrets;
    live.clock = &workspace.clock();
    live.longPollSeconds = once ? 0 : longPollSeconds;

    OutboxSender sender(workspace.outbox());
    QList<std::shared_ptr<Connector>> connectors;
    std::vector<std::unique_ptr<Poller>> pollers;
    const QString holder = u"caredesk-cli sync %1@%2"_s.arg(QCoreApplication::applicationPid())
                               .arg(QHostInfo::localHostName());
    int received = 0;
    QStringList pollErrors;
    bool found = false;
    for (const Account &account : std::as_const(accounts.value())) {
        if ((only != 0 && account.id != only) || !account.enabled)
            continue;
        found = true;
        Result<std::shared_ptr<Connector>> connector = Connectors::create(account, live);
        if (!connector.ok()) {
            m_err << connector.error().message << Qt::endl;
            continue;
        }
        connectors.append(connector.value());
        sender.addAccount(account.id, connector.value().get());
        if (account.connector != ConnectorKind::Live)
            continue;
        Poller::Options options;
        options.once = once;
        options.intervalMs = pollIntervalMs;
        options.leases = &workspace.team();
        options.leaseHolder = holder;
        auto poller = std::make_unique<Poller>(account, *connector.value(), workspace.accounts(),
            workspace.cases(), workspace.clock(), options);
        QObject::connect(poller.get(), &Poller::stored, poller.get(),
            [&received](qint64, const QString &, int inserted, int, int) { received += inserted; });
        const QString handle = account.handle;
        QObject::connect(poller.get(), &Poller::failed, poller.get(),
            [this, &pollErrors, handle](
                qint64 accountId, const QString &stream, const QString &message) {
                const QString line = stream.isEmpty()
                    ? tr("Account %1 (%2): %3").arg(QString::number(accountId), handle, message)
                    : tr("Account %1 (%2), %3: %4")
                          .arg(QString::number(accountId), handle, stream, message);
                pollErrors.append(line);
                m_err << line << Qt::endl;
            });
        pollers.push_back(std::move(poller));
    }
    if (only != 0 && !found) {
        m_err << tr("There is no enabled account %1.").arg(only) << Qt::endl;
        return Cli::NotFound;
    }

    int sent = 0;
    int failed = 0;
    QObject::connect(&sender, &OutboxSender::replySent, &sender, [&sent] { ++sent; });
    QObject::connect(
        &sender, &OutboxSender::replyFailed, &sender, [&failed, this](const OutboxItem &item) {
            ++failed;
            m_err << tr("Reply %1 was not sent (%2): %3")
                         .arg(QString::number(item.id), toString(item.state), item.error)
                  << Qt::endl;
        });
    QObject::connect(&sender, &OutboxSender::error, &sender,
        [this](const QString &message) { m_err << message << Qt::endl; });

    if (once) {
        // Poll first, then deliver: one pass of each, then exit.
        auto startSending = [&sender] {
            QObject::connect(
                &sender, &OutboxSender::idle, &sender, [] { QCoreApplication::exit(0); },
                Qt::QueuedConnection);
            sender.start();
        };
        int polling = int(pollers.size());
        for (const auto &poller : pollers) {
            QObject::connect(
                poller.get(), &Poller::finished, poller.get(), [&polling, startSending] {
                    if (--polling == 0)
                        startSending();
                });
        }
        if (polling == 0)
            startSending();
        for (const auto &poller : pollers)
            poller->start();
    } else {
#ifdef Q_OS_UNIX
        quitOnTerminationSignals(&sender);
#endif
        for (const auto &poller : pollers)
            poller->start();
        sender.start();
    }
    QCoreApplication::exec();
    for (const auto &poller : pollers)
        poller->stop();
    // The leases go back on the database thread; wait for that before the workspace closes.
    await(workspace.workspace().info());

    if (json) {
        QJsonArray errors;
        for (const QString &line : std::as_const(pollErrors))
            errors.append(line);
        const QJsonObject summary { { u"polled_accounts"_s, int(pollers.size()) },
            { u"received"_s, received }, { u"sent"_s, sent }, { u"failed"_s, failed },
            { u"errors"_s, errors } };
        m_out << QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Indented));
        m_out.flush();
    } else {
        m_out << tr("Polled %n account(s): %1 new messages.", nullptr, int(pollers.size()))
                     .arg(received)
              << Qt::endl;
        m_out << tr("Sent %1 replies, %2 not sent.").arg(sent).arg(failed) << Qt::endl;
    }
    if (failed > 0)
        return Cli::Failure;
    return pollErrors.isEmpty() ? Cli::Success : Cli::Unavailable;
}

} // namespace CareDesk
