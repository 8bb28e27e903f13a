// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/runtime/demoworkspace.h"

#include "app/storage/agentstore.h"
#include "app/storage/casestore.h"
#include "app/storage/customerstore.h"
#include "app/storage/database.h"
#include "app/storage/sqlrepositories.h"
#include "app/storage/teamstore.h"

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

Result<Done> populateDemoWorkspace(Database &db, const Demo::DemoPlan &plan, Millis now)
{
    for (const SlaPolicy &policy : plan.slaPolicies) {
        if (Result<Id> added = CustomerStore::addSlaPolicy(db, policy); !added.ok())
            return added.error();
    }
    QHash<Platform, Id> accountIds;
    for (const Account &account : plan.accounts) {
        Result<Account> added = AccountStore::add(db, account, now);
        if (!added.ok())
            return added.error();
        accountIds.insert(account.platform, added.value().id);
    }
    for (auto it = plan.messages.cbegin(); it != plan.messages.cend(); ++it) {
        IngestBatch batch;
        batch.accountId = accountIds.value(it.key());
        batch.stream = u"demo"_s;
        batch.messages = it.value();
        if (Result<IngestResult> ingested = CaseStore::ingest(db, batch, now); !ingested.ok())
            return ingested.error();
    }
    const auto caseOf
        = [&db, &accountIds](Platform platform, const QString &threadKey) -> Result<Id> {
        Result<QSqlQuery> found
            = db.exec(u"SELECT id FROM cases WHERE account_id = ? AND thread_key = ?"_s,
                { accountIds.value(platform), threadKey });
        if (!found.ok())
            return found.error();
        const Id caseId = found.value().next() ? found.value().value(0).toLongLong() : 0;
        found.value().finish();
        return caseId;
    };

    // The desk's agents and their work on the history: who claimed each answered case, signed
    // its replies, and had it open in the UI (what the reports' handle time measures).
    QList<Id> agentIds;
    for (const Demo::DemoPlan::DemoAgent &agent : plan.agents) {
        NewAgent added;
        added.name = agent.name;
        added.displayName = agent.displayName;
        added.languages = { agent.language };
        added.team = agent.language == "ru"_L1 ? u"Русская линия"_s : u"English desk"_s;
        Result<Agent> stored = AgentStore::addAgent(db, added, now);
        if (!stored.ok())
            return stored.error();
        agentIds.append(stored.value().id);
    }
    QHash<QString, Id> workedBy; ///< thread key -> agent
    for (const Demo::DemoPlan::Work &work : plan.work) {
        Result<Id> caseId = caseOf(work.platform, work.threadKey);
        if (!caseId.ok())
            return caseId.error();
        if (caseId.value() == 0)
            continue;
        const Id agentId = agentIds.value(work.agent);
        workedBy.insert(work.threadKey, agentId);
        if (Result<Assignment> claimed
            = TeamStore::claim(db, caseId.value(), agentId, work.claimedAt);
            !claimed.ok())
            return claimed.error();
        if (Result<QSqlQuery> signed_ = db.exec(
                u"UPDATE message SET author_agent_id = ? WHERE case_id = ? AND direction = 'out'"_s,
                { agentId, caseId.value() });
            !signed_.ok())
            return signed_.error();
        for (const auto &[opened, closed] : work.sessions) {
            for (const auto &[type, at] : { std::pair { EventType::CaseOpenedInUi, opened },
                     std::pair { EventType::CaseClosedInUi, closed } }) {
                Event event;
                event.type = type;
                event.at = at;
                event.agentId = agentId;
                event.caseId = caseId.value();
                if (Result<Id> appended = db.appendEvent(event); !appended.ok())
                    return appended.error();
            }
        }
    }
    for (const Demo::DemoPlan::StatusChange &change : plan.statuses) {
        Result<Id> caseId = caseOf(change.platform, change.threadKey);
        if (!caseId.ok())
            return caseId.error();
        if (caseId.value() == 0)
            continue;
        if (Result<Case> changed
            = CaseStore::changeStatus(db, caseId.value(), change.status, change.snoozeUntil,
                workedBy.value(change.threadKey), change.at != 0 ? change.at : now);
            !changed.ok() && changed.error().code != ErrorCode::Invalid)
            return changed.error();
    }
    for (const Demo::DemoCustomer &c : plan.customers) {
        Customer profile;
        profile.crmRef = c.key;
        profile.name = c.name;
        profile.email = c.email;
        profile.phone = c.phone;
        profile.region = c.region;
        profile.language = c.language;
        profile.vip = c.vip;
        if (Result<Done> updated = CustomerStore::updateProfile(db, profile, now);
            !updated.ok() && updated.error().code != ErrorCode::NotFound)
            return updated;
    }
    return Done {};
}

} // namespace CareDesk
