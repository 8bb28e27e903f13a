// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The scenario format (parse, validation errors naming path and field, round trip) and the
// scenarios shipped in resources/scenarios: each parses, comes in Russian and English, and
// playing its exemplary reply calms the customer or closes the conversation.
#include "app/core/rubric.h"
#include "app/core/scenario.h"
#include "app/core/scenarioengine.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {

constexpr Millis t0 = 1'700'000'000'000;

QByteArray minimal()
{
    return R"({"id": "x1", "title": "T", "language": "en", "platform": "x",
      "customer": {"name": "A"}, "opening": [{"text": "hi"}],
      "rules": [{"when": "any_reply", "response": {"text": "ok", "outcome": "close"}}],
      "exemplary": {"text": "Hello"}})";
}

} // namespace

class TestScenarios : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void minimalParses()
    {
        const Result<Scenario> s = ScenarioFormat::parse(minimal());
        QVERIFY2(s.ok(), qPrintable(s.error().message));
        QCOMPARE(s.value().id, u"x1"_s);
        QCOMPARE(s.value().title(u"ru"_s), u"T"_s);
        QCOMPARE(int(s.value().surface), int(Visibility::Public));
        QCOMPARE(s.value().rules.first().response.delaySeconds, 60);
    }

    void errorsNamePathAndField_data()
    {
        QTest::addColumn<QByteArray>("find");
        QTest::addColumn<QByteArray>("replace");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no id") << QByteArray(R"("id": "x1",)") << QByteArray() << u"id: "_s;
        QTest::newRow("bad id") << QByteArray(R"("x1")") << QByteArray(R"("X Y")") << u"id: "_s;
        QTest::newRow("language") << QByteArray(R"("en")") << QByteArray(R"("de")")
                                  << u"language: "_s;
        QTest::newRow("platform") << QByteArray(R"("x",)") << QByteArray(R"("myspace",)")
                                  << u"platform: "_s;
        QTest::newRow("customer name")
            << QByteArray(R"({"name": "A"})") << QByteArray("{}") << u"customer.name: "_s;
        QTest::newRow("opening text") << QByteArray(R"({"text": "hi"})")
                                      << QByteArray(R"({"text": 5})") << u"opening[0].text: "_s;
        QTest::newRow("opening delay")
            << QByteArray(R"({"text": "hi"})") << QByteArray(R"({"text": "hi", "delay": -1})")
            << u"opening[0].delay: "_s;
        QTest::newRow("condition")
            << QByteArray("any_reply") << QByteArray("nice_reply") << u"rules[0].when: "_s;
        QTest::newRow("outcome") << QByteArray(R"("close")") << QByteArray(R"("happy")")
                                 << u"rules[0].response.outcome: "_s;
        QTest::newRow("ignored needs minutes")
            << QByteArray("any_reply") << QByteArray("ignored_for") << u"rules[0].minutes: "_s;
        QTest::newRow("surface") << QByteArray(R"("outcome": "close")")
                                 << QByteArray(R"("outcome": "close", "surface": "secret")")
                                 << u"rules[0].response.surface: "_s;
        QTest::newRow("exemplary")
            << QByteArray(R"({"text": "Hello"})") << QByteArray("{}") << u"exemplary.text: "_s;
        QTest::newRow("not json") << QByteArray(R"("id")") << QByteArray(R"(id)")
                                  << u"not valid JSON"_s;
        QTest::newRow("newer format")
            << QByteArray(R"({"id")") << QByteArray(R"({"format": 99, "id")") << u"format: "_s;
    }

    void errorsNamePathAndField()
    {
        QFETCH(QByteArray, find);
        QFETCH(QByteArray, replace);
        QFETCH(QString, expected);
        QByteArray json = minimal();
        QVERIFY(json.contains(find));
        json.replace(json.indexOf(find), find.size(), replace);
        const Result<Scenario> s = ScenarioFormat::parse(json);
        QVERIFY(!s.ok());
        QCOMPARE(int(s.error().code), int(ErrorCode::Invalid));
        QVERIFY2(s.error().message.contains(expected), qPrintable(s.error().message));
    }

    void loadFromDisk()
    {
        const QString dir
            = qEnvironmentVariable("CAREDESK_SOURCE_DIR") + u"/tests/fuzz/corpus/scenario/"_s;
        const Result<Scenario> good = ScenarioLibrary::load(dir + u"minimal.json"_s);
        QVERIFY2(good.ok(), qPrintable(good.error().message));
        const Result<Scenario> bad = ScenarioLibrary::load(dir + u"invalid.json"_s);
        QVERIFY(!bad.ok());
        QVERIFY2(
            bad.error().message.contains(u"invalid.json: "_s), qPrintable(bad.error().message));
        const Result<Scenario> missing = ScenarioLibrary::load(dir + u"nope.json"_s);
        QCOMPARE(int(missing.error().code), int(ErrorCode::NotFound));
    }

    void shippedSet()
    {
        const QStringList files = ScenarioLibrary::shippedFiles();
        QCOMPARE(files.size(), 16);
        const Result<QList<Scenario>> all = ScenarioLibrary::shipped();
        QVERIFY2(all.ok(), qPrintable(all.error().message));
        QSet<QString> ids;
        QSet<QString> en;
        QSet<QString> ru;
        for (const Scenario &s : all.value()) {
            QVERIFY(!ids.contains(s.id));
            ids.insert(s.id);
            const QString topic = s.id.left(s.id.size() - 3);
            (s.language == "ru"_L1 ? ru : en).insert(topic);
            QVERIFY2(s.id.endsWith(u'-' + s.language), qPrintable(s.id));
            QVERIFY(!s.titleRu.isEmpty() && !s.titleEn.isEmpty());
        }
        const QSet<QString> topics { u"delayed-order"_s, u"billing-error"_s, u"outage"_s,
            u"praise"_s, u"link-question"_s, u"complaint-private"_s, u"troll"_s,
            u"vip-audience"_s };
        QCOMPARE(en, topics);
        QCOMPARE(ru, topics);
    }

    void shippedRoundTrip()
    {
        const Result<QList<Scenario>> all = ScenarioLibrary::shipped();
        QVERIFY(all.ok());
        for (const Scenario &s : all.value()) {
            const Result<Scenario> again = ScenarioFormat::parse(ScenarioFormat::toBytes(s));
            QVERIFY2(again.ok(), qPrintable(again.error().message));
            QCOMPARE(QJsonDocument(ScenarioFormat::toJson(again.value())).toJson(),
                QJsonDocument(ScenarioFormat::toJson(s)).toJson());
        }
    }

    void exemplaryReplyCalmsOrCloses()
    {
        const Result<QList<Scenario>> all = ScenarioLibrary::shipped();
        QVERIFY(all.ok());
        for (const Scenario &s : all.value()) {
            ManualClock clock(t0);
            QList<IngestBatch> out;
            ScenarioEngine engine(clock, [&out](const IngestBatch &b) { out.append(b); });
            const int run = engine.start(s);
            clock.advance(60'000);
            engine.tick();
            const int rule = engine.onAgentReply(run, s.exemplaryReply, s.exemplaryVisibility);
            QVERIFY2(rule >= 0, qPrintable(s.id));
            clock.advance(10 * 60'000);
            engine.tick();
            const ScenarioOutcome outcome = engine.run(run)->outcome;
            QVERIFY2(outcome == ScenarioOutcome::Calm || outcome == ScenarioOutcome::Close,
                qPrintable(u"%1: rule %2 gave %3"_s.arg(s.id).arg(rule).arg(
                    ScenarioFormat::outcomeName(outcome))));
            QVERIFY(!out.isEmpty());
        }
    }

    void exemplaryReplyScoresFully()
    {
        // The shipped examples are what trainees should aim for: every applicable point but the
        // script (the rubric cannot know a script was used for them).
        const Result<QList<Scenario>> all = ScenarioLibrary::shipped();
        QVERIFY(all.ok());
        QStringList failures;
        for (const Scenario &s : all.value()) {
            RubricInput in;
            in.text = s.exemplaryReply;
            in.platform = s.platform;
            in.visibility = s.exemplaryVisibility;
            in.customerPostedAt = t0;
            in.repliedAt = t0 + 120'000;
            in.expectPrivate = s.expectPrivate;
            in.firstResponseTargetSeconds = s.firstResponseTargetSeconds;
            const RubricScore score = Rubric::score(RubricConfig::defaults(), in, s.exemplaryReply);
            for (const CriterionScore &c : score.criteria) {
                if (c.criterion == RubricCriterion::ConcreteAnswer && s.id.startsWith("praise"_L1))
                    continue; // praise needs no time or link
                if (c.applicable && c.points != c.maxPoints)
                    failures.append(s.id + u": "_s + c.title + u": "_s + c.reason);
            }
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestScenarios)
#include "tst_scenarios.moc"
