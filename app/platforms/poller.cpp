// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/platforms/poller.h"

#include "app/core/futures.h"
#include "app/core/teamrepository.h"

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    /// Never hammer a platform in a loop, whatever a connector answers.
    constexpr Millis minimumErrorWait = 1000;
    constexpr Millis leaseRetry = 30 * 1000;
    /// A page the database could not take (locked, full) is asked for again soon.
    constexpr Millis storeRetry = 2000;

} // namespace

Poller::Poller(const Account &account, Connector &connector, AccountRepository &accounts,
    CaseRepository &cases, const Clock &clock, const Options &options, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_connector(connector)
    , m_accounts(accounts)
    , m_cases(cases)
    , m_clock(clock)
    , m_options(options)
{
    const QStringList names = m_connector.streams();
    for (const QString &name : names) {
        Stream stream;
        stream.name = name;
        stream.timer = new QTimer(this);
        stream.timer->setSingleShot(true);
        const int index = int(m_streams.size());
        connect(stream.timer, &QTimer::timeout, this, [this, index] { poll(index); });
        m_streams.append(stream);
    }
    m_leaseTimer.setSingleShot(true);
    connect(&m_leaseTimer, &QTimer::timeout, this, &Poller::acquireLease);
}

Poller::~Poller()
{
    stop();
}

bool Poller::isFinished() const
{
    return m_finished;
}

void Poller::pollNow(const QString &stream)
{
    for (int i = 0; i < m_streams.size(); ++i) {
        Stream &s = m_streams[i];
        if (s.name != stream || s.done)
            continue;
        if (s.busy) {
            s.again = true;
        } else if (m_running && m_holding) {
            s.timer->stop();
            poll(i);
        }
    }
}

void Poller::setInterval(const QString &stream, int intervalMs)
{
    for (Stream &s : m_streams) {
        if (s.name == stream)
            s.intervalMs = qMax(0, intervalMs);
    }
}

void Poller::start()
{
    if (m_running)
        return;
    m_running = true;
    m_finished = false;
    if (m_streams.isEmpty()) {
        m_finished = true;
        Q_EMIT finished();
        return;
    }
    if (m_options.leases) {
        acquireLease();
        return;
    }
    m_holding = true;
    beginStreams();
}

void Poller::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_leaseTimer.stop();
    for (Stream &stream : m_streams)
        stream.timer->stop();
    if (m_options.leases && m_holding)
        m_options.leases->releasePollLease(m_account.id, m_options.leaseHolder);
    m_holding = false;
}

void Poller::acquireLease()
{
    if (!m_running)
        return;
    m_options.leases->acquirePollLease(m_account.id, m_options.leaseHolder, m_options.leaseTtl)
        .then(QtFuture::Launch::Sync, onContext(this, [this](const Result<bool> &won) {
            if (!m_running)
                return;
            const bool wasHolding = m_holding;
            m_holding = won.ok() && won.value();
            if (m_holding) {
                // Renewed well within the lease's life.
                m_leaseTimer.start(int(m_options.leaseTtl / 3));
                if (!wasHolding)
                    beginStreams();
                return;
            }
            const QString why = won.ok()
                ? tr("Another CareDesk program is polling this account; this one leaves it alone.")
                : won.error().message;
            Q_EMIT failed(m_account.id, QString(), why);
            if (m_options.once) {
                for (int i = 0; i < m_streams.size(); ++i) {
                    if (!m_streams.at(i).busy)
                        streamDone(i);
                }
                return;
            }
            m_leaseTimer.start(int(leaseRetry));
        }));
}

void Poller::beginStreams()
{
    for (int i = 0; i < m_streams.size(); ++i) {
        if (!m_streams.at(i).busy && !m_streams.at(i).done)
            poll(i);
    }
}

void Poller::poll(int index)
{
    if (!m_running || !m_holding)
        return;
    Stream &stream = m_streams[index];
    if (stream.busy || stream.done)
        return;
    stream.busy = true;
    if (!stream.cursorLoaded) {
        m_accounts.cursor(m_account.id, stream.name)
            .then(QtFuture::Launch::Sync,
                onContext(this, [this, index](const Result<QString> &cursor) {
                    Stream &s = m_streams[index];
                    s.busy = false;
                    if (!cursor.ok()) {
                        Q_EMIT failed(m_account.id, s.name, cursor.error().message);
                        retryAfter(index, m_clock.now() + storeRetry);
                        return;
                    }
                    s.cursor = cursor.value();
                    s.cursorLoaded = true;
                    poll(index);
                }));
        return;
    }
    m_connector.fetch(stream.name, stream.cursor)
        .then(QtFuture::Launch::Sync,
            onContext(this, [this, index](const FetchResult &result) { fetched(index, result); }));
}

void Poller::fetched(int index, const FetchResult &result)
{
    Stream &stream = m_streams[index];
    if (!m_running) {
        stream.busy = false;
        return;
    }
    if (result.error.isError()) {
        stream.busy = false;
        Q_EMIT failed(m_account.id, stream.name, result.error.message);
        retryAfter(index, result.retryAt);
        return;
    }
    const bool moved = !result.nextCursor.isEmpty() && result.nextCursor != stream.cursor;
    auto next = [this, index, hasMore = result.hasMore]() {
        Stream &s = m_streams[index];
        s.busy = false;
        ++s.pages;
        if (s.again || (hasMore && s.pages < m_options.maxPagesPerPass)) {
            s.again = false;
            schedule(index, 0);
            return;
        }
        s.pages = 0;
        if (m_options.once) {
            streamDone(index);
            return;
        }
        const int interval = s.intervalMs > 0 ? s.intervalMs : m_options.intervalMs;
        schedule(index, m_connector.capabilities().streaming ? 0 : interval);
    };
    if (result.messages.isEmpty() && !moved) {
        next();
        return;
    }
    IngestBatch batch;
    batch.accountId = m_account.id;
    batch.stream = stream.name;
    batch.cursor = moved ? result.nextCursor : QString();
    batch.messages = result.messages;
    const QString nextCursor = moved ? result.nextCursor : stream.cursor;
    const int skipped = result.skipped;
    m_cases.ingest(batch).then(QtFuture::Launch::Sync,
        onContext(
            this, [this, index, nextCursor, skipped, next](const Result<IngestResult> &stored) {
                Stream &s = m_streams[index];
                if (!stored.ok()) {
                    // Not stored, so not confirmed: the same page comes again.
                    s.busy = false;
                    Q_EMIT failed(m_account.id, s.name, stored.error().message);
                    retryAfter(index, m_clock.now() + storeRetry);
                    return;
                }
                s.cursor = nextCursor;
                Q_EMIT this->stored(m_account.id, s.name, stored.value().inserted,
                    stored.value().duplicates, skipped);
                next();
            }));
}

void Poller::retryAfter(int index, Millis retryAt)
{
    if (m_options.once) {
        streamDone(index);
        return;
    }
    const Millis now = m_clock.now();
    const Millis wait = retryAt > now ? retryAt - now : Millis(m_options.intervalMs);
    schedule(index, qMax(minimumErrorWait, wait));
}

void Poller::schedule(int index, Millis delayMs)
{
    if (!m_running)
        return;
    // QTimer takes an int; a day is the longest any wait is allowed to be (boundedRetryAt).
    const Millis wait = qBound(Millis(0), delayMs, Millis(24 * 3600 * 1000));
    m_streams[index].timer->start(int(wait));
    Q_EMIT scheduled(m_account.id, m_streams.at(index).name, m_clock.now() + wait);
}

void Poller::streamDone(int index)
{
    m_streams[index].done = true;
    for (const Stream &stream : std::as_const(m_streams)) {
        if (!stream.done)
            return;
    }
    if (m_finished)
        return;
    m_finished = true;
    stop();
    Q_EMIT finished();
}

} // namespace CareDesk
