// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The case actions' writes on SQLite and PostgreSQL: priority, tags, internal notes, links and
// registering a message as a case of its own, each with its event in the same transaction, and
// none of them touching the outbox or deleting a message.
#include "app/core/caseworkflow.h"
#include "app/core/clock.h"
#include "app/storage/agentstore.h"
#include "app/storage/casestore.h"
#include "app/storage/customerstore.h"
#include "app/storage/database.h"
#include "app/storage/outboxstore.h"
#include "app/storage/sqlrepositories.h"
#include "tests/support/testworkspace.h"

#include <QDateTime>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

class TestCaseActionsStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void priority_data() { backends(); }
    void priority();
    void tags_data() { backends(); }
    void tags();
    void notesNeverReachTheOutbox_data() { backends(); }
    void notesNeverReachTheOutbox();
    void links_data() { backends(); }
    void links();
    void registerCaseFromMessage_data() { backends(); }
    void registerCaseFromMessage();

private:
    static void backends();
    bool open();
    Id ingest(const QString &thread, const QStringList &texts);
    int count(const QString &statement, const QVariantList &values = {});
    int events(const QString &type, Id caseId)
    {
        return count(
            u"SELECT COUNT(*) FROM event WHERE type = ? AND case_id = ?"_s, { type, caseId });
    }

    ManualClock m_clock { 1795000000000 };
    Test::TestWorkspace m_ws;
    std::unique_ptr<Database> m_db;
    Id m_account = 0;
    Id m_agent = 0;
    int m_seq = 0;
};

void TestCaseActionsStore::backends()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgresql") << true;
}

void TestCaseActionsStore::cleanup()
{
    m_db.reset();
    m_ws.close();
}

bool TestCaseActionsStore::open()
{
    QFETCH(bool, postgres);
    CAREDESK_OPEN_WORKSPACE(
        m_ws, postgres ? u"postgresql"_s : u"sqlite"_s, u"actions"_s, m_clock.now());
    m_db = m_ws.takeDatabase();
    QString error;
    m_account = Test::addAccount(
        *m_db, Platform::Mastodon, u"brand@example.social"_s, m_clock.now(), &error);
    CAREDESK_SETUP_VERIFY(m_account, error);
    m_agent = 0;
    return true;
}

Id TestCaseActionsStore::ingest(const QString &thread, const QStringList &texts)
{
    IngestBatch batch;
    batch.accountId = m_account;
    for (const QString &text : texts) {
        m_clock.advance(60000);
        IncomingMessage m = Test::incoming(u"%1-%2"_s.arg(thread).arg(++m_seq), thread,
            u"user-"_s + thread, u"Customer "_s + thread, text, m_clock.now());
        m.permalink = u"https://example.social/@c/"_s + m.platformId;
        batch.messages.append(m);
    }
    Result<IngestResult> stored = CaseStore::ingest(*m_db, batch, m_clock.now());
    if (!stored.ok() || stored.value().caseIds.isEmpty())
        return 0;
    return stored.value().caseIds.first();
}

int TestCaseActionsStore::count(const QString &statement, const QVariantList &values)
{
    Result<QSqlQuery> q = m_db->exec(statement, values);
    if (!q.ok()) {
        qWarning("%s", qPrintable(q.error().message));
        return -1;
    }
    return q.value().next() ? q.value().value(0).toInt() : -1;
}

void TestCaseActionsStore::priority()
{
    if (!open())
        return;
    const Id caseId = ingest(u"p1"_s, { u"Where is my parcel?"_s });
    QVERIFY(caseId != 0);
    Result<Case> urgent
        = CaseStore::setPriority(*m_db, caseId, Priority::Urgent, m_agent, m_clock.now());
    QVERIFY2(urgent.ok(), qPrintable(urgent.error().message));
    QVERIFY(urgent.value().priority == Priority::Urgent);
    Result<QList<CaseSummary>> stored = CaseStore::summaries(*m_db, { caseId });
    QVERIFY(stored.ok());
    QVERIFY(stored.value().constFirst().value.priority == Priority::Urgent);
    QCOMPARE(events(u"priority_changed"_s, caseId), 1);
    // The same priority again is no change and no event.
    QVERIFY(CaseStore::setPriority(*m_db, caseId, Priority::Urgent, m_agent, m_clock.now()).ok());
    QCOMPARE(events(u"priority_changed"_s, caseId), 1);
    QCOMPARE(
        CaseStore::setPriority(*m_db, 999999, Priority::Low, m_agent, m_clock.now()).error().code,
        ErrorCode::NotFound);
}

void TestCaseActionsStore::tags()
{
    if (!open())
        return;
    const Id caseId = ingest(u"t1"_s, { u"Refund please"_s });
    const Id other = ingest(u"t2"_s, { u"Also a refund"_s });
    Result<QStringList> added
        = CaseStore::addTag(*m_db, caseId, u"  refund "_s, m_agent, m_clock.now());
    QVERIFY2(added.ok(), qPrintable(added.error().message));
    QCOMPARE(added.value(), QStringList { u"refund"_s });
    QVERIFY(CaseStore::addTag(*m_db, caseId, u"refund"_s, m_agent, m_clock.now()).ok());
    QVERIFY(CaseStore::addTag(*m_db, caseId, u"vip"_s, m_agent, m_clock.now()).ok());
    QVERIFY(CaseStore::addTag(*m_db, other, u"refund"_s, m_agent, m_clock.now()).ok());
    QCOMPARE(events(u"tag_added"_s, caseId), 2);
    QCOMPARE(count(u"SELECT COUNT(*) FROM tag WHERE name = 'refund'"_s), 1);
    Result<QStringList> names = CaseStore::tagNames(*m_db);
    QVERIFY(names.ok());
    QCOMPARE(names.value(), (QStringList { u"refund"_s, u"vip"_s }));
    QCOMPARE(CaseStore::addTag(*m_db, caseId, u"   "_s, m_agent, m_clock.now()).error().code,
        ErrorCode::Invalid);

    Result<QStringList> removed
        = CaseStore::removeTag(*m_db, caseId, u"refund"_s, m_agent, m_clock.now());
    QVERIFY(removed.ok());
    QCOMPARE(removed.value(), QStringList { u"vip"_s });
    QCOMPARE(events(u"tag_removed"_s, caseId), 1);
    // Removing what is not there records nothing.
    QVERIFY(CaseStore::removeTag(*m_db, caseId, u"refund"_s, m_agent, m_clock.now()).ok());
    QCOMPARE(events(u"tag_removed"_s, caseId), 1);
    Result<CaseExtras> extras = CaseStore::extras(*m_db, caseId);
    QVERIFY(extras.ok());
    QCOMPARE(extras.value().tags, QStringList { u"vip"_s });
}

void TestCaseActionsStore::notesNeverReachTheOutbox()
{
    if (!open())
        return;
    const Id caseId = ingest(u"n1"_s, { u"My card was charged twice"_s });
    NewAgent spec;
    spec.name = u"notes_%1"_s.arg(QDateTime::currentMSecsSinceEpoch() % 1000000);
    Result<Agent> agent = AgentStore::addAgent(*m_db, spec, m_clock.now());
    QVERIFY2(agent.ok(), qPrintable(agent.error().message));
    Result<Note> note = CaseStore::addNote(
        *m_db, caseId, u"Checked billing: a duplicate charge."_s, agent.value().id, m_clock.now());
    QVERIFY2(note.ok(), qPrintable(note.error().message));
    QVERIFY(note.value().id > 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM outbox"_s), 0);
    QCOMPARE(events(u"note_added"_s, caseId), 1);
    // The event holds the note's id, never its text.
    QCOMPARE(count(u"SELECT COUNT(*) FROM event WHERE data LIKE '%duplicate%'"_s), 0);
    Result<CaseDetail> detail = CaseStore::detail(*m_db, caseId);
    QVERIFY(detail.ok());
    QCOMPARE(detail.value().notes.size(), 1);
    QCOMPARE(detail.value().notes.constFirst().text, u"Checked billing: a duplicate charge."_s);
    Result<CaseExtras> extras = CaseStore::extras(*m_db, caseId);
    QVERIFY(extras.ok());
    QCOMPARE(extras.value().agentNames.value(agent.value().id), agent.value().name);
    QCOMPARE(CaseStore::addNote(*m_db, caseId, u"  "_s, 0, m_clock.now()).error().code,
        ErrorCode::Invalid);
}

void TestCaseActionsStore::links()
{
    if (!open())
        return;
    const Id a = ingest(u"l1"_s, { u"Order NW-1234567 is late"_s });
    const Id b = ingest(u"l2"_s, { u"Still late: NW-1234567"_s });
    QVERIFY(CustomerStore::linkCases(*m_db, a, b, u"agent"_s, m_agent, m_clock.now()).ok());
    Result<CaseExtras> extras = CaseStore::extras(*m_db, a);
    QVERIFY(extras.ok());
    QCOMPARE(extras.value().links.size(), 1);
    QCOMPARE(extras.value().links.constFirst().caseId, b);
    QCOMPARE(extras.value().links.constFirst().subject, u"Still late: NW-1234567"_s);
    QCOMPARE(events(u"case_linked"_s, a), 1);
    QCOMPARE(events(u"case_linked"_s, b), 1);
}

void TestCaseActionsStore::registerCaseFromMessage()
{
    if (!open())
        return;
    const Id origin
        = ingest(u"r1"_s, { u"Parcel late"_s, u"And my invoice is wrong"_s, u"Any news?"_s });
    Result<CaseDetail> before = CaseStore::detail(*m_db, origin);
    QVERIFY(before.ok());
    QCOMPARE(before.value().messages.size(), 3);
    const Message invoice = before.value().messages.at(1);
    const int messagesBefore = count(u"SELECT COUNT(*) FROM message"_s);

    Result<Case> created
        = CaseStore::registerCaseFromMessage(*m_db, invoice.id, m_agent, m_clock.now());
    QVERIFY2(created.ok(), qPrintable(created.error().message));
    const Case &c = created.value();
    QVERIFY(c.id != origin);
    QVERIFY(c.status == CaseStatus::New);
    QCOMPARE(c.customerId, before.value().summary.value.customerId);
    QCOMPARE(c.openedAt, invoice.createdAt); // the SLA runs from when the customer wrote
    // Moved, not copied, never deleted.
    QCOMPARE(count(u"SELECT COUNT(*) FROM message"_s), messagesBefore);
    Result<CaseDetail> split = CaseStore::detail(*m_db, c.id);
    QVERIFY(split.ok());
    QCOMPARE(split.value().messages.size(), 1);
    QCOMPARE(split.value().messages.constFirst().id, invoice.id);
    QCOMPARE(split.value().summary.value.messageCount, 1);
    QCOMPARE(split.value().summary.value.unanswered, 1);
    Result<CaseDetail> after = CaseStore::detail(*m_db, origin);
    QVERIFY(after.ok());
    QCOMPARE(after.value().messages.size(), 2);
    QCOMPARE(after.value().summary.value.messageCount, 2);
    QCOMPARE(after.value().summary.snippet, u"Any news?"_s);
    // Linked both ways, with an event on each side naming the message.
    Result<CaseExtras> extras = CaseStore::extras(*m_db, origin);
    QVERIFY(extras.ok());
    QCOMPARE(extras.value().links.size(), 1);
    QCOMPARE(extras.value().links.constFirst().caseId, c.id);
    QCOMPARE(count(u"SELECT COUNT(*) FROM event WHERE type = 'case_linked' AND message_id = ?"_s,
                 { invoice.id }),
        2);
    // The search still finds the message, now in its own case.
    SearchQuery query;
    query.text = u"invoice"_s;
    Result<QList<SearchHit>> hits = CaseStore::search(*m_db, query);
    QVERIFY(hits.ok());
    QCOMPARE(hits.value().size(), 1);
    QCOMPARE(hits.value().constFirst().caseId, c.id);

    // A reply from the new case goes to the platform's thread, not to the case's own key.
    QCOMPARE(c.threadKey, CaseWorkflow::splitThreadKey(u"r1"_s, invoice.platformId));
    QVERIFY(OutboxStore::enqueue(*m_db, c.id, u"Sorted."_s, Visibility::Public, 0, m_clock.now()).ok());
    Result<std::optional<OutboxClaim>> claim = OutboxStore::claimNext(*m_db, m_account, m_clock.now());
    QVERIFY(claim.ok() && claim.value().has_value());
    QCOMPARE(claim.value()->item.caseId, c.id);
    QCOMPARE(claim.value()->threadKey, u"r1"_s);

    // A message that is its case's whole thread stays where it is.
    QCOMPARE(
        CaseStore::registerCaseFromMessage(*m_db, invoice.id, m_agent, m_clock.now()).error().code,
        ErrorCode::Conflict);
    QCOMPARE(CaseStore::registerCaseFromMessage(*m_db, 999999, m_agent, m_clock.now()).error().code,
        ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestCaseActionsStore)
#include "tst_caseactionsstore.moc"
