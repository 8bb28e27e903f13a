// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The durable outbox and its sender, on SQLite and on the real PostgreSQL server: replies are
// written before anyone sends them, go out per case in order, and each platform answer (sent,
// retry later, refused, no answer) leaves the row where the agent expects it, also after a crash.
#include "app/core/clock.h"
#include "app/platforms/outboxsender.h"
#include "app/storage/casestore.h"
#include "app/storage/database.h"
#include "app/storage/databaseworker.h"
#include "app/storage/outboxstore.h"
#include "app/storage/sqlrepositories.h"
#include "tests/support/testworkspace.h"

#include <QFuture>
#include <QPromise>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {

/// A connector behind the port that answers as the test scripts it and records what it got.
class ScriptedConnector final : public Connector
{
public:
    QList<SendResult> script; ///< answers in order; Sent with a generated id when exhausted
    QList<SendRequest> received;
    bool idempotent = false;

    Platform platform() const override { return Platform::Mastodon; }
    ConnectorKind kind() const override { return ConnectorKind::Live; }
    ConnectorCapabilities capabilities() const override
    {
        ConnectorCapabilities caps;
        caps.idempotency = idempotent;
        return caps;
    }
    QStringList streams() const override { return {}; }
    QFuture<FetchResult> fetch(const QString &, const QString &) override
    {
        return QtFuture::makeReadyFuture(FetchResult {});
    }
    QFuture<SendResult> send(const SendRequest &request) override
    {
        received.append(request);
        SendResult result;
        if (!script.isEmpty()) {
            result = script.takeFirst();
        } else {
            result.outcome = SendOutcome::Sent;
            result.platformId = u"sent-%1"_s.arg(received.size());
        }
        return QtFuture::makeReadyFuture(result);
    }
};

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void queuedBeforeSent_data();
    void queuedBeforeSent();
    void perCaseOrder_data();
    void perCaseOrder();
    void outcomes_data();
    void outcomes();
    void crashRecovery_data();
    void crashRecovery();
    void senderDrainsInOrder_data();
    void senderDrainsInOrder();
    void agentDecides_data();
    void agentDecides();

private:
    void backendColumn();
    bool openBackend();
    Id addCase(const QString &thread);
    ManualClock m_clock { 1795000000000 };
    Test::TestWorkspace m_ws;
    std::unique_ptr<Database> m_db;
    Id m_account = 0;
};

void TestOutbox::backendColumn()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

void TestOutbox::cleanup()
{
    m_db.reset();
    m_ws.close();
}

bool TestOutbox::openBackend()
{
    QFETCH(QString, backend);
    CAREDESK_OPEN_WORKSPACE(m_ws, backend, u"test"_s, m_clock.now());
    m_db = m_ws.takeDatabase();
    QString error;
    m_account = Test::addAccount(
        *m_db, Platform::Mastodon, u"brand@example.social"_s, m_clock.now(), &error);
    CAREDESK_SETUP_VERIFY(m_account, error);
    return true;
}

Id TestOutbox::addCase(const QString &thread)
{
    const IngestBatch batch = Test::batchOf(m_account,
        { Test::incoming(thread + u"-1"_s, thread, u"user-"_s + thread, u"Customer "_s + thread,
            u"Where is my order?"_s, m_clock.now()) });
    Result<IngestResult> stored = CaseStore::ingest(*m_db, batch, m_clock.now());
    return stored.ok() ? stored.value().caseIds.first() : 0;
}

void TestOutbox::queuedBeforeSent_data()
{
    backendColumn();
}

void TestOutbox::queuedBeforeSent()
{
    if (!openBackend())
        return;
    const Id caseId = addCase(u"a"_s);
    QVERIFY(caseId != 0);
    Result<OutboxItem> queued = OutboxStore::enqueue(*m_db, caseId, u"We are on it."_s, Visibility::Public, 0, m_clock.now());
    QVERIFY2(queued.ok(), qPrintable(queued.error().message));
    QCOMPARE(toString(queued.value().state), u"queued"_s);
    QCOMPARE(queued.value().replyToPlatformId, u"a-1"_s);
    QVERIFY(!queued.value().idempotencyKey.isEmpty());
    // A second connection sees the row at once: it is durable before any send.
    Result<std::unique_ptr<Database>> other = Database::open(m_ws.config(), Database::OpenMode::Existing);
    QVERIFY(other.ok());
    Result<QList<OutboxItem>> listed = OutboxStore::list(*other.value(), 10);
    QVERIFY(listed.ok());
    QCOMPARE(listed.value().size(), 1);
    QCOMPARE(listed.value().first().text, u"We are on it."_s);
    Result<QSqlQuery> events = m_db->exec(u"SELECT COUNT(*) FROM event WHERE type = 'reply_queued'"_s);
    QVERIFY(events.ok() && events.value().next());
    QCOMPARE(events.value().value(0).toInt(), 1);

    QCOMPARE(static_cast<int>(OutboxStore::enqueue(*m_db, caseId, u"  "_s, Visibility::Public, 0, 0).error().code),
             static_cast<int>(ErrorCode::Invalid));
    QCOMPARE(static_cast<int>(OutboxStore::enqueue(*m_db, 999999, u"x"_s, Visibility::Public, 0, 0).error().code),
             static_cast<int>(ErrorCode::NotFound));
}

void TestOutbox::perCaseOrder_data()
{
    backendColumn();
}

void TestOutbox::perCaseOrder()
{
    if (!openBackend())
        return;
    const Id first = addCase(u"a"_s);
    const Id second = addCase(u"b"_s);
    const Millis now = m_clock.now();
    const Id a1 = OutboxStore::enqueue(*m_db, first, u"a1"_s, Visibility::Public, 0, now).value().id;
    const Id a2 = OutboxStore::enqueue(*m_db, first, u"a2"_s, Visibility::Private, 0, now).value().id;
    const Id b1 = OutboxStore::enqueue(*m_db, second, u"b1"_s, Visibility::Public, 0, now).value().id;

    Result<std::optional<OutboxClaim>> claim = OutboxStore::claimNext(*m_db, m_account, now);
    QVERIFY(claim.ok() && claim.value());
    QCOMPARE(claim.value()->item.id, a1);
    QCOMPARE(claim.value()->threadKey, u"a"_s);
    QCOMPARE(claim.value()->customerPlatformId, u"user-a"_s);
    // a2 waits for a1 (same case); b1 may go.
    claim = OutboxStore::claimNext(*m_db, m_account, now);
    QVERIFY(claim.ok() && claim.value());
    QCOMPARE(claim.value()->item.id, b1);
    claim = OutboxStore::claimNext(*m_db, m_account, now);
    QVERIFY(claim.ok());
    QVERIFY(!claim.value());
    QVERIFY(OutboxStore::complete(*m_db, a1, SendResult { SendOutcome::Sent, u"p1"_s, 0, {} }, false, now).ok());
    claim = OutboxStore::claimNext(*m_db, m_account, now);
    QVERIFY(claim.ok() && claim.value());
    QCOMPARE(claim.value()->item.id, a2);
}

void TestOutbox::outcomes_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<bool>("idempotent");
    QTest::addColumn<QString>("state");
    QTest::addColumn<int>("messagesAdded");
    const QList<std::tuple<const char *, SendOutcome, bool, QString, int>> rows {
        { "sent joins the thread", SendOutcome::Sent, false, u"sent"_s, 1 },
        { "429 waits for its time", SendOutcome::FailedRetryable, false, u"queued"_s, 0 },
        { "refused keeps the reason", SendOutcome::FailedPermanent, true, u"failed"_s, 0 },
        { "no answer without idempotency waits for the agent", SendOutcome::Unknown, false, u"unknown"_s, 0 },
        { "no answer with idempotency is retried", SendOutcome::Unknown, true, u"queued"_s, 0 },
    };
    for (const QString &backend : { u"sqlite"_s, u"postgresql"_s }) {
        for (const auto &[name, outcome, idempotent, state, added] : rows) {
            QTest::addRow("%s: %s", qPrintable(backend), name)
                << backend << static_cast<int>(outcome) << idempotent << state << added;
        }
    }
}

void TestOutbox::outcomes()
{
    QFETCH(int, outcome);
    QFETCH(bool, idempotent);
    QFETCH(QString, state);
    QFETCH(int, messagesAdded);
    if (!openBackend())
        return;
    const Id caseId = addCase(u"a"_s);
    const Millis now = m_clock.now();
    const Id id = OutboxStore::enqueue(*m_db, caseId, u"Reply"_s, Visibility::Public, 0, now).value().id;
    QVERIFY(OutboxStore::claimNext(*m_db, m_account, now).value());
    SendResult result { static_cast<SendOutcome>(outcome), u"platform-7"_s, now + 60000, u"Rate limited"_s };
    Result<OutboxItem> done = OutboxStore::complete(*m_db, id, result, idempotent, now);
    QVERIFY2(done.ok(), qPrintable(done.error().message));
    QCOMPARE(toString(done.value().state), state);
    Result<QSqlQuery> count = m_db->exec(u"SELECT COUNT(*) FROM message WHERE case_id = ?"_s, { caseId });
    QVERIFY(count.ok() && count.value().next());
    QCOMPARE(count.value().value(0).toInt(), 1 + messagesAdded);
    if (state == "sent"_L1) {
        Result<CaseDetail> detail = CaseStore::detail(*m_db, caseId);
        QVERIFY(detail.ok());
        QCOMPARE(detail.value().summary.value.unanswered, 0);
        QVERIFY(detail.value().summary.value.firstResponseAt > 0);
        QCOMPARE(detail.value().messages.last().platformId, u"platform-7"_s);
    }
    // Completing twice is refused: only a row being sent can be completed.
    QCOMPARE(static_cast<int>(OutboxStore::complete(*m_db, id, result, idempotent, now).error().code),
             static_cast<int>(ErrorCode::Conflict));
    if (static_cast<SendOutcome>(outcome) == SendOutcome::FailedRetryable) {
        // Not before its time.
        QVERIFY(!OutboxStore::claimNext(*m_db, m_account, now).value());
        QVERIFY(OutboxStore::claimNext(*m_db, m_account, now + 60000).value());
    }
}

void TestOutbox::crashRecovery_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<bool>("idempotent");
    QTest::addColumn<QString>("state");
    for (const QString &backend : { u"sqlite"_s, u"postgresql"_s }) {
        QTest::addRow("%s: idempotent platform retries", qPrintable(backend)) << backend << true << u"queued"_s;
        QTest::addRow("%s: otherwise the agent decides", qPrintable(backend)) << backend << false << u"unknown"_s;
    }
}

void TestOutbox::crashRecovery()
{
    QFETCH(bool, idempotent);
    QFETCH(QString, state);
    if (!openBackend())
        return;
    const Id caseId = addCase(u"a"_s);
    const Millis now = m_clock.now();
    const OutboxItem queued = OutboxStore::enqueue(*m_db, caseId, u"Reply"_s, Visibility::Public, 0, now).value();
    QVERIFY(OutboxStore::claimNext(*m_db, m_account, now).value());
    // The process dies here: the row stays "sending". The next run settles it.
    m_db.reset();
    Result<std::unique_ptr<Database>> reopened = Database::open(m_ws.config(), Database::OpenMode::Existing);
    QVERIFY(reopened.ok());
    m_db = std::move(reopened.value());
    Result<int> recovered = OutboxStore::recoverInterrupted(*m_db, m_account, idempotent, now);
    QVERIFY(recovered.ok());
    QCOMPARE(recovered.value(), 1);
    Result<QList<OutboxItem>> items = OutboxStore::list(*m_db, 10);
    QCOMPARE(toString(items.value().first().state), state);
    // The key never changes, so an idempotent platform recognises the retry.
    QCOMPARE(items.value().first().idempotencyKey, queued.idempotencyKey);
    QCOMPARE(OutboxStore::recoverInterrupted(*m_db, m_account, idempotent, now).value(), 0);
}

void TestOutbox::senderDrainsInOrder_data()
{
    backendColumn();
}

void TestOutbox::senderDrainsInOrder()
{
    if (!openBackend())
        return;
    QList<Id> cases;
    for (const QString &thread : { u"a"_s, u"b"_s, u"c"_s })
        cases.append(addCase(thread));
    for (int round = 0; round < 3; ++round) {
        for (Id caseId : std::as_const(cases))
            QVERIFY(OutboxStore::enqueue(*m_db, caseId, u"r%1 c%2"_s.arg(round).arg(caseId), Visibility::Public, 0,
                                         m_clock.now())
                        .ok());
    }
    DatabaseWorker worker(m_ws.config());
    SqlOutboxRepository repository(worker, m_clock);
    ScriptedConnector connector;
    // The second reply hits a rate limit once; it is retried and still goes out before the
    // later replies of its case.
    connector.script = { SendResult { SendOutcome::Sent, u"x1"_s, 0, {} },
                         SendResult { SendOutcome::FailedRetryable, {}, m_clock.now() - 1, u"429"_s } };
    OutboxSender sender(repository);
    sender.addAccount(m_account, &connector);
    QSignalSpy sent(&sender, &OutboxSender::replySent);
    QSignalSpy idle(&sender, &OutboxSender::idle);
    sender.start(60000);
    QTRY_COMPARE(sent.size(), 9);
    QTRY_VERIFY(idle.size() >= 1);
    QCOMPARE(connector.received.size(), 10);
    QHash<Id, QStringList> perCase;
    for (const SendRequest &request : std::as_const(connector.received)) {
        if (!perCase[request.item.caseId].contains(request.item.text))
            perCase[request.item.caseId].append(request.item.text);
    }
    for (Id caseId : std::as_const(cases)) {
        QCOMPARE(perCase.value(caseId),
                 QStringList({ u"r0 c%1"_s.arg(caseId), u"r1 c%1"_s.arg(caseId), u"r2 c%1"_s.arg(caseId) }));
    }
}

void TestOutbox::agentDecides_data()
{
    backendColumn();
}

void TestOutbox::agentDecides()
{
    if (!openBackend())
        return;
    const Id caseId = addCase(u"a"_s);
    const Millis now = m_clock.now();
    const Id id = OutboxStore::enqueue(*m_db, caseId, u"Reply"_s, Visibility::Private, 0, now).value().id;
    QCOMPARE(static_cast<int>(OutboxStore::retry(*m_db, id, now).error().code), static_cast<int>(ErrorCode::Conflict));
    QVERIFY(OutboxStore::claimNext(*m_db, m_account, now).value());
    QCOMPARE(static_cast<int>(OutboxStore::cancel(*m_db, id, now).error().code), static_cast<int>(ErrorCode::Conflict));
    QVERIFY(OutboxStore::complete(*m_db, id, SendResult { SendOutcome::Unknown, {}, 0, {} }, false, now).ok());
    Result<OutboxItem> again = OutboxStore::retry(*m_db, id, now);
    QVERIFY(again.ok());
    QCOMPARE(toString(again.value().state), u"queued"_s);
    Result<OutboxItem> cancelled = OutboxStore::cancel(*m_db, id, now);
    QVERIFY(cancelled.ok());
    QCOMPARE(toString(cancelled.value().state), u"cancelled"_s);
    QVERIFY(!OutboxStore::claimNext(*m_db, m_account, now).value());
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
