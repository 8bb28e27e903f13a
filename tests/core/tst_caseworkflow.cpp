// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/caseworkflow.h"
#include "app/core/clock.h"

#include <QList>
#include <QObject>
#include <QTest>

#include <utility>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

// Statuses are compared through toString(): QCOMPARE on the enum itself does not compile, since
// argument-dependent lookup finds CareDesk::toString (returning QString) where QTest wants its
// own char * overload. The strings also make failures readable.

namespace {

constexpr Millis minute = Millis(60) * 1000;
constexpr Millis hour = 60 * minute;
// 2025-01-13T10:00:00Z; any fixed moment will do, a real one reads better in a debugger.
constexpr Millis start = 1736762400000;

const QList<CaseStatus> allStatuses { CaseStatus::New, CaseStatus::Open, CaseStatus::Pending,
                                      CaseStatus::Snoozed, CaseStatus::Resolved };

// The rules written out pair by pair, not derived from the code under test.
const QList<std::pair<CaseStatus, CaseStatus>> allowedMoves {
    { CaseStatus::New, CaseStatus::Open },         { CaseStatus::New, CaseStatus::Pending },
    { CaseStatus::New, CaseStatus::Snoozed },      { CaseStatus::New, CaseStatus::Resolved },
    { CaseStatus::Open, CaseStatus::Pending },     { CaseStatus::Open, CaseStatus::Snoozed },
    { CaseStatus::Open, CaseStatus::Resolved },    { CaseStatus::Pending, CaseStatus::Open },
    { CaseStatus::Pending, CaseStatus::Snoozed },  { CaseStatus::Pending, CaseStatus::Resolved },
    { CaseStatus::Snoozed, CaseStatus::Open },     { CaseStatus::Snoozed, CaseStatus::Pending },
    { CaseStatus::Snoozed, CaseStatus::Resolved }, { CaseStatus::Resolved, CaseStatus::Open },
};

/// A case in the given status, with the stamps that status implies.
Case caseIn(CaseStatus status, Millis now)
{
    Case value;
    value.id = 7;
    value.status = status;
    value.openedAt = now - 2 * hour;
    value.lastMessageAt = now - hour;
    value.lastCustomerMessageAt = now - hour;
    value.messageCount = 3;
    value.version = 5;
    if (status == CaseStatus::Snoozed)
        value.snoozedUntil = now + hour;
    if (status == CaseStatus::Resolved)
        value.resolvedAt = now - minute;
    return value;
}

} // namespace

class TestCaseWorkflow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transitions_data();
    void transitions();
    void snooze_data();
    void snooze();
    void customerMessage_data();
    void customerMessage();
    void customerMessageTimesOnlyMoveForward_data();
    void customerMessageTimesOnlyMoveForward();
    void agentReply_data();
    void agentReply();
    void wakeIfDue_data();
    void wakeIfDue();
};

void TestCaseWorkflow::transitions_data()
{
    QTest::addColumn<CaseStatus>("from");
    QTest::addColumn<CaseStatus>("to");
    QTest::addColumn<bool>("allowed");

    for (const CaseStatus from : allStatuses) {
        for (const CaseStatus to : allStatuses) {
            const bool allowed = allowedMoves.contains(std::pair { from, to });
            QTest::addRow("%s to %s %s", qPrintable(toString(from)), qPrintable(toString(to)),
                          allowed ? "allowed" : "refused")
                << from << to << allowed;
        }
    }
}

void TestCaseWorkflow::transitions()
{
    QFETCH(CaseStatus, from);
    QFETCH(CaseStatus, to);
    QFETCH(bool, allowed);

    const ManualClock clock(start);
    const Millis snoozeUntil = clock.now() + 4 * hour;
    const Case before = caseIn(from, clock.now());

    QCOMPARE(CaseWorkflow::canTransition(from, to), allowed);

    const Result<Case> result = CaseWorkflow::changeStatus(before, to, clock.now(), snoozeUntil);
    QCOMPARE(result.ok(), allowed);
    if (!allowed) {
        QCOMPARE(result.error().code, ErrorCode::Invalid);
        // One clear sentence that names the target.
        QVERIFY(result.error().message.endsWith(u'.'));
        QVERIFY2(result.error().message.contains(toString(to)), qPrintable(result.error().message));
        return;
    }

    const Case &after = result.value();
    QCOMPARE(toString(after.status), toString(to));
    QCOMPARE(after.version, before.version + 1);
    QCOMPARE(after.snoozedUntil, to == CaseStatus::Snoozed ? snoozeUntil : 0);
    QCOMPARE(after.resolvedAt, to == CaseStatus::Resolved ? clock.now() : 0);
    // A status change is not a message.
    QCOMPARE(after.messageCount, before.messageCount);
    QCOMPARE(after.lastMessageAt, before.lastMessageAt);
}

void TestCaseWorkflow::snooze_data()
{
    QTest::addColumn<Millis>("untilFromNow");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("a day ahead is accepted") << 24 * hour << true;
    QTest::newRow("one millisecond ahead is accepted") << Millis(1) << true;
    QTest::newRow("exactly now is refused") << Millis(0) << false;
    QTest::newRow("an hour in the past is refused") << -hour << false;
}

void TestCaseWorkflow::snooze()
{
    QFETCH(Millis, untilFromNow);
    QFETCH(bool, accepted);

    ManualClock clock(start);
    clock.advance(3 * hour);
    const Case before = caseIn(CaseStatus::Open, clock.now());

    const Result<Case> result = CaseWorkflow::changeStatus(before, CaseStatus::Snoozed, clock.now(),
                                                           clock.now() + untilFromNow);
    QCOMPARE(result.ok(), accepted);
    if (accepted) {
        QCOMPARE(toString(result.value().status), toString(CaseStatus::Snoozed));
        QCOMPARE(result.value().snoozedUntil, clock.now() + untilFromNow);
    } else {
        QCOMPARE(result.error().code, ErrorCode::Invalid);
        QVERIFY(result.error().message.contains(u"future"_s));
    }
}

void TestCaseWorkflow::customerMessage_data()
{
    QTest::addColumn<CaseStatus>("before");
    QTest::addColumn<CaseStatus>("after");
    QTest::addColumn<bool>("reopened");

    QTest::newRow("new stays new until an agent answers")
        << CaseStatus::New << CaseStatus::New << false;
    QTest::newRow("open stays open") << CaseStatus::Open << CaseStatus::Open << false;
    QTest::newRow("pending reopens") << CaseStatus::Pending << CaseStatus::Open << true;
    QTest::newRow("snoozed reopens and forgets the snooze")
        << CaseStatus::Snoozed << CaseStatus::Open << true;
    QTest::newRow("resolved reopens and forgets the resolution")
        << CaseStatus::Resolved << CaseStatus::Open << true;
}

void TestCaseWorkflow::customerMessage()
{
    QFETCH(CaseStatus, before);
    QFETCH(CaseStatus, after);
    QFETCH(bool, reopened);

    const ManualClock clock(start);
    Case value = caseIn(before, clock.now());
    value.unanswered = 2;
    const Case old = value;

    QCOMPARE(CaseWorkflow::applyCustomerMessage(value, clock.now()), reopened);
    QCOMPARE(toString(value.status), toString(after));
    QCOMPARE(value.unanswered, old.unanswered + 1);
    QCOMPARE(value.messageCount, old.messageCount + 1);
    QCOMPARE(value.lastMessageAt, clock.now());
    QCOMPARE(value.lastCustomerMessageAt, clock.now());
    QCOMPARE(value.version, old.version + 1);
    if (reopened) {
        QCOMPARE(value.snoozedUntil, Millis(0));
        QCOMPARE(value.resolvedAt, Millis(0));
    }
}

void TestCaseWorkflow::customerMessageTimesOnlyMoveForward_data()
{
    QTest::addColumn<Millis>("at");
    QTest::addColumn<Millis>("expected");

    QTest::newRow("a later message moves the times") << start + hour << start + hour;
    QTest::newRow("an earlier message arriving late leaves them") << start - 3 * hour << start;
}

void TestCaseWorkflow::customerMessageTimesOnlyMoveForward()
{
    QFETCH(Millis, at);
    QFETCH(Millis, expected);

    Case value = caseIn(CaseStatus::Open, start);
    value.lastMessageAt = start;
    value.lastCustomerMessageAt = start;

    CaseWorkflow::applyCustomerMessage(value, at);
    QCOMPARE(value.lastMessageAt, expected);
    QCOMPARE(value.lastCustomerMessageAt, expected);
    QCOMPARE(value.unanswered, 1);
}

void TestCaseWorkflow::agentReply_data()
{
    QTest::addColumn<CaseStatus>("before");
    QTest::addColumn<Millis>("firstResponseBefore");
    QTest::addColumn<CaseStatus>("after");
    QTest::addColumn<Millis>("firstResponseAfter");

    QTest::newRow("first reply opens a new case and stamps the first response")
        << CaseStatus::New << Millis(0) << CaseStatus::Open << start;
    QTest::newRow("a later reply keeps the first response")
        << CaseStatus::Open << start - hour << CaseStatus::Open << start - hour;
    QTest::newRow("a reply leaves a pending case pending")
        << CaseStatus::Pending << start - hour << CaseStatus::Pending << start - hour;
    QTest::newRow("a reply does not reopen a resolved case")
        << CaseStatus::Resolved << start - hour << CaseStatus::Resolved << start - hour;
}

void TestCaseWorkflow::agentReply()
{
    QFETCH(CaseStatus, before);
    QFETCH(Millis, firstResponseBefore);
    QFETCH(CaseStatus, after);
    QFETCH(Millis, firstResponseAfter);

    const ManualClock clock(start);
    Case value = caseIn(before, clock.now());
    value.firstResponseAt = firstResponseBefore;
    value.unanswered = 3;
    const Case old = value;

    CaseWorkflow::applyAgentReply(value, clock.now());
    QCOMPARE(toString(value.status), toString(after));
    QCOMPARE(value.firstResponseAt, firstResponseAfter);
    QCOMPARE(value.lastAgentMessageAt, clock.now());
    QCOMPARE(value.lastMessageAt, clock.now());
    QCOMPARE(value.lastCustomerMessageAt, old.lastCustomerMessageAt);
    QCOMPARE(value.messageCount, old.messageCount + 1);
    QCOMPARE(value.unanswered, 0);
    QCOMPARE(value.version, old.version + 1);
}

void TestCaseWorkflow::wakeIfDue_data()
{
    QTest::addColumn<CaseStatus>("before");
    QTest::addColumn<Millis>("elapsed");
    QTest::addColumn<bool>("woke");

    // caseIn snoozes for one hour.
    QTest::newRow("snoozed past its time wakes") << CaseStatus::Snoozed << 2 * hour << true;
    QTest::newRow("snoozed exactly at its time wakes") << CaseStatus::Snoozed << hour << true;
    QTest::newRow("snoozed before its time sleeps on")
        << CaseStatus::Snoozed << hour - 1 << false;
    QTest::newRow("an open case is left alone") << CaseStatus::Open << 2 * hour << false;
    QTest::newRow("a pending case is left alone") << CaseStatus::Pending << 2 * hour << false;
}

void TestCaseWorkflow::wakeIfDue()
{
    QFETCH(CaseStatus, before);
    QFETCH(Millis, elapsed);
    QFETCH(bool, woke);

    ManualClock clock(start);
    Case value = caseIn(before, clock.now());
    const Case old = value;
    clock.advance(elapsed);

    QCOMPARE(CaseWorkflow::wakeIfDue(value, clock.now()), woke);
    if (woke) {
        QCOMPARE(toString(value.status), toString(CaseStatus::Open));
        QCOMPARE(value.snoozedUntil, Millis(0));
        QCOMPARE(value.version, old.version + 1);
    } else {
        QCOMPARE(toString(value.status), toString(old.status));
        QCOMPARE(value.snoozedUntil, old.snoozedUntil);
        QCOMPARE(value.version, old.version);
    }
}

QTEST_GUILESS_MAIN(TestCaseWorkflow)
#include "tst_caseworkflow.moc"
