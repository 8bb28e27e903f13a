// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/sqlcustomerrepository.h"

#include "app/storage/customerstore.h"
#include "app/storage/evidencestore.h"
#include "app/storage/journeystore.h"

#include <memory>

namespace CareDesk {

namespace {

/// The extractor for the workspace's rules, compiled once per database thread and again only
/// when the rules change.
Result<const EvidenceExtractor *> extractorFor(Database &db)
{
    Result<EvidenceRules> rules = CustomerStore::evidenceRules(db);
    if (!rules.ok())
        return rules.error();
    thread_local std::unique_ptr<EvidenceExtractor> cached;
    if (!cached || cached->rules().orderPattern != rules.value().orderPattern
        || cached->rules().trunkZeroCountry != rules.value().trunkZeroCountry
        || cached->rules().trunkEightCountry != rules.value().trunkEightCountry)
        cached = std::make_unique<EvidenceExtractor>(rules.value());
    return static_cast<const EvidenceExtractor *>(cached.get());
}

} // namespace

SqlCustomerRepository::SqlCustomerRepository(DatabaseWorker &worker, const Clock &clock)
    : m_worker(worker)
    , m_clock(clock)
{
}

QFuture<Result<CustomerProfile>> SqlCustomerRepository::profile(Id customerId)
{
    return m_worker.run<CustomerProfile>(
        [customerId](Database &db) { return CustomerStore::profile(db, customerId); });
}

QFuture<Result<CustomerProfile>> SqlCustomerRepository::updateProfile(
    const Customer &profile, const QStringList &tags, Id agentId)
{
    // Profile edits are no event: EventType has no kind for them yet (README, Customer journey).
    Q_UNUSED(agentId)
    const Clock *clock = &m_clock;
    return m_worker.run<CustomerProfile>([profile, tags, clock](Database &db) {
        return CustomerStore::saveProfile(db, profile, tags, clock->now());
    });
}

QFuture<Result<IdentityMove>> SqlCustomerRepository::link(
    Id identityId, Id customerId, std::optional<EvidenceKind> evidence, Id agentId)
{
    const Clock *clock = &m_clock;
    return m_worker.run<IdentityMove>([=](Database &db) {
        return CustomerStore::link(db, identityId, customerId, evidence, agentId, clock->now());
    });
}

QFuture<Result<IdentityMove>> SqlCustomerRepository::unlink(Id identityId, Id agentId)
{
    const Clock *clock = &m_clock;
    return m_worker.run<IdentityMove>(
        [=](Database &db) { return CustomerStore::unlink(db, identityId, agentId, clock->now()); });
}

QFuture<Result<QList<LinkSuggestion>>> SqlCustomerRepository::suggestions(Id customerId)
{
    return m_worker.run<QList<LinkSuggestion>>(
        [customerId](Database &db) -> Result<QList<LinkSuggestion>> {
            Result<const EvidenceExtractor *> extractor = extractorFor(db);
            if (!extractor.ok())
                return extractor.error();
            return EvidenceStore::suggestions(db, customerId, *extractor.value());
        });
}

QFuture<Result<QList<LinkSuggestion>>> SqlCustomerRepository::suggestionsForMessage(Id messageId)
{
    return m_worker.run<QList<LinkSuggestion>>(
        [messageId](Database &db) -> Result<QList<LinkSuggestion>> {
            Result<const EvidenceExtractor *> extractor = extractorFor(db);
            if (!extractor.ok())
                return extractor.error();
            return EvidenceStore::suggestionsForMessage(db, messageId, *extractor.value());
        });
}

QFuture<Result<JourneyPage>> SqlCustomerRepository::journey(const JourneyQuery &query)
{
    return m_worker.run<JourneyPage>(
        [query](Database &db) { return JourneyStore::journey(db, query); });
}

QFuture<Result<JourneySummary>> SqlCustomerRepository::summary(Id customerId, Id currentCaseId)
{
    const Clock *clock = &m_clock;
    return m_worker.run<JourneySummary>([=](Database &db) {
        return JourneyStore::summary(db, customerId, currentCaseId, clock->now());
    });
}

QFuture<Result<QList<CaseLinkProposal>>> SqlCustomerRepository::caseLinkProposals(
    Id caseId, Millis window)
{
    return m_worker.run<QList<CaseLinkProposal>>(
        [=](Database &db) -> Result<QList<CaseLinkProposal>> {
            Millis span = window;
            if (span <= 0) {
                Result<Millis> configured = CustomerStore::caseLinkWindow(db);
                if (!configured.ok())
                    return configured.error();
                span = configured.value();
            }
            Result<EvidenceRules> rules = CustomerStore::evidenceRules(db);
            if (!rules.ok())
                return rules.error();
            return JourneyStore::caseLinkProposals(db, caseId, span, rules.value().orderPattern);
        });
}

QFuture<Result<Done>> SqlCustomerRepository::linkCases(
    Id caseId, Id otherCaseId, const QString &reason, Id agentId)
{
    const Clock *clock = &m_clock;
    return m_worker.run<Done>([=](Database &db) {
        return CustomerStore::linkCases(db, caseId, otherCaseId, reason, agentId, clock->now());
    });
}

QFuture<Result<QJsonObject>> SqlCustomerRepository::exportCustomer(Id customerId, Id agentId)
{
    const Clock *clock = &m_clock;
    return m_worker.run<QJsonObject>([=](Database &db) {
        return CustomerStore::exportCustomer(db, customerId, agentId, clock->now());
    });
}

QFuture<Result<Done>> SqlCustomerRepository::erase(Id customerId, Id agentId)
{
    const Clock *clock = &m_clock;
    return m_worker.run<Done>(
        [=](Database &db) { return CustomerStore::erase(db, customerId, agentId, clock->now()); });
}

} // namespace CareDesk
