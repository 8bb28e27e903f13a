// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/accounthealth.h"
#include "app/core/clock.h"
#include "app/storage/database.h"
#include "app/storage/databaseworker.h"

namespace CareDesk {

namespace AccountHealthStore {
    /// The stream name under which an account's health is kept in sync_cursor: next to the
    /// account's cursors, shared by every program on the workspace, removed with the account, and
    /// readable and writable by every team role (0003_postgresql.sql), so no schema change was
    /// needed.
    inline constexpr QStringView stream = u"@health";
    Result<QList<AccountHealthRecord>> list(Database &db);
    Result<Done> save(Database &db, const AccountHealthRecord &record, Millis now);
} // namespace AccountHealthStore

class SqlAccountHealthRepository final : public AccountHealthRepository
{
public:
    SqlAccountHealthRepository(DatabaseWorker &worker, const Clock &clock);
    QFuture<Result<QList<AccountHealthRecord>>> list() override;
    QFuture<Result<Done>> save(const AccountHealthRecord &record) override;

private:
    DatabaseWorker &m_worker;
    const Clock &m_clock;
};

} // namespace CareDesk
