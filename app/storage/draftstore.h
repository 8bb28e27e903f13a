// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/clock.h"
#include "app/core/repositories.h"
#include "app/storage/database.h"
#include "app/storage/databaseworker.h"

namespace CareDesk {

namespace DraftStore {
Result<Done> save(Database &db, const Draft &draft);
Result<Draft> load(Database &db, Id caseId, Id agentId);
} // namespace DraftStore

/// Drafts over a DatabaseWorker. The workspace's connections run with synchronous=FULL, so a
/// saved draft survives a killed process and a power cut.
class SqlDraftRepository final : public DraftRepository
{
public:
    SqlDraftRepository(DatabaseWorker &worker, const Clock &clock);
    QFuture<Result<Done>> save(const Draft &draft) override;
    QFuture<Result<Draft>> load(Id caseId, Id agentId) override;

private:
    DatabaseWorker &m_worker;
    const Clock &m_clock;
};

} // namespace CareDesk
