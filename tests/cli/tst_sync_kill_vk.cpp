// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The crash test of issue 7 for VK (issue 10): 100 replies (60 public comments under a community
// post, 40 private messages in community dialogs) go out through `caredesk-cli sync`, which is
// SIGKILLed at random points at least 30 times while it sends to caredesk-vk-replay, a fake VK
// that, like VK, drops a repeated wall.createComment guid or messages.send random_id, and that
// stores a reply before its (delayed) answer, so kills land between the two. Then one clean
// `sync --once` drains what is left. VK sends are idempotent: every reply must end sent, and
// each must have been stored by the platform exactly once, with the guid / random_id derived
// from its outbox key.
#include "app/platforms/vk/vkconnector.h"
#include "tests/support/synckillharness.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;
using CareDesk::Test::SyncKillHarness;
using CareDesk::Test::SyncKillTest;

namespace {

constexpr int comments = 60;
constexpr int dialogs = 40;
constexpr int replies = comments + dialogs;
constexpr int minimumKills = 30;

} // namespace

class TestSyncKillVk : public SyncKillTest
{
    Q_OBJECT

public:
    // Every answer takes up to 300 ms, so kills land in the middle of sends. The first sync
    // backfills the post's comments and the dialogs.
    TestSyncKillVk()
        : SyncKillTest({ u"kill-vk.sqlite"_s, "CAREDESK_VK_REPLAY",
            { u"--comments"_s, QString::number(comments), u"--dialogs"_s, QString::number(dialogs),
                u"--max-delay-ms"_s, u"300"_s },
            { { u"vk"_s, u"brand"_s, u"/method"_s, "vk1.a.community-test-token\n" } } })
    {
    }

private Q_SLOTS:
    void killedWhileSending();
};

void TestSyncKillVk::killedWhileSending()
{
    // One reply to every case, on the surface of its last message: a comment under each
    // customer's comment, a message in each dialog.
    int n = 0;
    const int queued = m_harness.enqueueReplies(
        [&n](const CaseSummary &) { return QStringList { u"Reply %1 on VK"_s.arg(++n) }; },
        replies);
    QCOMPARE(queued, replies);

    const SyncKillHarness::Stats stats = m_harness.killWhileSending(
        minimumKills, SyncKillHarness::settledWhen(replies, { u"sent"_s }));
    QVERIFY2(stats.kills >= minimumKills,
        "the replies went out before 30 kills; make the replay server slower");

    // A clean run drains what is left: recovery resends the interrupted replies with the same
    // guid / random_id, which the platform recognises.
    QByteArray summary;
    // 5: a killed run still holds the poll lease, so this one only sends.
    const QString drainFailed = m_harness.drainChecked(&summary, { 0, 5 }, false);
    QVERIFY2(drainFailed.isEmpty(), qPrintable(drainFailed));

    QHash<QString, int> delivered; // by text
    QHash<QString, QString> identifiers; // text -> guid or random_id
    int repeats = 0;
    const QList<QJsonObject> posts = m_harness.loggedPosts();
    for (const QJsonObject &post : posts) {
        if (post.value(u"kind"_s).toString() == u"repeat"_s) {
            ++repeats; // a resend the platform recognised and dropped
            continue;
        }
        const QString text = post.value(u"text"_s).toString();
        delivered[text] += 1;
        identifiers.insert(text,
            post.value(u"kind"_s).toString() == u"comment"_s
                ? post.value(u"guid"_s).toString()
                : post.value(u"random_id"_s).toString());
    }

    const QList<SyncKillHarness::Row> rows = m_harness.outbox();
    QCOMPARE(rows.size(), replies);
    int publicRows = 0;
    for (const SyncKillHarness::Row &row : rows) {
        QCOMPARE(row.state, u"sent"_s);
        QVERIFY2(delivered.value(row.text) == 1,
            qPrintable(u"%1 was posted %2 times"_s.arg(row.text).arg(delivered.value(row.text))));
        const bool isPublic = row.visibility == u"public"_s;
        publicRows += isPublic ? 1 : 0;
        QCOMPARE(identifiers.value(row.text),
            isPublic ? Vk::VkConnector::guidFor(row.key)
                     : QString::number(Vk::VkConnector::randomIdFor(row.key)));
    }
    QCOMPARE(publicRows, comments);
    int total = 0;
    for (int times : std::as_const(delivered))
        total += times;
    QCOMPARE(total, replies);
    qInfo("%d resends after kills were recognised by guid / random_id and dropped", repeats);
}

QTEST_GUILESS_MAIN(TestSyncKillVk)
#include "tst_sync_kill_vk.moc"
