// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A trainee plays a shipped scenario in a training workspace, on the real main window, inbox and
// composer: the banner says it is training, Tools > Start rehearsal lists the scenarios, the
// opening post arrives in the inbox as a case, the trainee answers through the composer with
// keys (Ctrl+Return), the reply goes through the outbox to the simulator connector, the
// simulated customer calms down as the scenario's apology_with_time rule says, and the results
// dialog shows the score and the exemplary reply; the result is kept in the workspace. Time is
// a ManualClock the test moves: no simulated minute is waited for.
#include "app/core/clock.h"
#include "app/desktop/accountsdesk.h"
#include "app/desktop/trainingdesk.h"
#include "app/runtime/rehearsal.h"
#include "app/runtime/syncengine.h"
#include "app/runtime/workspace.h"
#include "app/storage/database.h"
#include "app/storage/sqlrepositories.h"
#include "app/storage/trainingstore.h"
#include "tests/support/memorysecretstore.h"
#include "ui/composer.h"
#include "ui/mainwindow.h"
#include "ui/rehearsaldialog.h"
#include "ui/trainingbanner.h"
#include "ui/trainingresultsdialog.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {

constexpr int timeout = 20000;

template <typename T> Result<T> await(QFuture<Result<T>> future)
{
    QElapsedTimer timer;
    timer.start();
    while (!future.isFinished() && timer.elapsed() < timeout)
        QTest::qWait(5);
    if (!future.isFinished() || future.resultCount() == 0)
        return Error { ErrorCode::Internal, u"timed out"_s };
    return future.result();
}

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CAREDESK_ARTIFACT_DIR", QDir::currentPath());
    QVERIFY(QDir().mkpath(dir));
    const QString path = QDir(dir).filePath(name);
    QVERIFY(widget->grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));
}

/// Every control a keyboard user lands on has a name a screen reader reads (tst_accessibility
/// walks the demo workspace; the training windows are walked here).
void checkNames(QWidget *window)
{
    const auto children = window->findChildren<QWidget *>();
    for (QWidget *w : children) {
        if (!w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus)
            || w->focusProxy())
            continue;
        if (qobject_cast<QAbstractItemView *>(w->parentWidget()))
            continue; // a view's viewport, named through the view
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        QVERIFY2(!name.isEmpty(), qPrintable(w->objectName() + u" has no accessible name"_s));
    }
}

} // namespace

class TestRehearsal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void playsAScenarioEndToEnd();
    void busyHour();
};

void TestRehearsal::playsAScenarioEndToEnd()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const DatabaseConfig config = DatabaseConfig::sqlite(dir.filePath(u"training.caredesk"_s));
    // 2026-11-23 10:00:00 UTC.
    auto clock = std::make_shared<ManualClock>(1795428000000LL);
    const Result<WorkspaceInfo> info
        = Workspace::initialize(config, WorkspaceKind::Training, *clock, true);
    QVERIFY2(info.ok(), qPrintable(info.error().message));
    QVERIFY(info.value().kind == WorkspaceKind::Training);
    Workspace workspace(config, clock);
    const Result<QList<Account>> accounts = await(workspace.accounts().list());
    QVERIFY(accounts.ok());
    QCOMPARE(accounts.value().size(), allPlatforms().size());
    for (const Account &account : accounts.value())
        QVERIFY(account.connector == ConnectorKind::Simulator);
    // The schema refuses anything else in a training workspace.
    Account live;
    live.platform = Platform::Mastodon;
    live.connector = ConnectorKind::Live;
    live.handle = u"shop"_s;
    QVERIFY(!await(workspace.accounts().add(live)).ok());

    MainWindow window(workspace.cases(), workspace.changeFeed(), *clock, info.value().name,
        &workspace.customers());
    auto *composer = new Composer(workspace.outbox(), workspace.drafts(), *clock, nullptr, 0);
    window.setComposer(composer);
    // No keychain in a training workspace: the simulator connectors ask for no token.
    Test::MemorySecretStore secrets;
    AccountsDesk accountsDesk(workspace, info.value(), window, composer, &secrets);
    TrainingDesk desk(workspace, window, accountsDesk.engine(), composer);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *banner = window.findChild<TrainingBanner *>(u"trainingBanner"_s);
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QVERIFY(window.windowTitle().contains(u"[Training]"_s));
    QVERIFY(
        window.findChild<QLabel *>(u"trainingBannerText"_s)->text().contains(u"real customer"_s));
    QTRY_VERIFY_WITH_TIMEOUT(desk.rehearsal().isReady(), timeout);
    QTRY_VERIFY_WITH_TIMEOUT(
        accountsDesk.engine().hasAccount(desk.rehearsal().accounts().value(Platform::X).id),
        timeout);

    // Tools > Start rehearsal...: the shipped scenarios with platform, language and difficulty.
    auto *startAction = window.findChild<QAction *>(u"startRehearsalAction"_s);
    QVERIFY(startAction);
    QVERIFY(!startAction->shortcut().isEmpty());
    startAction->trigger();
    auto *dialog = window.findChild<RehearsalDialog *>(u"rehearsalDialog"_s);
    QVERIFY(dialog);
    auto *list = dialog->findChild<QTreeWidget *>(u"scenarioList"_s);
    QVERIFY(list);
    {
        // Scoped: the dialog deletes itself (and its model) once started.
        QAbstractItemModelTester listTester(list->model());
        QCOMPARE(list->topLevelItemCount(), 16);
    }
    auto *startButton = dialog->findChild<QPushButton *>(u"startButton"_s);
    QVERIFY(!startButton->isEnabled());
    QVERIFY(dialog->choose(u"delayed-order-en"_s));
    QVERIFY(startButton->isEnabled());
    checkNames(dialog);
    checkNames(&window);
    screenshot(dialog, u"rehearsal-dialog.png"_s);
    QSignalSpy stored(&desk.rehearsal(), &Rehearsal::messageStored);
    QTest::mouseClick(startButton, Qt::LeftButton);
    QCOMPARE(desk.rehearsal().activeRuns().size(), 1);
    const int runId = desk.rehearsal().activeRuns().first();

    // The opening post is a case in the ordinary inbox.
    QTRY_VERIFY_WITH_TIMEOUT(stored.size() >= 1, timeout);
    const Id caseId = desk.rehearsal().caseFor(runId);
    QVERIFY(caseId != 0);
    auto *inbox = window.findChild<QTreeView *>(u"inboxView"_s);
    QVERIFY(inbox);
    QAbstractItemModelTester inboxTester(inbox->model());
    QTRY_VERIFY_WITH_TIMEOUT(inbox->model()->rowCount() == 1, timeout);
    QCOMPARE(inbox->model()->index(0, 0).data(Qt::UserRole + 1).toLongLong(), caseId);
    clock->advance(90 * 1000);
    desk.updateStatus();
    QVERIFY2(
        banner->status().contains(u"1:30 since the opening post"_s), qPrintable(banner->status()));
    inbox->setCurrentIndex(inbox->model()->index(0, 0));
    QCOMPARE(window.currentCaseId(), caseId);
    QTRY_COMPARE_WITH_TIMEOUT(composer->caseId(), caseId, timeout);

    // The trainee answers with keys, as in any case: an apology with a concrete time.
    auto *edit = composer->findChild<QPlainTextEdit *>(u"composerEdit"_s);
    QVERIFY(edit);
    edit->setFocus();
    const QString reply = u"Sorry for the wait, Anna! Your parcel arrives tomorrow by 14:00."_s;
    // The apology comes from a script (the rubric's "script used"), the rest is typed.
    Script apology;
    apology.title = u"Apology"_s;
    apology.variants.append({ QString(), u"en"_s, u"Apology"_s, u"Sorry for the wait, Anna!"_s });
    composer->insertScript(apology);
    QTest::keyClicks(edit, reply.mid(apology.variants.first().body.size()));
    QCOMPARE(edit->toPlainText(), reply);
    screenshot(&window, u"rehearsal-inbox.png"_s);
    QSignalSpy delivered(&desk.rehearsal(), &Rehearsal::replyDelivered);
    QSignalSpy finished(&desk.rehearsal(), &Rehearsal::runFinished);
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, timeout);
    const ScenarioRun *run = desk.rehearsal().engine().run(runId);
    QVERIFY(run);
    QVERIFY(run->transcript.last().direction == Direction::Out);
    QCOMPARE(run->transcript.last().text, reply);
    QCOMPARE(finished.size(), 0); // the customer answers a minute later

    // A simulated minute later the customer calms down (rule apology_with_time).
    clock->advance(61 * 1000);
    desk.rehearsal().tick();
    QVERIFY(run->outcome == ScenarioOutcome::Calm);
    QCOMPARE(run->transcript.last().text, u"OK, tomorrow then. Thanks for the straight answer."_s);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, timeout);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const Result<CaseDetail> detail = await(workspace.cases().detail(caseId));
            if (!detail.ok())
                return false;
            bool calm = false;
            bool ours = false;
            for (const Message &m : detail.value().messages) {
                calm = calm || m.text.startsWith(u"OK, tomorrow then"_s);
                ours = ours || (m.direction == Direction::Out && m.text == reply);
            }
            return calm && ours;
        }(),
        timeout);

    // The results: score, every point and why, the exemplary reply.
    QTRY_VERIFY_WITH_TIMEOUT(desk.lastResults() != nullptr, timeout);
    TrainingResultsDialog *results = desk.lastResults();
    QVERIFY(QTest::qWaitForWindowExposed(results));
    const TrainingResult result = results->result();
    QVERIFY(result.id != 0);
    QCOMPARE(result.scenarioId, u"delayed-order-en"_s);
    QCOMPARE(result.outcome, u"calm"_s);
    QVERIFY(result.maximum > 0);
    QVERIFY(result.score > result.maximum / 2);
    const QString scoreText = results->findChild<QLabel *>(u"scoreLabel"_s)->text();
    QVERIFY2(scoreText.contains(u"%1 of %2"_s.arg(result.score).arg(result.maximum)),
        qPrintable(scoreText));
    auto *exemplary = results->findChild<QPlainTextEdit *>(u"exemplaryReply"_s);
    QVERIFY(exemplary);
    QVERIFY(exemplary->toPlainText().startsWith(u"Anna, thank you for your patience"_s));
    auto *points = results->findChild<QTreeView *>(u"pointsTree"_s);
    QVERIFY(points);
    QAbstractItemModelTester pointsTester(points->model());
    QAbstractItemModel *pointsModel = points->model();
    QCOMPARE(pointsModel->rowCount(), 1);
    const QModelIndex replyRow = pointsModel->index(0, 0);
    QCOMPARE(pointsModel->rowCount(replyRow), Rubric::allCriteria().size());
    bool concreteEarned = false;
    bool scriptEarned = false;
    for (int i = 0; i < pointsModel->rowCount(replyRow); ++i) {
        const QString title = pointsModel->index(i, 0, replyRow).data().toString();
        QVERIFY(!pointsModel->index(i, 3, replyRow).data().toString().isEmpty()); // why
        const bool earned = pointsModel->index(i, 1, replyRow).data().toString()
            == TrainingResultsDialog::tr("earned");
        if (title == Rubric::criterionTitle(RubricCriterion::ConcreteAnswer))
            concreteEarned = earned;
        if (title == Rubric::criterionTitle(RubricCriterion::ScriptUsed))
            scriptEarned = earned;
    }
    QVERIFY(concreteEarned);
    QVERIFY(scriptEarned);
    checkNames(results);
    screenshot(results, u"rehearsal-results.png"_s);
    screenshot(&window, u"rehearsal-finished.png"_s);
    const QString exported = dir.filePath(u"result.json"_s);
    QVERIFY(results->exportTo(exported));
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(
        QJsonDocument::fromJson(file.readAll()).object().value(u"score"_s).toInt(), result.score);

    // Kept in the workspace for the trainer.
    Result<std::unique_ptr<Database>> db = Database::open(config, Database::OpenMode::Existing);
    QVERIFY(db.ok());
    const Result<QList<TrainingResult>> kept = TrainingStore::list(*db.value());
    QVERIFY(kept.ok());
    QCOMPARE(kept.value().size(), 1);
    QCOMPARE(kept.value().first().score, result.score);
    QCOMPARE(kept.value().first().maximum, result.maximum);
    QCOMPARE(kept.value().first().replies.size(), 1);
    QCOMPARE(kept.value().first().replies.first().text, reply);
    QCOMPARE(kept.value().first().exemplaryReply, result.exemplaryReply);
    QVERIFY(desk.rehearsal().activeRuns().isEmpty());
    results->close();
}

void TestRehearsal::busyHour()
{
    // Several scenarios at once; Tools > End rehearsal scores each as it stands.
    QTemporaryDir dir;
    const DatabaseConfig config = DatabaseConfig::sqlite(dir.filePath(u"busy.caredesk"_s));
    auto clock = std::make_shared<ManualClock>(1795428000000LL);
    const Result<WorkspaceInfo> info
        = Workspace::initialize(config, WorkspaceKind::Training, *clock, true);
    QVERIFY(info.ok());
    Workspace workspace(config, clock);
    MainWindow window(workspace.cases(), workspace.changeFeed(), *clock, info.value().name,
        &workspace.customers());
    auto *composer = new Composer(workspace.outbox(), workspace.drafts(), *clock, nullptr, 0);
    window.setComposer(composer);
    Test::MemorySecretStore secrets;
    AccountsDesk accountsDesk(workspace, info.value(), window, composer, &secrets);
    TrainingDesk desk(workspace, window, accountsDesk.engine(), composer);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(desk.rehearsal().isReady(), timeout);
    Result<QList<Scenario>> shipped = ScenarioLibrary::shipped();
    QVERIFY(shipped.ok());
    QList<Scenario> chosen;
    for (const Scenario &s : shipped.value()) {
        if (s.id == "outage-en"_L1 || s.id == "praise-en"_L1)
            chosen.append(s);
    }
    QCOMPARE(chosen.size(), 2);
    QCOMPARE(desk.start(chosen), 2);
    int posts = 0;
    for (const Scenario &s : chosen)
        posts += static_cast<int>(s.opening.size());
    // Posts due later than now arrive as the clock moves.
    clock->advance(10 * 60 * 1000);
    desk.rehearsal().tick();
    auto *inbox = window.findChild<QTreeView *>(u"inboxView"_s);
    QAbstractItemModelTester inboxTester(inbox->model());
    QTRY_VERIFY_WITH_TIMEOUT(inbox->model()->rowCount() >= 2, timeout);
    auto *banner = window.findChild<TrainingBanner *>(u"trainingBanner"_s);
    QVERIFY2(banner->status().contains(u"2 scenario"_s), qPrintable(banner->status()));
    QVERIFY(posts >= 2);

    QSignalSpy finished(&desk.rehearsal(), &Rehearsal::runFinished);
    auto *end = window.findChild<QAction *>(u"endRehearsalAction"_s);
    QVERIFY(end);
    end->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, timeout);
    QVERIFY(desk.rehearsal().activeRuns().isEmpty());
    for (const QList<QVariant> &args : finished) {
        const auto result = args.at(1).value<TrainingResult>();
        QVERIFY(result.id != 0);
        QCOMPARE(result.score, 0); // never answered
        QVERIFY(result.maximum > 0);
    }
    Result<std::unique_ptr<Database>> db = Database::open(config, Database::OpenMode::Existing);
    QVERIFY(db.ok());
    QCOMPARE(TrainingStore::list(*db.value()).value().size(), 2);
    screenshot(&window, u"rehearsal-busy-hour.png"_s);
}

QTEST_MAIN(TestRehearsal)
#include "tst_rehearsal.moc"
