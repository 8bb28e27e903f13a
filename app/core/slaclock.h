// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/domain.h"

#include <QList>

#include <limits>

namespace CareDesk {

/// Service-level targets on business time: first response, next response, resolution.
/// Policies are chosen per platform and priority, the most specific match winning; without
/// any policy a default applies (1 hour first and next response, 24 hours resolution, always
/// open), following the practice "answer within an hour". "Now" always comes from the caller,
/// who reads it from the injected Clock.
///
/// Business hours are read on the local wall clock of their IANA time zone (UTC when the id is
/// unknown), so a 09:00 opening stays at 09:00 across daylight saving changes, and a day that
/// loses or gains an hour has that much less or more business time. A day's range may run past
/// midnight: an endMinute above 24 * 60 (at most 48 * 60) reaches into the next morning, so a
/// night shift 22:00-02:00 is DayHours { 22 * 60, 26 * 60 }. Writing it as two ranges,
/// 22:00-24:00 on one day and 00:00-02:00 on the next, counts the same; where a range running
/// past midnight overlaps the next day's own range, the time is counted once.
class SlaClock
{
public:
    /// The due time of a target that never comes due: business hours with every day closed, or
    /// a target beyond any calendar. Far in the future, yet safe to add small offsets to.
    static constexpr Millis Never = std::numeric_limits<qint64>::max() / 4;

    explicit SlaClock(QList<SlaPolicy> policies = {});

    /// The policy for a platform and priority (exact match first, then platform only, then
    /// priority only, then a catch-all, then the built-in default).
    SlaPolicy policyFor(Platform platform, Priority priority) const;

    /// The moment that lies `minutes` of business time after start; start itself for 0 minutes,
    /// and the closing time itself when the minutes run out exactly at closing. Never when the
    /// hours have no open time (or the target lies more than ten years of calendar time ahead).
    /// Walks local days, so the cost grows with the calendar span, not with the minutes.
    static Millis addBusinessMinutes(Millis start, qint64 minutes, const BusinessHours &hours);
    /// Business time between two moments, in milliseconds (0 when to <= from). Spans longer than
    /// ten years are counted for their first ten years.
    static Millis businessMillisBetween(Millis from, Millis to, const BusinessHours &hours);

    /// Fills firstResponseDue (openedAt plus the first-response target, while no agent has
    /// answered), nextResponseDue (lastCustomerMessageAt plus the next-response target, when a
    /// customer wrote again after an answer) and resolutionDue (openedAt plus the resolution
    /// target); clears the ones that no longer apply. A resolved case has none; a snoozed case
    /// keeps all three, since its customer is still waiting.
    void applyDueTimes(Case &value) const;

    /// The state of the case's pending targets at `now`: None when nothing is pending; Breached
    /// once now is past the nearest due time; AtRisk once the business time elapsed since a
    /// pending target's start reaches the policy's atRiskPercent of that target (any pending
    /// target, so a fresh next-response target cannot hide a nearly spent resolution target);
    /// Ok otherwise. Never returns Met: that is for reports on answered targets.
    SlaState state(const Case &value, Millis now) const;

    /// The nearest pending due time, or 0 when none is pending (always 0 for a resolved case).
    static Millis nextDue(const Case &value);

private:
    QList<SlaPolicy> m_policies;
};

} // namespace CareDesk
