// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The crash test of issue 7 for Facebook (issue 10): 60 replies (30 public replies to page
// comments, 30 Messenger messages) go out through `caredesk-cli sync`, which is SIGKILLed at
// random points at least 30 times while it sends to caredesk-fb-replay, a fake Graph API that,
// like Graph, has no idempotency (every POST stores a reply) and stores a reply before its
// (delayed) answer, so kills land between the two. Then one clean `sync --once` drains what is
// left. A reply the crash left ambiguous must end unknown for the agent and must never be posted
// a second time; every reply marked sent was stored exactly once; Messenger replies went with
// messaging_type RESPONSE (the customers wrote an hour ago).
#include "tests/support/synckillharness.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;
using CareDesk::Test::SyncKillHarness;
using CareDesk::Test::SyncKillTest;

namespace {

constexpr int comments = 30;
constexpr int conversations = 30;
constexpr int replies = comments + conversations;
constexpr int minimumKills = 30;

} // namespace

class TestSyncKillFacebook : public SyncKillTest
{
    Q_OBJECT

public:
    // Every answer takes up to 300 ms, so kills land in the middle of sends. The first sync reads
    // the comments and the conversations.
    TestSyncKillFacebook()
        : SyncKillTest({ u"kill-facebook.sqlite"_s, "CAREDESK_FB_REPLAY",
            { u"--comments"_s, QString::number(comments), u"--conversations"_s,
                QString::number(conversations), u"--max-delay-ms"_s, u"300"_s },
            { { u"facebook"_s, u"Brand"_s, u"/v25.0"_s, "fb-test-token\n" } } })
    {
    }

private Q_SLOTS:
    void killedWhileSending();
};

void TestSyncKillFacebook::killedWhileSending()
{
    int n = 0;
    const int queued = m_harness.enqueueReplies(
        [&n](const CaseSummary &) { return QStringList { u"Reply %1 on Facebook"_s.arg(++n) }; },
        replies);
    QCOMPARE(queued, replies);

    const SyncKillHarness::Stats stats = m_harness.killWhileSending(
        minimumKills, SyncKillHarness::settledWhen(replies, { u"sent"_s, u"unknown"_s }));
    QVERIFY2(stats.kills >= minimumKills,
        "the replies went out before 30 kills; make the replay server slower");

    QByteArray summary;
    // 1: some replies ended unknown; 5: a killed run still holds the poll lease.
    const QString drainFailed = m_harness.drainChecked(&summary, { 0, 1, 5 });
    QVERIFY2(drainFailed.isEmpty(), qPrintable(drainFailed));

    QHash<QString, int> delivered; // by text
    const QList<QJsonObject> posts = m_harness.loggedPosts();
    for (const QJsonObject &post : posts) {
        delivered[post.value(u"text"_s).toString()] += 1;
        if (post.value(u"kind"_s).toString() == u"message"_s)
            QCOMPARE(post.value(u"messaging_type"_s).toString(), u"RESPONSE"_s);
    }

    const QList<SyncKillHarness::Row> rows = m_harness.outbox();
    QCOMPARE(rows.size(), replies);
    SyncKillHarness::Delivery delivery;
    const QString wrong
        = SyncKillHarness::checkAtMostOnce(rows, u"facebook"_s, delivered, &delivery);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    QCOMPARE(delivery.publicRows, comments);
    QCOMPARE(delivery.total, replies - delivery.unknown + delivery.unknownDelivered);
    qInfo("Facebook: %d replies unknown after the kills, %d of them had reached the platform",
        delivery.unknown, delivery.unknownDelivered);
}

QTEST_GUILESS_MAIN(TestSyncKillFacebook)
#include "tst_sync_kill_facebook.moc"
