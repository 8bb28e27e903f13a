// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The poller over a scripted connector and in-memory repositories: a page is stored with its
// cursor before the next is asked for, pages follow while the connector has more, a page that
// could not be stored is asked for again from the old cursor, and errors wait for the time the
// connector names.
#include "app/platforms/poller.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <deque>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {

template <typename T> QFuture<Result<T>> ready(Result<T> value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

Error unused()
{
    return Error { ErrorCode::Internal, u"not used by the poller"_s };
}

class ScriptedConnector final : public Connector
{
public:
    Platform platform() const override { return Platform::Mastodon; }
    ConnectorKind kind() const override { return ConnectorKind::Live; }
    ConnectorCapabilities capabilities() const override { return {}; }
    QStringList streams() const override { return { u"mentions"_s }; }
    QFuture<FetchResult> fetch(const QString &, const QString &cursor) override
    {
        asked.append(cursor);
        times.append(timer.elapsed());
        FetchResult result;
        if (!script.empty()) {
            result = script.front();
            script.pop_front();
        }
        return QtFuture::makeReadyFuture(result);
    }
    QFuture<SendResult> send(const SendRequest &) override
    {
        return QtFuture::makeReadyFuture(SendResult {});
    }

    std::deque<FetchResult> script;
    QStringList asked;
    QList<qint64> times;
    QElapsedTimer timer;
};

class MemoryAccounts final : public AccountRepository
{
public:
    QFuture<Result<QList<Account>>> list() override { return ready<QList<Account>>(unused()); }
    QFuture<Result<Account>> add(const Account &) override { return ready<Account>(unused()); }
    QFuture<Result<Done>> remove(Id) override { return ready<Done>(unused()); }
    QFuture<Result<QString>> cursor(Id, const QString &stream) override
    {
        return ready<QString>(cursors.value(stream));
    }
    QHash<QString, QString> cursors;
};

class MemoryCases final : public CaseRepository
{
public:
    QFuture<Result<CasePage>> inbox(const InboxQuery &) override
    {
        return ready<CasePage>(unused());
    }
    QFuture<Result<QList<CaseSummary>>> summaries(const QList<Id> &) override
    {
        return ready<QList<CaseSummary>>(unused());
    }
    QFuture<Result<CaseDetail>> detail(Id) override { return ready<CaseDetail>(unused()); }
    QFuture<Result<QList<SearchHit>>> search(const SearchQuery &) override
    {
        return ready<QList<SearchHit>>(unused());
    }
    QFuture<Result<IngestResult>> ingest(const IngestBatch &batch) override
    {
        if (failNext) {
            failNext = false;
            return ready<IngestResult>(Error { ErrorCode::Unavailable, u"The disk is full."_s });
        }
        batches.append(batch);
        if (!batch.cursor.isEmpty())
            accounts->cursors.insert(batch.stream, batch.cursor);
        IngestResult result;
        result.inserted = int(batch.messages.size());
        return ready<IngestResult>(result);
    }
    QFuture<Result<Case>> changeStatus(Id, CaseStatus, Millis, Id) override
    {
        return ready<Case>(unused());
    }

    MemoryAccounts *accounts = nullptr;
    QList<IngestBatch> batches;
    bool failNext = false;
};

FetchResult page(const QStringList &ids, const QString &next, bool hasMore)
{
    FetchResult result;
    for (const QString &id : ids) {
        IncomingMessage m;
        m.platformId = id;
        m.threadKey = id;
        m.authorPlatformId = u"5"_s;
        m.text = u"hello"_s;
        result.messages.append(m);
    }
    result.nextCursor = next;
    result.hasMore = hasMore;
    return result;
}

FetchResult failure(Millis retryAt)
{
    FetchResult result;
    result.error = Error { ErrorCode::Unavailable, u"The server is unavailable."_s };
    result.retryAt = retryAt;
    return result;
}

} // namespace

class TestPoller : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void oncePagesUntilNothingMore();
    void onceStopsAtAnError();
    void unstoredPageIsAskedForAgain();
    void errorWaitsForRetryAt();
    void pageLimitEndsAPass();

private:
    std::unique_ptr<Poller> poller(bool once, int maxPages = 50);

    Account m_account;
    ScriptedConnector m_connector;
    MemoryAccounts m_accounts;
    MemoryCases m_cases;
    SystemClock m_clock;
};

void TestPoller::init()
{
    m_account = Account {};
    m_account.id = 9;
    m_account.platform = Platform::Mastodon;
    m_connector.script.clear();
    m_connector.asked.clear();
    m_connector.times.clear();
    m_connector.timer.start();
    m_accounts.cursors.clear();
    m_cases.accounts = &m_accounts;
    m_cases.batches.clear();
    m_cases.failNext = false;
}

std::unique_ptr<Poller> TestPoller::poller(bool once, int maxPages)
{
    Poller::Options options;
    options.once = once;
    options.intervalMs = 60000;
    options.maxPagesPerPass = maxPages;
    return std::make_unique<Poller>(m_account, m_connector, m_accounts, m_cases, m_clock, options);
}

void TestPoller::oncePagesUntilNothingMore()
{
    m_accounts.cursors.insert(u"mentions"_s, u"10"_s);
    m_connector.script
        = { page({ u"11"_s, u"12"_s }, u"12"_s, true), page({ u"13"_s }, u"13"_s, false) };
    auto p = poller(true);
    QSignalSpy finished(p.get(), &Poller::finished);
    QSignalSpy stored(p.get(), &Poller::stored);
    p->start();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(m_connector.asked, (QStringList { u"10"_s, u"12"_s }));
    QCOMPARE(m_cases.batches.size(), 2);
    // Each page is stored with the cursor that confirms it.
    QCOMPARE(m_cases.batches.at(0).cursor, u"12"_s);
    QCOMPARE(m_cases.batches.at(0).messages.size(), 2);
    QCOMPARE(m_cases.batches.at(1).cursor, u"13"_s);
    QCOMPARE(m_cases.batches.at(1).accountId, 9);
    QCOMPARE(m_cases.batches.at(1).stream, u"mentions"_s);
    QCOMPARE(stored.size(), 2);
    QVERIFY(p->isFinished());
}

void TestPoller::onceStopsAtAnError()
{
    m_connector.script = { failure(0) };
    auto p = poller(true);
    QSignalSpy finished(p.get(), &Poller::finished);
    QSignalSpy failed(p.get(), &Poller::failed);
    p->start();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(2).toString(), u"The server is unavailable."_s);
    QVERIFY(m_cases.batches.isEmpty());
    QCOMPARE(m_connector.asked.size(), 1);
}

void TestPoller::unstoredPageIsAskedForAgain()
{
    m_accounts.cursors.insert(u"mentions"_s, u"10"_s);
    m_connector.script = { page({ u"11"_s }, u"11"_s, false), page({ u"11"_s }, u"11"_s, false) };
    m_cases.failNext = true;
    auto p = poller(false);
    QSignalSpy failed(p.get(), &Poller::failed);
    p->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_cases.batches.size(), 1, 5000);
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().at(2).toString().contains(u"disk is full"_s));
    // Not stored, not confirmed: the same cursor again.
    QCOMPARE(m_connector.asked, (QStringList { u"10"_s, u"10"_s }));
    QCOMPARE(m_accounts.cursors.value(u"mentions"_s), u"11"_s);
    p->stop();
}

void TestPoller::errorWaitsForRetryAt()
{
    m_connector.script = { failure(m_clock.now() + 1500), page({}, u"1"_s, false) };
    auto p = poller(false);
    p->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_connector.asked.size(), 2, 5000);
    const qint64 waited = m_connector.times.at(1) - m_connector.times.at(0);
    QVERIFY2(waited >= 1400, qPrintable(QString::number(waited)));
    // Then the interval (a minute here) before the next poll: nothing more for now.
    QTest::qWait(300);
    QCOMPARE(m_connector.asked.size(), 2);
    p->stop();
}

void TestPoller::pageLimitEndsAPass()
{
    for (int i = 0; i < 10; ++i)
        m_connector.script.push_back(page({ QString::number(i) }, QString::number(i), true));
    auto p = poller(true, 3);
    QSignalSpy finished(p.get(), &Poller::finished);
    p->start();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(m_connector.asked.size(), 3);
}

QTEST_GUILESS_MAIN(TestPoller)
#include "tst_poller.moc"
