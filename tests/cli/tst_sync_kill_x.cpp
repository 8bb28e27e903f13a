// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The crash test of issue 7 for X (issue 10): 80 replies (40 public replies to mentions, 40 direct
// messages) go out through `caredesk-cli sync`, which is SIGKILLed at random points at least 30
// times while it sends to caredesk-x-replay, a fake X that, like X, has no idempotency (every POST
// stores a post) and stores a reply before its (delayed) answer, so kills land between the two.
// Then one clean `sync --once` drains what is left. X sends are not idempotent: a reply the crash
// left ambiguous must end unknown for the agent and must never be posted a second time; every
// reply marked sent was stored exactly once; nothing stored is missing from the outbox.
#include "tests/support/synckillharness.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;
using CareDesk::Test::SyncKillHarness;
using CareDesk::Test::SyncKillTest;

namespace {

constexpr int mentions = 40;
constexpr int dms = 40;
constexpr int replies = mentions + dms;
constexpr int minimumKills = 30;

} // namespace

class TestSyncKillX : public SyncKillTest
{
    Q_OBJECT

public:
    // Every answer takes up to 300 ms, so kills land in the middle of sends. The first sync reads
    // the mentions and the direct messages.
    TestSyncKillX()
        : SyncKillTest({ u"kill-x.sqlite"_s, "CAREDESK_X_REPLAY",
            { u"--mentions"_s, QString::number(mentions), u"--dms"_s, QString::number(dms),
                u"--max-delay-ms"_s, u"300"_s },
            { { u"x"_s, u"@brand"_s, {}, "x-test-token\n" } } })
    {
    }

private Q_SLOTS:
    void killedWhileSending();
};

void TestSyncKillX::killedWhileSending()
{
    // One reply to every case on the surface of its last message: a public reply to each
    // mention, a direct message in each conversation.
    int n = 0;
    const int queued = m_harness.enqueueReplies(
        [&n](const CaseSummary &) { return QStringList { u"Reply %1 on X"_s.arg(++n) }; }, replies);
    QCOMPARE(queued, replies);

    const SyncKillHarness::Stats stats = m_harness.killWhileSending(
        minimumKills, SyncKillHarness::settledWhen(replies, { u"sent"_s, u"unknown"_s }));
    QVERIFY2(stats.kills >= minimumKills,
        "the replies went out before 30 kills; make the replay server slower");

    // A clean run drains what is left; recovery marks the interrupted ones unknown.
    QByteArray summary;
    // 1: some replies ended unknown; 5: a killed run still holds the poll lease.
    const QString drainFailed = m_harness.drainChecked(&summary, { 0, 1, 5 });
    QVERIFY2(drainFailed.isEmpty(), qPrintable(drainFailed));

    QHash<QString, int> delivered; // by text
    const QList<QJsonObject> posts = m_harness.loggedPosts();
    for (const QJsonObject &post : posts)
        delivered[post.value(u"text"_s).toString()] += 1;

    const QList<SyncKillHarness::Row> rows = m_harness.outbox();
    QCOMPARE(rows.size(), replies);
    SyncKillHarness::Delivery delivery;
    const QString wrong = SyncKillHarness::checkAtMostOnce(rows, u"x"_s, delivered, &delivery);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    QCOMPARE(delivery.publicRows, mentions);
    QCOMPARE(delivery.total, replies - delivery.unknown + delivery.unknownDelivered);
    qInfo("X: %d replies unknown after the kills, %d of them had reached the platform",
        delivery.unknown, delivery.unknownDelivered);
}

QTEST_GUILESS_MAIN(TestSyncKillX)
#include "tst_sync_kill_x.moc"
