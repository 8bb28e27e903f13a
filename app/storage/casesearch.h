// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Search as the agent types: CaseStore::search that a newer keystroke can stop (casesearch.cpp).

#include "app/core/repositories.h"
#include "app/storage/database.h"

#include <functional>

namespace CareDesk::CaseStore {

/// CaseStore::search, unless superseded() turns true: checked before it starts and, on SQLite,
/// every few thousand steps of its statements (a progress handler on the driver's sqlite3
/// handle), so a stale keystroke's search stops within a millisecond instead of delaying the
/// next one. A superseded search fails with ErrorCode::Conflict.
Result<QList<SearchHit>> searchUnlessSuperseded(
    Database &db, const SearchQuery &query, const std::function<bool()> &superseded);

} // namespace CareDesk::CaseStore
