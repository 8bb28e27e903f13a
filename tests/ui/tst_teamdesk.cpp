// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop in team mode, with real widgets as an agent's own PostgreSQL login: it reports
// "viewing" for the case shown and "replying" while the agent types, shows who else is viewing
// or replying in the inbox row and the case header, and stops a reply when someone else replied
// since the case was opened, saying so; the supervisor board is in the Tools menu.

#include "app/core/clock.h"
#include "app/desktop/teamdesk.h"
#include "app/runtime/workspace.h"
#include "app/storage/casestore.h"
#include "app/storage/database.h"
#include "app/storage/outboxstore.h"
#include "app/storage/sqlrepositories.h"
#include "app/storage/teamstore.h"
#include "tests/support/pgfixture.h"
#include "ui/composer.h"
#include "ui/inboxmodel.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {
constexpr int timeout = 15000;
}

class TestTeamDesk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presenceAndPreSendCheck();

private:
    QString scalar(Database &db, const QString &statement, const QVariantList &values = {});
};

QString TestTeamDesk::scalar(Database &db, const QString &statement, const QVariantList &values)
{
    Result<QSqlQuery> q = db.exec(statement, values);
    if (!q.ok() || !q.value().next())
        return u"<none>"_s;
    return q.value().value(0).toString();
}

void TestTeamDesk::presenceAndPreSendCheck()
{
    CAREDESK_REQUIRE_PG();
    Test::PgFixture pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.error()));
    auto clock = std::make_shared<SystemClock>();
    Result<std::unique_ptr<Database>> opened
        = Database::open(pg.config(), Database::OpenMode::CreateIfMissing);
    QVERIFY(opened.ok());
    Database &admin = *opened.value();
    QVERIFY(admin.migrate(WorkspaceKind::Standard, u"team"_s, clock->now()).ok());
    Account account;
    account.platform = Platform::Mastodon;
    account.handle = u"brand@example.social"_s;
    Result<Account> added = AccountStore::add(admin, account, clock->now());
    QVERIFY(added.ok());
    const QString suffix = QString::number(QRandomGenerator::global()->generate(), 36);
    const auto addAgent = [&](const QString &stem) {
        NewAgent spec;
        spec.name = stem + u'_' + suffix;
        spec.team = u"care_"_s + suffix;
        Result<Agent> agent = AgentStore::addAgent(admin, spec, clock->now());
        return agent.ok() ? agent.value() : Agent {};
    };
    const Agent anna = addAgent(u"anna"_s);
    const Agent boris = addAgent(u"boris"_s);
    QVERIFY(anna.id && boris.id);
    IngestBatch batch;
    batch.accountId = added.value().id;
    for (int i = 0; i < 2; ++i) {
        IncomingMessage m;
        m.platformId = u"m-%1"_s.arg(i);
        m.threadKey = u"thread-%1"_s.arg(i);
        m.authorPlatformId = u"customer-%1"_s.arg(i);
        m.authorName = u"Customer %1"_s.arg(i);
        m.text = u"My parcel is late"_s;
        m.createdAt = clock->now() - 60000 + i;
        batch.messages.append(m);
    }
    Result<IngestResult> stored = CaseStore::ingest(admin, batch, clock->now());
    QVERIFY(stored.ok());
    const Id caseId = stored.value().caseIds.value(0);

    // Anna's desktop, as her own login.
    DatabaseConfig asAnna = pg.config();
    asAnna.user = anna.name;
    Workspace workspace(asAnna, clock);
    MainWindow window(workspace.cases(), workspace.changeFeed(), workspace.clock(), u"team"_s);
    auto *composer
        = new Composer(workspace.outbox(), workspace.drafts(), workspace.clock(), nullptr, 0);
    window.setComposer(composer);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TeamDesk desk(workspace, window, composer);
    QVERIFY(window.findChild<QAction *>(u"supervisorBoardAction"_s));
    // Signed in: her presence row appears.
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(admin, u"SELECT COUNT(*) FROM presence WHERE agent_id = ?"_s, { anna.id }), u"1"_s,
        timeout);

    auto *inbox = window.findChild<InboxModel *>();
    QVERIFY(inbox);
    QTRY_VERIFY_WITH_TIMEOUT(inbox->rowOfCase(caseId) >= 0, timeout);
    window.openCase(caseId);
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(admin, u"SELECT activity FROM presence WHERE agent_id = ? AND case_id = ?"_s,
            { anna.id, caseId }),
        u"viewing"_s, timeout);

    // Boris starts replying in the same case: Anna sees it in the list and in the case.
    QVERIFY(
        TeamStore::setPresence(admin, boris.id, caseId, PresenceActivity::Replying, clock->now())
            .ok());
    auto *header = window.findChild<QLabel *>(u"casePresenceLabel"_s);
    QVERIFY(header);
    QTRY_VERIFY_WITH_TIMEOUT(
        header->text().contains(boris.name) && header->isVisibleTo(&window), timeout);
    QVERIFY(header->text().contains(u"replying"_s));
    QTRY_VERIFY_WITH_TIMEOUT(inbox->index(inbox->rowOfCase(caseId), InboxModel::CustomerColumn)
                                 .data()
                                 .toString()
                                 .contains(boris.name),
        timeout);

    // Boris's reply is queued first; Anna types (presence "replying") and sends: stopped.
    QVERIFY(
        OutboxStore::enqueue(admin, caseId, u"On it!"_s, Visibility::Public, boris.id, clock->now())
            .ok());
    auto *edit = composer->findChild<QPlainTextEdit *>(u"composerEdit"_s);
    auto *send = composer->findChild<QPushButton *>(u"sendButton"_s);
    auto *reason = composer->findChild<QLabel *>(u"reasonLabel"_s);
    QVERIFY(edit && send && reason);
    QTRY_VERIFY_WITH_TIMEOUT(!edit->isReadOnly(), timeout);
    edit->setFocus();
    QTest::keyClicks(edit, u"Hello, let me check."_s);
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(admin, u"SELECT activity FROM presence WHERE agent_id = ?"_s, { anna.id }),
        u"replying"_s, timeout);
    QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), timeout);
    QTest::mouseClick(send, Qt::LeftButton);
    const auto annasReplies = [&] {
        return scalar(admin, u"SELECT COUNT(*) FROM outbox WHERE case_id = ? AND agent_id = ?"_s,
            { caseId, anna.id });
    };
    QTRY_VERIFY_WITH_TIMEOUT(!reason->text().isEmpty() || annasReplies() != u"0"_s, timeout);
    QVERIFY2(reason->text().contains(boris.name),
        qPrintable(u"reason '%1', Anna's replies %2, editor '%3'"_s.arg(
            reason->text(), annasReplies(), edit->toPlainText())));
    QVERIFY(reason->text().startsWith(u"Not sent"_s));
    QCOMPARE(scalar(admin, u"SELECT COUNT(*) FROM outbox WHERE case_id = ? AND agent_id = ?"_s,
                 { caseId, anna.id }),
        u"0"_s);
    QCOMPARE(edit->toPlainText(), u"Hello, let me check."_s);

    // Told what changed, she may still send.
    QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), timeout);
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(admin, u"SELECT COUNT(*) FROM outbox WHERE case_id = ? AND agent_id = ?"_s,
            { caseId, anna.id }),
        u"1"_s, timeout);
}

QTEST_MAIN(TestTeamDesk)
#include "tst_teamdesk.moc"
