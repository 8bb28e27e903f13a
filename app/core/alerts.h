// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The supervisor board's alerts as pure functions over constructed values, so their definitions
// are tested with made-up histories (tests/core/tst_alerts.cpp) and documented in the README:
//
// - about to breach: a case's nearest pending SLA due time lies in the future and at most
//   breachWarningMs away (exactly at the limit counts);
// - spike: a queue's new cases in the current local hour exceed the mean plus spikeSigmas
//   (3) population standard deviations of the same local hour on the same weekday in each of
//   the previous spikeWeeks (4) weeks, and are at least spikeMinimumCases (5);
// - negative post: a customer's latest message scored at or below negativeSentiment, from a
//   VIP customer or from an author whose audience (followers) is above audienceThreshold.

#include "app/core/domain.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace CareDesk {

/// What the board alerts on; a supervisor changes these in the board's settings.
struct AlertSettings {
    Millis breachWarningMs = 15 * 60 * 1000; ///< "about to breach" within this much time
    double spikeSigmas = 3.0;
    int spikeMinimumCases = 5;
    int spikeWeeks = 4;
    int negativeSentiment = -60; ///< -100..100; at or below is strongly negative
    qint64 audienceThreshold = 10000; ///< followers above this make an author influential
    Millis negativeLookbackMs = 24 * 60 * 60 * 1000; ///< how far back negative posts count
    QByteArray timeZone; ///< IANA id the hours and weekdays are read in; empty: the system's
};

enum class AlertKind {
    AboutToBreach,
    Spike,
    NegativePost,
};
QString toString(AlertKind value);

/// One alert as the board lists it. Fields not used by a kind stay at their defaults.
struct Alert {
    AlertKind kind = AlertKind::AboutToBreach;
    Id caseId = 0; ///< about to breach, negative post
    Id queueId = 0; ///< spike (0: cases in no queue); the case's queue otherwise
    Millis at = 0; ///< due time (breach), the hour's start (spike), the post's time (negative)
    QString subject; ///< the case's subject (platform text: show as plain text only)
    // Spike:
    int count = 0;
    double mean = 0;
    double deviation = 0;
    // Negative post:
    int sentiment = 0;
    bool vip = false;
    qint64 audience = 0;
};

/// A span of UTC milliseconds, [start, end).
struct TimeSpan {
    Millis start = 0;
    Millis end = 0;
    bool contains(Millis t) const { return t >= start && t < end; }
};

/// What the spike rule concluded for one queue.
struct SpikeCheck {
    bool spike = false;
    int count = 0;
    double mean = 0;
    double deviation = 0; ///< population standard deviation of the history
    double threshold = 0; ///< mean + sigmas * deviation; count must exceed it
};

namespace Alerts {

    /// The case's nearest pending due time when it lies in [now, now + breachWarningMs] (SlaClock
    /// calls a case breached only once now is past it); nullopt otherwise (nothing pending, already
    /// breached, or further away).
    std::optional<Millis> aboutToBreach(
        const Case &value, Millis now, const AlertSettings &settings);

    /// The local clock hour that contains now, from its start to now (inclusive of now), in the
    /// settings' time zone.
    TimeSpan currentHour(Millis now, const AlertSettings &settings);
    /// The same local hour on the same weekday in each of the previous `weeks` weeks, newest first.
    /// A week where that hour does not exist on the local clock (skipped by a daylight saving
    /// change) is left out; where it occurs twice (the clock turned back), the first one counts.
    QList<TimeSpan> sameHourInPreviousWeeks(Millis now, const AlertSettings &settings);

    /// The first moment of the local day that contains now (the board's "today").
    Millis startOfLocalDay(Millis now, const AlertSettings &settings);

    /// The spike rule over a count and its history (one count per previous week; missing weeks
    /// are simply fewer samples, and an empty history means a mean and deviation of 0).
    SpikeCheck spike(int count, const QList<int> &history, const AlertSettings &settings);

    /// The negative-post rule.
    bool isNegativePost(int sentiment, bool vip, qint64 audience, const AlertSettings &settings);

} // namespace Alerts

} // namespace CareDesk
