// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Quality reviews of sent replies (reply_review, migration 0008) on SQLite and PostgreSQL: a
// review keeps its per-point scores, overrides, comment and showcase flag; the repository answers
// through futures on the database thread; in team mode a supervisor reviews and sees the replies
// of their teams' cases only, agents cannot write reviews, administrators see all.
#include "app/core/clock.h"
#include "app/core/replyreview.h"
#include "app/storage/agentstore.h"
#include "app/storage/casestore.h"
#include "app/storage/database.h"
#include "app/storage/reviewstore.h"
#include "app/storage/sqlrepositories.h"
#include "app/storage/teamstore.h"
#include "tests/support/testworkspace.h"

#include <QRandomGenerator>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {
constexpr Millis t0 = 1'760'000'000'000; // a Thursday
}

class TestReviewStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void saveAndList_data();
    void saveAndList();
    void teamVisibility();

private:
    bool openBackend(bool postgres);
    /// A case with a customer message and a sent reply by agentId; returns (case, reply).
    std::pair<Id, Id> addCaseWithReply(const QString &thread, Id agentId, const QString &reply);
    std::unique_ptr<Database> openAs(const QString &login);
    QString unique(const QString &stem) const { return stem + u'_' + m_suffix; }
    ReplyReview review(Id messageId, const QString &reply) const;

    Test::TestWorkspace m_ws;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock { t0 };
    Id m_account = 0;
    QString m_suffix;
    int m_messages = 0;
};

void TestReviewStore::cleanup()
{
    m_db.reset();
    m_ws.close();
}

bool TestReviewStore::openBackend(bool postgres)
{
    CAREDESK_OPEN_WORKSPACE(m_ws, postgres ? u"postgresql"_s : u"sqlite"_s, u"review"_s, t0);
    m_db = m_ws.takeDatabase();
    m_clock.set(t0);
    m_suffix = QString::number(QRandomGenerator::global()->generate(), 36);
    QString error;
    m_account = Test::addAccount(*m_db, Platform::X, u"brand"_s, t0, &error);
    CAREDESK_SETUP_VERIFY(m_account, error);
    return true;
}

std::pair<Id, Id> TestReviewStore::addCaseWithReply(
    const QString &thread, Id agentId, const QString &reply)
{
    const IncomingMessage in
        = Test::incoming(u"%1-%2"_s.arg(thread).arg(++m_messages), thread, u"user-"_s + thread,
            u"Customer "_s + thread, u"My parcel is late, where is it?"_s, m_clock.now());
    IncomingMessage out = in;
    out.platformId = u"%1-%2"_s.arg(thread).arg(++m_messages);
    out.direction = Direction::Out;
    out.authorPlatformId = u"brand"_s;
    out.authorName = u"Brand"_s;
    out.text = reply;
    out.createdAt = m_clock.now() + 5 * 60'000;
    Result<IngestResult> stored
        = CaseStore::ingest(*m_db, Test::batchOf(m_account, { in, out }), m_clock.now());
    if (!stored.ok() || stored.value().caseIds.isEmpty())
        return { 0, 0 };
    const Id caseId = stored.value().caseIds.first();
    Result<QSqlQuery> q
        = m_db->exec(u"SELECT id FROM message WHERE platform_id = ?"_s, { out.platformId });
    if (!q.ok() || !q.value().next())
        return { caseId, 0 };
    const Id messageId = q.value().value(0).toLongLong();
    q.value().finish();
    if (agentId > 0)
        m_db->exec(
            u"UPDATE message SET author_agent_id = ? WHERE id = ?"_s, { agentId, messageId });
    return { caseId, messageId };
}

std::unique_ptr<Database> TestReviewStore::openAs(const QString &login)
{
    DatabaseConfig config = m_ws.config();
    config.user = login;
    Result<std::unique_ptr<Database>> opened = Database::open(config, Database::OpenMode::Existing);
    if (!opened.ok())
        return nullptr;
    return std::move(opened.value());
}

ReplyReview TestReviewStore::review(Id messageId, const QString &reply) const
{
    RubricInput in;
    in.text = reply;
    in.platform = Platform::X;
    in.customerPostedAt = t0;
    in.repliedAt = t0 + 5 * 60'000;
    ReplyReview r;
    r.messageId = messageId;
    r.points = ReplyReviews::pointsFrom(Rubric::score(RubricConfig::defaults(), in));
    return r;
}

void TestReviewStore::saveAndList_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgresql") << true;
}

void TestReviewStore::saveAndList()
{
    QFETCH(bool, postgres);
    if (!openBackend(postgres))
        return;
    NewAgent spec;
    spec.name = unique(u"anna"_s);
    spec.role = AgentRole::Agent;
    Result<Agent> anna = AgentStore::addAgent(*m_db, spec, t0);
    QVERIFY2(anna.ok(), qPrintable(anna.error().message));
    spec.name = unique(u"sue"_s);
    spec.role = AgentRole::Supervisor;
    Result<Agent> sue = AgentStore::addAgent(*m_db, spec, t0);
    QVERIFY(sue.ok());
    const QString good = u"Sorry for the wait! Your parcel arrives tomorrow by 12:00."_s;
    const auto [caseId, replyId] = addCaseWithReply(u"t1"_s, anna.value().id, good);
    QVERIFY(caseId && replyId);

    DatabaseWorker worker(m_ws.config());
    SqlReplyReviewRepository repository(worker, m_clock);
    ReplyReview r = review(replyId, good);
    QVERIFY(!r.points.isEmpty());
    // The reviewer takes points off a point the rubric gave in full, and marks it for training.
    const qsizetype tone
        = std::find_if(r.points.cbegin(), r.points.cend(),
              [](const ReviewPoint &p) { return p.applicable && p.autoPoints > 0; })
        - r.points.cbegin();
    QVERIFY(tone < r.points.size());
    r.points[tone].points = 0;
    r.comment = u"Good, a warmer opening next time"_s;
    r.showcase = true;
    r.reviewerId = sue.value().id;
    QFuture<Result<ReplyReview>> saved = repository.save(r);
    saved.waitForFinished();
    QVERIFY2(saved.result().ok(), qPrintable(saved.result().error().message));
    const ReplyReview stored = saved.result().value();
    QVERIFY(stored.id > 0);
    QCOMPARE(stored.caseId, caseId);
    QCOMPARE(stored.agentId, anna.value().id);
    QCOMPARE(stored.reviewerId, sue.value().id);
    QCOMPARE(stored.text, good);
    QCOMPARE(stored.comment, r.comment);
    QVERIFY(stored.showcase);
    QCOMPARE(stored.createdAt, t0);
    QCOMPARE(stored.points.at(tone).points, 0);
    QVERIFY(stored.points.at(tone).overridden());
    QVERIFY(stored.maximum > 0);
    int total = 0;
    for (const ReviewPoint &p : stored.points)
        total += p.applicable ? p.points : 0;
    QCOMPARE(stored.total, total);

    // A second, plain review a week later; the list, the showcase list, the trend.
    m_clock.advance(7 * 24 * 3'600'000LL);
    ReplyReview plain = review(replyId, good);
    plain.reviewerId = sue.value().id;
    QFuture<Result<ReplyReview>> second = repository.save(plain);
    second.waitForFinished();
    QVERIFY(second.result().ok());
    QFuture<Result<QList<ReplyReview>>> all = repository.list(0, 0, false);
    all.waitForFinished();
    QVERIFY(all.result().ok());
    QCOMPARE(all.result().value().size(), 2);
    QCOMPARE(all.result().value().first().id, second.result().value().id); // newest first
    QFuture<Result<QList<ReplyReview>>> showcase = repository.list(0, 0, true);
    showcase.waitForFinished();
    QCOMPARE(showcase.result().value().size(), 1);
    QCOMPARE(showcase.result().value().first().id, stored.id);
    QFuture<Result<QList<ReplyReview>>> ofMessage = repository.forMessage(replyId);
    ofMessage.waitForFinished();
    QCOMPARE(ofMessage.result().value().size(), 2);
    const QList<ReviewTrendPoint> trend = ReplyReviews::trends(all.result().value());
    QCOMPARE(trend.size(), 2);
    QCOMPARE(trend.first().agentId, anna.value().id);
    QCOMPARE(trend.first().reviews, 1);
    QVERIFY(trend.first().weekStart < trend.last().weekStart);
    QVERIFY(trend.first().averagePercent < trend.last().averagePercent); // the override cost points

    // Only sent replies are reviewed.
    Result<QSqlQuery> in = m_db->exec(
        u"SELECT id FROM message WHERE case_id = ? AND direction = 'in'"_s, { caseId });
    QVERIFY(in.ok() && in.value().next());
    const Id customerMessage = in.value().value(0).toLongLong();
    in.value().finish();
    QFuture<Result<ReplyReview>> refused = repository.save(review(customerMessage, u"x"_s));
    refused.waitForFinished();
    QVERIFY(!refused.result().ok());
}

void TestReviewStore::teamVisibility()
{
    if (!openBackend(true))
        return;
    auto add = [this](const QString &stem, AgentRole role, const QString &team) {
        NewAgent spec;
        spec.name = unique(stem);
        spec.role = role;
        spec.team = team.isEmpty() ? QString() : unique(team);
        Result<Agent> added = AgentStore::addAgent(*m_db, spec, t0);
        return added.ok() ? added.value() : Agent {};
    };
    const Agent anna = add(u"anna"_s, AgentRole::Agent, u"alpha"_s);
    const Agent sue = add(u"sue"_s, AgentRole::Supervisor, u"alpha"_s);
    const Agent bob = add(u"bob"_s, AgentRole::Supervisor, u"beta"_s);
    const Agent boss = add(u"boss"_s, AgentRole::Admin, QString());
    QVERIFY(anna.id && sue.id && bob.id && boss.id);
    Result<Id> alpha = AgentStore::ensureTeam(*m_db, unique(u"alpha"_s));
    Result<Id> beta = AgentStore::ensureTeam(*m_db, unique(u"beta"_s));
    QVERIFY(alpha.ok() && beta.ok());
    Result<Id> alphaQueue = AgentStore::addQueue(
        *m_db, unique(u"alpha_q"_s), alpha.value(), AssignmentMode::Manual, {});
    Result<Id> betaQueue = AgentStore::addQueue(
        *m_db, unique(u"beta_q"_s), beta.value(), AssignmentMode::Manual, {});
    QVERIFY(alphaQueue.ok() && betaQueue.ok());
    const auto [alphaCase, alphaReply]
        = addCaseWithReply(u"alpha"_s, anna.id, u"Sorry, tomorrow by 12:00"_s);
    const auto [betaCase, betaReply] = addCaseWithReply(u"beta"_s, 0, u"See our website"_s);
    QVERIFY(TeamStore::moveToQueue(*m_db, alphaCase, alphaQueue.value(), 0, t0).ok());
    QVERIFY(TeamStore::moveToQueue(*m_db, betaCase, betaQueue.value(), 0, t0).ok());

    std::unique_ptr<Database> sueDb = openAs(sue.name);
    std::unique_ptr<Database> bobDb = openAs(bob.name);
    std::unique_ptr<Database> annaDb = openAs(anna.name);
    std::unique_ptr<Database> bossDb = openAs(boss.name);
    QVERIFY(sueDb && bobDb && annaDb && bossDb);
    // Sue reviews her team's reply, under her own name (reviewer 0: the login's agent).
    Result<ReplyReview> mine
        = ReviewStore::save(*sueDb, review(alphaReply, u"Sorry, tomorrow by 12:00"_s), t0);
    QVERIFY2(mine.ok(), qPrintable(mine.error().message));
    QCOMPARE(mine.value().reviewerId, sue.id);
    // Not another team's, and not as somebody else.
    QVERIFY(!ReviewStore::save(*sueDb, review(betaReply, u"See our website"_s), t0).ok());
    ReplyReview forged = review(alphaReply, u"x"_s);
    forged.reviewerId = boss.id;
    QVERIFY(!ReviewStore::save(*sueDb, forged, t0).ok());
    // An agent reads the reviews of their team's cases but writes none.
    QVERIFY(!ReviewStore::save(*annaDb, review(alphaReply, u"x"_s), t0).ok());
    QCOMPARE(ReviewStore::list(*annaDb, 0, 0, false).value().size(), 1);
    // Bob reviews beta's reply and sees only that one; sue sees only hers; the admin both.
    QVERIFY(ReviewStore::save(*bobDb, review(betaReply, u"See our website"_s), t0).ok());
    const QList<ReplyReview> bobs = ReviewStore::list(*bobDb, 0, 0, false).value();
    QCOMPARE(bobs.size(), 1);
    QCOMPARE(bobs.first().caseId, betaCase);
    const QList<ReplyReview> sues = ReviewStore::list(*sueDb, 0, 0, false).value();
    QCOMPARE(sues.size(), 1);
    QCOMPARE(sues.first().caseId, alphaCase);
    QCOMPARE(ReviewStore::list(*bossDb, 0, 0, false).value().size(), 2);
}

QTEST_GUILESS_MAIN(TestReviewStore)
#include "tst_reviewstore.moc"
