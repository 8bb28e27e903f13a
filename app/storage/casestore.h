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
/// One page of a view: InboxQuery's filters and sort, keyset-paged (caseviews.cpp).
Result<CasePage> inbox(Database &db, const InboxQuery &query);
/// How many cases each query matches (caseviews.cpp).
Result<QList<qint64>> counts(Database &db, const QList<InboxQuery> &queries, Millis now);
/// The SELECT of a summary row (cases c, account a, customer cu, agent ag) and its reader, shared
/// with the view queries.
QString summarySelectStatement();
CaseSummary summaryOfRow(const QSqlQuery &row);
Result<QList<CaseSummary>> summaries(Database &db, const QList<Id> &caseIds);
/// The case with its whole thread.
Result<CaseDetail> detail(Database &db, Id caseId);
/// The case with the messages in range (casedetail.cpp); notes whole.
Result<CaseDetail> detail(Database &db, Id caseId, const ThreadRange &range);
/// Up to limit messages before `before` by (time, id), oldest first.
Result<QList<Message>> olderMessages(
    Database &db, Id caseId, const KeysetCursor &before, int limit);
Result<QList<SearchHit>> search(Database &db, const SearchQuery &query);
Result<Case> changeStatus(
    Database &db, Id caseId, CaseStatus status, Millis snoozeUntil, Id agentId, Millis now);
// Case actions (app/storage/caseactionsstore.cpp).
Result<CaseExtras> extras(Database &db, Id caseId);
Result<QStringList> tagNames(Database &db);
Result<Case> setPriority(Database &db, Id caseId, Priority priority, Id agentId, Millis now);
Result<QStringList> addTag(Database &db, Id caseId, const QString &tag, Id agentId, Millis now);
Result<QStringList> removeTag(Database &db, Id caseId, const QString &tag, Id agentId, Millis now);
Result<Note> addNote(Database &db, Id caseId, const QString &text, Id agentId, Millis now);
Result<Case> registerCaseFromMessage(Database &db, Id messageId, Id agentId, Millis now);
/// The SLA policies stored in the workspace.
Result<QList<SlaPolicy>> slaPolicies(Database &db);

} // namespace CareDesk::CaseStore
