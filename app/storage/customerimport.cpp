// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Contacts and profiles from other systems (caredesk-cli import records `contact`, `customer`).
#include "app/storage/customerstore.h"
#include "app/storage/customerstoredetail.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk::CustomerStore {

using namespace Detail;

namespace {

Error badField(const QString &field, const QString &what)
{
    return Error { ErrorCode::Invalid, Database::tr("The field \"%1\" %2.").arg(field, what) };
}

Result<QString> optionalText(const QJsonObject &record, const QString &field)
{
    const QJsonValue value = record.value(field);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString())
        return badField(field, Database::tr("must be text"));
    return value.toString().trimmed();
}

} // namespace

Result<ImportedContact> contactFromJson(const QJsonObject &record)
{
    ImportedContact c;
    QString created;
    QString direction;
    struct Field {
        QString name;
        QString *target;
    };
    const QList<Field> fields { { u"channel"_s, &c.channel }, { u"created_at"_s, &created },
        { u"summary"_s, &c.summary }, { u"direction"_s, &direction },
        { u"customer_ref"_s, &c.customerRef }, { u"email"_s, &c.email }, { u"phone"_s, &c.phone },
        { u"name"_s, &c.name }, { u"source"_s, &c.source } };
    for (const Field &f : fields) {
        Result<QString> text = optionalText(record, f.name);
        if (!text.ok())
            return text.error();
        *f.target = text.value();
    }
    // The record's id in the other system; "id" as the import format names it.
    const QJsonValue ref
        = record.contains(u"source_ref"_s) ? record.value(u"source_ref"_s) : record.value(u"id"_s);
    if (ref.isString())
        c.sourceRef = ref.toString().trimmed();
    else if (ref.isDouble())
        c.sourceRef = QString::number(ref.toInteger());
    else if (!ref.isUndefined() && !ref.isNull())
        return badField(u"id"_s, Database::tr("must be text or a number"));
    c.channel = c.channel.toLower();
    if (c.channel.isEmpty())
        return badField(u"channel"_s, Database::tr("is missing (phone, email, chat, shop ...)"));
    if (c.channel.size() > 40 || c.channel.contains(u' '))
        return badField(u"channel"_s, Database::tr("must be one short word"));
    const std::optional<Millis> at = fromIsoUtc(created);
    if (!at)
        return badField(u"created_at"_s, Database::tr("must be an ISO 8601 time"));
    c.createdAt = *at;
    if (direction.isEmpty() || direction == "in"_L1)
        c.direction = Direction::In;
    else if (direction == "out"_L1)
        c.direction = Direction::Out;
    else
        return badField(u"direction"_s, Database::tr("must be \"in\" or \"out\""));
    if (c.customerRef.isEmpty() && c.email.isEmpty() && c.phone.isEmpty())
        return Error { ErrorCode::Invalid,
            Database::tr("A contact needs a customer: customer_ref, email or phone.") };
    if (!c.email.isEmpty() && EvidenceExtractor::emailKey(c.email).isEmpty())
        return badField(u"email"_s, Database::tr("is not an e-mail address"));
    return c;
}

Result<ImportedCustomer> customerFromJson(const QJsonObject &record)
{
    ImportedCustomer c;
    Result<QString> ref = optionalText(record, u"customer_ref"_s);
    if (!ref.ok())
        return ref.error();
    if (ref.value().isEmpty())
        return badField(u"customer_ref"_s, Database::tr("is missing"));
    c.profile.crmRef = ref.value();
    struct Field {
        QString name;
        QString *target;
    };
    const QList<Field> fields { { u"name"_s, &c.profile.name }, { u"email"_s, &c.profile.email },
        { u"phone"_s, &c.profile.phone }, { u"region"_s, &c.profile.region },
        { u"language"_s, &c.profile.language }, { u"notes"_s, &c.profile.notes } };
    for (const Field &f : fields) {
        Result<QString> text = optionalText(record, f.name);
        if (!text.ok())
            return text.error();
        *f.target = text.value();
        if (record.contains(f.name))
            c.present.append(f.name);
    }
    if (!c.profile.email.isEmpty() && EvidenceExtractor::emailKey(c.profile.email).isEmpty())
        return badField(u"email"_s, Database::tr("is not an e-mail address"));
    if (record.contains(u"vip"_s)) {
        if (!record.value(u"vip"_s).isBool())
            return badField(u"vip"_s, Database::tr("must be true or false"));
        c.profile.vip = record.value(u"vip"_s).toBool();
        c.present.append(u"vip"_s);
    }
    if (record.contains(u"tags"_s)) {
        const QJsonValue tags = record.value(u"tags"_s);
        if (!tags.isArray())
            return badField(u"tags"_s, Database::tr("must be a list of texts"));
        for (const QJsonValue &tag : tags.toArray()) {
            if (!tag.isString())
                return badField(u"tags"_s, Database::tr("must be a list of texts"));
            c.tags.append(tag.toString());
        }
        c.present.append(u"tags"_s);
    }
    return c;
}

Result<Id> importContact(Database &db, const ImportedContact &contact, Millis now)
{
    Result<EvidenceRules> rules = evidenceRules(db);
    if (!rules.ok())
        return rules.error();
    const EvidenceExtractor keys(rules.value());
    const QString emailKey = EvidenceExtractor::emailKey(contact.email);
    const QString phoneKey = keys.phoneKey(contact.phone);
    Id contactId = 0;
    Result<Done> done = db.transaction([&]() -> Result<Done> {
        Id customerId = 0;
        const QList<std::pair<QString, QString>> lookups { { u"crm_ref"_s, contact.customerRef },
            { u"email_key"_s, emailKey }, { u"phone_key"_s, phoneKey } };
        for (const auto &[column, value] : lookups) {
            if (value.isEmpty())
                continue;
            // "<> ''" lets SQLite use the partial indexes on the keys.
            Result<QSqlQuery> q = db.exec(u"SELECT id FROM customer WHERE "_s + column
                    + u" = ? AND "_s + column + u" <> '' AND erased_at = 0 ORDER BY id LIMIT 1"_s,
                { value });
            if (!q.ok())
                return q.error();
            if (q.value().next()) {
                customerId = q.value().value(0).toLongLong();
                q.value().finish();
                break;
            }
        }
        if (customerId == 0) {
            // Someone the CRM knows and CareDesk does not yet: their journey starts here, and a
            // handle that later writes this address or number will be suggested for them.
            Result<Id> created = db.insertReturningId(
                u"INSERT INTO customer (name, crm_ref, email, phone, email_key, phone_key, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                { contact.name, contact.customerRef, emailKey.isEmpty() ? QString() : contact.email,
                    contact.phone, emailKey, phoneKey, now });
            if (!created.ok())
                return created.error();
            customerId = created.value();
        }
        Result<QSqlQuery> inserted = db.exec(u"INSERT INTO contact (customer_id, channel, "
                                             "direction, summary, created_at, source, source_ref, "
                                             "imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON "
                                             "CONFLICT (source, source_ref) WHERE source_ref <> '' "
                                             "DO NOTHING RETURNING id"_s,
            { customerId, contact.channel, toString(contact.direction), contact.summary,
                contact.createdAt, contact.source, contact.sourceRef, now });
        if (!inserted.ok())
            return inserted.error();
        if (!inserted.value().next())
            return Done {}; // imported before
        contactId = inserted.value().value(0).toLongLong();
        inserted.value().finish();
        Event event;
        event.type = EventType::ContactImported;
        event.at = now;
        event.customerId = customerId;
        event.data = QJsonObject { { u"contact_id"_s, QString::number(contactId) },
            { u"channel"_s, contact.channel }, { u"direction"_s, toString(contact.direction) } };
        if (Result<Id> e = db.appendEvent(event); !e.ok())
            return e.error();
        // Open journeys of this customer show the contact: tell the views of their cases.
        Result<QList<Id>> cases
            = idList(db, u"SELECT id FROM cases WHERE customer_id = ?"_s, { customerId });
        if (!cases.ok())
            return cases.error();
        if (Result<qint64> seq = db.recordChange(cases.value(), now); !seq.ok())
            return seq.error();
        return Done {};
    });
    if (!done.ok())
        return done.error();
    return contactId;
}

Result<Id> importCustomer(Database &db, const ImportedCustomer &customer, Millis now)
{
    Result<EvidenceRules> rules = evidenceRules(db);
    if (!rules.ok())
        return rules.error();
    const EvidenceExtractor keys(rules.value());
    const Customer &p = customer.profile;
    Id customerId = 0;
    Result<Done> done = db.transaction([&]() -> Result<Done> {
        Result<QList<Id>> existing = idList(db,
            u"SELECT id FROM customer WHERE crm_ref = ? AND erased_at = 0 ORDER BY id"_s,
            { p.crmRef });
        if (!existing.ok())
            return existing.error();
        if (existing.value().isEmpty()) {
            Result<Id> created = db.insertReturningId(
                u"INSERT INTO customer (name, crm_ref, email, phone, region, language, vip, notes, "
                "tags, email_key, phone_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?) RETURNING id"_s,
                { p.name, p.crmRef, p.email, p.phone, p.region, p.language, p.vip ? 1 : 0, p.notes,
                    jsonText(tagsJson(customer.tags)), EvidenceExtractor::emailKey(p.email),
                    keys.phoneKey(p.phone), now });
            if (!created.ok())
                return created.error();
            customerId = created.value();
            return Done {};
        }
        customerId = existing.value().constFirst();
        // Only what the record says changes; the rest of the profile stays as agents left it.
        QStringList sets;
        QVariantList values;
        const QList<std::pair<QString, QVariant>> columns { { u"name"_s, p.name },
            { u"email"_s, p.email }, { u"phone"_s, p.phone }, { u"region"_s, p.region },
            { u"language"_s, p.language }, { u"notes"_s, p.notes }, { u"vip"_s, p.vip ? 1 : 0 },
            { u"tags"_s, jsonText(tagsJson(customer.tags)) } };
        for (const auto &[column, value] : columns) {
            if (!customer.present.contains(column))
                continue;
            sets.append(column + u" = ?"_s);
            values.append(value);
        }
        if (customer.present.contains(u"email"_s)) {
            sets.append(u"email_key = ?"_s);
            values.append(EvidenceExtractor::emailKey(p.email));
        }
        if (customer.present.contains(u"phone"_s)) {
            sets.append(u"phone_key = ?"_s);
            values.append(keys.phoneKey(p.phone));
        }
        QList<Id> cases;
        if (!sets.isEmpty()) {
            for (Id id : std::as_const(existing.value())) {
                QVariantList bound = values;
                bound.append(id);
                Result<QSqlQuery> updated = db.exec(
                    u"UPDATE customer SET "_s + sets.join(u", "_s) + u" WHERE id = ?"_s, bound);
                if (!updated.ok())
                    return updated.error();
                Result<QList<Id>> touched
                    = idList(db, u"SELECT id FROM cases WHERE customer_id = ?"_s, { id });
                if (!touched.ok())
                    return touched.error();
                cases += touched.value();
            }
        }
        if (Result<qint64> seq = db.recordChange(cases, now); !seq.ok())
            return seq.error();
        return Done {};
    });
    if (!done.ok())
        return done.error();
    return customerId;
}

} // namespace CareDesk::CustomerStore
