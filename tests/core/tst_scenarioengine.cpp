// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The training scenario engine on a ManualClock: the opening posts at their delays, each
// reaction rule, ignored_for timing, several scenarios at once, and determinism.
#include "app/core/scenario.h"
#include "app/core/scenarioengine.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {

constexpr Millis t0 = 1'700'000'000'000;
constexpr Millis minute = 60'000;

QByteArray scenarioJson()
{
    return R"({
      "format": 1, "id": "test-order", "title": {"en": "Test", "ru": "Тест"}, "language": "en",
      "platform": "x", "surface": "public",
      "customer": {"name": "Anna Clarke", "handle": "anna", "audience": 300, "vip": false},
      "opening": [{"text": "Where is my order?", "delay": 0}, {"text": "Hello??", "delay": 120}],
      "rules": [
        {"when": "sent_elsewhere", "response": {"text": "I asked YOU.", "outcome": "escalate", "sentiment": -60}},
        {"when": "apology_with_time", "response": {"text": "OK, thanks.", "outcome": "calm", "sentiment": 30, "delay": 30}},
        {"when": "asks_order_number", "response": {"text": "It is 12345.", "outcome": "follow_up", "surface": "private"}},
        {"when": "concrete_link", "response": {"text": "Found it.", "outcome": "close"}},
        {"when": "went_private", "response": {"text": "Sent.", "outcome": "calm", "surface": "private"}},
        {"when": "ignored_for", "minutes": 15, "response": {"text": "No answer?!", "outcome": "escalate", "delay": 0}},
        {"when": "ignored_for", "minutes": 30, "response": {"text": "Still nothing.", "outcome": "escalate", "delay": 0}},
        {"when": "any_reply", "response": {"text": "And when?", "outcome": "follow_up"}}
      ],
      "exemplary": {"text": "Sorry, Anna: it arrives tomorrow by 14:00."}
    })";
}

Scenario testScenario()
{
    const Result<Scenario> s = ScenarioFormat::parse(scenarioJson());
    if (!s.ok())
        qFatal("%s", qPrintable(s.error().message));
    return s.value();
}

struct Recorder {
    QList<IngestBatch> batches;
    ScenarioEngine::Sink sink()
    {
        return [this](const IngestBatch &b) { batches.append(b); };
    }
    QStringList texts() const
    {
        QStringList t;
        for (const IngestBatch &b : batches) {
            for (const IncomingMessage &m : b.messages)
                t.append(m.text);
        }
        return t;
    }
    const IncomingMessage &last() const { return batches.last().messages.last(); }
};

} // namespace

class TestScenarioEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openingPostsAtTheirDelays()
    {
        ManualClock clock(t0);
        Recorder rec;
        ScenarioEngine engine(clock, rec.sink());
        engine.setAccount(Platform::X, 42);
        const int run = engine.start(testScenario());
        QCOMPARE(rec.texts(), QStringList { u"Where is my order?"_s });
        const IncomingMessage &m = rec.last();
        QCOMPARE(rec.batches.last().accountId, Id(42));
        QCOMPARE(rec.batches.last().stream, ScenarioEngine::streamName());
        QCOMPARE(m.createdAt, t0);
        QCOMPARE(int(m.direction), int(Direction::In));
        QCOMPARE(int(m.visibility), int(Visibility::Public));
        QCOMPARE(m.authorName, u"Anna Clarke"_s);
        QCOMPARE(m.authorHandle, u"anna"_s);
        QCOMPARE(m.authorAudience, 300);
        QCOMPARE(m.language, u"en"_s);
        QCOMPARE(engine.runForThread(m.threadKey), run);
        QCOMPARE(engine.nextDue(), t0 + 2 * minute);
        clock.advance(119'000);
        QCOMPARE(engine.tick(), 0);
        clock.advance(1000);
        QCOMPARE(engine.tick(), 1);
        QCOMPARE(rec.last().text, u"Hello??"_s);
        QCOMPARE(rec.last().createdAt, t0 + 2 * minute);
        QCOMPARE(rec.last().threadKey, rec.batches.first().messages.first().threadKey);
        QVERIFY(rec.last().platformId != rec.batches.first().messages.first().platformId);
    }

    void eachRule_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<bool>("isPrivate");
        QTest::addColumn<int>("rule");
        QTest::addColumn<QString>("response");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<bool>("responsePrivate");
        QTest::newRow("sent_elsewhere en")
            << u"Please see our website for delivery info."_s << false << 0 << u"I asked YOU."_s
            << int(ScenarioOutcome::Escalate) << false;
        QTest::newRow("sent_elsewhere ru")
            << u"Напишите на почту, пожалуйста."_s << false << 0 << u"I asked YOU."_s
            << int(ScenarioOutcome::Escalate) << false;
        QTest::newRow("call hotline")
            << u"Call our hotline please."_s << false << 0 << u"I asked YOU."_s
            << int(ScenarioOutcome::Escalate) << false;
        QTest::newRow("apology_with_time en")
            << u"Sorry for the wait! It arrives tomorrow by 14:00."_s << false << 1
            << u"OK, thanks."_s << int(ScenarioOutcome::Calm) << false;
        QTest::newRow("apology_with_time ru")
            << u"Извините за ожидание, привезём в течение 2 часов."_s << false << 1
            << u"OK, thanks."_s << int(ScenarioOutcome::Calm) << false;
        QTest::newRow("asks_order_number en")
            << u"Could you tell us your order number?"_s << false << 2 << u"It is 12345."_s
            << int(ScenarioOutcome::FollowUp) << true;
        QTest::newRow("asks_order_number ru")
            << u"Подскажите номер заказа?"_s << false << 2 << u"It is 12345."_s
            << int(ScenarioOutcome::FollowUp) << true;
        QTest::newRow("concrete_link")
            << u"Tracking is here: https://caredesk.example/track"_s << false << 3 << u"Found it."_s
            << int(ScenarioOutcome::Close) << false;
        QTest::newRow("website with link is not elsewhere")
            << u"See our website: caredesk.example/help/delivery"_s << false << 3 << u"Found it."_s
            << int(ScenarioOutcome::Close) << false;
        QTest::newRow("went_private by message")
            << u"Let's look at this together."_s << true << 4 << u"Sent."_s
            << int(ScenarioOutcome::Calm) << true;
        QTest::newRow("went_private invite ru")
            << u"Напишите нам в личные сообщения."_s << false << 4 << u"Sent."_s
            << int(ScenarioOutcome::Calm) << true;
        QTest::newRow("any_reply") << u"We are looking into it."_s << false << 7 << u"And when?"_s
                                   << int(ScenarioOutcome::FollowUp) << false;
    }

    void eachRule()
    {
        QFETCH(QString, reply);
        QFETCH(bool, isPrivate);
        QFETCH(int, rule);
        QFETCH(QString, response);
        QFETCH(int, outcome);
        QFETCH(bool, responsePrivate);
        ManualClock clock(t0);
        Recorder rec;
        ScenarioEngine engine(clock, rec.sink());
        const int run = engine.start(testScenario());
        clock.advance(minute);
        const Visibility v = isPrivate ? Visibility::Private : Visibility::Public;
        QCOMPARE(engine.onAgentReply(run, reply, v), rule);
        const Millis delay = rule == 1 ? 30'000 : 60'000;
        clock.advance(delay - 1);
        engine.tick();
        QVERIFY(!rec.texts().contains(response));
        clock.advance(1);
        engine.tick();
        QVERIFY2(rec.texts().contains(response), qPrintable(rec.texts().join(u" | "_s)));
        const IncomingMessage *m = nullptr;
        for (const IngestBatch &b : rec.batches) {
            if (b.messages.first().text == response)
                m = &b.messages.first();
        }
        QVERIFY(m);
        QCOMPARE(
            int(m->visibility), int(responsePrivate ? Visibility::Private : Visibility::Public));
        QCOMPARE(m->createdAt, t0 + minute + delay);
        QCOMPARE(engine.runForThread(m->threadKey), run);
        QCOMPARE(int(engine.run(run)->outcome), outcome);
        QCOMPARE(engine.run(run)->firstReplyAt, t0 + minute);
    }

    void ignoredForTiming()
    {
        ManualClock clock(t0);
        Recorder rec;
        ScenarioEngine engine(clock, rec.sink());
        const int run = engine.start(testScenario());
        clock.advance(15 * minute - 1);
        engine.tick();
        QCOMPARE(rec.texts().count(u"No answer?!"_s), 0);
        QCOMPARE(engine.nextDue(), t0 + 15 * minute);
        clock.advance(1);
        engine.tick();
        QCOMPARE(rec.texts().count(u"No answer?!"_s), 1);
        QCOMPARE(rec.last().createdAt, t0 + 15 * minute);
        QCOMPARE(int(rec.last().visibility), int(Visibility::Public));
        QCOMPARE(int(rec.last().priority), int(Priority::High));
        QCOMPARE(int(engine.run(run)->outcome), int(ScenarioOutcome::Escalate));
        // Each ignored_for rule fires once per silence; the 30-minute one comes next.
        clock.advance(10 * minute);
        engine.tick();
        QCOMPARE(rec.texts().count(u"No answer?!"_s), 1);
        clock.advance(5 * minute);
        engine.tick();
        QCOMPARE(rec.texts().count(u"Still nothing."_s), 1);
        QCOMPARE(rec.last().createdAt, t0 + 30 * minute);
        // A reply resets the silence: nothing more until the customer waits again.
        engine.onAgentReply(run, u"We are looking into it."_s, Visibility::Public);
        clock.advance(minute);
        engine.tick();
        QCOMPARE(rec.last().text, u"And when?"_s);
        const Millis askedAt = rec.last().createdAt;
        clock.set(askedAt + 15 * minute);
        engine.tick();
        QCOMPARE(rec.texts().count(u"No answer?!"_s), 2);
    }

    void lateTickKeepsTimelineOrder()
    {
        // One tick long after everything is due gives the same messages and times as many ticks.
        ManualClock a(t0);
        ManualClock b(t0);
        Recorder ra;
        Recorder rb;
        ScenarioEngine ea(a, ra.sink());
        ScenarioEngine eb(b, rb.sink());
        ea.start(testScenario());
        eb.start(testScenario());
        for (int i = 0; i < 40; ++i) {
            a.advance(minute);
            ea.tick();
        }
        b.advance(40 * minute);
        eb.tick();
        QCOMPARE(ra.texts(), rb.texts());
        QCOMPARE(ra.batches.size(), rb.batches.size());
        for (qsizetype i = 0; i < ra.batches.size(); ++i)
            QCOMPARE(ra.batches.at(i).messages.first().createdAt,
                rb.batches.at(i).messages.first().createdAt);
        QCOMPARE(ra.texts(),
            (QStringList {
                u"Where is my order?"_s, u"Hello??"_s, u"No answer?!"_s, u"Still nothing."_s }));
    }

    void calmAndClosedEndTheRun()
    {
        ManualClock clock(t0);
        Recorder rec;
        ScenarioEngine engine(clock, rec.sink());
        const int run = engine.start(testScenario());
        engine.onAgentReply(
            run, u"See it here: https://caredesk.example/track/now"_s, Visibility::Public);
        clock.advance(2 * minute);
        engine.tick();
        QCOMPARE(int(engine.run(run)->outcome), int(ScenarioOutcome::Close));
        QVERIFY(engine.run(run)->finished());
        QVERIFY(engine.allFinished());
        const qsizetype before = rec.batches.size();
        QCOMPARE(engine.onAgentReply(run, u"Anything else?"_s, Visibility::Public), -1);
        clock.advance(60 * minute);
        engine.tick();
        QCOMPARE(rec.batches.size(), before);
    }

    void severalAtOnce()
    {
        ManualClock clock(t0);
        Recorder rec;
        ScenarioEngine engine(clock, rec.sink());
        engine.setAccount(Platform::X, 1);
        engine.setAccount(Platform::Vk, 2);
        Scenario vk = testScenario();
        vk.platform = Platform::Vk;
        vk.id = u"second"_s;
        const int a = engine.start(testScenario());
        clock.advance(10'000);
        const int b = engine.start(vk);
        QVERIFY(a != b);
        QCOMPARE(engine.runIds(), (QList<int> { a, b }));
        QCOMPARE(rec.batches.size(), 2);
        QCOMPARE(rec.batches.at(0).accountId, Id(1));
        QCOMPARE(rec.batches.at(1).accountId, Id(2));
        QVERIFY(rec.batches.at(0).messages.first().threadKey
            != rec.batches.at(1).messages.first().threadKey);
        QVERIFY(rec.batches.at(0).messages.first().authorPlatformId
            != rec.batches.at(1).messages.first().authorPlatformId);
        engine.onAgentReply(b, u"Sorry! It arrives today by 18:00."_s, Visibility::Public);
        clock.advance(20 * minute);
        engine.tick();
        QCOMPARE(int(engine.run(b)->outcome), int(ScenarioOutcome::Calm));
        QCOMPARE(
            int(engine.run(a)->outcome), int(ScenarioOutcome::Escalate)); // ignored for 15 minutes
        QVERIFY(!engine.allFinished());
        engine.stop(a);
        QVERIFY(engine.allFinished());
    }

    void deterministic()
    {
        auto play = [] {
            ManualClock clock(t0);
            Recorder rec;
            ScenarioEngine engine(clock, rec.sink());
            const int a = engine.start(testScenario());
            const int b = engine.start(testScenario());
            clock.advance(3 * minute);
            engine.onAgentReply(a, u"Please see our website."_s, Visibility::Public);
            engine.onAgentReply(b, u"Sorry, tomorrow by 10:00."_s, Visibility::Public);
            for (int i = 0; i < 50; ++i) {
                clock.advance(minute);
                engine.tick();
            }
            QStringList out;
            for (const IngestBatch &batch : rec.batches) {
                const IncomingMessage &m = batch.messages.first();
                out.append(
                    u"%1|%2|%3|%4"_s.arg(m.platformId, m.threadKey, m.text).arg(m.createdAt));
            }
            return out;
        };
        const QStringList first = play();
        QVERIFY(first.size() >= 6);
        QCOMPARE(play(), first);
    }

    void crowdPostsOpenTheirOwnThreads()
    {
        Scenario s = testScenario();
        ScenarioPost crowd;
        crowd.text = u"Me too!"_s;
        crowd.delaySeconds = 5;
        crowd.hasAuthor = true;
        crowd.author.name = u"Mark"_s;
        crowd.author.handle = u"mark"_s;
        s.opening.append(crowd);
        ManualClock clock(t0);
        Recorder rec;
        ScenarioEngine engine(clock, rec.sink());
        const int run = engine.start(s);
        clock.advance(5000);
        engine.tick();
        QCOMPARE(rec.last().authorName, u"Mark"_s);
        QVERIFY(rec.last().threadKey != rec.batches.first().messages.first().threadKey);
        QCOMPARE(engine.runForThread(rec.last().threadKey), run);
    }
};

QTEST_GUILESS_MAIN(TestScenarioEngine)
#include "tst_scenarioengine.moc"
