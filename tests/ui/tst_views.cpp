// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The views panel and search as you type, with real widgets on a seeded SQLite workspace: live
// counts (also after a new message arrives from another connection), switching views by mouse and
// keyboard, a saved view built in its dialog, applied and deleted, and a search whose hit is
// highlighted, given up with Esc.

#include "app/core/changefeed.h"
#include "app/core/clock.h"
#include "app/runtime/workspace.h"
#include "app/storage/casestore.h"
#include "app/storage/database.h"
#include "app/storage/sqlrepositories.h"
#include "ui/inboxmodel.h"
#include "ui/mainwindow.h"
#include "ui/savedviewdialog.h"
#include "ui/searchfield.h"
#include "ui/searchresults.h"
#include "ui/viewsmodel.h"
#include "ui/viewspanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {

constexpr int timeout = 15000;

struct Seed {
    QString key;
    Platform platform;
    QString language;
    QString author;
    QString text;
    int sentiment;
    bool assigned;
};

const QList<Seed> seeds {
    { u"x1"_s, Platform::X, u"en"_s, u"Olivia Smith"_s,
        u"Where is my parcel? The courier never came."_s, 0, false },
    { u"x2"_s, Platform::X, u"en"_s, u"James Brown"_s, u"I want a refund for order 1234, please."_s,
        -40, true },
    { u"x3"_s, Platform::X, u"ru"_s, u"Анна Петрова"_s, u"Доставка опять задерживается"_s, 0,
        false },
    { u"t1"_s, Platform::Telegram, u"ru"_s, u"Иван Орлов"_s, u"Когда вернут деньги за заказ?"_s,
        -30, false },
    { u"t2"_s, Platform::Telegram, u"en"_s, u"Emma Davis"_s, u"Thanks, all good now"_s, 0, false },
};

} // namespace

class TestViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void countsAppearAfterTheFirstPage();
    void countsFollowANewMessage();
    void switchingViewsReloadsTheInbox();
    void savedViewCreateApplyDelete();
    void searchAsYouTypeHighlightsTheHit();

private:
    void ingest(const QString &key, Platform platform, const QString &language,
        const QString &author, const QString &text, int sentiment);
    qint64 countOf(const QString &key) const;
    QStringList inboxCustomers() const;
    void clickView(const QString &key);

    QTemporaryDir m_dir;
    DatabaseConfig m_config;
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_writer; ///< another process writing
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    QHash<Platform, Id> m_accounts;
    Id m_agent = 0;
    int m_seq = 0;
    ViewsPanel *m_panel = nullptr;
    QTreeView *m_viewsView = nullptr;
    QTreeView *m_inboxView = nullptr;
    InboxModel *m_inbox = nullptr;
    QList<QAbstractItemModelTester *> m_testers;
};

void TestViews::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CareDeskTest"_s);
    QCoreApplication::setApplicationName(u"tst_views"_s);
    QVERIFY(m_dir.isValid());
    m_config = DatabaseConfig::sqlite(m_dir.filePath(u"views.caredesk"_s));
    m_clock = std::make_shared<ManualClock>(QDateTime::currentMSecsSinceEpoch());
    const Result<WorkspaceInfo> info
        = Workspace::initialize(m_config, WorkspaceKind::Standard, *m_clock, false);
    QVERIFY2(info.ok(), qPrintable(info.error().message));
    Result<std::unique_ptr<Database>> writer
        = Database::open(m_config, Database::OpenMode::Existing);
    QVERIFY2(writer.ok(), qPrintable(writer.error().message));
    m_writer = std::move(writer.value());
    for (const Platform platform : { Platform::X, Platform::Telegram }) {
        Account account;
        account.platform = platform;
        account.handle = u"acme_"_s + toString(platform);
        Result<Account> added = AccountStore::add(*m_writer, account, m_clock->now());
        QVERIFY2(added.ok(), qPrintable(added.error().message));
        m_accounts.insert(platform, added.value().id);
    }
    Result<Id> agent = m_writer->insertReturningId(
        u"INSERT INTO agent (name, created_at) VALUES ('anna', ?) RETURNING id"_s,
        { m_clock->now() });
    QVERIFY(agent.ok());
    m_agent = agent.value();
    for (const Seed &seed : seeds) {
        ingest(seed.key, seed.platform, seed.language, seed.author, seed.text, seed.sentiment);
        if (seed.assigned) {
            QVERIFY(
                m_writer
                    ->exec(
                        u"UPDATE cases SET assignee_id = ?, status = 'open' WHERE thread_key = ?"_s,
                        { m_agent, seed.key })
                    .ok());
        }
    }

    m_workspace = std::make_unique<Workspace>(m_config, m_clock);
    m_window = std::make_unique<MainWindow>(
        m_workspace->cases(), m_workspace->changeFeed(), m_workspace->clock(), info.value().name);
    m_window->setViews(m_workspace->views(), m_agent);
    m_panel = m_window->viewsPanel();
    QVERIFY(m_panel);
    m_panel->setCountInterval(50); // the coalescing is kept; the test need not wait two seconds
    m_viewsView = m_window->findChild<QTreeView *>(u"viewsView"_s);
    m_inboxView = m_window->findChild<QTreeView *>(u"inboxView"_s);
    QVERIFY(m_viewsView);
    QVERIFY(m_inboxView);
    m_inbox = qobject_cast<InboxModel *>(
        qobject_cast<QSortFilterProxyModel *>(m_inboxView->model())->sourceModel());
    QVERIFY(m_inbox);
    for (QAbstractItemModel *model : { static_cast<QAbstractItemModel *>(m_panel->model()),
             static_cast<QAbstractItemModel *>(m_inbox),
             static_cast<QAbstractItemModel *>(m_window->searchResults()->model()) })
        m_testers.append(new QAbstractItemModelTester(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest, this));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestViews::cleanupTestCase()
{
    qDeleteAll(m_testers);
    m_testers.clear();
    m_window.reset();
    m_workspace.reset();
    m_writer.reset();
}

void TestViews::ingest(const QString &key, Platform platform, const QString &language,
    const QString &author, const QString &text, int sentiment)
{
    IngestBatch batch;
    batch.accountId = m_accounts.value(platform);
    batch.stream = u"test"_s;
    IncomingMessage message;
    message.platformId = key + u'-' + QString::number(++m_seq);
    message.threadKey = key;
    message.authorPlatformId = u"user-"_s + key;
    message.authorName = author;
    message.text = text;
    message.createdAt = m_clock->now() - 60000 + m_seq * 1000;
    message.language = language;
    message.sentiment = sentiment;
    message.sentimentScored = true;
    batch.messages.append(message);
    Result<IngestResult> stored = CaseStore::ingest(*m_writer, batch, m_clock->now());
    QVERIFY2(stored.ok(), qPrintable(stored.error().message));
}

qint64 TestViews::countOf(const QString &key) const
{
    const int row = m_panel->model()->rowOfKey(key);
    return row < 0 ? -2 : m_panel->model()->index(row, 0).data(ViewsModel::CountRole).toLongLong();
}

QStringList TestViews::inboxCustomers() const
{
    QStringList names;
    for (int row = 0; row < m_inbox->rowCount(); ++row)
        names.append(m_inbox->summaryAt(row).customerName);
    names.sort();
    return names;
}

void TestViews::clickView(const QString &key)
{
    const int row = m_panel->model()->rowOfKey(key);
    QVERIFY2(row >= 0, qPrintable(key));
    const QRect rect = m_viewsView->visualRect(m_panel->model()->index(row, 0));
    QVERIFY(rect.isValid());
    QTest::mouseClick(m_viewsView->viewport(), Qt::LeftButton, {}, rect.center());
}

void TestViews::countsAppearAfterTheFirstPage()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_inbox->isLoading(), timeout);
    QTRY_COMPARE_WITH_TIMEOUT(countOf(u"all_open"_s), 5, timeout);
    QCOMPARE(countOf(u"mine"_s), 1);
    QCOMPARE(countOf(u"unassigned"_s), 4);
    QCOMPARE(countOf(u"negative"_s), 2);
    QCOMPARE(countOf(u"platform:x"_s), 3);
    QCOMPARE(countOf(u"platform:telegram"_s), 2);
    QCOMPARE(countOf(u"account:"_s + QString::number(m_accounts.value(Platform::Telegram))), 2);
    QCOMPARE(countOf(u"language:ru"_s), 2);
    QCOMPARE(countOf(u"language:en"_s), 3);
    QCOMPARE(countOf(u"breached"_s), 0); // every case is fresh: due in an hour
    QCOMPARE(countOf(u"sla_at_risk"_s), 0);
    QCOMPARE(m_inbox->rowCount(), 5);
}

void TestViews::countsFollowANewMessage()
{
    QTRY_COMPARE_WITH_TIMEOUT(countOf(u"all_open"_s), 5, timeout);
    QSignalSpy counted(m_panel, &ViewsPanel::countsUpdated);
    ingest(
        u"t3"_s, Platform::Telegram, u"ru"_s, u"Пётр Сидоров"_s, u"Не работает приложение"_s, -60);
    QTRY_COMPARE_WITH_TIMEOUT(countOf(u"all_open"_s), 6, timeout);
    QTRY_COMPARE_WITH_TIMEOUT(countOf(u"platform:telegram"_s), 3, timeout);
    QCOMPARE(countOf(u"negative"_s), 3);
    QCOMPARE(countOf(u"language:ru"_s), 3);
    QVERIFY(counted.count() >= 1);
    // The inbox got the new case without a reload.
    QTRY_COMPARE_WITH_TIMEOUT(m_inbox->rowCount(), 6, timeout);
    // 50 minutes pass without an answer: every first response (due an hour after the customer
    // wrote) is now due within 15 minutes, so "SLA at risk" holds every open case.
    m_clock->advance(50 * 60 * 1000);
    m_panel->setAtRiskMinutes(15);
    QTRY_COMPARE_WITH_TIMEOUT(countOf(u"sla_at_risk"_s), 6, timeout);
    QCOMPARE(countOf(u"breached"_s), 0);
    // Another 15 minutes: all breached.
    m_clock->advance(15 * 60 * 1000);
    m_panel->setAtRiskMinutes(20);
    QTRY_COMPARE_WITH_TIMEOUT(countOf(u"breached"_s), 6, timeout);
    QCOMPARE(countOf(u"sla_at_risk"_s), 0);
    m_panel->setAtRiskMinutes(15);
}

void TestViews::switchingViewsReloadsTheInbox()
{
    clickView(u"platform:telegram"_s);
    QTRY_COMPARE_WITH_TIMEOUT(inboxCustomers(),
        QStringList({ u"Emma Davis"_s, u"Иван Орлов"_s, u"Пётр Сидоров"_s }), timeout);
    clickView(u"mine"_s);
    QTRY_COMPARE_WITH_TIMEOUT(inboxCustomers(), QStringList({ u"James Brown"_s }), timeout);
    // Ctrl+3: the third view, "All open".
    m_inboxView->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_panel->currentKey(), u"all_open"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_inbox->rowCount(), 6, timeout);
    clickView(u"negative"_s);
    QTRY_COMPARE_WITH_TIMEOUT(inboxCustomers(),
        QStringList({ u"James Brown"_s, u"Иван Орлов"_s, u"Пётр Сидоров"_s }), timeout);
    clickView(u"all_open"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_inbox->rowCount(), 6, timeout);
}

void TestViews::savedViewCreateApplyDelete()
{
    auto *plus = m_window->findChild<QToolButton *>(u"newSavedViewButton"_s);
    QVERIFY(plus);
    QTest::mouseClick(plus, Qt::LeftButton);
    SavedViewDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (dialog = m_window->findChild<SavedViewDialog *>()) && dialog->isVisible(), timeout);
    auto *name = dialog->findChild<QLineEdit *>(u"viewNameEdit"_s);
    QVERIFY(name);
    QTest::keyClicks(name, u"Russian complaints"_s);
    auto *language = dialog->findChild<QComboBox *>(u"languageCombo"_s);
    language->setCurrentIndex(language->findData(u"ru"_s));
    auto *negative = dialog->findChild<QCheckBox *>(u"negativeCheck"_s);
    negative->setFocus();
    QTest::keyClick(negative, Qt::Key_Space);
    QVERIFY(negative->isChecked());
    QCOMPARE(dialog->query().language, u"ru"_s);
    auto *sort = dialog->findChild<QComboBox *>(u"sortCombo"_s);
    sort->setCurrentIndex(sort->findData(static_cast<int>(InboxSort::OldestWaiting)));
    QSignalSpy changed(m_panel, &ViewsPanel::savedViewsChanged);
    QTest::mouseClick(
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->currentKey().startsWith(u"saved:"_s), timeout);
    QCOMPARE(m_panel->model()
                 ->index(m_panel->model()->rowOfKey(m_panel->currentKey()), 0)
                 .data()
                 .toString(),
        u"Russian complaints"_s);
    // Applied at once: Russian cases with negative sentiment.
    QTRY_COMPARE_WITH_TIMEOUT(
        inboxCustomers(), QStringList({ u"Иван Орлов"_s, u"Пётр Сидоров"_s }), timeout);
    QTRY_COMPARE_WITH_TIMEOUT(countOf(m_panel->currentKey()), 2, timeout);

    // The same name again is refused in the dialog, which stays open.
    QTest::mouseClick(plus, Qt::LeftButton);
    SavedViewDialog *second = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (second = m_window->findChild<SavedViewDialog *>()) && second->isVisible(), timeout);
    QTest::keyClicks(second->findChild<QLineEdit *>(u"viewNameEdit"_s), u"Russian complaints"_s);
    QTest::mouseClick(
        second->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    auto *error = second->findChild<QLabel *>(u"savedViewError"_s);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), timeout);
    second->reject();

    // Deleted: gone from the panel, back to "All open".
    m_window->findChild<QAction *>(u"deleteSavedViewAction"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->currentKey(), u"all_open"_s, timeout);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_panel->model()->rowOfKey(u"heading:"_s + ViewsModel::tr("Saved views")) < 0, timeout);
    QTRY_COMPARE_WITH_TIMEOUT(m_inbox->rowCount(), 6, timeout);
}

void TestViews::searchAsYouTypeHighlightsTheHit()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_inbox->rowCount(), 6, timeout);
    // A case selected in the view, to come back to.
    const QModelIndex first = m_inboxView->model()->index(0, 0);
    m_inboxView->setFocus();
    m_inboxView->selectionModel()->setCurrentIndex(
        first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const Id before = first.data(InboxModel::CaseIdRole).toLongLong();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentCaseId(), before, timeout);

    // Shortcuts go to the active window (a dialog was open a moment ago).
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    SearchField *field = m_window->searchField();
    QTRY_VERIFY(field->hasFocus());
    SearchResults *results = m_window->searchResults();
    QSignalSpy shown(results, &SearchResults::resultsShown);
    QTest::keyClicks(field, u"refu"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        !shown.isEmpty() && shown.constLast().at(0).toString() == u"refu"_s, timeout);
    QVERIFY(results->isVisible());
    QCOMPARE(results->model()->rowCount(), 1);
    const QModelIndex hit = results->model()->index(0, 0);
    QCOMPARE(hit.data(SearchResultsModel::AuthorRole).toString(), u"James Brown"_s);
    const QString snippet = hit.data(SearchResultsModel::SnippetRole).toString();
    const QVariantList highlights = hit.data(SearchResultsModel::HighlightsRole).toList();
    QCOMPARE(highlights.size(), 1);
    const QPoint range = highlights.constFirst().toPoint();
    QCOMPARE(snippet.mid(range.x(), range.y()), u"refu"_s);
    // The delegate paints it (text formats, no markup).
    QVERIFY(!results->view()->grab().isNull());

    // Down arrow to the hit opens its case.
    QTest::keyClick(field, Qt::Key_Down);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_window->currentCaseId(), hit.data(SearchResultsModel::CaseIdRole).toLongLong(), timeout);

    // A word nobody wrote: no hits, and an older answer never replaces a newer one.
    field->setFocus();
    QTest::keyClicks(field, u"ndzzz"_s);
    QTRY_VERIFY_WITH_TIMEOUT(shown.constLast().at(0).toString() == u"refundzzz"_s, timeout);
    QCOMPARE(results->model()->rowCount(), 0);

    // Esc: back to the view, with the case selected before.
    QTest::keyClick(field, Qt::Key_Escape);
    QVERIFY(field->text().isEmpty());
    QVERIFY(!results->isVisible());
    QVERIFY(m_inboxView->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentCaseId(), before, timeout);
    const QModelIndexList selected = m_inboxView->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.constFirst().data(InboxModel::CaseIdRole).toLongLong(), before);
}

QTEST_MAIN(TestViews)
#include "tst_views.moc"
