// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Desktop notifications for new cases against a fake org.freedesktop.Notifications service on
// the test's own session bus (dbus-run-session under tests/support/with-services.sh; a private
// dbus-daemon otherwise): what Notify gets, how a burst is coalesced, that the initial load and
// a known case's new message stay quiet, pausing, and that "Open" opens the case in the window.

#include "app/core/changefeed.h"
#include "app/core/clock.h"
#include "app/desktop/casenotifier.h"
#include "app/runtime/workspace.h"
#include "app/storage/casestore.h"
#include "app/storage/database.h"
#include "app/storage/desktopcounts.h"
#include "app/storage/sqlrepositories.h"
#include "ui/inboxmodel.h"
#include "ui/mainwindow.h"

#include <QAbstractItemView>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDateTime>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {

constexpr int timeout = 15000;

struct NotifyCall {
    QString appName;
    uint replacesId = 0;
    QString summary;
    QString body;
    QStringList actions;
    QVariantMap hints;
    uint id = 0;
};

} // namespace

/// The notification server's side of the specification, recording every call.
class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    using QObject::QObject;
    QList<NotifyCall> calls;
    QStringList capabilities { u"body"_s, u"actions"_s, u"body-markup"_s };

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
        const QString &summary, const QString &body, const QStringList &actions,
        const QVariantMap &hints, int expireTimeout)
    {
        Q_UNUSED(appIcon)
        Q_UNUSED(expireTimeout)
        NotifyCall call { appName, replacesId, summary, body, actions, hints, 0 };
        call.id = replacesId != 0 ? replacesId : ++m_nextId;
        calls.append(call);
        return call.id;
    }
    QStringList GetCapabilities() { return capabilities; }
    void CloseNotification(uint id) { Q_EMIT NotificationClosed(id, 3); }

Q_SIGNALS:
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);

private:
    uint m_nextId = 0;
};

class TestNotifications : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void aNewCaseIsAnnounced();
    void aKnownCaseStaysQuiet();
    void aBurstBecomesOneNotification();
    void openActionOpensTheCase();
    void pausedAnnouncesNothing();

private:
    IncomingMessage message(const QString &thread, const QString &author, const QString &text);
    QList<Id> ingest(const QList<IncomingMessage> &messages);

    QProcess m_busDaemon;
    QTemporaryDir m_dir;
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_writer; ///< another process writing
    Id m_accountId = 0;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<CaseNotifier> m_notifier;
    FakeNotifications *m_fake = nullptr;
    int m_seq = 0;
    Id m_existingCase = 0;
};

void TestNotifications::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        // No session bus (run outside with-services.sh): a private one for this test.
        m_busDaemon.start(
            u"dbus-daemon"_s, { u"--session"_s, u"--nofork"_s, u"--print-address=1"_s });
        QVERIFY2(m_busDaemon.waitForStarted(), "dbus-daemon is missing (apt-get install dbus)");
        QVERIFY(m_busDaemon.waitForReadyRead(10000));
        const QByteArray address = m_busDaemon.readLine().trimmed();
        QVERIFY(!address.isEmpty());
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);
    }
    // The fake server on a connection of its own, as a separate process would be.
    QDBusConnection server
        = QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"fake-notifications"_s);
    QVERIFY2(server.isConnected(), qPrintable(server.lastError().message()));
    m_fake = new FakeNotifications(this);
    QVERIFY(server.registerObject(u"/org/freedesktop/Notifications"_s, m_fake,
        QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals));
    QVERIFY2(server.registerService(u"org.freedesktop.Notifications"_s),
        qPrintable(server.lastError().message()));

    QVERIFY(m_dir.isValid());
    const DatabaseConfig config = DatabaseConfig::sqlite(m_dir.filePath(u"notify.caredesk"_s));
    m_clock = std::make_shared<ManualClock>(QDateTime::currentMSecsSinceEpoch());
    const Result<WorkspaceInfo> info
        = Workspace::initialize(config, WorkspaceKind::Standard, *m_clock, false);
    QVERIFY2(info.ok(), qPrintable(info.error().message));
    Result<std::unique_ptr<Database>> writer = Database::open(config, Database::OpenMode::Existing);
    QVERIFY2(writer.ok(), qPrintable(writer.error().message));
    m_writer = std::move(writer.value());
    Account account;
    account.platform = Platform::Telegram;
    account.connector = ConnectorKind::Live;
    account.handle = u"acme_support_bot"_s;
    const Result<Account> added = AccountStore::add(*m_writer, account, m_clock->now());
    QVERIFY2(added.ok(), qPrintable(added.error().message));
    m_accountId = added.value().id;
    // The initial load: a case that exists before the desktop starts.
    const QList<Id> existing = ingest({ message(u"old"_s, u"Olga"_s, u"Where is my parcel?"_s) });
    QCOMPARE(existing.size(), 1);
    m_existingCase = existing.constFirst();

    m_workspace = std::make_unique<Workspace>(config, m_clock);
    m_window = std::make_unique<MainWindow>(
        m_workspace->cases(), m_workspace->changeFeed(), m_workspace->clock(), info.value().name);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_notifier = std::make_unique<CaseNotifier>(m_workspace->cases(), m_workspace->changeFeed(), 0);
    m_notifier->setCoalesceInterval(50);
    connect(m_notifier.get(), &CaseNotifier::caseRequested, m_window.get(), &MainWindow::openCase);
    const Result<Id> newest = DesktopCounts::newestCaseId(*m_writer);
    QVERIFY(newest.ok());
    QCOMPARE(newest.value(), m_existingCase);
    m_notifier->start(newest.value());
    const Result<qint64> unanswered = DesktopCounts::unansweredCases(*m_writer, 0);
    QVERIFY(unanswered.ok());
    QCOMPARE(unanswered.value(), 1);
}

void TestNotifications::cleanupTestCase()
{
    m_notifier.reset();
    m_window.reset();
    m_workspace.reset();
    m_writer.reset();
    if (m_busDaemon.state() != QProcess::NotRunning) {
        m_busDaemon.terminate();
        m_busDaemon.waitForFinished(5000);
    }
}

IncomingMessage TestNotifications::message(
    const QString &thread, const QString &author, const QString &text)
{
    IncomingMessage m;
    m.platformId = u"n-%1"_s.arg(++m_seq);
    m.threadKey = thread;
    m.direction = Direction::In;
    m.visibility = Visibility::Private;
    m.authorPlatformId = u"user-"_s + author;
    m.authorName = author;
    m.text = text;
    m.createdAt = m_clock->now() + m_seq * 1000;
    return m;
}

QList<Id> TestNotifications::ingest(const QList<IncomingMessage> &messages)
{
    IngestBatch batch;
    batch.accountId = m_accountId;
    batch.stream = u"test"_s;
    batch.messages = messages;
    const Result<IngestResult> stored = CaseStore::ingest(*m_writer, batch, m_clock->now());
    if (!stored.ok())
        qWarning() << stored.error().message;
    return stored.ok() ? stored.value().caseIds : QList<Id> {};
}

void TestNotifications::aNewCaseIsAnnounced()
{
    QSignalSpy notified(m_notifier.get(), &CaseNotifier::notified);
    const QList<Id> ids = ingest(
        { message(u"t1"_s, u"Anna <b>Petrova</b>"_s, u"My order a < b & <img src=x> is late"_s) });
    QCOMPARE(ids.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->calls.size(), 1, timeout);
    QTRY_COMPARE(notified.size(), 1);
    const NotifyCall &call = m_fake->calls.constFirst();
    QCOMPARE(call.appName, u"CareDesk"_s);
    QCOMPARE(call.replacesId, 0u);
    // The summary is plain text by the specification; the name is isolated, never interpreted.
    QCOMPARE(call.summary, u"New case from \u2068Anna <b>Petrova</b>\u2069 on Telegram"_s);
    // This server shows body markup: the customer's text arrives escaped, verbatim on screen.
    QCOMPARE(call.body, u"\u2068My order a &lt; b &amp; &lt;img src=x&gt; is late\u2069"_s);
    QCOMPARE(call.actions, (QStringList { u"default"_s, u"Open"_s, u"open"_s, u"Open"_s }));
    QCOMPARE(call.hints.value(u"desktop-entry"_s).toString(), u"org.caredesk.CareDesk"_s);
}

void TestNotifications::aKnownCaseStaysQuiet()
{
    const qsizetype before = m_fake->calls.size();
    QSignalSpy changed(&m_workspace->changeFeed(), &ChangeFeed::changed);
    // A new message on the case of the initial load: not a new case.
    const QList<Id> ids = ingest({ message(u"old"_s, u"Olga"_s, u"Any news?"_s) });
    QCOMPARE(ids, QList<Id> { m_existingCase });
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), timeout);
    // The notifier saw the change before the spy did (connected first) and dropped it; the
    // coalescing timer never started, so nothing can follow.
    QTest::qWait(200);
    QCOMPARE(m_fake->calls.size(), before);
}

void TestNotifications::aBurstBecomesOneNotification()
{
    const qsizetype before = m_fake->calls.size();
    QList<IncomingMessage> burst;
    for (int i = 0; i < 5; ++i)
        burst.append(message(u"burst-%1"_s.arg(i), u"Customer %1"_s.arg(i), u"Help %1"_s.arg(i)));
    QCOMPARE(ingest(burst).size(), 5);
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->calls.size(), before + 1, timeout);
    const NotifyCall &call = m_fake->calls.constLast();
    QCOMPARE(call.summary,
        QCoreApplication::translate("CareDesk::CaseNotifier", "%n new case(s)", nullptr, 5));
    // The newest three are named, the rest counted; it replaces the previous bubble.
    const QStringList lines = call.body.split(u'\n');
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(0).contains(u"Customer 4"_s), qPrintable(lines.at(0)));
    QVERIFY(lines.at(0).contains(u"Help 4"_s));
    QCOMPARE(lines.at(3), u"and 2 more"_s);
    QCOMPARE(call.replacesId, m_fake->calls.at(before - 1).id);
}

void TestNotifications::openActionOpensTheCase()
{
    // Closing the old bubble forgets it; the next case gets a fresh one.
    Q_EMIT m_fake->NotificationClosed(m_fake->calls.constLast().id, 2);
    QTest::qWait(100);
    const QList<Id> ids = ingest({ message(u"open-me"_s, u"Boris"_s, u"Please call me"_s) });
    QCOMPARE(ids.size(), 1);
    const qsizetype before = m_fake->calls.size();
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->calls.size(), before + 1, timeout);
    // The window's inbox has the new case (live update), so it is selected there.
    auto *inbox = m_window->findChild<QAbstractItemView *>(u"inboxView"_s);
    QVERIFY(inbox);
    const auto listed = [inbox](Id caseId) {
        for (int row = 0; row < inbox->model()->rowCount(); ++row) {
            if (inbox->model()->index(row, 0).data(InboxModel::CaseIdRole).toLongLong() == caseId)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(listed(ids.constFirst()), timeout);
    const uint notification = m_fake->calls.constLast().id;
    QSignalSpy requested(m_notifier.get(), &CaseNotifier::caseRequested);
    Q_EMIT m_fake->ActionInvoked(notification, u"open"_s);
    QTRY_COMPARE_WITH_TIMEOUT(requested.size(), 1, timeout);
    QCOMPARE(requested.constFirst().constFirst().value<Id>(), ids.constFirst());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentCaseId(), ids.constFirst(), timeout);
    // Another key, or another application's notification id, opens nothing.
    Q_EMIT m_fake->ActionInvoked(notification, u"snooze"_s);
    Q_EMIT m_fake->ActionInvoked(notification + 1000, u"open"_s);
    QTest::qWait(200);
    QCOMPARE(requested.size(), 1);
}

void TestNotifications::pausedAnnouncesNothing()
{
    m_notifier->setPaused(true);
    const qsizetype before = m_fake->calls.size();
    QSignalSpy changed(&m_workspace->changeFeed(), &ChangeFeed::changed);
    const QList<Id> ids = ingest({ message(u"quiet"_s, u"Vera"_s, u"Hello"_s) });
    QCOMPARE(ids.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), timeout);
    QTest::qWait(200);
    QCOMPARE(m_fake->calls.size(), before);
    m_notifier->setPaused(false);
}

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
