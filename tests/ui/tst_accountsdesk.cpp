// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop's accounts wiring on a real main window: the sync engine polls a live Mastodon
// account served by the replay server and its mentions appear as cases; a revoked token pauses
// the account, which the status bar says (a message and the "accountHealthLabel" warning) while
// the reply stays queued; Tools > Accounts opens the accounts dialog with the account's health.
#include "app/desktop/accountsdesk.h"
#include "app/platforms/liveconnector.h"
#include "app/platforms/outboxsender.h"
#include "app/runtime/syncengine.h"
#include "app/runtime/workspace.h"
#include "tests/support/fakeplatform.h"
#include "tests/support/memorysecretstore.h"
#include "tests/support/replayserver.h"
#include "ui/accounthealthmodel.h"
#include "ui/accountsdialog.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;
using namespace CareDesk::Test;

namespace {

template <typename T> Result<T> wait(QFuture<Result<T>> future)
{
    QElapsedTimer timer;
    timer.start();
    while (!future.isFinished() && timer.elapsed() < 20000)
        QTest::qWait(5);
    if (!future.isFinished() || future.resultCount() == 0)
        return Error { ErrorCode::Internal, u"timed out"_s };
    return future.result();
}

} // namespace

class TestAccountsDesk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pollsPausesAndShowsIt();
};

void TestAccountsDesk::pollsPausesAndShowsIt()
{
    QTemporaryDir dir;
    const DatabaseConfig config = DatabaseConfig::sqlite(dir.filePath(u"desk.caredesk"_s));
    auto clock = std::make_shared<SystemClock>();
    const Result<WorkspaceInfo> info
        = Workspace::initialize(config, WorkspaceKind::Standard, *clock, false);
    QVERIFY(info.ok());
    Workspace workspace(config, clock);

    FakePlatform::Options fakeOptions;
    fakeOptions.mentions = 3;
    FakePlatform fake(fakeOptions);
    bool revoked = false;
    ReplayServer server;
    server.setHandler([&](const RecordedRequest &request) {
        if (revoked)
            return ReplayResponse::json(R"({"error":"The access token was revoked"})", 401);
        return fake.handle(request);
    });
    QVERIFY(server.listen());
    Account account;
    account.platform = Platform::Mastodon;
    account.connector = ConnectorKind::Live;
    account.handle = u"brand"_s;
    account.baseUrl = server.url().toString();
    const Result<Account> added = wait(workspace.accounts().add(account));
    QVERIFY(added.ok());
    MemorySecretStore secrets;
    secrets.write(LiveConnector::tokenKey(added.value().id), fakeOptions.mastodonToken);

    MainWindow window(workspace.cases(), workspace.changeFeed(), workspace.clock(),
        info.value().name, &workspace.customers());
    window.show();
    AccountsDesk desk(workspace, info.value(), window, nullptr, &secrets);
    auto *label = window.findChild<QLabel *>(u"accountHealthLabel"_s);
    QVERIFY(label);
    QVERIFY(!label->isVisible());

    // The desktop polls the live account: its mentions are cases.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            InboxQuery query;
            query.limit = 0;
            const Result<CasePage> page = wait(workspace.cases().inbox(query));
            return page.ok() && page.value().rows.size() == 3;
        }(),
        20000);
    QVERIFY(desk.engine().hasAccount(added.value().id));

    // The token is revoked; a reply is queued and the sender meets the 401.
    revoked = true;
    InboxQuery query;
    const Id caseId = wait(workspace.cases().inbox(query)).value().rows.first().value.id;
    QVERIFY(wait(workspace.outbox().enqueue(caseId, u"On it."_s, Visibility::Public, 0)).ok());
    desk.engine().sender().kick();
    QTRY_VERIFY_WITH_TIMEOUT(label->isVisible(), 20000);
    QVERIFY(label->text().contains(u"paused"_s));
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QVERIFY(window.statusBar()->currentMessage().contains(u"paused"_s));
    QVERIFY(!label->toolTip().contains(fakeOptions.mastodonToken));
    const Result<QList<OutboxItem>> outbox = wait(workspace.outbox().list(10));
    QCOMPARE(toString(outbox.value().first().state), toString(OutboxState::Queued));

    // Tools > Accounts shows the account and why it is paused.
    QAction *action
        = window.menu(MainWindow::Menu::Tools)->findChild<QAction *>(u"accountsAction"_s);
    if (!action) {
        const QList<QAction *> actions = window.menu(MainWindow::Menu::Tools)->actions();
        for (QAction *a : actions) {
            if (a->objectName() == u"accountsAction"_s)
                action = a;
        }
    }
    QVERIFY(action);
    action->trigger();
    auto *dialog = window.findChild<AccountsDialog *>();
    QVERIFY(dialog);
    QTRY_COMPARE(dialog->model()->rowCount(), 1);
    QTRY_VERIFY(dialog->model()
                    ->index(0, AccountHealthModel::StateColumn)
                    .data()
                    .toString()
                    .startsWith(u"Paused"_s));
    QCOMPARE(dialog->model()->index(0, AccountHealthModel::OutboxColumn).data().toString().left(1),
        u"1"_s);

    // A new token (here: the instance accepts the old one again) resumes the account at once:
    // the label goes.
    revoked = false;
    dialog->findChild<QTableView *>(u"accountsView"_s)->selectRow(0);
    auto *renew = dialog->findChild<QPushButton *>(u"tokenButton"_s);
    QVERIFY(renew->isEnabled());
    QTest::mouseClick(renew, Qt::LeftButton);
    AddAccountDialog *form = nullptr;
    QTRY_VERIFY((form = dialog->findChild<AddAccountDialog *>()));
    QVERIFY(!form->findChild<QComboBox *>(u"platformCombo"_s)->isEnabled());
    QTest::keyClicks(form->findChild<QLineEdit *>(u"tokenEdit"_s), fakeOptions.mastodonToken);
    QTest::mouseClick(form->findChild<QPushButton *>(u"addAccountOk"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!label->isVisible(), 20000);
    // The reply waits for the retry time the pause gave it (at most a minute), still queued.
    QCOMPARE(toString(wait(workspace.outbox().list(10)).value().first().state),
        toString(OutboxState::Queued));
    desk.engine().stop();
}

QTEST_MAIN(TestAccountsDesk)
#include "tst_accountsdesk.moc"
