// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/messagingwindow.h"

#include <QTest>

using namespace CareDesk;

class TestMessagingWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void states_data();
    void states();
    void withoutHumanAgentTag();
};

namespace {
constexpr Millis hour = 3600 * 1000;
constexpr Millis day = 24 * hour;
constexpr Millis now = 1700000000000LL;
} // namespace

void TestMessagingWindow::states_data()
{
    QTest::addColumn<Millis>("last");
    QTest::addColumn<int>("state");
    QTest::addColumn<Millis>("left");
    QTest::addColumn<Millis>("closedFor");

    using S = MessagingWindow::State;
    QTest::newRow("never wrote") << Millis(0) << int(S::NotOpened) << Millis(0) << Millis(0);
    QTest::newRow("just now") << now << int(S::Standard) << day << Millis(0);
    QTest::newRow("future clock counts as now")
        << now + hour << int(S::Standard) << day << Millis(0);
    QTest::newRow("19 h ago: 5 h left")
        << now - 19 * hour << int(S::Standard) << 5 * hour << Millis(0);
    QTest::newRow("1 ms before 24 h")
        << now - day + 1 << int(S::Standard) << Millis(1) << Millis(0);
    QTest::newRow("exactly 24 h: tag") << now - day << int(S::HumanAgent) << 6 * day << Millis(0);
    QTest::newRow("4 days: 3 days left")
        << now - 4 * day << int(S::HumanAgent) << 3 * day << Millis(0);
    QTest::newRow("1 ms before 7 days")
        << now - 7 * day + 1 << int(S::HumanAgent) << Millis(1) << Millis(0);
    QTest::newRow("exactly 7 days: closed")
        << now - 7 * day << int(S::Closed) << Millis(0) << Millis(0);
    QTest::newRow("9 days: closed 2 days ago")
        << now - 9 * day << int(S::Closed) << Millis(0) << 2 * day;
}

void TestMessagingWindow::states()
{
    QFETCH(Millis, last);
    QFETCH(int, state);
    QFETCH(Millis, left);
    QFETCH(Millis, closedFor);
    const MessagingWindow window = MessagingWindow::at(last, now);
    QCOMPARE(int(window.state), state);
    QCOMPARE(window.left, left);
    QCOMPARE(window.closedFor, closedFor);
    QCOMPARE(window.canSend(),
        window.state == MessagingWindow::State::Standard
            || window.state == MessagingWindow::State::HumanAgent);
}

void TestMessagingWindow::withoutHumanAgentTag()
{
    QVERIFY(
        MessagingWindow::at(now - 5 * hour, now, false).state == MessagingWindow::State::Standard);
    const MessagingWindow closed = MessagingWindow::at(now - 3 * day, now, false);
    QVERIFY(closed.state == MessagingWindow::State::Closed);
    QCOMPARE(closed.closedFor, 2 * day);
    QVERIFY(!closed.canSend());
}

QTEST_GUILESS_MAIN(TestMessagingWindow)
#include "tst_messagingwindow.moc"
