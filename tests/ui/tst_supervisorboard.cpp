// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisor board with real widgets on a team workspace (the PostgreSQL server of the test
// command, the board connected as the supervisor's own login, so row-level security applies)
// and on an SQLite workspace: several agents with presence, assignments, breaches, a spike and
// a negative VIP post; the figures shown; reassigning by shortcut and by drop, changing a
// priority, and opening a case read-only; every model under QAbstractItemModelTester.

#include "app/core/clock.h"
#include "app/runtime/workspace.h"
#include "app/storage/boardstore.h"
#include "app/storage/casestore.h"
#include "app/storage/database.h"
#include "app/storage/databaseworker.h"
#include "app/storage/outboxstore.h"
#include "app/storage/sqlrepositories.h"
#include "app/storage/teamstore.h"
#include "tests/support/testworkspace.h"
#include "ui/boardmodels.h"
#include "ui/inboxmodel.h"
#include "ui/supervisorboard.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDateTime>
#include <QDialog>
#include <QInputDialog>
#include <QListView>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {

constexpr Millis minute = 60 * 1000;
constexpr Millis hour = 60 * minute;
constexpr int timeout = 20000;

} // namespace

class TestSupervisorBoard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void board_data();
    void board();
    void cleanup();

private:
    bool open(const QString &backend);
    Id ingest(const QString &thread, Millis createdAt, int sentiment = 0);
    QString unique(const QString &stem) const { return stem + u'_' + m_suffix; }
    int rowOf(QAbstractItemModel *model, int role, Id id) const;
    QString cell(QAbstractItemModel *model, int row, int column) const;
    QString scalar(const QString &statement, const QVariantList &values = {});

    std::shared_ptr<ManualClock> m_clock;
    Test::TestWorkspace m_ws;
    std::unique_ptr<Database> m_db;
    Id m_account = 0;
    QString m_suffix;
    int m_messages = 0;
};

void TestSupervisorBoard::cleanup()
{
    m_db.reset();
    m_ws.close();
}

bool TestSupervisorBoard::open(const QString &backend)
{
    CAREDESK_OPEN_WORKSPACE(m_ws, backend, u"board"_s, m_clock->now());
    m_db = m_ws.takeDatabase();
    m_suffix = QString::number(QRandomGenerator::global()->generate(), 36);
    QString error;
    m_account = Test::addAccount(
        *m_db, Platform::Mastodon, u"brand@example.social"_s, m_clock->now(), &error);
    CAREDESK_SETUP_VERIFY(m_account, error);
    return true;
}

Id TestSupervisorBoard::ingest(const QString &thread, Millis createdAt, int sentiment)
{
    IncomingMessage m = Test::incoming(u"%1-%2"_s.arg(thread).arg(++m_messages), thread,
        u"user-"_s + thread, u"Customer "_s + thread, u"Message in "_s + thread, createdAt);
    m.sentiment = sentiment;
    Result<IngestResult> stored
        = CaseStore::ingest(*m_db, Test::batchOf(m_account, { m }), createdAt);
    if (!stored.ok()) {
        qWarning("%s", qPrintable(stored.error().message));
        return 0;
    }
    return stored.value().caseIds.value(0);
}

int TestSupervisorBoard::rowOf(QAbstractItemModel *model, int role, Id id) const
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(role).toLongLong() == id)
            return row;
    }
    return -1;
}

QString TestSupervisorBoard::cell(QAbstractItemModel *model, int row, int column) const
{
    return row < 0 ? u"<missing row>"_s : model->index(row, column).data().toString();
}

QString TestSupervisorBoard::scalar(const QString &statement, const QVariantList &values)
{
    Result<QSqlQuery> q = m_db->exec(statement, values);
    if (!q.ok() || !q.value().next())
        return u"<error>"_s;
    return q.value().value(0).toString();
}

void TestSupervisorBoard::board_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("postgresql") << u"postgresql"_s;
    QTest::newRow("sqlite") << u"sqlite"_s;
}

void TestSupervisorBoard::board()
{
    QFETCH(QString, backend);
    // Wednesday 2026-11-18 10:40 UTC; the board reads hours and days in UTC here.
    const Millis now
        = QDateTime(QDate(2026, 11, 18), QTime(10, 40), QTimeZone::utc()).toMSecsSinceEpoch();
    m_clock = std::make_shared<ManualClock>(now - 3 * hour);
    if (!open(backend))
        return;

    // The team: a supervisor and two agents; two queues of the team.
    const auto addAgent = [this](const QString &stem, AgentRole role, int capacity) {
        NewAgent spec;
        spec.name = unique(stem);
        spec.role = role;
        spec.team = unique(u"care"_s);
        spec.capacity = capacity;
        Result<Agent> added = AgentStore::addAgent(*m_db, spec, m_clock->now());
        if (!added.ok())
            qWarning("%s", qPrintable(added.error().message));
        return added.ok() ? added.value() : Agent {};
    };
    const Agent sup = addAgent(u"sup"_s, AgentRole::Supervisor, 10);
    const Agent anna = addAgent(u"anna"_s, AgentRole::Agent, 3);
    const Agent boris = addAgent(u"boris"_s, AgentRole::Agent, 5);
    QVERIFY(sup.id && anna.id && boris.id);
    Result<Id> team = AgentStore::ensureTeam(*m_db, unique(u"care"_s));
    QVERIFY(team.ok());
    const Result<Id> billing
        = AgentStore::addQueue(*m_db, unique(u"billing"_s), team.value(), AssignmentMode::Manual);
    const Result<Id> outage
        = AgentStore::addQueue(*m_db, unique(u"outage"_s), team.value(), AssignmentMode::Manual);
    QVERIFY(billing.ok() && outage.ok());

    // billing: a breached case (anna's) and one at risk, about to breach (nobody's).
    const Id breached = ingest(u"breached"_s, now - 2 * hour);
    const Id atRisk = ingest(u"at-risk"_s, now - 50 * minute);
    // The shared inbox: a fresh case, one anna answered in 10 minutes, a VIP's angry post.
    const Id fresh = ingest(u"fresh"_s, now - 5 * minute);
    const Id answered = ingest(u"answered"_s, now - 40 * minute);
    const Id angry = ingest(u"angry"_s, now - 20 * minute, -80);
    QVERIFY(breached && atRisk && fresh && answered && angry);
    QVERIFY(TeamStore::moveToQueue(*m_db, breached, billing.value(), 0, now).ok());
    QVERIFY(TeamStore::moveToQueue(*m_db, atRisk, billing.value(), 0, now).ok());
    QVERIFY(TeamStore::claim(*m_db, breached, anna.id, now).ok());
    QVERIFY(TeamStore::claim(*m_db, answered, anna.id, now).ok());
    {
        IngestBatch reply;
        reply.accountId = m_account;
        IncomingMessage m;
        m.platformId = u"reply-answered"_s;
        m.threadKey = u"answered"_s;
        m.direction = Direction::Out;
        m.authorName = u"Brand"_s;
        m.text = u"Sorted, sorry about that."_s;
        m.createdAt = now - 30 * minute;
        reply.messages.append(m);
        QVERIFY(CaseStore::ingest(*m_db, reply, now - 30 * minute).ok());
        QVERIFY(OutboxStore::enqueue(
            *m_db, answered, u"Anything else?"_s, Visibility::Public, anna.id, now - 10 * minute)
                    .ok());
    }
    QVERIFY(
        m_db->exec(
                u"UPDATE customer SET vip = 1 WHERE id = (SELECT customer_id FROM cases WHERE id = ?)"_s,
                { angry })
            .ok());
    // outage: six new cases this hour, none in the same hour of the last four Wednesdays.
    QList<Id> outageCases;
    for (int i = 0; i < 6; ++i) {
        const Id c = ingest(u"outage-%1"_s.arg(i), now - (30 - i) * minute);
        QVERIFY(c);
        QVERIFY(TeamStore::moveToQueue(*m_db, c, outage.value(), 0, now).ok());
        outageCases.append(c);
    }
    // Presence: anna replying, boris looking at a case, the supervisor not signed in.
    QVERIFY(TeamStore::setPresence(*m_db, anna.id, breached, PresenceActivity::Replying, now).ok());
    QVERIFY(TeamStore::setPresence(*m_db, boris.id, fresh, PresenceActivity::Viewing, now).ok());
    m_clock->set(now);

    // The board, as the supervisor: their own login on PostgreSQL.
    DatabaseConfig asSupervisor = m_ws.config();
    if (asSupervisor.isPostgres())
        asSupervisor.user = sup.name;
    Workspace workspace(asSupervisor, m_clock);
    DatabaseWorker boardWorker(asSupervisor);
    SqlBoardRepository boardRepository(boardWorker, *m_clock);
    AlertSettings settings;
    settings.timeZone = "UTC"_ba;
    SupervisorBoard board(boardRepository, workspace.team(), workspace.cases(),
        workspace.changeFeed(), &workspace.presenceFeed(), *m_clock, sup.id);
    board.setAlertSettings(settings);
    QAbstractItemModelTester queueTester(
        board.queueModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester agentTester(
        board.agentModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester caseTester(
        board.caseModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester alertTester(
        board.alertModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    board.show();
    QVERIFY(QTest::qWaitForWindowActive(&board));
    QTRY_VERIFY_WITH_TIMEOUT(
        board.snapshotCount() > 0 && board.agentModel()->rowCount() == 3, timeout);

    // Queues.
    BoardQueueModel *queues = board.queueModel();
    QCOMPARE(queues->rowCount(), 3);
    QCOMPARE(cell(queues, 0, BoardQueueModel::NameColumn), u"Shared inbox"_s);
    const int billingRow = rowOf(queues, BoardQueueModel::QueueIdRole, billing.value());
    QCOMPARE(cell(queues, billingRow, BoardQueueModel::NameColumn), unique(u"billing"_s));
    QCOMPARE(cell(queues, billingRow, BoardQueueModel::OpenColumn), u"2"_s);
    QCOMPARE(cell(queues, billingRow, BoardQueueModel::UnassignedColumn), u"1"_s);
    QCOMPARE(cell(queues, billingRow, BoardQueueModel::AtRiskColumn), u"1"_s);
    QCOMPARE(cell(queues, billingRow, BoardQueueModel::BreachedColumn), u"1"_s);
    QCOMPARE(queues->index(billingRow, BoardQueueModel::OldestWaitingColumn)
                 .data(BoardQueueModel::ValueRole)
                 .toInt(),
        120);
    // The breached case's first response came due today unanswered: 0 of 1 met.
    QCOMPARE(queues->index(billingRow, BoardQueueModel::SlaTodayColumn)
                 .data(BoardQueueModel::ValueRole)
                 .toInt(),
        0);
    // The shared inbox: fresh, answered (anna's) and angry; answered in time today: 100 %.
    QCOMPARE(cell(queues, 0, BoardQueueModel::OpenColumn), u"3"_s);
    QCOMPARE(cell(queues, 0, BoardQueueModel::UnassignedColumn), u"2"_s);
    QCOMPARE(cell(queues, 0, BoardQueueModel::BreachedColumn), u"0"_s);
    QCOMPARE(
        queues->index(0, BoardQueueModel::SlaTodayColumn).data(BoardQueueModel::ValueRole).toInt(),
        100);
    const int outageRow = rowOf(queues, BoardQueueModel::QueueIdRole, outage.value());
    QCOMPARE(cell(queues, outageRow, BoardQueueModel::OpenColumn), u"6"_s);
    QCOMPARE(cell(queues, outageRow, BoardQueueModel::ThisHourColumn), u"6"_s);

    // Agents.
    BoardAgentModel *agents = board.agentModel();
    const int annaRow = rowOf(agents, BoardAgentModel::AgentIdRole, anna.id);
    const int borisRow = rowOf(agents, BoardAgentModel::AgentIdRole, boris.id);
    const int supRow = rowOf(agents, BoardAgentModel::AgentIdRole, sup.id);
    QCOMPARE(cell(agents, annaRow, BoardAgentModel::StatusColumn), u"Busy"_s);
    QCOMPARE(cell(agents, annaRow, BoardAgentModel::OpenColumn), u"2"_s);
    QCOMPARE(cell(agents, annaRow, BoardAgentModel::HandledTodayColumn), u"1"_s);
    QCOMPARE(cell(agents, annaRow, BoardAgentModel::MedianFirstResponseColumn),
        InboxModel::durationText(10 * minute));
    QCOMPARE(cell(agents, borisRow, BoardAgentModel::StatusColumn), u"Available"_s);
    QCOMPARE(cell(agents, borisRow, BoardAgentModel::OpenColumn), u"0"_s);
    QCOMPARE(cell(agents, supRow, BoardAgentModel::StatusColumn), u"Offline"_s);

    // Alerts: the spike, the VIP's post, the case about to breach (due in 10 minutes).
    BoardAlertModel *alerts = board.alertModel();
    QCOMPARE(alerts->rowCount(), 3);
    QCOMPARE(toString(alerts->alertAt(0).kind), toString(AlertKind::Spike));
    QCOMPARE(alerts->alertAt(0).queueId, outage.value());
    QCOMPARE(alerts->alertAt(0).count, 6);
    QCOMPARE(toString(alerts->alertAt(1).kind), toString(AlertKind::NegativePost));
    QCOMPARE(alerts->alertAt(1).caseId, angry);
    QVERIFY(alerts->alertAt(1).vip);
    QCOMPARE(toString(alerts->alertAt(2).kind), toString(AlertKind::AboutToBreach));
    QCOMPARE(alerts->alertAt(2).caseId, atRisk);

    // The attention list: breached first, then at risk, then the unassigned ones.
    BoardCaseModel *cases = board.caseModel();
    QCOMPARE(cases->rowCount(), 2 + 2 + 6);
    QCOMPARE(cases->caseAt(0).caseId, breached);
    QCOMPARE(cases->caseAt(1).caseId, atRisk);

    // Reassign by shortcut: the case at risk to boris.
    auto *caseView = board.findChild<QTableView *>(u"boardCases"_s);
    QVERIFY(caseView);
    caseView->setFocus();
    caseView->setCurrentIndex(cases->index(rowOf(cases, BoardCaseModel::CaseIdRole, atRisk), 0));
    QTest::keyClick(caseView, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QInputDialog *picker = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (picker = board.findChild<QInputDialog *>(u"boardAgentPicker"_s)), timeout);
    picker->setTextValue(boris.name);
    picker->accept();
    QTRY_COMPARE_WITH_TIMEOUT(cell(agents, rowOf(agents, BoardAgentModel::AgentIdRole, boris.id),
                                  BoardAgentModel::OpenColumn),
        u"1"_s, timeout);
    QTRY_COMPARE_WITH_TIMEOUT(
        cell(queues, rowOf(queues, BoardQueueModel::QueueIdRole, billing.value()),
            BoardQueueModel::UnassignedColumn),
        u"0"_s, timeout);
    QCOMPARE(scalar(u"SELECT assignee_id FROM cases WHERE id = ?"_s, { atRisk }),
        QString::number(boris.id));

    // Reassign by drop: the fresh case onto anna.
    const int freshRow = rowOf(cases, BoardCaseModel::CaseIdRole, fresh);
    std::unique_ptr<QMimeData> dragged(cases->mimeData({ cases->index(freshRow, 0) }));
    QVERIFY(dragged);
    const QModelIndex annaIndex
        = agents->index(rowOf(agents, BoardAgentModel::AgentIdRole, anna.id), 0);
    QVERIFY(agents->canDropMimeData(dragged.get(), Qt::CopyAction, -1, -1, annaIndex));
    agents->dropMimeData(dragged.get(), Qt::CopyAction, -1, -1, annaIndex);
    QTRY_COMPARE_WITH_TIMEOUT(cell(agents, rowOf(agents, BoardAgentModel::AgentIdRole, anna.id),
                                  BoardAgentModel::OpenColumn),
        u"3"_s, timeout);
    // At capacity (3 of 3): busy whatever her presence says.
    QCOMPARE(scalar(u"SELECT assignee_id FROM cases WHERE id = ?"_s, { fresh }),
        QString::number(anna.id));

    // Priority: Ctrl+Alt+4 makes the angry post urgent (the board is active again after the
    // picker closed).
    board.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&board));
    caseView->setFocus();
    caseView->setCurrentIndex(cases->index(rowOf(cases, BoardCaseModel::CaseIdRole, angry), 0));
    QTest::keyClick(caseView, Qt::Key_4, Qt::ControlModifier | Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(cell(cases, rowOf(cases, BoardCaseModel::CaseIdRole, angry),
                                  BoardCaseModel::PriorityColumn),
        u"Urgent"_s, timeout);
    QCOMPARE(scalar(u"SELECT priority FROM cases WHERE id = ?"_s, { angry }), u"urgent"_s);

    // Open read-only: Enter on the breached case shows its thread as plain text.
    caseView->setCurrentIndex(cases->index(rowOf(cases, BoardCaseModel::CaseIdRole, breached), 0));
    QTest::keyClick(caseView, Qt::Key_Return);
    QDialog *viewer = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((viewer = board.findChild<QDialog *>(u"boardCaseViewer"_s)), timeout);
    auto *text = viewer->findChild<QPlainTextEdit *>(u"boardCaseText"_s);
    QVERIFY(text && text->isReadOnly());
    QTRY_VERIFY_WITH_TIMEOUT(text->toPlainText().contains(u"Message in breached"_s), timeout);
    viewer->close();

    // Large type for a wall screen.
    const qreal before = board.font().pointSizeF();
    board.setLargeType(true);
    QCOMPARE(board.font().pointSizeF(), before * 2);
    board.setLargeType(false);
}

QTEST_MAIN(TestSupervisorBoard)
#include "tst_supervisorboard.moc"
