// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/domain.h"
#include "app/core/result.h"

#include <optional>

namespace CareDesk {

/// The case life cycle in one place: new, open, pending (waiting for the customer), snoozed
/// until a time, resolved; a new customer message reopens a pending, snoozed or resolved case.
/// Pure functions over a Case value; storage applies them inside its transactions. Every call
/// that changes the case bumps its version once; none of them touches the SLA due times, which
/// SlaClock::applyDueTimes sets afterwards.
class CaseWorkflow
{
public:
    /// Whether an agent may move a case from one status to another. Nothing moves back to New,
    /// and a status never "changes" to itself; a resolved case can only be reopened (to Open).
    /// New, Open, Pending and Snoozed may move to any other of Open, Pending, Snoozed, Resolved.
    static bool canTransition(CaseStatus from, CaseStatus to);

    /// An agent's status change. Snoozed needs a snoozeUntil in the future; every other target
    /// clears the snooze. Resolved stamps resolvedAt; leaving Resolved clears it.
    /// An Invalid error names the refused move (English, for logs and the CLI).
    static Result<Case> changeStatus(Case value, CaseStatus to, Millis now, Millis snoozeUntil = 0);

    /// What a customer message at `at` does: counts it as unanswered, moves the activity times,
    /// and reopens a pending, snoozed or resolved case. Returns true when it reopened the case.
    /// A new case stays new: it opens with the first agent reply. The activity times never move
    /// back, so messages may be applied out of order.
    static bool applyCustomerMessage(Case &value, Millis at);

    /// What an agent's reply at `at` does: stamps the first response, clears the unanswered
    /// count, and moves a New case to Open.
    static void applyAgentReply(Case &value, Millis at);

    /// A snoozed case whose time has come wakes up as Open; returns true when it woke.
    static bool wakeIfDue(Case &value, Millis now);

    /// The thread key of a case split out of a thread at one of its messages: the platform's
    /// thread, '#', the message's platform id. New messages of the platform thread still go to
    /// the case they always went to; replies from the split case go to the platform thread.
    static QString splitThreadKey(const QString &platformThread, const QString &messagePlatformId);
    /// The parts of a split case's thread key, or nothing when the key has no '#'. Storage
    /// confirms the message is the split case's own before it trusts the parts, since an
    /// imported thread key may hold a '#' of its own.
    struct SplitThread {
        QString platformThread;
        QString messagePlatformId;
    };
    static std::optional<SplitThread> parseSplitThreadKey(const QString &caseThreadKey);
};

} // namespace CareDesk
