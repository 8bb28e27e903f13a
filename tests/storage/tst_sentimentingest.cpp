// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Sentiment at ingest: messages whose source set no sentiment (live connectors) are scored by
// CaseStore::ingest, so a case's sentiment_entry and sentiment_last mean something; upstream
// values (demo traffic, an import's "sentiment") are kept.
#include "app/core/sentiment.h"
#include "app/storage/casestore.h"
#include "app/storage/database.h"
#include "app/storage/sqlrepositories.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

class TestSentimentIngest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void scoresWhatTheSourceDidNot();
    void keepsUpstreamValues();

private:
    IncomingMessage message(const QString &thread, const QString &text, Millis at,
        Direction direction = Direction::In) const;
    bool ingest(const QList<IncomingMessage> &messages);
    int scalar(const QString &statement, const QVariantList &values = {}) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Id m_account = 0;
    mutable int m_next = 0;
};

void TestSentimentIngest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Result<std::unique_ptr<Database>> opened
        = Database::open(DatabaseConfig::sqlite(m_dir->filePath(u"ingest.caredesk"_s)),
            Database::OpenMode::CreateIfMissing);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    m_db = std::move(opened.value());
    QVERIFY(m_db->migrate(WorkspaceKind::Standard, u"ingest"_s, 1'700'000'000'000).ok());
    Account account;
    account.platform = Platform::Mastodon;
    account.handle = u"brand@example.social"_s;
    Result<Account> added = AccountStore::add(*m_db, account, 1'700'000'000'000);
    QVERIFY2(added.ok(), qPrintable(added.error().message));
    m_account = added.value().id;
}

void TestSentimentIngest::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

IncomingMessage TestSentimentIngest::message(
    const QString &thread, const QString &text, Millis at, Direction direction) const
{
    IncomingMessage m;
    m.platformId = u"%1-%2"_s.arg(thread).arg(++m_next);
    m.threadKey = thread;
    m.direction = direction;
    m.authorPlatformId = direction == Direction::In ? u"user-"_s + thread : QString();
    m.authorName = direction == Direction::In ? u"Customer"_s : u"Brand"_s;
    m.text = text;
    m.createdAt = at;
    return m;
}

bool TestSentimentIngest::ingest(const QList<IncomingMessage> &messages)
{
    IngestBatch batch;
    batch.accountId = m_account;
    batch.messages = messages;
    Result<IngestResult> stored = CaseStore::ingest(*m_db, batch, 1'700'000'100'000);
    if (!stored.ok())
        qWarning("%s", qPrintable(stored.error().message));
    return stored.ok();
}

int TestSentimentIngest::scalar(const QString &statement, const QVariantList &values) const
{
    Result<QSqlQuery> q = m_db->exec(statement, values);
    if (!q.ok() || !q.value().next())
        return -1000;
    return q.value().value(0).toInt();
}

void TestSentimentIngest::scoresWhatTheSourceDidNot()
{
    const Millis t = 1'700'000'000'000;
    const QString angry = u"The app crashed again and nobody answers. Terrible!!!"_s;
    const QString thanks = u"Спасибо большое, всё заработало)))"_s;
    // A live connector's messages: sentiment 0, not scored upstream.
    QVERIFY(ingest({ message(u"t1"_s, angry, t),
        message(u"t1"_s, u"Sorry, we are on it"_s, t + 1000, Direction::Out) }));
    const int entry = SentimentScorer::instance().score(angry).value;
    QVERIFY(entry <= SentimentScorer::negativeThreshold);
    QCOMPARE(scalar(u"SELECT sentiment FROM message WHERE text = ?"_s, { angry }), entry);
    QCOMPARE(scalar(u"SELECT sentiment_entry FROM cases WHERE thread_key = 't1'"_s), entry);
    QCOMPARE(scalar(u"SELECT sentiment_last FROM cases WHERE thread_key = 't1'"_s), entry);

    // A later batch: the exit moves, the entry stays; the agent's reply never counts for the case.
    QVERIFY(ingest({ message(u"t1"_s, thanks, t + 60000) }));
    const int exit = SentimentScorer::instance().score(thanks).value;
    QVERIFY(exit >= SentimentScorer::positiveThreshold);
    QCOMPARE(scalar(u"SELECT sentiment_entry FROM cases WHERE thread_key = 't1'"_s), entry);
    QCOMPARE(scalar(u"SELECT sentiment_last FROM cases WHERE thread_key = 't1'"_s), exit);
    QCOMPARE(scalar(u"SELECT sentiment FROM message WHERE text = ?"_s, { thanks }), exit);

    // A neutral text scores 0 either way.
    QVERIFY(ingest({ message(u"t2"_s, u"What time do you open on Sunday?"_s, t) }));
    QCOMPARE(scalar(u"SELECT sentiment_entry FROM cases WHERE thread_key = 't2'"_s), 0);
}

void TestSentimentIngest::keepsUpstreamValues()
{
    const Millis t = 1'700'000'000'000;
    const QString angry = u"Worst service ever, I want a refund 😡"_s;
    // Demo traffic: a value set upstream wins over the text.
    IncomingMessage demo = message(u"d1"_s, angry, t);
    demo.sentiment = 35;
    // An import with "sentiment": 0, or already scored: 0 is a value, not "unset".
    IncomingMessage scored = message(u"d2"_s, angry, t);
    scored.sentiment = 0;
    scored.sentimentScored = true;
    QVERIFY(ingest({ demo, scored }));
    QCOMPARE(scalar(u"SELECT sentiment_entry FROM cases WHERE thread_key = 'd1'"_s), 35);
    QCOMPARE(
        scalar(u"SELECT sentiment FROM message WHERE platform_id = ?"_s, { demo.platformId }), 35);
    QCOMPARE(scalar(u"SELECT sentiment_entry FROM cases WHERE thread_key = 'd2'"_s), 0);
    QCOMPARE(
        scalar(u"SELECT sentiment FROM message WHERE platform_id = ?"_s, { scored.platformId }), 0);
}

QTEST_GUILESS_MAIN(TestSentimentIngest)
#include "tst_sentimentingest.moc"
