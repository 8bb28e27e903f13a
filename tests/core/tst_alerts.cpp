// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisor board's alert rules on constructed histories: exactly at each threshold, just
// below it, too few cases for a spike, and hours and weekdays across daylight saving changes.

#include "app/core/alerts.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {

constexpr Millis minute = 60 * 1000;
constexpr Millis hour = 60 * minute;

Millis at(const QString &iso, const QByteArray &zone)
{
    return QDateTime(QDate::fromString(iso.left(10), Qt::ISODate),
        QTime::fromString(iso.mid(11, 5), u"HH:mm"_s), QTimeZone(zone))
        .toMSecsSinceEpoch();
}

QString local(Millis t, const QByteArray &zone)
{
    return QDateTime::fromMSecsSinceEpoch(t, QTimeZone(zone)).toString(u"yyyy-MM-dd HH:mm ddd"_s);
}

} // namespace

class TestAlerts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aboutToBreach_data();
    void aboutToBreach();
    void spike_data();
    void spike();
    void sameHourAcrossDaylightSaving_data();
    void sameHourAcrossDaylightSaving();
    void currentHourAndDay();
    void negativePost_data();
    void negativePost();
};

void TestAlerts::aboutToBreach_data()
{
    QTest::addColumn<Millis>("dueIn"); // relative to now; 0 means no due time
    QTest::addColumn<CaseStatus>("status");
    QTest::addColumn<bool>("alert");
    QTest::newRow("exactly at the warning time") << 15 * minute << CaseStatus::Open << true;
    QTest::newRow("a millisecond past the warning time")
        << 15 * minute + 1 << CaseStatus::Open << false;
    QTest::newRow("well within") << 5 * minute << CaseStatus::New << true;
    QTest::newRow("due right now (not yet breached)") << Millis(0) << CaseStatus::Open << true;
    QTest::newRow("already breached") << Millis(-1) << CaseStatus::Open << false;
    QTest::newRow("resolved cases never breach") << 5 * minute << CaseStatus::Resolved << false;
}

void TestAlerts::aboutToBreach()
{
    QFETCH(Millis, dueIn);
    QFETCH(CaseStatus, status);
    QFETCH(bool, alert);
    const Millis now = 1800000000000;
    Case c;
    c.status = status;
    c.firstResponseDue = now + dueIn;
    c.resolutionDue = now + 24 * hour; // the nearest due time decides
    AlertSettings settings;
    settings.breachWarningMs = 15 * minute;
    const std::optional<Millis> due = Alerts::aboutToBreach(c, now, settings);
    QCOMPARE(due.has_value(), alert);
    if (alert)
        QCOMPARE(*due, now + dueIn);

    // Without any pending due time there is nothing to breach.
    Case none;
    QVERIFY(!Alerts::aboutToBreach(none, now, settings));
}

void TestAlerts::spike_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QList<int>>("history");
    QTest::addColumn<bool>("spike");
    // History 2, 4, 4, 4 -> mean 3.5, population deviation sqrt(0.75) ~ 0.866: threshold 6.098.
    QTest::newRow("above mean + 3 sd") << 7 << QList<int> { 2, 4, 4, 4 } << true;
    QTest::newRow("below mean + 3 sd") << 6 << QList<int> { 2, 4, 4, 4 } << false;
    // History 4, 4, 6, 6 -> mean 5, deviation 1: threshold exactly 8, which must be exceeded.
    QTest::newRow("exactly at the threshold") << 8 << QList<int> { 4, 4, 6, 6 } << false;
    QTest::newRow("one above the threshold") << 9 << QList<int> { 4, 4, 6, 6 } << true;
    // A quiet queue: anything beats a flat zero history, but a spike needs five cases.
    QTest::newRow("fewer than five cases") << 4 << QList<int> { 0, 0, 0, 0 } << false;
    QTest::newRow("exactly five cases") << 5 << QList<int> { 0, 0, 0, 0 } << true;
    QTest::newRow("five cases, busy as usual") << 5 << QList<int> { 5, 5, 5, 5 } << false;
    QTest::newRow("no history yet") << 5 << QList<int> {} << true;
    QTest::newRow("a week missing (daylight saving)") << 12 << QList<int> { 3, 4, 5 } << true;
}

void TestAlerts::spike()
{
    QFETCH(int, count);
    QFETCH(QList<int>, history);
    QFETCH(bool, spike);
    const SpikeCheck check = Alerts::spike(count, history, AlertSettings {});
    QCOMPARE(check.spike, spike);
    QCOMPARE(check.count, count);
    if (history == QList<int> { 4, 4, 6, 6 }) {
        QCOMPARE(check.mean, 5.0);
        QCOMPARE(check.deviation, 1.0);
        QCOMPARE(check.threshold, 8.0);
    }
}

void TestAlerts::sameHourAcrossDaylightSaving_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("now"); // local time
    QTest::addColumn<QStringList>("expected"); // local starts, newest first
    QTest::addColumn<QList<Millis>>("lengths");
    // Berlin moved to summer time on 2026-03-29 (02:00 -> 03:00). A Monday 10:15 after it: the
    // same hour on the four Mondays before, two of them in winter time, all at 10:00 local.
    QTest::newRow("after spring forward")
        << "Europe/Berlin"_ba << u"2026-04-13T10:15"_s
        << QStringList { u"2026-04-06 10:00 Mon"_s, u"2026-03-30 10:00 Mon"_s,
               u"2026-03-23 10:00 Mon"_s, u"2026-03-16 10:00 Mon"_s }
        << QList<Millis> { hour, hour, hour, hour };
    // 02:xx did not exist on Sunday 2026-03-29 in Berlin: that week is left out.
    QTest::newRow("the skipped hour") << "Europe/Berlin"_ba << u"2026-04-05T02:30"_s
                                      << QStringList { u"2026-03-22 02:00 Sun"_s,
                                             u"2026-03-15 02:00 Sun"_s, u"2026-03-08 02:00 Sun"_s }
                                      << QList<Millis> { hour, hour, hour };
    // Berlin went back on 2026-10-25 (03:00 -> 02:00): 02:xx happened twice; the first counts.
    QTest::newRow("the repeated hour")
        << "Europe/Berlin"_ba << u"2026-11-01T02:30"_s
        << QStringList { u"2026-10-25 02:00 Sun"_s, u"2026-10-18 02:00 Sun"_s,
               u"2026-10-11 02:00 Sun"_s, u"2026-10-04 02:00 Sun"_s }
        << QList<Millis> { hour, hour, hour, hour };
    // Moscow keeps one offset all year; the weekday is Moscow's even where UTC is still Sunday.
    QTest::newRow("another zone's weekday")
        << "Europe/Moscow"_ba << u"2026-06-15T01:10"_s
        << QStringList { u"2026-06-08 01:00 Mon"_s, u"2026-06-01 01:00 Mon"_s,
               u"2026-05-25 01:00 Mon"_s, u"2026-05-18 01:00 Mon"_s }
        << QList<Millis> { hour, hour, hour, hour };
}

void TestAlerts::sameHourAcrossDaylightSaving()
{
    QFETCH(QByteArray, zone);
    QFETCH(QString, now);
    QFETCH(QStringList, expected);
    QFETCH(QList<Millis>, lengths);
    AlertSettings settings;
    settings.timeZone = zone;
    const QList<TimeSpan> spans = Alerts::sameHourInPreviousWeeks(at(now, zone), settings);
    QStringList starts;
    for (const TimeSpan &span : spans)
        starts.append(local(span.start, zone));
    QCOMPARE(starts, expected);
    for (qsizetype i = 0; i < spans.size(); ++i)
        QCOMPARE(spans.at(i).end - spans.at(i).start, lengths.at(i));
    if (QTest::currentDataTag() == "the repeated hour"_ba) {
        // The first 02:00 of 2026-10-25 was still summer time: 00:00 UTC.
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(spans.first().start, QTimeZone::utc()).time(),
            QTime(0, 0));
    }
}

void TestAlerts::currentHourAndDay()
{
    AlertSettings settings;
    settings.timeZone = "Europe/Berlin"_ba;
    const Millis now = at(u"2026-03-29T03:20"_s, settings.timeZone); // just after the change
    const TimeSpan span = Alerts::currentHour(now, settings);
    QCOMPARE(local(span.start, settings.timeZone), u"2026-03-29 03:00 Sun"_s);
    QVERIFY(span.contains(now));
    QVERIFY(!span.contains(span.start - 1));
    // That day had 23 hours; it began at local midnight, 23:00 UTC the day before.
    const Millis day = Alerts::startOfLocalDay(now, settings);
    QCOMPARE(local(day, settings.timeZone), u"2026-03-29 00:00 Sun"_s);
    QCOMPARE(toIsoUtc(day), u"2026-03-28T23:00:00.000Z"_s);
}

void TestAlerts::negativePost_data()
{
    QTest::addColumn<int>("sentiment");
    QTest::addColumn<bool>("vip");
    QTest::addColumn<qint64>("audience");
    QTest::addColumn<bool>("alert");
    QTest::newRow("VIP exactly at the sentiment threshold") << -60 << true << qint64(0) << true;
    QTest::newRow("VIP just above the threshold") << -59 << true << qint64(0) << false;
    QTest::newRow("audience exactly at the size") << -90 << false << qint64(10000) << false;
    QTest::newRow("audience just above the size") << -90 << false << qint64(10001) << true;
    QTest::newRow("neither VIP nor influential") << -100 << false << qint64(50) << false;
    QTest::newRow("influential but not negative") << 20 << false << qint64(1000000) << false;
}

void TestAlerts::negativePost()
{
    QFETCH(int, sentiment);
    QFETCH(bool, vip);
    QFETCH(qint64, audience);
    QFETCH(bool, alert);
    AlertSettings settings;
    settings.negativeSentiment = -60;
    settings.audienceThreshold = 10000;
    QCOMPARE(Alerts::isNegativePost(sentiment, vip, audience, settings), alert);
}

QTEST_GUILESS_MAIN(TestAlerts)
#include "tst_alerts.moc"
