// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Quality review (issue 9) with real widgets on a temporary workspace: a supervisor scores a sent
// reply with the rubric in the scorecard dialog, overrides a point, comments and flags the reply
// as worth showing in training; the Quality review window then lists it among the showcase
// replies (double-click opens its case) and counts it in the agent's weekly trend.
#include "app/core/clock.h"
#include "app/storage/agentstore.h"
#include "app/storage/casestore.h"
#include "app/storage/database.h"
#include "app/storage/databaseworker.h"
#include "app/storage/reviewstore.h"
#include "app/storage/sqlrepositories.h"
#include "ui/qualityreviewwindow.h"
#include "ui/reviewdialog.h"
#include "ui/reviewmodels.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {

constexpr Millis t0 = 1'760'000'000'000;
const QString replyText = u"Sorry for the wait! Your parcel arrives tomorrow by 12:00."_s;

void saveScreenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("CAREDESK_ARTIFACT_DIR", QDir::currentPath());
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(name);
    QCoreApplication::processEvents(); // the chart's scene and the layout settle before the picture
    QVERIFY(w->grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));
}

} // namespace

class TestQualityReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scoreOverrideShowcaseAndTrend();

private:
    QTemporaryDir m_dir;
    DatabaseConfig m_config;
    Id m_caseId = 0;
    Id m_replyId = 0;
    Id m_agentId = 0;
};

void TestQualityReview::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_config = DatabaseConfig::sqlite(m_dir.filePath(u"quality.caredesk"_s));
    Result<std::unique_ptr<Database>> opened
        = Database::open(m_config, Database::OpenMode::CreateIfMissing);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    Database &db = *opened.value();
    QVERIFY(db.migrate(WorkspaceKind::Standard, u"quality"_s, t0).ok());
    Account account;
    account.platform = Platform::X;
    account.handle = u"brand"_s;
    Result<Account> added = AccountStore::add(db, account, t0);
    QVERIFY(added.ok());
    NewAgent anna;
    anna.name = u"anna"_s;
    anna.role = AgentRole::Agent;
    Result<Agent> agent = AgentStore::addAgent(db, anna, t0);
    QVERIFY(agent.ok());
    m_agentId = agent.value().id;
    IngestBatch batch;
    batch.accountId = added.value().id;
    IncomingMessage in;
    in.platformId = u"m1"_s;
    in.threadKey = u"t1"_s;
    in.authorPlatformId = u"u1"_s;
    in.authorName = u"Helen"_s;
    in.text = u"Where is my parcel?"_s;
    in.createdAt = t0;
    IncomingMessage out = in;
    out.platformId = u"m2"_s;
    out.direction = Direction::Out;
    out.authorPlatformId = u"brand"_s;
    out.authorName = u"Brand"_s;
    out.text = replyText;
    out.createdAt = t0 + 4 * 60'000;
    batch.messages = { in, out };
    Result<IngestResult> stored = CaseStore::ingest(db, batch, t0);
    QVERIFY(stored.ok());
    m_caseId = stored.value().caseIds.first();
    Result<QSqlQuery> q = db.exec(u"SELECT id FROM message WHERE platform_id = 'm2'"_s);
    QVERIFY(q.ok() && q.value().next());
    m_replyId = q.value().value(0).toLongLong();
    q.value().finish();
    QVERIFY(
        db.exec(u"UPDATE message SET author_agent_id = ? WHERE id = ?"_s, { m_agentId, m_replyId })
            .ok());
}

void TestQualityReview::scoreOverrideShowcaseAndTrend()
{
    ManualClock clock(t0 + 3'600'000);
    DatabaseWorker worker(m_config);
    SqlReplyReviewRepository reviews(worker, clock);
    SqlCaseRepository cases(worker, clock);

    // The scorecard: the rubric's points on the real reply, as the desktop builds it.
    QFuture<Result<CaseDetail>> detail = cases.detail(m_caseId);
    detail.waitForFinished();
    QVERIFY(detail.result().ok());
    ReplyReview draft;
    draft.messageId = m_replyId;
    draft.points = ReplyReviews::pointsFrom(Rubric::score(
        RubricConfig::defaults(), ReplyReviews::inputFor(detail.result().value(), m_replyId)));
    ReviewDialog dialog(reviews, draft, replyText, u"anna"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const ReplyReview before = dialog.review();
    QVERIFY(before.maximum > 0);
    // The concrete-answer point was earned ("tomorrow by 12:00"); the reviewer takes 5 off it
    // with the keyboard.
    const QString key = Rubric::criterionKey(RubricCriterion::ConcreteAnswer);
    auto *spin = dialog.findChild<QSpinBox *>(u"reviewPoint_"_s + key);
    QVERIFY(spin);
    QCOMPARE(spin->value(), spin->maximum());
    spin->setFocus();
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(spin, Qt::Key_Down);
    QCOMPARE(dialog.review().total, before.total - 5);
    auto *comment = dialog.findChild<QPlainTextEdit *>(u"reviewComment"_s);
    QVERIFY(comment);
    QTest::keyClicks(comment, u"Good apology; say which courier"_s);
    auto *showcase = dialog.findChild<QCheckBox *>(u"reviewShowcase"_s);
    QVERIFY(showcase);
    showcase->click();
    saveScreenshot(&dialog, u"review-dialog.png"_s);
    ReplyReview stored;
    int saves = 0;
    connect(&dialog, &ReviewDialog::saved, this, [&](const ReplyReview &r) {
        stored = r;
        ++saves;
    });
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"reviewSave"_s), Qt::LeftButton);
    QTRY_COMPARE(saves, 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(stored.total, before.total - 5);
    QCOMPARE(stored.agentId, m_agentId);
    QVERIFY(stored.showcase);

    // The Quality review window: the showcase list and the agent's trend.
    QualityReviewWindow window(reviews, clock);
    QAbstractItemModelTester trendTester(
        window.trendModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester showcaseTester(
        window.showcaseModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&window, &QualityReviewWindow::loaded);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(loaded.count() >= 1);
    ShowcaseModel *list = window.showcaseModel();
    QCOMPARE(list->rowCount(), 1);
    QCOMPARE(list->index(0, ShowcaseModel::ReplyColumn).data().toString(), replyText);
    QCOMPARE(list->index(0, ShowcaseModel::CommentColumn).data().toString(),
        u"Good apology; say which courier"_s);
    QCOMPARE(list->index(0, ShowcaseModel::AgentColumn).data().toString(), u"anna"_s);
    ReviewTrendModel *trend = window.trendModel();
    QCOMPARE(trend->rowCount(), 1);
    QCOMPARE(trend->index(0, ReviewTrendModel::AgentColumn).data().toString(), u"anna"_s);
    QCOMPARE(trend->index(0, ReviewTrendModel::ReviewsColumn).data().toInt(), 1);
    QCOMPARE(qRound(trend->index(0, 0).data(ReviewTrendModel::AverageRole).toDouble()),
        qRound(100.0 * stored.total / stored.maximum));
    QCOMPARE(window.chartView()->chart()->series().size(), 1);

    // A second, unflagged review raises the count but not the showcase list.
    ReplyReview plain = draft;
    QFuture<Result<ReplyReview>> second = reviews.save(plain);
    second.waitForFinished();
    QVERIFY(second.result().ok());
    loaded.clear();
    QTest::keyClick(&window, Qt::Key_F5);
    QTRY_VERIFY(loaded.count() >= 1);
    QCOMPARE(list->rowCount(), 1);
    QCOMPARE(trend->index(0, ReviewTrendModel::ReviewsColumn).data().toInt(), 2);

    // Double-click opens the case.
    QSignalSpy open(&window, &QualityReviewWindow::openCaseRequested);
    QTableView *view = window.showcaseView();
    const QRect cell = view->visualRect(list->index(0, ShowcaseModel::ReplyColumn));
    // A double click is a press, a release, then the double-click press (as a real mouse sends).
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toLongLong(), m_caseId);
    saveScreenshot(&window, u"quality-review.png"_s);
}

QTEST_MAIN(TestQualityReview)
#include "tst_qualityreview.moc"
