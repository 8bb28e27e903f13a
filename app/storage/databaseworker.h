// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/result.h"
#include "app/storage/database.h"
#include "app/storage/databaseconfig.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThread>

#include <functional>
#include <memory>

namespace CareDesk {

/// A database thread with its own connection. Jobs run on it one after another, in the order
/// they were posted, and answer through futures; the caller's thread never waits on the
/// database. The connection opens on the first job; if it cannot be opened every job gets
/// that error, and the next job tries again.
class DatabaseWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseWorker)

public:
    explicit DatabaseWorker(const DatabaseConfig &config, QObject *parent = nullptr);
    ~DatabaseWorker() override;

    const DatabaseConfig &config() const { return m_config; }

    template<typename T>
    QFuture<Result<T>> run(std::function<Result<T>(Database &)> job)
    {
        auto promise = std::make_shared<QPromise<Result<T>>>();
        promise->start();
        QFuture<Result<T>> future = promise->future();
        post([promise, job = std::move(job)](Database *database, const Error &openError) {
            promise->addResult(database ? job(*database) : Result<T>(openError));
            promise->finish();
        });
        return future;
    }

private:
    using Job = std::function<void(Database *, const Error &)>;
    void post(Job job);

    DatabaseConfig m_config;
    QThread m_thread;
    QObject *m_context = nullptr; ///< lives on m_thread; jobs are queued to it
    std::unique_ptr<Database> m_database; ///< touched only on m_thread
};

} // namespace CareDesk
