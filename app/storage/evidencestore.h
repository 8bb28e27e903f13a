// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Identity link suggestions and the evidence index behind them (identity_key): handles and
// display names of identities, and the e-mail addresses, phone numbers and order numbers
// customers wrote in private messages. The index catches up with new identities and messages
// on each call, so a new message costs one small transaction.

#include "app/core/evidence.h"
#include "app/core/journey.h"
#include "app/storage/database.h"

namespace CareDesk::EvidenceStore {

/// Indexes what was added since the last call; reads everything again after the rules changed.
Result<Done> refresh(Database &db, const EvidenceExtractor &extractor);
/// Identities of other customers that are probably this customer, each with its evidence. A
/// pair an agent unlinked before is not suggested again.
Result<QList<LinkSuggestion>> suggestions(
    Database &db, Id customerId, const EvidenceExtractor &extractor);
/// What one private message brings: its addresses, numbers and orders matched against other
/// customers. A public message brings none (people do not post their phone numbers).
Result<QList<LinkSuggestion>> suggestionsForMessage(
    Database &db, Id messageId, const EvidenceExtractor &extractor);

} // namespace CareDesk::EvidenceStore
