// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// File > Connect to Team Workspace against the real PostgreSQL server of the test command, whose
// members of caredesk_password_login must give their password (tests/support/with-services.sh),
// and the real Secret Service: a wrong password is refused with a clear sentence and nothing is
// stored; the right one with "remember" connects, the password lands in the keychain and only the
// URL without it in the settings; a new Application started without options reconnects from the
// remembered URL with the keychain's password; a password missing from the keychain is asked for.

#include "app/core/clock.h"
#include "app/desktop/application.h"
#include "app/runtime/teamcredentials.h"
#include "app/storage/database.h"
#include "app/storage/keychainsecretstore.h"
#include "tests/support/pgfixture.h"
#include "ui/teamconnectdialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {

constexpr int timeout = 20000;

template <typename T> Result<T> await(QFuture<Result<T>> future)
{
    QFutureWatcher<Result<T>> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Result<T>>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    return future.resultCount() > 0 ? future.result()
                                    : Result<T>(Error { ErrorCode::Internal, {} });
}

TeamConnectDialog *visibleDialog()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<TeamConnectDialog *>(w); dialog && dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

void setText(QWidget *dialog, const QString &name, const QString &text)
{
    auto *edit = dialog->findChild<QLineEdit *>(name);
    QVERIFY2(edit, qPrintable(name));
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

QString status(QWidget *dialog)
{
    return dialog->findChild<QLabel *>(u"connectionStatus"_s)->text();
}

/// Statements PostgreSQL does not prepare (roles, DO blocks), run as they are.
bool direct(Database &db, const QString &statement)
{
    QSqlQuery query(db.sql());
    if (query.exec(statement))
        return true;
    qWarning() << query.lastError().text();
    return false;
}

} // namespace

class TestTeamConnect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void connectRememberAndReconnect();

private:
    static int sessionsOf(Database &admin, const QString &user);
};

void TestTeamConnect::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CareDeskTest"_s);
    QCoreApplication::setApplicationName(
        u"tst_teamconnect_"_s + QString::number(QRandomGenerator::global()->generate(), 36));
}

int TestTeamConnect::sessionsOf(Database &admin, const QString &user)
{
    Result<QSqlQuery> q = admin.exec(
        u"SELECT COUNT(*) FROM pg_stat_activity WHERE usename = ? AND datname = current_database()"_s,
        { user });
    return q.ok() && q.value().next() ? q.value().value(0).toInt() : -1;
}

void TestTeamConnect::connectRememberAndReconnect()
{
    CAREDESK_REQUIRE_PG();
    Test::PgFixture pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.error()));
    const SystemClock clock;
    Result<std::unique_ptr<Database>> opened
        = Database::open(pg.config(), Database::OpenMode::CreateIfMissing);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    Database &admin = *opened.value();
    QVERIFY(admin.migrate(WorkspaceKind::Standard, u"team"_s, clock.now()).ok());
    // A login that must give its password (pg_hba: +caredesk_password_login uses scram).
    const QString suffix = QString::number(QRandomGenerator::global()->generate(), 36);
    const QString user = u"desk_"_s + suffix;
    const QString password = u"right horse 'battery' "_s + suffix;
    QVERIFY(direct(admin,
        u"DO $$ BEGIN CREATE ROLE caredesk_password_login NOLOGIN; EXCEPTION WHEN "
        "duplicate_object OR unique_violation THEN NULL; END $$"_s));
    QVERIFY(direct(admin,
        u"CREATE ROLE %1 LOGIN SUPERUSER PASSWORD '%2' IN ROLE caredesk_password_login"_s.arg(
            user, QString(password).replace(u"'"_s, u"''"_s))));

    KeychainSecretStore keychain(TeamCredentials::secretService());
    DatabaseConfig target = pg.config();
    target.user = user;
    target.password.clear();
    const QString key = TeamCredentials::passwordKey(target);
    QVERIFY(await(keychain.remove(key)).ok());
    {
        QSettings settings;
        TeamCredentials::forget(settings);
    }

    // A local workspace first; then File > Connect to Team Workspace.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto first = std::make_unique<Application>();
    QSignalSpy ready(first.get(), &Application::ready);
    QSignalSpy switched(first.get(), &Application::switchRequested);
    QVERIFY(first->start({ u"caredesk"_s, u"--workspace"_s, dir.filePath(u"local.caredesk"_s) }));
    QVERIFY(ready.wait(timeout));
    QMainWindow *window = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *main = qobject_cast<QMainWindow *>(w); main && main->isVisible())
            window = main;
    }
    QVERIFY(window);
    auto *action = window->findChild<QAction *>(u"teamConnectAction"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    action->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(visibleDialog(), timeout);
    TeamConnectDialog *dialog = visibleDialog();
    auto *test = dialog->findChild<QPushButton *>(u"testConnectionButton"_s);
    auto *connectButton = dialog->findChild<QPushButton *>(u"connectButton"_s);
    auto *remember = dialog->findChild<QCheckBox *>(u"rememberPasswordCheck"_s);
    QVERIFY(test && connectButton && remember);
    QVERIFY(!test->isEnabled()); // nothing filled in yet
    setText(dialog, u"hostEdit"_s, target.host);
    auto *port = dialog->findChild<QSpinBox *>(u"portSpin"_s);
    port->selectAll();
    QTest::keyClicks(port, QString::number(target.port));
    QCOMPARE(port->value(), target.port);
    setText(dialog, u"databaseEdit"_s, target.databaseName);
    setText(dialog, u"userEdit"_s, user);
    setText(dialog, u"passwordEdit"_s, u"wrong"_s);
    QVERIFY(remember->isChecked());

    // A wrong password: a clear sentence, on test and on connect, and nothing stored anywhere.
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status(dialog).contains(u"refused"_s), timeout);
    QVERIFY2(status(dialog).contains(user), qPrintable(status(dialog)));
    QTest::mouseClick(connectButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(connectButton->isEnabled(), timeout);
    QVERIFY2(status(dialog).contains(u"refused"_s), qPrintable(status(dialog)));
    QVERIFY(dialog->isVisible());
    QCOMPARE(switched.count(), 0);
    QCOMPARE(await(keychain.read(key)).value(), QString());
    QCOMPARE(TeamCredentials::rememberedUrl(QSettings()), QString());

    // The right one: the test says so; Connect stores it and asks for the switch.
    setText(dialog, u"passwordEdit"_s, password);
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status(dialog).contains(u"works"_s), timeout);
    QTest::mouseClick(connectButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(switched.count(), 1, timeout);
    const auto config = switched.at(0).at(0).value<DatabaseConfig>();
    QCOMPARE(config.user, user);
    QCOMPARE(config.password, password);
    QTRY_VERIFY(!visibleDialog());
    QCOMPARE(await(keychain.read(key)).value(), password);
    const QString url = TeamCredentials::rememberedUrl(QSettings());
    QCOMPARE(url,
        u"postgresql://%1@%2:%3/%4"_s.arg(user, target.host)
            .arg(target.port)
            .arg(target.databaseName));
    {
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(password.toUtf8()));
    }
    first.reset();

    // The next start, without options: the remembered workspace, the keychain's password.
    auto second = std::make_unique<Application>();
    QSignalSpy secondReady(second.get(), &Application::ready);
    QVERIFY(second->start({ u"caredesk"_s }));
    QVERIFY(secondReady.wait(timeout));
    QVERIFY(!visibleDialog());
    QTRY_VERIFY_WITH_TIMEOUT(sessionsOf(admin, user) > 0, timeout);
    second.reset();

    // No password in the keychain: the dialog asks, says why, and opens the workspace; without
    // "remember" the keychain stays empty.
    QVERIFY(await(keychain.remove(key)).ok());
    auto third = std::make_unique<Application>();
    QSignalSpy thirdReady(third.get(), &Application::ready);
    QVERIFY(third->start({ u"caredesk"_s }));
    QTRY_VERIFY_WITH_TIMEOUT(visibleDialog(), timeout);
    dialog = visibleDialog();
    QVERIFY2(status(dialog).contains(user), qPrintable(status(dialog)));
    QCOMPARE(dialog->findChild<QLineEdit *>(u"userEdit"_s)->text(), user);
    QCOMPARE(dialog->findChild<QLineEdit *>(u"databaseEdit"_s)->text(), target.databaseName);
    setText(dialog, u"passwordEdit"_s, password);
    dialog->findChild<QCheckBox *>(u"rememberPasswordCheck"_s)->setChecked(false);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"connectButton"_s), Qt::LeftButton);
    QVERIFY(thirdReady.wait(timeout));
    QCOMPARE(await(keychain.read(key)).value(), QString());
    third.reset();
    {
        QSettings settings;
        TeamCredentials::forget(settings);
    }
    direct(admin, u"DROP ROLE IF EXISTS %1"_s.arg(user));
}

QTEST_MAIN(TestTeamConnect)
#include "tst_teamconnect.moc"
