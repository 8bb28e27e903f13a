// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/clock.h"
#include "app/core/slaclock.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

// States are compared through toString(): QCOMPARE on the enum itself does not compile, since
// argument-dependent lookup finds CareDesk::toString (returning QString) where QTest wants its
// own char * overload. The strings also make failures readable.

namespace {

constexpr Millis minute = Millis(60) * 1000;
constexpr Millis hour = 60 * minute;

/// A wall-clock time in Berlin, the zone the business hours below use: tests read like the
/// rota on the office wall, and the DST rows need a zone that changes.
Millis berlin(int year, int month, int day, int h, int m = 0)
{
    return QDateTime(QDate(year, month, day), QTime(h, m), QTimeZone("Europe/Berlin"_ba))
        .toMSecsSinceEpoch();
}

Millis utc(int year, int month, int day, int h, int m = 0)
{
    return QDateTime(QDate(year, month, day), QTime(h, m), Qt::UTC).toMSecsSinceEpoch();
}

constexpr DayHours closed { 0, 0 };

BusinessHours sameEveryDay(DayHours day, const QString &zone = u"Europe/Berlin"_s)
{
    BusinessHours hours;
    hours.alwaysOpen = false;
    hours.timeZone = zone;
    std::fill(std::begin(hours.days), std::end(hours.days), day);
    return hours;
}

/// 09:00-18:00 Monday to Friday.
BusinessHours officeHours(const QString &zone = u"Europe/Berlin"_s)
{
    BusinessHours hours = sameEveryDay({ 9 * 60, 18 * 60 }, zone);
    hours.days[5] = closed;
    hours.days[6] = closed;
    return hours;
}

/// Office hours with Wednesday closed, as for a public holiday.
BusinessHours officeHoursClosedWednesday()
{
    BusinessHours hours = officeHours();
    hours.days[2] = closed;
    return hours;
}

/// 22:00-02:00 every night, written as one range running past midnight.
BusinessHours nightShift() { return sameEveryDay({ 22 * 60, 26 * 60 }); }

/// The Friday night shift 22:00-02:00 written as two days' ranges.
BusinessHours fridayNightAsTwoRanges()
{
    BusinessHours hours = sameEveryDay(closed);
    hours.days[4] = { 22 * 60, 24 * 60 };
    hours.days[5] = { 0, 2 * 60 };
    return hours;
}

/// Open the whole local day, every day: unlike alwaysOpen, the days follow the wall clock.
BusinessHours wholeLocalDays() { return sameEveryDay({ 0, 24 * 60 }); }

BusinessHours alwaysOpen()
{
    BusinessHours hours;
    hours.alwaysOpen = true;
    hours.timeZone = u"Europe/Berlin"_s;
    return hours;
}

/// The policy for X in the SLA tests: office hours, 60/60/1200 minutes, at risk at 75 %.
SlaPolicy officePolicy()
{
    SlaPolicy policy;
    policy.id = 1;
    policy.platform = Platform::X;
    policy.firstResponseMinutes = 60;
    policy.nextResponseMinutes = 60;
    policy.resolutionMinutes = 1200; // two business days and two hours
    policy.atRiskPercent = 75;
    policy.hours = officeHours();
    return policy;
}

Case newCase(Millis openedAt, Platform platform = Platform::X)
{
    Case value;
    value.id = 1;
    value.platform = platform;
    value.status = CaseStatus::New;
    value.openedAt = openedAt;
    value.lastMessageAt = openedAt;
    value.lastCustomerMessageAt = openedAt;
    value.unanswered = 1;
    value.messageCount = 1;
    return value;
}

Case answeredCase(Millis openedAt, Millis answeredAt, Millis customerWroteAt, int unanswered)
{
    Case value = newCase(openedAt);
    value.status = CaseStatus::Open;
    value.firstResponseAt = answeredAt;
    value.lastAgentMessageAt = answeredAt;
    value.lastCustomerMessageAt = customerWroteAt;
    value.unanswered = unanswered;
    return value;
}

SlaPolicy policy(Id id, std::optional<Platform> platform, std::optional<Priority> priority)
{
    SlaPolicy value;
    value.id = id;
    value.platform = platform;
    value.priority = priority;
    return value;
}

} // namespace

class TestSlaClock final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addBusinessMinutes_data();
    void addBusinessMinutes();
    void businessMillisBetween_data();
    void businessMillisBetween();
    void policyFor_data();
    void policyFor();
    void builtInDefault();
    void applyDueTimes_data();
    void applyDueTimes();
    void state_data();
    void state();
    void nextDue_data();
    void nextDue();
};

void TestSlaClock::addBusinessMinutes_data()
{
    QTest::addColumn<BusinessHours>("hours");
    QTest::addColumn<Millis>("start");
    QTest::addColumn<qint64>("minutes");
    QTest::addColumn<Millis>("expected");

    // 2025-01-10 is a Friday, 2025-01-13 a Monday; no DST change near them.
    QTest::newRow("friday 17:30 plus an hour is monday 09:30")
        << officeHours() << berlin(2025, 1, 10, 17, 30) << qint64(60) << berlin(2025, 1, 13, 9, 30);
    QTest::newRow("inside hours adds plainly")
        << officeHours() << berlin(2025, 1, 14, 10) << qint64(60) << berlin(2025, 1, 14, 11);
    QTest::newRow("before opening counts from opening")
        << officeHours() << berlin(2025, 1, 14, 7) << qint64(60) << berlin(2025, 1, 14, 10);
    QTest::newRow("running out at closing is due at closing")
        << officeHours() << berlin(2025, 1, 10, 17) << qint64(60) << berlin(2025, 1, 10, 18);
    QTest::newRow("a weekend arrival counts from monday")
        << officeHours() << berlin(2025, 1, 11, 12) << qint64(90) << berlin(2025, 1, 13, 10, 30);
    QTest::newRow("a business week ends friday at closing")
        << officeHours() << berlin(2025, 1, 13, 9) << qint64(5 * 540) << berlin(2025, 1, 17, 18);
    QTest::newRow("a business week and a minute is the next monday")
        << officeHours() << berlin(2025, 1, 13, 9) << qint64(5 * 540 + 1)
        << berlin(2025, 1, 20, 9, 1);
    QTest::newRow("three business weeks")
        << officeHours() << berlin(2025, 1, 13, 9) << qint64(15 * 540) << berlin(2025, 1, 31, 18);
    QTest::newRow("a closed wednesday is skipped like a holiday")
        << officeHoursClosedWednesday() << berlin(2025, 1, 14, 17, 30) << qint64(60)
        << berlin(2025, 1, 16, 9, 30);
    QTest::newRow("same hours in utc") << officeHours(u"UTC"_s) << utc(2025, 1, 10, 17, 30)
                                       << qint64(60) << utc(2025, 1, 13, 9, 30);
    QTest::newRow("an unknown zone falls back to utc")
        << officeHours(u"Nowhere/Bogus"_s) << utc(2025, 1, 10, 17, 30) << qint64(60)
        << utc(2025, 1, 13, 9, 30);

    QTest::newRow("night shift runs past midnight")
        << nightShift() << berlin(2025, 1, 13, 23, 30) << qint64(60) << berlin(2025, 1, 14, 0, 30);
    QTest::newRow("night shift: early morning belongs to the night before")
        << nightShift() << berlin(2025, 1, 13, 1, 30) << qint64(60) << berlin(2025, 1, 13, 22, 30);
    QTest::newRow("night shift: daytime arrival waits for 22:00")
        << nightShift() << berlin(2025, 1, 13, 12) << qint64(300) << berlin(2025, 1, 14, 23);
    QTest::newRow("two-range night shift crosses midnight")
        << fridayNightAsTwoRanges() << berlin(2025, 1, 10, 23) << qint64(120)
        << berlin(2025, 1, 11, 1);
    QTest::newRow("two-range night shift ends saturday 02:00")
        << fridayNightAsTwoRanges() << berlin(2025, 1, 10, 23) << qint64(180)
        << berlin(2025, 1, 11, 2);
    QTest::newRow("two-range night shift continues the next friday")
        << fridayNightAsTwoRanges() << berlin(2025, 1, 10, 23) << qint64(181)
        << berlin(2025, 1, 17, 22, 1);

    // Berlin springs forward on Sunday 2025-03-30 and falls back on Sunday 2025-10-26.
    QTest::newRow("spring forward: friday 17:30 is monday 09:30 summer time")
        << officeHours() << berlin(2025, 3, 28, 17, 30) << qint64(60) << berlin(2025, 3, 31, 9, 30);
    QTest::newRow("fall back: friday 17:30 is monday 09:30 winter time")
        << officeHours() << berlin(2025, 10, 24, 17, 30) << qint64(60)
        << berlin(2025, 10, 27, 9, 30);
    QTest::newRow("spring forward: the sunday has 23 hours")
        << wholeLocalDays() << berlin(2025, 3, 30, 0) << qint64(23 * 60) << berlin(2025, 3, 31, 0);
    QTest::newRow("fall back: the sunday has 25 hours")
        << wholeLocalDays() << berlin(2025, 10, 26, 0) << qint64(25 * 60)
        << berlin(2025, 10, 27, 0);
    BusinessHours skippedOpening = sameEveryDay(closed);
    skippedOpening.days[6] = { 2 * 60 + 30, 5 * 60 };
    QTest::newRow("spring forward: opening in the skipped hour opens at the jump")
        << skippedOpening << berlin(2025, 3, 30, 0) << qint64(60) << berlin(2025, 3, 30, 4);

    QTest::newRow("always open adds plainly")
        << alwaysOpen() << berlin(2025, 1, 10, 17, 30) << qint64(60) << berlin(2025, 1, 10, 18, 30);
    QTest::newRow("always open counts real hours across a dst change")
        << alwaysOpen() << berlin(2025, 3, 29, 12) << qint64(24 * 60) << berlin(2025, 3, 30, 13);
    QTest::newRow("zero minutes is the start")
        << officeHours() << berlin(2025, 1, 11, 12) << qint64(0) << berlin(2025, 1, 11, 12);
    QTest::newRow("every day closed is never due")
        << sameEveryDay(closed) << berlin(2025, 1, 10, 17, 30) << qint64(60) << SlaClock::Never;
    QTest::newRow("every day closed is never due, however long the target")
        << sameEveryDay(closed) << berlin(2025, 1, 10, 17, 30) << qint64(8 * 7 * 24 * 60)
        << SlaClock::Never;
}

void TestSlaClock::addBusinessMinutes()
{
    QFETCH(BusinessHours, hours);
    QFETCH(Millis, start);
    QFETCH(qint64, minutes);
    QFETCH(Millis, expected);

    const Millis due = SlaClock::addBusinessMinutes(start, minutes, hours);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(due, Qt::UTC),
             QDateTime::fromMSecsSinceEpoch(expected, Qt::UTC));
    QCOMPARE(due, expected);
    // The two walks agree: the business time up to the due time is the target.
    if (expected != SlaClock::Never)
        QCOMPARE(SlaClock::businessMillisBetween(start, due, hours), minutes * minute);
}

void TestSlaClock::businessMillisBetween_data()
{
    QTest::addColumn<BusinessHours>("hours");
    QTest::addColumn<Millis>("from");
    QTest::addColumn<Millis>("to");
    QTest::addColumn<Millis>("expected");

    QTest::newRow("within one day")
        << officeHours() << berlin(2025, 1, 14, 10) << berlin(2025, 1, 14, 12) << 2 * hour;
    QTest::newRow("friday evening to monday morning is one hour")
        << officeHours() << berlin(2025, 1, 10, 17, 30) << berlin(2025, 1, 13, 9, 30) << hour;
    QTest::newRow("a calendar week is five business days")
        << officeHours() << berlin(2025, 1, 13, 9) << berlin(2025, 1, 20, 9) << 45 * hour;
    QTest::newRow("a weekend alone is nothing")
        << officeHours() << berlin(2025, 1, 11, 10) << berlin(2025, 1, 12, 20) << Millis(0);
    QTest::newRow("backwards is nothing")
        << officeHours() << berlin(2025, 1, 14, 12) << berlin(2025, 1, 14, 10) << Millis(0);
    QTest::newRow("a closed wednesday counts nothing")
        << officeHoursClosedWednesday() << berlin(2025, 1, 14, 12) << berlin(2025, 1, 16, 12)
        << 9 * hour;
    QTest::newRow("night shift across midnight")
        << nightShift() << berlin(2025, 1, 13, 21) << berlin(2025, 1, 14, 3) << 4 * hour;
    QTest::newRow("two-range night shift across midnight")
        << fridayNightAsTwoRanges() << berlin(2025, 1, 10, 21) << berlin(2025, 1, 11, 3)
        << 4 * hour;
    BusinessHours overlapping = sameEveryDay(closed);
    overlapping.days[0] = { 22 * 60, 26 * 60 };
    overlapping.days[1] = { 0, 3 * 60 };
    QTest::newRow("a range past midnight overlapping the next day counts once")
        << overlapping << berlin(2025, 1, 13, 20) << berlin(2025, 1, 14, 6) << 5 * hour;
    QTest::newRow("spring forward: the sunday has 23 hours")
        << wholeLocalDays() << berlin(2025, 3, 30, 0) << berlin(2025, 3, 31, 0) << 23 * hour;
    QTest::newRow("fall back: the sunday has 25 hours")
        << wholeLocalDays() << berlin(2025, 10, 26, 0) << berlin(2025, 10, 27, 0) << 25 * hour;
    QTest::newRow("spring forward: office hours keep nine hours a day")
        << officeHours() << berlin(2025, 3, 28, 9) << berlin(2025, 3, 31, 18) << 18 * hour;
    QTest::newRow("always open counts everything")
        << alwaysOpen() << berlin(2025, 1, 10, 17, 30) << berlin(2025, 1, 13, 9, 30) << 64 * hour;
    QTest::newRow("every day closed counts nothing")
        << sameEveryDay(closed) << berlin(2025, 1, 10, 9) << berlin(2025, 3, 10, 9) << Millis(0);
}

void TestSlaClock::businessMillisBetween()
{
    QFETCH(BusinessHours, hours);
    QFETCH(Millis, from);
    QFETCH(Millis, to);
    QFETCH(Millis, expected);

    QCOMPARE(SlaClock::businessMillisBetween(from, to, hours), expected);
}

void TestSlaClock::policyFor_data()
{
    QTest::addColumn<QList<SlaPolicy>>("policies");
    QTest::addColumn<Platform>("platform");
    QTest::addColumn<Priority>("priority");
    QTest::addColumn<Id>("expectedId");

    // Listed from least to most specific, and the other way round: order must not matter.
    const QList<SlaPolicy> all { policy(1, std::nullopt, std::nullopt),
                                 policy(2, std::nullopt, Priority::Urgent),
                                 policy(3, Platform::X, std::nullopt),
                                 policy(4, Platform::X, Priority::Urgent) };
    QList<SlaPolicy> reversed = all;
    std::reverse(reversed.begin(), reversed.end());
    const QList<SlaPolicy> noCatchAll = all.mid(1);

    QTest::newRow("platform and priority beat everything")
        << all << Platform::X << Priority::Urgent << Id(4);
    QTest::newRow("platform and priority beat everything, reversed list")
        << reversed << Platform::X << Priority::Urgent << Id(4);
    QTest::newRow("platform alone beats priority alone")
        << all << Platform::X << Priority::Normal << Id(3);
    QTest::newRow("priority alone when the platform has none")
        << all << Platform::Mastodon << Priority::Urgent << Id(2);
    QTest::newRow("priority alone, reversed list")
        << reversed << Platform::Mastodon << Priority::Urgent << Id(2);
    QTest::newRow("catch-all when nothing specific matches")
        << all << Platform::Mastodon << Priority::Low << Id(1);
    QTest::newRow("catch-all, reversed list")
        << reversed << Platform::Mastodon << Priority::Low << Id(1);
    QTest::newRow("built-in default when nothing matches")
        << noCatchAll << Platform::Mastodon << Priority::Low << Id(0);
    QTest::newRow("built-in default without policies")
        << QList<SlaPolicy> {} << Platform::X << Priority::Urgent << Id(0);
    QTest::newRow("first of two equal matches wins")
        << QList<SlaPolicy> { policy(5, Platform::Vk, std::nullopt),
                              policy(6, Platform::Vk, std::nullopt) }
        << Platform::Vk << Priority::High << Id(5);
}

void TestSlaClock::policyFor()
{
    QFETCH(QList<SlaPolicy>, policies);
    QFETCH(Platform, platform);
    QFETCH(Priority, priority);
    QFETCH(Id, expectedId);

    QCOMPARE(SlaClock(policies).policyFor(platform, priority).id, expectedId);
}

void TestSlaClock::builtInDefault()
{
    const SlaPolicy fallback = SlaClock().policyFor(Platform::Telegram, Priority::Normal);
    QCOMPARE(fallback.id, Id(0));
    QCOMPARE(fallback.firstResponseMinutes, 60);
    QCOMPARE(fallback.nextResponseMinutes, 60);
    QCOMPARE(fallback.resolutionMinutes, 24 * 60);
    QCOMPARE(fallback.atRiskPercent, 75);
    QVERIFY(fallback.hours.alwaysOpen);
}

void TestSlaClock::applyDueTimes_data()
{
    QTest::addColumn<Case>("value");
    QTest::addColumn<Millis>("firstResponseDue");
    QTest::addColumn<Millis>("nextResponseDue");
    QTest::addColumn<Millis>("resolutionDue");

    // Opened Friday 17:30: 30 minutes that day, then Monday. Resolution (1200 minutes):
    // 30 on Friday, 540 on Monday, 540 on Tuesday, 90 on Wednesday.
    const Millis opened = berlin(2025, 1, 10, 17, 30);
    const Millis resolution = berlin(2025, 1, 15, 10, 30);

    QTest::newRow("new case: first response and resolution")
        << newCase(opened) << berlin(2025, 1, 13, 9, 30) << Millis(0) << resolution;
    QTest::newRow("answered, nothing unanswered: resolution only")
        << answeredCase(opened, berlin(2025, 1, 13, 9, 10), opened, 0) << Millis(0) << Millis(0)
        << resolution;
    QTest::newRow("customer wrote after the answer: next response")
        << answeredCase(opened, berlin(2025, 1, 13, 9, 10), berlin(2025, 1, 13, 10), 1)
        << Millis(0) << berlin(2025, 1, 13, 11) << resolution;
    QTest::newRow("next response counts from the latest customer message")
        << answeredCase(opened, berlin(2025, 1, 13, 9, 10), berlin(2025, 1, 13, 17, 45), 2)
        << Millis(0) << berlin(2025, 1, 14, 9, 45) << resolution;

    Case snoozedUnanswered = newCase(opened);
    snoozedUnanswered.status = CaseStatus::Snoozed;
    snoozedUnanswered.snoozedUntil = berlin(2025, 2, 1, 9);
    QTest::newRow("snoozed before the first answer keeps the first response target")
        << snoozedUnanswered << berlin(2025, 1, 13, 9, 30) << Millis(0) << resolution;
    Case snoozedAnswered
        = answeredCase(opened, berlin(2025, 1, 13, 9, 10), berlin(2025, 1, 13, 10), 1);
    snoozedAnswered.status = CaseStatus::Snoozed;
    snoozedAnswered.snoozedUntil = berlin(2025, 2, 1, 9);
    QTest::newRow("snoozed with a new customer message keeps the next response target")
        << snoozedAnswered << Millis(0) << berlin(2025, 1, 13, 11) << resolution;

    Case resolved = answeredCase(opened, berlin(2025, 1, 13, 9, 10), berlin(2025, 1, 13, 10), 1);
    resolved.status = CaseStatus::Resolved;
    resolved.resolvedAt = berlin(2025, 1, 13, 12);
    QTest::newRow("resolved: nothing pending") << resolved << Millis(0) << Millis(0) << Millis(0);
    Case resolvedUnanswered = newCase(opened);
    resolvedUnanswered.status = CaseStatus::Resolved;
    QTest::newRow("resolved without an answer: nothing pending either")
        << resolvedUnanswered << Millis(0) << Millis(0) << Millis(0);

    QTest::newRow("another platform gets the always-open default")
        << newCase(opened, Platform::Telegram) << opened + hour << Millis(0) << opened + 24 * hour;
}

void TestSlaClock::applyDueTimes()
{
    QFETCH(Case, value);
    QFETCH(Millis, firstResponseDue);
    QFETCH(Millis, nextResponseDue);
    QFETCH(Millis, resolutionDue);

    // Stale values show that every due time is rewritten or cleared.
    value.firstResponseDue = 1;
    value.nextResponseDue = 1;
    value.resolutionDue = 1;
    SlaClock(QList<SlaPolicy> { officePolicy() }).applyDueTimes(value);
    QCOMPARE(value.firstResponseDue, firstResponseDue);
    QCOMPARE(value.nextResponseDue, nextResponseDue);
    QCOMPARE(value.resolutionDue, resolutionDue);
}

void TestSlaClock::state_data()
{
    QTest::addColumn<Case>("value");
    QTest::addColumn<Millis>("now");
    QTest::addColumn<SlaState>("expected");

    // Opened Monday 09:00: the first response is due at 10:00, at risk from 09:45.
    const Case monday = newCase(berlin(2025, 1, 13, 9));
    QTest::newRow("fresh case is ok") << monday << berlin(2025, 1, 13, 9, 10) << SlaState::Ok;
    QTest::newRow("just short of 75 percent is ok")
        << monday << berlin(2025, 1, 13, 9, 45) - 1 << SlaState::Ok;
    QTest::newRow("75 percent is at risk")
        << monday << berlin(2025, 1, 13, 9, 45) << SlaState::AtRisk;
    QTest::newRow("exactly at the due time is at risk, not breached")
        << monday << berlin(2025, 1, 13, 10) << SlaState::AtRisk;
    QTest::newRow("past the due time is breached")
        << monday << berlin(2025, 1, 13, 10) + 1 << SlaState::Breached;

    // Opened Friday 17:30: due Monday 09:30; only business time counts towards the risk.
    const Case friday = newCase(berlin(2025, 1, 10, 17, 30));
    QTest::newRow("friday evening is ok") << friday << berlin(2025, 1, 10, 17, 50) << SlaState::Ok;
    QTest::newRow("the weekend does not use up the target")
        << friday << berlin(2025, 1, 12, 20) << SlaState::Ok;
    QTest::newRow("monday 09:15 is at risk")
        << friday << berlin(2025, 1, 13, 9, 15) << SlaState::AtRisk;
    QTest::newRow("monday 09:31 is breached")
        << friday << berlin(2025, 1, 13, 9, 31) << SlaState::Breached;

    Case snoozed = monday;
    snoozed.status = CaseStatus::Snoozed;
    snoozed.snoozedUntil = berlin(2025, 1, 20, 9);
    QTest::newRow("a snooze does not stop the first response clock")
        << snoozed << berlin(2025, 1, 13, 10, 30) << SlaState::Breached;

    // Answered, then the customer wrote Wednesday 09:50: next response due 10:50, resolution
    // (1200 minutes from Monday 09:00) due Wednesday 11:00.
    const Case wednesday = answeredCase(berlin(2025, 1, 13, 9), berlin(2025, 1, 13, 9, 5),
                                        berlin(2025, 1, 15, 9, 50), 1);
    QTest::newRow("a fresh next response cannot hide a nearly spent resolution")
        << wednesday << berlin(2025, 1, 15, 9, 55) << SlaState::AtRisk;
    const Case answeredMonday = answeredCase(berlin(2025, 1, 13, 9), berlin(2025, 1, 13, 9, 5),
                                             berlin(2025, 1, 13, 9), 0);
    QTest::newRow("answered on monday with nothing unanswered, resolution ok")
        << answeredMonday << berlin(2025, 1, 13, 12) << SlaState::Ok;

    Case resolved = wednesday;
    resolved.status = CaseStatus::Resolved;
    QTest::newRow("resolved has nothing pending")
        << resolved << berlin(2025, 2, 1, 12) << SlaState::None;
}

void TestSlaClock::state()
{
    QFETCH(Case, value);
    QFETCH(Millis, now);
    QFETCH(SlaState, expected);

    const SlaClock sla(QList<SlaPolicy> { officePolicy() });
    sla.applyDueTimes(value);
    const ManualClock clock(now);
    QCOMPARE(toString(sla.state(value, clock.now())), toString(expected));
}

void TestSlaClock::nextDue_data()
{
    QTest::addColumn<Millis>("firstResponseDue");
    QTest::addColumn<Millis>("nextResponseDue");
    QTest::addColumn<Millis>("resolutionDue");
    QTest::addColumn<CaseStatus>("status");
    QTest::addColumn<Millis>("expected");

    QTest::newRow("nothing pending is zero")
        << Millis(0) << Millis(0) << Millis(0) << CaseStatus::Open << Millis(0);
    QTest::newRow("the earliest wins")
        << Millis(300) << Millis(0) << Millis(200) << CaseStatus::Open << Millis(200);
    QTest::newRow("zero means not pending, not earliest")
        << Millis(0) << Millis(500) << Millis(900) << CaseStatus::Open << Millis(500);
    QTest::newRow("a resolved case waits for nothing")
        << Millis(300) << Millis(0) << Millis(200) << CaseStatus::Resolved << Millis(0);
}

void TestSlaClock::nextDue()
{
    QFETCH(Millis, firstResponseDue);
    QFETCH(Millis, nextResponseDue);
    QFETCH(Millis, resolutionDue);
    QFETCH(CaseStatus, status);
    QFETCH(Millis, expected);

    Case value;
    value.status = status;
    value.firstResponseDue = firstResponseDue;
    value.nextResponseDue = nextResponseDue;
    value.resolutionDue = resolutionDue;
    QCOMPARE(SlaClock::nextDue(value), expected);
}

QTEST_GUILESS_MAIN(TestSlaClock)
#include "tst_slaclock.moc"
