// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/caseworkflow.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

// Reopening forgets the snooze and the resolution: both described a state the customer has
// just ended by writing again.
void reopen(Case &value)
{
    value.status = CaseStatus::Open;
    value.snoozedUntil = 0;
    value.resolvedAt = 0;
}

QString refusal(CaseStatus from, CaseStatus to)
{
    if (from == to)
        return u"The case is already %1."_s.arg(toString(to));
    if (to == CaseStatus::New)
        return u"A case cannot move back to new."_s;
    if (from == CaseStatus::Resolved)
        return u"A resolved case can only be reopened, not moved to %1."_s.arg(toString(to));
    return u"A case cannot move from %1 to %2."_s.arg(toString(from), toString(to));
}

} // namespace

bool CaseWorkflow::canTransition(CaseStatus from, CaseStatus to)
{
    if (from == to || to == CaseStatus::New)
        return false;
    // A resolved case is done; the only way forward is reopening it.
    if (from == CaseStatus::Resolved)
        return to == CaseStatus::Open;
    return true;
}

Result<Case> CaseWorkflow::changeStatus(Case value, CaseStatus to, Millis now, Millis snoozeUntil)
{
    if (!canTransition(value.status, to))
        return Error { ErrorCode::Invalid, refusal(value.status, to) };
    if (to == CaseStatus::Snoozed && snoozeUntil <= now)
        return Error { ErrorCode::Invalid,
                       u"A case can only be snoozed until a time in the future."_s };

    value.status = to;
    value.snoozedUntil = to == CaseStatus::Snoozed ? snoozeUntil : 0;
    value.resolvedAt = to == CaseStatus::Resolved ? now : 0;
    ++value.version;
    return value;
}

bool CaseWorkflow::applyCustomerMessage(Case &value, Millis at)
{
    ++value.unanswered;
    ++value.messageCount;
    // Messages may arrive out of order (polling several streams); the activity times only move
    // forward.
    value.lastMessageAt = std::max(value.lastMessageAt, at);
    value.lastCustomerMessageAt = std::max(value.lastCustomerMessageAt, at);
    ++value.version;

    switch (value.status) {
    case CaseStatus::Pending:
    case CaseStatus::Snoozed:
    case CaseStatus::Resolved:
        reopen(value);
        return true;
    case CaseStatus::New:
    case CaseStatus::Open:
        break;
    }
    return false;
}

void CaseWorkflow::applyAgentReply(Case &value, Millis at)
{
    if (value.firstResponseAt == 0)
        value.firstResponseAt = at;
    value.lastAgentMessageAt = std::max(value.lastAgentMessageAt, at);
    value.lastMessageAt = std::max(value.lastMessageAt, at);
    ++value.messageCount;
    value.unanswered = 0;
    if (value.status == CaseStatus::New)
        value.status = CaseStatus::Open;
    ++value.version;
}

bool CaseWorkflow::wakeIfDue(Case &value, Millis now)
{
    if (value.status != CaseStatus::Snoozed || value.snoozedUntil > now)
        return false;
    reopen(value);
    ++value.version;
    return true;
}

QString CaseWorkflow::splitThreadKey(const QString &platformThread, const QString &messagePlatformId)
{
    return platformThread + u'#' + messagePlatformId;
}

std::optional<CaseWorkflow::SplitThread> CaseWorkflow::parseSplitThreadKey(
    const QString &caseThreadKey)
{
    const qsizetype hash = caseThreadKey.lastIndexOf(u'#');
    if (hash <= 0 || hash == caseThreadKey.size() - 1)
        return std::nullopt;
    return SplitThread { caseThreadKey.left(hash), caseThreadKey.mid(hash + 1) };
}

} // namespace CareDesk
