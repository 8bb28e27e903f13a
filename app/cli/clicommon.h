// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/cli.h"
#include "app/core/domain.h"
#include "app/core/result.h"

#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QHash>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace CareDesk {

class Database;
class Workspace;

/// What the caredesk-cli commands share: the global options, how an error or a usage problem
/// reaches stderr, and how a command opens the workspace. Messages are in Cli's context.
namespace CliCommon {

    /// Options every command accepts (ARCHITECTURE.md), with a value and as flags.
    const QStringList &globalValueOptions();
    const QStringList &globalFlags();

    /// The first option neither the command nor the global ones allow, as a sentence;
    /// empty when all are allowed.
    QString unknownOption(const QHash<QString, QString> &values, const QStringList &flags,
        const QStringList &valueOptions, const QStringList &flagOptions);

    /// Writes the error's sentence to err and returns its exit code.
    int fail(QTextStream &err, const Error &error);
    /// Writes the problem and where to find help to err; returns Cli::BadInput.
    int usage(QTextStream &err, const QString &message);

    /// The operating system user ($USER, $LOGNAME or $USERNAME); empty when none is set.
    QString operatingSystemUser();
    /// The operating system user, as the local agent's name ("agent" when there is none).
    QString systemUser();

    /// An id as ARCHITECTURE.md's JSON writes it: a string, empty for no id.
    QString idString(Id id);

    /// The workspace named by --workspace / --database, opened on its database thread.
    std::unique_ptr<Workspace> openWorkspace(const QHash<QString, QString> &values, Error *error);
    /// The database named by --workspace / --database, opened on this thread.
    Result<std::unique_ptr<Database>> openDatabase(const QHash<QString, QString> &values);

    /// Waits for the database thread's answer. The CLI has no GUI thread: waiting here keeps
    /// commands simple, while the work itself runs on the same database thread the desktop uses.
    template <typename T> Result<T> await(QFuture<Result<T>> future)
    {
        future.waitForFinished();
        if (future.resultCount() == 0)
            return Error { ErrorCode::Internal,
                Cli::tr("The database thread stopped before answering.") };
        return future.result();
    }

    /// Waits for a future while running this thread's event loop: the keychain and the network
    /// answer through it (QtKeychain jobs live on the thread that started them). stopped is the
    /// answer when the future ends without a result.
    template <typename T> Result<T> awaitEvents(QFuture<Result<T>> future, const Error &stopped)
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
            return stopped;
        return future.result();
    }

} // namespace CliCommon

} // namespace CareDesk
