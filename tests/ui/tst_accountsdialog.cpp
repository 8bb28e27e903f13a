// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The accounts dialog with real widgets over the real runtime (workspace, sync engine, account
// administration) against a Mastodon instance on the replay server: add an account with a
// pasted token, Test it, see its health after a sync, see an offline Test fail clearly, and
// Remove it with its keychain entry. Tokens live in a memory SecretStore here (the Secret
// Service itself is tested in tst_keychainsecretstore and tst_mastodon_e2e); the test checks
// the token reaches it and nowhere else in the workspace.
#include "app/platforms/liveconnector.h"
#include "app/runtime/accountadministration.h"
#include "app/runtime/syncengine.h"
#include "app/runtime/workspace.h"
#include "tests/support/fakeplatform.h"
#include "tests/support/memorysecretstore.h"
#include "tests/support/replayserver.h"
#include "ui/accounthealthmodel.h"
#include "ui/accountsdialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
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

class TestAccountsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addTestSyncAndRemove();
    void badBaseUrlIsRefusedInTheForm();
    void testWithoutNetworkSaysWhy();

private:
    AddAccountDialog *openAddForm();
    void fillAndAdd(AddAccountDialog *form, int platformIndex, const QString &handle,
        const QString &baseUrl, const QString &token);
    void selectRow(int row);
    QString statusText() const;
    QString cell(int row, int column) const;

    FakePlatform::Options m_fakeOptions;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<FakePlatform> m_fake;
    std::unique_ptr<ReplayServer> m_server;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<AccountAdministration> m_admin;
    std::unique_ptr<AccountsDialog> m_dialog;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestAccountsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const DatabaseConfig config = DatabaseConfig::sqlite(m_dir->filePath(u"accounts.caredesk"_s));
    auto clock = std::make_shared<SystemClock>();
    QVERIFY(Workspace::initialize(config, WorkspaceKind::Standard, *clock, false).ok());
    m_workspace = std::make_unique<Workspace>(config, clock);
    m_fakeOptions = FakePlatform::Options {};
    m_fakeOptions.mentions = 2;
    m_fake = std::make_unique<FakePlatform>(m_fakeOptions);
    m_server = std::make_unique<ReplayServer>();
    QVERIFY(m_server->listen());
    m_server->setHandler([this](const RecordedRequest &r) { return m_fake->handle(r); });
    m_secrets = std::make_unique<MemorySecretStore>();
    m_network = std::make_unique<QNetworkAccessManager>();
    SyncEngine::Options options;
    options.reporter = u"desktop"_s;
    options.pollIntervalMs = 60 * 60 * 1000;
    options.streaming = false;
    m_engine = std::make_unique<SyncEngine>(*m_workspace, *m_network, *m_secrets, options);
    m_engine->start();
    m_admin = std::make_unique<AccountAdministration>(
        *m_workspace, *m_secrets, m_engine->http(), m_engine.get());
    m_dialog = std::make_unique<AccountsDialog>(*m_admin);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestAccountsDialog::cleanup()
{
    m_tester.reset();
    m_dialog.reset();
    m_admin.reset();
    m_engine.reset();
    m_network.reset();
    m_server.reset();
    m_workspace.reset();
    m_dir.reset();
}

AddAccountDialog *TestAccountsDialog::openAddForm()
{
    auto *add = m_dialog->findChild<QPushButton *>(u"addButton"_s);
    if (!add)
        return nullptr;
    QTest::mouseClick(add, Qt::LeftButton);
    AddAccountDialog *form = nullptr;
    QElapsedTimer timer;
    timer.start();
    while (!(form = m_dialog->findChild<AddAccountDialog *>()) && timer.elapsed() < 5000)
        QTest::qWait(10);
    return form;
}

void TestAccountsDialog::fillAndAdd(AddAccountDialog *form, int platformIndex,
    const QString &handle, const QString &baseUrl, const QString &token)
{
    auto *platform = form->findChild<QComboBox *>(u"platformCombo"_s);
    platform->setCurrentIndex(platformIndex);
    QTest::keyClicks(form->findChild<QLineEdit *>(u"handleEdit"_s), handle);
    QTest::keyClicks(form->findChild<QLineEdit *>(u"baseUrlEdit"_s), baseUrl);
    auto *tokenEdit = form->findChild<QLineEdit *>(u"tokenEdit"_s);
    QCOMPARE(tokenEdit->echoMode(), QLineEdit::Password);
    QTest::keyClicks(tokenEdit, token);
    QTest::mouseClick(form->findChild<QPushButton *>(u"addAccountOk"_s), Qt::LeftButton);
}

void TestAccountsDialog::selectRow(int row)
{
    auto *view = m_dialog->findChild<QTableView *>(u"accountsView"_s);
    view->selectRow(row);
}

QString TestAccountsDialog::statusText() const
{
    return m_dialog->findChild<QLabel *>(u"statusLabel"_s)->text();
}

QString TestAccountsDialog::cell(int row, int column) const
{
    return m_dialog->model()->index(row, column).data().toString();
}

void TestAccountsDialog::addTestSyncAndRemove()
{
    const QString token = m_fakeOptions.mastodonToken;
    AddAccountDialog *form = openAddForm();
    QVERIFY(form);
    QVERIFY(form->findChild<QPushButton *>(u"signInButton"_s)->isVisibleTo(form));
    fillAndAdd(form, 0, u"brand"_s, m_server->url().toString(), token);
    QTRY_COMPARE(m_dialog->model()->rowCount(), 1);
    QTRY_VERIFY(m_dialog->findChild<AddAccountDialog *>() == nullptr);
    QCOMPARE(cell(0, AccountHealthModel::PlatformColumn), platformDisplayName(Platform::Mastodon));
    QCOMPARE(cell(0, AccountHealthModel::HandleColumn), u"brand"_s);
    QCOMPARE(cell(0, AccountHealthModel::BaseUrlColumn), m_server->url().toString());
    const Id id
        = m_dialog->model()->index(0, 0).data(AccountHealthModel::AccountIdRole).toLongLong();
    QVERIFY(id > 0);
    // The token went to the keychain.
    QCOMPARE(wait(m_secrets->read(LiveConnector::tokenKey(id))).value(), token);

    // Test asks the instance who the token belongs to.
    selectRow(0);
    auto *test = m_dialog->findChild<QPushButton *>(u"testButton"_s);
    QVERIFY(test->isEnabled());
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY2(statusText().contains(u"@brand"_s), qPrintable(statusText()));
    QVERIFY(!m_server->requests("GET", u"/api/v1/accounts/verify_credentials"_s).isEmpty());

    // The engine polls the new account at once: the mentions are cases, and the health shows it.
    QTRY_VERIFY([&] {
        InboxQuery query;
        query.limit = 0;
        const Result<CasePage> page = wait(m_workspace->cases().inbox(query));
        return page.ok() && page.value().rows.size() == 2;
    }());
    QTRY_VERIFY([&] {
        m_dialog->refresh();
        QTest::qWait(20);
        return cell(0, AccountHealthModel::LastSyncColumn) != AccountHealthModel::timeText(0)
            && !cell(0, AccountHealthModel::RateLimitColumn).isEmpty();
    }());
    QVERIFY(cell(0, AccountHealthModel::StateColumn).contains(u"Polling"_s));
    QVERIFY(cell(0, AccountHealthModel::OutboxColumn).startsWith(u"0"_s));

    // The token is in the keychain only: not in the workspace files (health included).
    QDirIterator files(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int searched = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(token.toUtf8()), qPrintable(file.fileName()));
        ++searched;
    }
    QVERIFY(searched >= 1);

    // Remove asks first, then takes the account and its keychain entry away.
    selectRow(0);
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(u"removeButton"_s), Qt::LeftButton);
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY((confirm = m_dialog->findChild<QMessageBox *>(u"removeConfirm"_s)));
    QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE(m_dialog->model()->rowCount(), 0);
    QCOMPARE(wait(m_secrets->read(LiveConnector::tokenKey(id))).value(), QString());
    QVERIFY(!m_engine->hasAccount(id));
}

void TestAccountsDialog::badBaseUrlIsRefusedInTheForm()
{
    AddAccountDialog *form = openAddForm();
    QVERIFY(form);
    fillAndAdd(form, 0, u"brand"_s, u"http://mastodon.example"_s, u"tok"_s);
    auto *error = form->findChild<QLabel *>(u"errorLabel"_s);
    QTRY_VERIFY(error->text().contains(u"https"_s));
    QCOMPARE(error->textFormat(), Qt::PlainText);
    QVERIFY(form->isVisible());
    QTest::qWait(50);
    QCOMPARE(m_dialog->model()->rowCount(), 0);
    form->reject();
}

void TestAccountsDialog::testWithoutNetworkSaysWhy()
{
    // A Telegram bot whose API cannot be reached (nothing listens on the port): the dialog works
    // and says why the test failed.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QString dead = u"http://127.0.0.1:%1"_s.arg(closed.serverPort());
    closed.close();
    AddAccountDialog *form = openAddForm();
    QVERIFY(form);
    form->findChild<QComboBox *>(u"platformCombo"_s)->setCurrentIndex(1);
    QVERIFY(!form->findChild<QPushButton *>(u"signInButton"_s)->isVisibleTo(form));
    fillAndAdd(form, 1, u"support_bot"_s, dead, u"123456:secret-bot-token"_s);
    QTRY_COMPARE(m_dialog->model()->rowCount(), 1);
    selectRow(0);
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(u"testButton"_s), Qt::LeftButton);
    QTRY_VERIFY2(statusText().contains(u"could not be verified"_s), qPrintable(statusText()));
    QVERIFY(!statusText().contains(u"secret-bot-token"_s));
}

QTEST_MAIN(TestAccountsDialog)
#include "tst_accountsdialog.moc"
