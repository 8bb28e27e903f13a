// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The demo workspace must be worth looking at: varied traffic on five platforms in two
// languages, people who write on several platforms, cases past their SLA and unanswered ones.
#include "app/platforms/demo/demolivestream.h"
#include "app/platforms/demo/demotraffic.h"
#include "app/runtime/workspace.h"
#include "app/storage/database.h"

#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

class TestDemoTraffic : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void workspaceVariety();
    void customerTextsAreDistinct();
    void livePool();
    void liveStreamFeedsIngest();
    void demoIntoNonEmptyWorkspaceRefused();

private:
    qint64 scalar(const QString &statement);
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock { 1795000000000 };
};

void TestDemoTraffic::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const DatabaseConfig config = DatabaseConfig::sqlite(m_dir.filePath(u"demo.caredesk"_s));
    Result<WorkspaceInfo> info = Workspace::initialize(config, WorkspaceKind::Demo, m_clock, true);
    QVERIFY2(info.ok(), qPrintable(info.error().message));
    QCOMPARE(toString(info.value().kind), u"demo"_s);
    Result<std::unique_ptr<Database>> opened = Database::open(config, Database::OpenMode::Existing);
    QVERIFY(opened.ok());
    m_db = std::move(opened.value());
}

qint64 TestDemoTraffic::scalar(const QString &statement)
{
    Result<QSqlQuery> q = m_db->exec(statement);
    if (!q.ok() || !q.value().next())
        return -1;
    return q.value().value(0).toLongLong();
}

void TestDemoTraffic::workspaceVariety()
{
    const qint64 cases = scalar(u"SELECT COUNT(*) FROM cases"_s);
    QVERIFY2(cases >= 300, qPrintable(u"only %1 cases"_s.arg(cases)));
    for (Platform platform : Demo::DemoTraffic::platforms()) {
        const qint64 n = scalar(u"SELECT COUNT(*) FROM cases WHERE platform = '%1'"_s.arg(toString(platform)));
        QVERIFY2(n >= 40, qPrintable(u"%1 cases on %2"_s.arg(n).arg(toString(platform))));
    }
    for (const QString &language : { u"ru"_s, u"en"_s }) {
        const qint64 n = scalar(u"SELECT COUNT(*) FROM cases WHERE language = '%1'"_s.arg(language));
        QVERIFY2(n * 100 >= cases * 35, qPrintable(u"%1 of %2 cases in %3"_s.arg(n).arg(cases).arg(language)));
    }
    const qint64 multiPlatform = scalar(
        u"SELECT COUNT(*) FROM (SELECT ci.customer_id FROM customer_identity ci JOIN identity i ON i.id = ci.identity_id "
        "WHERE ci.unlinked_at = 0 GROUP BY ci.customer_id HAVING COUNT(DISTINCT i.platform) >= 2) m"_s);
    QVERIFY2(multiPlatform >= 20, qPrintable(u"%1 customers on two or more platforms"_s.arg(multiPlatform)));
    const qint64 now = m_clock.now();
    const qint64 breached = scalar(
        u"SELECT COUNT(*) FROM cases WHERE status <> 'resolved' AND ((first_response_due > 0 AND first_response_due < %1) "
        "OR (next_response_due > 0 AND next_response_due < %1))"_s.arg(now));
    QVERIFY2(breached >= 15, qPrintable(u"%1 cases past their SLA"_s.arg(breached)));
    const qint64 unanswered = scalar(u"SELECT COUNT(*) FROM cases WHERE unanswered > 0 AND status <> 'resolved'"_s);
    QVERIFY2(unanswered >= 30, qPrintable(u"%1 unanswered cases"_s.arg(unanswered)));
    QVERIFY(scalar(u"SELECT COUNT(*) FROM customer WHERE vip = 1"_s) >= 2);
    QVERIFY(scalar(u"SELECT COUNT(*) FROM message WHERE visibility = 'private'"_s) >= 30);
    QVERIFY(scalar(u"SELECT COUNT(DISTINCT status) FROM cases"_s) == 5);
    QCOMPARE(scalar(u"SELECT MAX(created_at) FROM message"_s) <= now, true);
    QCOMPARE(scalar(u"SELECT MIN(created_at) FROM message"_s) >= now - 31LL * 24 * 3600 * 1000, true);
}

void TestDemoTraffic::customerTextsAreDistinct()
{
    Result<Demo::DemoTraffic> traffic = Demo::DemoTraffic::load();
    QVERIFY(traffic.ok());
    QStringList texts;
    Result<QSqlQuery> q = m_db->exec(u"SELECT text FROM message WHERE direction = 'in'"_s);
    QVERIFY(q.ok());
    while (q.value().next())
        texts.append(q.value().value(0).toString());
    for (const Demo::LiveMessage &m : traffic.value().liveMessages())
        texts.append(m.text);
    for (const Demo::LiveMessage &m : traffic.value().followUps())
        texts.append(m.text);
    texts.removeDuplicates();
    QVERIFY2(texts.size() >= 600, qPrintable(u"%1 distinct customer texts"_s.arg(texts.size())));

    static const QRegularExpression separators(u"[^\\p{L}\\p{N}]+"_s);
    QList<QSet<QString>> words;
    for (const QString &text : std::as_const(texts)) {
        const QStringList parts = text.toLower().split(separators, Qt::SkipEmptyParts);
        words.append(QSet<QString>(parts.cbegin(), parts.cend()));
    }
    // "No two share more than 70% of their words": the shared words over the smaller text.
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (words.at(i).size() < 4)
            continue;
        for (qsizetype j = i + 1; j < words.size(); ++j) {
            if (words.at(j).size() < 4)
                continue;
            const qsizetype shared = QSet<QString>(words.at(i)).intersect(words.at(j)).size();
            const qsizetype smaller = qMin(words.at(i).size(), words.at(j).size());
            QVERIFY2(shared * 10 <= smaller * 7,
                     qPrintable(u"too alike:\n%1\n%2"_s.arg(texts.at(i), texts.at(j))));
        }
    }
}

void TestDemoTraffic::livePool()
{
    Result<Demo::DemoTraffic> traffic = Demo::DemoTraffic::load();
    QVERIFY(traffic.ok());
    QSet<QString> pool;
    for (const Demo::LiveMessage &m : traffic.value().liveMessages())
        pool.insert(m.text);
    QVERIFY2(pool.size() >= 200, qPrintable(u"%1 live messages"_s.arg(pool.size())));
    QVERIFY(traffic.value().namesFor(u"ru"_s).size() >= 20);
    QVERIFY(traffic.value().namesFor(u"en"_s).size() >= 20);
}

void TestDemoTraffic::liveStreamFeedsIngest()
{
    Result<Demo::DemoTraffic> traffic = Demo::DemoTraffic::load();
    QVERIFY(traffic.ok());
    const Demo::DemoPlan plan = traffic.value().plan(m_clock.now());
    QHash<Platform, Id> accounts;
    Result<QSqlQuery> q = m_db->exec(u"SELECT platform, id FROM account"_s);
    QVERIFY(q.ok());
    while (q.value().next())
        accounts.insert(*platformFromString(q.value().value(0).toString()), q.value().value(1).toLongLong());
    QCOMPARE(accounts.size(), 5);

    Demo::DemoLiveStream stream(traffic.value(), plan.openThreads, accounts, m_clock);
    stream.setInterval(50);
    QSignalSpy batches(&stream, &Demo::DemoLiveStream::batchReady);
    stream.start();
    QTRY_VERIFY(batches.size() >= 3);
    stream.setPaused(true);
    batches.clear();
    QTest::qWait(300);
    QCOMPARE(batches.size(), 0);

    Workspace workspace(DatabaseConfig::sqlite(m_dir.filePath(u"demo.caredesk"_s)),
                        std::make_shared<ManualClock>(m_clock.now()));
    const qint64 before = scalar(u"SELECT COUNT(*) FROM message"_s);
    int followUps = 0;
    for (int i = 0; i < 30; ++i) {
        const IngestBatch batch = stream.next();
        QCOMPARE(batch.messages.size(), 1);
        QVERIFY(accounts.values().contains(batch.accountId));
        if (batch.messages.first().threadKey.startsWith("demo-"_L1))
            ++followUps;
        QFuture<Result<IngestResult>> stored = workspace.cases().ingest(batch);
        stored.waitForFinished();
        QVERIFY2(stored.result().ok(), qPrintable(stored.result().error().message));
        QCOMPARE(stored.result().value().inserted, 1);
    }
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM message"_s), before + 30);
    QVERIFY2(followUps > 0 && followUps < 30, qPrintable(u"%1 follow-ups"_s.arg(followUps)));
}

void TestDemoTraffic::demoIntoNonEmptyWorkspaceRefused()
{
    const DatabaseConfig config = DatabaseConfig::sqlite(m_dir.filePath(u"standard.caredesk"_s));
    QVERIFY(Workspace::initialize(config, WorkspaceKind::Standard, m_clock, false).ok());
    Result<WorkspaceInfo> demo = Workspace::initialize(config, WorkspaceKind::Demo, m_clock, true);
    QVERIFY(!demo.ok());
    QCOMPARE(static_cast<int>(demo.error().code), static_cast<int>(ErrorCode::Conflict));
}

QTEST_GUILESS_MAIN(TestDemoTraffic)
#include "tst_demotraffic.moc"
