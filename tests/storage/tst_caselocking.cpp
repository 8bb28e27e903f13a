// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Concurrent writers of one case take turns: two connections store messages into the same case
// while a third changes its status, and nothing a writer read is overwritten by another's stale
// copy (on PostgreSQL ingest and status changes lock the case row before reading it; SQLite's
// write transactions run one at a time). Also: a write waits for a transaction holding the row.

#include "app/core/clock.h"
#include "app/storage/casestore.h"
#include "app/storage/database.h"
#include "app/storage/sqlrepositories.h"
#include "tests/support/testworkspace.h"

#include <QTest>

#include <atomic>
#include <barrier>
#include <memory>
#include <thread>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {

constexpr int kRounds = 150;
constexpr Millis kStart = 1795000000000;

} // namespace

class TestCaseLocking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void concurrentWritersKeepEveryMessage_data();
    void concurrentWritersKeepEveryMessage();
    void ingestWaitsForTheRowHolder();
    void cleanup();

private:
    bool open(const QString &backend);
    std::unique_ptr<Database> connect();
    IngestBatch message(const QString &id, Millis at) const;

    Test::TestWorkspace m_ws;
    std::unique_ptr<Database> m_db;
    Id m_account = 0;
};

void TestCaseLocking::cleanup()
{
    m_db.reset();
    m_ws.close();
}

bool TestCaseLocking::open(const QString &backend)
{
    CAREDESK_OPEN_WORKSPACE(m_ws, backend, u"locking"_s, kStart);
    m_db = m_ws.takeDatabase();
    QString error;
    m_account = Test::addAccount(*m_db, Platform::Telegram, u"brand_bot"_s, kStart, &error);
    CAREDESK_SETUP_VERIFY(m_account, error);
    return true;
}

std::unique_ptr<Database> TestCaseLocking::connect()
{
    return m_ws.connect();
}

IngestBatch TestCaseLocking::message(const QString &id, Millis at) const
{
    IncomingMessage m = Test::incoming(
        id, u"shared-thread"_s, u"customer-1"_s, u"Customer"_s, u"And another thing"_s, at);
    m.visibility = Visibility::Private;
    return Test::batchOf(m_account, { m });
}

void TestCaseLocking::concurrentWritersKeepEveryMessage_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("postgresql") << u"postgresql"_s;
    QTest::newRow("sqlite") << u"sqlite"_s;
}

void TestCaseLocking::concurrentWritersKeepEveryMessage()
{
    QFETCH(QString, backend);
    if (!open(backend))
        return;
    Result<IngestResult> first = CaseStore::ingest(*m_db, message(u"m-0"_s, kStart), kStart);
    QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
    const Id caseId = first.value().caseIds.value(0);
    QVERIFY(caseId);

    // Two writers store a message each round into the same case; a third resolves it. All
    // three start every round together.
    std::barrier sync(3);
    std::atomic<int> failures { 0 };
    QStringList errors[3];
    const auto writer = [&](int which) {
        std::unique_ptr<Database> db = connect();
        for (int round = 0; round < kRounds; ++round) {
            sync.arrive_and_wait();
            if (!db) {
                ++failures;
                continue;
            }
            const Millis at = kStart + 1000 * (round + 1) + which;
            if (which < 2) {
                Result<IngestResult> stored
                    = CaseStore::ingest(*db, message(u"m-%1-%2"_s.arg(which).arg(round), at), at);
                if (!stored.ok()) {
                    ++failures;
                    errors[which].append(stored.error().message);
                }
            } else {
                Result<Case> changed
                    = CaseStore::changeStatus(*db, caseId, CaseStatus::Resolved, 0, 0, at);
                // Resolving an already resolved case may be refused by the workflow: not a race.
                if (!changed.ok() && changed.error().code != ErrorCode::Invalid
                    && changed.error().code != ErrorCode::Conflict) {
                    ++failures;
                    errors[which].append(changed.error().message);
                }
            }
        }
    };
    std::thread a(writer, 0);
    std::thread b(writer, 1);
    std::thread c(writer, 2);
    a.join();
    b.join();
    c.join();
    for (const QStringList &e : errors) {
        if (!e.isEmpty())
            qWarning("%s", qPrintable(e.first()));
    }
    QCOMPARE(failures.load(), 0);

    // Every message is counted in its case: no writer wrote back a count it read before
    // another's commit.
    Result<QSqlQuery> q = m_db->exec(
        u"SELECT c.message_count, (SELECT COUNT(*) FROM message m WHERE m.case_id = c.id), "
        u"c.version, "
        "(SELECT COUNT(*) FROM event e WHERE e.case_id = c.id AND e.type IN ('message_received', "
        "'status_changed', 'reopened')) FROM cases c WHERE c.id = ?"_s,
        { caseId });
    QVERIFY(q.ok() && q.value().next());
    QCOMPARE(q.value().value(1).toInt(), 1 + 2 * kRounds);
    QCOMPARE(q.value().value(0).toInt(), 1 + 2 * kRounds);
}

void TestCaseLocking::ingestWaitsForTheRowHolder()
{
    if (!open(u"postgresql"_s))
        return;
    Result<IngestResult> first = CaseStore::ingest(*m_db, message(u"w-0"_s, kStart), kStart);
    QVERIFY(first.ok());
    const Id caseId = first.value().caseIds.value(0);

    // Another transaction holds the case (as an agent's status change would).
    std::unique_ptr<Database> holder = connect();
    QVERIFY(holder);
    QSqlQuery hold(holder->sql());
    QVERIFY(hold.exec(u"BEGIN"_s));
    QVERIFY(hold.exec(u"SELECT id FROM cases WHERE id = %1 FOR UPDATE"_s.arg(caseId)));
    QVERIFY(hold.exec(u"SELECT pg_backend_pid()"_s) && hold.next());
    const int holderPid = hold.value(0).toInt();

    std::atomic<bool> done { false };
    Result<IngestResult> stored;
    std::thread ingester([&] {
        std::unique_ptr<Database> db = connect();
        if (db)
            stored = CaseStore::ingest(*db, message(u"w-1"_s, kStart + 1000), kStart + 1000);
        done = true;
    });
    // The ingest waits for the holder's lock: seen in the server's own view, not by a timer.
    bool waiting = false;
    for (int i = 0; i < 2000 && !waiting && !done; ++i) {
        Result<QSqlQuery> blocked = m_db->exec(
            u"SELECT COUNT(*) FROM pg_stat_activity WHERE ? = ANY (pg_blocking_pids(pid))"_s,
            { holderPid });
        waiting = blocked.ok() && blocked.value().next() && blocked.value().value(0).toInt() > 0;
        if (!waiting)
            QTest::qWait(10);
    }
    QVERIFY2(waiting, "the ingest did not wait for the transaction holding the case");
    QVERIFY(!done);
    // The holder resolves the case and commits; the ingest then reads that and reopens it.
    QVERIFY(hold.exec(
        u"UPDATE cases SET status = 'resolved', resolved_at = %1, version = version + 1 WHERE id = %2"_s
            .arg(kStart + 500)
            .arg(caseId)));
    QVERIFY(hold.exec(u"COMMIT"_s));
    ingester.join();
    QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().message));
    QCOMPARE(stored.value().casesReopened, 1);
    Result<QSqlQuery> q
        = m_db->exec(u"SELECT status, message_count FROM cases WHERE id = ?"_s, { caseId });
    QVERIFY(q.ok() && q.value().next());
    QVERIFY(q.value().value(0).toString() != "resolved"_L1);
    QCOMPARE(q.value().value(1).toInt(), 2);
}

QTEST_GUILESS_MAIN(TestCaseLocking)
#include "tst_caselocking.moc"
