// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Team mode on the real PostgreSQL server of the test command, and what of it applies to SQLite:
// the claim race (two connections, exactly one winner each round, the loser told who won),
// assignment by supervisors, round robin and skills within capacity, sign-out, presence and
// its notifications, the check before a reply is sent, row-level security as each agent's own
// login role, append-only events, and the poll lease handed over when its holder dies.
#include "app/core/clock.h"
#include "app/storage/casestore.h"
#include "app/storage/database.h"
#include "app/storage/outboxstore.h"
#include "app/storage/sqlpresencefeed.h"
#include "app/storage/sqlrepositories.h"
#include "app/storage/teamstore.h"
#include "tests/support/testworkspace.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlError>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <barrier>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {

constexpr int kRaceRounds = 1000;

struct RoundResult {
    bool won = false;
    ErrorCode code = ErrorCode::None;
    QString message;
};

} // namespace

class TestTeam : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void scramVerifierMatchesServer();
    void agentNames_data();
    void agentNames();
    void claimRace_data();
    void claimRace();
    void claimAndAssign_data();
    void claimAndAssign();
    void staleWritesKeepClaims();
    void roundRobin_data();
    void roundRobin();
    void skillsLanguageAndCapacity_data();
    void skillsLanguageAndCapacity();
    void signOut_data();
    void signOut();
    void presence_data();
    void presence();
    void preSendCheck_data();
    void preSendCheck();
    void concurrentRepliesOneWins();
    void rowLevelSecurity();
    void eventsAppendOnly();
    void catalogIsLockedDown();
    void pollLeaseHandOver_data();
    void pollLeaseHandOver();
    void sqliteLeaseExpires();

private:
    void backendColumn();
    bool openBackend();
    /// A name no other suite on the same server uses (roles belong to the whole cluster).
    QString unique(const QString &stem) const { return stem + u'_' + m_suffix; }
    /// A connection as the agent's own login on PostgreSQL; another connection on SQLite.
    std::unique_ptr<Database> openAs(const QString &login);
    Agent addAgent(const QString &stem, AgentRole role, const QString &team = QString(),
        const QStringList &skills = {}, const QStringList &languages = {}, int capacity = 10);
    Id addCase(const QString &thread, const QString &language = QString());
    Id addQueue(const QString &stem, const QString &team, AssignmentMode mode,
        const QStringList &skills = {});
    int count(Database &db, const QString &statement, const QVariantList &values = {});
    static bool holds(Database &db, Id accountId, const QString &holder, Millis now)
    {
        Result<bool> lease = TeamStore::acquirePollLease(db, accountId, holder, now, 10000);
        return lease.ok() && lease.value();
    }

    ManualClock m_clock { 1795000000000 };
    Test::TestWorkspace m_ws;
    std::unique_ptr<Database> m_db; ///< the administrator's connection (superuser on PostgreSQL)
    Id m_account = 0;
    QString m_suffix;
    int m_messages = 0;
};

void TestTeam::backendColumn()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

void TestTeam::cleanup()
{
    m_db.reset();
    m_ws.close();
}

bool TestTeam::openBackend()
{
    QString backend = u"postgresql"_s;
    if (QTest::currentDataTag() && QByteArray(QTest::currentDataTag()).startsWith("sqlite"))
        backend = u"sqlite"_s;
    CAREDESK_OPEN_WORKSPACE(m_ws, backend, u"team"_s, m_clock.now());
    m_db = m_ws.takeDatabase();
    m_suffix = QString::number(QRandomGenerator::global()->generate(), 36);
    QString error;
    m_account = Test::addAccount(
        *m_db, Platform::Mastodon, u"brand@example.social"_s, m_clock.now(), &error);
    CAREDESK_SETUP_VERIFY(m_account, error);
    return true;
}

std::unique_ptr<Database> TestTeam::openAs(const QString &login)
{
    DatabaseConfig config = m_ws.config();
    if (config.isPostgres())
        config.user = login;
    Result<std::unique_ptr<Database>> opened = Database::open(config, Database::OpenMode::Existing);
    if (!opened.ok()) {
        qWarning("cannot open as %s: %s", qPrintable(login), qPrintable(opened.error().message));
        return nullptr;
    }
    return std::move(opened.value());
}

Agent TestTeam::addAgent(const QString &stem, AgentRole role, const QString &team,
    const QStringList &skills, const QStringList &languages, int capacity)
{
    NewAgent spec;
    spec.name = unique(stem);
    spec.role = role;
    spec.team = team.isEmpty() ? QString() : unique(team);
    spec.skills = skills;
    spec.languages = languages;
    spec.capacity = capacity;
    Result<Agent> added = AgentStore::addAgent(*m_db, spec, m_clock.now());
    if (!added.ok())
        qWarning("cannot add %s: %s", qPrintable(spec.name), qPrintable(added.error().message));
    return added.ok() ? added.value() : Agent {};
}

Id TestTeam::addCase(const QString &thread, const QString &language)
{
    IncomingMessage m = Test::incoming(u"%1-%2"_s.arg(thread).arg(++m_messages), thread,
        u"user-"_s + thread, u"Customer "_s + thread, u"Where is my order?"_s, m_clock.now());
    m.language = language;
    Result<IngestResult> stored
        = CaseStore::ingest(*m_db, Test::batchOf(m_account, { m }), m_clock.now());
    if (!stored.ok() || stored.value().caseIds.isEmpty())
        return 0;
    return stored.value().caseIds.first();
}

Id TestTeam::addQueue(
    const QString &stem, const QString &team, AssignmentMode mode, const QStringList &skills)
{
    Result<Id> teamId = AgentStore::ensureTeam(*m_db, unique(team));
    if (!teamId.ok())
        return 0;
    Result<Id> queue = AgentStore::addQueue(*m_db, unique(stem), teamId.value(), mode, skills);
    return queue.ok() ? queue.value() : 0;
}

int TestTeam::count(Database &db, const QString &statement, const QVariantList &values)
{
    Result<QSqlQuery> q = db.exec(statement, values);
    if (!q.ok()) {
        qWarning("%s", qPrintable(q.error().message));
        return -1;
    }
    return q.value().next() ? q.value().value(0).toInt() : -1;
}

void TestTeam::scramVerifierMatchesServer()
{
    CAREDESK_REQUIRE_PG();
    Test::PgFixture pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.error()));
    // The server computes a verifier with a random salt; ours, given that salt, must be the same.
    const QString role = u"scram_"_s + QString::number(QRandomGenerator::global()->generate(), 36);
    Result<std::unique_ptr<Database>> opened
        = Database::open(pg.config(), Database::OpenMode::CreateIfMissing);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    Database *admin = opened.value().get();
    QSqlQuery create(admin->sql());
    QVERIFY(create.exec(u"SET password_encryption = 'scram-sha-256'"_s));
    QVERIFY2(create.exec(u"CREATE ROLE %1 PASSWORD 'pencil \u00e9t\u00e9'"_s.arg(role)),
        qPrintable(create.lastError().text()));
    Result<QSqlQuery> stored
        = admin->exec(u"SELECT rolpassword FROM pg_authid WHERE rolname = ?"_s, { role });
    QVERIFY(stored.ok() && stored.value().next());
    const QString verifier = stored.value().value(0).toString();
    QSqlQuery(admin->sql()).exec(u"DROP ROLE %1"_s.arg(role));
    // SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>
    const QString iterations = verifier.section(u'$', 1, 1).section(u':', 0, 0);
    const QByteArray salt
        = QByteArray::fromBase64(verifier.section(u'$', 1, 1).section(u':', 1, 1).toLatin1());
    QCOMPARE(
        AgentStore::scramVerifier(u"pencil \u00e9t\u00e9"_s, salt, iterations.toInt()), verifier);
}

void TestTeam::agentNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("lowercase") << u"anna"_s << true;
    QTest::newRow("digits and underscore") << u"anna_k2"_s << true;
    QTest::newRow("uppercase would need quoting") << u"Anna"_s << false;
    QTest::newRow("starts with a digit") << u"2anna"_s << false;
    QTest::newRow("a group role") << u"caredesk_admin"_s << false;
    QTest::newRow("a system role") << u"pg_monitor"_s << false;
    QTest::newRow("quote") << u"anna\"; DROP ROLE x; --"_s << false;
    QTest::newRow("64 characters") << QString(64, u'a') << false;
}

void TestTeam::agentNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(AgentStore::isValidAgentName(name), valid);
    QVERIFY(AgentStore::isValidAgentName(AgentStore::agentNameFromSystemUser(name)));
    QCOMPARE(AgentStore::agentNameFromSystemUser(u"Anna.K"_s), u"anna_k"_s);
}

void TestTeam::claimRace_data()
{
    backendColumn();
}

void TestTeam::claimRace()
{
    if (!openBackend())
        return;
    const Agent anna = addAgent(u"anna"_s, AgentRole::Agent);
    const Agent boris = addAgent(u"boris"_s, AgentRole::Agent);
    QVERIFY(anna.id != 0 && boris.id != 0);
    QList<Id> cases;
    {
        IngestBatch batch;
        batch.accountId = m_account;
        for (int i = 0; i < kRaceRounds; ++i) {
            IncomingMessage m;
            m.platformId = u"race-%1"_s.arg(i);
            m.threadKey = u"race-%1"_s.arg(i);
            m.authorPlatformId = u"racer"_s;
            m.authorName = u"Racer"_s;
            m.text = u"Anyone there?"_s;
            m.createdAt = m_clock.now() + i;
            batch.messages.append(m);
        }
        Result<IngestResult> stored = CaseStore::ingest(*m_db, batch, m_clock.now());
        QVERIFY2(stored.ok(), qPrintable(stored.error().message));
        cases = stored.value().caseIds;
        QCOMPARE(cases.size(), kRaceRounds);
    }

    // Two clients on two connections (each agent's own login on PostgreSQL), released together
    // at every round.
    std::barrier sync(2);
    QList<RoundResult> results[2];
    const Agent agents[2] = { anna, boris };
    QString openErrors[2];
    QList<QThread *> threads;
    for (int t = 0; t < 2; ++t) {
        results[t].resize(kRaceRounds);
        threads.append(QThread::create([&, t] {
            DatabaseConfig config = m_ws.config();
            if (config.isPostgres())
                config.user = agents[t].name;
            Result<std::unique_ptr<Database>> db
                = Database::open(config, Database::OpenMode::Existing);
            if (!db.ok())
                openErrors[t] = db.error().message;
            for (int round = 0; round < kRaceRounds; ++round) {
                sync.arrive_and_wait();
                if (!db.ok())
                    continue;
                Result<Assignment> claimed
                    = TeamStore::claim(*db.value(), cases.at(round), agents[t].id, m_clock.now());
                RoundResult &r = results[t][round];
                r.won = claimed.ok() && claimed.value().changed;
                r.code = claimed.ok() ? ErrorCode::None : claimed.error().code;
                r.message = claimed.ok() ? QString() : claimed.error().message;
            }
        }));
        threads.last()->start();
    }
    for (QThread *thread : std::as_const(threads)) {
        QVERIFY(thread->wait(240000));
        delete thread;
    }
    QVERIFY2(openErrors[0].isEmpty() && openErrors[1].isEmpty(),
        qPrintable(openErrors[0] + openErrors[1]));

    int annaWins = 0;
    for (int round = 0; round < kRaceRounds; ++round) {
        const RoundResult &a = results[0][round];
        const RoundResult &b = results[1][round];
        QVERIFY2(a.won != b.won,
            qPrintable(u"round %1: %2 / %3"_s.arg(round).arg(a.message, b.message)));
        const RoundResult &loser = a.won ? b : a;
        const QString winner = a.won ? anna.name : boris.name;
        QCOMPARE(static_cast<int>(loser.code), static_cast<int>(ErrorCode::Conflict));
        QVERIFY2(loser.message.contains(winner), qPrintable(loser.message));
        annaWins += a.won ? 1 : 0;
    }
    qInfo("anna won %d of %d rounds", annaWins, kRaceRounds);
    // The table agrees, and each claim left exactly one event.
    QCOMPARE(
        count(*m_db,
            u"SELECT COUNT(*) FROM cases WHERE assignee_id IS NULL AND thread_key LIKE 'race-%'"_s),
        0);
    QCOMPARE(
        count(*m_db, u"SELECT COUNT(*) FROM cases WHERE assignee_id = ?"_s, { anna.id }), annaWins);
    QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM event WHERE type = 'claimed'"_s), kRaceRounds);
}

void TestTeam::claimAndAssign_data()
{
    backendColumn();
}

void TestTeam::claimAndAssign()
{
    if (!openBackend())
        return;
    const Agent anna = addAgent(u"anna"_s, AgentRole::Agent, u"care"_s);
    const Agent boris = addAgent(u"boris"_s, AgentRole::Agent, u"care"_s);
    const Agent sue = addAgent(u"sue"_s, AgentRole::Supervisor, u"care"_s);
    QVERIFY(anna.id && boris.id && sue.id);
    const Id caseId = addCase(u"a"_s);
    QVERIFY(caseId != 0);
    std::unique_ptr<Database> annaDb = openAs(anna.name);
    std::unique_ptr<Database> borisDb = openAs(boris.name);
    std::unique_ptr<Database> sueDb = openAs(sue.name);
    QVERIFY(annaDb && borisDb && sueDb);
    const Millis now = m_clock.now();

    Result<Assignment> first = TeamStore::claim(*annaDb, caseId, anna.id, now);
    QVERIFY2(first.ok(), qPrintable(first.error().message));
    QVERIFY(first.value().changed);
    QCOMPARE(first.value().assigneeName, anna.name);
    // Claiming again is harmless; someone else's claim names the holder.
    Result<Assignment> again = TeamStore::claim(*annaDb, caseId, anna.id, now);
    QVERIFY(again.ok() && !again.value().changed);
    Result<Assignment> lost = TeamStore::claim(*borisDb, caseId, boris.id, now);
    QCOMPARE(static_cast<int>(lost.error().code), static_cast<int>(ErrorCode::Conflict));
    QVERIFY2(lost.error().message.contains(anna.name), qPrintable(lost.error().message));
    QCOMPARE(static_cast<int>(TeamStore::claim(*borisDb, 999999, boris.id, now).error().code),
        static_cast<int>(ErrorCode::NotFound));

    // An agent may not hand a case to someone else; a supervisor may, and takes it from anna.
    Result<Assignment> refused = TeamStore::assign(*borisDb, caseId, anna.name, boris.id, now);
    QCOMPARE(static_cast<int>(refused.error().code), static_cast<int>(ErrorCode::Invalid));
    Result<Assignment> given = TeamStore::assign(*sueDb, caseId, boris.name, sue.id, now);
    QVERIFY2(given.ok(), qPrintable(given.error().message));
    QVERIFY(given.value().changed);
    QCOMPARE(given.value().previousAssigneeId, anna.id);
    QCOMPARE(given.value().assigneeId, boris.id);
    QCOMPARE(static_cast<int>(
                 TeamStore::assign(*sueDb, caseId, u"nobody_here"_s, sue.id, now).error().code),
        static_cast<int>(ErrorCode::NotFound));
    // Naming yourself is a claim, with its conflict.
    Result<Assignment> self = TeamStore::assign(*annaDb, caseId, anna.name, anna.id, now);
    QCOMPARE(static_cast<int>(self.error().code), static_cast<int>(ErrorCode::Conflict));

    // One event per change, with who did it.
    QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM event WHERE type = 'claimed' AND case_id = ?"_s,
                 { caseId }),
        1);
    QCOMPARE(
        count(*m_db,
            u"SELECT COUNT(*) FROM event WHERE type = 'assigned' AND case_id = ? AND agent_id = "
            "?"_s,
            { caseId, sue.id }),
        1);
}

void TestTeam::staleWritesKeepClaims()
{
    if (!openBackend())
        return;
    // Storing a message or changing a status writes the whole case row as it was read; read
    // before a concurrent claim committed, that row says "unassigned". The claim stays.
    const Agent anna = addAgent(u"anna"_s, AgentRole::Agent, u"stale"_s);
    const Id queue = addQueue(u"stale_q"_s, u"stale"_s, AssignmentMode::Manual);
    const Id caseId = addCase(u"stale"_s);
    QVERIFY(anna.id && queue && caseId);
    QVERIFY(TeamStore::moveToQueue(*m_db, caseId, queue, 0, m_clock.now()).ok());
    QVERIFY(TeamStore::claim(*m_db, caseId, anna.id, m_clock.now()).ok());
    Result<QSqlQuery> stale = m_db->exec(
        u"UPDATE cases SET assignee_id = NULL, queue_id = NULL, status = 'open' WHERE id = ?"_s,
        { caseId });
    QVERIFY2(stale.ok(), qPrintable(stale.error().message));
    QCOMPARE(
        count(*m_db, u"SELECT assignee_id FROM cases WHERE id = ?"_s, { caseId }), int(anna.id));
    QCOMPARE(count(*m_db, u"SELECT queue_id FROM cases WHERE id = ?"_s, { caseId }), int(queue));
    QCOMPARE(
        count(*m_db, u"SELECT COUNT(*) FROM cases WHERE id = ? AND status = 'open'"_s, { caseId }),
        1);
    // The team operations still move it.
    Result<int> freed = TeamStore::signOut(*m_db, anna.id, m_clock.now());
    QVERIFY(freed.ok() && freed.value() == 1);
    QCOMPARE(
        count(*m_db, u"SELECT COALESCE(assignee_id, 0) FROM cases WHERE id = ?"_s, { caseId }), 0);
}

void TestTeam::roundRobin_data()
{
    backendColumn();
}

void TestTeam::roundRobin()
{
    if (!openBackend())
        return;
    const Agent a = addAgent(u"rr_a"_s, AgentRole::Agent, u"rr"_s);
    const Agent b = addAgent(u"rr_b"_s, AgentRole::Agent, u"rr"_s, {}, {}, 2);
    const Agent c = addAgent(u"rr_c"_s, AgentRole::Agent, u"rr"_s);
    const Agent offline = addAgent(u"rr_off"_s, AgentRole::Agent, u"rr"_s);
    const Agent other = addAgent(u"rr_other"_s, AgentRole::Agent, u"elsewhere"_s);
    const Id queue = addQueue(u"rr_queue"_s, u"rr"_s, AssignmentMode::RoundRobin);
    QVERIFY(a.id && b.id && c.id && offline.id && other.id && queue);
    const Millis now = m_clock.now();
    // Signed in: a, b, c and the agent of another team. "offline" signed in long ago.
    for (const Agent &agent : { a, b, c, other })
        QVERIFY(TeamStore::setPresence(*m_db, agent.id, 0, PresenceActivity::Online, now).ok());
    QVERIFY(
        TeamStore::setPresence(*m_db, offline.id, 0, PresenceActivity::Online, now - 31000).ok());

    QList<Id> expected { a.id, b.id, c.id, a.id, b.id, c.id, a.id, c.id, a.id, c.id };
    for (int i = 0; i < expected.size(); ++i) {
        const Id caseId = addCase(u"rr-%1"_s.arg(i));
        Result<Assignment> routed = TeamStore::moveToQueue(*m_db, caseId, queue, 0, now);
        QVERIFY2(routed.ok(), qPrintable(routed.error().message));
        QVERIFY(routed.value().changed);
        // b has room for two, so the turn passes over b after that.
        QCOMPARE(routed.value().assigneeId, expected.at(i));
    }
    // Away takes no new cases; nobody with room leaves the case in the queue.
    QVERIFY(TeamStore::setPresence(*m_db, a.id, 0, PresenceActivity::Away, now).ok());
    Result<Assignment> next = TeamStore::moveToQueue(*m_db, addCase(u"rr-away"_s), queue, 0, now);
    QVERIFY(next.ok());
    QCOMPARE(next.value().assigneeId, c.id);
    QVERIFY(AgentStore::setCapacity(*m_db, c.id, 0).ok());
    next = TeamStore::moveToQueue(*m_db, addCase(u"rr-full"_s), queue, 0, now);
    QVERIFY(next.ok());
    QVERIFY(!next.value().changed);
    QCOMPARE(next.value().assigneeId, Id(0));
    // A manual queue never assigns.
    QVERIFY(AgentStore::setQueueMode(*m_db, queue, AssignmentMode::Manual).ok());
    QVERIFY(AgentStore::setCapacity(*m_db, c.id, 10).ok());
    next = TeamStore::autoAssign(*m_db, next.value().caseId, 0, now);
    QVERIFY(next.ok() && !next.value().changed);
    QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM event WHERE type = 'assigned'"_s),
        int(expected.size()) + 1);
}

void TestTeam::skillsLanguageAndCapacity_data()
{
    backendColumn();
}

void TestTeam::skillsLanguageAndCapacity()
{
    if (!openBackend())
        return;
    const Agent en
        = addAgent(u"sk_en"_s, AgentRole::Agent, u"billing"_s, { u"billing"_s }, { u"en"_s }, 2);
    const Agent ru = addAgent(u"sk_ru"_s, AgentRole::Agent, u"billing"_s,
        { u"billing"_s, u"vip"_s }, { u"ru"_s, u"en"_s }, 1);
    const Agent noSkill
        = addAgent(u"sk_none"_s, AgentRole::Agent, u"billing"_s, {}, { u"ru"_s, u"en"_s }, 10);
    const Id queue
        = addQueue(u"sk_queue"_s, u"billing"_s, AssignmentMode::Skills, { u"billing"_s });
    QVERIFY(en.id && ru.id && noSkill.id && queue);
    const Millis now = m_clock.now();
    for (const Agent &agent : { en, ru, noSkill })
        QVERIFY(TeamStore::setPresence(*m_db, agent.id, 0, PresenceActivity::Online, now).ok());

    struct Step {
        QString language;
        Id expected;
    };
    // Only ru speaks Russian with the skill, and has room for one; the English cases then go to
    // en (ru is full; sk_none lacks the skill) until en is full too; then nobody has room.
    const QList<Step> steps { { u"ru-RU"_s, ru.id }, { u"en"_s, en.id }, { u"en"_s, en.id },
        { u"ru"_s, 0 }, { u"en"_s, 0 } };
    int i = 0;
    for (const Step &step : steps) {
        Result<Assignment> routed = TeamStore::moveToQueue(
            *m_db, addCase(u"sk-%1"_s.arg(++i), step.language), queue, 0, now);
        QVERIFY2(routed.ok(), qPrintable(routed.error().message));
        QCOMPARE(routed.value().assigneeId, step.expected);
    }
    // Resolving frees a place.
    const Id ruCase = count(*m_db, u"SELECT id FROM cases WHERE assignee_id = ?"_s, { ru.id });
    QVERIFY(CaseStore::changeStatus(*m_db, ruCase, CaseStatus::Resolved, 0, ru.id, now).ok());
    Result<Assignment> freed
        = TeamStore::moveToQueue(*m_db, addCase(u"sk-after"_s, u"ru"_s), queue, 0, now);
    QVERIFY(freed.ok());
    QCOMPARE(freed.value().assigneeId, ru.id);
}

void TestTeam::signOut_data()
{
    backendColumn();
}

void TestTeam::signOut()
{
    if (!openBackend())
        return;
    const Agent leaving = addAgent(u"so_leaving"_s, AgentRole::Agent, u"so"_s);
    const Agent staying = addAgent(u"so_staying"_s, AgentRole::Agent, u"so"_s);
    const Id queue = addQueue(u"so_queue"_s, u"so"_s, AssignmentMode::RoundRobin);
    QVERIFY(leaving.id && staying.id && queue);
    const Millis now = m_clock.now();
    QVERIFY(TeamStore::setPresence(*m_db, leaving.id, 0, PresenceActivity::Online, now).ok());
    const Id queued = addCase(u"so-queued"_s);
    const Id plain = addCase(u"so-plain"_s);
    const Id done = addCase(u"so-done"_s);
    QVERIFY(TeamStore::moveToQueue(*m_db, queued, queue, 0, now).value().assigneeId == leaving.id);
    QVERIFY(TeamStore::claim(*m_db, plain, leaving.id, now).ok());
    QVERIFY(TeamStore::claim(*m_db, done, leaving.id, now).ok());
    QVERIFY(CaseStore::changeStatus(*m_db, done, CaseStatus::Resolved, 0, leaving.id, now).ok());
    QVERIFY(TeamStore::setPresence(*m_db, staying.id, 0, PresenceActivity::Online, now).ok());

    std::unique_ptr<Database> own = openAs(leaving.name);
    QVERIFY(own);
    Result<int> freed = TeamStore::signOut(*own, leaving.id, now);
    QVERIFY2(freed.ok(), qPrintable(freed.error().message));
    QCOMPARE(freed.value(), 2);
    // The queued case goes to whoever's turn it is; the other waits; the resolved one stays.
    QCOMPARE(count(*m_db, u"SELECT COALESCE(assignee_id, 0) FROM cases WHERE id = ?"_s, { queued }),
        int(staying.id));
    QCOMPARE(
        count(*m_db, u"SELECT COALESCE(assignee_id, 0) FROM cases WHERE id = ?"_s, { plain }), 0);
    QCOMPARE(count(*m_db, u"SELECT COALESCE(assignee_id, 0) FROM cases WHERE id = ?"_s, { done }),
        int(leaving.id));
    QCOMPARE(
        count(*m_db, u"SELECT COUNT(*) FROM presence WHERE agent_id = ?"_s, { leaving.id }), 0);
    QCOMPARE(
        count(*m_db,
            u"SELECT COUNT(*) FROM event WHERE type = 'assigned' AND data LIKE '%sign_out%'"_s),
        2);
}

void TestTeam::presence_data()
{
    backendColumn();
}

void TestTeam::presence()
{
    if (!openBackend())
        return;
    const Agent anna = addAgent(u"anna"_s, AgentRole::Agent);
    const Agent boris = addAgent(u"boris"_s, AgentRole::Agent);
    const Id caseId = addCase(u"p"_s);
    const Id otherCase = addCase(u"q"_s);
    QVERIFY(anna.id && boris.id && caseId && otherCase);

    // Desktop B watches; desktop A opens the case and starts replying.
    SqlPresenceFeed feed(m_ws.config());
    feed.setInterval(50);
    QSignalSpy changed(&feed, &PresenceFeed::presenceChanged);
    feed.start();
    QTest::qWait(m_ws.config().isPostgres() ? 300 : 150);
    changed.clear();
    std::unique_ptr<Database> annaDb = openAs(anna.name);
    std::unique_ptr<Database> borisDb = openAs(boris.name);
    QVERIFY(annaDb && borisDb);
    const Millis now = m_clock.now();
    QVERIFY(TeamStore::setPresence(*annaDb, anna.id, caseId, PresenceActivity::Viewing, now).ok());
    QVERIFY(
        TeamStore::setPresence(*borisDb, boris.id, caseId, PresenceActivity::Viewing, now).ok());
    QVERIFY(TeamStore::setPresence(*annaDb, anna.id, caseId, PresenceActivity::Replying, now).ok());
    const auto heard = [&changed](Id agent, Id onCase, const QString &activity) {
        return std::any_of(changed.cbegin(), changed.cend(), [&](const QList<QVariant> &signal) {
            return signal.at(0).toLongLong() == agent && signal.at(1).toLongLong() == onCase
                && signal.at(2).toString() == activity;
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(heard(anna.id, caseId, u"replying"_s), 5000);

    // Both desktops read who is on the case: the collision is visible before anyone sends.
    Result<QList<PresenceEntry>> onCase = TeamStore::presence(*borisDb, { caseId }, now + 1000);
    QVERIFY2(onCase.ok(), qPrintable(onCase.error().message));
    QCOMPARE(onCase.value().size(), 2);
    QCOMPARE(onCase.value().at(0).agentName, anna.name);
    QCOMPARE(static_cast<int>(onCase.value().at(0).activity),
        static_cast<int>(PresenceActivity::Replying));
    QCOMPARE(static_cast<int>(onCase.value().at(1).activity),
        static_cast<int>(PresenceActivity::Viewing));
    QVERIFY(TeamStore::presence(*borisDb, { otherCase }, now).value().isEmpty());

    // Without heartbeats for 30 s, a desktop that went away no longer counts.
    QVERIFY(
        TeamStore::setPresence(*borisDb, boris.id, caseId, PresenceActivity::Viewing, now + 20000)
            .ok());
    Result<QList<PresenceEntry>> later = TeamStore::presence(*borisDb, { caseId }, now + 31000);
    QVERIFY(later.ok());
    QCOMPARE(later.value().size(), 1);
    QCOMPARE(later.value().first().agentId, boris.id);

    // Signing out ends presence, and the watchers hear it.
    changed.clear();
    QVERIFY(TeamStore::signOut(*annaDb, anna.id, now).ok());
    QTRY_VERIFY_WITH_TIMEOUT(heard(anna.id, 0, QString()), 5000);
    feed.stop();
}

void TestTeam::preSendCheck_data()
{
    backendColumn();
}

void TestTeam::preSendCheck()
{
    if (!openBackend())
        return;
    const Agent anna = addAgent(u"anna"_s, AgentRole::Agent);
    const Agent boris = addAgent(u"boris"_s, AgentRole::Agent);
    const Id caseId = addCase(u"c"_s);
    QVERIFY(anna.id && boris.id && caseId);
    std::unique_ptr<Database> annaDb = openAs(anna.name);
    std::unique_ptr<Database> borisDb = openAs(boris.name);
    QVERIFY(annaDb && borisDb);
    const Millis now = m_clock.now();

    // Nothing happened: the reply goes.
    Result<CaseMark> mark = TeamStore::markCase(*annaDb, caseId);
    QVERIFY2(mark.ok(), qPrintable(mark.error().message));
    Result<CaseChanges> quiet = TeamStore::checkBeforeSend(*annaDb, mark.value(), anna.id);
    QVERIFY(quiet.ok() && quiet.value().isEmpty());

    // The customer writes again while anna types.
    QVERIFY(addCase(u"c"_s) == caseId);
    Result<CaseChanges> wrote = TeamStore::checkBeforeSend(*annaDb, mark.value(), anna.id);
    QCOMPARE(static_cast<int>(wrote.error().code), static_cast<int>(ErrorCode::Conflict));
    QVERIFY2(wrote.error().message.contains(u"1 new message"_s), qPrintable(wrote.error().message));
    QCOMPARE(static_cast<int>(TeamStore::replyChecked(
                 *annaDb, mark.value(), u"Hello"_s, Visibility::Public, anna.id, now)
                                  .error()
                                  .code),
        static_cast<int>(ErrorCode::Conflict));
    QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM outbox"_s), 0);

    // Both read the new message; boris answers first; anna's send is stopped and names him.
    Result<CaseMark> annaMark = TeamStore::markCase(*annaDb, caseId);
    Result<CaseMark> borisMark = TeamStore::markCase(*borisDb, caseId);
    QVERIFY(annaMark.ok() && borisMark.ok());
    Result<OutboxItem> borisReply = TeamStore::replyChecked(
        *borisDb, borisMark.value(), u"On it."_s, Visibility::Public, boris.id, now);
    QVERIFY2(borisReply.ok(), qPrintable(borisReply.error().message));
    Result<OutboxItem> annaReply = TeamStore::replyChecked(
        *annaDb, annaMark.value(), u"Looking."_s, Visibility::Public, anna.id, now);
    QCOMPARE(static_cast<int>(annaReply.error().code), static_cast<int>(ErrorCode::Conflict));
    QVERIFY2(annaReply.error().message.contains(boris.name), qPrintable(annaReply.error().message));
    // Boris's own reply is no news to him, also once it is sent and joins the thread.
    QVERIFY(OutboxStore::claimNext(*m_db, m_account, now).ok());
    QVERIFY(OutboxStore::complete(*m_db, borisReply.value().id,
        SendResult { SendOutcome::Sent, u"sent-1"_s, 0, {} }, false, now)
                .ok());
    QVERIFY(TeamStore::checkBeforeSend(*borisDb, borisMark.value(), boris.id).ok());
    // For anna, who opened the case before it, it is one reply by boris, not two.
    Result<CaseChanges> seen = TeamStore::changesSince(*annaDb, annaMark.value(), anna.id);
    QVERIFY(seen.ok());
    QCOMPARE(seen.value().replies, 1);
    QCOMPARE(seen.value().repliedBy, QStringList { boris.name });
    // A reply made on the platform's own site reaches the thread through the poller.
    Result<CaseMark> fresh = TeamStore::markCase(*annaDb, caseId);
    QVERIFY(fresh.ok());
    IngestBatch batch;
    batch.accountId = m_account;
    IncomingMessage outside;
    outside.platformId = u"site-reply"_s;
    outside.threadKey = u"c"_s;
    outside.direction = Direction::Out;
    outside.authorName = u"brand"_s;
    outside.text = u"Answered from the website"_s;
    outside.createdAt = now;
    batch.messages.append(outside);
    QVERIFY(CaseStore::ingest(*m_db, batch, now).ok());
    Result<CaseChanges> site = TeamStore::checkBeforeSend(*annaDb, fresh.value(), anna.id);
    QCOMPARE(static_cast<int>(site.error().code), static_cast<int>(ErrorCode::Conflict));
    QVERIFY2(site.error().message.contains(u"brand"_s), qPrintable(site.error().message));
    QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM outbox"_s), 1);
}

void TestTeam::concurrentRepliesOneWins()
{
    if (!openBackend())
        return;
    // Two agents who opened the case at the same moment press Send at the same moment, 50 times:
    // the case row is held for the check and the write, so exactly one reply is queued each time.
    const Agent anna = addAgent(u"anna"_s, AgentRole::Agent);
    const Agent boris = addAgent(u"boris"_s, AgentRole::Agent);
    QVERIFY(anna.id && boris.id);
    constexpr int rounds = 50;
    QList<CaseMark> marks;
    for (int i = 0; i < rounds; ++i) {
        Result<CaseMark> mark = TeamStore::markCase(*m_db, addCase(u"both-%1"_s.arg(i)));
        QVERIFY(mark.ok());
        marks.append(mark.value());
    }
    std::barrier sync(2);
    int queued[2] = { 0, 0 };
    int conflicts[2] = { 0, 0 };
    const Agent agents[2] = { anna, boris };
    QList<QThread *> threads;
    for (int t = 0; t < 2; ++t) {
        threads.append(QThread::create([&, t] {
            DatabaseConfig config = m_ws.config();
            config.user = agents[t].name;
            Result<std::unique_ptr<Database>> db
                = Database::open(config, Database::OpenMode::Existing);
            for (int round = 0; round < rounds; ++round) {
                sync.arrive_and_wait();
                if (!db.ok())
                    continue;
                Result<OutboxItem> sent = TeamStore::replyChecked(*db.value(), marks.at(round),
                    u"Hi"_s, Visibility::Public, agents[t].id, m_clock.now());
                queued[t] += sent.ok() ? 1 : 0;
                conflicts[t] += !sent.ok() && sent.error().code == ErrorCode::Conflict ? 1 : 0;
            }
        }));
        threads.last()->start();
    }
    for (QThread *thread : std::as_const(threads)) {
        QVERIFY(thread->wait(120000));
        delete thread;
    }
    QCOMPARE(queued[0] + queued[1], rounds);
    QCOMPARE(conflicts[0] + conflicts[1], rounds);
    QCOMPARE(
        count(*m_db,
            u"SELECT COUNT(*) FROM (SELECT case_id FROM outbox GROUP BY case_id HAVING COUNT(*) "
            "> 1) d"_s),
        0);
}

void TestTeam::rowLevelSecurity()
{
    if (!openBackend())
        return;
    // Two teams with a queue each; anna is in alpha, bella in beta; sue supervises alpha.
    const Agent anna = addAgent(u"anna"_s, AgentRole::Agent, u"alpha"_s);
    const Agent bella = addAgent(u"bella"_s, AgentRole::Agent, u"beta"_s);
    const Agent alex = addAgent(u"alex"_s, AgentRole::Agent, u"alpha"_s);
    const Agent sue = addAgent(u"sue"_s, AgentRole::Supervisor, u"alpha"_s);
    const Agent boss = addAgent(u"boss"_s, AgentRole::Admin);
    const Id alphaQueue = addQueue(u"alpha_q"_s, u"alpha"_s, AssignmentMode::Manual);
    const Id betaQueue = addQueue(u"beta_q"_s, u"beta"_s, AssignmentMode::Manual);
    QVERIFY(anna.id && bella.id && alex.id && sue.id && boss.id && alphaQueue && betaQueue);
    const Millis now = m_clock.now();
    const Id alphaCase = addCase(u"alpha-case"_s);
    const Id betaCase = addCase(u"beta-case"_s);
    const Id sharedCase = addCase(u"shared-case"_s);
    QVERIFY(TeamStore::moveToQueue(*m_db, alphaCase, alphaQueue, 0, now).ok());
    QVERIFY(TeamStore::moveToQueue(*m_db, betaCase, betaQueue, 0, now).ok());
    // Beta's case has a thread, a note, a reply waiting, a draft, a presence and events.
    std::unique_ptr<Database> bellaDb = openAs(bella.name);
    QVERIFY(bellaDb);
    QVERIFY(TeamStore::claim(*bellaDb, betaCase, bella.id, now).ok());
    QVERIFY(
        bellaDb
            ->exec(u"INSERT INTO note (case_id, author_agent_id, text, created_at) VALUES (?, ?, "
                   "'beta only', ?)"_s,
                { betaCase, bella.id, now })
            .ok());
    QVERIFY(bellaDb
                ->exec(u"INSERT INTO draft (case_id, agent_id, text, updated_at) VALUES (?, ?, "
                       "'draft', ?)"_s,
                    { betaCase, bella.id, now })
                .ok());
    QVERIFY(
        OutboxStore::enqueue(*bellaDb, betaCase, u"beta reply"_s, Visibility::Public, bella.id, now)
            .ok());
    QVERIFY(
        TeamStore::setPresence(*bellaDb, bella.id, betaCase, PresenceActivity::Replying, now).ok());

    std::unique_ptr<Database> annaDb = openAs(anna.name);
    QVERIFY(annaDb);
    // Anna reads nothing of beta's case ...
    const QStringList perCase { u"cases WHERE id = ?"_s, u"message WHERE case_id = ?"_s,
        u"note WHERE case_id = ?"_s, u"outbox WHERE case_id = ?"_s, u"draft WHERE case_id = ?"_s,
        u"presence WHERE case_id = ?"_s, u"event WHERE case_id = ?"_s,
        u"change_log WHERE case_id = ?"_s, u"case_tag WHERE case_id = ?"_s };
    for (const QString &from : perCase) {
        // The rows are there (the administrator of the server sees them), and anna sees none.
        QVERIFY2(count(*m_db, u"SELECT COUNT(*) FROM "_s + from, { betaCase }) > 0
                || from.startsWith("case_tag"_L1),
            qPrintable(from));
        QCOMPARE(count(*annaDb, u"SELECT COUNT(*) FROM "_s + from, { betaCase }), 0);
    }
    QCOMPARE(count(*annaDb,
                 u"SELECT COUNT(*) FROM message_search s JOIN message m ON m.id = s.message_id "
                 "WHERE m.case_id = ?"_s,
                 { betaCase }),
        0);
    // ... but her team's case and the shared inbox.
    QCOMPARE(count(*annaDb, u"SELECT COUNT(*) FROM cases WHERE id IN (?, ?)"_s,
                 { alphaCase, sharedCase }),
        2);
    QCOMPARE(count(*annaDb, u"SELECT COUNT(*) FROM message WHERE case_id = ?"_s, { alphaCase }), 1);
    // ... and writes nothing to it.
    Result<QSqlQuery> update = annaDb->exec(
        u"UPDATE cases SET status = 'resolved' WHERE id = ? RETURNING id"_s, { betaCase });
    QVERIFY(update.ok());
    QVERIFY(!update.value().next());
    QVERIFY(
        !annaDb
             ->exec(u"INSERT INTO note (case_id, author_agent_id, text, created_at) VALUES (?, ?, "
                    "'x', ?)"_s,
                 { betaCase, anna.id, now })
             .ok());
    QVERIFY(!OutboxStore::enqueue(*annaDb, betaCase, u"sneaky"_s, Visibility::Public, anna.id, now)
                 .ok());
    QCOMPARE(static_cast<int>(TeamStore::claim(*annaDb, betaCase, anna.id, now).error().code),
        static_cast<int>(ErrorCode::NotFound));
    QCOMPARE(static_cast<int>(TeamStore::markCase(*annaDb, betaCase).error().code),
        static_cast<int>(ErrorCode::NotFound));
    QVERIFY(
        !TeamStore::setPresence(*annaDb, anna.id, betaCase, PresenceActivity::Viewing, now).ok());
    QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM note WHERE case_id = ?"_s, { betaCase }), 1);
    QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM outbox WHERE case_id = ?"_s, { betaCase }), 1);
    QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM cases WHERE id = ? AND status = 'resolved'"_s,
                 { betaCase }),
        0);
    // Her own row in presence cannot be someone else's.
    QVERIFY(
        !annaDb
             ->exec(u"INSERT INTO presence (agent_id, case_id, activity, heartbeat_at) VALUES (?, "
                    "NULL, 'online', ?)"_s,
                 { bella.id, now })
             .ok());

    // An agent does not take a case from a colleague; a supervisor of the team does.
    QVERIFY(TeamStore::claim(*annaDb, alphaCase, anna.id, now).ok());
    std::unique_ptr<Database> sueDb = openAs(sue.name);
    QVERIFY(sueDb);
    std::unique_ptr<Database> alexDb = openAs(alex.name);
    QVERIFY(alexDb);
    // Declaring the write a team operation, as TeamStore does, meets the trigger's refusal.
    Result<Done> taken = alexDb->transaction([&]() -> Result<Done> {
        if (Result<QSqlQuery> declared
            = alexDb->exec(u"SELECT set_config('caredesk.assigning', 'on', true)"_s);
            !declared.ok())
            return declared.error();
        Result<QSqlQuery> updated = alexDb->exec(
            u"UPDATE cases SET assignee_id = ? WHERE id = ?"_s, { alex.id, alphaCase });
        return updated.ok() ? Result<Done>(Done {}) : Result<Done>(updated.error());
    });
    QVERIFY(!taken.ok());
    QVERIFY2(taken.error().message.contains(u"another agent"_s), qPrintable(taken.error().message));
    // Without it, the holder stays whatever the write says.
    QVERIFY(alexDb->exec(u"UPDATE cases SET assignee_id = ? WHERE id = ?"_s, { alex.id, alphaCase })
                .ok());
    QCOMPARE(static_cast<int>(TeamStore::claim(*alexDb, alphaCase, alex.id, now).error().code),
        static_cast<int>(ErrorCode::Conflict));
    QCOMPARE(
        count(*m_db, u"SELECT assignee_id FROM cases WHERE id = ?"_s, { alphaCase }), int(anna.id));
    QCOMPARE(count(*sueDb, u"SELECT COUNT(*) FROM cases WHERE id = ?"_s, { betaCase }), 0);
    QVERIFY(TeamStore::assign(*sueDb, alphaCase, sue.name, sue.id, now).ok());
    QCOMPARE(
        count(*m_db, u"SELECT assignee_id FROM cases WHERE id = ?"_s, { alphaCase }), int(sue.id));
    // A case assigned to an agent of another team becomes visible to that agent.
    QVERIFY(TeamStore::assign(*sueDb, alphaCase, bella.name, sue.id, now).ok());
    QCOMPARE(count(*bellaDb, u"SELECT COUNT(*) FROM cases WHERE id = ?"_s, { alphaCase }), 1);

    // Only administrators manage agents and accounts; the administrator sees every team.
    NewAgent intruder;
    intruder.name = unique(u"intruder"_s);
    QCOMPARE(static_cast<int>(AgentStore::addAgent(*annaDb, intruder, now).error().code),
        static_cast<int>(ErrorCode::Invalid));
    QCOMPARE(static_cast<int>(AgentStore::addAgent(*sueDb, intruder, now).error().code),
        static_cast<int>(ErrorCode::Invalid));
    QVERIFY(
        !annaDb
             ->exec(u"SELECT caredesk_create_login(?, 'caredesk_admin', NULL)"_s, { intruder.name })
             .ok());
    Account account;
    account.handle = u"rogue"_s;
    QVERIFY(!AccountStore::add(*annaDb, account, now).ok());
    QVERIFY(!annaDb->exec(u"UPDATE agent SET role = 'admin' WHERE id = ?"_s, { anna.id }).ok());
    std::unique_ptr<Database> bossDb = openAs(boss.name);
    QVERIFY(bossDb);
    QCOMPARE(count(*bossDb, u"SELECT COUNT(*) FROM cases WHERE id IN (?, ?, ?)"_s,
                 { alphaCase, betaCase, sharedCase }),
        3);
    QVERIFY(AccountStore::add(*bossDb, account, now).ok());
    Result<Agent> added = AgentStore::addAgent(*bossDb, intruder, now);
    QVERIFY2(added.ok(), qPrintable(added.error().message));
    // A privileged role (here the superuser) cannot be turned into an agent's login.
    NewAgent superuser;
    superuser.name = m_ws.config().user;
    QCOMPARE(static_cast<int>(AgentStore::addAgent(*bossDb, superuser, now).error().code),
        static_cast<int>(ErrorCode::Invalid));
}

void TestTeam::eventsAppendOnly()
{
    if (!openBackend())
        return;
    const Agent anna = addAgent(u"anna"_s, AgentRole::Agent);
    const Agent boss = addAgent(u"boss"_s, AgentRole::Admin);
    const Id caseId = addCase(u"e"_s);
    QVERIFY(anna.id && boss.id && caseId);
    std::unique_ptr<Database> annaDb = openAs(anna.name);
    std::unique_ptr<Database> bossDb = openAs(boss.name);
    QVERIFY(annaDb && bossDb);
    QVERIFY(TeamStore::claim(*annaDb, caseId, anna.id, m_clock.now()).ok());
    const int events = count(*m_db, u"SELECT COUNT(*) FROM event"_s);
    QVERIFY(events > 0);
    for (Database *db : { annaDb.get(), bossDb.get() }) {
        for (const QString &statement : { u"UPDATE event SET type = 'forged'"_s,
                 u"DELETE FROM event"_s, u"TRUNCATE event"_s }) {
            // Run as typed (TRUNCATE cannot be prepared), as a person with psql would.
            QSqlQuery attempt(db->sql());
            QVERIFY2(!attempt.exec(statement), qPrintable(statement));
            QVERIFY2(attempt.lastError().text().contains(u"permission denied"_s),
                qPrintable(attempt.lastError().text()));
        }
    }
    // Even the owner of the table meets the triggers.
    QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM event"_s), events);
    QVERIFY(!m_db->exec(u"UPDATE event SET type = 'forged'"_s).ok());
    QVERIFY(!QSqlQuery(m_db->sql()).exec(u"TRUNCATE event"_s));
}

void TestTeam::catalogIsLockedDown()
{
    if (!openBackend())
        return;
    // Every table: row-level security enabled and forced, owned by caredesk_owner.
    Result<QSqlQuery> tables
        = m_db->exec(u"SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity, "
                     "pg_get_userbyid(c.relowner) FROM pg_class c JOIN pg_namespace n ON n.oid = "
                     "c.relnamespace WHERE n.nspname = current_schema() AND c.relkind = 'r'"_s);
    QVERIFY(tables.ok());
    int seen = 0;
    while (tables.value().next()) {
        const QString name = tables.value().value(0).toString();
        QVERIFY2(
            tables.value().value(1).toBool() && tables.value().value(2).toBool(), qPrintable(name));
        QCOMPARE(tables.value().value(3).toString(), u"caredesk_owner"_s);
        ++seen;
    }
    QVERIFY(seen >= 28);
    // No application role bypasses it, logs in as a group, or is the owner.
    QCOMPARE(count(*m_db,
                 u"SELECT COUNT(*) FROM pg_roles WHERE rolname IN ('caredesk_agent', "
                 "'caredesk_supervisor', 'caredesk_trainer', 'caredesk_admin', "
                 "'caredesk_owner') AND NOT rolbypassrls AND NOT rolsuper AND NOT "
                 "rolcanlogin"_s),
        5);
    const Agent anna = addAgent(u"anna"_s, AgentRole::Agent);
    QVERIFY(anna.id);
    QCOMPARE(count(*m_db,
                 u"SELECT COUNT(*) FROM pg_roles WHERE rolname = ? AND rolcanlogin AND NOT "
                 "rolbypassrls AND NOT rolsuper AND NOT rolcreaterole AND pg_has_role(rolname, "
                 "'caredesk_agent', 'MEMBER') AND NOT pg_has_role(rolname, 'caredesk_owner', "
                 "'MEMBER')"_s,
                 { anna.name }),
        1);
}

void TestTeam::pollLeaseHandOver_data()
{
    QTest::addColumn<bool>("terminate");
    QTest::newRow("holder closes its connection") << false;
    QTest::newRow("server terminates the holder") << true;
}

void TestTeam::pollLeaseHandOver()
{
    QFETCH(bool, terminate);
    if (!openBackend())
        return;
    const Agent anna = addAgent(u"anna"_s, AgentRole::Agent);
    const Agent boris = addAgent(u"boris"_s, AgentRole::Agent);
    QVERIFY(anna.id && boris.id);
    std::unique_ptr<Database> first = openAs(anna.name);
    std::unique_ptr<Database> second = openAs(boris.name);
    QVERIFY(first && second);
    const Millis now = m_clock.now();
    Result<bool> took = TeamStore::acquirePollLease(*first, m_account, u"desktop-a"_s, now, 10000);
    QVERIFY2(took.ok(), qPrintable(took.error().message));
    QVERIFY(took.value());
    QVERIFY(holds(*first, m_account, u"desktop-a"_s, now));
    QVERIFY(!holds(*second, m_account, u"desktop-b"_s, now));
    // Another account is free.
    Account other;
    other.handle = u"other"_s;
    const Id otherAccount = AccountStore::add(*m_db, other, now).value().id;
    QVERIFY(holds(*second, otherAccount, u"desktop-b"_s, now));

    // The holder goes away; the server releases its lock; the next attempt takes over.
    if (terminate) {
        Result<QSqlQuery> pid = first->exec(u"SELECT pg_backend_pid()"_s);
        QVERIFY(pid.ok() && pid.value().next());
        QVERIFY(
            m_db->exec(u"SELECT pg_terminate_backend(?)"_s, { pid.value().value(0).toInt() }).ok());
    } else {
        first.reset();
    }
    QElapsedTimer handOver;
    handOver.start();
    QTRY_VERIFY_WITH_TIMEOUT(holds(*second, m_account, u"desktop-b"_s, now), 5000);
    qInfo("taken over after %lld ms", handOver.elapsed());
    QCOMPARE(count(*m_db,
                 u"SELECT COUNT(*) FROM poll_lease WHERE account_id = ? AND holder = 'desktop-b'"_s,
                 { m_account }),
        1);
    // The old holder, if it is still around, learns it has lost the lease.
    if (first)
        QVERIFY(!TeamStore::acquirePollLease(*first, m_account, u"desktop-a"_s, now, 10000).ok());
    // Releasing lets the next one in at once.
    std::unique_ptr<Database> third = openAs(anna.name);
    QVERIFY(third);
    QVERIFY(!holds(*third, m_account, u"desktop-c"_s, now));
    QVERIFY(TeamStore::releasePollLease(*second, m_account, u"desktop-b"_s).ok());
    QVERIFY(holds(*third, m_account, u"desktop-c"_s, now));
}

void TestTeam::sqliteLeaseExpires()
{
    QVERIFY(m_ws.open(u"sqlite"_s, u"lease"_s, m_clock.now()) == Test::TestWorkspace::Status::Open);
    m_db = m_ws.takeDatabase();
    Account account;
    account.handle = u"brand"_s;
    const Id accountId = AccountStore::add(*m_db, account, m_clock.now()).value().id;
    // The desktop and `caredesk-cli sync` on one file: the lease row decides.
    std::unique_ptr<Database> desktop = openAs(QString());
    std::unique_ptr<Database> cli = openAs(QString());
    QVERIFY(desktop && cli);
    Millis now = m_clock.now();
    QVERIFY(holds(*desktop, accountId, u"desktop"_s, now));
    QVERIFY(!holds(*cli, accountId, u"cli"_s, now));
    // The holder renews before the lease runs out, and keeps it.
    now += 8000;
    QVERIFY(holds(*desktop, accountId, u"desktop"_s, now));
    now += 8000;
    QVERIFY(!holds(*cli, accountId, u"cli"_s, now));
    // It dies (no more renewals): once the lease expires the other takes over, and the old
    // holder cannot renew.
    now += 2001;
    QVERIFY(holds(*cli, accountId, u"cli"_s, now));
    QVERIFY(!holds(*desktop, accountId, u"desktop"_s, now));
    QVERIFY(TeamStore::releasePollLease(*cli, accountId, u"cli"_s).ok());
    QVERIFY(holds(*desktop, accountId, u"desktop"_s, now));
}

QTEST_GUILESS_MAIN(TestTeam)
#include "tst_team.moc"
