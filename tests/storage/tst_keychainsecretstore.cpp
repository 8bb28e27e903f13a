// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/keychainsecretstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFutureWatcher>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {

// The Secret Service answers within milliseconds; D-Bus gives up on a call after 25 s.
constexpr int kKeychainTimeoutMs = 30000;
constexpr int kChildTimeoutMs = 60000;

const auto kService = u"CareDesk tests"_s;
// Set in the child this test starts to check the behaviour without a Secret Service.
constexpr char kChildModeVariable[] = "CAREDESK_TEST_KEYCHAIN_CHILD";
const auto kNoServiceFunction = u"unavailableWithoutSecretService"_s;
// Printed by the child so that the parent can show what the user would read.
const auto kMessageMarker = u"CAREDESK-KEYCHAIN-MESSAGE "_s;

bool isChild() { return qEnvironmentVariable(kChildModeVariable) == "no-service"_L1; }

// Every file and folder under root, relative to it.
QStringList entriesUnder(const QString &root)
{
    QStringList entries;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    while (it.hasNext())
        entries.append(QDir(root).relativeFilePath(it.next()));
    entries.sort();
    return entries;
}

} // namespace

#define CAREDESK_AWAIT(future) QTRY_VERIFY_WITH_TIMEOUT((future).isFinished(), kKeychainTimeoutMs)

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void readMissingKeyIsEmpty();
    void writeThenReadBack_data();
    void writeThenReadBack();
    void overwriteReplacesSecret();
    void removeThenReadIsEmpty();
    void removeMissingKeySucceeds();
    void queuedRequestsCompleteInOrder();
    void destroyingStoreFailsWaitingRequests();
    void unavailableWithoutSecretService();

private:
    QString newKey(const QString &name);
    void checkWithoutService();

    std::unique_ptr<KeychainSecretStore> m_store;
    QString m_prefix;
    QStringList m_keys;
    QString m_unreachable;
};

void TestKeychainSecretStore::initTestCase()
{
    if (isChild())
        return;
    m_prefix = u"tst-%1/"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    m_store = std::make_unique<KeychainSecretStore>(kService);

    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        m_unreachable = u"DBUS_SESSION_BUS_ADDRESS is not set"_s;
        return;
    }
    // A read of a key nobody wrote tells whether a Secret Service answers on this bus.
    const auto probe = m_store->read(newKey(u"probe"_s));
    CAREDESK_AWAIT(probe);
    if (!probe.result().ok())
        m_unreachable = probe.result().error().message;
}

void TestKeychainSecretStore::init()
{
    const QLatin1StringView function(QTest::currentTestFunction());
    if (isChild() || m_unreachable.isEmpty() || function == kNoServiceFunction
        || function == "destroyingStoreFailsWaitingRequests"_L1)
        return;
    const auto hint = u"Run the test under dbus-run-session with gnome-keyring-daemon --unlock "
                      "--components=secrets."_s;
    const QString why = u"No Secret Service is reachable (%1). "_s.arg(m_unreachable) + hint;
    if (qEnvironmentVariable("CI") == "true"_L1)
        QFAIL(qPrintable(why));
    QSKIP(qPrintable(why));
}

void TestKeychainSecretStore::cleanupTestCase()
{
    if (isChild() || !m_store || !m_unreachable.isEmpty())
        return;
    std::vector<QFuture<Result<Done>>> removals;
    for (const QString &key : std::as_const(m_keys))
        removals.push_back(m_store->remove(key));
    for (const auto &removal : removals) {
        CAREDESK_AWAIT(removal);
        QVERIFY2(removal.result().ok(), qPrintable(removal.result().error().message));
    }
    for (const QString &key : std::as_const(m_keys)) {
        const auto read = m_store->read(key);
        CAREDESK_AWAIT(read);
        QVERIFY(read.result().ok());
        QVERIFY2(read.result().value().isEmpty(), qPrintable(key));
    }
}

QString TestKeychainSecretStore::newKey(const QString &name)
{
    QString key = m_prefix + name;
    m_keys.append(key);
    return key;
}

void TestKeychainSecretStore::readMissingKeyIsEmpty()
{
    const auto read = m_store->read(newKey(u"never-written"_s));
    CAREDESK_AWAIT(read);
    QVERIFY2(read.result().ok(), qPrintable(read.result().error().message));
    QCOMPARE(read.result().value(), QString());
}

void TestKeychainSecretStore::writeThenReadBack_data()
{
    QTest::addColumn<QString>("secret");

    QTest::newRow("ascii token") << u"xoxb-1234567890-abcdefABCDEF"_s;
    QTest::newRow("unicode: Cyrillic, CJK, emoji, combining, RTL")
        << u"пароль-密码-🔑-e\u0301-שלום"_s;
    QTest::newRow("quotes, backslashes, newlines and tabs")
        << u"{\"access_token\": \"a\\\\b\"}\n\tline two\r\n"_s;
    QString large;
    while (large.size() < 4096)
        large += u"0123456789abcdefжёлтый🦊"_s;
    large.truncate(4096);
    QTest::newRow("4 KB") << large;
}

void TestKeychainSecretStore::writeThenReadBack()
{
    QFETCH(QString, secret);
    const QString key = newKey(u"roundtrip-"_s + QString::fromLatin1(QTest::currentDataTag()));

    const auto write = m_store->write(key, secret);
    CAREDESK_AWAIT(write);
    QVERIFY2(write.result().ok(), qPrintable(write.result().error().message));

    const auto read = m_store->read(key);
    CAREDESK_AWAIT(read);
    QVERIFY2(read.result().ok(), qPrintable(read.result().error().message));
    QCOMPARE(read.result().value(), secret);
}

void TestKeychainSecretStore::overwriteReplacesSecret()
{
    const QString key = newKey(u"overwrite"_s);

    const auto first = m_store->write(key, u"first secret"_s);
    CAREDESK_AWAIT(first);
    QVERIFY2(first.result().ok(), qPrintable(first.result().error().message));

    const auto second = m_store->write(key, u"second"_s);
    CAREDESK_AWAIT(second);
    QVERIFY2(second.result().ok(), qPrintable(second.result().error().message));

    const auto read = m_store->read(key);
    CAREDESK_AWAIT(read);
    QVERIFY2(read.result().ok(), qPrintable(read.result().error().message));
    QCOMPARE(read.result().value(), u"second"_s);
}

void TestKeychainSecretStore::removeThenReadIsEmpty()
{
    const QString key = newKey(u"remove"_s);

    const auto write = m_store->write(key, u"to be removed"_s);
    CAREDESK_AWAIT(write);
    QVERIFY2(write.result().ok(), qPrintable(write.result().error().message));

    const auto removal = m_store->remove(key);
    CAREDESK_AWAIT(removal);
    QVERIFY2(removal.result().ok(), qPrintable(removal.result().error().message));

    const auto read = m_store->read(key);
    CAREDESK_AWAIT(read);
    QVERIFY2(read.result().ok(), qPrintable(read.result().error().message));
    QCOMPARE(read.result().value(), QString());
}

void TestKeychainSecretStore::removeMissingKeySucceeds()
{
    const QString key = newKey(u"remove-missing"_s);

    const auto removal = m_store->remove(key);
    CAREDESK_AWAIT(removal);
    QVERIFY2(removal.result().ok(), qPrintable(removal.result().error().message));

    // Twice in a row: the second delete finds nothing either.
    const auto again = m_store->remove(key);
    CAREDESK_AWAIT(again);
    QVERIFY2(again.result().ok(), qPrintable(again.result().error().message));
}

void TestKeychainSecretStore::queuedRequestsCompleteInOrder()
{
    const QString a = newKey(u"queued-a"_s);
    const QString b = newKey(u"queued-b"_s);

    // Made all at once, before the event loop runs: each later request depends on the earlier
    // ones having run first.
    const std::vector<QFuture<Result<Done>>> writes {
        m_store->write(a, u"a1"_s),
        m_store->write(b, u"b1"_s),
    };
    const auto readA1 = m_store->read(a);
    const auto overwriteA = m_store->write(a, u"a2"_s);
    const auto readA2 = m_store->read(a);
    const auto removeB = m_store->remove(b);
    const auto readB = m_store->read(b);

    // Nothing runs inside the call: the first job starts from the event loop.
    QVERIFY(!writes.front().isFinished());

    // Finished signals arrive in the order the requests were made.
    QList<int> order;
    std::vector<std::unique_ptr<QFutureWatcher<Result<Done>>>> doneWatchers;
    std::vector<std::unique_ptr<QFutureWatcher<Result<QString>>>> readWatchers;
    const auto watchDone = [&](const QFuture<Result<Done>> &future, int index) {
        auto watcher = std::make_unique<QFutureWatcher<Result<Done>>>();
        connect(watcher.get(), &QFutureWatcherBase::finished, this,
            [&order, index] { order.append(index); });
        watcher->setFuture(future);
        doneWatchers.push_back(std::move(watcher));
    };
    const auto watchRead = [&](const QFuture<Result<QString>> &future, int index) {
        auto watcher = std::make_unique<QFutureWatcher<Result<QString>>>();
        connect(watcher.get(), &QFutureWatcherBase::finished, this,
            [&order, index] { order.append(index); });
        watcher->setFuture(future);
        readWatchers.push_back(std::move(watcher));
    };
    watchDone(writes[0], 0);
    watchDone(writes[1], 1);
    watchRead(readA1, 2);
    watchDone(overwriteA, 3);
    watchRead(readA2, 4);
    watchDone(removeB, 5);
    watchRead(readB, 6);

    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 7, 7 * kKeychainTimeoutMs);
    QCOMPARE(order, (QList<int> { 0, 1, 2, 3, 4, 5, 6 }));

    for (const auto &done : { writes[0], writes[1], overwriteA, removeB })
        QVERIFY2(done.result().ok(), qPrintable(done.result().error().message));
    QVERIFY(readA1.result().ok());
    QCOMPARE(readA1.result().value(), u"a1"_s);
    QVERIFY(readA2.result().ok());
    QCOMPARE(readA2.result().value(), u"a2"_s);
    QVERIFY(readB.result().ok());
    QCOMPARE(readB.result().value(), QString());
}

void TestKeychainSecretStore::destroyingStoreFailsWaitingRequests()
{
    QFuture<Result<QString>> read;
    QFuture<Result<Done>> write;
    {
        KeychainSecretStore store(kService);
        read = store.read(newKey(u"destroyed-read"_s));
        write = store.write(newKey(u"destroyed-write"_s), u"never written"_s);
    }
    // Nothing was started yet; the futures must still finish, with a result, not hang.
    QVERIFY(read.isFinished());
    QVERIFY(write.isFinished());
    QCOMPARE(read.result().error().code, ErrorCode::Unavailable);
    QVERIFY(!read.result().error().message.isEmpty());
    QCOMPARE(write.result().error().code, ErrorCode::Unavailable);
    QVERIFY(!write.result().error().message.isEmpty());
}

// Runs twice: in the normal run it starts this executable again, with only this function
// selected, on a bus address where nothing listens and in an empty home; in that child it is
// the store's client and checks the errors.
void TestKeychainSecretStore::unavailableWithoutSecretService()
{
    if (isChild()) {
        checkWithoutService();
        return;
    }

    QTemporaryDir root;
    QVERIFY2(root.isValid(), qPrintable(root.errorString()));
    const QStringList folders { u"home"_s, u"config"_s, u"data"_s, u"cache"_s, u"state"_s,
        u"runtime"_s };
    for (const QString &folder : folders)
        QVERIFY(QDir(root.path()).mkdir(folder));
    QVERIFY(QFile::setPermissions(root.filePath(u"runtime"_s),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kChildModeVariable), u"no-service"_s);
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s);
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.insert(u"HOME"_s, root.filePath(u"home"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, root.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, root.filePath(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, root.filePath(u"cache"_s));
    env.insert(u"XDG_STATE_HOME"_s, root.filePath(u"state"_s));
    env.insert(u"XDG_RUNTIME_DIR"_s, root.filePath(u"runtime"_s));

    QProcess child;
    child.setProcessEnvironment(env);
    child.setWorkingDirectory(root.filePath(u"home"_s));
    child.setProcessChannelMode(QProcess::MergedChannels);
    QSignalSpy finished(&child, &QProcess::finished);
    child.start(QCoreApplication::applicationFilePath(), { kNoServiceFunction });
    QTRY_VERIFY_WITH_TIMEOUT(
        finished.size() == 1 || child.state() == QProcess::NotRunning, kChildTimeoutMs);
    const QString output = QString::fromLocal8Bit(child.readAll());

    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
        qPrintable(u"The child run without a Secret Service failed:\n"_s + output));
    QVERIFY2(output.contains(u"PASS   : TestKeychainSecretStore::"_s + kNoServiceFunction),
        qPrintable(output));
    for (const QString &line : output.split(u'\n')) {
        const qsizetype at = line.indexOf(kMessageMarker);
        if (at >= 0)
            qInfo("%s", qPrintable(line.mid(at + kMessageMarker.size())));
    }

    // Nothing fell back to a plain-text file: the empty home and XDG folders stay empty.
    QCOMPARE(entriesUnder(root.path()),
        (QStringList { u"cache"_s, u"config"_s, u"data"_s, u"home"_s, u"runtime"_s, u"state"_s }));
}

void TestKeychainSecretStore::checkWithoutService()
{
    KeychainSecretStore store(kService);
    const QString key
        = u"tst-no-service/%1"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces));

    const auto write = store.write(key, u"must not be stored anywhere"_s);
    CAREDESK_AWAIT(write);
    QVERIFY(!write.result().ok());
    QCOMPARE(write.result().error().code, ErrorCode::Unavailable);
    QVERIFY(!write.result().error().message.isEmpty());
    qInfo("%s", qPrintable(kMessageMarker + u"write: "_s + write.result().error().message));

    const auto read = store.read(key);
    CAREDESK_AWAIT(read);
    QVERIFY(!read.result().ok());
    QCOMPARE(read.result().error().code, ErrorCode::Unavailable);
    QVERIFY(!read.result().error().message.isEmpty());
    qInfo("%s", qPrintable(kMessageMarker + u"read: "_s + read.result().error().message));

    const auto removal = store.remove(key);
    CAREDESK_AWAIT(removal);
    QVERIFY(!removal.result().ok());
    QCOMPARE(removal.result().error().code, ErrorCode::Unavailable);
    QVERIFY(!removal.result().error().message.isEmpty());
    qInfo("%s", qPrintable(kMessageMarker + u"remove: "_s + removal.result().error().message));
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
