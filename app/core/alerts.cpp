// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/alerts.h"

#include "app/core/slaclock.h"

#include <QDateTime>
#include <QTimeZone>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

QString toString(AlertKind value)
{
    switch (value) {
    case AlertKind::AboutToBreach:
        return u"about_to_breach"_s;
    case AlertKind::Spike:
        return u"spike"_s;
    case AlertKind::NegativePost:
        return u"negative_post"_s;
    }
    return QString();
}

namespace {

    constexpr Millis hourMs = 60 * 60 * 1000;

    QTimeZone zoneOf(const AlertSettings &settings)
    {
        if (!settings.timeZone.isEmpty()) {
            QTimeZone zone(settings.timeZone);
            if (zone.isValid())
                return zone;
        }
        return QTimeZone::systemTimeZone();
    }

    /// The first UTC moment whose local time is date at hour:00 in zone, if the local clock shows
    /// that hour on that date at all.
    std::optional<Millis> localHourStart(const QDate &date, int hour, const QTimeZone &zone)
    {
        // Scan the UTC hours around the local midnight guess: with offsets of at most +-14 h and
        // half- or quarter-hour zones, the first match in order is the first occurrence.
        const QDateTime guess(date, QTime(0, 0), QTimeZone::utc());
        const Millis base = guess.toMSecsSinceEpoch() + Millis(hour) * hourMs;
        for (Millis offsetMinutes = -15 * 60; offsetMinutes <= 15 * 60; offsetMinutes += 15) {
            const Millis candidate = base + offsetMinutes * 60 * 1000;
            const QDateTime local = QDateTime::fromMSecsSinceEpoch(candidate, zone);
            if (local.date() == date && local.time() == QTime(hour, 0))
                return candidate;
        }
        return std::nullopt;
    }

} // namespace

namespace Alerts {

    std::optional<Millis> aboutToBreach(
        const Case &value, Millis now, const AlertSettings &settings)
    {
        const Millis due = SlaClock::nextDue(value);
        if (due == 0 || due < now || due - now > settings.breachWarningMs)
            return std::nullopt;
        return due;
    }

    TimeSpan currentHour(Millis now, const AlertSettings &settings)
    {
        const QTimeZone zone = zoneOf(settings);
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(now, zone);
        // The hour began this many minutes and seconds ago on the local clock; counting back in
        // real time is right even in the hour after a change (offsets move by whole hours or, in
        // a few zones, half hours, never within a clock hour's minutes).
        const Millis intoHour = (Millis(local.time().minute()) * 60 + local.time().second()) * 1000
            + local.time().msec();
        return TimeSpan { now - intoHour, now + 1 };
    }

    QList<TimeSpan> sameHourInPreviousWeeks(Millis now, const AlertSettings &settings)
    {
        const QTimeZone zone = zoneOf(settings);
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(now, zone);
        const int hour = local.time().hour();
        QList<TimeSpan> spans;
        for (int week = 1; week <= settings.spikeWeeks; ++week) {
            const QDate date = local.date().addDays(-7 * week);
            const std::optional<Millis> start = localHourStart(date, hour, zone);
            if (!start)
                continue;
            spans.append(TimeSpan { *start, *start + hourMs });
        }
        return spans;
    }

    Millis startOfLocalDay(Millis now, const AlertSettings &settings)
    {
        const QTimeZone zone = zoneOf(settings);
        const QDate date = QDateTime::fromMSecsSinceEpoch(now, zone).date();
        // Where a daylight saving change skips midnight, the day starts at the first hour it has.
        for (int hour = 0; hour < 24; ++hour) {
            if (const std::optional<Millis> start = localHourStart(date, hour, zone))
                return *start;
        }
        return now;
    }

    SpikeCheck spike(int count, const QList<int> &history, const AlertSettings &settings)
    {
        SpikeCheck check;
        check.count = count;
        if (!history.isEmpty()) {
            double sum = 0;
            for (int n : history)
                sum += n;
            check.mean = sum / double(history.size());
            double squares = 0;
            for (int n : history)
                squares += (n - check.mean) * (n - check.mean);
            check.deviation = std::sqrt(squares / double(history.size()));
        }
        check.threshold = check.mean + settings.spikeSigmas * check.deviation;
        // Compared in integers where the threshold is whole, so "exactly at the threshold" is never
        // decided by a rounding error.
        const double slack = 1e-9 * std::max(1.0, std::abs(check.threshold));
        check.spike
            = count >= settings.spikeMinimumCases && double(count) > check.threshold + slack;
        return check;
    }

    bool isNegativePost(int sentiment, bool vip, qint64 audience, const AlertSettings &settings)
    {
        return sentiment <= settings.negativeSentiment
            && (vip || audience > settings.audienceThreshold);
    }

} // namespace Alerts

} // namespace CareDesk
