// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/connector.h"
#include "app/core/repositories.h"
#include "app/core/types.h"
#include "app/storage/database.h"
#include "app/storage/databaseconfig.h"
#include "tests/support/pgfixture.h"

#include <QList>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace CareDesk::Test {

/// A workspace on either database for a test: a SQLite file in a temporary folder, or, for the
/// backend "postgresql", a database of its own on the test server (PgFixture). Open it through
/// CAREDESK_OPEN_WORKSPACE, which skips or fails the test as pgfixture.h says.
class TestWorkspace
{
public:
    enum class Status { Open, NoServer, Failed };

    TestWorkspace() = default;
    ~TestWorkspace() { close(); }
    Q_DISABLE_COPY_MOVE(TestWorkspace)

    /// Creates and migrates the workspace `name` (the SQLite file `<name>.caredesk`) on backend
    /// ("postgresql", anything else is SQLite). error() tells why when Failed.
    Status open(const QString &backend, const QString &name, Millis now,
        WorkspaceKind kind = WorkspaceKind::Standard);
    /// The connection open() made, for the test to keep.
    std::unique_ptr<Database> takeDatabase() { return std::move(m_db); }
    /// Another connection to the workspace; nullptr when it cannot be opened.
    std::unique_ptr<Database> connect() const;
    /// Removes the workspace (the PostgreSQL database or the SQLite folder); close every
    /// connection to it first.
    void close();

    const DatabaseConfig &config() const { return m_config; }
    const QString &error() const { return m_error; }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PgFixture> m_pg;
    DatabaseConfig m_config;
    std::unique_ptr<Database> m_db;
    QString m_error;
};

/// Adds an account with this platform and handle; its id, or 0 with *error set.
Id addAccount(Database &db, Platform platform, const QString &handle, Millis now, QString *error);

/// A message with the fields tests set most; the rest keep IncomingMessage's defaults.
IncomingMessage incoming(const QString &platformId, const QString &threadKey,
    const QString &authorPlatformId, const QString &authorName, const QString &text,
    Millis createdAt);

/// A batch of the account's messages.
IngestBatch batchOf(Id accountId, const QList<IncomingMessage> &messages);

} // namespace CareDesk::Test

/// In a test's bool set-up function: opens `workspace` (the other arguments go to
/// TestWorkspace::open); returns false after skipping the test when no PostgreSQL server is
/// configured (failing it under CI=true) or after failing it when the workspace cannot be made.
#define CAREDESK_OPEN_WORKSPACE(workspace, ...)                                                    \
    do {                                                                                           \
        const CareDesk::Test::TestWorkspace::Status status_ = (workspace).open(__VA_ARGS__);       \
        if (status_ == CareDesk::Test::TestWorkspace::Status::NoServer) {                          \
            if (CareDesk::Test::underCi())                                                         \
                QTest::qFail("CAREDESK_TEST_PG is not set under CI=true", __FILE__, __LINE__);     \
            else                                                                                   \
                QTest::qSkip("CAREDESK_TEST_PG is not set; run the tests through tests/run.sh",    \
                    __FILE__, __LINE__);                                                           \
            return false;                                                                          \
        }                                                                                          \
        if (status_ == CareDesk::Test::TestWorkspace::Status::Failed) {                            \
            QTest::qFail(qPrintable((workspace).error()), __FILE__, __LINE__);                     \
            return false;                                                                          \
        }                                                                                          \
    } while (false)

/// In a test's bool set-up function: fails the test with `error` and returns false unless `ok`.
#define CAREDESK_SETUP_VERIFY(ok, error)                                                           \
    do {                                                                                           \
        if (!(ok)) {                                                                               \
            QTest::qFail(qPrintable(error), __FILE__, __LINE__);                                   \
            return false;                                                                          \
        }                                                                                          \
    } while (false)
