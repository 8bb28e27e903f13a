// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/casestore.h"

#include "app/core/caseworkflow.h"
#include "app/core/searchtokenizer.h"
#include "app/core/sentiment.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlRecord>
#include <QTimeZone>

#include <algorithm>
#include <future>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk::CaseStore {

namespace {

    constexpr int snippetLength = 160;

    const QString caseColumns
        = u"c.id, c.account_id, c.platform, c.thread_key, c.customer_id, c.queue_id, "
          "c.assignee_id, c.status, c.priority, c.language, c.subject, c.opened_at, "
          "c.last_message_at, c.last_customer_message_at, c.first_response_at, "
          "c.last_agent_message_at, c.snoozed_until, c.resolved_at, "
          "c.first_response_due, c.next_response_due, c.resolution_due, "
          "c.unanswered, c.message_count, c.sentiment_entry, c.sentiment_last, "
          "c.version, c.last_snippet, c.last_direction, c.last_visibility"_s;
    constexpr int caseColumnCount = 29;

    QString summarySelect()
    {
        return u"SELECT "_s + caseColumns
            + u", cu.name, a.handle, ag.name FROM cases c JOIN account a ON a.id = c.account_id "
              "LEFT JOIN customer cu ON cu.id = c.customer_id LEFT JOIN agent ag ON ag.id = c.assignee_id "_s;
    }

    // Rows come from a QSqlQuery (exec) or a CachedQuery (the hot paths); both read alike.
    template <typename Row> Case caseFrom(const Row &q)
    {
        Case c;
        c.id = q.value(0).toLongLong();
        c.accountId = q.value(1).toLongLong();
        c.platform = platformFromString(q.value(2).toString()).value_or(Platform::X);
        c.threadKey = q.value(3).toString();
        c.customerId = q.value(4).toLongLong();
        c.queueId = q.value(5).toLongLong();
        c.assigneeId = q.value(6).toLongLong();
        c.status = caseStatusFromString(q.value(7).toString()).value_or(CaseStatus::Open);
        c.priority = priorityFromString(q.value(8).toString()).value_or(Priority::Normal);
        c.language = q.value(9).toString();
        c.subject = q.value(10).toString();
        c.openedAt = q.value(11).toLongLong();
        c.lastMessageAt = q.value(12).toLongLong();
        c.lastCustomerMessageAt = q.value(13).toLongLong();
        c.firstResponseAt = q.value(14).toLongLong();
        c.lastAgentMessageAt = q.value(15).toLongLong();
        c.snoozedUntil = q.value(16).toLongLong();
        c.resolvedAt = q.value(17).toLongLong();
        c.firstResponseDue = q.value(18).toLongLong();
        c.nextResponseDue = q.value(19).toLongLong();
        c.resolutionDue = q.value(20).toLongLong();
        c.unanswered = q.value(21).toInt();
        c.messageCount = q.value(22).toInt();
        c.sentimentEntry = q.value(23).toInt();
        c.sentimentLast = q.value(24).toInt();
        c.version = q.value(25).toLongLong();
        return c;
    }

    template <typename Row> CaseSummary summaryFrom(const Row &q)
    {
        CaseSummary s;
        s.value = caseFrom(q);
        s.snippet = q.value(26).toString();
        s.lastDirection = directionFromString(q.value(27).toString()).value_or(Direction::In);
        s.lastVisibility
            = visibilityFromString(q.value(28).toString()).value_or(Visibility::Public);
        s.customerName = q.value(caseColumnCount).toString();
        s.accountHandle = q.value(caseColumnCount + 1).toString();
        s.assigneeName = q.value(caseColumnCount + 2).toString();
        return s;
    }

    QVariant nullableId(Id id)
    {
        return id == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(id);
    }

    QString snippetOf(const QString &text)
    {
        QString line = text.simplified();
        if (line.size() > snippetLength)
            line = line.left(snippetLength - 1) + u'…';
        return line;
    }

    /// Writes a case back; versionBump is how many changes it took (one per message in a batch).
    Result<Done> storeCase(Database &db, const Case &c, const QString &snippet,
        Direction lastDirection, Visibility lastVisibility, int versionBump = 1)
    {
        Result<CachedQuery *> updated = db.cached(
            u"UPDATE cases SET customer_id = ?, queue_id = ?, assignee_id = ?, status = ?, "
            u"priority = ?, "
            "language = ?, subject = ?, last_message_at = ?, last_customer_message_at = ?, "
            "first_response_at = ?, last_agent_message_at = ?, snoozed_until = ?, resolved_at = ?, "
            "first_response_due = ?, next_response_due = ?, resolution_due = ?, unanswered = ?, "
            "message_count = ?, sentiment_entry = ?, sentiment_last = ?, last_snippet = ?, "
            "last_direction = ?, last_visibility = ?, version = version + ? WHERE id = ?"_s,
            { nullableId(c.customerId), nullableId(c.queueId), nullableId(c.assigneeId),
                toString(c.status), toString(c.priority), c.language, c.subject, c.lastMessageAt,
                c.lastCustomerMessageAt, c.firstResponseAt, c.lastAgentMessageAt, c.snoozedUntil,
                c.resolvedAt, c.firstResponseDue, c.nextResponseDue, c.resolutionDue, c.unanswered,
                c.messageCount, c.sentimentEntry, c.sentimentLast, snippet, toString(lastDirection),
                toString(lastVisibility), versionBump, c.id });
        if (!updated.ok())
            return updated.error();
        return Done {};
    }

    Result<std::optional<CaseSummary>> loadSummary(Database &db, Id caseId)
    {
        Result<QSqlQuery> q = db.exec(summarySelect() + u"WHERE c.id = ?"_s, { caseId });
        if (!q.ok())
            return q.error();
        if (!q.value().next())
            return std::optional<CaseSummary>();
        return std::optional<CaseSummary>(summaryFrom(q.value()));
    }

    /// An author seen earlier in the same batch: its identity row and customer are settled.
    struct KnownAuthor {
        Id identityId = 0;
        Id customerId = 0;
        QString handle;
        QString name;
        qint64 audience = 0;
    };

    /// A case an ingest batch touches: read (or started) once, changed in memory message by
    /// message through CaseWorkflow and SlaClock, and written once at the end of the batch.
    struct TouchedCase {
        Case value;
        QString snippet;
        Direction lastDirection = Direction::In;
        Visibility lastVisibility = Visibility::Public;
        int changes = 0;
        bool isNew = false; ///< not in the workspace yet: inserted with its final state
    };

    /// A message of the batch that is not stored yet, with what pass one worked out for it.
    struct PlannedMessage {
        const IncomingMessage *message = nullptr;
        qsizetype index = 0; ///< in the batch
        qsizetype caseIndex = 0;
        Id identityId = 0;
        Id customerId = 0;
        bool reopened = false;
        int sentiment = 0; ///< the message's, scored here when its source did not
    };

    /// A message's sentiment: the source's when it set one, else the on-device scorer's (about a
    /// microsecond a message, against the tens an insert costs).
    int sentimentOf(const IncomingMessage &m)
    {
        if (m.sentimentScored || m.sentiment != 0)
            return m.sentiment;
        return SentimentScorer::instance().score(m.text).value;
    }

    /// The identity and customer of a message's author, creating both when new. An identity is
    /// written only when it is new or the platform tells something new of it.
    Result<KnownAuthor> authorOf(Database &db, Platform platform, const IncomingMessage &m,
        Millis now, QHash<QString, KnownAuthor> &authors)
    {
        const auto known = authors.find(m.authorPlatformId);
        if (known != authors.end() && known->handle == m.authorHandle && known->name == m.authorName
            && known->audience == m.authorAudience)
            return *known;
        KnownAuthor author;
        bool stored = false;
        if (known != authors.end()) {
            author = *known;
            stored = true;
        } else {
            Result<CachedQuery *> found = db.cached(
                u"SELECT i.id, i.handle, i.display_name, i.audience, ci.customer_id FROM identity "
                u"i "
                "LEFT JOIN customer_identity ci ON ci.identity_id = i.id AND ci.unlinked_at = 0 "
                "WHERE i.platform = ? AND i.platform_user_id = ?"_s,
                { toString(platform), m.authorPlatformId });
            if (!found.ok())
                return found.error();
            if (found.value()->next()) {
                const CachedQuery &row = *found.value();
                author.identityId = row.value(0).toLongLong();
                author.handle = row.value(1).toString();
                author.name = row.value(2).toString();
                author.audience = row.value(3).toLongLong();
                author.customerId = row.value(4).toLongLong();
                stored = true;
            }
            found.value()->finish();
        }
        if (!stored || author.handle != m.authorHandle || author.name != m.authorName
            || author.audience != m.authorAudience) {
            // An upsert, not an insert: another writer may have added the identity meanwhile.
            Result<CachedQuery *> identity = db.cached(
                u"INSERT INTO identity (platform, platform_user_id, handle, display_name, "
                u"audience, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (platform, platform_user_id) DO UPDATE SET "
                "handle = excluded.handle, display_name = excluded.display_name, audience = "
                "excluded.audience "
                "RETURNING id"_s,
                { toString(platform), m.authorPlatformId, m.authorHandle, m.authorName,
                    m.authorAudience, now });
            if (!identity.ok())
                return identity.error();
            if (!identity.value()->next())
                return Error { ErrorCode::Internal, Database::tr("An insert returned no id.") };
            author.identityId = identity.value()->value(0).toLongLong();
            identity.value()->finish();
            author.handle = m.authorHandle;
            author.name = m.authorName;
            author.audience = m.authorAudience;
        }
        if (known == authors.end() && author.customerId == 0) {
            if (stored) {
                // Linked meanwhile by another writer, or never linked (an unlinked identity).
                Result<CachedQuery *> linked = db.cached(
                    u"SELECT customer_id FROM customer_identity WHERE identity_id = ? AND unlinked_at = 0"_s,
                    { author.identityId });
                if (!linked.ok())
                    return linked.error();
                if (linked.value()->next())
                    author.customerId = linked.value()->value(0).toLongLong();
                linked.value()->finish();
            }
            if (author.customerId == 0 && !m.customerRef.isEmpty()) {
                Result<CachedQuery *> byRef
                    = db.cached(u"SELECT id FROM customer WHERE crm_ref = ? ORDER BY id LIMIT 1"_s,
                        { m.customerRef });
                if (!byRef.ok())
                    return byRef.error();
                if (byRef.value()->next())
                    author.customerId = byRef.value()->value(0).toLongLong();
                byRef.value()->finish();
            }
            if (author.customerId == 0) {
                Result<Id> created = db.insertCached(
                    u"INSERT INTO customer (name, crm_ref, language, created_at) VALUES (?, ?, ?, ?)"_s,
                    { m.authorName.isEmpty() ? m.authorHandle : m.authorName, m.customerRef,
                        m.language, now });
                if (!created.ok())
                    return created.error();
                author.customerId = created.value();
            }
            Result<CachedQuery *> link = db.cached(
                u"INSERT INTO customer_identity (customer_id, identity_id, linked_at) VALUES (?, ?, ?)"_s,
                { author.customerId, author.identityId, now });
            if (!link.ok())
                return link.error();
        }
        authors.insert(m.authorPlatformId, author);
        return author;
    }

    /// A case as its row reads right after ingest's INSERT of old: what its messages build on.
    TouchedCase newCase(Id accountId, Platform platform, const IncomingMessage &m, Id customerId)
    {
        TouchedCase t;
        t.isNew = true;
        Case &c = t.value;
        c.accountId = accountId;
        c.platform = platform;
        c.threadKey = m.threadKey;
        c.customerId = customerId;
        c.status = CaseStatus::New;
        c.priority = m.priority;
        c.language = m.language.isNull() ? u""_s : m.language;
        c.subject = snippetOf(m.text).left(80);
        c.openedAt = m.createdAt;
        c.lastMessageAt = m.createdAt;
        c.sentimentEntry = m.sentiment;
        c.version = 1;
        t.snippet = u""_s;
        return t;
    }

    /// Inserts a case the batch started, in its final state, and returns its id.
    Result<Id> insertCase(Database &db, const TouchedCase &t)
    {
        const Case &c = t.value;
        return db.insertCached(
            u"INSERT INTO cases (account_id, platform, thread_key, customer_id, queue_id, "
            u"assignee_id, status, "
            "priority, language, subject, opened_at, last_message_at, last_customer_message_at, "
            "first_response_at, "
            "last_agent_message_at, snoozed_until, resolved_at, first_response_due, "
            "next_response_due, "
            "resolution_due, unanswered, message_count, sentiment_entry, sentiment_last, "
            "last_snippet, "
            "last_direction, last_visibility, version) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            { c.accountId, toString(c.platform), c.threadKey, nullableId(c.customerId),
                nullableId(c.queueId), nullableId(c.assigneeId), toString(c.status),
                toString(c.priority), c.language, c.subject, c.openedAt, c.lastMessageAt,
                c.lastCustomerMessageAt, c.firstResponseAt, c.lastAgentMessageAt, c.snoozedUntil,
                c.resolvedAt, c.firstResponseDue, c.nextResponseDue, c.resolutionDue, c.unanswered,
                c.messageCount, c.sentimentEntry, c.sentimentLast, t.snippet,
                toString(t.lastDirection), toString(t.lastVisibility), 1 + t.changes });
    }

    QString compactJson(const QJsonObject &object)
    {
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }

} // namespace

Result<QList<SlaPolicy>> slaPolicies(Database &db)
{
    Result<QSqlQuery> q = db.exec(u"SELECT id, platform, priority, first_response_minutes, "
                                  "next_response_minutes, resolution_minutes, at_risk_percent, "
                                  "business_hours FROM sla_policy ORDER BY id"_s);
    if (!q.ok())
        return q.error();
    QList<SlaPolicy> policies;
    while (q.value().next()) {
        SlaPolicy p;
        p.id = q.value().value(0).toLongLong();
        if (!q.value().value(1).isNull())
            p.platform = platformFromString(q.value().value(1).toString());
        if (!q.value().value(2).isNull())
            p.priority = priorityFromString(q.value().value(2).toString());
        p.firstResponseMinutes = q.value().value(3).toInt();
        p.nextResponseMinutes = q.value().value(4).toInt();
        p.resolutionMinutes = q.value().value(5).toInt();
        p.atRiskPercent = q.value().value(6).toInt();
        const QJsonObject hours
            = QJsonDocument::fromJson(q.value().value(7).toString().toUtf8()).object();
        if (!hours.isEmpty()) {
            p.hours.alwaysOpen = false;
            p.hours.timeZone = hours.value("time_zone"_L1).toString(u"UTC"_s);
            const QJsonArray days = hours.value("days"_L1).toArray();
            for (int i = 0; i < 7 && i < days.size(); ++i) {
                const QJsonArray range = days.at(i).toArray();
                p.hours.days[i].startMinute = range.at(0).toInt();
                p.hours.days[i].endMinute = range.at(1).toInt();
            }
        }
        policies.append(p);
    }
    return policies;
}

namespace {

    /// PostgreSQL: holds the existing cases of these threads until the transaction ends, so two
    /// writers of one case (two desktops storing messages, a status change meanwhile) take turns
    /// instead of the later commit overwriting the earlier one. Locked in id order, so two batches
    /// never wait on each other in a circle; READ COMMITTED then reads the rows as last committed.
    /// SQLite needs none: its write transactions run one at a time (BEGIN IMMEDIATE).
    Result<Done> lockThreads(Database &db, Id accountId, const QStringList &threads)
    {
        if (!db.isPostgres())
            return Done {};
        for (qsizetype start = 0; start < threads.size(); start += 100) {
            const QStringList chunk = threads.mid(start, 100);
            QVariantList values { accountId };
            QStringList marks;
            for (const QString &thread : chunk) {
                values.append(thread);
                marks.append(u"?"_s);
            }
            Result<QSqlQuery> locked
                = db.exec(u"SELECT id FROM cases WHERE account_id = ? AND thread_key IN ("_s
                        + marks.join(u", "_s) + u") ORDER BY id FOR UPDATE"_s,
                    values);
            if (!locked.ok())
                return locked.error();
            locked.value().finish();
        }
        return Done {};
    }

} // namespace

Result<IngestResult> ingest(Database &db, const IngestBatch &batch, Millis now)
{
    // One transaction per batch, in three passes. One: in message order, skip what is stored,
    // settle each author, and run each case through CaseWorkflow and SlaClock in memory (the
    // known messages and cases are looked up a hundred at a time). Two: write each case once,
    // new ones straight in their final state. Three: the messages, then their events, search
    // words and the change record, many rows to a statement. Ids come out as they would one
    // message at a time. The statements are cached on the connection.
    IngestResult result;
    Result<Done> done = db.transaction([&]() -> Result<Done> {
        for (const IncomingMessage &m : batch.messages) {
            if (m.platformId.isEmpty() || m.threadKey.isEmpty()) {
                return Error { ErrorCode::Invalid,
                    Database::tr("A message without an id or a thread cannot be stored.") };
            }
        }
        // Tokenizing is pure CPU work: for a big batch it runs on another core meanwhile.
        const auto tokenize = [&batch] {
            QStringList words;
            words.reserve(batch.messages.size());
            for (const IncomingMessage &m : batch.messages)
                words.append(SearchTokenizer::indexText(m.authorName + u' ' + m.text));
            return words;
        };
        std::future<QStringList> words;
        if (batch.messages.size() >= 256)
            words = std::async(std::launch::async, tokenize);

        Result<CachedQuery *> account
            = db.cached(u"SELECT platform FROM account WHERE id = ?"_s, { batch.accountId });
        if (!account.ok())
            return account.error();
        if (!account.value()->next()) {
            return Error { ErrorCode::NotFound,
                Database::tr("There is no account %1.").arg(batch.accountId) };
        }
        const Platform platform
            = platformFromString(account.value()->value(0).toString()).value_or(Platform::X);
        account.value()->finish();
        Result<QList<SlaPolicy>> policies = slaPolicies(db);
        if (!policies.ok())
            return policies.error();
        const SlaClock sla(policies.value());

        QStringList platformIds;
        platformIds.reserve(batch.messages.size());
        for (const IncomingMessage &m : batch.messages)
            platformIds.append(m.platformId);
        QSet<QString>
            stored; // platform ids already in the workspace, then also those of this batch
        if (Result<Done> found = db.forEachIn(
                u"SELECT platform_id FROM message WHERE account_id = ? AND platform_id IN ("_s,
                { batch.accountId }, platformIds,
                [&stored](const CachedQuery &row) { stored.insert(row.value(0).toString()); });
            !found.ok())
            return found;

        QList<TouchedCase> cases;
        QHash<QString, qsizetype> caseByThread;
        QStringList threads;
        for (const IncomingMessage &m : batch.messages) {
            if (!stored.contains(m.platformId) && !caseByThread.contains(m.threadKey)) {
                caseByThread.insert(m.threadKey, -1);
                threads.append(m.threadKey);
            }
        }
        caseByThread.clear();
        if (Result<Done> locked = lockThreads(db, batch.accountId, threads); !locked.ok())
            return locked;
        if (Result<Done> found = db.forEachIn(u"SELECT "_s + caseColumns
                    + u" FROM cases c WHERE c.account_id = ? AND c.thread_key IN ("_s,
                { batch.accountId }, threads,
                [&](const CachedQuery &row) {
                    TouchedCase t;
                    t.value = caseFrom(row);
                    t.snippet = row.value(26).toString();
                    t.lastDirection
                        = directionFromString(row.value(27).toString()).value_or(Direction::In);
                    t.lastVisibility = visibilityFromString(row.value(28).toString())
                                           .value_or(Visibility::Public);
                    caseByThread.insert(t.value.threadKey, cases.size());
                    cases.append(t);
                });
            !found.ok())
            return found;

        // Pass one.
        QHash<QString, KnownAuthor> authors;
        QList<PlannedMessage> planned;
        planned.reserve(batch.messages.size());
        for (qsizetype i = 0; i < batch.messages.size(); ++i) {
            const IncomingMessage &m = batch.messages.at(i);
            if (stored.contains(m.platformId)) {
                ++result.duplicates;
                continue;
            }
            stored.insert(m.platformId);
            PlannedMessage p;
            p.message = &m;
            p.index = i;
            p.sentiment = sentimentOf(m);
            if (m.direction == Direction::In && !m.authorPlatformId.isEmpty()) {
                Result<KnownAuthor> author = authorOf(db, platform, m, now, authors);
                if (!author.ok())
                    return author.error();
                p.customerId = author.value().customerId;
                p.identityId = author.value().identityId;
            }
            p.caseIndex = caseByThread.value(m.threadKey, -1);
            if (p.caseIndex < 0) {
                p.caseIndex = cases.size();
                caseByThread.insert(m.threadKey, p.caseIndex);
                cases.append(newCase(batch.accountId, platform, m, p.customerId));
                ++result.casesOpened;
            }
            TouchedCase &touched = cases[p.caseIndex];
            Case &c = touched.value;
            const bool latest = m.createdAt >= c.lastMessageAt;
            if (m.direction == Direction::In) {
                if (c.customerId == 0)
                    c.customerId = p.customerId;
                if (c.messageCount == 0 || c.lastCustomerMessageAt == 0)
                    c.sentimentEntry = p.sentiment;
                if (m.createdAt >= c.lastCustomerMessageAt)
                    c.sentimentLast = p.sentiment;
                p.reopened = CaseWorkflow::applyCustomerMessage(c, m.createdAt);
                if (p.reopened)
                    ++result.casesReopened;
            } else {
                CaseWorkflow::applyAgentReply(c, m.createdAt);
            }
            if (c.priority < m.priority)
                c.priority = m.priority;
            if (c.language.isEmpty())
                c.language = m.language;
            sla.applyDueTimes(c);
            if (latest) {
                touched.snippet = snippetOf(m.text);
                touched.lastDirection = m.direction;
                touched.lastVisibility = m.visibility;
            }
            ++touched.changes;
            planned.append(p);
        }

        // Pass two: new cases get their ids in the order they were first seen.
        for (TouchedCase &t : cases) {
            if (t.changes == 0)
                continue;
            if (t.isNew) {
                Result<Id> id = insertCase(db, t);
                if (!id.ok())
                    return id.error();
                t.value.id = id.value();
            } else if (Result<Done> written = storeCase(
                           db, t.value, t.snippet, t.lastDirection, t.lastVisibility, t.changes);
                       !written.ok()) {
                return written;
            }
            result.caseIds.append(t.value.id);
        }

        // Pass three.
        const QString noData = compactJson({});
        const QString receivedData[2]
            = { compactJson({ { u"visibility"_s, toString(Visibility::Public) } }),
                  compactJson({ { u"visibility"_s, toString(Visibility::Private) } }) };
        const QString sentData[2]
            = { compactJson({ { u"visibility"_s, toString(Visibility::Public) },
                    { u"source"_s, u"ingest"_s } }),
                  compactJson({ { u"visibility"_s, toString(Visibility::Private) },
                      { u"source"_s, u"ingest"_s } }) };
        const QVariant noAgent(QMetaType(QMetaType::LongLong));
        QVariantList events;
        events.reserve(planned.size() * 7);
        QList<std::pair<Id, qsizetype>> toIndex;
        toIndex.reserve(planned.size());
        for (const PlannedMessage &p : std::as_const(planned)) {
            const IncomingMessage &m = *p.message;
            const Id caseId = cases.at(p.caseIndex).value.id;
            Result<Id> message = db.insertCached(
                u"INSERT INTO message (case_id, account_id, platform_id, direction, visibility, "
                "author_identity_id, author_name, text, created_at, reply_to_platform_id, "
                "permalink, "
                "edited_at, sentiment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                { caseId, batch.accountId, m.platformId, toString(m.direction),
                    toString(m.visibility), nullableId(p.identityId), m.authorName, m.text,
                    m.createdAt, m.replyToPlatformId, m.permalink, m.editedAt, p.sentiment });
            if (!message.ok())
                return message.error();
            toIndex.append({ message.value(), p.index });
            const int visibility = m.visibility == Visibility::Public ? 0 : 1;
            if (p.reopened) {
                events << toString(EventType::Reopened) << now << noAgent << caseId
                       << nullableId(p.customerId) << message.value() << noData;
            }
            if (m.direction == Direction::In) {
                events << toString(EventType::MessageReceived) << now << noAgent << caseId
                       << nullableId(p.customerId) << message.value() << receivedData[visibility];
            } else {
                events << toString(EventType::ReplySent) << now << noAgent << caseId
                       << nullableId(p.customerId) << message.value() << sentData[visibility];
            }
            ++result.inserted;
        }
        if (Result<Done> written = db.insertRows(
                u"INSERT INTO event (type, at, agent_id, case_id, customer_id, message_id, data) VALUES "_s,
                u"(?, ?, ?, ?, ?, ?, ?)"_s, events);
            !written.ok())
            return written;
        if (!batch.cursor.isEmpty()) {
            Result<QSqlQuery> cursor
                = db.exec(u"INSERT INTO sync_cursor (account_id, stream, value, updated_at) VALUES "
                          u"(?, ?, ?, ?) "
                          "ON CONFLICT (account_id, stream) DO UPDATE SET value = excluded.value, "
                          "updated_at = excluded.updated_at"_s,
                    { batch.accountId, batch.stream, batch.cursor, now });
            if (!cursor.ok())
                return cursor.error();
        }
        std::sort(result.caseIds.begin(), result.caseIds.end());
        if (result.inserted > 0) {
            if (Result<qint64> seq = db.recordChange(result.caseIds, now); !seq.ok())
                return seq.error();
        }
        // Last: SQLite's FTS5 writes its pending words out at every statement savepoint, so
        // words indexed between other inserts would leave a small segment each time.
        if (!toIndex.isEmpty()) {
            const QStringList indexTexts = words.valid() ? words.get() : tokenize();
            QList<std::pair<Id, QString>> entries;
            entries.reserve(toIndex.size());
            for (const auto &[messageId, index] : std::as_const(toIndex))
                entries.append({ messageId, indexTexts.at(index) });
            if (Result<Done> indexed = db.indexMessages(entries); !indexed.ok())
                return indexed;
        }
        return Done {};
    });
    if (!done.ok())
        return done.error();
    return result;
}

// inbox() lives in caseviews.cpp with the other view queries.

QString summarySelectStatement()
{
    return summarySelect();
}

CaseSummary summaryOfRow(const QSqlQuery &row)
{
    return summaryFrom(row);
}

Result<QList<CaseSummary>> summaries(Database &db, const QList<Id> &caseIds)
{
    QList<CaseSummary> rows;
    // Chunks keep the statement within every driver's parameter limit.
    for (qsizetype start = 0; start < caseIds.size(); start += 500) {
        const QList<Id> chunk = caseIds.mid(start, 500);
        QStringList marks;
        QVariantList values;
        for (Id id : chunk) {
            marks.append(u"?"_s);
            values.append(id);
        }
        Result<QSqlQuery> q
            = db.exec(summarySelect() + u"WHERE c.id IN ("_s + marks.join(u',') + u')', values);
        if (!q.ok())
            return q.error();
        while (q.value().next())
            rows.append(summaryFrom(q.value()));
    }
    return rows;
}

Result<Case> changeStatus(
    Database &db, Id caseId, CaseStatus status, Millis snoozeUntil, Id agentId, Millis now)
{
    Case changed;
    Result<Done> done = db.transaction([&]() -> Result<Done> {
        if (db.isPostgres()) {
            // Held until commit, so a concurrent ingest or status change waits and then reads this
            // one.
            Result<QSqlQuery> held
                = db.exec(u"SELECT id FROM cases WHERE id = ? FOR UPDATE"_s, { caseId });
            if (!held.ok())
                return held.error();
            held.value().finish();
        }
        Result<std::optional<CaseSummary>> loaded = loadSummary(db, caseId);
        if (!loaded.ok())
            return loaded.error();
        if (!loaded.value())
            return Error { ErrorCode::NotFound, Database::tr("There is no case %1.").arg(caseId) };
        const CaseSummary &summary = *loaded.value();
        Result<Case> moved = CaseWorkflow::changeStatus(summary.value, status, now, snoozeUntil);
        if (!moved.ok())
            return moved.error();
        Result<QList<SlaPolicy>> policies = slaPolicies(db);
        if (!policies.ok())
            return policies.error();
        changed = moved.value();
        SlaClock(policies.value()).applyDueTimes(changed);
        if (Result<Done> stored = storeCase(
                db, changed, summary.snippet, summary.lastDirection, summary.lastVisibility);
            !stored.ok())
            return stored;
        Event event;
        event.type = EventType::StatusChanged;
        event.at = now;
        event.agentId = agentId;
        event.caseId = caseId;
        event.customerId = changed.customerId;
        event.data = QJsonObject { { u"from"_s, toString(summary.value.status) },
            { u"to"_s, toString(status) } };
        if (status == CaseStatus::Snoozed)
            event.data.insert(u"until"_s, snoozeUntil);
        if (Result<Id> e = db.appendEvent(event); !e.ok())
            return e.error();
        if (Result<qint64> seq = db.recordChange({ caseId }, now); !seq.ok())
            return seq.error();
        return Done {};
    });
    if (!done.ok())
        return done.error();
    return changed;
}

} // namespace CareDesk::CaseStore
