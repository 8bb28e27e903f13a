// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The first window on a real demo workspace: real widgets, a real SQLite file, the real change
// feed, and a second connection writing as another process would.

#include "app/core/changefeed.h"
#include "app/core/clock.h"
#include "app/runtime/workspace.h"
#include "app/storage/casestore.h"
#include "app/storage/database.h"
#include "ui/inboxmodel.h"
#include "ui/mainwindow.h"
#include "ui/threadmodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {

constexpr int timeout = 15000;
// Text a platform could send: markup, a local file reference, bare < and &.
const QString hostileText = u"<b>bold</b> <img src=\"file:///etc/passwd\"> a < b & c"_s;

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void showsTheDemoInbox();
    void keyboardSelectsACaseAndShowsItsThread();
    void newTrafficKeepsSelectionAndScrollPosition();
    void selectedThreadGrowsWithPublicAndPrivateMessages();
    void platformTextStaysPlain();
    void resyncKeepsTheSelectedCase();
    void savesAScreenshot();

private:
    Id caseAt(int proxyRow) const;
    Id selectedCaseId() const;
    IngestBatch batchFor(Id caseId) const;
    void ingest(const IngestBatch &batch);
    Millis newestActivity() const;

    QTemporaryDir m_dir;
    DatabaseConfig m_config;
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_writer; ///< the "other process"
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    QTreeView *m_inboxView = nullptr;
    QListView *m_threadView = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    InboxModel *m_inbox = nullptr;
    ThreadModel *m_thread = nullptr;
    QList<QAbstractItemModelTester *> m_testers;
    Id m_selected = 0;
    int m_messageSeq = 0;
    int m_totalCases = 0;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_config = DatabaseConfig::sqlite(m_dir.filePath(u"demo.caredesk"_s));
    m_clock = std::make_shared<ManualClock>(QDateTime::currentMSecsSinceEpoch());
    const Result<WorkspaceInfo> info
        = Workspace::initialize(m_config, WorkspaceKind::Demo, *m_clock, false);
    QVERIFY2(info.ok(), qPrintable(info.error().message));

    Result<std::unique_ptr<Database>> writer
        = Database::open(m_config, Database::OpenMode::Existing);
    QVERIFY2(writer.ok(), qPrintable(writer.error().message));
    m_writer = std::move(writer.value());
    InboxQuery all;
    all.limit = 0;
    const Result<CasePage> cases = CaseStore::inbox(*m_writer, all);
    QVERIFY(cases.ok());
    // More than one page, so paging and "within the loaded range" are exercised.
    m_totalCases = static_cast<int>(cases.value().rows.size());
    QVERIFY2(m_totalCases > InboxModel::pageSize,
        qPrintable(u"the demo workspace has %1 cases"_s.arg(m_totalCases)));

    m_workspace = std::make_unique<Workspace>(m_config, m_clock);
    m_window = std::make_unique<MainWindow>(
        m_workspace->cases(), m_workspace->changeFeed(), m_workspace->clock(), info.value().name);
    m_inboxView = m_window->findChild<QTreeView *>(u"inboxView"_s);
    m_threadView = m_window->findChild<QListView *>(u"threadView"_s);
    QVERIFY(m_inboxView);
    QVERIFY(m_threadView);
    m_sorted = qobject_cast<QSortFilterProxyModel *>(m_inboxView->model());
    QVERIFY(m_sorted);
    m_inbox = qobject_cast<InboxModel *>(m_sorted->sourceModel());
    m_thread = qobject_cast<ThreadModel *>(m_threadView->model());
    QVERIFY(m_inbox);
    QVERIFY(m_thread);
    for (QAbstractItemModel *model :
        { static_cast<QAbstractItemModel *>(m_inbox), static_cast<QAbstractItemModel *>(m_sorted),
            static_cast<QAbstractItemModel *>(m_thread) })
        m_testers.append(new QAbstractItemModelTester(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest, this));

    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanupTestCase()
{
    qDeleteAll(m_testers);
    m_testers.clear();
    m_window.reset();
    m_workspace.reset();
    m_writer.reset();
}

Id TestMainWindow::caseAt(int proxyRow) const
{
    return m_sorted->index(proxyRow, 0).data(InboxModel::CaseIdRole).toLongLong();
}

Id TestMainWindow::selectedCaseId() const
{
    const QModelIndexList rows = m_inboxView->selectionModel()->selectedRows();
    return rows.size() == 1 ? rows.constFirst().data(InboxModel::CaseIdRole).toLongLong() : 0;
}

Millis TestMainWindow::newestActivity() const
{
    InboxQuery first;
    first.limit = 1;
    const Result<CasePage> page = CaseStore::inbox(*m_writer, first);
    return page.ok() && !page.value().rows.isEmpty()
        ? page.value().rows.constFirst().value.lastMessageAt
        : m_clock->now();
}

/// A batch on the case's account and thread, from its customer.
IngestBatch TestMainWindow::batchFor(Id caseId) const
{
    const Result<CaseDetail> detail = CaseStore::detail(*m_writer, caseId);
    IngestBatch batch;
    if (!detail.ok())
        return batch;
    batch.accountId = detail.value().account.id;
    batch.stream = u"ui-test"_s;
    IncomingMessage message;
    message.threadKey = detail.value().summary.value.threadKey;
    message.direction = Direction::In;
    for (const Message &earlier : detail.value().messages) {
        if (earlier.direction == Direction::In) {
            message.authorName = earlier.authorName;
            message.visibility = earlier.visibility;
            break;
        }
    }
    for (const Identity &identity : detail.value().identities) {
        if (identity.platform == detail.value().account.platform) {
            message.authorPlatformId = identity.platformUserId;
            message.authorHandle = identity.handle;
            break;
        }
    }
    if (message.authorPlatformId.isEmpty())
        message.authorPlatformId = u"ui-test-author-%1"_s.arg(caseId);
    batch.messages.append(message);
    return batch;
}

void TestMainWindow::ingest(const IngestBatch &batch)
{
    IngestBatch numbered = batch;
    Millis at = newestActivity();
    for (IncomingMessage &message : numbered.messages) {
        at += 1000;
        message.platformId = u"ui-test-%1"_s.arg(++m_messageSeq);
        message.createdAt = at;
    }
    const Result<IngestResult> stored = CaseStore::ingest(*m_writer, numbered, at);
    QVERIFY2(stored.ok(), qPrintable(stored.error().message));
    QCOMPARE(stored.value().inserted, numbered.messages.size());
}

void TestMainWindow::showsTheDemoInbox()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_sorted->rowCount() > 0, timeout);
    QVERIFY(m_inbox->rowCount() >= InboxModel::pageSize);
    // The model tester asks for more after every change, so every page comes in: each case
    // once, newest activity first, as the repository pages them.
    QTRY_COMPARE_WITH_TIMEOUT(m_inbox->rowCount(), m_totalCases, timeout);
    QVERIFY(!m_inbox->canFetchMore({}));
    QSet<Id> seen;
    for (int row = 0; row < m_inbox->rowCount(); ++row) {
        const Case &value = m_inbox->summaryAt(row).value;
        QVERIFY(!seen.contains(value.id));
        seen.insert(value.id);
        if (row > 0)
            QVERIFY(m_inbox->summaryAt(row - 1).value.lastMessageAt >= value.lastMessageAt);
    }
    const QModelIndex first = m_sorted->index(0, 0);
    QVERIFY(!first.data().toString().isEmpty());
    QVERIFY(!m_sorted->index(0, InboxModel::CustomerColumn).data().toString().isEmpty());
    QVERIFY(!m_sorted->index(0, InboxModel::StatusColumn).data().toString().isEmpty());
    QCOMPARE(m_sorted->headerData(InboxModel::SlaColumn, Qt::Horizontal).toString(), u"SLA"_s);

    auto *pause = m_window->findChild<QAction *>(u"pauseLiveTrafficAction"_s);
    QVERIFY(pause);
    QVERIFY(pause->isCheckable());
    QCOMPARE(pause->text(), u"Pause live traffic"_s);
}

void TestMainWindow::keyboardSelectsACaseAndShowsItsThread()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_sorted->rowCount() > 0, timeout);
    m_window->activateWindow();
    m_inboxView->setFocus();
    QTest::keyClick(m_inboxView, Qt::Key_Down);
    QTRY_VERIFY(selectedCaseId() != 0);
    QTest::keyClick(m_inboxView, Qt::Key_Down);
    QTRY_VERIFY(selectedCaseId() != 0);
    m_selected = selectedCaseId();
    QCOMPARE(m_window->currentCaseId(), m_selected);
    QCOMPARE(m_inboxView->currentIndex().data(InboxModel::CaseIdRole).toLongLong(), m_selected);

    const Result<CaseDetail> detail = CaseStore::detail(*m_writer, m_selected);
    QVERIFY(detail.ok());
    QTRY_COMPARE_WITH_TIMEOUT(m_thread->caseId(), m_selected, timeout);
    QCOMPARE(m_thread->rowCount(), detail.value().messages.size());
    for (int row = 0; row < m_thread->rowCount(); ++row) {
        const QModelIndex index = m_thread->index(row);
        const Message &expected = detail.value().messages.at(row);
        QCOMPARE(index.data(ThreadModel::MessageIdRole).toLongLong(), expected.id);
        QCOMPARE(index.data(Qt::DisplayRole).toString(), expected.text);
        QCOMPARE(
            index.data(ThreadModel::VisibilityRole).toInt(), static_cast<int>(expected.visibility));
        QCOMPARE(
            index.data(ThreadModel::DirectionRole).toInt(), static_cast<int>(expected.direction));
    }
    auto *customer = m_window->findChild<QLabel *>(u"customerLabel"_s);
    QVERIFY(customer);
    QCOMPARE(customer->text(),
        detail.value().customer.name.isEmpty() ? detail.value().summary.customerName
                                               : detail.value().customer.name);
    QCOMPARE(customer->textFormat(), Qt::PlainText);
}

void TestMainWindow::newTrafficKeepsSelectionAndScrollPosition()
{
    QVERIFY(m_selected != 0);
    const int rowsBefore = m_inbox->rowCount();
    QSignalSpy resets(m_inbox, &QAbstractItemModel::modelReset);
    QSignalSpy threadResets(m_thread, &QAbstractItemModel::modelReset);

    // The agent scrolls down past the selected case, mid-row, to read further.
    QScrollBar *bar = m_inboxView->verticalScrollBar();
    const int rowHeight = m_inboxView->visualRect(m_sorted->index(0, 0)).height();
    QVERIFY(rowHeight > 0);
    bar->setValue(rowHeight * 20 + rowHeight / 3);
    const QModelIndex top = m_inboxView->indexAt(QPoint(0, 0));
    QVERIFY(top.isValid());
    const Id topCase = top.data(InboxModel::CaseIdRole).toLongLong();
    const int topY = m_inboxView->visualRect(top).top();

    // Another process writes: a follow-up in a case further down (it moves to the top) and a
    // case nobody has seen yet.
    const Id movedCase = caseAt(60);
    QVERIFY(movedCase != 0 && movedCase != m_selected && movedCase != topCase);
    IngestBatch followUp = batchFor(movedCase);
    QVERIFY(!followUp.messages.isEmpty());
    followUp.messages.first().text = u"Any news on this? Still waiting."_s;
    ingest(followUp);

    IngestBatch fresh = followUp;
    fresh.messages.first().threadKey = u"ui-test-new-thread"_s;
    fresh.messages.first().authorPlatformId = u"ui-test-new-customer"_s;
    fresh.messages.first().authorHandle = u"new_customer"_s;
    fresh.messages.first().authorName = u"Nadia Newcomer"_s;
    fresh.messages.first().visibility = Visibility::Public;
    fresh.messages.first().text = u"Hello, is anyone there?"_s;
    ingest(fresh);

    QTRY_COMPARE_WITH_TIMEOUT(m_inbox->rowCount(), rowsBefore + 1, timeout);
    QCOMPARE(m_sorted->rowCount(), rowsBefore + 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_inbox->summaryAt(1).value.id, movedCase, timeout);
    QCOMPARE(m_inbox->summaryAt(0).customerName, u"Nadia Newcomer"_s);
    QCOMPARE(m_inbox->index(0, InboxModel::SnippetColumn).data().toString(),
        u"Hello, is anyone there?"_s);

    // The same case stays selected, on its new row, and the viewport did not move.
    QCOMPARE(selectedCaseId(), m_selected);
    QCOMPARE(m_window->currentCaseId(), m_selected);
    const QModelIndex selectedRow
        = m_sorted->mapFromSource(m_inbox->index(m_inbox->rowOfCase(m_selected), 0));
    QVERIFY(m_inboxView->selectionModel()->isRowSelected(selectedRow.row(), {}));
    QCOMPARE(m_inboxView->currentIndex().row(), selectedRow.row());
    const QModelIndex topNow = m_inboxView->indexAt(QPoint(0, 0));
    QCOMPARE(topNow.data(InboxModel::CaseIdRole).toLongLong(), topCase);
    QCOMPARE(m_inboxView->visualRect(topNow).top(), topY);
    // Incremental all the way: no reset of the inbox, and the open thread was left alone.
    QCOMPARE(resets.count(), 0);
    QCOMPARE(threadResets.count(), 0);
}

void TestMainWindow::selectedThreadGrowsWithPublicAndPrivateMessages()
{
    QVERIFY(m_selected != 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_thread->caseId(), m_selected, timeout);
    const int before = m_thread->rowCount();
    m_threadView->scrollToBottom();

    IngestBatch batch = batchFor(m_selected);
    QVERIFY(!batch.messages.isEmpty());
    IncomingMessage privateMessage = batch.messages.first();
    privateMessage.visibility = Visibility::Private;
    privateMessage.text = u"Sending my order number privately: 4471-0093."_s;
    IncomingMessage publicMessage = batch.messages.first();
    publicMessage.visibility = Visibility::Public;
    publicMessage.text = hostileText;
    batch.messages = { privateMessage, publicMessage };
    ingest(batch);

    QTRY_COMPARE_WITH_TIMEOUT(m_thread->rowCount(), before + 2, timeout);
    QCOMPARE(m_thread->caseId(), m_selected);
    bool sawPublic = false;
    bool sawPrivate = false;
    for (int row = 0; row < m_thread->rowCount(); ++row) {
        const auto visibility = static_cast<Visibility>(
            m_thread->index(row).data(ThreadModel::VisibilityRole).toInt());
        sawPublic = sawPublic || visibility == Visibility::Public;
        sawPrivate = sawPrivate || visibility == Visibility::Private;
    }
    QVERIFY(sawPublic);
    QVERIFY(sawPrivate);
    QVERIFY(ThreadModel::visibilityText(Visibility::Public)
        != ThreadModel::visibilityText(Visibility::Private));
    // Following the thread at its end, the view stays at the end.
    QScrollBar *bar = m_threadView->verticalScrollBar();
    QTRY_VERIFY(bar->value() >= bar->maximum() - 4);

    // The selected case moved to the top of the inbox and is still the one selected.
    QTRY_COMPARE_WITH_TIMEOUT(m_inbox->summaryAt(0).value.id, m_selected, timeout);
    QCOMPARE(selectedCaseId(), m_selected);
}

void TestMainWindow::platformTextStaysPlain()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_thread->caseId(), m_selected, timeout);
    const QModelIndex last = m_thread->index(m_thread->rowCount() - 1);
    QCOMPARE(last.data(Qt::DisplayRole).toString(), hostileText);
    QCOMPARE(last.data(ThreadModel::TextRole).toString(), hostileText);
    const int row = m_inbox->rowOfCase(m_selected);
    QVERIFY(row >= 0);
    QTRY_COMPARE(m_inbox->index(row, InboxModel::SnippetColumn).data().toString(), hostileText);

    const QList<QLabel *> labels = m_window->findChildren<QLabel *>();
    QVERIFY(!labels.isEmpty());
    for (const QLabel *label : labels)
        QVERIFY2(label->textFormat() != Qt::RichText, qPrintable(label->objectName()));
    for (const QString &name : { u"customerLabel"_s, u"caseMetaLabel"_s }) {
        const auto *label = m_window->findChild<QLabel *>(name);
        QVERIFY(label);
        QCOMPARE(label->textFormat(), Qt::PlainText);
    }
}

void TestMainWindow::resyncKeepsTheSelectedCase()
{
    QVERIFY(m_selected != 0);
    QSignalSpy resets(m_sorted, &QAbstractItemModel::modelReset);
    // What a feed does after a gap it cannot account for.
    Q_EMIT m_workspace->changeFeed().resyncNeeded();
    QTRY_COMPARE_WITH_TIMEOUT(resets.count(), 1, timeout);
    QVERIFY(m_inbox->rowOfCase(m_selected) >= 0);
    QCOMPARE(selectedCaseId(), m_selected);
    QCOMPARE(m_window->currentCaseId(), m_selected);
    QTRY_COMPARE_WITH_TIMEOUT(m_thread->caseId(), m_selected, timeout);
    QVERIFY(m_thread->rowCount() > 0);
}

void TestMainWindow::savesAScreenshot()
{
    m_inboxView->verticalScrollBar()->setValue(0);
    m_threadView->scrollToBottom();
    const QString dir = qEnvironmentVariable("CAREDESK_ARTIFACT_DIR", QDir::currentPath());
    QVERIFY(QDir().mkpath(dir));
    const QString path = QDir(dir).filePath(u"mainwindow.png"_s);
    QVERIFY(m_window->grab().save(path));
    QVERIFY(QFileInfo(path).size() > 0);
    qInfo("screenshot: %s", qPrintable(path));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
