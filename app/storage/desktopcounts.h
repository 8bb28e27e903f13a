// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/result.h"
#include "app/core/types.h"
#include "app/storage/database.h"

/// The two small questions the desktop's tray and notifications ask (run on a DatabaseWorker).
namespace CareDesk::DesktopCounts {

/// Cases waiting for an answer in the agent's views: not resolved, with an unanswered customer
/// message, unassigned or assigned to the agent.
Result<qint64> unansweredCases(Database &db, Id agentId);
/// The highest case id: cases above it were created later (the notifications' baseline).
Result<Id> newestCaseId(Database &db);

} // namespace CareDesk::DesktopCounts
