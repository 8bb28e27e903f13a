// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The case view asks the database only for what it shows: a long case opens in the main window
// (and in a window of its own) from a read of its newest messages, never the whole thread; the
// agent scrolling to the top brings the older messages from the database page by page, in order,
// with the notes among them and messages that share a time neither lost nor doubled, and the
// message the agent selected stays selected.

#include "app/core/clock.h"
#include "app/runtime/workspace.h"
#include "app/storage/casestore.h"
#include "app/storage/database.h"
#include "app/storage/sqlrepositories.h"
#include "ui/casewindow.h"
#include "ui/mainwindow.h"
#include "ui/threadmodel.h"
#include "ui/threadview.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QLabel>
#include <QPromise>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {

constexpr int timeout = 30000;
constexpr int messageCount = 1234;
/// Messages sharing one time: page boundaries fall inside such groups.
constexpr int sameTime = 7;

/// The workspace's case repository, counting what the views ask of it.
class CountingCases final : public CaseRepository
{
public:
    explicit CountingCases(CaseRepository &inner)
        : m_inner(inner)
    {
    }

    int wholeReads = 0;
    QList<ThreadRange> pageReads;
    QList<int> olderReads; ///< the limit of each

    QFuture<Result<CasePage>> inbox(const InboxQuery &query) override
    {
        return m_inner.inbox(query);
    }
    QFuture<Result<QList<CaseSummary>>> summaries(const QList<Id> &ids) override
    {
        return m_inner.summaries(ids);
    }
    QFuture<Result<CaseDetail>> detail(Id caseId) override
    {
        ++wholeReads;
        return m_inner.detail(caseId);
    }
    QFuture<Result<CaseDetail>> threadPage(Id caseId, const ThreadRange &range) override
    {
        pageReads.append(range);
        return m_inner.threadPage(caseId, range);
    }
    QFuture<Result<QList<Message>>> olderMessages(
        Id caseId, const KeysetCursor &before, int limit) override
    {
        olderReads.append(limit);
        QFuture<Result<QList<Message>>> read = m_inner.olderMessages(caseId, before, limit);
        if (!holdOlder)
            return read;
        // The answer waits for release(): a page still on its way, as on a slow database.
        auto promise = std::make_shared<QPromise<Result<QList<Message>>>>();
        promise->start();
        held.append({ read, promise });
        return promise->future();
    }
    /// Lets the held pages answer.
    void release()
    {
        for (auto &[read, promise] : held) {
            read.waitForFinished(); // the test's own wait: the worker thread reads
            promise->addResult(read.result());
            promise->finish();
        }
        held.clear();
        holdOlder = false;
    }
    bool holdOlder = false;
    QList<std::pair<QFuture<Result<QList<Message>>>,
        std::shared_ptr<QPromise<Result<QList<Message>>>>>>
        held;
    QFuture<Result<QList<SearchHit>>> search(const SearchQuery &query) override
    {
        return m_inner.search(query);
    }
    QFuture<Result<IngestResult>> ingest(const IngestBatch &batch) override
    {
        return m_inner.ingest(batch);
    }
    QFuture<Result<Case>> changeStatus(
        Id caseId, CaseStatus status, Millis snooze, Id agent) override
    {
        return m_inner.changeStatus(caseId, status, snooze, agent);
    }
    QFuture<Result<CaseExtras>> extras(Id caseId) override { return m_inner.extras(caseId); }
    QFuture<Result<QStringList>> tagNames() override { return m_inner.tagNames(); }
    QFuture<Result<Case>> setPriority(Id caseId, Priority priority, Id agent) override
    {
        return m_inner.setPriority(caseId, priority, agent);
    }
    QFuture<Result<QStringList>> addTag(Id caseId, const QString &tag, Id agent) override
    {
        return m_inner.addTag(caseId, tag, agent);
    }
    QFuture<Result<QStringList>> removeTag(Id caseId, const QString &tag, Id agent) override
    {
        return m_inner.removeTag(caseId, tag, agent);
    }
    QFuture<Result<Note>> addNote(Id caseId, const QString &text, Id agent) override
    {
        return m_inner.addNote(caseId, text, agent);
    }
    QFuture<Result<Done>> linkCases(Id caseId, Id other, const QString &reason, Id agent) override
    {
        return m_inner.linkCases(caseId, other, reason, agent);
    }
    QFuture<Result<Case>> registerCaseFromMessage(Id messageId, Id agent) override
    {
        return m_inner.registerCaseFromMessage(messageId, agent);
    }

private:
    CaseRepository &m_inner;
};

/// The ids of a thread's rows as a whole read shows them: messages and notes (negative), oldest
/// first, a note after the messages of its time.
QList<Id> expectedRows(const CaseDetail &whole)
{
    QList<Message> rows = whole.messages;
    for (const Note &note : whole.notes) {
        Message m;
        m.id = -note.id;
        m.createdAt = note.createdAt;
        rows.append(m);
    }
    std::stable_sort(rows.begin(), rows.end(),
        [](const Message &a, const Message &b) { return a.createdAt < b.createdAt; });
    QList<Id> ids;
    for (const Message &m : std::as_const(rows))
        ids.append(m.id);
    return ids;
}

QList<Id> shownRows(const ThreadModel &model)
{
    QList<Id> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row).data(ThreadModel::MessageIdRole).toLongLong());
    return ids;
}

} // namespace

class TestThreadPaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup() { m_cases->release(); } // a failed test leaves no page held
    void opensFromTheNewestPage();
    void aNewMessageWhileAPageIsOnItsWay();
    void scrollingToTheTopReadsOlderPagesKeepingTheSelection();
    void aPopOutReadsPagesToo();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_writer; ///< another process writing
    Id m_accountId = 0;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<CountingCases> m_cases;
    std::unique_ptr<MainWindow> m_window;
    ThreadView *m_view = nullptr;
    ThreadModel *m_thread = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    Id m_caseId = 0;
    QList<Id> m_expected;
};

void TestThreadPaging::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(u"CareDesk-tests"_s);
    QCoreApplication::setApplicationName(u"threadpaging"_s);
    const DatabaseConfig config = DatabaseConfig::sqlite(m_dir.filePath(u"paging.caredesk"_s));
    m_clock = std::make_shared<ManualClock>(QDateTime::currentMSecsSinceEpoch());
    const Result<WorkspaceInfo> info
        = Workspace::initialize(config, WorkspaceKind::Standard, *m_clock, false);
    QVERIFY2(info.ok(), qPrintable(info.error().message));
    Result<std::unique_ptr<Database>> db = Database::open(config, Database::OpenMode::Existing);
    QVERIFY(db.ok());
    m_writer = std::move(db.value());
    Database &writer = *m_writer;
    Account account;
    account.platform = Platform::Mastodon;
    account.handle = u"@acme@mastodon.social"_s;
    const Result<Account> added = AccountStore::add(writer, account, m_clock->now());
    QVERIFY2(added.ok(), qPrintable(added.error().message));
    const Millis start = m_clock->now() - 10 * 1000 * 1000;
    IngestBatch batch;
    batch.accountId = added.value().id;
    batch.stream = u"test"_s;
    for (int i = 0; i < messageCount; ++i) {
        IncomingMessage m;
        m.platformId = u"long-%1"_s.arg(i);
        m.threadKey = u"long"_s;
        m.authorPlatformId = u"customer"_s;
        m.authorName = u"Long Talker"_s;
        m.text = i % 5 == 0 ? u"Message %1\nwith a second line"_s.arg(i) : u"Message %1"_s.arg(i);
        m.createdAt = start + Millis(i / sameTime) * 1000;
        batch.messages.append(m);
    }
    const Result<IngestResult> stored = CaseStore::ingest(writer, batch, m_clock->now());
    QVERIFY2(stored.ok(), qPrintable(stored.error().message));
    m_caseId = stored.value().caseIds.constFirst();
    m_accountId = added.value().id;
    // Notes before the first message, at the time of a group deep in the thread, and among
    // the newest messages.
    for (const Millis at : { start - 1000, start + Millis(100) * 1000, m_clock->now() - 1 })
        QVERIFY(CaseStore::addNote(writer, m_caseId, u"Note at %1"_s.arg(at), 0, at).ok());
    const Result<CaseDetail> whole = CaseStore::detail(writer, m_caseId);
    QVERIFY(whole.ok());
    m_expected = expectedRows(whole.value());
    QCOMPARE(m_expected.size(), messageCount + 3);

    m_workspace = std::make_unique<Workspace>(config, m_clock);
    m_cases = std::make_unique<CountingCases>(m_workspace->cases());
    m_window = std::make_unique<MainWindow>(
        *m_cases, m_workspace->changeFeed(), m_workspace->clock(), info.value().name);
    m_view = m_window->findChild<ThreadView *>(u"threadView"_s);
    QVERIFY(m_view);
    m_thread = m_view->threadModel();
    QVERIFY(m_thread);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_thread, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->resize(1000, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestThreadPaging::cleanupTestCase()
{
    m_tester.reset();
    m_window.reset();
    m_cases.reset();
    m_workspace.reset();
    m_writer.reset();
}

void TestThreadPaging::opensFromTheNewestPage()
{
    auto *inbox = m_window->findChild<QTreeView *>(u"inboxView"_s);
    QVERIFY(inbox);
    QTRY_COMPARE_WITH_TIMEOUT(inbox->model()->rowCount(), 1, timeout);
    QTest::mouseClick(inbox->viewport(), Qt::LeftButton, {},
        inbox->visualRect(inbox->model()->index(0, 0)).center());
    QTRY_COMPARE_WITH_TIMEOUT(m_thread->caseId(), m_caseId, timeout);
    // One read of the newest messages; the thread as a whole was never read.
    QCOMPARE(m_cases->wholeReads, 0);
    QVERIFY(!m_cases->pageReads.isEmpty());
    QCOMPARE(m_cases->pageReads.constFirst().newest, ThreadModel::fetchSize);
    QVERIFY(!m_cases->pageReads.constFirst().since);
    // The newest rows on screen, in order; the count covers the messages not read yet.
    QCOMPARE(m_thread->totalCount(), m_expected.size());
    QVERIFY(m_thread->hasOlder());
    const QList<Id> shown = shownRows(*m_thread);
    QVERIFY(shown.size() < ThreadModel::fetchSize + 3);
    QCOMPARE(shown, m_expected.mid(m_expected.size() - shown.size()));
    QTRY_VERIFY(m_view->isAtNewest());
    // The header counts the whole thread.
    auto *meta = m_window->findChild<QLabel *>(u"caseMetaLabel"_s);
    QVERIFY(meta);
    QTRY_VERIFY2(
        meta->text().contains(u"%1 message"_s.arg(messageCount)), qPrintable(meta->text()));
}

void TestThreadPaging::aNewMessageWhileAPageIsOnItsWay()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_thread->caseId(), m_caseId, timeout);
    // Up until the view asks the database for an older page, which is held on its way.
    m_cases->holdOlder = true;
    QScrollBar *bar = m_view->verticalScrollBar();
    while (m_cases->held.isEmpty()) {
        const int rows = m_thread->rowCount();
        bar->setValue(bar->minimum());
        QTRY_VERIFY_WITH_TIMEOUT(m_thread->rowCount() > rows || !m_cases->held.isEmpty(), timeout);
    }
    const QList<Id> before = shownRows(*m_thread);

    // Meanwhile the customer writes again: the thread is read again from its oldest message
    // loaded, and the new message joins at the end.
    IngestBatch batch;
    batch.accountId = m_accountId;
    batch.stream = u"test"_s;
    IncomingMessage m;
    m.platformId = u"long-new"_s;
    m.threadKey = u"long"_s;
    m.authorPlatformId = u"customer"_s;
    m.authorName = u"Long Talker"_s;
    m.text = u"One more thing"_s;
    m.createdAt = m_clock->now();
    batch.messages.append(m);
    QVERIFY(CaseStore::ingest(*m_writer, batch, m_clock->now()).ok());
    QTRY_COMPARE_WITH_TIMEOUT(m_thread->rowCount(), before.size() + 1, timeout);
    QCOMPARE(shownRows(*m_thread).mid(0, before.size()), before);
    const Result<CaseDetail> whole = CaseStore::detail(*m_writer, m_caseId);
    QVERIFY(whole.ok());
    m_expected = expectedRows(whole.value());
    QCOMPARE(shownRows(*m_thread).constLast(), whole.value().messages.constLast().id);

    // The agent reaches the top before the page is in: nothing to put in front yet. The held
    // page comes in after the refresh and goes in front, the agent being at the top.
    // (Rows read before, not yet in front, go first.)
    int rows = -1;
    while (rows != m_thread->rowCount()) {
        rows = m_thread->rowCount();
        bar->setValue(bar->minimum());
        QCoreApplication::processEvents();
    }
    QCOMPARE(bar->value(), bar->minimum());
    QCOMPARE(m_cases->held.size(), 1);
    m_cases->release();
    QTRY_VERIFY_WITH_TIMEOUT(m_thread->rowCount() > rows, timeout);
    QCOMPARE(shownRows(*m_thread), m_expected.mid(m_expected.size() - m_thread->rowCount()));
}

void TestThreadPaging::scrollingToTheTopReadsOlderPagesKeepingTheSelection()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_thread->caseId(), m_caseId, timeout);
    // The agent clicks the last message on screen: it is the selected one.
    const QModelIndex last = m_thread->index(m_thread->rowCount() - 1);
    m_view->scrollTo(last);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, m_view->visualRect(last).center());
    QCOMPARE(m_view->currentIndex(), last);
    const Id selected = last.data(ThreadModel::MessageIdRole).toLongLong();
    QCOMPARE(m_view->selectionModel()->selectedIndexes().size(), 1);

    // Up with the scroll bar until the thread's first row.
    QScrollBar *bar = m_view->verticalScrollBar();
    int steps = 0;
    while (m_thread->hasOlder()) {
        const int rows = m_thread->rowCount();
        bar->setValue(bar->minimum());
        QTRY_VERIFY_WITH_TIMEOUT(m_thread->rowCount() > rows, timeout);
        QVERIFY(++steps < messageCount);
    }
    // Every row read from the database once, in the whole read's order.
    QCOMPARE(shownRows(*m_thread), m_expected);
    QCOMPARE(m_thread->totalCount(), m_expected.size());
    QCOMPARE(m_cases->wholeReads, 0);
    const int pages = static_cast<int>(m_cases->olderReads.size());
    // A page of the database at a time: no read twice, none wasted.
    constexpr int olderMessages = messageCount - ThreadModel::fetchSize;
    QCOMPARE(pages, (olderMessages + ThreadModel::fetchSize - 1) / ThreadModel::fetchSize);
    for (const int limit : std::as_const(m_cases->olderReads))
        QCOMPARE(limit, ThreadModel::fetchSize + 1); // one more tells whether more follow
    // The message the agent selected is still the one selected.
    const QModelIndexList selectedNow = m_view->selectionModel()->selectedIndexes();
    QCOMPARE(selectedNow.size(), 1);
    QCOMPARE(selectedNow.constFirst().data(ThreadModel::MessageIdRole).toLongLong(), selected);
    QCOMPARE(m_view->currentIndex().data(ThreadModel::MessageIdRole).toLongLong(), selected);
}

void TestThreadPaging::aPopOutReadsPagesToo()
{
    const qsizetype pageReads = m_cases->pageReads.size();
    const qsizetype olderReads = m_cases->olderReads.size();
    CaseWindow *window = m_window->popOutCase(m_caseId);
    QVERIFY(window);
    auto *view = window->findChild<ThreadView *>(u"threadView"_s);
    QVERIFY(view);
    ThreadModel *thread = view->threadModel();
    QAbstractItemModelTester tester(thread, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE_WITH_TIMEOUT(thread->caseId(), m_caseId, timeout);
    QVERIFY(m_cases->pageReads.size() > pageReads);
    QCOMPARE(m_cases->pageReads.at(pageReads).newest, ThreadModel::fetchSize);
    QCOMPARE(m_cases->wholeReads, 0);
    QVERIFY(thread->hasOlder());
    QTRY_VERIFY(view->verticalScrollBar()->maximum() > 0);
    QScrollBar *bar = view->verticalScrollBar();
    const int rows = thread->rowCount();
    while (thread->rowCount() < rows + 2 * ThreadModel::fetchSize && thread->hasOlder()) {
        const int before = thread->rowCount();
        bar->setValue(bar->minimum());
        QTRY_VERIFY_WITH_TIMEOUT(thread->rowCount() > before, timeout);
    }
    QVERIFY(m_cases->olderReads.size() > olderReads);
    QCOMPARE(shownRows(*thread), m_expected.mid(m_expected.size() - thread->rowCount()));
    window->close();
}

QTEST_MAIN(TestThreadPaging)
#include "tst_threadpaging.moc"
