// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/slaclock.h"

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

constexpr int minutesPerDay = 24 * 60;
constexpr Millis millisPerMinute = Millis(60) * 1000;
constexpr Millis millisPerHour = 60 * millisPerMinute;
// How far the walks look ahead. A business-time target is hours or weeks long; ten years of
// calendar days is far beyond any of them and still only a few thousand steps.
constexpr int horizonDays = 3660;

/// A stretch of open business time, UTC, half-open [from, to).
struct Span {
    Millis from = 0;
    Millis to = 0;
};

QTimeZone zoneOf(const BusinessHours &hours)
{
    QTimeZone zone(hours.timeZone.toUtf8());
    // A policy with a mistyped zone still gets a working clock rather than none at all.
    return zone.isValid() ? zone : QTimeZone::utc();
}

/// The day's range with out-of-range values pulled in: the start within the day, the end at most
/// a full day after the start and never past the next midnight but one.
std::pair<int, int> clampedRange(const DayHours &day)
{
    const int start = std::clamp(day.startMinute, 0, minutesPerDay);
    const int end
        = std::clamp(day.endMinute, start, std::min(start + minutesPerDay, 2 * minutesPerDay));
    return { start, end };
}

bool anyDayOpen(const BusinessHours &hours)
{
    return std::any_of(std::begin(hours.days), std::end(hours.days), [](const DayHours &day) {
        const auto [start, end] = clampedRange(day);
        return start < end;
    });
}

/// The UTC moment of a wall-clock time `minute` minutes after the local midnight of `day`
/// (minutes past 24:00 fall on the next day).
Millis localToUtc(QDate day, int minute, const QTimeZone &zone)
{
    day = day.addDays(minute / minutesPerDay);
    minute %= minutesPerDay;
    const QDateTime local(day, QTime(minute / 60, minute % 60), zone);
    if (local.isValid())
        return local.toMSecsSinceEpoch();

    // Qt 6.4 calls a wall time inside a spring-forward gap invalid. Such a time is reached the
    // moment the clocks jump, so the gap's transition stands for it: "open at 02:30" on a night
    // that skips from 02:00 to 03:00 opens at 03:00. Offsets lie within +-14 h, so the transition
    // is the first one after the wall time read as UTC minus 15 h.
    const QDateTime wallAsUtc(day, QTime(minute / 60, minute % 60), Qt::UTC);
    const QTimeZone::OffsetData transition
        = zone.nextTransition(wallAsUtc.addMSecs(-15 * millisPerHour));
    if (transition.atUtc.isValid())
        return transition.atUtc.toMSecsSinceEpoch();
    return wallAsUtc.toMSecsSinceEpoch() - Millis(zone.standardTimeOffset(wallAsUtc)) * 1000;
}

/// Walks the open spans of business hours in time order from a starting moment, one local day
/// per step, so that daylight saving changes fall where the wall clock puts them. Spans that
/// overlap (a range running past midnight into the next day's own range) come out merged, and
/// nothing before the start comes out at all.
class OpenSpans
{
public:
    OpenSpans(const BusinessHours &hours, Millis start)
        : m_hours(hours)
        , m_zone(zoneOf(hours))
        , m_cursor(start)
        , m_daysLeft(anyDayOpen(hours) ? horizonDays : 0)
    {
        // The day before may run past midnight into the start's day.
        m_day = QDateTime::fromMSecsSinceEpoch(start, m_zone).date().addDays(-1);
    }

    /// The next span, or nullopt when the hours never open within the horizon.
    std::optional<Span> next()
    {
        while (m_daysLeft > 0) {
            --m_daysLeft;
            const QDate day = m_day;
            m_day = m_day.addDays(1);

            const auto [start, end] = clampedRange(m_hours.days[day.dayOfWeek() - 1]);
            if (start >= end)
                continue;
            const Millis from = std::max(localToUtc(day, start, m_zone), m_cursor);
            const Millis to = localToUtc(day, end, m_zone);
            if (to <= from)
                continue;
            m_cursor = to;
            return Span { from, to };
        }
        return std::nullopt;
    }

private:
    const BusinessHours &m_hours;
    QTimeZone m_zone;
    QDate m_day;
    Millis m_cursor;
    int m_daysLeft;
};

/// One pending target of a case: when it is due, when its clock started, and how long it is.
struct Target {
    Millis due = 0;
    Millis start = 0;
    qint64 minutes = 0;
};

std::array<Target, 3> targetsOf(const Case &value, const SlaPolicy &policy)
{
    return { Target { value.firstResponseDue, value.openedAt, policy.firstResponseMinutes },
             Target { value.nextResponseDue, value.lastCustomerMessageAt,
                      policy.nextResponseMinutes },
             Target { value.resolutionDue, value.openedAt, policy.resolutionMinutes } };
}

} // namespace

SlaClock::SlaClock(QList<SlaPolicy> policies)
    : m_policies(std::move(policies))
{
}

SlaPolicy SlaClock::policyFor(Platform platform, Priority priority) const
{
    // Specificity: both fields beat platform alone, which beats priority alone, which beats a
    // catch-all. A platform names a channel with its own customer expectations, so it outranks
    // a priority. Among equals the first in the list wins.
    const SlaPolicy *best = nullptr;
    int bestScore = -1;
    for (const SlaPolicy &policy : m_policies) {
        if ((policy.platform && *policy.platform != platform)
            || (policy.priority && *policy.priority != priority))
            continue;
        const int score = (policy.platform ? 2 : 0) + (policy.priority ? 1 : 0);
        if (score > bestScore) {
            best = &policy;
            bestScore = score;
        }
    }
    // The default-constructed policy is the built-in one: 60/60/1440 minutes, 75 %, always open.
    return best ? *best : SlaPolicy {};
}

Millis SlaClock::addBusinessMinutes(Millis start, qint64 minutes, const BusinessHours &hours)
{
    if (minutes <= 0)
        return start;
    if (start >= Never || minutes >= (Never - start) / millisPerMinute)
        return Never;
    Millis remaining = minutes * millisPerMinute;
    if (hours.alwaysOpen)
        return start + remaining;

    OpenSpans spans(hours, start);
    while (const std::optional<Span> span = spans.next()) {
        const Millis length = span->to - span->from;
        // Ending exactly at closing time is due at closing time, not at the next opening.
        if (remaining <= length)
            return span->from + remaining;
        remaining -= length;
    }
    return Never;
}

Millis SlaClock::businessMillisBetween(Millis from, Millis to, const BusinessHours &hours)
{
    if (to <= from)
        return 0;
    if (hours.alwaysOpen)
        return to - from;

    Millis total = 0;
    OpenSpans spans(hours, from);
    while (const std::optional<Span> span = spans.next()) {
        if (span->from >= to)
            break;
        total += std::min(span->to, to) - span->from;
    }
    return total;
}

void SlaClock::applyDueTimes(Case &value) const
{
    // A resolved case waits for nothing; a customer message reopens it, and the next call sets
    // the targets again. A snoozed case keeps its response targets: snoozing parks the case for
    // the agent, but the customer who wrote is still waiting, and a snooze must not hide that.
    // A case without an opening time has not started any clock.
    if (value.status == CaseStatus::Resolved || value.openedAt <= 0) {
        value.firstResponseDue = 0;
        value.nextResponseDue = 0;
        value.resolutionDue = 0;
        return;
    }

    const SlaPolicy policy = policyFor(value.platform, value.priority);
    value.firstResponseDue = value.firstResponseAt == 0
        ? addBusinessMinutes(value.openedAt, policy.firstResponseMinutes, policy.hours)
        : 0;
    // The next response is counted from the latest customer message: a customer who writes
    // again before being answered moves the target with them.
    value.nextResponseDue = value.firstResponseAt != 0 && value.unanswered > 0
        ? addBusinessMinutes(value.lastCustomerMessageAt, policy.nextResponseMinutes, policy.hours)
        : 0;
    value.resolutionDue
        = addBusinessMinutes(value.openedAt, policy.resolutionMinutes, policy.hours);
}

SlaState SlaClock::state(const Case &value, Millis now) const
{
    const Millis due = nextDue(value);
    if (due == 0)
        return SlaState::None;
    // Past the nearest target is past a target: nothing later can be in a better state.
    if (now > due)
        return SlaState::Breached;

    // Every pending target is checked for risk, not only the nearest: a fresh next-response
    // target must not hide a resolution target that is nearly used up.
    const SlaPolicy policy = policyFor(value.platform, value.priority);
    const auto targets = targetsOf(value, policy);
    for (const Target &target : targets) {
        if (target.due == 0)
            continue;
        const Millis elapsed = businessMillisBetween(target.start, now, policy.hours);
        if (elapsed * 100 >= Millis(policy.atRiskPercent) * target.minutes * millisPerMinute)
            return SlaState::AtRisk;
    }
    return SlaState::Ok;
}

Millis SlaClock::nextDue(const Case &value)
{
    if (value.status == CaseStatus::Resolved)
        return 0;
    Millis nearest = 0;
    const Millis dues[] { value.firstResponseDue, value.nextResponseDue, value.resolutionDue };
    for (const Millis due : dues) {
        if (due != 0 && (nearest == 0 || due < nearest))
            nearest = due;
    }
    return nearest;
}

} // namespace CareDesk
