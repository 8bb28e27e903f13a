// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The customer journey on SQLite and on the real PostgreSQL server: link suggestions for each
// kind of evidence (and none without evidence), links that unlinking undoes exactly, imported
// phone and e-mail history in the journey, the cross-platform case proposal, export and erasure.
#include "app/core/clock.h"
#include "app/core/evidence.h"
#include "app/storage/casestore.h"
#include "app/storage/customerstore.h"
#include "app/storage/database.h"
#include "app/storage/databaseworker.h"
#include "app/storage/evidencestore.h"
#include "app/storage/journeystore.h"
#include "app/storage/outboxstore.h"
#include "app/storage/sqlcustomerrepository.h"
#include "app/storage/sqlrepositories.h"
#include "tests/support/testworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {

constexpr Millis minute = Millis(60) * 1000;
constexpr Millis hour = 60 * minute;
constexpr Millis day = 24 * hour;
// 2026-11-22T10:00:00Z
constexpr Millis start = 1795341600000;

// Each evaluates its argument once: it is often the call under test.
#define VERIFY_OK(expression)                                                                      \
    do {                                                                                           \
        const auto &result_ = (expression);                                                        \
        QVERIFY2(result_.ok(), qPrintable(result_.error().message));                               \
    } while (false)
// QCOMPARE would print the enums through CareDesk::toString(), which returns a QString.
#define COMPARE_ENUM(actual, expected)                                                             \
    QCOMPARE(static_cast<int>(actual), static_cast<int>(expected))
#define VERIFY_ERROR(expression, expected)                                                         \
    do {                                                                                           \
        const auto &result_ = (expression);                                                        \
        QVERIFY(!result_.ok());                                                                    \
        QCOMPARE(static_cast<int>(result_.error().code), static_cast<int>(expected));              \
    } while (false)

/// One customer message (or an agent's reply) as a platform would deliver it.
struct Post {
    Post(Platform platform, QString thread, QString author, QString name, QString text,
        Visibility visibility = Visibility::Public, Millis at = start, QString handle = {},
        QString crm = {}, Direction direction = Direction::In, int sentiment = 0)
        : platform(platform)
        , thread(std::move(thread))
        , author(std::move(author))
        , name(std::move(name))
        , text(std::move(text))
        , visibility(visibility)
        , at(at)
        , handle(std::move(handle))
        , crm(std::move(crm))
        , direction(direction)
        , sentiment(sentiment)
    {
    }
    Platform platform;
    QString thread;
    QString author; ///< the platform's user id; also the handle unless handle is set
    QString name;
    QString text;
    Visibility visibility;
    Millis at;
    QString handle;
    QString crm;
    Direction direction;
    int sentiment;
};

QString kindName(EvidenceKind kind)
{
    return toString(kind);
}

} // namespace

class TestCustomers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void extractsEvidence_data();
    void extractsEvidence();
    void suggestions_data();
    void suggestions();
    void linkAndUnlinkRestoreExactly_data();
    void linkAndUnlinkRestoreExactly();
    void unlinkOfAFirstLinkSplitsAndComesBack_data();
    void unlinkOfAFirstLinkSplitsAndComesBack();
    void importedContactsJoinTheJourney_data();
    void importedContactsJoinTheJourney();
    void journeyIsGroupedByCaseAndPaged_data();
    void journeyIsGroupedByCaseAndPaged();
    void crossPlatformCaseProposal_data();
    void crossPlatformCaseProposal();
    void exportHoldsEverything_data();
    void exportHoldsEverything();
    void eraseRedactsAndKeepsStatistics_data();
    void eraseRedactsAndKeepsStatistics();
    void repositoryAnswersOffTheCallersThread_data();
    void repositoryAnswersOffTheCallersThread();

private:
    void backendColumn();
    bool openBackend();
    Id post(const Post &p);
    Id identityOf(Platform platform, const QString &author);
    Id customerOf(Id identityId);
    Id messageOf(Platform platform, const QString &platformId);
    qint64 scalar(const QString &statement, const QVariantList &values = {});
    QStringList dump(const QString &table);
    QList<LinkSuggestion> suggestionsFor(Id customerId);
    QList<JourneyEntry> wholeJourney(Id customerId, const QString &channel = {});

    ManualClock m_clock { start + 30 * day };
    Test::TestWorkspace m_ws;
    std::unique_ptr<Database> m_db;
    QHash<Platform, Id> m_accounts;
    QHash<QString, QString> m_lastPlatformId; ///< per thread, for replies
    int m_seq = 0;
};

void TestCustomers::backendColumn()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

void TestCustomers::cleanup()
{
    m_db.reset();
    m_ws.close();
    m_accounts.clear();
    m_seq = 0;
}

bool TestCustomers::openBackend()
{
    QFETCH(QString, backend);
    CAREDESK_OPEN_WORKSPACE(m_ws, backend, u"test"_s, start);
    m_db = m_ws.takeDatabase();
    for (Platform platform :
        { Platform::X, Platform::Telegram, Platform::Mastodon, Platform::Facebook }) {
        QString error;
        const Id account = Test::addAccount(*m_db, platform, u"northwind"_s, start, &error);
        CAREDESK_SETUP_VERIFY(account, error);
        m_accounts.insert(platform, account);
    }
    return true;
}

Id TestCustomers::post(const Post &p)
{
    IngestBatch batch;
    batch.accountId = m_accounts.value(p.platform);
    IncomingMessage m;
    m.platformId = u"m%1"_s.arg(++m_seq);
    m.threadKey = p.thread;
    m.direction = p.direction;
    m.visibility = p.visibility;
    if (p.direction == Direction::In) {
        m.authorPlatformId = p.author;
        m.authorHandle = p.handle.isEmpty() ? p.author : p.handle;
        m.authorName = p.name;
    } else {
        m.authorHandle = u"northwind"_s;
        m.authorName = u"Northwind"_s;
    }
    m.text = p.text;
    m.createdAt = p.at;
    m.customerRef = p.crm;
    m.sentiment = p.sentiment;
    batch.messages.append(m);
    Result<IngestResult> stored = CaseStore::ingest(*m_db, batch, p.at);
    if (!stored.ok()) {
        qWarning("%s", qPrintable(stored.error().message));
        return 0;
    }
    m_lastPlatformId.insert(p.thread, m.platformId);
    return stored.value().caseIds.value(0);
}

Id TestCustomers::identityOf(Platform platform, const QString &author)
{
    return scalar(u"SELECT id FROM identity WHERE platform = ? AND platform_user_id = ?"_s,
        { toString(platform), author });
}

Id TestCustomers::customerOf(Id identityId)
{
    return scalar(
        u"SELECT customer_id FROM customer_identity WHERE identity_id = ? AND unlinked_at = 0"_s,
        { identityId });
}

Id TestCustomers::messageOf(Platform platform, const QString &platformId)
{
    return scalar(u"SELECT id FROM message WHERE account_id = ? AND platform_id = ?"_s,
        { m_accounts.value(platform), platformId });
}

qint64 TestCustomers::scalar(const QString &statement, const QVariantList &values)
{
    Result<QSqlQuery> q = m_db->exec(statement, values);
    if (!q.ok()) {
        qWarning("%s", qPrintable(q.error().message));
        return -1;
    }
    return q.value().next() ? q.value().value(0).toLongLong() : 0;
}

/// Every row of a table, every column, in a stable order: "the exact state".
QStringList TestCustomers::dump(const QString &table)
{
    QStringList rows;
    Result<QSqlQuery> q = m_db->exec(u"SELECT * FROM "_s + table);
    if (!q.ok()) {
        qWarning("%s", qPrintable(q.error().message));
        return { u"error"_s };
    }
    while (q.value().next()) {
        QStringList values;
        const QSqlRecord record = q.value().record();
        for (int i = 0; i < record.count(); ++i) {
            const QVariant v = q.value().value(i);
            values.append(record.fieldName(i) + u'=' + (v.isNull() ? u"NULL"_s : v.toString()));
        }
        rows.append(values.join(u'|'));
    }
    rows.sort();
    return rows;
}

QList<LinkSuggestion> TestCustomers::suggestionsFor(Id customerId)
{
    Result<EvidenceRules> rules = CustomerStore::evidenceRules(*m_db);
    if (!rules.ok())
        return {};
    const EvidenceExtractor extractor(rules.value());
    Result<QList<LinkSuggestion>> found = EvidenceStore::suggestions(*m_db, customerId, extractor);
    if (!found.ok()) {
        qWarning("%s", qPrintable(found.error().message));
        return {};
    }
    return found.value();
}

QList<JourneyEntry> TestCustomers::wholeJourney(Id customerId, const QString &channel)
{
    JourneyQuery query;
    query.customerId = customerId;
    query.channel = channel;
    query.limit = 0;
    Result<JourneyPage> page = JourneyStore::journey(*m_db, query);
    if (!page.ok()) {
        qWarning("%s", qPrintable(page.error().message));
        return {};
    }
    return page.value().entries;
}

void TestCustomers::extractsEvidence_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // kind:value

    QTest::newRow("email") << u"Write to Emma.Walsh@Example.com please."_s
                           << QStringList { u"email:emma.walsh@example.com"_s };
    QTest::newRow("fediverse handle is not an email")
        << u"I am @emma@mastodon.social there"_s << QStringList {};
    QTest::newRow("uk international")
        << u"call +44 7700 900417 today"_s << QStringList { u"phone:447700900417"_s };
    QTest::newRow("uk national") << u"or 07700 900417"_s << QStringList { u"phone:447700900417"_s };
    QTest::newRow("russian +7") << u"мой номер +7 (912) 345-67-89"_s
                                << QStringList { u"phone:79123456789"_s };
    QTest::newRow("russian 8") << u"звоните 8 912 345 67 89"_s
                               << QStringList { u"phone:79123456789"_s };
    QTest::newRow("international 00")
        << u"0049 30 1234567"_s << QStringList { u"phone:49301234567"_s };
    QTest::newRow("order number") << u"order nw-4829173 is late"_s
                                  << QStringList { u"order_number:NW-4829173"_s };
    QTest::newRow("dates, amounts and short numbers are not phones")
        << u"on 2026-11-22 I paid 1 299.00 for 3 chairs, ticket 55512"_s << QStringList {};
    QTest::newRow("order digits are not a phone")
        << u"NW-4829173 and NW-5530918"_s
        << QStringList { u"order_number:NW-4829173"_s, u"order_number:NW-5530918"_s };
    QTest::newRow("all three, each once")
        << u"a@b.io, +447700900417, NW-1234567, again a@b.io"_s
        << QStringList { u"email:a@b.io"_s, u"phone:447700900417"_s, u"order_number:NW-1234567"_s };
}

void TestCustomers::extractsEvidence()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const EvidenceExtractor extractor;
    QVERIFY(extractor.isValid());
    QStringList found;
    for (const EvidenceKey &key : extractor.extract(text))
        found.append(kindName(key.kind) + u':' + key.value);
    QCOMPARE(found, expected);
    QCOMPARE(EvidenceExtractor::handleKey(u"@Emma_Walsh"_s), u"emmawalsh"_s);
    QCOMPARE(EvidenceExtractor::handleKey(u"emma.walsh@mastodon.social"_s), u"emmawalsh"_s);
    QCOMPARE(EvidenceExtractor::nameKey(u"  Emma   WALSH "_s), u"emma walsh"_s);
}

void TestCustomers::suggestions_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("scenario");
    const QStringList scenarios { u"same handle"_s, u"email in a private message"_s,
        u"email in two private messages"_s, u"phone in a private message"_s,
        u"russian phone written differently"_s, u"order number"_s, u"crm id"_s,
        u"display name and linked case"_s, u"email of a profile-only customer"_s, u"no evidence"_s,
        u"undone link is not suggested again"_s, u"configured order pattern"_s };
    for (const QString &backend : { u"sqlite"_s, u"postgresql"_s }) {
        for (const QString &scenario : scenarios)
            QTest::addRow("%s: %s", qPrintable(backend), qPrintable(scenario))
                << backend << scenario;
    }
}

void TestCustomers::suggestions()
{
    QFETCH(QString, scenario);
    if (!openBackend())
        return;
    // Emma writes on X; someone on Telegram (another customer so far) may be her.
    post({ Platform::X, u"x1"_s, u"emmawalsh"_s, u"Emma Walsh"_s, u"My kettle arrived broken"_s });
    const Id emmaX = identityOf(Platform::X, u"emmawalsh"_s);
    const Id emma = customerOf(emmaX);
    QVERIFY(emma > 0);

    QString expectedKind;
    QString expectedValue;
    Id expectedMove = 0;
    Id expectedTo = emma;
    Id newMessage = 0; // a message whose own suggestions must agree

    if (scenario == "same handle"_L1) {
        post({ Platform::Telegram, u"t1"_s, u"100"_s, u"E."_s, u"hi"_s, Visibility::Private, start,
            u"Emma_Walsh"_s });
        expectedKind = u"same_handle"_s;
        expectedValue = u"emmawalsh"_s;
        expectedMove = identityOf(Platform::Telegram, u"100"_s);
    } else if (scenario == "email in a private message"_L1) {
        Customer profile;
        profile.id = emma;
        profile.name = u"Emma Walsh"_s;
        profile.email = u"emma.walsh@example.com"_s;
        VERIFY_OK(CustomerStore::saveProfile(*m_db, profile, {}, start));
        post({ Platform::Telegram, u"t1"_s, u"100"_s, u"Em"_s,
            u"It is EMMA.WALSH@example.com, order still missing"_s, Visibility::Private });
        newMessage = messageOf(Platform::Telegram, m_lastPlatformId.value(u"t1"_s));
        expectedKind = u"email"_s;
        expectedValue = u"emma.walsh@example.com"_s;
        expectedMove = identityOf(Platform::Telegram, u"100"_s);
    } else if (scenario == "email in two private messages"_L1) {
        post({ Platform::X, u"x2"_s, u"emmawalsh"_s, u"Emma Walsh"_s,
            u"DM: reach me at emma@walsh.example"_s, Visibility::Private });
        post({ Platform::Telegram, u"t1"_s, u"100"_s, u"Em"_s, u"emma@walsh.example here"_s,
            Visibility::Private });
        newMessage = messageOf(Platform::Telegram, m_lastPlatformId.value(u"t1"_s));
        expectedKind = u"email"_s;
        expectedValue = u"emma@walsh.example"_s;
        expectedMove = identityOf(Platform::Telegram, u"100"_s);
    } else if (scenario == "phone in a private message"_L1) {
        Customer profile;
        profile.id = emma;
        profile.phone = u"07700 900417"_s;
        VERIFY_OK(CustomerStore::saveProfile(*m_db, profile, {}, start));
        post({ Platform::Telegram, u"t1"_s, u"100"_s, u"Em"_s, u"call me on +44 7700 900417"_s,
            Visibility::Private });
        newMessage = messageOf(Platform::Telegram, m_lastPlatformId.value(u"t1"_s));
        expectedKind = u"phone"_s;
        expectedValue = u"447700900417"_s;
        expectedMove = identityOf(Platform::Telegram, u"100"_s);
    } else if (scenario == "russian phone written differently"_L1) {
        post({ Platform::X, u"x2"_s, u"emmawalsh"_s, u"Emma Walsh"_s,
            u"мой телефон 8 (912) 345-67-89"_s, Visibility::Private });
        post({ Platform::Telegram, u"t1"_s, u"100"_s, u"Эмма"_s, u"номер +7 912 3456789"_s,
            Visibility::Private });
        newMessage = messageOf(Platform::Telegram, m_lastPlatformId.value(u"t1"_s));
        expectedKind = u"phone"_s;
        expectedValue = u"79123456789"_s;
        expectedMove = identityOf(Platform::Telegram, u"100"_s);
    } else if (scenario == "order number"_L1) {
        post({ Platform::X, u"x2"_s, u"emmawalsh"_s, u"Emma Walsh"_s, u"order NW-4829173"_s,
            Visibility::Private });
        post({ Platform::Telegram, u"t1"_s, u"100"_s, u"Em"_s, u"about nw-4829173 again"_s,
            Visibility::Private });
        newMessage = messageOf(Platform::Telegram, m_lastPlatformId.value(u"t1"_s));
        expectedKind = u"order_number"_s;
        expectedValue = u"NW-4829173"_s;
        expectedMove = identityOf(Platform::Telegram, u"100"_s);
    } else if (scenario == "crm id"_L1) {
        post({ Platform::Telegram, u"t1"_s, u"100"_s, u"Em"_s, u"hello"_s, Visibility::Private,
            start, {}, u"en001"_s });
        Customer profile;
        profile.id = emma;
        profile.name = u"Emma Walsh"_s;
        profile.crmRef = u"en001"_s; // the agent typed the CRM id into the profile
        VERIFY_OK(CustomerStore::saveProfile(*m_db, profile, {}, start));
        expectedKind = u"crm_id"_s;
        expectedValue = u"en001"_s;
        expectedMove = identityOf(Platform::Telegram, u"100"_s);
    } else if (scenario == "display name and linked case"_L1) {
        const Id other
            = post({ Platform::Facebook, u"f1"_s, u"fb-7"_s, u"Emma  Walsh"_s, u"kettle!!"_s });
        const Id ours = scalar(u"SELECT id FROM cases WHERE thread_key = 'x1'"_s);
        // Before the cases are linked, a shared name alone is not evidence.
        QCOMPARE(suggestionsFor(emma).size(), 0);
        VERIFY_OK(CustomerStore::linkCases(*m_db, ours, other, u"same kettle"_s, 0, start));
        expectedKind = u"display_name_and_case"_s;
        expectedValue = u"emma walsh"_s;
        expectedMove = identityOf(Platform::Facebook, u"fb-7"_s);
    } else if (scenario == "email of a profile-only customer"_L1) {
        // A CRM record with phone history, and nobody social yet.
        CustomerStore::ImportedCustomer crm;
        crm.profile.crmRef = u"en777"_s;
        crm.profile.name = u"Emma W."_s;
        crm.profile.email = u"emma.w@example.com"_s;
        crm.present = { u"name"_s, u"email"_s };
        Result<Id> crmCustomer = CustomerStore::importCustomer(*m_db, crm, start);
        VERIFY_OK(crmCustomer);
        post({ Platform::X, u"x2"_s, u"emmawalsh"_s, u"Emma Walsh"_s,
            u"my address is emma.w@example.com"_s, Visibility::Private });
        newMessage = messageOf(Platform::X, m_lastPlatformId.value(u"x2"_s));
        expectedKind = u"email"_s;
        expectedValue = u"emma.w@example.com"_s;
        expectedMove = emmaX; // Emma's X identity goes to the CRM customer
        expectedTo = crmCustomer.value();
    } else if (scenario == "no evidence"_L1) {
        // Near misses: another address, a public post with her address, another order, the
        // same handle on the same platform is impossible, a name without a linked case.
        Customer profile;
        profile.id = emma;
        profile.email = u"emma.walsh@example.com"_s;
        profile.phone = u"+44 7700 900417"_s;
        VERIFY_OK(CustomerStore::saveProfile(*m_db, profile, {}, start));
        post({ Platform::X, u"x2"_s, u"emmawalsh"_s, u"Emma Walsh"_s, u"order NW-4829173"_s,
            Visibility::Private });
        post({ Platform::Telegram, u"t1"_s, u"100"_s, u"Em"_s,
            u"emma.walsh@example.org, +44 7700 900418, NW-4829174"_s, Visibility::Private });
        post({ Platform::Mastodon, u"m1"_s, u"200"_s, u"Someone"_s,
            u"emma.walsh@example.com is on this thread"_s, Visibility::Public, start, u"rando"_s });
        post({ Platform::Facebook, u"f1"_s, u"fb-7"_s, u"Emma Walsh"_s, u"kettle"_s });
        newMessage = messageOf(Platform::Telegram, m_lastPlatformId.value(u"t1"_s));
    } else if (scenario == "undone link is not suggested again"_L1) {
        post({ Platform::Telegram, u"t1"_s, u"100"_s, u"E."_s, u"hi"_s, Visibility::Private, start,
            u"emmawalsh"_s });
        const Id telegram = identityOf(Platform::Telegram, u"100"_s);
        QCOMPARE(suggestionsFor(emma).size(), 1);
        VERIFY_OK(CustomerStore::link(*m_db, telegram, emma, EvidenceKind::SameHandle, 0, start));
        VERIFY_OK(CustomerStore::unlink(*m_db, telegram, 0, start));
    } else if (scenario == "configured order pattern"_L1) {
        VERIFY_OK(CustomerStore::setSetting(
            *m_db, QString::fromLatin1(CustomerStore::orderPatternSetting), u"ORD-\\d{5}"_s));
        post({ Platform::X, u"x2"_s, u"emmawalsh"_s, u"Emma Walsh"_s,
            u"order ORD-12345 and NW-4829173"_s, Visibility::Private });
        post({ Platform::Telegram, u"t1"_s, u"100"_s, u"Em"_s, u"ord-12345 / NW-4829173"_s,
            Visibility::Private });
        newMessage = messageOf(Platform::Telegram, m_lastPlatformId.value(u"t1"_s));
        expectedKind = u"order_number"_s;
        expectedValue = u"ORD-12345"_s;
        expectedMove = identityOf(Platform::Telegram, u"100"_s);
    } else {
        QFAIL("unknown scenario");
    }

    const QList<LinkSuggestion> found = suggestionsFor(emma);
    if (expectedKind.isEmpty()) {
        for (const LinkSuggestion &s : found)
            qWarning("unexpected: %s", qPrintable(s.evidence));
        QCOMPARE(found.size(), 0);
    } else {
        QCOMPARE(found.size(), 1);
        const LinkSuggestion &s = found.constFirst();
        QCOMPARE(toString(s.kind), expectedKind);
        QCOMPARE(s.value, expectedValue);
        QCOMPARE(s.moveIdentityId, expectedMove);
        QCOMPARE(s.toCustomerId, expectedTo);
        QCOMPARE(s.customerA, emma);
        QVERIFY(!s.evidence.isEmpty());
        QVERIFY2(s.evidence.contains(expectedKind == "email"_L1 || expectedKind == "phone"_L1
                         ? s.value.right(6)
                         : s.value,
                     Qt::CaseInsensitive),
            qPrintable(s.evidence));
    }
    if (newMessage != 0) {
        // The new message on its own brings the same evidence (from the other side).
        Result<EvidenceRules> rules = CustomerStore::evidenceRules(*m_db);
        VERIFY_OK(rules);
        Result<QList<LinkSuggestion>> fromMessage = EvidenceStore::suggestionsForMessage(
            *m_db, newMessage, EvidenceExtractor(rules.value()));
        VERIFY_OK(fromMessage);
        if (expectedKind.isEmpty()) {
            QCOMPARE(fromMessage.value().size(), 0);
        } else {
            QCOMPARE(fromMessage.value().size(), 1);
            QCOMPARE(toString(fromMessage.value().constFirst().kind), expectedKind);
            QCOMPARE(fromMessage.value().constFirst().value, expectedValue);
            QCOMPARE(fromMessage.value().constFirst().messageId, newMessage);
            QCOMPARE(fromMessage.value().constFirst().moveIdentityId, expectedMove);
            QCOMPARE(fromMessage.value().constFirst().toCustomerId, expectedTo);
        }
    }
}

void TestCustomers::linkAndUnlinkRestoreExactly_data()
{
    backendColumn();
}

void TestCustomers::linkAndUnlinkRestoreExactly()
{
    if (!openBackend())
        return;
    // Emma on X (two cases); "E." on Telegram, a customer of their own with a case and a reply.
    const Id x1
        = post({ Platform::X, u"x1"_s, u"emmawalsh"_s, u"Emma Walsh"_s, u"kettle broken"_s });
    post({ Platform::X, u"x2"_s, u"emmawalsh"_s, u"Emma Walsh"_s, u"and the lid"_s,
        Visibility::Public, start + hour });
    const Id t1 = post({ Platform::Telegram, u"t1"_s, u"100"_s, u"E."_s, u"NW-4829173?"_s,
        Visibility::Private, start + 2 * hour });
    post({ Platform::Telegram, u"t1"_s, {}, {}, u"Looking into it"_s, Visibility::Private,
        start + 3 * hour, {}, {}, Direction::Out });
    const Id emmaX = identityOf(Platform::X, u"emmawalsh"_s);
    const Id telegram = identityOf(Platform::Telegram, u"100"_s);
    const Id emma = customerOf(emmaX);
    const Id other = customerOf(telegram);
    QVERIFY(emma != other);

    const QStringList tables { u"customer"_s, u"identity"_s, u"cases"_s, u"message"_s,
        u"case_link"_s, u"contact"_s };
    QHash<QString, QStringList> before;
    for (const QString &table : tables)
        before.insert(table, dump(table));
    const QStringList linksBefore = dump(u"customer_identity"_s);
    const qint64 eventsBefore = scalar(u"SELECT COUNT(*) FROM event"_s);

    m_clock.set(start + 5 * day);
    Result<Id> agent = CustomerStore::agentByName(*m_db, u"anna"_s, true, start);
    VERIFY_OK(agent);
    Result<IdentityMove> linked = CustomerStore::link(
        *m_db, telegram, emma, EvidenceKind::OrderNumber, agent.value(), m_clock.now());
    VERIFY_OK(linked);
    QCOMPARE(linked.value().fromCustomerId, other);
    QCOMPARE(linked.value().toCustomerId, emma);
    QCOMPARE(linked.value().casesMoved, 1);
    QCOMPARE(customerOf(telegram), emma);
    QCOMPARE(scalar(u"SELECT customer_id FROM cases WHERE id = ?"_s, { t1 }), emma);
    QCOMPARE(scalar(u"SELECT customer_id FROM cases WHERE id = ?"_s, { x1 }), emma);
    // The old customer is still there, with nothing; the journey now spans both platforms.
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM customer WHERE id = ?"_s, { other }), qint64(1));
    QCOMPARE(wholeJourney(emma, u"telegram"_s).size(), 3); // opened, message, reply
    Result<CustomerProfile> profile = CustomerStore::profile(*m_db, emma);
    VERIFY_OK(profile);
    QCOMPARE(profile.value().identities.size(), 2);
    QCOMPARE(profile.value().identities.at(1).previousCustomerId, other);
    QCOMPARE(profile.value().identities.at(1).evidence, u"order_number"_s);
    // Linking again is a conflict, not a second link.
    VERIFY_ERROR(CustomerStore::link(*m_db, telegram, emma, {}, agent.value(), m_clock.now()),
        ErrorCode::Conflict);

    Result<QSqlQuery> event = m_db->exec(
        u"SELECT agent_id, at, customer_id, data FROM event WHERE type = 'identity_linked'"_s);
    VERIFY_OK(event);
    QVERIFY(event.value().next());
    QCOMPARE(event.value().value(0).toLongLong(), agent.value());
    QCOMPARE(event.value().value(1).toLongLong(), start + 5 * day);
    QCOMPARE(event.value().value(2).toLongLong(), emma);
    const QJsonObject data
        = QJsonDocument::fromJson(event.value().value(3).toString().toUtf8()).object();
    QCOMPARE(data.value(u"identity_id"_s).toString(), QString::number(telegram));
    QCOMPARE(data.value(u"from_customer_id"_s).toString(), QString::number(other));
    QCOMPARE(data.value(u"evidence"_s).toString(), u"order_number"_s);
    event.value().finish();

    m_clock.set(start + 6 * day);
    Result<IdentityMove> unlinked
        = CustomerStore::unlink(*m_db, telegram, agent.value(), m_clock.now());
    VERIFY_OK(unlinked);
    QCOMPARE(unlinked.value().fromCustomerId, emma);
    QCOMPARE(unlinked.value().toCustomerId, other);
    QVERIFY(!unlinked.value().createdCustomer);

    // Exactly as before: every table, every column.
    for (const QString &table : tables)
        QCOMPARE(dump(table), before.value(table));
    // The links table keeps every row it had, unchanged, plus the history of the undone link.
    const QStringList linksAfter = dump(u"customer_identity"_s);
    for (const QString &row : linksBefore)
        QVERIFY2(linksAfter.contains(row), qPrintable(row));
    QCOMPARE(linksAfter.size(), linksBefore.size() + 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM customer_identity WHERE unlinked_at = 0"_s),
        scalar(u"SELECT COUNT(*) FROM identity"_s));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM event"_s), eventsBefore + 2);
    QCOMPARE(
        scalar(u"SELECT agent_id FROM event WHERE type = 'identity_unlinked'"_s), agent.value());
    QCOMPARE(scalar(u"SELECT at FROM event WHERE type = 'identity_unlinked'"_s), start + 6 * day);
    // Nothing left to undo now: the identity is alone with its first customer.
    VERIFY_ERROR(CustomerStore::unlink(*m_db, telegram, 0, m_clock.now()), ErrorCode::Conflict);
    VERIFY_ERROR(CustomerStore::unlink(*m_db, 999999, 0, m_clock.now()), ErrorCode::NotFound);
    VERIFY_ERROR(
        CustomerStore::link(*m_db, telegram, 999999, {}, 0, m_clock.now()), ErrorCode::NotFound);
}

void TestCustomers::unlinkOfAFirstLinkSplitsAndComesBack_data()
{
    backendColumn();
}

void TestCustomers::unlinkOfAFirstLinkSplitsAndComesBack()
{
    if (!openBackend())
        return;
    // The CRM id joined two handles at ingest; the agent decides the Facebook one is not Daniel.
    post({ Platform::X, u"x1"_s, u"daniel_o"_s, u"Daniel Okafor"_s, u"sofa?"_s, Visibility::Public,
        start, {}, u"en002"_s });
    const Id fbCase = post({ Platform::Facebook, u"f1"_s, u"fb-2"_s, u"Daniel O"_s, u"sofa!"_s,
        Visibility::Public, start + hour, {}, u"en002"_s });
    const Id x = identityOf(Platform::X, u"daniel_o"_s);
    const Id fb = identityOf(Platform::Facebook, u"fb-2"_s);
    const Id daniel = customerOf(x);
    QCOMPARE(customerOf(fb), daniel);
    const QStringList cases = dump(u"cases"_s);
    const QStringList links = dump(u"customer_identity"_s);

    Result<IdentityMove> split = CustomerStore::unlink(*m_db, fb, 0, start + day);
    VERIFY_OK(split);
    QVERIFY(split.value().createdCustomer);
    const Id own = split.value().toCustomerId;
    QVERIFY(own != daniel);
    QCOMPARE(customerOf(fb), own);
    QCOMPARE(scalar(u"SELECT customer_id FROM cases WHERE id = ?"_s, { fbCase }), own);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM customer WHERE id = ? AND name = 'Daniel O'"_s, { own }),
        qint64(1));

    // Unlinking the split undoes it: back with Daniel, the case too.
    Result<IdentityMove> back = CustomerStore::unlink(*m_db, fb, 0, start + 2 * day);
    VERIFY_OK(back);
    QCOMPARE(back.value().toCustomerId, daniel);
    QCOMPARE(dump(u"cases"_s), cases);
    const QStringList linksAfter = dump(u"customer_identity"_s);
    for (const QString &row : links)
        QVERIFY2(linksAfter.contains(row), qPrintable(row));
    // The customer the split made stays (nothing is deleted), empty.
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM cases WHERE customer_id = ?"_s, { own }), qint64(0));
    QCOMPARE(
        scalar(
            u"SELECT COUNT(*) FROM customer_identity WHERE customer_id = ? AND unlinked_at = 0"_s,
            { own }),
        qint64(0));
}

void TestCustomers::importedContactsJoinTheJourney_data()
{
    backendColumn();
}

void TestCustomers::importedContactsJoinTheJourney()
{
    if (!openBackend())
        return;
    post({ Platform::X, u"x1"_s, u"daniel_o"_s, u"Daniel Okafor"_s, u"sofa late"_s,
        Visibility::Public, start + 20 * day, {}, u"en002"_s, Direction::In, -40 });
    post({ Platform::Telegram, u"t1"_s, u"300"_s, u"Daniel"_s, u"any news?"_s, Visibility::Private,
        start + 25 * day, {}, u"en002"_s, Direction::In, -60 });
    const Id daniel = customerOf(identityOf(Platform::X, u"daniel_o"_s));
    QCOMPARE(customerOf(identityOf(Platform::Telegram, u"300"_s)), daniel);

    // The CRM export: the profile, then a phone call matched by phone, an e-mail matched by
    // address (both written differently from the profile), a shop order by CRM id.
    Result<CustomerStore::ImportedCustomer> profile = CustomerStore::customerFromJson(
        QJsonDocument::fromJson(R"({"type":"customer","customer_ref":"en002","name":"Daniel Okafor",
            "email":"Daniel.Okafor@example.com","phone":"+44 7700 900417","region":"London","tags":["sofa"],"vip":true})")
            .object());
    VERIFY_OK(profile);
    Result<Id> updated = CustomerStore::importCustomer(*m_db, profile.value(), start);
    VERIFY_OK(updated);
    QCOMPARE(updated.value(), daniel);
    const QList<QByteArray> records {
        R"({"type":"contact","channel":"phone","created_at":"2026-12-10T09:00:00Z","summary":"Called about the sofa delivery","direction":"in","phone":"07700 900417","source":"crm","id":"c-1"})",
        R"({"type":"contact","channel":"email","created_at":"2026-12-19T09:00:00Z","summary":"Delivery slot confirmed","direction":"out","email":"daniel.okafor@EXAMPLE.com","source":"crm","id":"c-2"})",
        R"({"type":"contact","channel":"shop","created_at":"2026-11-01T12:00:00Z","summary":"Order NW-5530918: sofa","customer_ref":"en002","source":"shop","id":"NW-5530918"})",
    };
    for (const QByteArray &line : records) {
        Result<CustomerStore::ImportedContact> contact
            = CustomerStore::contactFromJson(QJsonDocument::fromJson(line).object());
        VERIFY_OK(contact);
        Result<Id> imported
            = CustomerStore::importContact(*m_db, contact.value(), start + 29 * day);
        VERIFY_OK(imported);
        QVERIFY(imported.value() > 0);
    }
    // The same export again adds nothing.
    Result<CustomerStore::ImportedContact> again
        = CustomerStore::contactFromJson(QJsonDocument::fromJson(records.first()).object());
    VERIFY_OK(again);
    Result<Id> duplicate = CustomerStore::importContact(*m_db, again.value(), start + 29 * day);
    VERIFY_OK(duplicate);
    QCOMPARE(duplicate.value(), Id(0));
    QCOMPARE(
        scalar(u"SELECT COUNT(*) FROM contact WHERE customer_id = ?"_s, { daniel }), qint64(3));
    QCOMPARE(
        scalar(u"SELECT COUNT(*) FROM event WHERE type = 'contact_imported' AND customer_id = ?"_s,
            { daniel }),
        qint64(3));
    // Bad records are refused with the field named.
    const QList<std::pair<QByteArray, QString>> bad {
        { R"({"type":"contact","created_at":"2026-12-10T09:00:00Z","phone":"1"})", u"channel"_s },
        { R"({"type":"contact","channel":"phone","created_at":"yesterday","phone":"1"})",
            u"created_at"_s },
        { R"({"type":"contact","channel":"phone","created_at":"2026-12-10T09:00:00Z"})",
            u"customer_ref"_s },
        { R"({"type":"contact","channel":"phone","created_at":"2026-12-10T09:00:00Z","phone":"1","direction":"up"})",
            u"direction"_s },
    };
    for (const auto &[line, field] : bad) {
        Result<CustomerStore::ImportedContact> refused
            = CustomerStore::contactFromJson(QJsonDocument::fromJson(line).object());
        VERIFY_ERROR(refused, ErrorCode::Invalid);
        QVERIFY2(refused.error().message.contains(field), qPrintable(refused.error().message));
    }

    const QList<JourneyEntry> journey = wholeJourney(daniel);
    QStringList contacts;
    for (const JourneyEntry &e : journey) {
        if (e.kind == JourneyKind::Contact)
            contacts.append(e.channel + u':' + e.summary);
    }
    QCOMPARE(contacts,
        (QStringList { u"email:Delivery slot confirmed"_s,
            u"phone:Called about the sofa delivery"_s, u"shop:Order NW-5530918: sofa"_s }));
    const QList<JourneyEntry> phoneOnly = wholeJourney(daniel, u"phone"_s);
    QCOMPARE(phoneOnly.size(), 1);
    COMPARE_ENUM(phoneOnly.first().kind, JourneyKind::Contact);
    COMPARE_ENUM(phoneOnly.first().direction, Direction::In);
    QCOMPARE(phoneOnly.first().at, *fromIsoUtc(u"2026-12-10T09:00:00Z"_s));

    Result<JourneySummary> summary = JourneyStore::summary(*m_db, daniel, 0, start + 30 * day);
    VERIFY_OK(summary);
    QCOMPARE(summary.value().lastContactChannel, u"email"_s);
    QCOMPARE(summary.value().lastContactAt, *fromIsoUtc(u"2026-12-19T09:00:00Z"_s));
    // Two cases and two contacts within thirty days; the shop order is older.
    QCOMPARE(summary.value().contactsLast30Days, 4);
    QVERIFY(summary.value().vip);
    QCOMPARE(summary.value().openCasesElsewhere.size(), 2);
    for (const QString &channel : { u"x"_s, u"telegram"_s, u"phone"_s, u"email"_s, u"shop"_s })
        QVERIFY2(summary.value().channels.contains(channel), qPrintable(channel));
    Result<CustomerProfile> saved = CustomerStore::profile(*m_db, daniel);
    VERIFY_OK(saved);
    QCOMPARE(saved.value().customer.region, u"London"_s);
    QCOMPARE(saved.value().tags, QStringList { u"sofa"_s });

    // A contact for someone CareDesk does not know yet starts their journey.
    Result<CustomerStore::ImportedContact> stranger
        = CustomerStore::contactFromJson(QJsonDocument::fromJson(
            R"({"type":"contact","channel":"phone","created_at":"2026-12-01T10:00:00Z","phone":"+7 912 345-67-89","name":"Иван"})")
                                             .object());
    VERIFY_OK(stranger);
    VERIFY_OK(CustomerStore::importContact(*m_db, stranger.value(), start));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM customer WHERE phone_key = '79123456789'"_s), qint64(1));
}

void TestCustomers::journeyIsGroupedByCaseAndPaged_data()
{
    backendColumn();
}

void TestCustomers::journeyIsGroupedByCaseAndPaged()
{
    if (!openBackend())
        return;
    // One person on three platforms (the CRM id joins them), with replies and a status change.
    const Id x = post({ Platform::X, u"x1"_s, u"emma"_s, u"Emma"_s, u"first"_s, Visibility::Public,
        start, {}, u"en1"_s });
    post({ Platform::X, u"x1"_s, {}, {}, u"reply"_s, Visibility::Public, start + hour, {}, {},
        Direction::Out });
    const Id t = post({ Platform::Telegram, u"t1"_s, u"400"_s, u"Emma"_s, u"second"_s,
        Visibility::Private, start + day, {}, u"en1"_s });
    post({ Platform::Telegram, u"t1"_s, u"400"_s, u"Emma"_s, u"more"_s, Visibility::Private,
        start + day + hour });
    const Id m = post({ Platform::Mastodon, u"m1"_s, u"emma@social"_s, u"Emma"_s, u"third"_s,
        Visibility::Public, start + 2 * day, {}, u"en1"_s });
    VERIFY_OK(CaseStore::changeStatus(*m_db, x, CaseStatus::Resolved, 0, 0, start + 3 * day));
    const Id emma = customerOf(identityOf(Platform::X, u"emma"_s));

    const QList<JourneyEntry> all = wholeJourney(emma);
    // Groups newest activity first (Mastodon, Telegram, X), each newest entry first.
    QStringList seen;
    for (const JourneyEntry &e : all)
        seen.append(QString::number(e.caseId) + u':' + toString(e.kind) + u':' + e.summary);
    const QStringList expected {
        QString::number(m) + u":message:third"_s,
        QString::number(m) + u":case_opened:third"_s,
        QString::number(t) + u":message:more"_s,
        QString::number(t) + u":message:second"_s,
        QString::number(t) + u":case_opened:second"_s,
        QString::number(x) + u":status_change:"_s,
        QString::number(x) + u":reply:reply"_s,
        QString::number(x) + u":message:first"_s,
        QString::number(x) + u":case_opened:first"_s,
    };
    QCOMPARE(seen, expected);
    QCOMPARE(all.at(5).data.value(u"to"_s).toString(), u"resolved"_s);
    COMPARE_ENUM(all.at(2).visibility, Visibility::Private);
    QCOMPARE(all.at(0).channel, u"mastodon"_s);

    // Keyset pages of two give the same entries in the same order.
    QList<JourneyEntry> paged;
    JourneyQuery query;
    query.customerId = emma;
    query.limit = 2;
    for (int guard = 0; guard < 20; ++guard) {
        Result<JourneyPage> page = JourneyStore::journey(*m_db, query);
        VERIFY_OK(page);
        paged += page.value().entries;
        if (!page.value().next)
            break;
        query.after = page.value().next;
    }
    QCOMPARE(paged.size(), all.size());
    for (qsizetype i = 0; i < all.size(); ++i) {
        QCOMPARE(paged.at(i).id, all.at(i).id);
        COMPARE_ENUM(paged.at(i).kind, all.at(i).kind);
    }
    QCOMPARE(wholeJourney(emma, u"telegram"_s).size(), 3);
}

void TestCustomers::crossPlatformCaseProposal_data()
{
    backendColumn();
}

void TestCustomers::crossPlatformCaseProposal()
{
    if (!openBackend())
        return;
    // Mastodon five days ago (outside the window), X now, Telegram ten hours later about the
    // same order, and a second X case (same platform: no proposal).
    const Id old = post({ Platform::Mastodon, u"m1"_s, u"emma@social"_s, u"Emma"_s,
        u"sofa colour question"_s, Visibility::Public, start, {}, u"en1"_s });
    const Id x = post(
        { Platform::X, u"x1"_s, u"emma"_s, u"Emma"_s, u"Where is my sofa? Order NW-5530918"_s,
            Visibility::Public, start + 5 * day, {}, u"en1"_s });
    const Id t = post({ Platform::Telegram, u"t1"_s, u"400"_s, u"Emma"_s,
        u"sofa NW-5530918 still not delivered"_s, Visibility::Private, start + 5 * day + 10 * hour,
        {}, u"en1"_s });
    post({ Platform::X, u"x2"_s, u"emma"_s, u"Emma"_s, u"also the lamp"_s, Visibility::Public,
        start + 5 * day + hour });
    const QString pattern = EvidenceRules().orderPattern;

    Result<Millis> window = CustomerStore::caseLinkWindow(*m_db);
    VERIFY_OK(window);
    QCOMPARE(window.value(), 48 * hour);
    Result<QList<CaseLinkProposal>> proposals
        = JourneyStore::caseLinkProposals(*m_db, x, window.value(), pattern);
    VERIFY_OK(proposals);
    QCOMPARE(proposals.value().size(), 1);
    const CaseLinkProposal &p = proposals.value().constFirst();
    QCOMPARE(p.other.caseId, t);
    COMPARE_ENUM(p.other.platform, Platform::Telegram);
    QCOMPARE(p.apart, 10 * hour);
    QVERIFY2(p.sharedTerms.contains(u"NW-5530918"_s), qPrintable(p.sharedTerms.join(u',')));
    QVERIFY(p.sharedTerms.contains(u"sofa"_s));
    // A wider window (the workspace's setting) reaches the Mastodon case too.
    VERIFY_OK(CustomerStore::setSetting(
        *m_db, QString::fromLatin1(CustomerStore::caseLinkWindowSetting), u"168"_s));
    window = CustomerStore::caseLinkWindow(*m_db);
    QCOMPARE(window.value(), 168 * hour);
    proposals = JourneyStore::caseLinkProposals(*m_db, x, window.value(), pattern);
    VERIFY_OK(proposals);
    QCOMPARE(proposals.value().size(), 2);
    QCOMPARE(proposals.value().at(0).other.caseId, t); // shares the order: first
    QCOMPARE(proposals.value().at(1).other.caseId, old);

    // Linked, they show each other and are not proposed again.
    VERIFY_OK(CustomerStore::linkCases(*m_db, x, t, u"same order"_s, 0, start + 6 * day));
    VERIFY_OK(CustomerStore::linkCases(*m_db, t, x, u"again"_s, 0, start + 6 * day));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM case_link"_s), qint64(2));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM event WHERE type = 'case_linked'"_s), qint64(2));
    proposals = JourneyStore::caseLinkProposals(*m_db, x, 48 * hour, pattern);
    VERIFY_OK(proposals);
    QCOMPARE(proposals.value().size(), 0);
    for (const auto &[from, to] : { std::pair { x, t }, std::pair { t, x } }) {
        Result<JourneySummary> summary = JourneyStore::summary(
            *m_db, customerOf(identityOf(Platform::X, u"emma"_s)), from, start + 6 * day);
        VERIFY_OK(summary);
        QCOMPARE(summary.value().linkedCases.size(), 1);
        QCOMPARE(summary.value().linkedCases.first().caseId, to);
    }
    VERIFY_ERROR(CustomerStore::linkCases(*m_db, x, x, {}, 0, start), ErrorCode::Invalid);
    VERIFY_ERROR(CustomerStore::linkCases(*m_db, x, 999999, {}, 0, start), ErrorCode::NotFound);
}

void TestCustomers::exportHoldsEverything_data()
{
    backendColumn();
}

void TestCustomers::exportHoldsEverything()
{
    if (!openBackend())
        return;
    const Id x = post({ Platform::X, u"x1"_s, u"emma"_s, u"Emma Walsh"_s, u"kettle broken"_s,
        Visibility::Public, start, {}, u"en1"_s });
    post({ Platform::X, u"x1"_s, {}, {}, u"Sorry! Sending a new one."_s, Visibility::Public,
        start + hour, {}, {}, Direction::Out });
    post({ Platform::Telegram, u"t1"_s, u"400"_s, u"Emma"_s, u"my phone is +44 7700 900417"_s,
        Visibility::Private, start + day, {}, u"en1"_s });
    const Id emma = customerOf(identityOf(Platform::X, u"emma"_s));
    Result<CustomerStore::ImportedContact> call
        = CustomerStore::contactFromJson(QJsonDocument::fromJson(
            R"({"channel":"phone","created_at":"2026-11-20T10:00:00Z","summary":"Asked about kettles","customer_ref":"en1"})")
                                             .object());
    VERIFY_OK(call);
    VERIFY_OK(CustomerStore::importContact(*m_db, call.value(), start));
    Customer profile;
    profile.id = emma;
    profile.name = u"Emma Walsh"_s;
    profile.crmRef = u"en1"_s;
    profile.email = u"emma@example.com"_s;
    profile.notes = u"Prefers e-mail"_s;
    VERIFY_OK(CustomerStore::saveProfile(*m_db, profile, { u"kettle"_s }, start));

    Result<Id> agent = CustomerStore::agentByName(*m_db, u"boris"_s, true, start);
    VERIFY_OK(agent);
    Result<QJsonObject> exported
        = CustomerStore::exportCustomer(*m_db, emma, agent.value(), start + 2 * day);
    VERIFY_OK(exported);
    const QJsonObject doc = exported.value();
    QCOMPARE(doc.value(u"format"_s).toString(), u"caredesk-customer-export"_s);
    const QJsonObject customer = doc.value(u"customer"_s).toObject();
    QCOMPARE(customer.value(u"id"_s).toString(), QString::number(emma));
    QCOMPARE(customer.value(u"name"_s).toString(), u"Emma Walsh"_s);
    QCOMPARE(customer.value(u"email"_s).toString(), u"emma@example.com"_s);
    QCOMPARE(customer.value(u"notes"_s).toString(), u"Prefers e-mail"_s);
    QCOMPARE(customer.value(u"tags"_s).toArray(), QJsonArray { u"kettle"_s });
    QCOMPARE(doc.value(u"identities"_s).toArray().size(), 2);
    QCOMPARE(doc.value(u"identity_links"_s).toArray().size(), 2);
    const QJsonArray cases = doc.value(u"cases"_s).toArray();
    QCOMPARE(cases.size(), 2);
    const QJsonObject first = cases.at(0).toObject();
    QCOMPARE(first.value(u"id"_s).toString(), QString::number(x));
    QCOMPARE(first.value(u"platform"_s).toString(), u"x"_s);
    const QJsonArray messages = first.value(u"messages"_s).toArray();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).toObject().value(u"text"_s).toString(), u"kettle broken"_s);
    QCOMPARE(messages.at(1).toObject().value(u"direction"_s).toString(), u"out"_s);
    QCOMPARE(cases.at(1)
                 .toObject()
                 .value(u"messages"_s)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"text"_s)
                 .toString(),
        u"my phone is +44 7700 900417"_s);
    const QJsonArray contacts = doc.value(u"contacts"_s).toArray();
    QCOMPARE(contacts.size(), 1);
    QCOMPARE(contacts.at(0).toObject().value(u"summary"_s).toString(), u"Asked about kettles"_s);
    QVERIFY(doc.value(u"events"_s).toArray().size() >= 4);
    // Times are ISO 8601 UTC, ids are strings (the CLI's JSON rules).
    QVERIFY(first.value(u"opened_at"_s).toString().endsWith(u'Z'));
    // The export itself is an audit event: who and when.
    Result<QSqlQuery> event = m_db->exec(
        u"SELECT agent_id, at, customer_id FROM event WHERE type = 'customer_exported'"_s);
    VERIFY_OK(event);
    QVERIFY(event.value().next());
    QCOMPARE(event.value().value(0).toLongLong(), agent.value());
    QCOMPARE(event.value().value(1).toLongLong(), start + 2 * day);
    QCOMPARE(event.value().value(2).toLongLong(), emma);
    event.value().finish();
    VERIFY_ERROR(CustomerStore::exportCustomer(*m_db, 999999, 0, start), ErrorCode::NotFound);
}

void TestCustomers::eraseRedactsAndKeepsStatistics_data()
{
    backendColumn();
}

void TestCustomers::eraseRedactsAndKeepsStatistics()
{
    if (!openBackend())
        return;
    const Id x = post(
        { Platform::X, u"x1"_s, u"emma"_s, u"Emma Walsh"_s, u"kettle broken, emma@example.com"_s,
            Visibility::Public, start, {}, u"en1"_s, Direction::In, -50 });
    post({ Platform::X, u"x1"_s, {}, {}, u"Sorry Emma!"_s, Visibility::Public, start + hour, {}, {},
        Direction::Out });
    const Id t = post(
        { Platform::Telegram, u"t1"_s, u"400"_s, u"Emma"_s, u"order NW-4829173, +44 7700 900417"_s,
            Visibility::Private, start + day, {}, u"en1"_s, Direction::In, 20 });
    // Someone else's case stays as it is.
    const Id bystander = post({ Platform::X, u"x9"_s, u"tom"_s, u"Tom"_s, u"kettle question"_s,
        Visibility::Public, start });
    const Id emma = customerOf(identityOf(Platform::X, u"emma"_s));
    Customer profile;
    profile.id = emma;
    profile.name = u"Emma Walsh"_s;
    profile.crmRef = u"en1"_s;
    profile.email = u"emma@example.com"_s;
    profile.phone = u"+44 7700 900417"_s;
    profile.region = u"Leeds"_s;
    profile.notes = u"Prefers e-mail"_s;
    VERIFY_OK(CustomerStore::saveProfile(*m_db, profile, { u"kettle"_s }, start));
    VERIFY_OK(m_db->exec(
        u"INSERT INTO note (case_id, text, created_at) VALUES (?, 'Emma lives in Leeds', ?)"_s,
        { x, start }));
    VERIFY_OK(OutboxStore::enqueue(
        *m_db, t, u"Hi Emma, your order NW-4829173"_s, Visibility::Private, 0, start + day));
    Result<CustomerStore::ImportedContact> call
        = CustomerStore::contactFromJson(QJsonDocument::fromJson(
            R"({"channel":"phone","created_at":"2026-11-20T10:00:00Z","summary":"Emma called","customer_ref":"en1"})")
                                             .object());
    VERIFY_OK(call);
    VERIFY_OK(CustomerStore::importContact(*m_db, call.value(), start));
    // The evidence index has read her private message.
    QVERIFY(suggestionsFor(emma).isEmpty());
    QVERIFY(scalar(u"SELECT COUNT(*) FROM identity_key WHERE kind = 'order_number'"_s) > 0);

    const QString stats
        = u"SELECT id, customer_id, platform, status, opened_at, last_message_at, message_count, "
          "sentiment_entry, sentiment_last, unanswered FROM cases"_s;
    const auto rows = [this](const QString &statement) {
        QStringList out;
        Result<QSqlQuery> q = m_db->exec(statement);
        while (q.ok() && q.value().next()) {
            QStringList values;
            for (int i = 0; i < q.value().record().count(); ++i)
                values.append(q.value().value(i).toString());
            out.append(values.join(u'|'));
        }
        out.sort();
        return out;
    };
    const QStringList caseStats = rows(stats);
    const QStringList messageStats
        = rows(u"SELECT id, case_id, direction, visibility, created_at, sentiment, "
               "author_identity_id FROM message"_s);
    const QStringList eventsBefore
        = rows(u"SELECT id, type, at, case_id, customer_id, message_id, data FROM event"_s);
    Result<QList<SearchHit>> found
        = CaseStore::search(*m_db, SearchQuery { u"kettle"_s, 50, false, {} });
    VERIFY_OK(found);
    QCOMPARE(found.value().size(), 2);

    Result<Id> agent = CustomerStore::agentByName(*m_db, u"dpo"_s, true, start);
    VERIFY_OK(agent);
    VERIFY_OK(CustomerStore::erase(*m_db, emma, agent.value(), start + 10 * day));
    const QString marker = JourneyText::redactionMarker();

    // Statistics and ids stay.
    QCOMPARE(rows(stats), caseStats);
    QCOMPARE(
        rows(
            u"SELECT id, case_id, direction, visibility, created_at, sentiment, author_identity_id FROM message"_s),
        messageStats);
    // Every event stays as it was, and one more says who erased and when.
    QStringList eventsAfter
        = rows(u"SELECT id, type, at, case_id, customer_id, message_id, data FROM event"_s);
    for (const QString &row : eventsBefore)
        QVERIFY(eventsAfter.contains(row));
    QCOMPARE(eventsAfter.size(), eventsBefore.size() + 1);
    Result<QSqlQuery> event = m_db->exec(
        u"SELECT agent_id, at, customer_id, data FROM event WHERE type = 'customer_erased'"_s);
    VERIFY_OK(event);
    QVERIFY(event.value().next());
    QCOMPARE(event.value().value(0).toLongLong(), agent.value());
    QCOMPARE(event.value().value(1).toLongLong(), start + 10 * day);
    QCOMPARE(event.value().value(2).toLongLong(), emma);
    const QJsonObject data
        = QJsonDocument::fromJson(event.value().value(3).toString().toUtf8()).object();
    QCOMPARE(data.value(u"cases"_s).toInt(), 2);
    QCOMPARE(data.value(u"messages"_s).toInt(), 3);
    QVERIFY(!data.value(u"by"_s).toString().isEmpty() || !m_db->isPostgres());
    event.value().finish();

    // Texts and profile are gone, everywhere they were.
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM message WHERE case_id IN (?, ?) AND text <> ?"_s,
                 { x, t, marker }),
        qint64(0));
    QCOMPARE(
        scalar(u"SELECT COUNT(*) FROM message WHERE case_id = ? AND text = 'kettle question'"_s,
            { bystander }),
        qint64(1));
    Result<QSqlQuery> customer = m_db->exec(
        u"SELECT name, crm_ref, email, phone, region, notes, tags, erased_at, email_key, phone_key FROM customer WHERE id = ?"_s,
        { emma });
    VERIFY_OK(customer);
    QVERIFY(customer.value().next());
    QCOMPARE(customer.value().value(0).toString(), marker);
    for (int column = 1; column <= 5; ++column)
        QCOMPARE(customer.value().value(column).toString(), QString());
    QCOMPARE(customer.value().value(6).toString(), u"[]"_s);
    QCOMPARE(customer.value().value(7).toLongLong(), start + 10 * day);
    QCOMPARE(customer.value().value(8).toString(), QString());
    customer.value().finish();
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM identity WHERE handle = ? AND display_name = ?"_s,
                 { marker, marker }),
        qint64(2));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM note WHERE text <> ?"_s, { marker }), qint64(0));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM outbox WHERE text <> ? OR state <> 'cancelled'"_s,
                 { marker }),
        qint64(0));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM contact WHERE summary <> ?"_s, { marker }), qint64(0));
    QCOMPARE(
        scalar(
            u"SELECT COUNT(*) FROM cases WHERE id IN (?, ?) AND (subject <> ? OR last_snippet <> ?)"_s,
            { x, t, marker, marker }),
        qint64(0));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM identity_key ik JOIN customer_identity ci ON "
                    "ci.identity_id = ik.identity_id WHERE ci.customer_id = ?"_s,
                 { emma }),
        qint64(0));
    // Search forgets her words; Tom's kettle is still found.
    found = CaseStore::search(*m_db, SearchQuery { u"kettle"_s, 50, false, {} });
    VERIFY_OK(found);
    QCOMPARE(found.value().size(), 1);
    QCOMPARE(found.value().first().caseId, bystander);
    found = CaseStore::search(*m_db, SearchQuery { u"4829173"_s, 50, false, {} });
    VERIFY_OK(found);
    QCOMPARE(found.value().size(), 0);

    // Erased is final: no second erasure, no edits, no links.
    VERIFY_ERROR(CustomerStore::erase(*m_db, emma, 0, start + 11 * day), ErrorCode::Conflict);
    VERIFY_ERROR(CustomerStore::saveProfile(*m_db, profile, {}, start), ErrorCode::Conflict);
    VERIFY_ERROR(CustomerStore::link(*m_db, identityOf(Platform::X, u"tom"_s), emma, {}, 0, start),
        ErrorCode::Conflict);
    VERIFY_ERROR(CustomerStore::erase(*m_db, 999999, 0, start), ErrorCode::NotFound);
    if (m_db->isPostgres()) {
        // The privileged path: a SECURITY DEFINER function that PUBLIC may not run.
        QCOMPARE(
            scalar(
                u"SELECT COUNT(*) FROM pg_proc WHERE proname = 'caredesk_erase_customer' AND prosecdef"_s),
            qint64(1));
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM information_schema.routine_privileges WHERE "
                        "routine_name = 'caredesk_erase_customer' AND grantee = 'PUBLIC'"_s),
            qint64(0));
    }
}

void TestCustomers::repositoryAnswersOffTheCallersThread_data()
{
    backendColumn();
}

void TestCustomers::repositoryAnswersOffTheCallersThread()
{
    if (!openBackend())
        return;
    post({ Platform::X, u"x1"_s, u"emma"_s, u"Emma"_s, u"order NW-1234567 late"_s,
        Visibility::Private, start });
    post({ Platform::Telegram, u"t1"_s, u"400"_s, u"E"_s, u"NW-1234567??"_s, Visibility::Private,
        start + hour });
    const Id emma = customerOf(identityOf(Platform::X, u"emma"_s));
    const Id telegram = identityOf(Platform::Telegram, u"400"_s);
    const Id newest = messageOf(Platform::Telegram, m_lastPlatformId.value(u"t1"_s));
    m_db.reset(); // the worker has its own connection

    DatabaseWorker worker(m_ws.config());
    SqlCustomerRepository repository(worker, m_clock);
    const auto wait = [](auto future) {
        using R = std::decay_t<decltype(future.result())>;
        if (!QTest::qWaitFor([&future] { return future.isFinished(); }, 15000))
            return R(Error { ErrorCode::Unavailable, u"the database thread did not answer"_s });
        return future.result();
    };
    Result<QList<LinkSuggestion>> forMessage = wait(repository.suggestionsForMessage(newest));
    VERIFY_OK(forMessage);
    QCOMPARE(forMessage.value().size(), 1);
    COMPARE_ENUM(forMessage.value().first().kind, EvidenceKind::OrderNumber);
    // Seen from the Telegram message, the proposed link is the same: Telegram to Emma (older).
    QCOMPARE(forMessage.value().first().moveIdentityId, telegram);
    QCOMPARE(forMessage.value().first().toCustomerId, emma);
    Result<IdentityMove> linked
        = wait(repository.link(telegram, emma, EvidenceKind::OrderNumber, 0));
    VERIFY_OK(linked);
    Result<JourneyPage> page = wait(repository.journey(JourneyQuery { emma, {}, 50, {} }));
    VERIFY_OK(page);
    QCOMPARE(page.value().entries.size(), 4);
    Result<JourneySummary> summary = wait(repository.summary(emma, 0));
    VERIFY_OK(summary);
    QCOMPARE(summary.value().caseCount, 2);
    Result<QList<CaseLinkProposal>> proposals
        = wait(repository.caseLinkProposals(page.value().entries.first().caseId, 0));
    VERIFY_OK(proposals);
    QCOMPARE(proposals.value().size(), 1);
    Result<QList<LinkSuggestion>> none = wait(repository.suggestions(emma));
    VERIFY_OK(none);
    QCOMPARE(none.value().size(), 0);
}

QTEST_GUILESS_MAIN(TestCustomers)
#include "tst_customers.moc"
