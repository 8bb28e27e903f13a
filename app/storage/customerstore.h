// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/domain.h"
#include "app/core/result.h"
#include "app/storage/database.h"

namespace CareDesk::CustomerStore {

/// Updates the profile of the customer with this CRM id (name, contact, region, language,
/// VIP); NotFound when there is none.
Result<Done> updateProfile(Database &db, const Customer &profile, Millis now);

/// Stores an SLA policy; returns its id.
Result<Id> addSlaPolicy(Database &db, const SlaPolicy &policy);

} // namespace CareDesk::CustomerStore
