// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// CaseStore::inbox with the views' filters and sorts, keyset paging for every sort, counts,
// facets and saved views, on a real SQLite file and on PostgreSQL (CAREDESK_TEST_PG).
#include "app/core/viewrepository.h"
#include "app/storage/casestore.h"
#include "app/storage/database.h"
#include "app/storage/sqlrepositories.h"
#include "app/storage/sqlviewrepository.h"
#include "tests/support/testworkspace.h"

#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {

constexpr Millis minute = Millis(60) * 1000;
constexpr Millis start = 1736762400000; // 2025-01-13T10:00:00Z
constexpr Millis now = start + 10 * minute;

struct Seed {
    QString key;
    Platform platform;
    QString language;
    Millis lastMessageAt;
    Millis lastCustomerMessageAt;
    int unanswered;
    QString status;
    bool assigned;
    QString priority;
    int sentiment;
    Millis firstDue, nextDue, resolutionDue;
    QString tag;
};

// c1..c6 are ingested in this order, so their ids rise with their number.
const QList<Seed> seeds {
    { u"c1"_s, Platform::X, u"ru"_s, start + 1 * minute, start + 1 * minute, 1, u"new"_s, false,
        u"normal"_s, -50, now + 10 * minute, 0, now + 600 * minute, u"vip"_s },
    { u"c2"_s, Platform::X, u"en"_s, start + 2 * minute, start + 2 * minute, 1, u"open"_s, true,
        u"urgent"_s, 0, now - 5 * minute, 0, now + 600 * minute, {} },
    { u"c3"_s, Platform::Telegram, u"en"_s, start + 3 * minute, start + 3 * minute, 0,
        u"resolved"_s, false, u"normal"_s, 0, 0, 0, 0, {} },
    { u"c4"_s, Platform::Telegram, u"ru"_s, start + 4 * minute, start + 3 * minute, 0, u"pending"_s,
        false, u"high"_s, 0, 0, 0, now + 100 * minute, {} },
    { u"c5"_s, Platform::X, u"en"_s, start + 5 * minute, start, 2, u"open"_s, false, u"normal"_s,
        -10, 0, now + 60 * minute, now + 600 * minute, {} },
    { u"c6"_s, Platform::Telegram, u"ru"_s, start + 6 * minute, start + 6 * minute, 1, u"new"_s,
        false, u"low"_s, 0, now + 14 * minute, 0, now + 600 * minute, u"billing"_s },
};

InboxQuery queryFor(const QString &view, Id agent, Id accountX);

} // namespace

class CaseViewsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void filtersAndSorts_data();
    void filtersAndSorts();
    void counts_data() { backends(); }
    void counts();
    void facets_data() { backends(); }
    void facets();
    void savedViews_data() { backends(); }
    void savedViews();
    void definitionRoundTrip();

private:
    void backends();
    /// Opens a seeded workspace on the test's backend; false (and a skip or failure) when not.
    bool open(const QString &backend);
    QStringList keysOf(const InboxQuery &query, int pageSize);

    Test::TestWorkspace m_ws;
    std::unique_ptr<Database> m_db;
    QHash<Id, QString> m_keys;
    Id m_agent = 0;
    Id m_accountX = 0;
};

void CaseViewsTest::backends()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

void CaseViewsTest::init()
{
    m_db.reset();
    m_ws.close();
    m_keys.clear();
}

void CaseViewsTest::cleanup()
{
    m_db.reset();
    m_ws.close();
}

bool CaseViewsTest::open(const QString &backend)
{
    CAREDESK_OPEN_WORKSPACE(m_ws, backend, u"Views"_s, start);
    m_db = m_ws.takeDatabase();
    QHash<Platform, Id> accounts;
    for (const Platform platform : { Platform::X, Platform::Telegram }) {
        QString error;
        const Id account
            = Test::addAccount(*m_db, platform, u"@acme_"_s + toString(platform), start, &error);
        if (!account)
            qFatal("account: %s", qPrintable(error));
        accounts.insert(platform, account);
    }
    m_accountX = accounts.value(Platform::X);
    Result<Id> agent = m_db->insertReturningId(
        u"INSERT INTO agent (name, created_at) VALUES ('anna', ?) RETURNING id"_s, { start });
    if (!agent.ok())
        qFatal("agent: %s", qPrintable(agent.error().message));
    m_agent = agent.value();
    // Assignments are team operations on PostgreSQL (a guard keeps the assignee otherwise).
    if (m_db->isPostgres()
        && !m_db->exec(u"SELECT set_config('caredesk.assigning', 'on', false)"_s).ok())
        qFatal("set_config");
    int n = 0;
    for (const Seed &seed : seeds) {
        IncomingMessage message = Test::incoming(seed.key, seed.key, u"user-"_s + seed.key,
            u"Customer "_s + seed.key, u"Hello from "_s + seed.key, start + (++n) * 1000);
        message.language = seed.language;
        IngestBatch batch = Test::batchOf(accounts.value(seed.platform), { message });
        batch.stream = u"test"_s;
        Result<IngestResult> stored = CaseStore::ingest(*m_db, batch, start);
        if (!stored.ok())
            qFatal("ingest: %s", qPrintable(stored.error().message));
        const Id caseId = stored.value().caseIds.constFirst();
        m_keys.insert(caseId, seed.key);
        // The case as the views see it, set outright.
        Result<QSqlQuery> updated
            = m_db->exec(u"UPDATE cases SET status = ?, assignee_id = ?, priority = ?, language = "
                         u"?, last_message_at = ?, "
                         "last_customer_message_at = ?, unanswered = ?, sentiment_last = ?, "
                         "first_response_due = ?, "
                         "next_response_due = ?, resolution_due = ? WHERE id = ?"_s,
                { seed.status,
                    seed.assigned ? QVariant(m_agent) : QVariant(QMetaType(QMetaType::LongLong)),
                    seed.priority, seed.language, seed.lastMessageAt, seed.lastCustomerMessageAt,
                    seed.unanswered, seed.sentiment, seed.firstDue, seed.nextDue,
                    seed.resolutionDue, caseId });
        if (!updated.ok())
            qFatal("update: %s", qPrintable(updated.error().message));
        if (!seed.tag.isEmpty()) {
            Result<Id> tag = m_db->insertReturningId(
                u"INSERT INTO tag (name) VALUES (?) RETURNING id"_s, { seed.tag });
            if (!tag.ok()
                || !m_db->exec(u"INSERT INTO case_tag (case_id, tag_id) VALUES (?, ?)"_s,
                            { caseId, tag.value() })
                        .ok())
                qFatal("tag");
        }
    }
    return true;
}

QStringList CaseViewsTest::keysOf(const InboxQuery &base, int pageSize)
{
    QStringList keys;
    InboxQuery query = base;
    query.limit = pageSize;
    query.now = now;
    for (int pages = 0; pages < 20; ++pages) {
        Result<CasePage> page = CaseStore::inbox(*m_db, query);
        if (!page.ok()) {
            keys.append(u"error: "_s + page.error().message);
            return keys;
        }
        for (const CaseSummary &row : page.value().rows)
            keys.append(m_keys.value(row.value.id));
        if (!page.value().next)
            return keys;
        query.after = page.value().next;
    }
    keys.append(u"too many pages"_s);
    return keys;
}

void CaseViewsTest::filtersAndSorts_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("view");
    QTest::addColumn<QStringList>("expected");
    const QList<std::pair<QString, QStringList>> views {
        { u"newest"_s, { u"c6"_s, u"c5"_s, u"c4"_s, u"c3"_s, u"c2"_s, u"c1"_s } },
        { u"open"_s, { u"c6"_s, u"c5"_s, u"c4"_s, u"c2"_s, u"c1"_s } },
        { u"mine"_s, { u"c2"_s } },
        { u"unassigned open"_s, { u"c6"_s, u"c5"_s, u"c4"_s, u"c1"_s } },
        { u"at risk within 15 minutes"_s, { u"c1"_s, u"c6"_s } },
        { u"at risk within 12 minutes"_s, { u"c1"_s } },
        { u"breached"_s, { u"c2"_s } },
        { u"negative sentiment"_s, { u"c5"_s, u"c1"_s } },
        { u"telegram open"_s, { u"c6"_s, u"c4"_s } },
        { u"account x"_s, { u"c5"_s, u"c2"_s, u"c1"_s } },
        { u"language ru"_s, { u"c6"_s, u"c4"_s, u"c1"_s } },
        { u"tags vip or billing"_s, { u"c6"_s, u"c1"_s } },
        { u"unanswered"_s, { u"c6"_s, u"c5"_s, u"c2"_s, u"c1"_s } },
        { u"urgent or high"_s, { u"c4"_s, u"c2"_s } },
        { u"active from 2 to 5 minutes"_s, { u"c4"_s, u"c3"_s, u"c2"_s } },
        { u"resolved"_s, { u"c3"_s } },
        { u"sla due first, open"_s, { u"c2"_s, u"c1"_s, u"c6"_s, u"c5"_s, u"c4"_s } },
        { u"oldest waiting"_s, { u"c5"_s, u"c1"_s, u"c2"_s, u"c6"_s, u"c3"_s, u"c4"_s } },
        { u"priority"_s, { u"c2"_s, u"c4"_s, u"c5"_s, u"c3"_s, u"c1"_s, u"c6"_s } },
        { u"x and negative, oldest waiting"_s, { u"c5"_s, u"c1"_s } },
    };
    for (const QString &backend : { u"sqlite"_s, u"postgresql"_s }) {
        for (const auto &[view, expected] : views)
            QTest::addRow("%s: %s", qPrintable(backend), qPrintable(view))
                << backend << view << expected;
    }
}

namespace {

InboxQuery queryFor(const QString &view, Id agent, Id accountX)
{
    InboxQuery q;
    if (view == "open"_L1) {
        q.openOnly = true;
    } else if (view == "mine"_L1) {
        q.openOnly = true;
        q.mine = true;
        q.me = agent;
    } else if (view == "unassigned open"_L1) {
        q.openOnly = true;
        q.unassigned = true;
    } else if (view.startsWith("at risk within"_L1)) {
        q.openOnly = true;
        q.sla = SlaFilter::AtRisk;
        q.atRiskMinutes = view.contains("15"_L1) ? 15 : 12;
        q.sort = InboxSort::SlaDueFirst;
    } else if (view == "breached"_L1) {
        q.openOnly = true;
        q.sla = SlaFilter::Breached;
        q.sort = InboxSort::SlaDueFirst;
    } else if (view == "negative sentiment"_L1) {
        q.negativeSentiment = true;
    } else if (view == "telegram open"_L1) {
        q.openOnly = true;
        q.platforms = { Platform::Telegram };
    } else if (view == "account x"_L1) {
        q.accountIds = { accountX };
    } else if (view == "language ru"_L1) {
        q.language = u"ru"_s;
    } else if (view == "tags vip or billing"_L1) {
        q.tags = { u"vip"_s, u"billing"_s };
    } else if (view == "unanswered"_L1) {
        q.waitingOnly = true;
    } else if (view == "urgent or high"_L1) {
        q.priorities = { Priority::Urgent, Priority::High };
    } else if (view == "active from 2 to 5 minutes"_L1) {
        q.activeFrom = start + 2 * minute;
        q.activeTo = start + 5 * minute;
    } else if (view == "resolved"_L1) {
        q.statuses = { CaseStatus::Resolved };
    } else if (view == "sla due first, open"_L1) {
        q.openOnly = true;
        q.sort = InboxSort::SlaDueFirst;
    } else if (view == "oldest waiting"_L1) {
        q.sort = InboxSort::OldestWaiting;
    } else if (view == "priority"_L1) {
        q.sort = InboxSort::Priority;
    } else if (view == "x and negative, oldest waiting"_L1) {
        q.platforms = { Platform::X, Platform::Vk };
        q.negativeSentiment = true;
        q.sort = InboxSort::OldestWaiting;
    }
    return q;
}

} // namespace

void CaseViewsTest::filtersAndSorts()
{
    QFETCH(QString, backend);
    QFETCH(QString, view);
    QFETCH(QStringList, expected);
    if (!open(backend))
        return;
    const InboxQuery query = queryFor(view, m_agent, m_accountX);
    // One page, and pages of two and of one: keyset paging gives the same order.
    QCOMPARE(keysOf(query, 100), expected);
    QCOMPARE(keysOf(query, 2), expected);
    QCOMPARE(keysOf(query, 1), expected);
    // What the storage lists, the client's matcher agrees with (live updates use it).
    InboxQuery everything;
    everything.limit = 0;
    Result<CasePage> all = CaseStore::inbox(*m_db, everything);
    QVERIFY(all.ok());
    for (const CaseSummary &row : all.value().rows) {
        InboxQuery judged = query;
        const std::optional<bool> matching = ViewDefinition::matches(judged, row.value, now);
        if (matching.has_value())
            QCOMPARE(*matching, expected.contains(m_keys.value(row.value.id)));
    }
}

void CaseViewsTest::counts()
{
    QFETCH(QString, backend);
    if (!open(backend))
        return;
    QList<InboxQuery> queries;
    QList<qint64> expected;
    for (const QString &view : { u"newest"_s, u"open"_s, u"mine"_s, u"unassigned open"_s,
             u"at risk within 15 minutes"_s, u"breached"_s, u"negative sentiment"_s,
             u"telegram open"_s, u"language ru"_s, u"tags vip or billing"_s, u"unanswered"_s }) {
        InboxQuery query = queryFor(view, m_agent, m_accountX);
        queries.append(query);
        expected.append(keysOf(query, 100).size());
    }
    // Open cases per language and per account: answered together by one grouped pass.
    for (const QString &language : { u"ru"_s, u"en"_s, u"de"_s }) {
        InboxQuery query;
        query.openOnly = true;
        query.language = language;
        queries.append(query);
        expected.append(keysOf(query, 100).size());
    }
    InboxQuery accountX;
    accountX.openOnly = true;
    accountX.accountIds = { m_accountX };
    queries.append(accountX);
    expected.append(keysOf(accountX, 100).size());
    Result<QList<qint64>> counted = CaseStore::counts(*m_db, queries, now);
    QVERIFY2(counted.ok(), qPrintable(counted.error().message));
    QCOMPARE(counted.value(), expected);
    QCOMPARE(expected.constFirst(), 6);
}

void CaseViewsTest::facets()
{
    QFETCH(QString, backend);
    if (!open(backend))
        return;
    Result<InboxFacets> facets = ViewStore::facets(*m_db);
    QVERIFY2(facets.ok(), qPrintable(facets.error().message));
    QCOMPARE(facets.value().platforms.size(), 2);
    QCOMPARE(facets.value().accounts.size(), 2);
    QCOMPARE(facets.value().languages, QStringList({ u"en"_s, u"ru"_s }));
}

void CaseViewsTest::savedViews()
{
    QFETCH(QString, backend);
    if (!open(backend))
        return;
    InboxQuery query;
    query.platforms = { Platform::Telegram };
    query.sort = InboxSort::Priority;
    SavedView view { 0, m_agent, u"  Telegram   by priority "_s, ViewDefinition::toJson(query), 0,
        0 };
    Result<SavedView> saved = ViewStore::saveView(*m_db, view, start);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    QVERIFY(saved.value().id != 0);
    QCOMPARE(saved.value().name, u"Telegram by priority"_s);
    SavedView other { 0, m_agent, u"Second"_s, ViewDefinition::toJson(InboxQuery {}), 0, 0 };
    QVERIFY(ViewStore::saveView(*m_db, other, start).ok());
    // Names are unique per agent; another agent may reuse one.
    other.name = u"Telegram by priority"_s;
    QCOMPARE(static_cast<int>(ViewStore::saveView(*m_db, other, start).error().code),
        static_cast<int>(ErrorCode::Conflict));
    other.agentId = 0;
    QVERIFY(ViewStore::saveView(*m_db, other, start).ok());

    Result<QList<SavedView>> listed = ViewStore::savedViews(*m_db, m_agent);
    QVERIFY(listed.ok());
    QCOMPARE(listed.value().size(), 2);
    QCOMPARE(listed.value().constFirst().name, u"Telegram by priority"_s);
    const InboxQuery back
        = ViewDefinition::fromJson(listed.value().constFirst().definition, m_agent);
    QCOMPARE(keysOf(back, 100), QStringList({ u"c4"_s, u"c3"_s, u"c6"_s }));

    SavedView edited = listed.value().constFirst();
    edited.name = u"Telegram"_s;
    QVERIFY(ViewStore::saveView(*m_db, edited, start + 1).ok());
    listed = ViewStore::savedViews(*m_db, m_agent);
    QCOMPARE(listed.value().constFirst().name, u"Telegram"_s);
    QCOMPARE(listed.value().constFirst().id, edited.id);

    QVERIFY(ViewStore::removeView(*m_db, edited.id, m_agent).ok());
    QCOMPARE(static_cast<int>(ViewStore::removeView(*m_db, edited.id, m_agent).error().code),
        static_cast<int>(ErrorCode::NotFound));
    QCOMPARE(ViewStore::savedViews(*m_db, m_agent).value().size(), 1);
}

void CaseViewsTest::definitionRoundTrip()
{
    InboxQuery query;
    query.openOnly = true;
    query.platforms = { Platform::X, Platform::Mastodon };
    query.accountIds = { 7 };
    query.priorities = { Priority::Urgent };
    query.mine = true;
    query.me = 3;
    query.tags = { u"vip"_s };
    query.language = u"ru"_s;
    query.negativeSentiment = true;
    query.sla = SlaFilter::AtRisk;
    query.atRiskMinutes = 30;
    query.waitingOnly = true;
    query.activeFrom = start;
    query.activeTo = now;
    query.sort = InboxSort::OldestWaiting;
    const InboxQuery back = ViewDefinition::fromJson(ViewDefinition::toJson(query), 9);
    QVERIFY(back.openOnly);
    QCOMPARE(back.platforms.size(), 2);
    QCOMPARE(back.accountIds, QList<Id>({ 7 }));
    QCOMPARE(back.priorities.size(), 1);
    QVERIFY(back.mine);
    QCOMPARE(back.me, Id(9)); // "me" is whoever opens the view
    QCOMPARE(back.tags, QStringList({ u"vip"_s }));
    QCOMPARE(back.language, u"ru"_s);
    QVERIFY(back.negativeSentiment);
    QVERIFY(back.sla == SlaFilter::AtRisk);
    QCOMPARE(back.atRiskMinutes, 30);
    QVERIFY(back.waitingOnly);
    QCOMPARE(back.activeFrom, start);
    QCOMPARE(back.activeTo, now);
    QVERIFY(back.sort == InboxSort::OldestWaiting);
}

QTEST_GUILESS_MAIN(CaseViewsTest)
#include "tst_caseviews.moc"
