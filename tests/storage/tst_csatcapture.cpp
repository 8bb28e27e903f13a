// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A customer's reply to a satisfaction survey becomes the survey's answer on ingest, through
// the repository the pollers use; nothing else does.

#include "app/core/clock.h"
#include "app/core/metrics.h"
#include "app/storage/casestore.h"
#include "app/storage/database.h"
#include "app/storage/databaseworker.h"
#include "app/storage/metricsstore.h"
#include "app/storage/sqlrepositories.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

class TestCsatCapture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scoreIn_data();
    void scoreIn();
    void replyAnswersThePendingSurvey();

private:
    IncomingMessage message(const QString &thread, const QString &text, Millis at) const;
    mutable int m_next = 0;
};

void TestCsatCapture::scoreIn_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("score"); // 0: not an answer
    QTest::newRow("digit") << u"5"_s << 5;
    QTest::newRow("spaces and bang") << u"  4! "_s << 4;
    QTest::newRow("of five") << u"3/5"_s << 3;
    QTest::newRow("russian") << u"5 из 5"_s << 5;
    QTest::newRow("english") << u"4 out of 5"_s << 4;
    QTest::newRow("stars") << u"★★★★"_s << 4;
    QTest::newRow("emoji stars") << u"⭐️⭐️⭐️"_s << 3;
    QTest::newRow("zero") << u"0"_s << 0;
    QTest::newRow("six") << u"6"_s << 0;
    QTest::newRow("sentence with a digit") << u"5 days and still no parcel"_s << 0;
    QTest::newRow("order number") << u"51234"_s << 0;
    QTest::newRow("six stars") << u"★★★★★★"_s << 0;
    QTest::newRow("empty") << QString() << 0;
}

void TestCsatCapture::scoreIn()
{
    QFETCH(QString, text);
    QFETCH(int, score);
    const std::optional<int> found = csatScoreIn(text);
    QCOMPARE(found.value_or(0), score);
}

IncomingMessage TestCsatCapture::message(
    const QString &thread, const QString &text, Millis at) const
{
    IncomingMessage m;
    m.platformId = u"%1-%2"_s.arg(thread).arg(++m_next);
    m.threadKey = thread;
    m.direction = Direction::In;
    m.authorPlatformId = u"user-"_s + thread;
    m.authorName = u"Customer"_s;
    m.text = text;
    m.createdAt = at;
    return m;
}

void TestCsatCapture::replyAnswersThePendingSurvey()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const DatabaseConfig config = DatabaseConfig::sqlite(dir.filePath(u"csat.caredesk"_s));
    const Millis t0 = 1'700'000'000'000;
    Id account = 0;
    {
        Result<std::unique_ptr<Database>> opened
            = Database::open(config, Database::OpenMode::CreateIfMissing);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        QVERIFY(opened.value()->migrate(WorkspaceKind::Standard, u"csat"_s, t0).ok());
        Account a;
        a.platform = Platform::Telegram;
        a.handle = u"brand_bot"_s;
        Result<Account> added = AccountStore::add(*opened.value(), a, t0);
        QVERIFY(added.ok());
        account = added.value().id;
    }
    ManualClock clock(t0 + 3'600'000);
    DatabaseWorker worker(config);
    SqlCaseRepository cases(worker, clock);
    const auto ingest = [&](const QList<IncomingMessage> &messages) {
        IngestBatch batch;
        batch.accountId = account;
        batch.messages = messages;
        QFuture<Result<IngestResult>> f = cases.ingest(batch);
        f.waitForFinished();
        return f.result();
    };
    // Two cases; a survey goes to the first only.
    QVERIFY(ingest({ message(u"a"_s, u"My order is late"_s, t0), message(u"b"_s, u"Hello"_s, t0) })
                .ok());
    Id caseA = 0;
    {
        Result<std::unique_ptr<Database>> db = Database::open(config, Database::OpenMode::Existing);
        QVERIFY(db.ok());
        Result<QSqlQuery> q = db.value()->exec(u"SELECT id FROM cases WHERE thread_key = 'a'"_s);
        QVERIFY(q.ok() && q.value().next());
        caseA = q.value().value(0).toLongLong();
        q.value().finish();
        QVERIFY(MetricsStore::sendCsatSurvey(
            *db.value(), caseA, u"How did we do, 1 to 5?"_s, 0, t0 + 60'000)
                    .ok());
    }
    // A "5" in the case without a survey is only a message; "5 days..." is not an answer.
    QVERIFY(ingest({ message(u"b"_s, u"5"_s, t0 + 120'000),
                       message(u"a"_s, u"5 days later, thanks"_s, t0 + 120'000) })
                .ok());
    QVERIFY(ingest({ message(u"a"_s, u"4"_s, t0 + 180'000) }).ok());

    Result<std::unique_ptr<Database>> db = Database::open(config, Database::OpenMode::Existing);
    QVERIFY(db.ok());
    Result<QSqlQuery> rows = db.value()->exec(
        u"SELECT case_id, score, source, answered_at FROM csat_response ORDER BY id"_s);
    QVERIFY(rows.ok());
    QVERIFY(rows.value().next());
    QCOMPARE(rows.value().value(0).toLongLong(), caseA);
    QCOMPARE(rows.value().value(1).toInt(), 4);
    QCOMPARE(rows.value().value(2).toString(), u"reply"_s);
    QCOMPARE(rows.value().value(3).toLongLong(), t0 + 180'000);
    QVERIFY(!rows.value().next()); // no row for case b
    rows.value().finish();
    // Answered once: a later "1" does not change it.
    QVERIFY(ingest({ message(u"a"_s, u"1"_s, t0 + 240'000) }).ok());
    Result<QSqlQuery> again
        = db.value()->exec(u"SELECT score FROM csat_response WHERE case_id = ?"_s, { caseA });
    QVERIFY(again.ok() && again.value().next());
    QCOMPARE(again.value().value(0).toInt(), 4);
}

QTEST_MAIN(TestCsatCapture)
#include "tst_csatcapture.moc"
