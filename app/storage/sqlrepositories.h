// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/clock.h"
#include "app/core/repositories.h"
#include "app/storage/databaseworker.h"

namespace CareDesk {

/// The repository ports over one DatabaseWorker (SQLite or PostgreSQL alike).
class SqlWorkspaceRepository final : public WorkspaceRepository
{
public:
    explicit SqlWorkspaceRepository(DatabaseWorker &worker);
    QFuture<Result<WorkspaceInfo>> info() override;
    QFuture<Result<qint64>> changeSeq() override;

private:
    DatabaseWorker &m_worker;
};

class SqlAccountRepository final : public AccountRepository
{
public:
    SqlAccountRepository(DatabaseWorker &worker, const Clock &clock);
    QFuture<Result<QList<Account>>> list() override;
    QFuture<Result<Account>> add(const Account &account) override;
    QFuture<Result<Done>> remove(Id accountId) override;
    QFuture<Result<QString>> cursor(Id accountId, const QString &stream) override;

private:
    DatabaseWorker &m_worker;
    const Clock &m_clock;
};

class SqlCaseRepository final : public CaseRepository
{
public:
    SqlCaseRepository(DatabaseWorker &worker, const Clock &clock);
    QFuture<Result<CasePage>> inbox(const InboxQuery &query) override;
    QFuture<Result<QList<CaseSummary>>> summaries(const QList<Id> &caseIds) override;
    QFuture<Result<CaseDetail>> detail(Id caseId) override;
    QFuture<Result<CaseDetail>> threadPage(Id caseId, const ThreadRange &range) override;
    QFuture<Result<QList<Message>>> olderMessages(
        Id caseId, const KeysetCursor &before, int limit) override;
    QFuture<Result<QList<SearchHit>>> search(const SearchQuery &query) override;
    QFuture<Result<IngestResult>> ingest(const IngestBatch &batch) override;
    QFuture<Result<Case>> changeStatus(
        Id caseId, CaseStatus status, Millis snoozeUntil, Id agentId) override;
    // Defined in caseactionsstore.cpp.
    QFuture<Result<CaseExtras>> extras(Id caseId) override;
    QFuture<Result<QStringList>> tagNames() override;
    QFuture<Result<Case>> setPriority(Id caseId, Priority priority, Id agentId) override;
    QFuture<Result<QStringList>> addTag(Id caseId, const QString &tag, Id agentId) override;
    QFuture<Result<QStringList>> removeTag(Id caseId, const QString &tag, Id agentId) override;
    QFuture<Result<Note>> addNote(Id caseId, const QString &text, Id agentId) override;
    QFuture<Result<Done>> linkCases(
        Id caseId, Id otherCaseId, const QString &reason, Id agentId) override;
    QFuture<Result<Case>> registerCaseFromMessage(Id messageId, Id agentId) override;

private:
    DatabaseWorker &m_worker;
    const Clock &m_clock;
};

namespace AccountStore {
    Result<QList<Account>> list(Database &db);
    Result<Account> add(Database &db, Account account, Millis now);
    Result<Done> remove(Database &db, Id accountId);
    Result<WorkspaceInfo> workspaceInfo(Database &db);
} // namespace AccountStore

} // namespace CareDesk
