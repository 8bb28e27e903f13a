// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The supervisor board's queries and actions, as plain functions over one connection (for the
// tests and the benchmark) and the BoardRepository port over a DatabaseWorker.

#include "app/core/boardrepository.h"
#include "app/core/clock.h"
#include "app/storage/database.h"
#include "app/storage/databaseworker.h"

namespace CareDesk {

namespace BoardStore {

    Result<BoardSnapshot> snapshot(
        Database &db, const AlertSettings &settings, int caseLimit, Millis now);
    Result<Done> setPriority(Database &db, Id caseId, Priority priority, Id agentId, Millis now);
    Result<Done> setCapacity(Database &db, Id agentId, int capacity, Millis now);

} // namespace BoardStore

class SqlBoardRepository final : public BoardRepository
{
public:
    SqlBoardRepository(DatabaseWorker &worker, const Clock &clock);
    QFuture<Result<BoardSnapshot>> snapshot(const AlertSettings &settings, int caseLimit) override;
    QFuture<Result<Done>> setPriority(Id caseId, Priority priority, Id agentId) override;
    QFuture<Result<Done>> setCapacity(Id agentId, int capacity) override;

private:
    DatabaseWorker &m_worker;
    const Clock &m_clock;
};

} // namespace CareDesk
