// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/result.h"
#include "app/platforms/demo/demotraffic.h"

namespace CareDesk {

class Database;

/// Fills a new demo workspace with the demo plan: accounts, thirty days of history through
/// the ordinary ingest path, the statuses agents left, SLA policies and customer profiles.
Result<Done> populateDemoWorkspace(Database &db, const Demo::DemoPlan &plan, Millis now);

} // namespace CareDesk
