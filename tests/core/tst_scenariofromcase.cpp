// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A resolved real case as the case view loads it becomes a training scenario: nothing personal
// of the source survives anywhere in the JSON, the agent's actual reply is the exemplary reply,
// and the file loads with the Scenario parser and plays in the ScenarioEngine.
#include "app/core/scenarioengine.h"
#include "app/core/scenariofromcase.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {

constexpr Millis t0 = 1'750'000'000'000;

Message message(Id id, Direction direction, const QString &author, const QString &text, Millis at,
    Visibility visibility = Visibility::Public)
{
    Message m;
    m.id = id;
    m.caseId = 41;
    m.direction = direction;
    m.visibility = visibility;
    m.authorName = author;
    m.text = text;
    m.createdAt = at;
    m.platformId = u"18%1004455%2"_s.arg(id).arg(id * 7);
    m.permalink = u"https://x.com/olga_kuz/status/"_s + m.platformId;
    return m;
}

CaseDetail resolvedCase()
{
    CaseDetail d;
    d.summary.value.id = 41;
    d.summary.value.platform = Platform::X;
    d.summary.value.status = CaseStatus::Resolved;
    d.summary.value.threadKey = u"1800445566778899"_s;
    d.summary.value.subject = u"Olga Kuznetsova: parcel missing"_s;
    d.summary.customerName = u"Olga Kuznetsova"_s;
    d.customer.id = 9;
    d.customer.name = u"Olga Kuznetsova"_s;
    d.customer.crmRef = u"CRM-7731905"_s;
    d.customer.email = u"olga.kuz@example.net"_s;
    d.customer.phone = u"+44 7700 900 461"_s;
    d.customer.region = u"London"_s;
    d.customer.vip = true;
    d.customer.notes = u"Olga prefers e-mail (olga.kuz@example.net); CRM-7731905"_s;
    Identity x;
    x.platform = Platform::X;
    x.platformUserId = u"2244668800"_s;
    x.handle = u"olga_kuz"_s;
    x.displayName = u"Olga K."_s;
    x.audience = 5400;
    d.identities.append(x);
    d.messages.append(message(1, Direction::In, u"Olga K."_s,
        u"@acme_help my parcel for order #5519023 is lost. Olga Kuznetsova, olga.kuz@example.net, "
        "call me on +44 7700 900461. Account CRM-7731905."_s,
        t0));
    d.messages.append(message(2, Direction::In, u"Olga K."_s,
        u"Still waiting, @olga_kuz here again (user 2244668800)"_s, t0 + 120'000));
    Message reply = message(3, Direction::Out, u"Acme Support"_s,
        u"Sorry for the wait, Olga! Order #5519023 is at the depot; a courier brings it tomorrow "
        "by 14:00. We also wrote to olga.kuz@example.net and will call +447700900461."_s,
        t0 + 600'000);
    reply.authorAgentId = 3;
    d.messages.append(reply);
    d.messages.append(message(
        4, Direction::In, u"Olga K."_s, u"Thanks a lot, that's great news!"_s, t0 + 900'000));
    return d;
}

QStringList sourceSecrets()
{
    return { u"Olga"_s, u"Kuznetsova"_s, u"olga_kuz"_s, u"olga.kuz"_s, u"example.net"_s,
        u"2244668800"_s, u"CRM-7731905"_s, u"7731905"_s, u"5519023"_s, u"7700"_s, u"900461"_s,
        u"900 461"_s, u"1800445566778899"_s, u"1810044557"_s, u"London"_s };
}

} // namespace

class TestScenarioFromCase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingPersonalSurvives()
    {
        const CaseDetail detail = resolvedCase();
        const Scenario s = ScenarioFromCase::build(detail, ScenarioFromCase::newId(t0),
            { u"2025-05-01 order #5519023 by Olga Kuznetsova, delivered late"_s });
        const QString json = QString::fromUtf8(ScenarioFormat::toBytes(s));
        for (const QString &secret : sourceSecrets()) {
            if (secret == "London"_L1)
                continue; // a region is not identifying on its own; checked below
            QVERIFY2(
                !json.contains(secret, Qt::CaseInsensitive), qPrintable(secret + u" in "_s + json));
        }
        QVERIFY2(ScenarioFromCase::leftovers(s, detail).isEmpty(),
            qPrintable(ScenarioFromCase::leftovers(s, detail).join(u", "_s)));
        // Every personal string the function knows of, too.
        for (const QString &secret : ScenarioFromCase::personalStrings(detail)) {
            if (secret.size() >= 3)
                QVERIFY2(!json.contains(secret, Qt::CaseInsensitive), qPrintable(secret));
        }
        QVERIFY(!s.id.contains(u"41"_s));
        // The anonymizer's pseudonyms did it all: the last-resort blanking was not needed.
        QVERIFY2(!json.contains(u"[…]"_s), qPrintable(json));
    }

    void shape()
    {
        const Scenario s = ScenarioFromCase::build(
            resolvedCase(), u"from-case-test"_s, { u"Earlier: a refund in May"_s });
        QCOMPARE(int(s.platform), int(Platform::X));
        QCOMPARE(s.language, u"en"_s);
        QCOMPARE(s.opening.size(), 2); // the customer's messages before the first reply
        QCOMPARE(s.opening.at(1).delaySeconds, 120);
        QVERIFY(s.customer.vip);
        QCOMPARE(s.customer.audience, 5400);
        QCOMPARE(s.customer.name, u"Customer 1"_s);
        QVERIFY2(
            s.opening.first().text.contains(u"Customer 1"_s), qPrintable(s.opening.first().text));
        // The agent's actual reply, anonymised, is the example.
        QVERIFY2(s.exemplaryReply.startsWith(u"Sorry for the wait, Customer 1!"_s),
            qPrintable(s.exemplaryReply));
        QVERIFY(s.exemplaryReply.contains(u"tomorrow by 14:00"_s));
        // The same e-mail and order in the customer's post and in the agent's reply.
        QVERIFY2(
            s.exemplaryReply.contains(u"customer1@example.com"_s), qPrintable(s.exemplaryReply));
        QVERIFY(s.opening.first().text.contains(u"customer1@example.com"_s));
        QVERIFY(s.exemplaryReply.contains(u"ORDER001"_s)
            && s.opening.first().text.contains(u"ORDER001"_s));
        QVERIFY(s.customer.journey.contains(u"Earlier: a refund in May"_s));
        QVERIFY(s.customer.journey.first().startsWith(u"Region:"_s));
        // The journey uses the thread's pseudonyms.
        bool sameCustomer = false;
        for (const QString &line : s.customer.journey)
            sameCustomer = sameCustomer || line.contains(u"Customer 1"_s);
        QVERIFY(sameCustomer);
    }

    void loadsAndPlays()
    {
        const Scenario s = ScenarioFromCase::build(resolvedCase(), u"from-case-play"_s);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"from-case-play.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(ScenarioFormat::toBytes(s));
        file.close();
        const Result<Scenario> loaded = ScenarioLibrary::load(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
        QCOMPARE(loaded.value().exemplaryReply, s.exemplaryReply);
        QCOMPARE(loaded.value().customer.journey, s.customer.journey);

        ManualClock clock(t0);
        QList<IngestBatch> out;
        ScenarioEngine engine(clock, [&out](const IngestBatch &b) { out.append(b); });
        engine.setAccount(Platform::X, 1);
        const int run = engine.start(loaded.value());
        clock.advance(3 * 60'000);
        engine.tick();
        int posted = 0;
        for (const IngestBatch &b : std::as_const(out))
            posted += int(b.messages.size());
        QCOMPARE(posted, 2);
        engine.onAgentReply(run, loaded.value().exemplaryReply, loaded.value().exemplaryVisibility);
        clock.advance(10 * 60'000);
        engine.tick();
        QCOMPARE(out.last().messages.first().text, u"Thanks a lot, that's great news!"_s);
        QVERIFY(engine.run(run)->finished());
    }

    void editsAreChecked()
    {
        const CaseDetail detail = resolvedCase();
        Scenario s = ScenarioFromCase::build(detail, u"x-edit"_s);
        QVERIFY(ScenarioFromCase::leftovers(s, detail).isEmpty());
        // A trainer types the real name back into the example: it is caught before saving.
        s.exemplaryReply += u" Best wishes to Olga Kuznetsova"_s;
        const QStringList left = ScenarioFromCase::leftovers(s, detail);
        QVERIFY(left.contains(u"Olga"_s, Qt::CaseInsensitive));
        // A phone written without spaces is caught by its digits.
        Scenario p = ScenarioFromCase::build(detail, u"x-phone"_s);
        p.notes = u"call 0 7700 900-461"_s;
        QVERIFY(!ScenarioFromCase::leftovers(p, detail).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestScenarioFromCase)
#include "tst_scenariofromcase.moc"
