// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/clock.h"
#include "app/core/journey.h"
#include "app/storage/databaseworker.h"

namespace CareDesk {

/// The customer port over a DatabaseWorker (SQLite or PostgreSQL alike). Suggestions and the
/// journey are computed on the database thread; the evidence rules (order pattern) and the case
/// link window are the workspace's settings.
class SqlCustomerRepository final : public CustomerRepository
{
public:
    SqlCustomerRepository(DatabaseWorker &worker, const Clock &clock);
    QFuture<Result<CustomerProfile>> profile(Id customerId) override;
    QFuture<Result<CustomerProfile>> updateProfile(
        const Customer &profile, const QStringList &tags, Id agentId) override;
    QFuture<Result<IdentityMove>> link(
        Id identityId, Id customerId, std::optional<EvidenceKind> evidence, Id agentId) override;
    QFuture<Result<IdentityMove>> unlink(Id identityId, Id agentId) override;
    QFuture<Result<QList<LinkSuggestion>>> suggestions(Id customerId) override;
    QFuture<Result<QList<LinkSuggestion>>> suggestionsForMessage(Id messageId) override;
    QFuture<Result<JourneyPage>> journey(const JourneyQuery &query) override;
    QFuture<Result<JourneySummary>> summary(Id customerId, Id currentCaseId) override;
    QFuture<Result<QList<CaseLinkProposal>>> caseLinkProposals(Id caseId, Millis window) override;
    QFuture<Result<Done>> linkCases(
        Id caseId, Id otherCaseId, const QString &reason, Id agentId) override;
    QFuture<Result<QJsonObject>> exportCustomer(Id customerId, Id agentId) override;
    QFuture<Result<Done>> erase(Id customerId, Id agentId) override;

private:
    DatabaseWorker &m_worker;
    const Clock &m_clock;
};

} // namespace CareDesk
