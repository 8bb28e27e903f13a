// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Agents, teams and queues in storage. In team mode an agent is also a PostgreSQL login role in
// the group role of their CareDesk role (migration 3 creates the groups and the function that
// creates logins); on SQLite an agent is a row.

#include "app/core/teamrepository.h"
#include "app/storage/database.h"

namespace CareDesk::AgentStore {

/// Agent names are also PostgreSQL login roles: lowercase letters, digits and underscores,
/// starting with a letter, at most 63 characters, and not caredesk_* or pg_*.
bool isValidAgentName(const QString &name);
/// A valid agent name made from an operating system user name ("Anna.K" -> "anna_k").
QString agentNameFromSystemUser(const QString &user);
/// The SCRAM-SHA-256 verifier PostgreSQL stores for a password (RFC 5802, RFC 7677), so the
/// password itself never travels to the server nor lands in its logs.
QString scramVerifier(const QString &password, const QByteArray &salt, int iterations = 4096);

Result<QList<AgentEntry>> agents(Database &db);
Result<std::optional<Agent>> agentByName(Database &db, const QString &name);
Result<Agent> addAgent(Database &db, const NewAgent &agent, Millis now);
Result<Agent> currentAgent(
    Database &db, const QString &nameOnSqlite, bool isSystemUser, Millis now);
/// The team's id, created when missing (administrators).
Result<Id> ensureTeam(Database &db, const QString &name);
/// Adds a queue (administrators); skills are what its cases need in the skills mode.
Result<Id> addQueue(Database &db, const QString &name, Id teamId, AssignmentMode mode,
    const QStringList &skills = {});
Result<Done> setQueueMode(Database &db, Id queueId, AssignmentMode mode);
/// A supervisor's change to how many open cases an agent takes at most.
Result<Done> setCapacity(Database &db, Id agentId, int capacity);

} // namespace CareDesk::AgentStore
