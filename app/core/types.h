// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace CareDesk {

/// Local ids are 64-bit integers in both databases; 0 means "none".
using Id = qint64;
/// UTC milliseconds since the epoch, in both databases.
using Millis = qint64;

/// Where the customer wrote. Counting rules, limits and reply windows follow the platform.
enum class Platform { X, Mastodon, Telegram, Vk, Facebook, Instagram, YouTube, Reddit };
/// What an account talks to.
enum class ConnectorKind { Live, Demo, Simulator };
/// Stored in the workspace; a training workspace accepts only simulator accounts.
enum class WorkspaceKind { Standard, Demo, Training };
enum class CaseStatus { New, Open, Pending, Snoozed, Resolved };
enum class Priority { Low, Normal, High, Urgent };
enum class Direction { In, Out };
/// Public: a post, comment or mention others can see. Private: a direct message.
enum class Visibility { Public, Private };
enum class AgentRole { Agent, Supervisor, Trainer, Admin };
enum class AccountPurpose { Service, Marketing };
enum class OutboxState { Queued, Sending, Sent, Failed, Unknown, Cancelled };
enum class SlaState { None, Ok, AtRisk, Breached, Met };

QString toString(Platform value);
QString toString(ConnectorKind value);
QString toString(WorkspaceKind value);
QString toString(CaseStatus value);
QString toString(Priority value);
QString toString(Direction value);
QString toString(Visibility value);
QString toString(AgentRole value);
QString toString(AccountPurpose value);
QString toString(OutboxState value);
QString toString(SlaState value);

/// Parsers for the stored and CLI spellings (lowercase, as toString writes them).
std::optional<Platform> platformFromString(const QString &text);
std::optional<ConnectorKind> connectorFromString(const QString &text);
std::optional<WorkspaceKind> workspaceKindFromString(const QString &text);
std::optional<CaseStatus> caseStatusFromString(const QString &text);
std::optional<Priority> priorityFromString(const QString &text);
std::optional<Direction> directionFromString(const QString &text);
std::optional<Visibility> visibilityFromString(const QString &text);
std::optional<AgentRole> agentRoleFromString(const QString &text);
std::optional<AccountPurpose> accountPurposeFromString(const QString &text);
std::optional<OutboxState> outboxStateFromString(const QString &text);

/// Every platform, in display order.
const QList<Platform> &allPlatforms();
/// Human-readable platform name ("X", "Mastodon", "VK" ...), not translated: these are brands.
QString platformDisplayName(Platform value);

/// ISO 8601 UTC with milliseconds and a trailing Z, as the CLI and JSON show times.
QString toIsoUtc(Millis value);
/// Parses ISO 8601 (with Z or an offset); nullopt when it is not a time.
std::optional<Millis> fromIsoUtc(const QString &text);

} // namespace CareDesk
