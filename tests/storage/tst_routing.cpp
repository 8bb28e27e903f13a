// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Queue routing on ingest: a new case of an account with a queue goes to that queue and is
// assigned by its mode (round robin among the signed-in agents of the queue's team, within
// capacity; manual leaves it unassigned), through the same repository the pollers use; signing
// out hands the agent's cases back to the queue, where the next agent takes them.

#include "app/core/clock.h"
#include "app/storage/casestore.h"
#include "app/storage/database.h"
#include "app/storage/databaseworker.h"
#include "app/storage/sqlrepositories.h"
#include "app/storage/teamstore.h"
#include "tests/support/testworkspace.h"

#include <QRandomGenerator>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

class TestRouting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void routesOnIngest_data();
    void routesOnIngest();
    void cleanup();

private:
    bool open(const QString &backend);
    IngestBatch message(const QString &thread) const;
    Id assigneeOf(Id caseId);
    Id queueOf(Id caseId);

    ManualClock m_clock { 1795000000000 };
    Test::TestWorkspace m_ws;
    std::unique_ptr<Database> m_db;
    Id m_account = 0;
    QString m_suffix;
};

void TestRouting::cleanup()
{
    m_db.reset();
    m_ws.close();
}

bool TestRouting::open(const QString &backend)
{
    CAREDESK_OPEN_WORKSPACE(m_ws, backend, u"routing"_s, m_clock.now());
    m_db = m_ws.takeDatabase();
    m_suffix = QString::number(QRandomGenerator::global()->generate(), 36);
    QString error;
    m_account = Test::addAccount(
        *m_db, Platform::Mastodon, u"brand@example.social"_s, m_clock.now(), &error);
    CAREDESK_SETUP_VERIFY(m_account, error);
    return true;
}

IngestBatch TestRouting::message(const QString &thread) const
{
    return Test::batchOf(m_account,
        { Test::incoming(thread + u"-1"_s, thread, u"user-"_s + thread, u"Customer"_s, u"Hello?"_s,
            m_clock.now()) });
}

Id TestRouting::assigneeOf(Id caseId)
{
    Result<QSqlQuery> q
        = m_db->exec(u"SELECT COALESCE(assignee_id, 0) FROM cases WHERE id = ?"_s, { caseId });
    return q.ok() && q.value().next() ? q.value().value(0).toLongLong() : -1;
}

Id TestRouting::queueOf(Id caseId)
{
    Result<QSqlQuery> q
        = m_db->exec(u"SELECT COALESCE(queue_id, 0) FROM cases WHERE id = ?"_s, { caseId });
    return q.ok() && q.value().next() ? q.value().value(0).toLongLong() : -1;
}

void TestRouting::routesOnIngest_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

void TestRouting::routesOnIngest()
{
    QFETCH(QString, backend);
    if (!open(backend))
        return;
    const auto addAgent = [this](const QString &stem, int capacity) {
        NewAgent spec;
        spec.name = stem + u'_' + m_suffix;
        spec.team = u"care_"_s + m_suffix;
        spec.capacity = capacity;
        Result<Agent> added = AgentStore::addAgent(*m_db, spec, m_clock.now());
        return added.ok() ? added.value() : Agent {};
    };
    const Agent anna = addAgent(u"anna"_s, 1);
    const Agent boris = addAgent(u"boris"_s, 1);
    QVERIFY(anna.id && boris.id);
    Result<Id> team = AgentStore::ensureTeam(*m_db, u"care_"_s + m_suffix);
    QVERIFY(team.ok());
    Result<Id> queue = AgentStore::addQueue(
        *m_db, u"support_"_s + m_suffix, team.value(), AssignmentMode::RoundRobin);
    QVERIFY(queue.ok());
    QVERIFY(
        m_db->exec(u"UPDATE account SET queue_id = ? WHERE id = ?"_s, { queue.value(), m_account })
            .ok());
    QVERIFY(
        TeamStore::setPresence(*m_db, anna.id, 0, PresenceActivity::Online, m_clock.now()).ok());
    QVERIFY(
        TeamStore::setPresence(*m_db, boris.id, 0, PresenceActivity::Online, m_clock.now()).ok());

    // Through the repository the pollers and the desktop use, as a token-holding agent (anna's
    // own login on PostgreSQL, where row-level security applies).
    DatabaseConfig asAnna = m_ws.config();
    if (asAnna.isPostgres())
        asAnna.user = anna.name;
    DatabaseWorker worker(asAnna);
    SqlCaseRepository cases(worker, m_clock);
    const auto ingest = [&cases](const IngestBatch &batch) -> Id {
        QFuture<Result<IngestResult>> stored = cases.ingest(batch);
        while (!stored.isFinished())
            QTest::qWait(5);
        const Result<IngestResult> result = stored.result();
        if (!result.ok())
            qWarning("%s", qPrintable(result.error().message));
        return result.ok() ? result.value().caseIds.value(0) : 0;
    };
    const Id first = ingest(message(u"t1"_s));
    const Id second = ingest(message(u"t2"_s));
    const Id third = ingest(message(u"t3"_s));
    QVERIFY(first && second && third);
    QCOMPARE(queueOf(first), queue.value());
    // Round robin within capacity (one case each): anna, boris, then nobody has room.
    QCOMPARE(assigneeOf(first), anna.id);
    QCOMPARE(assigneeOf(second), boris.id);
    QCOMPARE(queueOf(third), queue.value());
    QCOMPARE(assigneeOf(third), Id(0));
    // A message in an existing case is not routed again.
    IngestBatch again = message(u"t1"_s);
    again.messages.first().platformId = u"t1-2"_s;
    QCOMPARE(ingest(again), first);
    QCOMPARE(assigneeOf(first), anna.id);

    // Anna signs out: her case goes back to the queue and to the agent with room... nobody
    // (boris is full), so it waits unassigned; the waiting case stays unassigned too.
    Result<int> freed = TeamStore::signOut(*m_db, anna.id, m_clock.now());
    QVERIFY(freed.ok());
    QCOMPARE(freed.value(), 1);
    QCOMPARE(assigneeOf(first), Id(0));
    // With room again (capacity 2), boris takes the next case routed in.
    QVERIFY(AgentStore::setCapacity(*m_db, boris.id, 2).ok());
    const Id fourth = ingest(message(u"t4"_s));
    QCOMPARE(assigneeOf(fourth), boris.id);

    // A manual queue only routes.
    QVERIFY(AgentStore::setQueueMode(*m_db, queue.value(), AssignmentMode::Manual).ok());
    const Id fifth = ingest(message(u"t5"_s));
    QCOMPARE(queueOf(fifth), queue.value());
    QCOMPARE(assigneeOf(fifth), Id(0));
}

QTEST_GUILESS_MAIN(TestRouting)
#include "tst_routing.moc"
