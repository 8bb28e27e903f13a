// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the team store's files (teamstore.cpp, agentstore.cpp); not for use
// elsewhere.

#include "app/core/result.h"
#include "app/storage/database.h"

#include <QStringList>

namespace CareDesk::TeamStoreDetail {

/// A JSON array of strings as stored in a text column; empty for anything else.
QStringList jsonList(const QString &text);
/// The open cases of the agent in column a.id. On PostgreSQL a function counts past row-level
/// security, so capacity holds whichever desktop assigns.
QString openCasesOf(const Database &db);
/// What the server refuses for lack of rights becomes one sentence about the rights.
Error refusedAs(const Error &error, const QString &sentence);

} // namespace CareDesk::TeamStoreDetail
