// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The crash test of issue 7: 200 replies (100 to Mastodon, 100 to Telegram) go out through
// `caredesk-cli sync`, which is SIGKILLed at random points at least 50 times while it sends to
// the standalone replay server (caredesk-replay, a fake instance and Bot API that logs every
// reply it stores). Then one clean `sync --once` drains what is left. Nothing may be lost (every
// reply ends sent or, for Telegram, unknown), nothing may be duplicated on Mastodon (the
// Idempotency-Key makes a resend after a crash harmless), and Telegram, which has no such key,
// must never post a reply twice: a send the crash left ambiguous is marked unknown for the agent.
#include "tests/support/synckillharness.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;
using CareDesk::Test::SyncKillHarness;
using CareDesk::Test::SyncKillTest;

namespace {

constexpr int repliesPerPlatform = 100;
constexpr int minimumKills = 50;
constexpr int mastodonCases = 80; ///< 40 mentions and 40 direct messages

/// How the platform's log names a reply: Mastodon by the Idempotency-Key (the text gained the
/// customer's @acct), Telegram by the text.
QString logName(const SyncKillHarness::Row &row)
{
    return row.platform + u'|' + (row.platform == u"mastodon"_s ? row.key : row.text);
}

} // namespace

class TestSyncKill : public SyncKillTest
{
    Q_OBJECT

public:
    // Every answer takes up to 200 ms, so kills land in the middle of sends.
    // A first sync reads Mastodon's newest page (40) of mentions and of conversations.
    TestSyncKill()
        : SyncKillTest({ u"kill.sqlite"_s, "CAREDESK_REPLAY",
            { u"--mentions"_s, QString::number(mastodonCases / 2), u"--direct"_s,
                QString::number(mastodonCases / 2), u"--telegram-messages"_s,
                QString::number(repliesPerPlatform), u"--max-delay-ms"_s, u"200"_s },
            { { u"mastodon"_s, u"brand"_s, {}, "mastodon-test-token\n" },
                { u"telegram"_s, u"brand_bot"_s, {}, "123456:telegram-test-token\n" } } })
    {
    }

private Q_SLOTS:
    void killedWhileSending();
};

void TestSyncKill::killedWhileSending()
{
    // 200 replies queued the way the desktop queues them: one to every Telegram chat, one to
    // every Mastodon case (public to a mention, private to a direct message) and a second one
    // to 20 mentions, which must follow the first in order.
    int n = 0;
    int seconds = repliesPerPlatform - mastodonCases;
    const int queued = m_harness.enqueueReplies(
        [&](const CaseSummary &c) {
            const int count = c.value.platform == Platform::Mastodon
                    && c.lastVisibility == Visibility::Public && seconds-- > 0
                ? 2
                : 1;
            QStringList texts;
            for (int i = 0; i < count; ++i)
                texts.append(u"Reply %1 on %2"_s.arg(++n).arg(toString(c.value.platform)));
            return texts;
        },
        mastodonCases + repliesPerPlatform);
    QCOMPARE(queued, 2 * repliesPerPlatform);

    // Kill `sync` at random points until at least 50 kills landed while replies were going out.
    const SyncKillHarness::Stats stats = m_harness.killWhileSending(minimumKills,
        SyncKillHarness::settledWhen(2 * repliesPerPlatform, { u"sent"_s, u"unknown"_s }));
    QVERIFY2(stats.kills >= minimumKills,
        "the replies went out before 50 kills; make the replay server slower");

    // A clean run drains what is left (recovery first: Mastodon resends with the same key,
    // Telegram marks the interrupted ones unknown).
    QByteArray summary;
    // 1: some replies ended unknown; 5: a killed run still holds the poll lease, so this one
    // only sends (the lease expires on its own).
    const QString drainFailed = m_harness.drainChecked(&summary, { 0, 1, 5 });
    QVERIFY2(drainFailed.isEmpty(), qPrintable(drainFailed));

    // What the platforms stored.
    QHash<QString, int> delivered;
    const QList<QJsonObject> posts = m_harness.loggedPosts();
    for (const QJsonObject &post : posts) {
        const QString platform = post.value(u"platform"_s).toString();
        const QString name = platform == u"mastodon"_s ? post.value(u"idempotency_key"_s).toString()
                                                       : post.value(u"text"_s).toString();
        delivered[platform + u'|' + name] += 1;
    }

    const QList<SyncKillHarness::Row> rows = m_harness.outbox();
    QCOMPARE(rows.size(), 2 * repliesPerPlatform);
    int unknown = 0;
    int unknownDelivered = 0;
    for (const SyncKillHarness::Row &row : rows) {
        const int times = delivered.value(logName(row));
        QVERIFY2(times <= 1, qPrintable(u"%1 was posted %2 times"_s.arg(row.text).arg(times)));
        if (row.platform == u"mastodon"_s) {
            // Idempotency makes every Mastodon reply go out exactly once, whatever the kills did.
            QCOMPARE(row.state, u"sent"_s);
            QCOMPARE(times, 1);
        } else {
            // Telegram: sent exactly once, or unknown (posted once or not at all) for the agent.
            QVERIFY2(row.state == u"sent"_s || row.state == u"unknown"_s, qPrintable(row.state));
            if (row.state == u"sent"_s)
                QCOMPARE(times, 1);
            else {
                ++unknown;
                unknownDelivered += times;
            }
        }
    }
    qInfo("Telegram: %d replies unknown after the kills, %d of them had reached the platform",
        unknown, unknownDelivered);
    // Nothing the platforms stored is missing from the outbox.
    int total = 0;
    for (int times : std::as_const(delivered))
        total += times;
    QCOMPARE(total, 2 * repliesPerPlatform - unknown + unknownDelivered);
}

QTEST_GUILESS_MAIN(TestSyncKill)
#include "tst_sync_kill.moc"
