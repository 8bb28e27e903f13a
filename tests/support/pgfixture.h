// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/storage/databaseconfig.h"

#include <QString>

namespace CareDesk::Test {

/// A database of its own on the PostgreSQL server the test command started (CAREDESK_TEST_PG),
/// created on construction and dropped on destruction, so suites can run side by side.
class PgFixture
{
public:
    PgFixture();
    ~PgFixture();
    Q_DISABLE_COPY_MOVE(PgFixture)

    /// Whether a server is configured. Without one, tests skip; under CI=true they fail.
    static bool available();
    /// Call at the start of a PostgreSQL test: QSKIP or QFAIL when no server is configured.
    static QString unavailableReason();
    bool isValid() const { return m_valid; }
    const QString &error() const { return m_error; }
    DatabaseConfig config() const { return m_config; }
    QString url() const;

private:
    DatabaseConfig m_admin;
    DatabaseConfig m_config;
    bool m_valid = false;
    QString m_error;
};

/// True when CI=true: a missing server, keyring or display is then a failure, not a skip.
bool underCi();

} // namespace CareDesk::Test

/// Skips (or under CI fails) the current test when no PostgreSQL server is configured.
#define CAREDESK_REQUIRE_PG()                                                                      \
    do {                                                                                           \
        if (!CareDesk::Test::PgFixture::available()) {                                             \
            if (CareDesk::Test::underCi())                                                         \
                QFAIL("CAREDESK_TEST_PG is not set under CI=true; run the README's test command"); \
            QSKIP("CAREDESK_TEST_PG is not set; run the tests through tests/run.sh");              \
        }                                                                                          \
    } while (false)
