// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The case view's paged read of a thread (CaseStore::detail with a ThreadRange, olderMessages,
// and the same through SqlCaseRepository): the newest page, then older pages by (time, id) in
// order with no gap and no duplicate where many messages share a time, a refresh from the
// oldest message loaded, and index-only plans; on a real SQLite file and on PostgreSQL
// (CAREDESK_TEST_PG).
#include "app/core/clock.h"
#include "app/storage/casestore.h"
#include "app/storage/database.h"
#include "app/storage/databaseworker.h"
#include "app/storage/sqlrepositories.h"
#include "tests/support/testworkspace.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {

constexpr Millis start = 1736762400000; // 2025-01-13T10:00:00Z
constexpr int longCount = 337;
/// Messages sharing one time: every page boundary of 50 falls inside such a group.
constexpr int sameTime = 7;

QList<Id> idsOf(const QList<Message> &messages)
{
    QList<Id> ids;
    for (const Message &m : messages)
        ids.append(m.id);
    return ids;
}

KeysetCursor keyOf(const Message &m)
{
    return KeysetCursor { m.createdAt, m.id, 0 };
}

template <typename T> Result<T> await(QFuture<Result<T>> future)
{
    // The worker thread answers; this test thread only waits (no GUI here).
    future.waitForFinished();
    return future.result();
}

} // namespace

class CaseThreadTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void newestPageThenOlderPagesInOrder_data();
    void newestPageThenOlderPagesInOrder();
    void refreshFromTheOldestLoaded_data() { backends(); }
    void refreshFromTheOldestLoaded();
    void aShortCaseIsReadWhole_data() { backends(); }
    void aShortCaseIsReadWhole();
    void throughTheRepository_data() { backends(); }
    void throughTheRepository();
    void pagesUseTheCaseIndex_data() { backends(); }
    void pagesUseTheCaseIndex();

private:
    void backends();
    /// Opens a seeded workspace on the test's backend; false (and a skip) when there is none.
    bool open(const QString &backend);

    Test::TestWorkspace m_workspace;
    std::unique_ptr<Database> m_db;
    Id m_longCase = 0;
    Id m_shortCase = 0;
};

void CaseThreadTest::backends()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

void CaseThreadTest::cleanup()
{
    m_db.reset();
    m_workspace.close();
}

bool CaseThreadTest::open(const QString &backend)
{
    CAREDESK_OPEN_WORKSPACE(m_workspace, backend, u"thread"_s, start);
    m_db = m_workspace.takeDatabase();
    Account account;
    account.platform = Platform::Telegram;
    account.handle = u"@acme_bot"_s;
    const Result<Account> added = AccountStore::add(*m_db, account, start);
    if (!added.ok())
        qFatal("account: %s", qPrintable(added.error().message));

    // The long case and a short one, their messages interleaved in time and in ids.
    IngestBatch batch;
    batch.accountId = added.value().id;
    batch.stream = u"test"_s;
    for (int i = 0; i < longCount; ++i) {
        for (const QString &thread : { u"long"_s, u"short"_s }) {
            if (thread == "short"_L1 && i >= 10)
                continue;
            IncomingMessage m;
            m.platformId = u"%1-%2"_s.arg(thread).arg(i);
            m.threadKey = thread;
            m.authorPlatformId = u"customer-"_s + thread;
            m.authorName = u"Customer"_s;
            m.text = u"%1 %2"_s.arg(thread).arg(i);
            m.createdAt = start + Millis(i / sameTime) * 1000;
            batch.messages.append(m);
        }
    }
    const Result<IngestResult> stored = CaseStore::ingest(*m_db, batch, start + 3600 * 1000);
    if (!stored.ok())
        qFatal("ingest: %s", qPrintable(stored.error().message));
    Result<QSqlQuery> cases
        = m_db->exec(u"SELECT id, message_count FROM cases ORDER BY message_count DESC"_s);
    if (!cases.ok() || !cases.value().next())
        qFatal("no cases");
    m_longCase = cases.value().value(0).toLongLong();
    cases.value().next();
    m_shortCase = cases.value().value(0).toLongLong();
    // A note in the middle of the thread: notes are always read whole.
    if (!CaseStore::addNote(*m_db, m_longCase, u"Checked with billing"_s, 0, start + 10 * 1000)
             .ok())
        qFatal("note");
    return true;
}

void CaseThreadTest::newestPageThenOlderPagesInOrder_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("page");
    for (const QString &backend : { u"sqlite"_s, u"postgresql"_s }) {
        QTest::addRow("%s, pages of 50", qPrintable(backend)) << backend << 50;
        QTest::addRow("%s, pages of 1", qPrintable(backend)) << backend << 1;
        QTest::addRow("%s, pages of a time's group", qPrintable(backend)) << backend << sameTime;
    }
}

void CaseThreadTest::newestPageThenOlderPagesInOrder()
{
    QFETCH(QString, backend);
    QFETCH(int, page);
    if (!open(backend))
        QSKIP("CAREDESK_TEST_PG is not set: no PostgreSQL server to test against");

    const Result<CaseDetail> whole = CaseStore::detail(*m_db, m_longCase);
    QVERIFY2(whole.ok(), qPrintable(whole.error().message));
    QCOMPARE(whole.value().messages.size(), longCount);
    QCOMPARE(whole.value().messageCount, longCount);
    QVERIFY(!whole.value().olderMessages);
    const QList<Id> all = idsOf(whole.value().messages);

    ThreadRange range;
    range.newest = page;
    const Result<CaseDetail> newest = CaseStore::detail(*m_db, m_longCase, range);
    QVERIFY2(newest.ok(), qPrintable(newest.error().message));
    QCOMPARE(idsOf(newest.value().messages), all.mid(longCount - page));
    QVERIFY(newest.value().olderMessages);
    QCOMPARE(newest.value().messageCount, longCount);
    // The rest of the case view's detail is all there.
    QCOMPARE(newest.value().summary.value.id, m_longCase);
    QCOMPARE(newest.value().account.handle, u"@acme_bot"_s);
    QCOMPARE(newest.value().notes.size(), 1);

    // Page by page to the first message: every message once, in order.
    QList<Id> read = idsOf(newest.value().messages);
    QSet<Id> seen(read.cbegin(), read.cend());
    KeysetCursor before = keyOf(newest.value().messages.constFirst());
    for (int guard = 0; guard <= longCount; ++guard) {
        const Result<QList<Message>> older
            = CaseStore::olderMessages(*m_db, m_longCase, before, page);
        QVERIFY2(older.ok(), qPrintable(older.error().message));
        if (older.value().isEmpty())
            break;
        QVERIFY(older.value().size() <= page);
        for (const Message &m : older.value()) {
            QCOMPARE(m.caseId, m_longCase);
            QVERIFY2(!seen.contains(m.id), "a message read twice");
            seen.insert(m.id);
        }
        read = idsOf(older.value()) + read;
        before = keyOf(older.value().constFirst());
    }
    QCOMPARE(read, all);
}

void CaseThreadTest::refreshFromTheOldestLoaded()
{
    QFETCH(QString, backend);
    if (!open(backend))
        QSKIP("CAREDESK_TEST_PG is not set: no PostgreSQL server to test against");
    const Result<CaseDetail> whole = CaseStore::detail(*m_db, m_longCase);
    QVERIFY(whole.ok());
    const QList<Message> &all = whole.value().messages;

    // From a message in the middle of a group of one time: that message and everything after.
    const int from = 100;
    QCOMPARE(all.at(from).createdAt, all.at(from - 1).createdAt);
    ThreadRange range;
    range.since = keyOf(all.at(from));
    const Result<CaseDetail> since = CaseStore::detail(*m_db, m_longCase, range);
    QVERIFY2(since.ok(), qPrintable(since.error().message));
    QCOMPARE(idsOf(since.value().messages), idsOf(all.mid(from)));
    QVERIFY(since.value().olderMessages);
    QCOMPARE(since.value().messageCount, longCount);

    range.since = keyOf(all.constFirst());
    const Result<CaseDetail> everything = CaseStore::detail(*m_db, m_longCase, range);
    QVERIFY(everything.ok());
    QCOMPARE(idsOf(everything.value().messages), idsOf(all));
    QVERIFY(!everything.value().olderMessages);
    QCOMPARE(everything.value().messageCount, longCount);
}

void CaseThreadTest::aShortCaseIsReadWhole()
{
    QFETCH(QString, backend);
    if (!open(backend))
        QSKIP("CAREDESK_TEST_PG is not set: no PostgreSQL server to test against");
    const Result<CaseDetail> whole = CaseStore::detail(*m_db, m_shortCase);
    QVERIFY(whole.ok());
    QCOMPARE(whole.value().messages.size(), 10);
    for (const int newest : { 10, 50 }) {
        ThreadRange range;
        range.newest = newest;
        const Result<CaseDetail> page = CaseStore::detail(*m_db, m_shortCase, range);
        QVERIFY(page.ok());
        QCOMPARE(idsOf(page.value().messages), idsOf(whole.value().messages));
        QVERIFY(!page.value().olderMessages);
        QCOMPARE(page.value().messageCount, 10);
    }
    const Result<QList<Message>> older = CaseStore::olderMessages(
        *m_db, m_shortCase, keyOf(whole.value().messages.constFirst()), 50);
    QVERIFY(older.ok());
    QVERIFY(older.value().isEmpty());
    // A case that does not exist is not found, paged or not.
    ThreadRange range;
    range.newest = 50;
    const Result<CaseDetail> missing
        = CaseStore::detail(*m_db, m_longCase + m_shortCase + 1000, range);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
}

void CaseThreadTest::throughTheRepository()
{
    QFETCH(QString, backend);
    if (!open(backend))
        QSKIP("CAREDESK_TEST_PG is not set: no PostgreSQL server to test against");
    const Result<CaseDetail> whole = CaseStore::detail(*m_db, m_longCase);
    QVERIFY(whole.ok());
    const QList<Id> all = idsOf(whole.value().messages);

    ManualClock clock(start);
    DatabaseWorker worker(m_workspace.config());
    SqlCaseRepository cases(worker, clock);
    ThreadRange range;
    range.newest = 50;
    const Result<CaseDetail> newest = await(cases.threadPage(m_longCase, range));
    QVERIFY2(newest.ok(), qPrintable(newest.error().message));
    QCOMPARE(idsOf(newest.value().messages), all.mid(longCount - 50));
    QVERIFY(newest.value().olderMessages);
    const Result<QList<Message>> older
        = await(cases.olderMessages(m_longCase, keyOf(newest.value().messages.constFirst()), 100));
    QVERIFY2(older.ok(), qPrintable(older.error().message));
    QCOMPARE(idsOf(older.value()), all.mid(longCount - 150, 100));
    // The whole read stays whole for the CLI, exports and reviews.
    const Result<CaseDetail> detail = await(cases.detail(m_longCase));
    QVERIFY(detail.ok());
    QCOMPARE(idsOf(detail.value().messages), all);
}

void CaseThreadTest::pagesUseTheCaseIndex()
{
    QFETCH(QString, backend);
    if (!open(backend))
        QSKIP("CAREDESK_TEST_PG is not set: no PostgreSQL server to test against");
    // The statements of casedetail.cpp, as the database plans them: an index on (case_id,
    // created_at, id) walked from the page's end, no sort of the case's messages.
    const QStringList statements {
        u"SELECT id, text FROM message WHERE case_id = ? ORDER BY created_at DESC, id DESC LIMIT ?"_s,
        u"SELECT id, text FROM message WHERE case_id = ? AND (created_at, id) < (?, ?) "
        "ORDER BY created_at DESC, id DESC LIMIT ?"_s,
        u"SELECT id, text FROM message WHERE case_id = ? AND (created_at, id) >= (?, ?) "
        "ORDER BY created_at, id"_s,
    };
    const bool sqlite = backend == "sqlite"_L1;
    // Neither SET nor EXPLAIN is a statement PostgreSQL prepares: run them as they are, with the
    // values written in.
    QSqlQuery direct(m_db->sql());
    if (!sqlite) {
        // A few hundred rows fit in a page or two, where a plain scan is cheaper: ask the
        // planner what it would do with a table too big for that.
        QVERIFY2(direct.exec(u"SET enable_seqscan = off"_s), qPrintable(direct.lastError().text()));
        QVERIFY2(
            direct.exec(u"SET enable_bitmapscan = off"_s), qPrintable(direct.lastError().text()));
    }
    for (QString statement : statements) {
        QStringList values { QString::number(m_longCase) };
        if (statement.contains(u"(?, ?)"_s))
            values << QString::number(start) << u"100"_s;
        if (statement.contains(u"LIMIT ?"_s))
            values << u"51"_s;
        for (const QString &value : std::as_const(values))
            statement.replace(statement.indexOf(u'?'), 1, value);
        QSqlQuery plan(m_db->sql());
        QVERIFY2(plan.exec((sqlite ? u"EXPLAIN QUERY PLAN "_s : u"EXPLAIN "_s) + statement),
            qPrintable(plan.lastError().text()));
        QString text;
        while (plan.next())
            text += plan.value(sqlite ? 3 : 0).toString() + u'\n';
        QVERIFY2(text.contains(u"message_case"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"TEMP B-TREE"_s, Qt::CaseInsensitive), qPrintable(text));
        QVERIFY2(!text.contains(u"Sort"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"Seq Scan"_s), qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(CaseThreadTest)
#include "tst_casethread.moc"
