// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A case of 5,000 messages in the main window's thread: it opens on its newest page, scrolled to
// the newest message, and scrolling up (keys and the scroll bar) brings the earlier messages in
// front, in order, without moving what the agent is reading; a new message while scrolled up
// neither jumps the view nor loses the held-back start. And an import's burst of newer cases
// re-reads the inbox's loaded range instead of adding every case, keeping the open case open.

#include "app/core/clock.h"
#include "app/runtime/workspace.h"
#include "app/storage/casestore.h"
#include "app/storage/database.h"
#include "app/storage/sqlrepositories.h"
#include "ui/inboxmodel.h"
#include "ui/mainwindow.h"
#include "ui/threadmodel.h"
#include "ui/threadview.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {

constexpr int timeout = 30000;
constexpr int messageCount = 5000;

QString textOf(int i)
{
    // Some messages run over several lines, so the rows differ in height.
    return i % 7 == 0 ? u"Message %1\nwith a second line\nand a third"_s.arg(i)
                      : u"Message %1"_s.arg(i);
}

} // namespace

class TestThreadView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void aLongCaseOpensOnItsNewestMessages();
    void scrollingUpLoadsOlderMessagesInOrder();
    void aNewMessageWhileScrolledUpKeepsThePlace();
    void anImportBurstKeepsTheInboxSmallAndTheCaseOpen();

private:
    IncomingMessage message(int i, Millis at) const;

    QTemporaryDir m_dir;
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_writer; ///< another process writing
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    ThreadView *m_view = nullptr;
    ThreadModel *m_thread = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    Id m_accountId = 0;
    Id m_caseId = 0;
    Millis m_start = 0;
};

IncomingMessage TestThreadView::message(int i, Millis at) const
{
    IncomingMessage m;
    m.platformId = u"long-%1"_s.arg(i);
    m.threadKey = u"long"_s;
    m.authorPlatformId = i % 2 == 0 ? u"customer"_s : u"other"_s;
    m.authorName = i % 2 == 0 ? u"Long Talker"_s : u"Someone Else"_s;
    m.text = textOf(i);
    m.visibility = i % 3 == 0 ? Visibility::Private : Visibility::Public;
    m.createdAt = at;
    return m;
}

void TestThreadView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(u"CareDesk-tests"_s);
    QCoreApplication::setApplicationName(u"threadview"_s);
    const DatabaseConfig config = DatabaseConfig::sqlite(m_dir.filePath(u"thread.caredesk"_s));
    m_clock = std::make_shared<ManualClock>(QDateTime::currentMSecsSinceEpoch());
    const Result<WorkspaceInfo> info
        = Workspace::initialize(config, WorkspaceKind::Standard, *m_clock, false);
    QVERIFY2(info.ok(), qPrintable(info.error().message));
    Result<std::unique_ptr<Database>> db = Database::open(config, Database::OpenMode::Existing);
    QVERIFY(db.ok());
    m_writer = std::move(db.value());
    Account account;
    account.platform = Platform::Mastodon;
    account.handle = u"@acme@mastodon.social"_s;
    const Result<Account> added = AccountStore::add(*m_writer, account, m_clock->now());
    QVERIFY2(added.ok(), qPrintable(added.error().message));
    m_accountId = added.value().id;
    m_start = m_clock->now() - 10 * 1000 * 1000;
    IngestBatch batch;
    batch.accountId = m_accountId;
    batch.stream = u"test"_s;
    for (int i = 0; i < messageCount; ++i)
        batch.messages.append(message(i, m_start + i * 1000));
    const Result<IngestResult> stored = CaseStore::ingest(*m_writer, batch, m_clock->now());
    QVERIFY2(stored.ok(), qPrintable(stored.error().message));
    QCOMPARE(stored.value().caseIds.size(), 1);
    m_caseId = stored.value().caseIds.constFirst();

    m_workspace = std::make_unique<Workspace>(config, m_clock);
    m_window = std::make_unique<MainWindow>(
        m_workspace->cases(), m_workspace->changeFeed(), m_workspace->clock(), info.value().name);
    m_view = m_window->findChild<ThreadView *>(u"threadView"_s);
    QVERIFY(m_view);
    m_thread = qobject_cast<ThreadModel *>(m_view->model());
    QVERIFY(m_thread);
    QCOMPARE(m_view->threadModel(), m_thread);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_thread, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestThreadView::cleanupTestCase()
{
    m_tester.reset();
    m_window.reset();
    m_workspace.reset();
    m_writer.reset();
}

void TestThreadView::aLongCaseOpensOnItsNewestMessages()
{
    auto *inbox = m_window->findChild<QTreeView *>(u"inboxView"_s);
    QVERIFY(inbox);
    QTRY_VERIFY_WITH_TIMEOUT(inbox->model()->rowCount() == 1, timeout);
    m_window->activateWindow();
    inbox->setFocus();
    QTest::keyClick(inbox, Qt::Key_Down);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentCaseId(), m_caseId, timeout);
    QTRY_COMPARE_WITH_TIMEOUT(m_thread->caseId(), m_caseId, timeout);
    // A page of rows, not 5,000; the rest is held back.
    QVERIFY(m_thread->rowCount() >= ThreadModel::pageSize);
    QVERIFY(m_thread->rowCount() < messageCount / 10);
    QCOMPARE(m_thread->totalCount(), messageCount);
    QCOMPARE(m_thread->olderCount(), messageCount - m_thread->rowCount());
    // Oldest to newest on screen, the newest last and in view.
    const int rows = m_thread->rowCount();
    for (int row = 0; row < rows; ++row)
        QCOMPARE(m_thread->index(row).data(ThreadModel::TextRole).toString(),
            textOf(messageCount - rows + row));
    QTRY_VERIFY(m_view->verticalScrollBar()->maximum() > 0);
    QTRY_VERIFY(m_view->isAtNewest());
    const QModelIndex newest = m_thread->index(rows - 1);
    QVERIFY(m_view->viewport()->rect().intersects(m_view->visualRect(newest)));
    // Public and private messages stay told apart.
    QCOMPARE(newest.data(ThreadModel::VisibilityRole).toInt(),
        static_cast<int>((messageCount - 1) % 3 == 0 ? Visibility::Private : Visibility::Public));
}

void TestThreadView::scrollingUpLoadsOlderMessagesInOrder()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_thread->caseId(), m_caseId, timeout);
    // The keyboard first: the thread's current message moved to the top brings a page in
    // front, and the message the agent was on stays where it was on screen.
    m_view->setFocus();
    m_view->setCurrentIndex(m_thread->index(m_thread->rowCount() - 1));
    const int before = m_thread->rowCount();
    QTest::keyClick(m_view, Qt::Key_Home);
    QCOMPARE(m_view->currentIndex().row(), 0);
    const QString topText = m_view->currentIndex().data(ThreadModel::TextRole).toString();
    QTRY_VERIFY_WITH_TIMEOUT(m_thread->rowCount() > before, timeout);
    const QPersistentModelIndex kept = m_thread->index(m_thread->rowCount() - before);
    QCOMPARE(kept.data(ThreadModel::TextRole).toString(), topText);
    QCOMPARE(m_view->currentIndex(), QModelIndex(kept));
    QVERIFY(m_view->visualRect(kept).top() >= 0); // still on screen, not pushed down
    QVERIFY(m_view->visualRect(kept).top() < m_view->viewport()->height());

    // Then the scroll bar, up to the very first message.
    QScrollBar *bar = m_view->verticalScrollBar();
    while (m_thread->hasOlder()) {
        const int rows = m_thread->rowCount();
        bar->setValue(bar->minimum());
        QTRY_VERIFY_WITH_TIMEOUT(m_thread->rowCount() > rows, timeout);
    }
    QCOMPARE(m_thread->rowCount(), messageCount);
    QCOMPARE(m_thread->olderCount(), 0);
    for (int row = 0; row < messageCount; ++row)
        QCOMPARE(m_thread->index(row).data(ThreadModel::TextRole).toString(), textOf(row));
}

void TestThreadView::aNewMessageWhileScrolledUpKeepsThePlace()
{
    // Open the case again from scratch (its newest page): nothing selected, then the case.
    auto *inbox = m_window->findChild<QTreeView *>(u"inboxView"_s);
    inbox->clearSelection();
    QTRY_COMPARE(m_window->currentCaseId(), Id(0));
    QCOMPARE(m_thread->totalCount(), 0);
    QTest::mouseClick(inbox->viewport(), Qt::LeftButton, {},
        inbox->visualRect(inbox->model()->index(0, 0)).center());
    QTRY_COMPARE_WITH_TIMEOUT(m_thread->caseId(), m_caseId, timeout);
    QTRY_VERIFY(m_view->isAtNewest());
    // One page up, then part of the way back down: reading in the middle.
    QScrollBar *bar = m_view->verticalScrollBar();
    const int before = m_thread->rowCount();
    bar->setValue(bar->minimum());
    QTRY_VERIFY_WITH_TIMEOUT(m_thread->rowCount() > before, timeout);
    QVERIFY(!m_view->isAtNewest());
    const int held = m_thread->olderCount();
    const QPersistentModelIndex reading = m_view->indexAt(QPoint(20, 20));
    QVERIFY(reading.isValid());
    const QString readingText = reading.data(ThreadModel::TextRole).toString();
    const int readingTop = m_view->visualRect(reading).top();
    const int rows = m_thread->rowCount();

    IngestBatch batch;
    batch.accountId = m_accountId;
    batch.stream = u"test"_s;
    batch.messages.append(message(messageCount, m_clock->now()));
    QVERIFY(CaseStore::ingest(*m_writer, batch, m_clock->now()).ok());
    QTRY_COMPARE_WITH_TIMEOUT(m_thread->rowCount(), rows + 1, timeout);
    QCOMPARE(m_thread->olderCount(), held);
    QCOMPARE(m_thread->index(rows).data(ThreadModel::TextRole).toString(), textOf(messageCount));
    QVERIFY(reading.isValid());
    QCOMPARE(reading.data(ThreadModel::TextRole).toString(), readingText);
    QCOMPARE(m_view->visualRect(reading).top(), readingTop);
    QVERIFY(!m_view->isAtNewest());
}

void TestThreadView::anImportBurstKeepsTheInboxSmallAndTheCaseOpen()
{
    auto *inbox = m_window->findChild<QTreeView *>(u"inboxView"_s);
    // No QAbstractItemModelTester on the inbox here: it calls fetchMore on every change, like a
    // view held at the end of the list, so the rows would grow by pages as it pleases and the
    // count below would depend on timing. tst_views runs the tester on the same models.
    QTRY_VERIFY_WITH_TIMEOUT(inbox->model()->rowCount() == 1, timeout);
    if (m_window->currentCaseId() != m_caseId)
        QTest::mouseClick(inbox->viewport(), Qt::LeftButton, {},
            inbox->visualRect(inbox->model()->index(0, 0)).center());
    QTRY_COMPARE_WITH_TIMEOUT(m_thread->caseId(), m_caseId, timeout);
    // An import's burst: 450 new cases at once, all newer than the open one.
    IngestBatch batch;
    batch.accountId = m_accountId;
    batch.stream = u"test"_s;
    const Millis base = m_clock->now() + 1000;
    for (int i = 0; i < 450; ++i) {
        IncomingMessage m;
        m.platformId = u"burst-%1"_s.arg(i);
        m.threadKey = u"burst-%1"_s.arg(i);
        m.authorPlatformId = u"burst-author-%1"_s.arg(i);
        m.authorName = u"Burst %1"_s.arg(i);
        m.text = u"Imported %1"_s.arg(i);
        m.createdAt = base + i;
        batch.messages.append(m);
    }
    QVERIFY(CaseStore::ingest(*m_writer, batch, m_clock->now()).ok());
    // The newest on top, read as the loaded range again (not 450 cases one by one): the rows
    // are what the view pages in, never every case of the burst.
    QTRY_COMPARE_WITH_TIMEOUT(
        inbox->model()->index(0, InboxModel::CustomerColumn).data().toString(), u"Burst 449"_s,
        timeout);
    QVERIFY2(
        inbox->model()->rowCount() < 451, qPrintable(QString::number(inbox->model()->rowCount())));
    for (int row = 1; row < inbox->model()->rowCount(); ++row)
        QCOMPARE(inbox->model()->index(row, InboxModel::CustomerColumn).data().toString(),
            u"Burst %1"_s.arg(449 - row));
    // The open case stays open with its thread, though its row went below the loaded ones.
    QCOMPARE(m_window->currentCaseId(), m_caseId);
    QCOMPARE(m_thread->caseId(), m_caseId);
    QVERIFY(m_thread->rowCount() > 0);
}

QTEST_MAIN(TestThreadView)
#include "tst_threadview.moc"
