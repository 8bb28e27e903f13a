// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The trainer's and supervisor's tools of issue 9 in the whole desktop on the demo workspace:
// View > Presenter mode opens the presenter; on a resolved case, Case > Turn into training
// scenario… opens the anonymised scenario of it; Case > Review reply… scores the case's sent
// reply, and the saved review shows in Tools > Quality review.
#include "app/core/clock.h"
#include "app/desktop/application.h"
#include "app/runtime/workspace.h"
#include "ui/inboxmodel.h"
#include "ui/mainwindow.h"
#include "ui/presenterwindow.h"
#include "ui/qualityreviewwindow.h"
#include "ui/reviewdialog.h"
#include "ui/reviewmodels.h"
#include "ui/scenariofromcasedialog.h"
#include "ui/searchfield.h"
#include "ui/searchresults.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {
constexpr int timeout = 20000;

template <typename T> T *topLevel()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *found = qobject_cast<T *>(w); found && found->isVisible())
            return found;
    }
    return nullptr;
}
} // namespace

class TestQualityDesk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void presenter();
    void turnResolvedCaseIntoScenario();
    void reviewAndSeeItInQualityReview();

private:
    /// A resolved case reaches the main window through search (as a supervisor finds it).
    void showResolvedCase();
    QTemporaryDir m_dir;
    std::unique_ptr<Application> m_app;
    MainWindow *m_window = nullptr;
    Id m_resolved = 0; ///< a resolved demo case with a sent reply
    Id m_open = 0;
};

void TestQualityDesk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(u"data"_s)));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(u"config"_s)));
    const QString path = m_dir.filePath(u"demo.caredesk"_s);
    const Result<DatabaseConfig> config = Workspace::configFor(path, QString());
    QVERIFY(config.ok());
    SystemClock clock;
    QVERIFY(Workspace::initialize(config.value(), WorkspaceKind::Demo, clock, false).ok());
    m_app = std::make_unique<Application>();
    QSignalSpy ready(m_app.get(), &Application::ready);
    QVERIFY(m_app->start({ u"caredesk"_s, u"--workspace"_s, path }));
    QVERIFY(ready.wait(timeout));
    m_window = topLevel<MainWindow>();
    QVERIFY(m_window);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    // An open case from the inbox (the built-in views list what is still to do).
    auto *inbox = m_window->findChild<QAbstractItemView *>(u"inboxView"_s);
    QVERIFY(inbox);
    QTRY_VERIFY_WITH_TIMEOUT(inbox->model()->rowCount() > 0, timeout);
    m_open = inbox->model()->index(0, 0).data(InboxModel::CaseIdRole).toLongLong();
    QVERIFY(m_open);
}

void TestQualityDesk::showResolvedCase()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    SearchField *field = m_window->searchField();
    field->setFocus();
    field->clear();
    SearchResults *results = m_window->searchResults();
    QSignalSpy shown(results, &SearchResults::resultsShown);
    // A resolved demo conversation (the second chair delivered from the depot).
    QTest::keyClicks(field, u"armchairs"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        !shown.isEmpty() && shown.constLast().at(0).toString() == u"armchairs"_s, timeout);
    QVERIFY(results->model()->rowCount() > 0);
    m_resolved = results->model()->index(0, 0).data(SearchResultsModel::CaseIdRole).toLongLong();
    QTest::keyClick(field, Qt::Key_Down);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentCaseId(), m_resolved, timeout);
}

void TestQualityDesk::cleanupTestCase()
{
    m_app.reset();
}

void TestQualityDesk::presenter()
{
    auto *action = m_window->findChild<QAction *>(u"presenterAction"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_F5));
    action->trigger();
    PresenterWindow *presenter = topLevel<PresenterWindow>();
    QVERIFY(presenter);
    QVERIFY(presenter->stepCount() > 0);
    QVERIFY(!presenter->displayedText().isEmpty());
    presenter->close();
}

void TestQualityDesk::turnResolvedCaseIntoScenario()
{
    auto *action = m_window->findChild<QAction *>(u"scenarioFromCaseAction"_s);
    QVERIFY(action);
    m_window->openCase(m_open);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentCaseId(), m_open, timeout);
    QTest::qWait(200); // let the state request answer; the action must stay disabled
    QTRY_VERIFY_WITH_TIMEOUT(!action->isEnabled(), timeout);
    showResolvedCase();
    QTRY_VERIFY_WITH_TIMEOUT(action->isEnabled(), timeout);
    action->trigger();
    ScenarioFromCaseDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = topLevel<ScenarioFromCaseDialog>()) != nullptr, timeout);
    const Result<Scenario> scenario = dialog->scenario();
    QVERIFY2(scenario.ok(), qPrintable(scenario.ok() ? QString() : scenario.error().message));
    QVERIFY(!scenario.value().opening.isEmpty());
    QVERIFY(!scenario.value().exemplaryReply.isEmpty());
    QVERIFY(ScenarioFromCaseDialog::defaultFolder().endsWith(u"/scenarios"_s));
    QTemporaryDir out;
    QVERIFY(dialog->saveTo(out.filePath(u"s.json"_s)).ok());
    QVERIFY(ScenarioLibrary::load(out.filePath(u"s.json"_s)).ok());
    dialog->reject();
}

void TestQualityDesk::reviewAndSeeItInQualityReview()
{
    showResolvedCase();
    auto *review = m_window->findChild<QAction *>(u"reviewReplyAction"_s);
    QVERIFY(review);
    QTRY_VERIFY_WITH_TIMEOUT(review->isEnabled(), timeout);
    review->trigger();
    ReviewDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = topLevel<ReviewDialog>()) != nullptr, timeout);
    QVERIFY(dialog->review().maximum > 0);
    dialog->setShowcase(true);
    dialog->setComment(u"Show this one"_s);
    QSignalSpy accepted(dialog, &QDialog::accepted);
    dialog->save();
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, timeout);

    auto *quality = m_window->findChild<QAction *>(u"qualityReviewAction"_s);
    QVERIFY(quality);
    quality->trigger();
    QualityReviewWindow *window = topLevel<QualityReviewWindow>();
    QVERIFY(window);
    QTRY_COMPARE_WITH_TIMEOUT(window->showcaseModel()->rowCount(), 1, timeout);
    QCOMPARE(window->showcaseModel()->index(0, 0).data(ShowcaseModel::CaseIdRole).toLongLong(),
        m_resolved);
    QCOMPARE(window->trendModel()->rowCount(), 1);
    window->close();
}

QTEST_MAIN(TestQualityDesk)
#include "tst_qualitydesk.moc"
