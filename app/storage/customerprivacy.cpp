// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Export and erasure on a customer's request.
#include "app/storage/customerstore.h"
#include "app/storage/customerstoredetail.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk::CustomerStore {

using namespace Detail;

QJsonValue withoutEmptyIds(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(withoutEmptyIds(item));
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object;
    const QJsonObject in = value.toObject();
    for (auto it = in.begin(); it != in.end(); ++it) {
        const bool idKey = it.key() == "id"_L1 || it.key().endsWith("_id"_L1);
        if (idKey && !it.key().startsWith("platform"_L1)
            && (it->isNull() || it->toString().isEmpty()))
            continue;
        object.insert(it.key(), withoutEmptyIds(*it));
    }
    return object;
}

Result<Done> erase(Database &db, Id customerId, Id agentId, Millis now)
{
    const QString marker = JourneyText::redactionMarker();
    return db.transaction([&]() -> Result<Done> {
        Result<std::optional<Customer>> customer = loadCustomer(db, customerId, true);
        if (!customer.ok())
            return customer.error();
        if (!customer.value())
            return noCustomer(customerId);
        if (customer.value()->erasedAt != 0) {
            return Error { ErrorCode::Conflict,
                Database::tr("The customer %1 was erased already, on %2.")
                    .arg(customerId)
                    .arg(toIsoUtc(customer.value()->erasedAt)) };
        }
        Result<QList<Id>> cases = idList(
            db, u"SELECT id FROM cases WHERE customer_id = ? ORDER BY id"_s, { customerId });
        if (!cases.ok())
            return cases.error();
        if (db.isPostgres()) {
            // The privileged path: the function owns the right to change customers' texts.
            Result<QSqlQuery> erased = db.exec(u"SELECT caredesk_erase_customer(?, ?, ?, ?)"_s,
                { customerId, agentId, now, marker });
            if (!erased.ok())
                return erased.error();
        } else {
            const QString casesOf = u"(SELECT id FROM cases WHERE customer_id = ?)"_s;
            const QString identitiesOf
                = u"(SELECT identity_id FROM customer_identity WHERE customer_id = ? AND unlinked_at = 0)"_s;
            const QString messagesOf = u"(SELECT id FROM message WHERE case_id IN "_s + casesOf
                + u" OR author_identity_id IN "_s + identitiesOf + u')';
            Result<QSqlQuery> counted
                = db.exec(u"SELECT (SELECT COUNT(*) FROM message WHERE case_id IN "_s + casesOf
                        + u" OR author_identity_id IN "_s + identitiesOf
                        + u"), (SELECT COUNT(*) FROM customer_identity WHERE customer_id = ? AND "
                          "unlinked_at = 0)"_s,
                    { customerId, customerId, customerId });
            if (!counted.ok())
                return counted.error();
            counted.value().next();
            const qint64 messageCount = counted.value().value(0).toLongLong();
            const qint64 identityCount = counted.value().value(1).toLongLong();
            counted.value().finish();
            const QList<std::pair<QString, QVariantList>> steps {
                // The search index forgets the words first, while the rows still say which.
                { u"DELETE FROM message_fts WHERE rowid IN "_s + messagesOf,
                    { customerId, customerId } },
                { u"UPDATE message SET text = ?, permalink = '', author_name = CASE WHEN direction "
                  "= 'in' THEN ? ELSE author_name END WHERE id IN "_s
                        + messagesOf,
                    { marker, marker, customerId, customerId } },
                { u"UPDATE attachment SET url = '', name = ? WHERE message_id IN "_s + messagesOf,
                    { marker, customerId, customerId } },
                { u"UPDATE note SET text = ? WHERE case_id IN "_s + casesOf,
                    { marker, customerId } },
                { u"UPDATE outbox SET text = ?, state = CASE WHEN state IN ('queued', 'failed', "
                  "'unknown') THEN 'cancelled' ELSE state END WHERE case_id IN "_s
                        + casesOf,
                    { marker, customerId } },
                { u"DELETE FROM draft WHERE case_id IN "_s + casesOf, { customerId } },
                { u"UPDATE cases SET subject = ?, last_snippet = ?, version = version + 1 WHERE customer_id = ?"_s,
                    { marker, marker, customerId } },
                { u"DELETE FROM identity_key WHERE identity_id IN "_s + identitiesOf,
                    { customerId } },
                { u"UPDATE identity SET handle = ?, display_name = ?, platform_user_id = ? || ':' "
                  "|| id WHERE id IN "_s
                        + identitiesOf,
                    { marker, marker, marker, customerId } },
                { u"UPDATE contact SET summary = ? WHERE customer_id = ?"_s,
                    { marker, customerId } },
                { u"UPDATE customer SET name = ?, crm_ref = '', email = '', phone = '', email_key = "
                  "'', phone_key = '', region = '', language = '', notes = '', tags = '[]', "
                  "erased_at = ? WHERE id = ?"_s,
                    { marker, now, customerId } },
            };
            for (const auto &[statement, values] : steps) {
                if (Result<QSqlQuery> step = db.exec(statement, values); !step.ok())
                    return step.error();
            }
            Result<QString> actor = actorName(db);
            if (!actor.ok())
                return actor.error();
            Event event;
            event.type = EventType::CustomerErased;
            event.at = now;
            event.agentId = agentId;
            event.customerId = customerId;
            event.data = QJsonObject { { u"cases"_s, cases.value().size() },
                { u"messages"_s, messageCount }, { u"identities"_s, identityCount },
                { u"by"_s, actor.value() } };
            if (Result<Id> e = db.appendEvent(event); !e.ok())
                return e.error();
        }
        if (Result<qint64> seq = db.recordChange(cases.value(), now); !seq.ok())
            return seq.error();
        return Done {};
    });
}

Result<QJsonObject> exportCustomer(Database &db, Id customerId, Id agentId, Millis now)
{
    QJsonObject document;
    Result<Done> done = db.transaction([&]() -> Result<Done> {
        Result<CustomerProfile> p = profile(db, customerId);
        if (!p.ok())
            return p.error();
        const Customer &c = p.value().customer;
        QJsonArray tags;
        for (const QString &tag : std::as_const(p.value().tags))
            tags.append(tag);
        QJsonArray identities;
        QVariantList identityIds;
        for (const LinkedIdentity &li : std::as_const(p.value().identities)) {
            QJsonObject o = identityJson(li.identity);
            o.insert(u"linked_at"_s, toIsoUtc(li.linkedAt));
            identities.append(o);
            identityIds.append(li.identity.id);
        }

        QJsonArray links;
        Result<QSqlQuery> history = db.exec(
            u"SELECT id, identity_id, customer_id, linked_at, linked_by, unlinked_at, unlinked_by, "
            "previous_customer_id, evidence FROM customer_identity WHERE customer_id = ? OR "
            "previous_customer_id = ? ORDER BY id"_s,
            { customerId, customerId });
        if (!history.ok())
            return history.error();
        while (history.value().next()) {
            const QSqlQuery &q = history.value();
            links.append(QJsonObject { { u"id"_s, idText(q.value(0)) },
                { u"identity_id"_s, idText(q.value(1)) }, { u"customer_id"_s, idText(q.value(2)) },
                { u"linked_at"_s, timeOrNull(q.value(3).toLongLong()) },
                { u"linked_by"_s, idText(q.value(4)) },
                { u"unlinked_at"_s, timeOrNull(q.value(5).toLongLong()) },
                { u"unlinked_by"_s, idText(q.value(6)) },
                { u"previous_customer_id"_s, idText(q.value(7)) },
                { u"evidence"_s, q.value(8).toString() } });
        }

        // Messages and notes of all their cases, read once and handed to their cases.
        QHash<Id, QJsonArray> messagesOf;
        Result<QSqlQuery> messages = db.exec(u"SELECT m.case_id, m.id, m.direction, m.visibility, "
                                             "m.author_name, m.text, m.created_at, m.permalink, "
                                             "m.edited_at, m.sentiment FROM message m JOIN cases c "
                                             "ON c.id = m.case_id WHERE c.customer_id = ? ORDER BY "
                                             "m.case_id, m.created_at, m.id"_s,
            { customerId });
        if (!messages.ok())
            return messages.error();
        while (messages.value().next()) {
            const QSqlQuery &q = messages.value();
            messagesOf[q.value(0).toLongLong()].append(QJsonObject {
                { u"id"_s, idText(q.value(1)) },
                { u"direction"_s, q.value(2).toString() },
                { u"visibility"_s, q.value(3).toString() },
                { u"author"_s, q.value(4).toString() },
                { u"text"_s, q.value(5).toString() },
                { u"created_at"_s, timeOrNull(q.value(6).toLongLong()) },
                { u"permalink"_s, q.value(7).toString() },
                { u"edited_at"_s, timeOrNull(q.value(8).toLongLong()) },
                { u"sentiment"_s, q.value(9).toInt() },
            });
        }
        QHash<Id, QJsonArray> notesOf;
        Result<QSqlQuery> notes
            = db.exec(u"SELECT n.case_id, n.id, n.text, n.created_at FROM note n JOIN cases c ON "
                      "c.id = n.case_id WHERE c.customer_id = ? ORDER BY n.case_id, n.created_at, "
                      "n.id"_s,
                { customerId });
        if (!notes.ok())
            return notes.error();
        while (notes.value().next()) {
            const QSqlQuery &q = notes.value();
            notesOf[q.value(0).toLongLong()].append(
                QJsonObject { { u"id"_s, idText(q.value(1)) }, { u"text"_s, q.value(2).toString() },
                    { u"created_at"_s, timeOrNull(q.value(3).toLongLong()) } });
        }
        QHash<Id, QJsonArray> linkedOf;
        Result<QSqlQuery> caseLinks
            = db.exec(u"SELECT l.case_id, l.linked_case_id, l.reason, l.created_at FROM case_link l "
                      "JOIN cases c ON c.id = l.case_id WHERE c.customer_id = ? ORDER BY l.id"_s,
                { customerId });
        if (!caseLinks.ok())
            return caseLinks.error();
        while (caseLinks.value().next()) {
            const QSqlQuery &q = caseLinks.value();
            linkedOf[q.value(0).toLongLong()].append(QJsonObject {
                { u"case_id"_s, idText(q.value(1)) }, { u"reason"_s, q.value(2).toString() },
                { u"created_at"_s, timeOrNull(q.value(3).toLongLong()) } });
        }
        QJsonArray cases;
        Result<QSqlQuery> caseRows = db.exec(
            u"SELECT c.id, c.platform, a.handle, c.thread_key, c.status, c.priority, c.language, "
            "c.subject, c.opened_at, c.last_message_at, c.resolved_at, c.message_count, "
            "c.sentiment_entry, c.sentiment_last FROM cases c JOIN account a ON a.id = c.account_id "
            "WHERE c.customer_id = ? ORDER BY c.opened_at, c.id"_s,
            { customerId });
        if (!caseRows.ok())
            return caseRows.error();
        while (caseRows.value().next()) {
            const QSqlQuery &q = caseRows.value();
            const Id caseId = q.value(0).toLongLong();
            cases.append(QJsonObject {
                { u"id"_s, idText(q.value(0)) },
                { u"platform"_s, q.value(1).toString() },
                { u"account"_s, q.value(2).toString() },
                { u"thread"_s, q.value(3).toString() },
                { u"status"_s, q.value(4).toString() },
                { u"priority"_s, q.value(5).toString() },
                { u"language"_s, q.value(6).toString() },
                { u"subject"_s, q.value(7).toString() },
                { u"opened_at"_s, timeOrNull(q.value(8).toLongLong()) },
                { u"last_message_at"_s, timeOrNull(q.value(9).toLongLong()) },
                { u"resolved_at"_s, timeOrNull(q.value(10).toLongLong()) },
                { u"message_count"_s, q.value(11).toInt() },
                { u"sentiment_entry"_s, q.value(12).toInt() },
                { u"sentiment_last"_s, q.value(13).toInt() },
                { u"messages"_s, messagesOf.value(caseId) },
                { u"notes"_s, notesOf.value(caseId) },
                { u"linked_cases"_s, linkedOf.value(caseId) },
            });
        }

        // What their identities wrote in other people's threads (a public reply to someone).
        QJsonArray elsewhere;
        for (const QVariant &identityId : std::as_const(identityIds)) {
            Result<QSqlQuery> q = db.exec(u"SELECT m.id, m.case_id, m.visibility, m.text, "
                                          "m.created_at FROM message m JOIN cases c ON c.id = "
                                          "m.case_id WHERE m.author_identity_id = ? AND "
                                          "(c.customer_id IS NULL OR c.customer_id <> ?) ORDER BY "
                                          "m.created_at, m.id"_s,
                { identityId, customerId });
            if (!q.ok())
                return q.error();
            while (q.value().next()) {
                elsewhere.append(QJsonObject { { u"id"_s, idText(q.value().value(0)) },
                    { u"case_id"_s, idText(q.value().value(1)) },
                    { u"visibility"_s, q.value().value(2).toString() },
                    { u"text"_s, q.value().value(3).toString() },
                    { u"created_at"_s, timeOrNull(q.value().value(4).toLongLong()) } });
            }
        }

        QJsonArray contacts;
        Result<QSqlQuery> contactRows
            = db.exec(u"SELECT id, channel, direction, summary, created_at, source, source_ref, "
                      "imported_at FROM contact WHERE customer_id = ? ORDER BY created_at, id"_s,
                { customerId });
        if (!contactRows.ok())
            return contactRows.error();
        while (contactRows.value().next()) {
            const QSqlQuery &q = contactRows.value();
            contacts.append(QJsonObject { { u"id"_s, idText(q.value(0)) },
                { u"channel"_s, q.value(1).toString() }, { u"direction"_s, q.value(2).toString() },
                { u"summary"_s, q.value(3).toString() },
                { u"created_at"_s, timeOrNull(q.value(4).toLongLong()) },
                { u"source"_s, q.value(5).toString() }, { u"source_ref"_s, q.value(6).toString() },
                { u"imported_at"_s, timeOrNull(q.value(7).toLongLong()) } });
        }

        QJsonArray events;
        Result<QSqlQuery> eventRows
            = db.exec(u"SELECT id, type, at, agent_id, case_id, message_id, data FROM event WHERE "
                      "customer_id = ? OR case_id IN (SELECT id FROM cases WHERE customer_id = ?) "
                      "ORDER BY at, id"_s,
                { customerId, customerId });
        if (!eventRows.ok())
            return eventRows.error();
        while (eventRows.value().next()) {
            const QSqlQuery &q = eventRows.value();
            events.append(QJsonObject { { u"id"_s, idText(q.value(0)) },
                { u"type"_s, q.value(1).toString() },
                { u"at"_s, timeOrNull(q.value(2).toLongLong()) },
                { u"agent_id"_s, idText(q.value(3)) }, { u"case_id"_s, idText(q.value(4)) },
                { u"message_id"_s, idText(q.value(5)) },
                { u"data"_s, QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object() } });
        }

        document = QJsonObject {
            { u"format"_s, u"caredesk-customer-export"_s },
            { u"version"_s, 1 },
            { u"exported_at"_s, toIsoUtc(now) },
            { u"customer"_s,
                QJsonObject { { u"id"_s, QString::number(c.id) }, { u"name"_s, c.name },
                    { u"crm_ref"_s, c.crmRef }, { u"email"_s, c.email }, { u"phone"_s, c.phone },
                    { u"region"_s, c.region }, { u"language"_s, c.language }, { u"vip"_s, c.vip },
                    { u"notes"_s, c.notes }, { u"tags"_s, tags },
                    { u"created_at"_s, timeOrNull(c.createdAt) },
                    { u"erased_at"_s, timeOrNull(c.erasedAt) } } },
            { u"identities"_s, identities },
            { u"identity_links"_s, links },
            { u"cases"_s, cases },
            { u"messages_in_other_cases"_s, elsewhere },
            { u"contacts"_s, contacts },
            { u"events"_s, events },
        };

        Result<QString> actor = actorName(db);
        if (!actor.ok())
            return actor.error();
        Event event;
        event.type = EventType::CustomerExported;
        event.at = now;
        event.agentId = agentId;
        event.customerId = customerId;
        event.data = QJsonObject { { u"cases"_s, cases.size() }, { u"by"_s, actor.value() } };
        if (Result<Id> e = db.appendEvent(event); !e.ok())
            return e.error();
        return Done {};
    });
    if (!done.ok())
        return done.error();
    return withoutEmptyIds(document).toObject();
}

} // namespace CareDesk::CustomerStore
