// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The case actions an agent takes from the case view: priority, tags, internal notes, links and
// registering one message as a case of its own. Each write and its event share a transaction,
// and each bumps the change feed for the cases it touched. Nothing here deletes a message.
#include "app/core/caseworkflow.h"
#include "app/storage/casestore.h"
#include "app/storage/customerstore.h"
#include "app/storage/sqlrepositories.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace CaseStore {

    namespace {

        constexpr int maxTagLength = 64;
        constexpr int maxNoteLength = 20000;

        QVariant idOrNull(Id id)
        {
            return id == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(id);
        }

        Result<CaseSummary> loadCase(Database &db, Id caseId)
        {
            Result<QList<CaseSummary>> rows = summaries(db, { caseId });
            if (!rows.ok())
                return rows.error();
            if (rows.value().isEmpty())
                return Error { ErrorCode::NotFound,
                    Database::tr("There is no case %1.").arg(caseId) };
            return rows.value().constFirst();
        }

        Result<QStringList> caseTags(Database &db, Id caseId)
        {
            Result<QSqlQuery> q = db.exec(
                u"SELECT t.name FROM case_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.case_id = ? ORDER BY t.name"_s,
                { caseId });
            if (!q.ok())
                return q.error();
            QStringList tags;
            while (q.value().next())
                tags.append(q.value().value(0).toString());
            return tags;
        }

        Result<Done> appendCaseEvent(Database &db, EventType type, const CaseSummary &c, Id agentId,
            Millis now, const QJsonObject &data, Id messageId = 0)
        {
            Event event;
            event.type = type;
            event.at = now;
            event.agentId = agentId;
            event.caseId = c.value.id;
            event.customerId = c.value.customerId;
            event.messageId = messageId;
            event.data = data;
            if (Result<Id> e = db.appendEvent(event); !e.ok())
                return e.error();
            return Done {};
        }

        QString normalizedTag(const QString &tag)
        {
            return tag.simplified().left(maxTagLength);
        }

        QString snippet(const QString &text, int length)
        {
            QString line = text.simplified();
            if (line.size() > length)
                line = line.left(length - 1) + u'…';
            return line;
        }

        /// Brings a case's counts and last-message columns in line with the messages it holds now.
        Result<Done> recount(Database &db, Id caseId)
        {
            Result<QSqlQuery> agg = db.exec(
                u"SELECT COUNT(*), COALESCE(MAX(created_at), 0), "
                "COALESCE(MAX(CASE WHEN direction = 'in' THEN created_at END), 0) FROM message WHERE case_id = ?"_s,
                { caseId });
            if (!agg.ok())
                return agg.error();
            agg.value().next();
            const int count = agg.value().value(0).toInt();
            const Millis last = agg.value().value(1).toLongLong();
            const Millis lastIn = agg.value().value(2).toLongLong();
            agg.value().finish();
            if (count == 0)
                return Done {}; // never: a case keeps at least one message
            Result<QSqlQuery> newest = db.exec(
                u"SELECT text, direction, visibility FROM message WHERE case_id = ? ORDER BY created_at DESC, id DESC LIMIT 1"_s,
                { caseId });
            if (!newest.ok())
                return newest.error();
            QString text;
            QString direction = u"in"_s;
            QString visibility = u"public"_s;
            if (newest.value().next()) {
                text = newest.value().value(0).toString();
                direction = newest.value().value(1).toString();
                visibility = newest.value().value(2).toString();
            }
            newest.value().finish();
            Result<QSqlQuery> updated = db.exec(
                u"UPDATE cases SET message_count = ?, last_message_at = ?, "
                "last_customer_message_at = ?, unanswered = (SELECT COUNT(*) FROM message m WHERE "
                "m.case_id = cases.id "
                "AND m.direction = 'in' AND m.created_at > cases.last_agent_message_at), "
                "last_snippet = ?, "
                "last_direction = ?, last_visibility = ?, version = version + 1 WHERE id = ?"_s,
                { count, last, lastIn, snippet(text, 160), direction, visibility, caseId });
            if (!updated.ok())
                return updated.error();
            return Done {};
        }

    } // namespace

    Result<CaseExtras> extras(Database &db, Id caseId)
    {
        CaseExtras x;
        x.caseId = caseId;
        Result<QStringList> tags = caseTags(db, caseId);
        if (!tags.ok())
            return tags.error();
        x.tags = tags.value();

        Result<QSqlQuery> links = db.exec(u"SELECT l.linked_case_id, c.subject, COALESCE(cu.name, "
                                          u"''), c.status, l.reason FROM case_link l "
                                          "JOIN cases c ON c.id = l.linked_case_id LEFT JOIN "
                                          "customer cu ON cu.id = c.customer_id "
                                          "WHERE l.case_id = ? ORDER BY l.created_at, l.id"_s,
            { caseId });
        if (!links.ok())
            return links.error();
        while (links.value().next()) {
            const QSqlQuery &q = links.value();
            LinkedCase link;
            link.caseId = q.value(0).toLongLong();
            link.subject = q.value(1).toString();
            link.customerName = q.value(2).toString();
            link.status = caseStatusFromString(q.value(3).toString()).value_or(CaseStatus::Open);
            link.reason = q.value(4).toString();
            x.links.append(link);
        }

        Result<QSqlQuery> attachments = db.exec(
            u"SELECT a.id, a.message_id, a.kind, a.url, a.name, a.size FROM attachment a "
            "JOIN message m ON m.id = a.message_id WHERE m.case_id = ? ORDER BY a.message_id, a.id"_s,
            { caseId });
        if (!attachments.ok())
            return attachments.error();
        while (attachments.value().next()) {
            const QSqlQuery &q = attachments.value();
            x.attachments.append(Attachment { q.value(0).toLongLong(), q.value(1).toLongLong(),
                q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                q.value(5).toLongLong() });
        }

        Result<QSqlQuery> authors = db.exec(u"SELECT DISTINCT a.id, a.name, a.display_name FROM "
                                            u"note n JOIN agent a ON a.id = n.author_agent_id "
                                            "WHERE n.case_id = ?"_s,
            { caseId });
        if (!authors.ok())
            return authors.error();
        while (authors.value().next()) {
            const QSqlQuery &q = authors.value();
            const QString display = q.value(2).toString();
            x.agentNames.insert(
                q.value(0).toLongLong(), display.isEmpty() ? q.value(1).toString() : display);
        }
        return x;
    }

    Result<QStringList> tagNames(Database &db)
    {
        Result<QSqlQuery> q = db.exec(u"SELECT name FROM tag ORDER BY name"_s);
        if (!q.ok())
            return q.error();
        QStringList names;
        while (q.value().next())
            names.append(q.value().value(0).toString());
        return names;
    }

    Result<Case> setPriority(Database &db, Id caseId, Priority priority, Id agentId, Millis now)
    {
        Case changed;
        Result<Done> done = db.transaction([&]() -> Result<Done> {
            Result<CaseSummary> loaded = loadCase(db, caseId);
            if (!loaded.ok())
                return loaded.error();
            changed = loaded.value().value;
            if (changed.priority == priority)
                return Done {};
            const Priority from = changed.priority;
            changed.priority = priority;
            // The SLA targets follow the priority (urgent answers sooner, low later).
            Result<QList<SlaPolicy>> policies = slaPolicies(db);
            if (!policies.ok())
                return policies.error();
            SlaClock(policies.value()).applyDueTimes(changed);
            ++changed.version;
            Result<QSqlQuery> updated
                = db.exec(u"UPDATE cases SET priority = ?, first_response_due = ?, "
                          u"next_response_due = ?, resolution_due = ?, "
                          "version = version + 1 WHERE id = ?"_s,
                    { toString(priority), changed.firstResponseDue, changed.nextResponseDue,
                        changed.resolutionDue, caseId });
            if (!updated.ok())
                return updated.error();
            if (Result<Done> e
                = appendCaseEvent(db, EventType::PriorityChanged, loaded.value(), agentId, now,
                    { { u"from"_s, toString(from) }, { u"to"_s, toString(priority) } });
                !e.ok())
                return e;
            if (Result<qint64> seq = db.recordChange({ caseId }, now); !seq.ok())
                return seq.error();
            return Done {};
        });
        if (!done.ok())
            return done.error();
        return changed;
    }

    /// Adds or removes one of a case's tags in a transaction. change runs the statement, which
    /// returns a row only when it changed the case's tags: only then is there an event and a
    /// change record. The result is the case's tags afterwards.
    template <typename Change>
    Result<QStringList> changeTag(Database &db, Id caseId, const QString &name, Id agentId,
        Millis now, EventType event, const Change &change)
    {
        QStringList tags;
        Result<Done> done = db.transaction([&]() -> Result<Done> {
            Result<CaseSummary> loaded = loadCase(db, caseId);
            if (!loaded.ok())
                return loaded.error();
            Result<QSqlQuery> changed = change();
            if (!changed.ok())
                return changed.error();
            const bool didChange = changed.value().next();
            changed.value().finish();
            if (didChange) {
                if (Result<Done> e = appendCaseEvent(
                        db, event, loaded.value(), agentId, now, { { u"tag"_s, name } });
                    !e.ok())
                    return e;
                if (Result<qint64> seq = db.recordChange({ caseId }, now); !seq.ok())
                    return seq.error();
            }
            Result<QStringList> current = caseTags(db, caseId);
            if (!current.ok())
                return current.error();
            tags = current.value();
            return Done {};
        });
        if (!done.ok())
            return done.error();
        return tags;
    }

    Result<QStringList> addTag(Database &db, Id caseId, const QString &tag, Id agentId, Millis now)
    {
        const QString name = normalizedTag(tag);
        if (name.isEmpty())
            return Error { ErrorCode::Invalid, Database::tr("A tag needs a name.") };
        return changeTag(
            db, caseId, name, agentId, now, EventType::TagAdded, [&]() -> Result<QSqlQuery> {
                if (Result<QSqlQuery> q
                    = db.exec(u"INSERT INTO tag (name) VALUES (?) ON CONFLICT (name) DO NOTHING"_s,
                        { name });
                    !q.ok())
                    return q.error();
                return db.exec(
                    u"INSERT INTO case_tag (case_id, tag_id) SELECT ?, id FROM tag WHERE name = ? "
                    "ON CONFLICT (case_id, tag_id) DO NOTHING RETURNING tag_id"_s,
                    { caseId, name });
            });
    }

    Result<QStringList> removeTag(
        Database &db, Id caseId, const QString &tag, Id agentId, Millis now)
    {
        const QString name = normalizedTag(tag);
        return changeTag(db, caseId, name, agentId, now, EventType::TagRemoved, [&]() {
            return db.exec(u"DELETE FROM case_tag WHERE case_id = ? AND "
                           u"tag_id IN (SELECT id FROM tag WHERE name = ?) "
                           "RETURNING tag_id"_s,
                { caseId, name });
        });
    }

    Result<Note> addNote(Database &db, Id caseId, const QString &text, Id agentId, Millis now)
    {
        const QString body = text.trimmed();
        if (body.isEmpty())
            return Error { ErrorCode::Invalid, Database::tr("An internal note needs some text.") };
        if (body.size() > maxNoteLength)
            return Error { ErrorCode::Invalid,
                Database::tr("An internal note is limited to %1 characters.").arg(maxNoteLength) };
        Note note { 0, caseId, agentId, body, now };
        Result<Done> done = db.transaction([&]() -> Result<Done> {
            Result<CaseSummary> loaded = loadCase(db, caseId);
            if (!loaded.ok())
                return loaded.error();
            // Only the note table: an internal note never reaches the outbox or the platform.
            Result<Id> id = db.insertReturningId(
                u"INSERT INTO note (case_id, author_agent_id, text, created_at) VALUES (?, ?, ?, ?) RETURNING id"_s,
                { caseId, idOrNull(agentId), body, now });
            if (!id.ok())
                return id.error();
            note.id = id.value();
            // The event holds the note's id, never its text.
            if (Result<Done> e = appendCaseEvent(db, EventType::NoteAdded, loaded.value(), agentId,
                    now, { { u"note_id"_s, QString::number(note.id) } });
                !e.ok())
                return e;
            if (Result<qint64> seq = db.recordChange({ caseId }, now); !seq.ok())
                return seq.error();
            return Done {};
        });
        if (!done.ok())
            return done.error();
        return note;
    }

    Result<Case> registerCaseFromMessage(Database &db, Id messageId, Id agentId, Millis now)
    {
        Case created;
        Result<Done> done = db.transaction([&]() -> Result<Done> {
            Result<QSqlQuery> m
                = db.exec(u"SELECT case_id, platform_id, direction, visibility, text, created_at, "
                          "sentiment FROM message WHERE id = ?"_s,
                    { messageId });
            if (!m.ok())
                return m.error();
            if (!m.value().next())
                return Error { ErrorCode::NotFound,
                    Database::tr("There is no message %1.").arg(messageId) };
            const Id originId = m.value().value(0).toLongLong();
            const QString platformId = m.value().value(1).toString();
            const QString direction = m.value().value(2).toString();
            const Visibility visibility
                = visibilityFromString(m.value().value(3).toString()).value_or(Visibility::Public);
            const QString text = m.value().value(4).toString();
            const Millis at = m.value().value(5).toLongLong();
            const int sentiment = m.value().value(6).toInt();
            m.value().finish();
            if (direction != "in"_L1)
                return Error { ErrorCode::Invalid,
                    Database::tr("Only a customer's message can become a case of its own.") };
            Result<CaseSummary> origin = loadCase(db, originId);
            if (!origin.ok())
                return origin.error();
            if (origin.value().value.messageCount <= 1)
                return Error { ErrorCode::Conflict,
                    Database::tr("This message is the whole of case %1 already.").arg(originId) };

            // The new case starts where the customer wrote: its SLA clock runs from that moment,
            // and the customer is never asked to write again.
            Case &c = created;
            const Case &o = origin.value().value;
            c.accountId = o.accountId;
            c.platform = o.platform;
            c.threadKey = CaseWorkflow::splitThreadKey(o.threadKey, platformId);
            c.customerId = o.customerId;
            c.queueId = o.queueId;
            c.status = CaseStatus::New;
            c.priority = o.priority;
            c.language = o.language;
            c.subject = snippet(text, 80);
            c.openedAt = at;
            c.lastMessageAt = at;
            c.lastCustomerMessageAt = at;
            c.unanswered = 1;
            c.messageCount = 1;
            c.sentimentEntry = sentiment;
            c.sentimentLast = sentiment;
            c.version = 1;
            Result<QList<SlaPolicy>> policies = slaPolicies(db);
            if (!policies.ok())
                return policies.error();
            SlaClock(policies.value()).applyDueTimes(c);
            Result<Id> id = db.insertReturningId(
                u"INSERT INTO cases (account_id, platform, thread_key, customer_id, queue_id, "
                u"status, priority, "
                "language, subject, opened_at, last_message_at, last_customer_message_at, "
                "first_response_due, "
                "next_response_due, resolution_due, unanswered, message_count, sentiment_entry, "
                "sentiment_last, "
                "last_snippet, last_direction, last_visibility, version) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                { c.accountId, toString(c.platform), c.threadKey, idOrNull(c.customerId),
                    idOrNull(c.queueId), toString(c.status), toString(c.priority), c.language,
                    c.subject, c.openedAt, c.lastMessageAt, c.lastCustomerMessageAt,
                    c.firstResponseDue, c.nextResponseDue, c.resolutionDue, c.unanswered,
                    c.messageCount, c.sentimentEntry, c.sentimentLast, snippet(text, 160), u"in"_s,
                    toString(visibility), c.version });
            if (!id.ok()) {
                if (id.error().code == ErrorCode::Conflict)
                    return Error { ErrorCode::Conflict,
                        Database::tr("This message has been registered as a case already.") };
                return id.error();
            }
            c.id = id.value();
            // The message moves (it is never copied or deleted): one message, one case.
            if (Result<QSqlQuery> moved
                = db.exec(u"UPDATE message SET case_id = ? WHERE id = ?"_s, { c.id, messageId });
                !moved.ok())
                return moved.error();
            if (Result<Done> counted = recount(db, originId); !counted.ok())
                return counted;

            CaseSummary createdSummary;
            createdSummary.value = c;
            const QString reason = u"registered_from_message"_s;
            const QList<std::pair<const CaseSummary *, Id>> pairs { { &createdSummary, originId },
                { &origin.value(), c.id } };
            for (const auto &[from, to] : pairs) {
                if (Result<QSqlQuery> linked
                    = db.exec(u"INSERT INTO case_link (case_id, linked_case_id, reason, "
                              u"created_by, created_at) "
                              "VALUES (?, ?, ?, ?, ?)"_s,
                        { from->value.id, to, reason, agentId, now });
                    !linked.ok())
                    return linked.error();
                if (Result<Done> e = appendCaseEvent(db, EventType::CaseLinked, *from, agentId, now,
                        { { u"linked_case_id"_s, QString::number(to) }, { u"reason"_s, reason } },
                        messageId);
                    !e.ok())
                    return e;
            }
            if (Result<qint64> seq = db.recordChange({ originId, c.id }, now); !seq.ok())
                return seq.error();
            return Done {};
        });
        if (!done.ok())
            return done.error();
        return created;
    }

} // namespace CaseStore

QFuture<Result<CaseExtras>> SqlCaseRepository::extras(Id caseId)
{
    return m_worker.run<CaseExtras>(
        [caseId](Database &db) { return CaseStore::extras(db, caseId); });
}

QFuture<Result<QStringList>> SqlCaseRepository::tagNames()
{
    return m_worker.run<QStringList>(&CaseStore::tagNames);
}

QFuture<Result<Case>> SqlCaseRepository::setPriority(Id caseId, Priority priority, Id agentId)
{
    const Millis now = m_clock.now();
    return m_worker.run<Case>(
        [=](Database &db) { return CaseStore::setPriority(db, caseId, priority, agentId, now); });
}

QFuture<Result<QStringList>> SqlCaseRepository::addTag(Id caseId, const QString &tag, Id agentId)
{
    const Millis now = m_clock.now();
    return m_worker.run<QStringList>(
        [=](Database &db) { return CaseStore::addTag(db, caseId, tag, agentId, now); });
}

QFuture<Result<QStringList>> SqlCaseRepository::removeTag(Id caseId, const QString &tag, Id agentId)
{
    const Millis now = m_clock.now();
    return m_worker.run<QStringList>(
        [=](Database &db) { return CaseStore::removeTag(db, caseId, tag, agentId, now); });
}

QFuture<Result<Note>> SqlCaseRepository::addNote(Id caseId, const QString &text, Id agentId)
{
    const Millis now = m_clock.now();
    return m_worker.run<Note>(
        [=](Database &db) { return CaseStore::addNote(db, caseId, text, agentId, now); });
}

QFuture<Result<Done>> SqlCaseRepository::linkCases(
    Id caseId, Id otherCaseId, const QString &reason, Id agentId)
{
    const Millis now = m_clock.now();
    return m_worker.run<Done>([=](Database &db) {
        return CustomerStore::linkCases(db, caseId, otherCaseId, reason, agentId, now);
    });
}

QFuture<Result<Case>> SqlCaseRepository::registerCaseFromMessage(Id messageId, Id agentId)
{
    const Millis now = m_clock.now();
    return m_worker.run<Case>([=](Database &db) {
        return CaseStore::registerCaseFromMessage(db, messageId, agentId, now);
    });
}

} // namespace CareDesk
