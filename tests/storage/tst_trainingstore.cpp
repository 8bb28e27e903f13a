// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Training results and the trainer's rubric (migration 0009) on SQLite and PostgreSQL: a result
// keeps its score, every rubric point with its reason, the replies and the exemplary reply; on
// PostgreSQL (a class) each trainee keeps and reads only their own results, a trainer reads
// everyone's, and nobody keeps a result in another trainee's name.
#include "app/core/clock.h"
#include "app/storage/agentstore.h"
#include "app/storage/database.h"
#include "app/storage/trainingstore.h"
#include "tests/support/testworkspace.h"

#include <QRandomGenerator>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

class TestTrainingStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsResults_data();
    void keepsResults();
    void classOnPostgres();

private:
    bool open(bool postgres);
    std::unique_ptr<Database> openAs(const QString &login);
    TrainingResult sample(const QString &scenario, int score) const;

    ManualClock m_clock { 1795428000000LL };
    Test::TestWorkspace m_ws;
    std::unique_ptr<Database> m_db;
};

bool TestTrainingStore::open(bool postgres)
{
    m_db.reset();
    CAREDESK_OPEN_WORKSPACE(m_ws, postgres ? u"postgresql"_s : u"sqlite"_s, u"class"_s,
        m_clock.now(), WorkspaceKind::Training);
    m_db = m_ws.takeDatabase();
    return true;
}

std::unique_ptr<Database> TestTrainingStore::openAs(const QString &login)
{
    DatabaseConfig config = m_ws.config();
    config.user = login;
    Result<std::unique_ptr<Database>> opened = Database::open(config, Database::OpenMode::Existing);
    if (!opened.ok()) {
        qWarning("cannot open as %s: %s", qPrintable(login), qPrintable(opened.error().message));
        return nullptr;
    }
    return std::move(opened.value());
}

TrainingResult TestTrainingStore::sample(const QString &scenario, int score) const
{
    TrainingResult r;
    r.scenarioId = scenario;
    r.scenarioTitle = u"A delayed order"_s;
    r.language = u"en"_s;
    r.platform = Platform::X;
    r.startedAt = m_clock.now();
    r.finishedAt = m_clock.now() + 5 * 60 * 1000;
    r.score = score;
    r.maximum = 100;
    r.outcome = u"calm"_s;
    r.exemplaryReply = u"Sorry, it arrives tomorrow by 14:00."_s;
    TrainingReplyScore reply;
    reply.text = u"Sorry Anna, tomorrow by 14:00 — «ёлка» 🎄"_s;
    reply.visibility = Visibility::Private;
    reply.at = m_clock.now() + 60 * 1000;
    reply.score.total = score;
    reply.score.maximum = 100;
    CriterionScore c;
    c.criterion = RubricCriterion::ConcreteAnswer;
    c.points = 15;
    c.maxPoints = 15;
    c.title = u"Concrete time or link"_s;
    c.reason = u"Gives a concrete time."_s;
    reply.score.criteria.append(c);
    c.criterion = RubricCriterion::ScriptUsed;
    c.applicable = false;
    c.points = 0;
    c.maxPoints = 0;
    c.reason = u"No script fits this case."_s;
    reply.score.criteria.append(c);
    r.replies.append(reply);
    return r;
}

void TestTrainingStore::keepsResults_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgresql") << true;
}

void TestTrainingStore::keepsResults()
{
    QFETCH(bool, postgres);
    if (!open(postgres))
        return;
    const TrainingResult original = sample(u"delayed-order-en"_s, 85);
    Result<Id> saved = TrainingStore::save(*m_db, original);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    QVERIFY(saved.value() > 0);
    QVERIFY(TrainingStore::save(*m_db, sample(u"praise-ru"_s, 40)).ok());
    const Result<QList<TrainingResult>> listed = TrainingStore::list(*m_db);
    QVERIFY2(listed.ok(), qPrintable(listed.error().message));
    QCOMPARE(listed.value().size(), 2);
    const TrainingResult &r = listed.value().first();
    QCOMPARE(r.id, saved.value());
    QCOMPARE(r.scenarioId, original.scenarioId);
    QCOMPARE(r.scenarioTitle, original.scenarioTitle);
    QVERIFY(r.platform == Platform::X);
    QCOMPARE(r.startedAt, original.startedAt);
    QCOMPARE(r.finishedAt, original.finishedAt);
    QCOMPARE(r.score, 85);
    QCOMPARE(r.maximum, 100);
    QCOMPARE(r.outcome, u"calm"_s);
    QCOMPARE(r.exemplaryReply, original.exemplaryReply);
    QCOMPARE(r.replies.size(), 1);
    QCOMPARE(r.replies.first().text, original.replies.first().text);
    QVERIFY(r.replies.first().visibility == Visibility::Private);
    QCOMPARE(r.replies.first().at, original.replies.first().at);
    QCOMPARE(r.replies.first().score.criteria.size(), 2);
    QVERIFY(r.replies.first().score.criteria.at(0).criterion == RubricCriterion::ConcreteAnswer);
    QCOMPARE(r.replies.first().score.criteria.at(0).reason, u"Gives a concrete time."_s);
    QVERIFY(!r.replies.first().score.criteria.at(1).applicable);
    QCOMPARE(r.toJson().value(u"id"_s).toString(), QString::number(r.id));
    QCOMPARE(TrainingStore::list(*m_db, 0).value().size(), 2);
    QCOMPARE(TrainingStore::list(*m_db, 42).value().size(), 0);

    // The rubric: the defaults until the trainer keeps one.
    QCOMPARE(TrainingStore::rubric(*m_db).value().tonePoints, RubricConfig::defaults().tonePoints);
    RubricConfig rubric;
    rubric.tonePoints = 40;
    rubric.requirePrivateForComplaints = false;
    QVERIFY(TrainingStore::setRubric(*m_db, rubric).ok());
    rubric.scriptPoints = 0;
    QVERIFY(TrainingStore::setRubric(*m_db, rubric).ok());
    const Result<RubricConfig> kept = TrainingStore::rubric(*m_db);
    QVERIFY(kept.ok());
    QCOMPARE(kept.value().tonePoints, 40);
    QCOMPARE(kept.value().scriptPoints, 0);
    QVERIFY(!kept.value().requirePrivateForComplaints);
}

void TestTrainingStore::classOnPostgres()
{
    if (!open(true))
        return;
    const QString suffix = QString::number(QRandomGenerator::global()->generate(), 36);
    auto add = [&](const QString &stem, AgentRole role) {
        NewAgent spec;
        spec.name = stem + u"_"_s + suffix;
        spec.role = role;
        Result<Agent> added = AgentStore::addAgent(*m_db, spec, m_clock.now());
        if (!added.ok())
            qWarning() << added.error().message;
        return added.ok() ? added.value() : Agent {};
    };
    const Agent anna = add(u"anna"_s, AgentRole::Agent);
    const Agent boris = add(u"boris"_s, AgentRole::Agent);
    const Agent tanya = add(u"tanya"_s, AgentRole::Trainer);
    QVERIFY(anna.id && boris.id && tanya.id);
    std::unique_ptr<Database> asAnna = openAs(anna.name);
    std::unique_ptr<Database> asBoris = openAs(boris.name);
    std::unique_ptr<Database> asTanya = openAs(tanya.name);
    QVERIFY(asAnna && asBoris && asTanya);

    // Agent 0: the login's own agent.
    Result<Id> annas = TrainingStore::save(*asAnna, sample(u"delayed-order-en"_s, 70));
    QVERIFY2(annas.ok(), qPrintable(annas.error().message));
    QVERIFY(TrainingStore::save(*asBoris, sample(u"troll-en"_s, 50)).ok());
    // Not in someone else's name.
    TrainingResult forged = sample(u"troll-en"_s, 100);
    forged.agentId = boris.id;
    QVERIFY(!TrainingStore::save(*asAnna, forged).ok());

    const Result<QList<TrainingResult>> mine = TrainingStore::list(*asAnna);
    QVERIFY2(mine.ok(), qPrintable(mine.error().message));
    QCOMPARE(mine.value().size(), 1);
    QCOMPARE(mine.value().first().agentId, anna.id);
    QCOMPARE(mine.value().first().scenarioId, u"delayed-order-en"_s);
    const Result<QList<TrainingResult>> all = TrainingStore::list(*asTanya);
    QVERIFY2(all.ok(), qPrintable(all.error().message));
    QCOMPARE(all.value().size(), 2);

    // The trainer keeps the class's rubric; a trainee reads it and cannot change it.
    RubricConfig rubric;
    rubric.concretePoints = 30;
    QVERIFY2(TrainingStore::setRubric(*asTanya, rubric).ok(), "a trainer keeps the rubric");
    QCOMPARE(TrainingStore::rubric(*asBoris).value().concretePoints, 30);
    rubric.concretePoints = 1;
    QVERIFY(!TrainingStore::setRubric(*asBoris, rubric).ok());
    QCOMPARE(TrainingStore::rubric(*asAnna).value().concretePoints, 30);
}

QTEST_GUILESS_MAIN(TestTrainingStore)
#include "tst_trainingstore.moc"
