// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The customer journey at volume (issue 6, Speed): one customer with about 10,000 journey
// entries (messages and replies in 100 cases on three platforms, status changes, imported
// calls and e-mails) in a workspace with many other cases whose private messages fill the
// evidence index. Measured through the repository on its database thread, as the panel asks:
//   journey_first_page    the first 50 entries of the timeline        goal <= 150 ms
//   journey_first_screen  that page plus the summary and the profile  goal <= 150 ms
//   suggestions_new_message  a new private message's link suggestions goal <= 20 ms
// plus the one-time build of the evidence index and the customer's own suggestions.
// Prints `BENCH name=value unit goal=... PASS|FAIL`.
//
//   bench_journey [--smoke] [--cases N] [--workspace PATH]
// --workspace takes a workspace made by caredesk-generate (the million-case one) and adds the
// heavy customer and 2,000 people with private evidence to it (once; later runs reuse them);
// without it, a temporary workspace gets N simple cases (2,000 with --smoke, 100,000 otherwise).
#include "app/core/clock.h"
#include "app/storage/casestore.h"
#include "app/storage/customerstore.h"
#include "app/storage/database.h"
#include "app/storage/databaseworker.h"
#include "app/storage/sqlcustomerrepository.h"
#include "app/storage/sqlrepositories.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {

QTextStream out(stdout);

constexpr Millis minute = 60000;
constexpr Millis hour = 60 * minute;
constexpr Millis day = 24 * hour;
const QString heavyRef = u"bench-heavy"_s;

void report(const QString &name, double value, const QString &unit, const QString &goal, bool pass)
{
    out << "BENCH " << name << '=' << QString::number(value, 'f', 2) << ' ' << unit
        << " goal=" << goal << ' ' << (pass ? "PASS" : "FAIL") << Qt::endl;
}

void info(const QString &name, double value, const QString &unit)
{
    out << "BENCH " << name << '=' << QString::number(value, 'f', 2) << ' ' << unit << Qt::endl;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double worst(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
}

template <typename T> Result<T> wait(QFuture<Result<T>> future)
{
    // A benchmark has no GUI thread to keep free: waiting measures what the panel waits for.
    future.waitForFinished();
    return future.result();
}

Result<Id> accountFor(Database &db, Platform platform)
{
    Result<QSqlQuery> q = db.exec(
        u"SELECT id FROM account WHERE platform = ? ORDER BY id LIMIT 1"_s, { toString(platform) });
    if (!q.ok())
        return q.error();
    if (q.value().next())
        return q.value().value(0).toLongLong();
    Account account;
    account.platform = platform;
    account.handle = u"bench_"_s + toString(platform);
    Result<Account> added = AccountStore::add(db, account, 0);
    if (!added.ok())
        return added.error();
    return added.value().id;
}

Result<Done> ingest(Database &db, Id accountId, QList<IncomingMessage> &messages, Millis now)
{
    IngestBatch batch;
    batch.accountId = accountId;
    batch.messages = messages;
    messages.clear();
    Result<IngestResult> stored = CaseStore::ingest(db, batch, now);
    if (!stored.ok())
        return stored.error();
    return Done {};
}

/// Simple cases from 50,000 people; every tenth a private message naming an order, every
/// fiftieth an e-mail address: the evidence the index has to hold.
Result<Done> backgroundCases(Database &db, int cases, Millis start)
{
    Result<Id> account = accountFor(db, Platform::X);
    if (!account.ok())
        return account.error();
    QList<IncomingMessage> batch;
    for (int c = 0; c < cases; ++c) {
        IncomingMessage in;
        in.platformId = u"bg-%1-in"_s.arg(c);
        in.threadKey = u"bg-%1"_s.arg(c);
        in.authorPlatformId = u"bg-user-%1"_s.arg(c % 50000);
        in.authorHandle = u"user%1"_s.arg(c % 50000);
        in.authorName = u"Customer %1"_s.arg(c % 50000);
        in.createdAt = start + static_cast<Millis>(c) * minute;
        in.visibility = c % 10 == 0 ? Visibility::Private : Visibility::Public;
        in.text = c % 10 == 0
            ? u"order NW-%1 has not arrived"_s.arg(c % 10000000, 7, 10, QChar(u'0'))
            : u"question %1 about delivery"_s.arg(c);
        if (c % 50 == 0)
            in.text += u", write to user%1@example.com"_s.arg(c % 50000);
        IncomingMessage reply;
        reply.platformId = u"bg-%1-out"_s.arg(c);
        reply.threadKey = in.threadKey;
        reply.direction = Direction::Out;
        reply.visibility = in.visibility;
        reply.authorName = u"Brand"_s;
        reply.text = u"We are on it."_s;
        reply.createdAt = in.createdAt + 10 * minute;
        batch << in << reply;
        if (batch.size() >= 2000) {
            if (Result<Done> stored = ingest(db, account.value(), batch, start); !stored.ok())
                return stored;
        }
    }
    if (!batch.isEmpty())
        return ingest(db, account.value(), batch, start);
    return Done {};
}

/// People who wrote an order number, an address and a phone number privately: what a new
/// message's evidence is matched against, in any workspace (a generated one has none).
Result<Done> evidencePeople(Database &db, int people, Millis start)
{
    Result<Id> account = accountFor(db, Platform::Telegram);
    if (!account.ok())
        return account.error();
    QList<IncomingMessage> batch;
    for (int i = 0; i < people; ++i) {
        IncomingMessage in;
        in.platformId = u"ev-%1"_s.arg(i);
        in.threadKey = u"ev-%1"_s.arg(i);
        in.visibility = Visibility::Private;
        in.authorPlatformId = u"ev-person-%1"_s.arg(i);
        in.authorHandle = u"ev_person_%1"_s.arg(i);
        in.authorName = u"Evidence Person %1"_s.arg(i);
        in.createdAt = start + static_cast<Millis>(i) * minute;
        in.text = u"my order NW-8%1, mail ev%2@example.com, phone +44 7700 8%3"_s
                      .arg(i, 6, 10, QChar(u'0'))
                      .arg(i)
                      .arg(i, 5, 10, QChar(u'0'));
        batch.append(in);
        if (batch.size() >= 2000) {
            if (Result<Done> stored = ingest(db, account.value(), batch, start); !stored.ok())
                return stored;
        }
    }
    if (!batch.isEmpty())
        return ingest(db, account.value(), batch, start);
    return Done {};
}

/// The customer with about 10,000 journey entries; returns the customer and one case.
Result<std::pair<Id, Id>> heavyCustomer(Database &db, Millis end)
{
    const QList<Platform> platforms { Platform::X, Platform::Telegram, Platform::Mastodon };
    const Millis start = end - 730 * day;
    for (int c = 0; c < 100; ++c) {
        const Platform platform = platforms.at(c % 3);
        Result<Id> account = accountFor(db, platform);
        if (!account.ok())
            return account.error();
        QList<IncomingMessage> batch;
        const Millis opened = start + static_cast<Millis>(c) * 7 * day;
        for (int m = 0; m < 100; ++m) {
            IncomingMessage msg;
            msg.platformId = u"heavy-%1-%2"_s.arg(c).arg(m);
            msg.threadKey = u"heavy-%1"_s.arg(c);
            msg.direction = m % 2 == 0 ? Direction::In : Direction::Out;
            msg.visibility
                = platform == Platform::Telegram ? Visibility::Private : Visibility::Public;
            if (msg.direction == Direction::In) {
                msg.authorPlatformId = u"heavy-"_s + toString(platform);
                msg.authorHandle = u"heavy_customer"_s;
                msg.authorName = u"Heavy Customer"_s;
                msg.customerRef = heavyRef;
                msg.sentiment = (m * 37 % 200) - 100;
            } else {
                msg.authorName = u"Brand"_s;
            }
            msg.text = u"message %1 of case %2 about order NW-%3"_s.arg(m).arg(c).arg(9000000 + c);
            msg.createdAt = opened + static_cast<Millis>(m) * 30 * minute;
            batch.append(msg);
        }
        if (Result<Done> stored = ingest(db, account.value(), batch, end); !stored.ok())
            return stored.error();
    }
    Result<QSqlQuery> found
        = db.exec(u"SELECT customer_id, id FROM cases WHERE thread_key = 'heavy-99'"_s);
    if (!found.ok())
        return found.error();
    if (!found.value().next())
        return Error { ErrorCode::Internal, u"the heavy customer has no cases"_s };
    const Id customer = found.value().value(0).toLongLong();
    const Id lastCase = found.value().value(1).toLongLong();
    found.value().finish();
    // Resolved cases, and the CRM's history of calls and e-mails.
    Result<QSqlQuery> cases
        = db.exec(u"SELECT id FROM cases WHERE customer_id = ? AND id <> ? ORDER BY id"_s,
            { customer, lastCase });
    if (!cases.ok())
        return cases.error();
    QList<Id> ids;
    while (cases.value().next())
        ids.append(cases.value().value(0).toLongLong());
    for (Id id : std::as_const(ids)) {
        if (Result<Case> changed = CaseStore::changeStatus(db, id, CaseStatus::Resolved, 0, 0, end);
            !changed.ok())
            return changed.error();
    }
    for (int i = 0; i < 200; ++i) {
        CustomerStore::ImportedContact contact;
        contact.channel = i % 2 == 0 ? u"phone"_s : u"email"_s;
        contact.createdAt = start + static_cast<Millis>(i) * 3 * day + hour;
        contact.summary = u"contact %1 from the CRM"_s.arg(i);
        contact.customerRef = heavyRef;
        contact.source = u"bench"_s;
        contact.sourceRef = QString::number(i);
        if (Result<Id> imported = CustomerStore::importContact(db, contact, end); !imported.ok())
            return imported.error();
    }
    return std::pair { customer, lastCase };
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool smoke = args.contains(u"--smoke"_s);
    int cases = smoke ? 2000 : 100000;
    if (const qsizetype at = args.indexOf(u"--cases"_s); at >= 0 && at + 1 < args.size())
        cases = args.at(at + 1).toInt();
    QString path;
    if (const qsizetype at = args.indexOf(u"--workspace"_s); at >= 0 && at + 1 < args.size())
        path = args.at(at + 1);
    QTemporaryDir dir;
    const bool generated = !path.isEmpty();
    if (!generated)
        path = dir.filePath(u"journey.caredesk"_s);
    const DatabaseConfig config = DatabaseConfig::sqlite(path);
    const Millis end = 1795341600000; // 2026-11-22T10:00:00Z
    QElapsedTimer timer;
    Id customerId = 0;
    Id caseId = 0;
    {
        Result<std::unique_ptr<Database>> opened
            = Database::open(config, Database::OpenMode::CreateIfMissing);
        if (!opened.ok()
            || !opened.value()->migrate(WorkspaceKind::Standard, u"bench"_s, end).ok()) {
            out << "cannot open the workspace " << path << Qt::endl;
            return 1;
        }
        Database &db = *opened.value();
        timer.start();
        if (!generated) {
            if (Result<Done> filled = backgroundCases(db, cases, end - 90 * day); !filled.ok()) {
                out << filled.error().message << Qt::endl;
                return 1;
            }
        }
        Result<QSqlQuery> people
            = db.exec(u"SELECT COUNT(*) FROM message WHERE platform_id = 'ev-0'"_s);
        if (!people.ok() || !people.value().next())
            return 1;
        const bool hasPeople = people.value().value(0).toLongLong() > 0;
        people.value().finish();
        if (!hasPeople) {
            if (Result<Done> added = evidencePeople(db, 2000, end - 30 * day); !added.ok()) {
                out << added.error().message << Qt::endl;
                return 1;
            }
        }
        // A workspace the benchmark ran on before keeps its customer and evidence people.
        Result<QSqlQuery> existing = db.exec(u"SELECT customer_id, id FROM cases "
                                             "WHERE thread_key = 'heavy-99' ORDER BY id LIMIT 1"_s);
        if (!existing.ok())
            return 1;
        if (existing.value().next()) {
            customerId = existing.value().value(0).toLongLong();
            caseId = existing.value().value(1).toLongLong();
            existing.value().finish();
        } else {
            Result<std::pair<Id, Id>> heavy = heavyCustomer(db, end);
            if (!heavy.ok()) {
                out << heavy.error().message << Qt::endl;
                return 1;
            }
            customerId = heavy.value().first;
            caseId = heavy.value().second;
        }
        info(u"setup"_s, timer.elapsed() / 1000.0, u"s"_s);
        Result<QSqlQuery> counts
            = db.exec(u"SELECT (SELECT COUNT(*) FROM cases), (SELECT COUNT(*) FROM message)"_s);
        if (counts.ok() && counts.value().next()) {
            info(u"workspace_cases"_s, counts.value().value(0).toDouble(), u"cases"_s);
            info(u"workspace_messages"_s, counts.value().value(1).toDouble(), u"messages"_s);
        }
    }

    ManualClock clock(end);
    DatabaseWorker worker(config);
    SqlCustomerRepository customers(worker, clock);

    // The evidence index reads every private message once; after that only what is new.
    timer.restart();
    Result<QList<LinkSuggestion>> own = wait(customers.suggestions(customerId));
    if (!own.ok()) {
        out << own.error().message << Qt::endl;
        return 1;
    }
    info(u"evidence_index_build"_s, timer.nsecsElapsed() / 1e6, u"ms"_s);

    QList<double> pages;
    QList<double> screens;
    qsizetype entries = 0;
    for (int i = 0; i < 20; ++i) {
        timer.restart();
        Result<JourneyPage> page = wait(customers.journey(JourneyQuery { customerId, {}, 50, {} }));
        pages.append(timer.nsecsElapsed() / 1e6);
        timer.restart();
        QFuture<Result<JourneyPage>> p = customers.journey(JourneyQuery { customerId, {}, 50, {} });
        QFuture<Result<JourneySummary>> s = customers.summary(customerId, caseId);
        QFuture<Result<CustomerProfile>> f = customers.profile(customerId);
        const bool ok = wait(p).ok() && wait(s).ok() && wait(f).ok();
        screens.append(timer.nsecsElapsed() / 1e6);
        if (!page.ok() || page.value().entries.size() != 50 || !ok) {
            out << "journey query failed" << Qt::endl;
            return 1;
        }
    }
    {
        // How many entries the customer has: page through all of them once.
        JourneyQuery all { customerId, {}, 1000, {} };
        for (;;) {
            Result<JourneyPage> page = wait(customers.journey(all));
            if (!page.ok())
                return 1;
            entries += page.value().entries.size();
            if (!page.value().next)
                break;
            all.after = page.value().next;
        }
    }
    info(u"journey_entries"_s, static_cast<double>(entries), u"entries"_s);
    report(u"journey_first_page"_s, median(pages), u"ms"_s, u"<=150"_s, median(pages) <= 150);
    info(u"journey_first_page_worst"_s, worst(pages), u"ms"_s);
    report(u"journey_first_screen"_s, median(screens), u"ms"_s, u"<=150"_s, median(screens) <= 150);

    // A new private message arrives (ingest on another connection, as a poller would) and the
    // panel asks what it brings: it names an order and an address other customers wrote.
    Result<std::unique_ptr<Database>> writer = Database::open(config, Database::OpenMode::Existing);
    if (!writer.ok())
        return 1;
    Result<Id> telegram = accountFor(*writer.value(), Platform::Telegram);
    if (!telegram.ok())
        return 1;
    const qint64 run = QDateTime::currentMSecsSinceEpoch();
    QList<double> suggestionTimes;
    QList<double> lookupTimes;
    int found = 0;
    for (int i = 0; i < 20; ++i) {
        QList<IncomingMessage> batch;
        IncomingMessage m;
        m.platformId = u"new-%1-%2"_s.arg(run).arg(i);
        m.threadKey = m.platformId;
        m.visibility = Visibility::Private;
        m.authorPlatformId = u"new-person-%1-%2"_s.arg(run).arg(i);
        m.authorHandle = u"new_person_%1_%2"_s.arg(run).arg(i);
        m.authorName = u"New Person %1"_s.arg(i);
        // Names the order, address and phone one of the evidence people wrote.
        const int person = (i * 97) % 2000;
        m.text = u"hi, order NW-8%1, mail ev%2@example.com, +44 7700 8%3"_s
                     .arg(person, 6, 10, QChar(u'0'))
                     .arg(person)
                     .arg(person, 5, 10, QChar(u'0'));
        m.createdAt = end + i * minute;
        batch.append(m);
        if (!ingest(*writer.value(), telegram.value(), batch, end).ok())
            return 1;
        Result<QSqlQuery> id = writer.value()->exec(
            u"SELECT id FROM message WHERE platform_id = ?"_s, { m.platformId });
        if (!id.ok() || !id.value().next())
            return 1;
        const Id messageId = id.value().value(0).toLongLong();
        id.value().finish();
        timer.restart();
        Result<QList<LinkSuggestion>> suggestions
            = wait(customers.suggestionsForMessage(messageId));
        suggestionTimes.append(timer.nsecsElapsed() / 1e6);
        if (!suggestions.ok()) {
            out << suggestions.error().message << Qt::endl;
            return 1;
        }
        found += static_cast<int>(suggestions.value().size());
        // Asked again (the index has the message now): the lookups alone.
        timer.restart();
        Result<QList<LinkSuggestion>> repeated = wait(customers.suggestionsForMessage(messageId));
        lookupTimes.append(timer.nsecsElapsed() / 1e6);
        if (!repeated.ok())
            return 1;
    }
    info(u"suggestions_found"_s, found, u"suggestions"_s);
    report(u"suggestions_new_message"_s, median(suggestionTimes), u"ms"_s, u"<=20"_s,
        median(suggestionTimes) <= 20);
    info(u"suggestions_new_message_worst"_s, worst(suggestionTimes), u"ms"_s);
    info(u"suggestions_same_message_again"_s, median(lookupTimes), u"ms"_s);

    timer.restart();
    Result<QList<LinkSuggestion>> again = wait(customers.suggestions(customerId));
    info(u"suggestions_heavy_customer"_s, timer.nsecsElapsed() / 1e6, u"ms"_s);
    return again.ok() ? 0 : 1;
}
