// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's layout survives a restart: a window is changed (size, splitter, inbox column
// widths and sort, the selected case), destroyed, and a new one comes back the same, through
// QSettings in a folder of the test's own.

#include "app/core/clock.h"
#include "app/runtime/workspace.h"
#include "app/storage/casestore.h"
#include "app/storage/database.h"
#include "app/storage/sqlrepositories.h"
#include "ui/casewindow.h"
#include "ui/inboxmodel.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {
constexpr int timeout = 15000;
}

class TestLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void layoutIsRestoredAfterARestart();
    void popOutOpensCasesInWindowsOfTheirOwn();
    void aLongThreadOpensWithItsNewestMessages();

private:
    std::unique_ptr<MainWindow> createWindow();

    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Database> m_writer; ///< another process writing
    Id m_accountId = 0;
    QString m_name;
};

void TestLayout::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(u"CareDesk-tests"_s);
    QCoreApplication::setApplicationName(u"layout"_s);
    const DatabaseConfig config = DatabaseConfig::sqlite(m_dir.filePath(u"layout.caredesk"_s));
    m_clock = std::make_shared<ManualClock>(QDateTime::currentMSecsSinceEpoch());
    const Result<WorkspaceInfo> info
        = Workspace::initialize(config, WorkspaceKind::Standard, *m_clock, false);
    QVERIFY2(info.ok(), qPrintable(info.error().message));
    m_name = info.value().name;
    Result<std::unique_ptr<Database>> db = Database::open(config, Database::OpenMode::Existing);
    QVERIFY(db.ok());
    m_writer = std::move(db.value());
    Account account;
    account.platform = Platform::Mastodon;
    account.handle = u"@acme@mastodon.social"_s;
    const Result<Account> added = AccountStore::add(*m_writer, account, m_clock->now());
    QVERIFY2(added.ok(), qPrintable(added.error().message));
    IngestBatch batch;
    m_accountId = added.value().id;
    batch.accountId = m_accountId;
    batch.stream = u"test"_s;
    for (int i = 0; i < 12; ++i) {
        IncomingMessage m;
        m.platformId = u"m%1"_s.arg(i);
        m.threadKey = u"t%1"_s.arg(i);
        m.authorPlatformId = u"u%1"_s.arg(i);
        m.authorName = u"Customer %1"_s.arg(i);
        m.text = u"Question number %1"_s.arg(i);
        m.createdAt = m_clock->now() - (12 - i) * 60000;
        batch.messages.append(m);
    }
    const Result<IngestResult> stored = CaseStore::ingest(*m_writer, batch, m_clock->now());
    QVERIFY2(stored.ok(), qPrintable(stored.error().message));
    m_workspace = std::make_unique<Workspace>(config, m_clock);
}

void TestLayout::cleanupTestCase()
{
    m_workspace.reset();
    m_writer.reset();
}

std::unique_ptr<MainWindow> TestLayout::createWindow()
{
    auto window = std::make_unique<MainWindow>(
        m_workspace->cases(), m_workspace->changeFeed(), m_workspace->clock(), m_name);
    window->show();
    return window;
}

void TestLayout::layoutIsRestoredAfterARestart()
{
    QSettings().clear();
    Id selected = 0;
    QList<int> splitterSizes;
    int customerWidth = 0;
    QSize size;
    {
        std::unique_ptr<MainWindow> window = createWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto *inbox = window->findChild<QTreeView *>(u"inboxView"_s);
        QVERIFY(inbox);
        QAbstractItemModelTester tester(
            inbox->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(inbox->model()->rowCount(), 12, timeout);
        window->resize(1100, 720);
        QTRY_COMPARE(window->size(), QSize(1100, 720));
        size = window->size();
        auto *splitter = window->findChild<QSplitter *>(u"mainSplitter"_s);
        QVERIFY(splitter);
        const int total = splitter->sizes().at(0) + splitter->sizes().at(1);
        splitter->setSizes({ total / 3, total - total / 3 });
        splitterSizes = splitter->sizes();
        inbox->header()->resizeSection(InboxModel::CustomerColumn, 211);
        customerWidth = inbox->header()->sectionSize(InboxModel::CustomerColumn);
        // Sorted by a click on the status header, then the other way round.
        const int x = inbox->header()->sectionViewportPosition(InboxModel::StatusColumn) + 5;
        QTest::mouseClick(inbox->header()->viewport(), Qt::LeftButton, {}, QPoint(x, 5));
        const Qt::SortOrder firstOrder = inbox->header()->sortIndicatorOrder();
        QTest::mouseClick(inbox->header()->viewport(), Qt::LeftButton, {}, QPoint(x, 5));
        QCOMPARE(inbox->header()->sortIndicatorSection(), int(InboxModel::StatusColumn));
        QVERIFY(inbox->header()->sortIndicatorOrder() != firstOrder);
        inbox->setFocus();
        QTest::keyClick(inbox, Qt::Key_Down);
        QTest::keyClick(inbox, Qt::Key_Down);
        QTest::keyClick(inbox, Qt::Key_Down);
        QTRY_VERIFY(window->currentCaseId() != 0);
        selected = window->currentCaseId();
    }
    QVERIFY(QSettings().contains(u"mainWindow/inboxHeader"_s)); // written when the window went

    std::unique_ptr<MainWindow> window = createWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto *inbox = window->findChild<QTreeView *>(u"inboxView"_s);
    QAbstractItemModelTester tester(
        inbox->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(window->size(), size);
    QCOMPARE(window->findChild<QSplitter *>(u"mainSplitter"_s)->sizes(), splitterSizes);
    QCOMPARE(inbox->header()->sectionSize(InboxModel::CustomerColumn), customerWidth);
    QCOMPARE(inbox->header()->sortIndicatorSection(), int(InboxModel::StatusColumn));
    // The selected case comes back once the inbox has it.
    QTRY_COMPARE_WITH_TIMEOUT(window->currentCaseId(), selected, timeout);
    QTRY_COMPARE(inbox->currentIndex().data(InboxModel::CaseIdRole).toLongLong(), selected);
}

void TestLayout::popOutOpensCasesInWindowsOfTheirOwn()
{
    std::unique_ptr<MainWindow> window = createWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto *inbox = window->findChild<QTreeView *>(u"inboxView"_s);
    QTRY_COMPARE_WITH_TIMEOUT(inbox->model()->rowCount(), 12, timeout);
    auto *popOut = window->findChild<QAction *>(u"popOutCaseAction"_s);
    QVERIFY(popOut);
    QCOMPARE(popOut->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QSet<Id> opened;
    for (int i = 0; i < 2; ++i) {
        window->activateWindow();
        inbox->setFocus();
        QTest::keyClick(inbox, Qt::Key_Down);
        QTRY_VERIFY(window->currentCaseId() != 0 && !opened.contains(window->currentCaseId()));
        const Id caseId = window->currentCaseId();
        popOut->trigger();
        opened.insert(caseId);
    }
    QList<CaseWindow *> windows;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *caseWindow = qobject_cast<CaseWindow *>(widget);
            caseWindow && caseWindow->isVisible())
            windows.append(caseWindow);
    }
    QCOMPARE(windows.size(), 2);
    for (CaseWindow *caseWindow : windows) {
        QVERIFY(opened.contains(caseWindow->caseId()));
        auto *thread = caseWindow->findChild<QListView *>(u"threadView"_s);
        QVERIFY(thread);
        QAbstractItemModelTester tester(
            thread->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(thread->model()->rowCount(), 1, timeout);
        const Result<CaseDetail> detail = CaseStore::detail(*m_writer, caseWindow->caseId());
        QVERIFY(detail.ok());
        QCOMPARE(caseWindow->findChild<QLabel *>(u"customerLabel"_s)->text(),
            detail.value().summary.customerName);
        QCOMPARE(thread->model()->index(0, 0).data().toString(),
            detail.value().messages.constFirst().text);
    }
    // A new message in a popped-out case shows up there without a refresh.
    CaseWindow *live = windows.constFirst();
    const Result<CaseDetail> detail = CaseStore::detail(*m_writer, live->caseId());
    IngestBatch batch;
    batch.accountId = m_accountId;
    batch.stream = u"test"_s;
    IncomingMessage m;
    m.platformId = u"follow-up"_s;
    m.threadKey = detail.value().summary.value.threadKey;
    m.authorPlatformId = u"follow-up-author"_s;
    m.authorName = u"Someone"_s;
    m.text = u"Any news?"_s;
    m.createdAt = m_clock->now();
    batch.messages.append(m);
    QVERIFY(CaseStore::ingest(*m_writer, batch, m_clock->now()).ok());
    auto *thread = live->findChild<QListView *>(u"threadView"_s);
    QTRY_COMPARE_WITH_TIMEOUT(thread->model()->rowCount(), 2, timeout);
    QCOMPARE(thread->model()->index(1, 0).data().toString(), u"Any news?"_s);
    // Closing the main window takes its case windows along.
    window.reset();
    const QWidgetList left = QApplication::topLevelWidgets();
    QCOMPARE(std::count_if(left.begin(), left.end(),
                 [](QWidget *w) { return qobject_cast<CaseWindow *>(w) != nullptr; }),
        0);
}

void TestLayout::aLongThreadOpensWithItsNewestMessages()
{
    IngestBatch batch;
    batch.accountId = m_accountId;
    batch.stream = u"test"_s;
    for (int i = 0; i < 310; ++i) {
        IncomingMessage m;
        m.platformId = u"long-%1"_s.arg(i);
        m.threadKey = u"long"_s;
        m.authorPlatformId = u"long-author"_s;
        m.authorName = u"Long Talker"_s;
        m.text = u"Message %1"_s.arg(i);
        m.createdAt = m_clock->now() - 1000000 + i * 1000;
        batch.messages.append(m);
    }
    const Result<IngestResult> stored = CaseStore::ingest(*m_writer, batch, m_clock->now());
    QVERIFY2(stored.ok(), qPrintable(stored.error().message));
    std::unique_ptr<MainWindow> window = createWindow();
    CaseWindow *caseWindow = window->popOutCase(stored.value().caseIds.constFirst());
    auto *thread = caseWindow->findChild<QListView *>(u"threadView"_s);
    QAbstractItemModelTester tester(
        thread->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The newest page first (ThreadModel::pageSize rows), scrolled to the newest message.
    QTRY_COMPARE_WITH_TIMEOUT(thread->model()->rowCount(), 50, timeout);
    QCOMPARE(thread->model()->index(0, 0).data().toString(), u"Message 260"_s);
    QCOMPARE(thread->model()->index(49, 0).data().toString(), u"Message 309"_s);
    QScrollBar *bar = thread->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0 && bar->value() == bar->maximum());
    // Scrolling up brings the earlier messages in front, in order, page by page.
    while (thread->model()->rowCount() < 310) {
        const int rows = thread->model()->rowCount();
        bar->setValue(bar->minimum());
        QTRY_VERIFY_WITH_TIMEOUT(thread->model()->rowCount() > rows, timeout);
    }
    for (int row = 0; row < 310; ++row)
        QCOMPARE(thread->model()->index(row, 0).data().toString(), u"Message %1"_s.arg(row));
}

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
