// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/metrics.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {

constexpr Millis minute = 60 * 1000;
constexpr Millis hour = 60 * minute;
constexpr Millis day = 24 * hour;

Millis utc(const char *iso)
{
    return *fromIsoUtc(QString::fromLatin1(iso));
}

MetricsMessage in(Millis at, int sentiment = 0, Visibility visibility = Visibility::Public)
{
    return MetricsMessage { at, Direction::In, visibility, 0, sentiment };
}

MetricsMessage out(Millis at, Id agent = 7, Visibility visibility = Visibility::Public)
{
    return MetricsMessage { at, Direction::Out, visibility, agent, 0 };
}

MetricsEvent ev(EventType type, Millis at, Id agent = 0)
{
    MetricsEvent e;
    e.type = type;
    e.at = at;
    e.agentId = agent;
    return e;
}

MetricsEvent assigned(Millis at, Id to)
{
    MetricsEvent e = ev(EventType::Assigned, at, 1);
    e.targetAgentId = to;
    return e;
}

MetricsEvent resolvedAt(Millis at, Id agent = 7)
{
    MetricsEvent e = ev(EventType::StatusChanged, at, agent);
    e.toStatus = CaseStatus::Resolved;
    return e;
}

MetricsCase makeCase(Id id, Millis opened, QList<MetricsMessage> messages,
    QList<MetricsEvent> events = {}, CaseStatus status = CaseStatus::Open, Millis resolved = 0)
{
    MetricsCase c;
    c.id = id;
    c.accountId = 1;
    c.openedAt = opened;
    c.messages = std::move(messages);
    c.events = std::move(events);
    c.status = status;
    c.resolvedAt = resolved;
    c.language = u"en"_s;
    return c;
}

MetricsOptions period(const char *from, const char *to, const QByteArray &zone = "UTC")
{
    MetricsOptions o;
    o.from = utc(from);
    o.to = utc(to);
    o.now = o.to;
    o.timeZone = QTimeZone(zone);
    return o;
}

} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void speedOfAConversation();
    void firstContactResolution_data();
    void firstContactResolution();
    void reopenedCase();
    void noAgentReply();
    void handleTime();
    void timeZones_data();
    void timeZones();
    void caseSpanningMidnight();
    void previousPeriodAndTrend();
    void praiseThankedAndPrivate();
    void slaPerPlatformAndPriority();
    void predictedCsat_data();
    void predictedCsat();
    void surveysBesidePrediction();
    void groupsAndFilters();
    void topicsFromTagsOrWords();
};

void TestMetrics::speedOfAConversation()
{
    const Millis t = utc("2026-03-02T10:00:00Z");
    MetricsCase c = makeCase(1, t,
        { in(t, -60), out(t + 30 * minute), in(t + 60 * minute, 40), in(t + 65 * minute, 20),
            out(t + 80 * minute) },
        { assigned(t + 10 * minute, 7), resolvedAt(t + 120 * minute) }, CaseStatus::Resolved,
        t + 120 * minute);
    MetricsOptions o = period("2026-03-01T00:00:00Z", "2026-03-08T00:00:00Z");
    const CaseFacts f = analyzeCase(c, o);
    QCOMPARE(f.firstResponse, 30 * minute);
    QCOMPARE(f.firstResponseFromAssignment, 20 * minute);
    QCOMPARE(f.routingDelay, 10 * minute);
    QCOMPARE(f.nextResponses, QList<Millis> { 20 * minute }); // from the first message of the turn
    QCOMPARE(f.resolution, 120 * minute);
    QVERIFY(!f.fcr); // two agent turns
    QCOMPARE(f.entrySentiment, -60.0);
    QCOMPARE(f.exitSentiment, 30.0); // mean of the last turn (40, 20)
    QCOMPARE(f.agentId, Id(7));

    const MetricsReport r = computeMetrics({ c }, o);
    QCOMPARE(r.overall.newCases, 1);
    QCOMPARE(r.overall.messagesIn, 3);
    QCOMPARE(r.overall.messagesOut, 2);
    QCOMPARE(r.overall.firstResponse.meanMinutes(), 30.0);
    QCOMPARE(r.overall.routingDelay.meanMinutes(), 10.0);
    QCOMPARE(r.overall.slaAttainment(), 1.0);
    QCOMPARE(r.overall.negativeEntry, 1);
    QCOMPARE(r.overall.recoveredRate(), 1.0);
    QCOMPARE(r.overall.meanShift(), 90.0);
    QCOMPARE(r.firstResponseMedian, 30 * minute);
    QCOMPARE(r.firstResponseBuckets[2], 1); // 30-60 min
}

void TestMetrics::firstContactResolution_data()
{
    QTest::addColumn<QList<MetricsMessage>>("messages");
    QTest::addColumn<bool>("resolved");
    QTest::addColumn<bool>("fcr");
    const Millis t = utc("2026-03-02T10:00:00Z");
    QTest::newRow("one reply, resolved")
        << QList<MetricsMessage> { in(t), out(t + minute) } << true << true;
    QTest::newRow("two replies in one run")
        << QList<MetricsMessage> { in(t), out(t + minute), out(t + 2 * minute) } << true << true;
    QTest::newRow("customer thanks after the reply")
        << QList<MetricsMessage> { in(t), out(t + minute), in(t + 2 * minute, 80) } << true << true;
    QTest::newRow("a second agent turn")
        << QList<MetricsMessage> { in(t), out(t + minute), in(t + 2 * minute), out(t + 3 * minute) }
        << true << false;
    QTest::newRow("two agents") << QList<MetricsMessage> { in(t), out(t + minute, 7),
        out(t + 2 * minute, 8) } << true
                                << false;
    QTest::newRow("not resolved") << QList<MetricsMessage> { in(t), out(t + minute) } << false
                                  << false;
    QTest::newRow("resolved without a reply") << QList<MetricsMessage> { in(t) } << true << false;
}

void TestMetrics::firstContactResolution()
{
    QFETCH(QList<MetricsMessage>, messages);
    QFETCH(bool, resolved);
    QFETCH(bool, fcr);
    const Millis t = utc("2026-03-02T10:00:00Z");
    const MetricsCase c = makeCase(1, t, messages, {},
        resolved ? CaseStatus::Resolved : CaseStatus::Pending, resolved ? t + hour : 0);
    QCOMPARE(analyzeCase(c, MetricsOptions {}).fcr, fcr);
}

void TestMetrics::reopenedCase()
{
    const Millis t = utc("2026-03-02T10:00:00Z");
    const MetricsCase reopened
        = makeCase(1, t, { in(t), out(t + 5 * minute), in(t + 2 * hour), out(t + 130 * minute) },
            { resolvedAt(t + 10 * minute), ev(EventType::Reopened, t + 2 * hour),
                resolvedAt(t + 3 * hour) },
            CaseStatus::Resolved, t + 3 * hour);
    const MetricsCase clean = makeCase(2, t, { in(t), out(t + 5 * minute) },
        { resolvedAt(t + 10 * minute) }, CaseStatus::Resolved, t + 10 * minute);
    // Reopened and not resolved again: still counts in the reopen rate.
    const MetricsCase open = makeCase(3, t, { in(t), out(t + 5 * minute), in(t + hour) },
        { resolvedAt(t + 10 * minute), ev(EventType::Reopened, t + hour) });
    const CaseFacts f = analyzeCase(reopened, MetricsOptions {});
    QVERIFY(f.reopened);
    QVERIFY(!f.fcr);
    QCOMPARE(f.resolution, 3 * hour); // to the final resolution
    const MetricsReport r = computeMetrics(
        { reopened, clean, open }, period("2026-03-02T00:00:00Z", "2026-03-03T00:00:00Z"));
    QCOMPARE(r.overall.everResolved, 3);
    QCOMPARE(r.overall.reopened, 2);
    QCOMPARE(r.overall.resolved, 2);
    QCOMPARE(r.overall.fcr, 1);
    QCOMPARE(r.overall.fcrRate(), 0.5);
}

void TestMetrics::noAgentReply()
{
    const Millis t = utc("2026-03-02T10:00:00Z");
    MetricsOptions o = period("2026-03-02T00:00:00Z", "2026-03-03T00:00:00Z");
    o.now = t + 30 * minute;
    const MetricsCase waiting = makeCase(1, t, { in(t, -50) });
    const MetricsCase late
        = makeCase(2, t - 2 * hour, { in(t - 2 * hour, -50), in(t - hour, -70) });
    const CaseFacts f = analyzeCase(late, o);
    QCOMPARE(f.firstResponse, Millis(-1));
    QVERIFY(f.nextResponses.isEmpty());
    QCOMPARE(f.exitSentiment, -60.0); // one turn: first and last are the same run
    QCOMPARE(f.entrySentiment, -60.0);
    const MetricsReport r = computeMetrics({ waiting, late }, o);
    QCOMPARE(r.unanswered, 2);
    QCOMPARE(r.overall.firstResponse.count, 0);
    QCOMPARE(r.overall.firstResponse.meanMinutes(), -1.0);
    // The waiting case is still within its hour; the other is past it.
    QCOMPARE(r.overall.slaEligible, 1);
    QCOMPARE(r.overall.slaMet, 0);
    QCOMPARE(r.overall.negativeRecovered, 0);
    QCOMPARE(r.overall.praise, 0);
    QCOMPARE(
        MetricsText::duration(r.overall.firstResponse.meanMinutes()), MetricsText::noneLabel());
}

void TestMetrics::handleTime()
{
    const Millis t = utc("2026-03-02T10:00:00Z");
    MetricsCase c = makeCase(1, t, { in(t), out(t + 5 * minute, 7) },
        { ev(EventType::CaseOpenedInUi, t + 2 * minute, 7),
            ev(EventType::ReplyQueued, t + 5 * minute, 7),
            ev(EventType::CaseClosedInUi, t + 6 * minute, 7),
            // Next day: opened and left open 40 minutes before a note: capped at 15.
            ev(EventType::CaseOpenedInUi, t + day, 7),
            ev(EventType::NoteAdded, t + day + 40 * minute, 7),
            ev(EventType::CaseClosedInUi, t + day + 41 * minute, 7),
            // A colleague looks for two minutes.
            ev(EventType::CaseOpenedInUi, t + 3 * hour, 8),
            ev(EventType::CaseClosedInUi, t + 3 * hour + 2 * minute, 8) });
    const CaseFacts f = analyzeCase(c, MetricsOptions {});
    // Agent 7: 3 (open to reply) + 0 (queued to sent message) + 1 (to close) + 15 (capped) + 1 =
    // 20; agent 8: 2. The closed-to-open gap never counts.
    QVERIFY(f.handled);
    QCOMPARE(f.handle, 22 * minute);
    const CaseFacts none
        = analyzeCase(makeCase(2, t, { in(t), out(t + minute, 0) }), MetricsOptions {});
    QVERIFY(!none.handled);
}

void TestMetrics::timeZones_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<int>("weekday");
    QTest::addColumn<int>("hourOfDay");
    QTest::addColumn<int>("days");
    // 2026-03-02 is a Monday; the message is at 23:30 UTC.
    QTest::newRow("UTC") << QByteArray("UTC") << 0 << 23 << 2;
    QTest::newRow("Moscow, UTC+3") << QByteArray("Europe/Moscow") << 1 << 2 << 3;
    QTest::newRow("New York, UTC-5") << QByteArray("America/New_York") << 0 << 18 << 3;
}

void TestMetrics::timeZones()
{
    QFETCH(QByteArray, zone);
    QFETCH(int, weekday);
    QFETCH(int, hourOfDay);
    QFETCH(int, days);
    const Millis t = utc("2026-03-02T23:30:00Z");
    const MetricsOptions o = period("2026-03-02T00:00:00Z", "2026-03-04T00:00:00Z", zone);
    const MetricsReport r = computeMetrics({ makeCase(1, t, { in(t) }) }, o);
    QCOMPARE(r.heatmap[size_t(weekday)][size_t(hourOfDay)], 1);
    QCOMPARE(r.days.size(), days);
    QCOMPARE(r.byHour.size(), 1);
    QCOMPARE(r.byHour.first().key, QString::number(hourOfDay));
    qint64 total = 0;
    for (const DayVolume &d : r.days)
        total += d.newCases;
    QCOMPARE(total, 1);
}

void TestMetrics::caseSpanningMidnight()
{
    // 23:50 Moscow on Monday, answered 00:20 on Tuesday, resolved on Tuesday morning.
    const Millis t = utc("2026-03-02T20:50:00Z");
    const MetricsOptions o
        = period("2026-03-01T21:00:00Z", "2026-03-03T21:00:00Z", "Europe/Moscow");
    const MetricsCase c = makeCase(1, t, { in(t), out(t + 30 * minute) },
        { resolvedAt(t + 10 * hour) }, CaseStatus::Resolved, t + 10 * hour);
    const MetricsReport r = computeMetrics({ c }, o);
    QCOMPARE(r.days.size(), 2);
    QCOMPARE(r.days[0].date, QDate(2026, 3, 2));
    QCOMPARE(r.days[0].newCases, 1);
    QCOMPARE(r.days[0].messagesIn, 1);
    QCOMPARE(r.days[1].messagesOut, 1);
    QCOMPARE(r.days[1].newCases, 0);
    QCOMPARE(r.overall.firstResponse.meanMinutes(), 30.0);
    QCOMPARE(r.overall.resolution.meanMinutes(), 600.0);
    QCOMPARE(r.heatmap[0][23], 1);
}

void TestMetrics::previousPeriodAndTrend()
{
    const MetricsOptions o = period("2026-03-08T00:00:00Z", "2026-03-15T00:00:00Z");
    const Millis before = utc("2026-03-03T12:00:00Z");
    const Millis during = utc("2026-03-10T12:00:00Z");
    const Millis older = utc("2026-02-01T12:00:00Z");
    // An old case with a new message counts as volume, not as a new case.
    const MetricsReport r
        = computeMetrics({ makeCase(1, before, { in(before), out(before + hour) }),
                             makeCase(2, before, { in(before) }),
                             makeCase(3, during, { in(during), out(during + 10 * minute) }),
                             makeCase(4, older, { in(older), out(older + hour), in(during) }) },
            o);
    QCOMPARE(r.previous.newCases, 2);
    QCOMPARE(r.previous.messagesIn, 2);
    QCOMPARE(r.previous.messagesOut, 1);
    QCOMPARE(r.overall.newCases, 1);
    QCOMPARE(r.overall.messagesIn, 2);
    QCOMPARE(r.overall.messagesOut, 1);
    QCOMPARE(r.previous.firstResponse.meanMinutes(), 60.0);
}

void TestMetrics::praiseThankedAndPrivate()
{
    const Millis t = utc("2026-03-02T10:00:00Z");
    const MetricsReport r = computeMetrics(
        { makeCase(1, t, { in(t, 80), out(t + minute) }), makeCase(2, t, { in(t, 60) }),
            makeCase(3, t, { in(t, -40), out(t + minute, 7, Visibility::Private) }),
            makeCase(4, t, { in(t, 0) }, { ev(EventType::TakenPrivate, t + minute, 7) }),
            makeCase(
                5, t, { in(t, 0, Visibility::Private), out(t + minute, 7, Visibility::Private) }) },
        period("2026-03-02T00:00:00Z", "2026-03-03T00:00:00Z"));
    QCOMPARE(r.overall.praise, 2);
    QCOMPARE(r.overall.praiseThanked, 1);
    QCOMPARE(r.overall.praiseThankedRate(), 0.5);
    QCOMPARE(
        r.overall.takenPrivate, 2); // a private message started in private is not "taken" there
    QCOMPARE(r.overall.privateRate(), 0.4);
}

void TestMetrics::slaPerPlatformAndPriority()
{
    const Millis t = utc("2026-03-02T10:00:00Z");
    MetricsOptions o = period("2026-03-02T00:00:00Z", "2026-03-03T00:00:00Z");
    SlaPolicy urgent;
    urgent.priority = Priority::Urgent;
    urgent.firstResponseMinutes = 30;
    SlaPolicy low;
    low.priority = Priority::Low;
    low.firstResponseMinutes = 8 * 60; // capped at three hours
    SlaPolicy standard;
    o.slaPolicies = { standard, urgent, low };
    QCOMPARE(slaTargetMinutes(o.slaPolicies, Platform::X, Priority::Low), 180);
    QCOMPARE(slaTargetMinutes({}, Platform::X, Priority::Low), 60);
    auto c = [&](Id id, Platform platform, Priority priority, Millis reply) {
        MetricsCase v = makeCase(id, t, { in(t), out(t + reply) });
        v.platform = platform;
        v.priority = priority;
        return v;
    };
    const MetricsReport r
        = computeMetrics({ c(1, Platform::X, Priority::Urgent, 20 * minute),
                             c(2, Platform::X, Priority::Urgent, 40 * minute),
                             c(3, Platform::X, Priority::Low, 170 * minute),
                             c(4, Platform::Telegram, Priority::Normal, 61 * minute) },
            o);
    QCOMPARE(r.sla.size(), 3);
    QVERIFY(r.sla[0].platform == Platform::X);
    QVERIFY(r.sla[0].priority == Priority::Low);
    QCOMPARE(r.sla[0].targetMinutes, 180);
    QCOMPARE(r.sla[0].met, 1);
    QVERIFY(r.sla[1].priority == Priority::Urgent);
    QCOMPARE(r.sla[1].eligible, 2);
    QCOMPARE(r.sla[1].met, 1);
    QVERIFY(r.sla[2].platform == Platform::Telegram);
    QCOMPARE(r.sla[2].met, 0);
    QCOMPARE(r.overall.slaAttainment(), 0.5);
}

void TestMetrics::predictedCsat_data()
{
    QTest::addColumn<double>("exit");
    QTest::addColumn<qint64>("firstResponseMinutes");
    QTest::addColumn<bool>("fcr");
    QTest::addColumn<bool>("reopened");
    QTest::addColumn<bool>("answered");
    QTest::addColumn<double>("expected");
    QTest::newRow("neutral, on time, first contact")
        << 0.0 << qint64(30) << true << false << true << 3.8;
    QTest::newRow("happy, on time, first contact")
        << 100.0 << qint64(30) << true << false << true << 5.0;
    QTest::newRow("neutral, late") << 0.0 << qint64(120) << false << false << true << 3.0;
    QTest::newRow("neutral, very late") << 0.0 << qint64(200) << false << false << true << 2.5;
    QTest::newRow("angry, very late, reopened")
        << -80.0 << qint64(300) << false << true << true << 1.0;
    QTest::newRow("mildly negative, unanswered")
        << -20.0 << qint64(-1) << false << false << false << 1.6;
}

void TestMetrics::predictedCsat()
{
    QFETCH(double, exit);
    QFETCH(qint64, firstResponseMinutes);
    QFETCH(bool, fcr);
    QFETCH(bool, reopened);
    QFETCH(bool, answered);
    QFETCH(double, expected);
    QCOMPARE(
        predictCsat(exit, firstResponseMinutes * minute, 60, fcr, reopened, answered), expected);
}

void TestMetrics::surveysBesidePrediction()
{
    const Millis t = utc("2026-03-02T10:00:00Z");
    MetricsCase a
        = makeCase(1, t, { in(t), out(t + 10 * minute) }, {}, CaseStatus::Resolved, t + hour);
    a.surveysSent = 1;
    a.surveyScore = 5;
    MetricsCase b
        = makeCase(2, t, { in(t), out(t + 10 * minute) }, {}, CaseStatus::Resolved, t + hour);
    b.surveysSent = 1; // not answered
    MetricsCase open = makeCase(3, t, { in(t) });
    const MetricsReport r
        = computeMetrics({ a, b, open }, period("2026-03-02T00:00:00Z", "2026-03-03T00:00:00Z"));
    QCOMPARE(r.overall.surveysSent, 2);
    QCOMPARE(r.overall.surveyAnswers, 1);
    QCOMPARE(r.overall.surveyCsat(), 5.0);
    QCOMPARE(r.overall.predicted, 2); // resolved cases only
    QCOMPARE(r.overall.predictedCsat(), 3.8);
    QCOMPARE(r.overall.bothScores, 1);
}

void TestMetrics::groupsAndFilters()
{
    const Millis t = utc("2026-03-02T10:00:00Z");
    MetricsCase x = makeCase(1, t, { in(t), out(t + 10 * minute, 7) });
    MetricsCase tg = makeCase(2, t, { in(t), out(t + 20 * minute, 8) });
    tg.platform = Platform::Telegram;
    tg.language = u"ru"_s;
    MetricsCase unassigned = makeCase(3, t, { in(t) });
    unassigned.platform = Platform::Telegram;
    MetricsOptions o = period("2026-03-02T00:00:00Z", "2026-03-03T00:00:00Z");
    o.agentNames.insert(7, u"Anna"_s);
    MetricsReport r = computeMetrics({ x, tg, unassigned }, o);
    QCOMPARE(r.byPlatform.size(), 2);
    QCOMPARE(r.byPlatform[0].key, u"telegram"_s);
    QCOMPARE(r.byPlatform[0].label, u"Telegram"_s);
    QCOMPARE(r.byPlatform[0].metrics.newCases, 2);
    QCOMPARE(r.byLanguage.size(), 2);
    QCOMPARE(r.byAgent.size(), 3);
    const MetricsGroup *anna = nullptr;
    for (const MetricsGroup &g : r.byAgent)
        anna = g.key == "7"_L1 ? &g : anna;
    QVERIFY(anna);
    QCOMPARE(anna->label, u"Anna"_s);
    QCOMPARE(anna->metrics.firstResponse.meanMinutes(), 10.0);
    QVERIFY(r.groups(u"agent"_s) == &r.byAgent);

    o.filter.agentId = 8;
    r = computeMetrics({ x, tg, unassigned }, o);
    QCOMPARE(r.overall.newCases, 1);
    QCOMPARE(r.overall.firstResponse.meanMinutes(), 20.0);
    o.filter = {};
    o.filter.platform = Platform::Telegram;
    o.filter.language = u"en"_s;
    r = computeMetrics({ x, tg, unassigned }, o);
    QCOMPARE(r.overall.newCases, 1);
    QCOMPARE(r.unanswered, 1);
}

void TestMetrics::topicsFromTagsOrWords()
{
    const Millis t = utc("2026-03-02T10:00:00Z");
    const MetricsOptions o = period("2026-03-02T00:00:00Z", "2026-03-03T00:00:00Z");
    MetricsAccumulator words(o);
    words.addTopicText(u"Where is my parcel? The parcel is late"_s);
    words.addTopicText(u"Parcel damaged, refund please"_s);
    words.addTopicText(u"Refund for the order"_s);
    words.addTopicText(u"Посылка опять опаздывает"_s);
    // The brand's own name is in more than a fifth of the posts: not a topic.
    for (const QString &text : { u"Acme support rocks"_s, u"acme app crashed"_s,
             u"acme login broken"_s, u"Great colours"_s, u"Printer offline"_s, u"Voucher expired"_s,
             u"Warranty question"_s })
        words.addTopicText(text);
    const MetricsReport fromWords = words.finish();
    QCOMPARE(fromWords.topTopics.size(), 2);
    QCOMPARE(fromWords.topTopics[0], (std::pair<QString, qint64>(u"parcel"_s, 2)));
    QCOMPARE(fromWords.topTopics[1].first, u"refund"_s);

    // The brand's handle is no topic either.
    MetricsOptions branded = o;
    branded.brandWords = { u"myparcelshop"_s };
    MetricsAccumulator withBrand(branded);
    for (int i = 0; i < 3; ++i)
        withBrand.addTopicText(u"parcel refund"_s);
    for (int i = 0; i < 12; ++i)
        withBrand.addTopicText(u"filler%1 words%1"_s.arg(QChar(u'a' + i)));
    const MetricsReport fromBrand = withBrand.finish();
    QCOMPARE(fromBrand.topTopics.size(), 1);
    QCOMPARE(fromBrand.topTopics.first().first, u"refund"_s);
    for (const auto &topic : fromBrand.topTopics)
        QVERIFY(topic.first != u"parcel"_s);

    MetricsCase tagged = makeCase(1, t, { in(t) });
    tagged.tags = { u"delivery"_s, u"refund"_s };
    MetricsCase other = makeCase(2, t, { in(t) });
    other.tags = { u"delivery"_s };
    MetricsAccumulator tags(o);
    tags.add(tagged);
    tags.add(other);
    tags.addTopicText(u"ignored words ignored words"_s);
    const MetricsReport fromTags = tags.finish();
    QCOMPARE(fromTags.topTopics.size(), 2);
    QCOMPARE(fromTags.topTopics[0], (std::pair<QString, qint64>(u"delivery"_s, 2)));
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
