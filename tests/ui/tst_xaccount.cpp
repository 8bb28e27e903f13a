// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Connecting an X account in the accounts dialog (issue 10): pick X, enter the client id, press
// "Sign in with browser"; the authorization page goes to the URL handler (a test "browser"
// registered with QDesktopServices), which comes back to the loopback redirect with the code and
// state; the replay server plays X's token endpoint and /2/users/me. Both tokens end in the
// keychain. And the daily posting budget shows in the health view and survives the workspace.
#include "app/platforms/httpclient.h"
#include "app/platforms/liveconnector.h"
#include "app/platforms/x/xoauth.h"
#include "app/runtime/accountadministration.h"
#include "app/runtime/workspace.h"
#include "tests/support/accountsdialogfixture.h"
#include "tests/support/memorysecretstore.h"
#include "tests/support/replayserver.h"
#include "tests/support/replaytesting.h"
#include "ui/accounthealthmodel.h"
#include "ui/accountsdialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTableView>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;
using namespace CareDesk::Test;

/// Receives what QDesktopServices::openUrl would give the system browser.
class UrlCatcher final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

class TestXAccount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void connectThroughTheBrowser();
    void dailyBudgetIsShown();

private:
    AccountsDialogFixture m_ui;
    UrlCatcher m_browser;
};

void TestXAccount::init()
{
    m_browser.urls.clear();
    QDesktopServices::setUrlHandler(u"http"_s, &m_browser, "open");
    QDesktopServices::setUrlHandler(u"https"_s, &m_browser, "open");
    m_ui.setUp(u"x.caredesk"_s);
}

void TestXAccount::cleanup()
{
    QDesktopServices::unsetUrlHandler(u"http"_s);
    QDesktopServices::unsetUrlHandler(u"https"_s);
    m_ui.tearDown();
}

void TestXAccount::connectThroughTheBrowser()
{
    m_ui.server->enqueue("POST", u"/2/oauth2/token"_s,
        ReplayResponse::json(
            R"({"token_type":"bearer","expires_in":7200,"access_token":"acc-1","refresh_token":"ref-1",
            "scope":"tweet.read tweet.write users.read dm.read dm.write offline.access"})"));
    m_ui.server->enqueue("GET", u"/2/users/me"_s,
        ReplayResponse::json(R"({"data":{"id":"7","name":"Brand","username":"brand"}})"));

    QTest::mouseClick(m_ui.dialog->findChild<QPushButton *>(u"addButton"_s), Qt::LeftButton);
    AddAccountDialog *form = nullptr;
    QTRY_VERIFY((form = m_ui.dialog->findChild<AddAccountDialog *>()) != nullptr);
    auto *platform = form->findChild<QComboBox *>(u"platformCombo"_s);
    auto *clientId = form->findChild<QLineEdit *>(u"clientIdEdit"_s);
    auto *signIn = form->findChild<QPushButton *>(u"signInButton"_s);
    auto *error = form->findChild<QLabel *>(u"errorLabel"_s);
    QVERIFY(!clientId->isVisibleTo(form)); // Mastodon first: no client id
    platform->setCurrentIndex(platform->findData(int(Platform::X)));
    QVERIFY(clientId->isVisibleTo(form));
    QVERIFY(signIn->isVisibleTo(form));

    // Without a client id: said so, nothing opened.
    QTest::mouseClick(signIn, Qt::LeftButton);
    QVERIFY(error->text().contains(u"client id"_s));
    QVERIFY(m_browser.urls.isEmpty());

    QTest::keyClicks(form->findChild<QLineEdit *>(u"handleEdit"_s), u"@brand"_s);
    QTest::keyClicks(form->findChild<QLineEdit *>(u"baseUrlEdit"_s), m_ui.server->url().toString());
    QTest::keyClicks(clientId, u"my-client-id"_s);
    QTest::mouseClick(signIn, Qt::LeftButton);
    QTRY_COMPARE(m_browser.urls.size(), 1);
    const QUrl authorize = m_browser.urls.first();
    QCOMPARE(authorize.path(), u"/i/oauth2/authorize"_s);
    const QUrlQuery query(authorize);
    QCOMPARE(query.queryItemValue(u"client_id"_s), u"my-client-id"_s);
    QCOMPARE(query.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
    const QUrl redirect(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
    QCOMPARE(redirect.host(), u"127.0.0.1"_s);

    // The browser comes back to the loopback redirect with the code and the state.
    QUrl back = redirect;
    QUrlQuery backQuery;
    backQuery.addQueryItem(u"code"_s, u"the-code"_s);
    backQuery.addQueryItem(u"state"_s, query.queryItemValue(u"state"_s, QUrl::FullyDecoded));
    back.setQuery(backQuery);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET "
        + back.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::FullyEncoded).toLatin1()
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    auto *token = form->findChild<QLineEdit *>(u"tokenEdit"_s);
    QTRY_VERIFY(!token->text().isEmpty());
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QCOMPARE(
        m_ui.server->requests("POST", u"/2/oauth2/token"_s).first().form().value(u"client_id"_s),
        u"my-client-id"_s);

    QTest::mouseClick(form->findChild<QPushButton *>(u"addAccountOk"_s), Qt::LeftButton);
    QTRY_COMPARE(m_ui.dialog->model()->rowCount(), 1);
    const Id id
        = m_ui.dialog->model()->index(0, 0).data(AccountHealthModel::AccountIdRole).toLongLong();
    const X::XTokens stored
        = X::XTokens::parse(wait(m_ui.secrets->read(LiveConnector::tokenKey(id))).value());
    QCOMPARE(stored.accessToken, u"acc-1"_s);
    QCOMPARE(stored.refreshToken, u"ref-1"_s);
    QCOMPARE(stored.clientId, u"my-client-id"_s);

    // Test asks X who the token belongs to.
    m_ui.dialog->findChild<QTableView *>(u"accountsView"_s)->selectRow(0);
    QTest::mouseClick(m_ui.dialog->findChild<QPushButton *>(u"testButton"_s), Qt::LeftButton);
    QTRY_VERIFY2(m_ui.dialog->findChild<QLabel *>(u"statusLabel"_s)
                     ->text()
                     .contains(u"Signed in as @brand"_s),
        qPrintable(m_ui.dialog->findChild<QLabel *>(u"statusLabel"_s)->text()));
    const QList<RecordedRequest> me = m_ui.server->requests("GET", u"/2/users/me"_s);
    QCOMPARE(me.size(), 1);
    QCOMPARE(me.first().header("authorization"), QByteArray("Bearer acc-1"));
}

void TestXAccount::dailyBudgetIsShown()
{
    Account draft;
    draft.platform = Platform::X;
    draft.connector = ConnectorKind::Live;
    draft.handle = u"@brand"_s;
    const Result<Account> added = wait(m_ui.workspace->accounts().add(draft));
    QVERIFY(added.ok());
    const Account account = added.value();
    AccountHealthRecord health;
    health.accountId = account.id;
    health.dailyLimit = 17;
    health.dailyRemaining = 12;
    health.dailyResetAt = QDateTime(QDate(2026, 1, 5), QTime(14, 5)).toMSecsSinceEpoch();
    // Through the workspace, as the sync engine stores it and the dialog reads it.
    QVERIFY(wait(m_ui.workspace->accountHealth().save(health)).ok());
    AccountHealthModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Result<QList<AccountHealthRecord>> listed = wait(m_ui.workspace->accountHealth().list());
    QVERIFY(listed.ok());
    model.setAccounts({ account }, listed.value());
    QCOMPARE(model.headerData(AccountHealthModel::DailyBudgetColumn, Qt::Horizontal).toString(),
        u"Daily budget"_s);
    const QString text = model.index(0, AccountHealthModel::DailyBudgetColumn).data().toString();
    QVERIFY2(text.startsWith(u"Posts left today: 12 of 17; resets "_s), qPrintable(text));
    QVERIFY(text.contains(AccountHealthModel::timeText(health.dailyResetAt)));
    // Not told: empty.
    AccountHealthRecord untold;
    untold.accountId = account.id;
    model.setAccounts({ account }, { untold });
    QVERIFY(model.index(0, AccountHealthModel::DailyBudgetColumn).data().toString().isEmpty());
}

QTEST_MAIN(TestXAccount)
#include "tst_xaccount.moc"
