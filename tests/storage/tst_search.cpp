// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// CaseStore::search as the agent types, on a real SQLite file and on PostgreSQL
// (CAREDESK_TEST_PG): the last word matches as a prefix (English and Russian), results come
// newest first however many messages match and whatever order they were stored in, hostile
// queries (FTS5 and tsquery syntax) never fail, and a search superseded by a newer keystroke
// gives up instead of answering. On some thousands of messages, stored out of time order, every
// way the search takes (whole words before a prefix common or rare among their hits, sparse or
// dense words) answers exactly what sorting every hit would.
#include "app/core/searchtokenizer.h"
#include "app/storage/casesearch.h"
#include "app/storage/casestore.h"
#include "app/storage/database.h"
#include "app/storage/sqlrepositories.h"
#include "tests/support/testworkspace.h"

#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {

constexpr Millis minute = Millis(60) * 1000;
constexpr Millis start = 1736762400000; // 2025-01-13T10:00:00Z
constexpr int crowd = 260; ///< messages sharing the words "parcel" and "посылка"

} // namespace

class SearchTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void prefixOfTheLastWord_data() { backends(); }
    void prefixOfTheLastWord();
    void newestFirst_data() { backends(); }
    void newestFirst();
    void hostileQueries_data() { backends(); }
    void hostileQueries();
    void supersededSearchGivesUp_data() { backends(); }
    void supersededSearchGivesUp();
    void sameAsSortingEveryHit_data() { backends(); }
    void sameAsSortingEveryHit();

private:
    void backends();
    /// Opens a seeded workspace on the test's backend; false (and a skip) when there is none.
    bool open(const QString &backend);
    /// Platform ids of the hits of a query, in the order found.
    QStringList found(const QString &text, int limit = 50, bool prefixLast = true);
    void ingest(const QList<IncomingMessage> &messages);

    Test::TestWorkspace m_workspace;
    std::unique_ptr<Database> m_db;
    Id m_account = 0;
    QHash<Id, QString> m_platformIds;
};

void SearchTest::backends()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

void SearchTest::init()
{
    m_platformIds.clear();
}

void SearchTest::cleanup()
{
    m_db.reset();
    m_workspace.close();
}

static IncomingMessage message(
    const QString &id, const QString &thread, const QString &author, const QString &text, Millis at)
{
    IncomingMessage m;
    m.platformId = id;
    m.threadKey = thread;
    m.authorPlatformId = u"user-"_s + author;
    m.authorName = author;
    m.text = text;
    m.createdAt = at;
    return m;
}

void SearchTest::ingest(const QList<IncomingMessage> &messages)
{
    IngestBatch batch;
    batch.accountId = m_account;
    batch.stream = u"test"_s;
    batch.messages = messages;
    Result<IngestResult> stored = CaseStore::ingest(*m_db, batch, start);
    if (!stored.ok())
        qFatal("ingest: %s", qPrintable(stored.error().message));
    Result<QSqlQuery> ids = m_db->exec(u"SELECT id, platform_id FROM message"_s);
    if (!ids.ok())
        qFatal("ids");
    while (ids.value().next())
        m_platformIds.insert(ids.value().value(0).toLongLong(), ids.value().value(1).toString());
}

bool SearchTest::open(const QString &backend)
{
    CAREDESK_OPEN_WORKSPACE(m_workspace, backend, u"search"_s, start);
    m_db = m_workspace.takeDatabase();
    Account account;
    account.platform = Platform::Telegram;
    account.handle = u"acme_support_bot"_s;
    Result<Account> added = AccountStore::add(*m_db, account, start);
    if (!added.ok())
        qFatal("account: %s", qPrintable(added.error().message));
    m_account = added.value().id;

    // A crowd of older messages that share two words, one a minute, each its own case.
    QList<IncomingMessage> messages;
    for (int i = 0; i < crowd; ++i) {
        messages.append(message(u"crowd-%1"_s.arg(i), u"crowd-%1"_s.arg(i), u"Customer %1"_s.arg(i),
            i % 2 ? u"Where is my parcel number %1?"_s.arg(i)
                  : u"Где моя посылка номер %1?"_s.arg(i),
            start + i * minute));
    }
    ingest(messages);
    const Millis later = start + crowd * minute;
    ingest({
        message(u"en1"_s, u"t-anna"_s, u"Anna Petrova"_s, u"My headphones are not working at all"_s,
            later + 1 * minute),
        message(u"ru1"_s, u"t-ivan"_s, u"Иван Ёлкин"_s, u"Наушники не работают, помогите"_s,
            later + 2 * minute),
        message(u"en2"_s, u"t-anna"_s, u"Anna Petrova"_s, u"Still not working. Refund please"_s,
            later + 3 * minute),
        message(u"ru2"_s, u"t-ivan"_s, u"Иван Ёлкин"_s,
            u"Наушники не работают до сих пор, верните деньги"_s, later + 4 * minute),
        message(u"near"_s, u"t-near"_s, u"Bob"_s, u"Is there a shop NEAR me? \"quoted\" * star"_s,
            later + 5 * minute),
    });
    // History imported last: higher ids, older times (newest first must still hold).
    ingest({
        message(u"old-en"_s, u"t-old"_s, u"Old Customer"_s, u"Old parcel, headphones not working"_s,
            start - 10 * minute),
        message(u"old-ru"_s, u"t-old-ru"_s, u"Старый Клиент"_s, u"Старые наушники не работают"_s,
            start - 20 * minute),
    });
    return true;
}

QStringList SearchTest::found(const QString &text, int limit, bool prefixLast)
{
    SearchQuery query;
    query.text = text;
    query.limit = limit;
    query.prefixLast = prefixLast;
    Result<QList<SearchHit>> hits = CaseStore::search(*m_db, query);
    if (!hits.ok()) {
        qWarning("search \"%s\": %s", qPrintable(text), qPrintable(hits.error().message));
        return { u"<error>"_s };
    }
    QStringList ids;
    for (const SearchHit &hit : hits.value())
        ids.append(m_platformIds.value(hit.messageId));
    return ids;
}

void SearchTest::prefixOfTheLastWord()
{
    QFETCH(QString, backend);
    if (!open(backend))
        QSKIP("no PostgreSQL server configured");
    // Every keystroke of a phrase: the words before the last match whole, the last as a prefix.
    QCOMPARE(found(u"н"_s).mid(0, 3), QStringList({ u"ru2"_s, u"ru1"_s, u"crowd-258"_s }));
    QCOMPARE(found(u"наушники"_s), QStringList({ u"ru2"_s, u"ru1"_s, u"old-ru"_s }));
    QCOMPARE(found(u"наушники н"_s), QStringList({ u"ru2"_s, u"ru1"_s, u"old-ru"_s }));
    QCOMPARE(found(u"НАУШНИКИ не р"_s), QStringList({ u"ru2"_s, u"ru1"_s, u"old-ru"_s }));
    QCOMPARE(found(u"наушники не работают д"_s), QStringList({ u"ru2"_s }));
    QCOMPARE(found(u"наушники не работают пом"_s), QStringList({ u"ru1"_s }));
    QCOMPARE(found(u"наушник"_s, 50, false), QStringList());
    QCOMPARE(found(u"headph"_s), QStringList({ u"en1"_s, u"old-en"_s }));
    QCOMPARE(found(u"not work"_s), QStringList({ u"en2"_s, u"en1"_s, u"old-en"_s }));
    QCOMPARE(found(u"not working r"_s), QStringList({ u"en2"_s }));
    QCOMPARE(found(u"refund pl"_s), QStringList({ u"en2"_s }));
    // Author names are searched too.
    QCOMPARE(found(u"ёлки"_s), QStringList({ u"ru2"_s, u"ru1"_s }));
    QCOMPARE(found(u"anna pet"_s), QStringList({ u"en2"_s, u"en1"_s }));
}

void SearchTest::newestFirst()
{
    QFETCH(QString, backend);
    if (!open(backend))
        QSKIP("no PostgreSQL server configured");
    QStringList expectedParcel;
    QStringList expectedPosylka;
    for (int i = crowd - 1; i >= 0; --i)
        (i % 2 ? expectedParcel : expectedPosylka).append(u"crowd-%1"_s.arg(i));
    // A common word, as typed and whole; the imported old message comes last.
    for (const QString &typed : { u"p"_s, u"par"_s, u"parcel"_s }) {
        const QStringList hits = found(typed, 50);
        QCOMPARE(hits.size(), 50);
        if (typed == "parcel"_L1)
            QCOMPARE(hits, expectedParcel.mid(0, 50));
    }
    QCOMPARE(found(u"parcel"_s, 1000, false), expectedParcel + QStringList { u"old-en"_s });
    QCOMPARE(found(u"посыл"_s, 20), expectedPosylka.mid(0, 20));
    QCOMPARE(found(u"где моя п"_s, 1000), expectedPosylka);
    QCOMPARE(
        found(u"номер 1"_s, 3), QStringList({ u"crowd-198"_s, u"crowd-196"_s, u"crowd-194"_s }));
    // Newest first on the paged path too: the page after the first 50 goes on where it ended.
    SearchQuery query { u"parcel"_s, 50, false, {} };
    QStringList paged;
    for (int pages = 0; pages < 10; ++pages) {
        Result<QList<SearchHit>> page = CaseStore::search(*m_db, query);
        QVERIFY(page.ok());
        for (const SearchHit &hit : page.value())
            paged.append(m_platformIds.value(hit.messageId));
        if (page.value().size() < query.limit)
            break;
        query.after = KeysetCursor { page.value().constLast().createdAt,
            page.value().constLast().messageId };
    }
    QCOMPARE(paged, expectedParcel + QStringList { u"old-en"_s });
}

void SearchTest::hostileQueries()
{
    QFETCH(QString, backend);
    if (!open(backend))
        QSKIP("no PostgreSQL server configured");
    // Query syntax of FTS5 and tsquery is never passed through: only the words count.
    const QStringList hostile { u"\""_s, u"*"_s, u"NEAR("_s, u"NEAR(a b, 2)"_s, u"\"unterminated"_s,
        u"a OR"_s, u"AND"_s, u"-"_s, u"^start"_s, u"terms:x"_s, u"'"_s, u"\\"_s, u"%"_s, u"_"_s,
        u")("_s, u"!"_s, u"& | !"_s, u":*"_s, u"{terms}: x"_s, u"\u0000"_s, u"💥"_s,
        QString(80, u'a'), u"a b c d e f g h i j k l m n o p q r s"_s };
    for (const QString &text : hostile) {
        SearchQuery query { text, 50, true, {} };
        Result<QList<SearchHit>> hits = CaseStore::search(*m_db, query);
        QVERIFY2(hits.ok(), qPrintable(u"\""_s + text + u"\": "_s + hits.error().message));
    }
    QCOMPARE(found(u"NEAR("_s), QStringList({ u"near"_s }));
    QCOMPARE(found(u"\"quoted"_s), QStringList({ u"near"_s }));
    QCOMPARE(found(u"star*"_s), QStringList({ u"near"_s }));
    QCOMPARE(found(u"\""_s), QStringList());
}

void SearchTest::supersededSearchGivesUp()
{
    QFETCH(QString, backend);
    if (!open(backend))
        QSKIP("no PostgreSQL server configured");
    // Superseded before it starts: no answer, a Conflict.
    Result<QList<SearchHit>> stale = CaseStore::searchUnlessSuperseded(
        *m_db, SearchQuery { u"parcel"_s, 50, true, {} }, [] { return true; });
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().code, ErrorCode::Conflict);
    // Never superseded: the answer.
    Result<QList<SearchHit>> fresh = CaseStore::searchUnlessSuperseded(
        *m_db, SearchQuery { u"parcel"_s, 50, true, {} }, [] { return false; });
    QVERIFY(fresh.ok());
    QCOMPARE(fresh.value().size(), 50);
    // Superseded while it runs (after the check at its start): SQLite stops the statement at
    // its next progress check, if the search lasts that long; either way the answer is right or
    // none, and the connection answers the next search.
    for (const QString &text : { u"p"_s, u"parcel"_s, u"где моя п"_s }) {
        int asked = 0;
        Result<QList<SearchHit>> midway = CaseStore::searchUnlessSuperseded(
            *m_db, SearchQuery { text, 1000, true, {} }, [&asked] { return ++asked > 1; });
        if (midway.ok())
            QVERIFY(!midway.value().isEmpty());
        else
            QCOMPARE(midway.error().code, ErrorCode::Conflict);
    }
    // The connection is usable after an interrupted statement: the next search answers.
    QCOMPARE(found(u"headph"_s), QStringList({ u"en1"_s, u"old-en"_s }));

    // Through the repository: keystrokes sent at once; the last always answers, an earlier one
    // either answers rightly or gives up (whether it ran before the next arrived is up to the
    // thread).
    m_db.reset();
    DatabaseWorker worker(m_workspace.config());
    SystemClock clock;
    SqlCaseRepository cases(worker, clock);
    QList<QFuture<Result<QList<SearchHit>>>> typed;
    for (const QString &text : { u"h"_s, u"he"_s, u"hea"_s, u"head"_s, u"headp"_s })
        typed.append(cases.search(SearchQuery { text, 50, true, {} }));
    for (qsizetype i = 0; i < typed.size(); ++i) {
        typed[i].waitForFinished();
        const Result<QList<SearchHit>> &result = typed.at(i).result();
        if (i + 1 < typed.size() && !result.ok()) {
            QCOMPARE(result.error().code, ErrorCode::Conflict);
            continue;
        }
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QVERIFY(result.value().size() >= 2);
    }
}

void SearchTest::sameAsSortingEveryHit()
{
    QFETCH(QString, backend);
    if (!open(backend))
        QSKIP("no PostgreSQL server configured");
    // Thousands of messages, about three a case, mostly in time order by id; one in ten delivered
    // late (an older time than its id says), some stored early, and history imported last. Words of every
    // frequency: "order" in most messages, "alpha" in some, the last words typed ("stage",
    // "stamp", "status"; "работают", "рано") in many, few or almost none of them.
    constexpr int count = 7000;
    quint32 seed = 12345;
    const auto next = [&seed](quint32 below) {
        seed = seed * 1664525u + 1013904223u;
        return (seed >> 8) % below;
    };
    const QStringList fillers { u"please"_s, u"help"_s, u"where"_s, u"my"_s, u"is"_s, u"parcel"_s,
        u"посылка"_s, u"где"_s, u"мой"_s, u"заказ"_s, u"спасибо"_s, u"still"_s, u"waiting"_s };
    const Millis base = start + 100000 * minute;
    QList<IncomingMessage> batch;
    for (int i = 0; i < count; ++i) {
        QStringList words;
        if (next(10) < 6)
            words << u"order"_s;
        if (next(10) < 3)
            words << u"alpha"_s;
        const quint32 last = next(1000);
        if (last < 300)
            words << u"stage"_s;
        else if (last < 340)
            words << u"stamp"_s;
        else if (last < 345)
            words << u"status"_s;
        else if (last < 600)
            words << u"наушники не работают"_s;
        else if (last < 630)
            words << u"наушники не рано"_s;
        for (quint32 f = next(4); f > 0; --f)
            words << fillers.at(next(fillers.size()));
        Millis at = base + i * minute;
        if (i >= count - 400)
            at = start + (count - i) * 7 * minute; // imported history: newest ids, oldest times
        else if (next(10) == 0)
            at -= Millis(next(3000)) * minute; // a late delivery
        else if (next(12) == 0)
            at += Millis(next(3000)) * minute; // stored early: an older id than its time says
        else if (next(20) == 0)
            at = base + (i - 1) * minute; // the same time as the one before
        batch.append(message(u"m-%1"_s.arg(i), u"t-%1"_s.arg(i / 3), u"Customer %1"_s.arg(i % 40),
            words.join(u' '), at));
        if (batch.size() == 1000) {
            ingest(batch);
            batch.clear();
        }
    }
    ingest(batch);

    // Every message as indexed, to sort every hit here.
    struct Stored {
        Millis at;
        Id id;
        QStringList words;
    };
    QList<Stored> stored;
    Result<QSqlQuery> all = m_db->exec(u"SELECT id, created_at, author_name, text FROM message"_s);
    QVERIFY(all.ok());
    while (all.value().next()) {
        stored.append({ all.value().value(1).toLongLong(), all.value().value(0).toLongLong(),
            SearchTokenizer::terms(all.value().value(2).toString() + u' ' + all.value().value(3).toString()) });
    }
    std::sort(stored.begin(), stored.end(),
        [](const Stored &a, const Stored &b) { return std::pair(a.at, a.id) > std::pair(b.at, b.id); });
    const auto sorted = [&](const QString &text, int limit) {
        const QStringList terms = SearchTokenizer::queryTerms(text);
        QStringList ids;
        for (const Stored &m : std::as_const(stored)) {
            if (ids.size() >= limit || terms.isEmpty())
                break;
            bool all = true;
            for (qsizetype t = 0; t < terms.size() && all; ++t) {
                all = t + 1 < terms.size() ? m.words.contains(terms.at(t))
                                           : std::any_of(m.words.cbegin(), m.words.cend(), [&](const QString &w) {
                                                 return w.startsWith(terms.at(t));
                                             });
            }
            if (all)
                ids.append(m_platformIds.value(m.id));
        }
        return ids;
    };
    const QStringList typed { u"o"_s, u"or"_s, u"order"_s, u"order s"_s, u"order st"_s, u"order sta"_s,
        u"order stat"_s, u"order status"_s, u"order stam"_s, u"order stag"_s, u"alpha"_s, u"alpha s"_s,
        u"alpha order s"_s, u"alpha order sta"_s, u"alpha order statu"_s, u"s"_s, u"sta"_s, u"stat"_s,
        u"наушники не р"_s, u"наушники не ра"_s, u"наушники не ран"_s, u"наушники не работают"_s,
        u"order наушники не р"_s, u"alpha наушники не ра"_s, u"customer 1"_s, u"customer 17 order s"_s,
        u"order zz"_s, u"zz"_s };
    for (const QString &text : typed) {
        for (int limit : { 1, 50, 400, 1000 })
            QVERIFY2(found(text, limit) == sorted(text, limit), qPrintable(u"%1 (%2)"_s.arg(text).arg(limit)));
    }
}

QTEST_GUILESS_MAIN(SearchTest)
#include "tst_search.moc"
