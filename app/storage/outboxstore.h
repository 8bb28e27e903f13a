// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/clock.h"
#include "app/core/repositories.h"
#include "app/storage/database.h"
#include "app/storage/databaseworker.h"

namespace CareDesk {

namespace OutboxStore {
Result<OutboxItem> enqueue(Database &db, Id caseId, const QString &text, Visibility visibility, Id agentId,
                           Millis now);
Result<QList<OutboxItem>> list(Database &db, int limit);
Result<std::optional<OutboxClaim>> claimNext(Database &db, Id accountId, Millis now);
Result<OutboxItem> complete(Database &db, Id outboxId, const SendResult &result, bool idempotencyAvailable,
                            Millis now);
Result<int> recoverInterrupted(Database &db, Id accountId, bool idempotencyAvailable, Millis now);
Result<OutboxItem> retry(Database &db, Id outboxId, Millis now);
Result<OutboxItem> cancel(Database &db, Id outboxId, Millis now);
} // namespace OutboxStore

/// The outbox port over a DatabaseWorker.
class SqlOutboxRepository final : public OutboxRepository
{
public:
    SqlOutboxRepository(DatabaseWorker &worker, const Clock &clock);
    QFuture<Result<OutboxItem>> enqueue(Id caseId, const QString &text, Visibility visibility, Id agentId) override;
    QFuture<Result<QList<OutboxItem>>> list(int limit) override;
    QFuture<Result<std::optional<OutboxClaim>>> claimNext(Id accountId) override;
    QFuture<Result<OutboxItem>> complete(Id outboxId, const SendResult &result, bool idempotencyAvailable) override;
    QFuture<Result<int>> recoverInterrupted(Id accountId, bool idempotencyAvailable) override;
    QFuture<Result<OutboxItem>> retry(Id outboxId) override;
    QFuture<Result<OutboxItem>> cancel(Id outboxId) override;

private:
    DatabaseWorker &m_worker;
    const Clock &m_clock;
};

} // namespace CareDesk
