// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Anonymisation of real cases into training scenarios: no name, handle, id, e-mail or phone
// number of the source is left, pseudonyms are consistent, and the result is a valid scenario
// whose exemplary reply is the agent's.
#include "app/core/anonymizer.h"
#include "app/core/scenarioengine.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {

constexpr Millis t0 = 1'700'000'000'000;

RealCase sourceCase()
{
    RealCase c;
    c.platform = Platform::Mastodon;
    c.title = u"Refund for Anna Smirnova"_s;
    c.customerNames = { u"Anna Smirnova"_s };
    c.handles = { u"@anna_s@mastodon.social"_s, u"annasmirnova"_s };
    c.platformIds = { u"109876543210"_s };
    c.audience = 1200;
    c.vip = true;
    auto in = [](const QString &text, Millis at) {
        RealCase::Entry e;
        e.direction = Direction::In;
        e.text = text;
        e.createdAt = at;
        e.authorName = u"Anna Smirnova"_s;
        e.authorHandle = u"anna_s@mastodon.social"_s;
        e.authorPlatformId = u"109876543210"_s;
        e.platformId = u"1112223334445"_s;
        return e;
    };
    c.messages.append(
        in(u"@caredesk Hi, Anna Smirnova here. Order ORD-558812 never came. "
           "Mail me at anna.smirnova@example.org or call +7 (912) 345-67-89, or +44 20 7946 0958. "
           "My profile: https://mastodon.social/@anna_s and https://shop.example/account?id=77881 "
           "(user 109876543210). Anna is tired of waiting!"_s,
            t0));
    c.messages.append(in(u"anna again: still nothing for annasmirnova"_s, t0 + 90'000));
    RealCase::Entry out;
    out.direction = Direction::Out;
    out.text
        = u"Sorry, Anna! Your order ORD-558812 arrives tomorrow by 12:00; we wrote to anna.smirnova@example.org."_s;
    out.createdAt = t0 + 300'000;
    out.platformId = u"1112223339999"_s;
    c.messages.append(out);
    c.messages.append(in(u"Thank you, that's great!"_s, t0 + 600'000));
    return c;
}

const QStringList &secrets()
{
    static const QStringList s { u"Anna"_s, u"Smirnova"_s, u"anna_s"_s, u"annasmirnova"_s,
        u"109876543210"_s, u"1112223334445"_s, u"1112223339999"_s, u"anna.smirnova@example.org"_s,
        u"912"_s, u"345-67-89"_s, u"7946"_s, u"558812"_s, u"77881"_s };
    return s;
}

void verifyClean(const QString &text)
{
    for (const QString &secret : secrets())
        QVERIFY2(!text.contains(secret, Qt::CaseInsensitive),
            qPrintable(secret + u" left in: "_s + text));
}

} // namespace

class TestAnonymizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingLeft()
    {
        const Scenario s = Anonymizer::toScenario(sourceCase(), u"from-case-1"_s);
        verifyClean(ScenarioFormat::toBytes(s).constData()
                ? QString::fromUtf8(ScenarioFormat::toBytes(s))
                : QString());
        for (const ScenarioPost &p : s.opening)
            verifyClean(p.text);
        verifyClean(s.exemplaryReply);
        verifyClean(s.customer.name);
        verifyClean(s.customer.handle);
        verifyClean(s.titleEn);
    }

    void consistentPseudonyms()
    {
        const Scenario s = Anonymizer::toScenario(sourceCase(), u"from-case-1"_s);
        QCOMPARE(s.opening.size(), 2);
        const QString first = s.opening.at(0).text;
        // The same customer, e-mail and order everywhere.
        QCOMPARE(s.customer.name, u"Customer 1"_s);
        QVERIFY2(first.contains(u"Customer 1 here"_s), qPrintable(first));
        QVERIFY2(first.contains(u"Customer 1 is tired"_s), qPrintable(first));
        QVERIFY(s.opening.at(1).text.startsWith(u"Customer 1 again"_s));
        QVERIFY2(s.exemplaryReply.contains(u"Sorry, Customer 1!"_s), qPrintable(s.exemplaryReply));
        QVERIFY(first.contains(u"customer1@example.com"_s));
        QVERIFY(s.exemplaryReply.contains(u"customer1@example.com"_s));
        const qsizetype order = first.indexOf(u"ORDER"_s);
        QVERIFY(order >= 0);
        QVERIFY(s.exemplaryReply.contains(first.mid(order, 8)));
        // Two different phones, two pseudonyms.
        QVERIFY(first.indexOf(u"+0 000 000-0001"_s) >= 0);
        QVERIFY(first.indexOf(u"+0 000 000-0002"_s) > first.indexOf(u"+0 000 000-0001"_s));
        // The brand's mention became a pseudonym too: any handle in customer text is someone's.
        QVERIFY(!first.contains(u"@caredesk"_s));
        QVERIFY(first.contains(u"https://example.com/redacted/"_s));

        Anonymizer a;
        const QString x = a.anonymize(u"@bob@example.net and @bob@example.net, @carol"_s);
        QCOMPARE(x, u"@customer1@example.social and @customer1@example.social, @customer2"_s);
        QCOMPARE(a.anonymize(u"@bob@example.net"_s), u"@customer1@example.social"_s);
    }

    void scenarioIsPlayable()
    {
        const Scenario s = Anonymizer::toScenario(sourceCase(), u"from-case-1"_s);
        QCOMPARE(s.language, u"en"_s);
        QCOMPARE(int(s.platform), int(Platform::Mastodon));
        QCOMPARE(s.customer.audience, 1200);
        QVERIFY(s.customer.vip);
        QCOMPARE(s.opening.at(1).delaySeconds, 90);
        const Result<Scenario> again = ScenarioFormat::parse(ScenarioFormat::toBytes(s));
        QVERIFY2(again.ok(), qPrintable(again.error().message));
        // The customer's real answer is the reaction; the agent's real reply calms them.
        ManualClock clock(t0);
        QList<IngestBatch> out;
        ScenarioEngine engine(clock, [&out](const IngestBatch &b) { out.append(b); });
        const int run = engine.start(again.value());
        clock.advance(2 * 60'000);
        engine.tick();
        engine.onAgentReply(run, again.value().exemplaryReply, again.value().exemplaryVisibility);
        clock.advance(10 * 60'000);
        engine.tick();
        QCOMPARE(out.last().messages.first().text, u"Thank you, that's great!"_s);
        QCOMPARE(int(engine.run(run)->outcome), int(ScenarioOutcome::Calm));
    }

    void russianCase()
    {
        RealCase c;
        c.platform = Platform::Vk;
        c.customerNames = { u"Иван Петров"_s };
        c.handles = { u"id123456789"_s, u"ivan_petrov"_s };
        RealCase::Entry e;
        e.text
            = u"Ивану Петрову ответили? Иван Петров, заказ № 4455667, телефон 8 (912) 345-67-89, почта ivan.petrov@mail.ru, vk.com/id123456789"_s;
        e.authorName = u"Иван Петров"_s;
        c.messages.append(e);
        const Scenario s = Anonymizer::toScenario(c, u"ru-case"_s);
        QCOMPARE(s.language, u"ru"_s);
        QCOMPARE(s.customer.name, u"Клиент 1"_s);
        const QString t = s.opening.first().text;
        for (const QString &secret :
            { u"Иван"_s, u"Петров"_s, u"4455667"_s, u"912"_s, u"ivan.petrov"_s, u"123456789"_s })
            QVERIFY2(!t.contains(secret), qPrintable(secret + u" in "_s + t));
        QVERIFY2(t.startsWith(u"Клиент 1 ответили? Клиент 1, заказ"_s), qPrintable(t));
        QVERIFY(ScenarioFormat::parse(ScenarioFormat::toBytes(s)).ok());
        QVERIFY(!s.exemplaryReply.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAnonymizer)
#include "tst_anonymizer.moc"
