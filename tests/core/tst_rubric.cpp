// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The training rubric on known replies (Russian and English): the points of every criterion
// and the reasons, the trainer's weights and thresholds from JSON, and the reply detectors it
// shares with the scenario engine.
#include "app/core/replyanalysis.h"
#include "app/core/rubric.h"
#include "app/core/scenarioengine.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {

constexpr Millis t0 = 1'700'000'000'000;

RubricInput input(const QString &text, int secondsToReply = 60)
{
    RubricInput in;
    in.text = text;
    in.platform = Platform::X;
    in.visibility = Visibility::Public;
    in.customerPostedAt = t0;
    in.repliedAt = t0 + secondsToReply * 1000LL;
    return in;
}

int points(const RubricScore &score, RubricCriterion c)
{
    const CriterionScore *s = score.criterion(c);
    return s && s->applicable ? s->points : -1;
}

} // namespace

class TestRubric : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodReplyEnglish()
    {
        RubricInput in = input(
            u"Sorry for the wait, Anna! Your parcel arrives tomorrow by 14:00, thanks for your patience."_s);
        in.scriptFits = true;
        in.scriptUsed = true;
        const RubricScore s = Rubric::score(RubricConfig::defaults(), in, u"Example"_s);
        QCOMPARE(points(s, RubricCriterion::FirstResponseTime), 15);
        QCOMPARE(points(s, RubricCriterion::WithinLimit), 10);
        QCOMPARE(points(s, RubricCriterion::PlaceholdersFilled), 10);
        QCOMPARE(points(s, RubricCriterion::ScriptUsed), 10);
        QCOMPARE(points(s, RubricCriterion::Tone), 15);
        QCOMPARE(points(s, RubricCriterion::TookPrivate), -1); // not asked for
        QCOMPARE(points(s, RubricCriterion::ConcreteAnswer), 15);
        QCOMPARE(points(s, RubricCriterion::NoPersonalData), 10);
        QCOMPARE(s.total, 85);
        QCOMPARE(s.maximum, 85);
        QCOMPARE(s.percent(), 100);
        QCOMPARE(s.exemplaryReply, u"Example"_s);
        QCOMPARE(s.criteria.size(), Rubric::allCriteria().size());
        for (const CriterionScore &c : s.criteria) {
            QVERIFY(!c.title.isEmpty());
            QVERIFY(!c.reason.isEmpty());
        }
        QVERIFY(s.criterion(RubricCriterion::ConcreteAnswer)->reason.contains(u"time"_s));
    }

    void poorReplyEnglish()
    {
        RubricInput in = input(
            u"Hi {customer.name}, please see our website. Your order #4455667 is noted, "
            "call +44 20 7946 0958 or write to anna@example.org. This is stupid and annoying."_s,
            40 * 60);
        in.scriptFits = true;
        in.expectPrivate = true;
        const RubricScore s = Rubric::score(RubricConfig::defaults(), in);
        QCOMPARE(points(s, RubricCriterion::FirstResponseTime), 0); // 40 min > 2 x 15 min
        QCOMPARE(points(s, RubricCriterion::WithinLimit), 10);
        QCOMPARE(points(s, RubricCriterion::PlaceholdersFilled), 0);
        QVERIFY(s.criterion(RubricCriterion::PlaceholdersFilled)
                    ->reason.contains(u"{customer.name}"_s));
        QCOMPARE(points(s, RubricCriterion::ScriptUsed), 0);
        QCOMPARE(points(s, RubricCriterion::Tone), 0);
        QCOMPARE(points(s, RubricCriterion::TookPrivate), 0);
        QCOMPARE(points(s, RubricCriterion::ConcreteAnswer), 0);
        QVERIFY(s.criterion(RubricCriterion::ConcreteAnswer)->reason.contains(u"elsewhere"_s));
        QCOMPARE(points(s, RubricCriterion::NoPersonalData), 0);
        const QString pd = s.criterion(RubricCriterion::NoPersonalData)->reason;
        QVERIFY2(pd.contains(u"anna@example.org"_s) && pd.contains(u"+44 20 7946 0958"_s)
                && pd.contains(u"4455667"_s),
            qPrintable(pd));
        QCOMPARE(s.total, 10);
        QCOMPARE(s.maximum, 100);
    }

    void russianReplies()
    {
        RubricInput good
            = input(u"Извините за ожидание! Напишите нам, пожалуйста, в личные сообщения — "
                    "курьер привезёт заказ сегодня до 18:00. Спасибо за терпение."_s,
                20 * 60);
        good.platform = Platform::Vk;
        good.expectPrivate = true;
        const RubricScore s = Rubric::score(RubricConfig::defaults(), good);
        QCOMPARE(points(s, RubricCriterion::FirstResponseTime), 7); // over 15 min, within 30: half
        QCOMPARE(points(s, RubricCriterion::TookPrivate), 15);
        QCOMPARE(points(s, RubricCriterion::ConcreteAnswer), 15);
        QCOMPARE(points(s, RubricCriterion::Tone), 15);
        QCOMPARE(points(s, RubricCriterion::NoPersonalData), 10);
        QCOMPARE(points(s, RubricCriterion::ScriptUsed), -1);

        RubricInput bad
            = input(u"Смотрите на сайте. Ваш телефон +7 (912) 345-67-89, заказ № 778899."_s);
        bad.platform = Platform::Vk;
        const RubricScore b = Rubric::score(RubricConfig::defaults(), bad);
        QCOMPARE(points(b, RubricCriterion::ConcreteAnswer), 0);
        QCOMPARE(points(b, RubricCriterion::NoPersonalData), 0);
        QVERIFY(
            b.criterion(RubricCriterion::NoPersonalData)->reason.contains(u"+7 (912) 345-67-89"_s));
        // The same text privately may carry personal data.
        bad.visibility = Visibility::Private;
        QCOMPARE(
            points(Rubric::score(RubricConfig::defaults(), bad), RubricCriterion::NoPersonalData),
            10);
        QCOMPARE(
            points(Rubric::score(RubricConfig::defaults(), bad), RubricCriterion::TookPrivate), -1);
    }

    void overTheLimit()
    {
        RubricInput in = input(QString(300, u'a'));
        const RubricScore s = Rubric::score(RubricConfig::defaults(), in);
        QCOMPARE(points(s, RubricCriterion::WithinLimit), 0);
        QVERIFY(s.criterion(RubricCriterion::WithinLimit)->reason.contains(u"280"_s));
        in.visibility = Visibility::Private; // X direct messages are longer
        QCOMPARE(
            points(Rubric::score(RubricConfig::defaults(), in), RubricCriterion::WithinLimit), 10);
    }

    void laterRepliesAreNotTimed()
    {
        RubricInput in = input(u"Thanks!"_s, 3600);
        in.firstReply = false;
        QCOMPARE(
            points(Rubric::score(RubricConfig::defaults(), in), RubricCriterion::FirstResponseTime),
            -1);
        in.firstReply = true;
        in.firstResponseTargetSeconds = 7200; // the scenario's own target
        QCOMPARE(
            points(Rubric::score(RubricConfig::defaults(), in), RubricCriterion::FirstResponseTime),
            15);
    }

    void trainerConfig()
    {
        const Result<RubricConfig> c = RubricConfig::fromJson(
            QJsonObject { { u"tone_points"_s, 40 }, { u"tone_threshold"_s, 30 },
                { u"script_points"_s, 0 }, { u"first_response_target_seconds"_s, 60 },
                { u"require_private_for_complaints"_s, false } });
        QVERIFY(c.ok());
        QCOMPARE(c.value().tonePoints, 40);
        QCOMPARE(c.value().concretePoints, 15); // default kept
        QCOMPARE(RubricConfig::fromJson(c.value().toJson()).value().toJson(), c.value().toJson());
        RubricInput in = input(u"We are checking."_s, 90);
        in.scriptFits = true;
        in.expectPrivate = true;
        const RubricScore s = Rubric::score(c.value(), in);
        QCOMPARE(points(s, RubricCriterion::ScriptUsed), -1); // switched off
        QCOMPARE(points(s, RubricCriterion::TookPrivate), -1);
        QCOMPARE(points(s, RubricCriterion::Tone), 0); // neutral is below 30
        QCOMPARE(points(s, RubricCriterion::FirstResponseTime), 7);

        const Result<RubricConfig> bad
            = RubricConfig::fromJson(QJsonObject { { u"tone_threshold"_s, 500 } });
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(u"tone_threshold"_s));
        QVERIFY(!RubricConfig::fromJson(QJsonObject { { u"tone_points"_s, u"ten"_s } }).ok());
    }

    void inputForARehearsal()
    {
        Scenario s;
        s.id = u"t"_s;
        s.language = u"en"_s;
        s.platform = Platform::Vk;
        s.expectPrivate = true;
        s.scriptFits = true;
        s.firstResponseTargetSeconds = 300;
        s.customer.name = u"A"_s;
        s.opening = { ScenarioPost { u"Where is it?"_s, 0, Visibility::Public, false, {} } };
        ScenarioRule any;
        any.response.text = u"And?"_s;
        s.rules = { any };
        ManualClock clock(t0);
        ScenarioEngine engine(clock, [](const IngestBatch &) {});
        const int run = engine.start(s);
        clock.advance(4 * 60'000);
        engine.onAgentReply(run, u"Sorry! DM us please, it arrives today."_s, Visibility::Public);
        clock.advance(10 * 60'000);
        engine.tick();
        engine.onAgentReply(run, u"Anything else?"_s, Visibility::Public);
        const ScenarioRun *r = engine.run(run);
        QCOMPARE(r->transcript.size(), 4);
        const RubricInput first = Rubric::inputFor(*r, 1, true);
        QCOMPARE(first.text, u"Sorry! DM us please, it arrives today."_s);
        QVERIFY(first.firstReply);
        QCOMPARE(first.customerPostedAt, t0);
        QCOMPARE(first.repliedAt, t0 + 4 * 60'000);
        const RubricScore score = Rubric::score(RubricConfig::defaults(), first, s.exemplaryReply);
        QCOMPARE(
            points(score, RubricCriterion::FirstResponseTime), 15); // 4 min within the scenario's 5
        QCOMPARE(points(score, RubricCriterion::ScriptUsed), 10);
        QCOMPARE(points(score, RubricCriterion::TookPrivate), 15);
        const RubricInput second = Rubric::inputFor(*r, 3);
        QVERIFY(!second.firstReply);
        QCOMPARE(second.customerPostedAt, t0 + 5 * 60'000);
    }

    void detectors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("apology");
        QTest::addColumn<bool>("time");
        QTest::addColumn<bool>("link");
        QTest::addColumn<bool>("elsewhere");
        QTest::addColumn<bool>("orderNumber");
        QTest::addColumn<bool>("invitesPrivate");
        QTest::addColumn<bool>("personal");
        QTest::newRow("en apology time") << u"We apologise, it ships within 2 hours."_s << true
                                         << true << false << false << false << false << false;
        QTest::newRow("en link") << u"Here: https://caredesk.example/help/returns."_s << false
                                 << false << true << false << false << false << false;
        QTest::newRow("bare homepage") << u"See our website caredesk.example"_s << false << false
                                       << false << true << false << false << false;
        QTest::newRow("en hotline") << u"Please call the hotline."_s << false << false << false
                                    << true << false << false << false;
        QTest::newRow("en dm") << u"Send us a DM with your order number."_s << false << false
                               << false << false << true << true << false;
        QTest::newRow("ru apology time") << u"Приносим извинения, привезём завтра."_s << true
                                         << true << false << false << false << false << false;
        QTest::newRow("ru mail") << u"Напишите на почту, разберёмся."_s << false << false << false
                                 << true << false << false << false;
        QTest::newRow("ru site") << u"Посмотрите на сайте."_s << false << false << false << true
                                 << false << false << false;
        QTest::newRow("ru order") << u"Подскажите номер заказа в личных сообщениях."_s << false
                                  << false << false << false << true << true << false;
        QTest::newRow("ru phone") << u"Звонок с номера 8 912 345 67 89"_s << false << false << false
                                  << false << false << false << true;
        QTest::newRow("email") << u"write ivan.petrov@mail.ru"_s << false << false << false << false
                               << false << false << true;
        QTest::newRow("handle is not email")
            << u"thanks @anna"_s << false << false << false << false << false << false << false;
        QTest::newRow("k sozhaleniyu") << u"К сожалению, нет."_s << false << false << false << false
                                       << false << false << false;
        QTest::newRow("vague en") << u"It should come in a few days, it costs 9.99."_s << false
                                  << false << false << false << false << false << false;
        QTest::newRow("vague ru") << u"Привезём в течение нескольких дней."_s << false << false
                                  << false << false << false << false << false;
        QTest::newRow("ru hour") << u"Ответим через час."_s << false << true << false << false
                                 << false << false << false;
        QTest::newRow("date") << u"Delivery on 25.12."_s << false << true << false << false << false
                              << false << false;
    }

    void detectors()
    {
        QFETCH(QString, text);
        const ReplyFacts f = ReplyAnalysis::analyse(text);
        QTEST(f.apology, "apology");
        QTEST(f.concreteTime, "time");
        QTEST(f.concreteLink, "link");
        QTEST(f.sendsElsewhere, "elsewhere");
        QTEST(f.asksOrderNumber, "orderNumber");
        QTEST(f.invitesPrivate, "invitesPrivate");
        QTEST(f.hasPersonalData, "personal");
    }
};

QTEST_GUILESS_MAIN(TestRubric)
#include "tst_rubric.moc"
