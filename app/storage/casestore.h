// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The case queries and writes, as plain functions over one connection. They run on a database
// thread (DatabaseWorker) behind the repositories, and directly in the CLI's bulk paths.

#include "app/core/repositories.h"
#include "app/core/slaclock.h"
#include "app/storage/database.h"

namespace CareDesk::CaseStore {

Result<IngestResult> ingest(Database &db, const IngestBatch &batch, Millis now);
Result<CasePage> inbox(Database &db, const InboxQuery &query);
Result<QList<CaseSummary>> summaries(Database &db, const QList<Id> &caseIds);
Result<CaseDetail> detail(Database &db, Id caseId);
Result<QList<SearchHit>> search(Database &db, const SearchQuery &query);
Result<Case> changeStatus(Database &db, Id caseId, CaseStatus status, Millis snoozeUntil, Id agentId,
                          Millis now);
/// The SLA policies stored in the workspace.
Result<QList<SlaPolicy>> slaPolicies(Database &db);

} // namespace CareDesk::CaseStore
