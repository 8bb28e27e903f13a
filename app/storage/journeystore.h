// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The journey reads: a customer's timeline across cases and imported contacts, the summary
// above it, and the cross-platform case proposals. Plain functions over one connection.

#include "app/core/journey.h"
#include "app/storage/database.h"

namespace CareDesk::JourneyStore {

/// A page of the timeline: grouped by case (newest activity first), newest entry first,
/// keyset-paged, optionally one channel only.
Result<JourneyPage> journey(Database &db, const JourneyQuery &query);
/// The summary for a customer as seen from one of their cases (0 for none).
Result<JourneySummary> summary(Database &db, Id customerId, Id currentCaseId, Millis now);
/// Not yet linked cases of the same customer on other platforms opened within window.
Result<QList<CaseLinkProposal>> caseLinkProposals(
    Database &db, Id caseId, Millis window, const QString &orderPattern);

} // namespace CareDesk::JourneyStore
