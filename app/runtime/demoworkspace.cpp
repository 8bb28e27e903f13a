// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/runtime/demoworkspace.h"

#include "app/storage/casestore.h"
#include "app/storage/customerstore.h"
#include "app/storage/database.h"
#include "app/storage/sqlrepositories.h"

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
    for (const Demo::DemoPlan::StatusChange &change : plan.statuses) {
        Result<QSqlQuery> found = db.exec(u"SELECT id FROM cases WHERE account_id = ? AND thread_key = ?"_s,
                                          { accountIds.value(change.platform), change.threadKey });
        if (!found.ok())
            return found.error();
        if (!found.value().next())
            continue;
        const Id caseId = found.value().value(0).toLongLong();
        found.value().finish();
        if (Result<Case> changed = CaseStore::changeStatus(db, caseId, change.status, change.snoozeUntil, 0, now);
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
