// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Connecting a Facebook page and its Instagram account in the accounts dialog (issue 10): pick
// Facebook, paste the page access token, add; pick Instagram, paste the same token, add. The
// tokens go to the keychain, and Test asks Graph (the replay server) for the page and its
// instagram_business_account. A page without a linked Instagram account is refused on Test for
// the Instagram account, with the reason.
#include "app/platforms/httpclient.h"
#include "app/platforms/liveconnector.h"
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
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;
using namespace CareDesk::Test;

namespace {

const QString token = u"EAAPageToken-dialog"_s;

/// CONSTRUCTED: GET /me?fields=id,name,instagram_business_account{id,username}.
ReplayResponse page(bool withInstagram)
{
    return ReplayResponse::json(withInstagram
            ? R"({"id":"2121008874780932","name":"Brand Support","instagram_business_account":{"id":"17841406338772941","username":"brand"}})"
            : R"({"id":"2121008874780932","name":"Brand Support"})");
}

} // namespace

class TestFacebookAccount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void connectPageAndInstagram();

private:
    void add(Platform platform, const QString &handle);
    QString testRow(int row);

    AccountsDialogFixture m_ui;
};

void TestFacebookAccount::init()
{
    m_ui.setUp(u"fb.caredesk"_s);
}

void TestFacebookAccount::cleanup()
{
    m_ui.tearDown();
}

void TestFacebookAccount::add(Platform platform, const QString &handle)
{
    QTest::mouseClick(m_ui.dialog->findChild<QPushButton *>(u"addButton"_s), Qt::LeftButton);
    AddAccountDialog *form = nullptr;
    QTRY_VERIFY((form = m_ui.dialog->findChild<AddAccountDialog *>()) != nullptr);
    auto *combo = form->findChild<QComboBox *>(u"platformCombo"_s);
    combo->setCurrentIndex(combo->findData(int(platform)));
    QCOMPARE(combo->currentData().toInt(), int(platform));
    auto *tokenEdit = form->findChild<QLineEdit *>(u"tokenEdit"_s);
    QVERIFY(tokenEdit->placeholderText().contains(u"page"_s));
    QCOMPARE(tokenEdit->echoMode(), QLineEdit::Password);
    QVERIFY(!form->findChild<QPushButton *>(u"signInButton"_s)->isVisibleTo(form));
    QTest::keyClicks(form->findChild<QLineEdit *>(u"handleEdit"_s), handle);
    QTest::keyClicks(form->findChild<QLineEdit *>(u"baseUrlEdit"_s),
        m_ui.server->url().toString() + u"/v25.0"_s);
    QTest::keyClicks(tokenEdit, token);
    QTest::mouseClick(form->findChild<QPushButton *>(u"addAccountOk"_s), Qt::LeftButton);
    QTRY_VERIFY(m_ui.dialog->findChild<AddAccountDialog *>() == nullptr);
}

QString TestFacebookAccount::testRow(int row)
{
    auto *status = m_ui.dialog->findChild<QLabel *>(u"statusLabel"_s);
    status->clear();
    m_ui.dialog->findChild<QTableView *>(u"accountsView"_s)->selectRow(row);
    QTest::mouseClick(m_ui.dialog->findChild<QPushButton *>(u"testButton"_s), Qt::LeftButton);
    QElapsedTimer timer;
    timer.start();
    while (status->text().isEmpty() && timer.elapsed() < 10000)
        QTest::qWait(10);
    // The first line says "Testing ..."; wait for the answer.
    while (status->text().startsWith(u"Testing "_s) && timer.elapsed() < 10000)
        QTest::qWait(10);
    return status->text();
}

void TestFacebookAccount::connectPageAndInstagram()
{
    add(Platform::Facebook, u"Brand Support"_s);
    add(Platform::Instagram, u"@brand"_s);
    QTRY_COMPARE(m_ui.dialog->model()->rowCount(), 2);
    QStringList platforms;
    for (int row = 0; row < 2; ++row) {
        platforms.append(
            m_ui.dialog->model()->index(row, AccountHealthModel::PlatformColumn).data().toString());
        const Id id = m_ui.dialog->model()
                          ->index(row, 0)
                          .data(AccountHealthModel::AccountIdRole)
                          .toLongLong();
        QCOMPARE(wait(m_ui.secrets->read(LiveConnector::tokenKey(id))).value(), token);
    }
    QVERIFY(platforms.contains(platformDisplayName(Platform::Facebook)));
    QVERIFY(platforms.contains(platformDisplayName(Platform::Instagram)));
    const int facebookRow = platforms.indexOf(platformDisplayName(Platform::Facebook));
    const int instagramRow = 1 - facebookRow;

    m_ui.server->enqueue("GET", u"/v25.0/me"_s, page(true));
    {
        const QString said = testRow(facebookRow);
        QVERIFY2(said.contains(u"Brand Support"_s), qPrintable(said));
    }
    m_ui.server->enqueue("GET", u"/v25.0/me"_s, page(true));
    {
        const QString said = testRow(instagramRow);
        QVERIFY2(said.contains(u"@brand"_s), qPrintable(said));
    }
    const RecordedRequest asked = m_ui.server->requests("GET", u"/v25.0/me"_s).first();
    QCOMPARE(asked.header("authorization"), "Bearer " + token.toUtf8());
    QVERIFY(asked.queryValue(u"fields"_s).contains(u"instagram_business_account"_s));

    // A page without a linked Instagram account cannot serve the Instagram account.
    m_ui.server->enqueue("GET", u"/v25.0/me"_s, page(false));
    {
        const QString said = testRow(instagramRow);
        QVERIFY2(said.contains(u"no Instagram business account"_s), qPrintable(said));
    }
}

QTEST_MAIN(TestFacebookAccount)
#include "tst_facebookaccount.moc"
