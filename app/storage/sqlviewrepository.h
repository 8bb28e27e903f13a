// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/clock.h"
#include "app/core/viewrepository.h"
#include "app/storage/databaseworker.h"

namespace CareDesk {

/// Inbox views over one DatabaseWorker (SQLite or PostgreSQL alike).
class SqlViewRepository final : public ViewRepository
{
public:
    SqlViewRepository(DatabaseWorker &worker, const Clock &clock);
    QFuture<Result<QList<qint64>>> counts(const QList<InboxQuery> &queries) override;
    QFuture<Result<InboxFacets>> facets() override;
    QFuture<Result<QList<SavedView>>> savedViews(Id agentId) override;
    QFuture<Result<SavedView>> saveView(const SavedView &view) override;
    QFuture<Result<Done>> removeView(Id viewId, Id agentId) override;

private:
    DatabaseWorker &m_worker;
    const Clock &m_clock;
};

/// The queries behind SqlViewRepository, on one connection (also for the CLI and benchmarks).
namespace ViewStore {
    Result<InboxFacets> facets(Database &db);
    Result<QList<SavedView>> savedViews(Database &db, Id agentId);
    Result<SavedView> saveView(Database &db, SavedView view, Millis now);
    Result<Done> removeView(Database &db, Id viewId, Id agentId);
} // namespace ViewStore

} // namespace CareDesk
