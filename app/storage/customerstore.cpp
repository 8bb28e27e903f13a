// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/customerstore.h"

#include "app/storage/customerstoredetail.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk::CustomerStore {

// Helpers of the customer store; the ones its other files use are in customerstoredetail.h.
namespace Detail {

constexpr Millis hour = Millis(3600) * 1000;

QVariant nullableId(Id id)
{
    return id == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(id);
}

QString lockSuffix(const Database &db)
{
    // SQLite's BEGIN IMMEDIATE holds the write lock already; PostgreSQL locks the rows read.
    return db.isPostgres() ? u" FOR UPDATE"_s : QString();
}

QString jsonText(const QJsonValue &value)
{
    return value.isArray()
        ? QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact))
        : QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

QStringList tagsFrom(const QString &json)
{
    QStringList tags;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array)
        tags.append(v.toString());
    return tags;
}

QJsonArray tagsJson(const QStringList &tags)
{
    QJsonArray array;
    for (const QString &tag : tags) {
        if (!tag.trimmed().isEmpty() && !array.contains(tag.trimmed()))
            array.append(tag.trimmed());
    }
    return array;
}

/// Who did it, for the event: the database's login on PostgreSQL (team mode), the operating
/// system's user on SQLite.
Result<QString> actorName(Database &db)
{
    if (!db.isPostgres()) {
        const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
        return user;
    }
    Result<QSqlQuery> q = db.exec(u"SELECT session_user"_s);
    if (!q.ok())
        return q.error();
    return q.value().next() ? q.value().value(0).toString() : QString();
}

const QString customerColumns
    = u"id, name, crm_ref, email, phone, region, language, vip, notes, created_at, erased_at, tags"_s;

Customer customerFrom(const QSqlQuery &q, QStringList *tags)
{
    Customer c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.crmRef = q.value(2).toString();
    c.email = q.value(3).toString();
    c.phone = q.value(4).toString();
    c.region = q.value(5).toString();
    c.language = q.value(6).toString();
    c.vip = q.value(7).toInt() != 0;
    c.notes = q.value(8).toString();
    c.createdAt = q.value(9).toLongLong();
    c.erasedAt = q.value(10).toLongLong();
    if (tags)
        *tags = tagsFrom(q.value(11).toString());
    return c;
}

Result<std::optional<Customer>> loadCustomer(
    Database &db, Id customerId, bool lock, QStringList *tags)
{
    Result<QSqlQuery> q = db.exec(u"SELECT "_s + customerColumns + u" FROM customer WHERE id = ?"_s
            + (lock ? lockSuffix(db) : QString()),
        { customerId });
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return std::optional<Customer>();
    Customer c = customerFrom(q.value(), tags);
    q.value().finish();
    return std::optional<Customer>(c);
}

Error noCustomer(Id customerId)
{
    return Error { ErrorCode::NotFound, Database::tr("There is no customer %1.").arg(customerId) };
}

Error erasedCustomer(Id customerId)
{
    return Error { ErrorCode::Conflict,
        Database::tr("The customer %1 was erased.").arg(customerId) };
}

Result<QList<Id>> idList(Database &db, const QString &statement, const QVariantList &values)
{
    Result<QSqlQuery> q = db.exec(statement, values);
    if (!q.ok())
        return q.error();
    QList<Id> ids;
    while (q.value().next())
        ids.append(q.value().value(0).toLongLong());
    return ids;
}

/// Cases of a customer the identity wrote in: they belong with the identity.
Result<QList<Id>> casesOfIdentity(Database &db, Id identityId, Id customerId)
{
    return idList(db,
        u"SELECT DISTINCT m.case_id FROM message m JOIN cases c ON c.id = m.case_id WHERE "
        "m.author_identity_id = ? AND m.direction = 'in' AND c.customer_id = ? ORDER BY m.case_id"_s,
        { identityId, customerId });
}

struct LinkRow {
    Id id = 0;
    Id customerId = 0;
    Id previousLinkId = 0;
    Id previousCustomerId = 0;
};

Result<std::optional<LinkRow>> activeLink(Database &db, Id identityId)
{
    Result<QSqlQuery> q
        = db.exec(u"SELECT id, customer_id, previous_link_id, previous_customer_id FROM "
                  "customer_identity WHERE identity_id = ? AND unlinked_at = 0"_s
                + lockSuffix(db),
            { identityId });
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return std::optional<LinkRow>();
    LinkRow row { q.value().value(0).toLongLong(), q.value().value(1).toLongLong(),
        q.value().value(2).toLongLong(), q.value().value(3).toLongLong() };
    q.value().finish();
    return std::optional<LinkRow>(row);
}

Result<Done> moveCases(
    Database &db, Id linkId, const QList<Id> &caseIds, Id fromCustomer, Id toCustomer)
{
    for (Id caseId : caseIds) {
        Result<QSqlQuery> recorded
            = db.exec(u"INSERT INTO customer_identity_case (link_id, case_id, previous_customer_id) "
                      "VALUES (?, ?, ?)"_s,
                { linkId, caseId, nullableId(fromCustomer) });
        if (!recorded.ok())
            return recorded.error();
        // The version stays: who the customer is does not make an agent's reply stale, and an
        // unlink has to give the row back exactly as it was.
        Result<QSqlQuery> moved
            = db.exec(u"UPDATE cases SET customer_id = ? WHERE id = ?"_s, { toCustomer, caseId });
        if (!moved.ok())
            return moved.error();
    }
    return Done {};
}

QJsonObject identityJson(const Identity &i)
{
    return QJsonObject { { u"id"_s, QString::number(i.id) },
        { u"platform"_s, toString(i.platform) }, { u"platform_user_id"_s, i.platformUserId },
        { u"handle"_s, i.handle }, { u"display_name"_s, i.displayName },
        { u"audience"_s, i.audience }, { u"created_at"_s, toIsoUtc(i.createdAt) } };
}

QJsonValue timeOrNull(Millis value)
{
    return value == 0 ? QJsonValue() : QJsonValue(toIsoUtc(value));
}

QString idText(const QVariant &value)
{
    return value.isNull() || value.toLongLong() == 0 ? QString()
                                                     : QString::number(value.toLongLong());
}

} // namespace Detail

using namespace Detail;

Result<QString> setting(Database &db, const QString &name, const QString &fallback)
{
    Result<QSqlQuery> q = db.exec(u"SELECT value FROM setting WHERE name = ?"_s, { name });
    if (!q.ok())
        return q.error();
    return q.value().next() ? q.value().value(0).toString() : fallback;
}

Result<Done> setSetting(Database &db, const QString &name, const QString &value)
{
    Result<QSqlQuery> q
        = db.exec(u"INSERT INTO setting (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE "
                  "SET value = excluded.value"_s,
            { name, value });
    if (!q.ok())
        return q.error();
    return Done {};
}

Result<EvidenceRules> evidenceRules(Database &db)
{
    EvidenceRules rules;
    Result<QString> pattern
        = setting(db, QString::fromLatin1(orderPatternSetting), rules.orderPattern);
    if (!pattern.ok())
        return pattern.error();
    rules.orderPattern = pattern.value();
    return rules;
}

Result<Millis> caseLinkWindow(Database &db)
{
    Result<QString> hours = setting(db, QString::fromLatin1(caseLinkWindowSetting), u"48"_s);
    if (!hours.ok())
        return hours.error();
    bool ok = false;
    const double value = hours.value().toDouble(&ok);
    return ok && value > 0 ? Millis(value * hour) : 48 * hour;
}

Result<Id> agentByName(Database &db, const QString &name, bool create, Millis now)
{
    Result<QSqlQuery> q = db.exec(u"SELECT id FROM agent WHERE name = ?"_s, { name });
    if (!q.ok())
        return q.error();
    if (q.value().next())
        return q.value().value(0).toLongLong();
    if (!create)
        return Error { ErrorCode::NotFound, Database::tr("There is no agent %1.").arg(name) };
    return db.insertReturningId(
        u"INSERT INTO agent (name, display_name, created_at) VALUES (?, ?, ?) RETURNING id"_s,
        { name, name, now });
}

Result<Done> updateProfile(Database &db, const Customer &profile, Millis now)
{
    Result<EvidenceRules> rules = evidenceRules(db);
    if (!rules.ok())
        return rules.error();
    const EvidenceExtractor keys(rules.value());
    return db.transaction([&]() -> Result<Done> {
        Result<QSqlQuery> updated = db.exec(
            u"UPDATE customer SET name = ?, email = ?, phone = ?, region = ?, language = ?, vip = "
            "?, email_key = ?, phone_key = ? WHERE crm_ref = ? AND erased_at = 0 RETURNING id"_s,
            { profile.name, profile.email, profile.phone, profile.region, profile.language,
                profile.vip ? 1 : 0, EvidenceExtractor::emailKey(profile.email),
                keys.phoneKey(profile.phone), profile.crmRef });
        if (!updated.ok())
            return updated.error();
        QList<Id> customers;
        while (updated.value().next())
            customers.append(updated.value().value(0).toLongLong());
        if (customers.isEmpty())
            return Error { ErrorCode::NotFound,
                Database::tr("There is no customer %1.").arg(profile.crmRef) };
        QList<Id> cases;
        for (Id customerId : std::as_const(customers)) {
            Result<QList<Id>> touched
                = idList(db, u"SELECT id FROM cases WHERE customer_id = ?"_s, { customerId });
            if (!touched.ok())
                return touched.error();
            cases += touched.value();
        }
        if (Result<qint64> seq = db.recordChange(cases, now); !seq.ok())
            return seq.error();
        return Done {};
    });
}

Result<Id> addSlaPolicy(Database &db, const SlaPolicy &policy)
{
    QJsonObject hours;
    if (!policy.hours.alwaysOpen) {
        QJsonArray days;
        for (const DayHours &d : policy.hours.days)
            days.append(QJsonArray { d.startMinute, d.endMinute });
        hours = QJsonObject { { u"time_zone"_s, policy.hours.timeZone }, { u"days"_s, days } };
    }
    const QVariant none(QMetaType(QMetaType::QString));
    return db.insertReturningId(
        u"INSERT INTO sla_policy (platform, priority, first_response_minutes, "
        "next_response_minutes, resolution_minutes, at_risk_percent, business_hours) VALUES (?, ?, "
        "?, ?, ?, ?, ?) RETURNING id"_s,
        { policy.platform ? QVariant(toString(*policy.platform)) : none,
            policy.priority ? QVariant(toString(*policy.priority)) : none,
            policy.firstResponseMinutes, policy.nextResponseMinutes, policy.resolutionMinutes,
            policy.atRiskPercent,
            QString::fromUtf8(QJsonDocument(hours).toJson(QJsonDocument::Compact)) });
}

Result<CustomerProfile> profile(Database &db, Id customerId)
{
    CustomerProfile p;
    Result<std::optional<Customer>> customer = loadCustomer(db, customerId, false, &p.tags);
    if (!customer.ok())
        return customer.error();
    if (!customer.value())
        return noCustomer(customerId);
    p.customer = *customer.value();
    Result<QSqlQuery> identities
        = db.exec(u"SELECT i.id, i.platform, i.platform_user_id, i.handle, i.display_name, "
                  "i.audience, i.created_at, ci.id, ci.linked_at, ci.linked_by, "
                  "ci.previous_customer_id, ci.evidence FROM customer_identity ci JOIN identity i "
                  "ON i.id = ci.identity_id WHERE ci.customer_id = ? AND ci.unlinked_at = 0 ORDER "
                  "BY ci.linked_at, i.id"_s,
            { customerId });
    if (!identities.ok())
        return identities.error();
    while (identities.value().next()) {
        const QSqlQuery &q = identities.value();
        LinkedIdentity li;
        li.identity.id = q.value(0).toLongLong();
        li.identity.platform = platformFromString(q.value(1).toString()).value_or(Platform::X);
        li.identity.platformUserId = q.value(2).toString();
        li.identity.handle = q.value(3).toString();
        li.identity.displayName = q.value(4).toString();
        li.identity.audience = q.value(5).toLongLong();
        li.identity.createdAt = q.value(6).toLongLong();
        li.linkId = q.value(7).toLongLong();
        li.linkedAt = q.value(8).toLongLong();
        li.linkedBy = q.value(9).toLongLong();
        li.previousCustomerId = q.value(10).toLongLong();
        li.evidence = q.value(11).toString();
        p.identities.append(li);
    }
    Result<QSqlQuery> count
        = db.exec(u"SELECT COUNT(*) FROM cases WHERE customer_id = ?"_s, { customerId });
    if (!count.ok())
        return count.error();
    if (count.value().next())
        p.caseCount = count.value().value(0).toInt();
    return p;
}

Result<CustomerProfile> saveProfile(
    Database &db, const Customer &profileIn, const QStringList &tags, Millis now)
{
    if (!profileIn.email.trimmed().isEmpty()
        && EvidenceExtractor::emailKey(profileIn.email).isEmpty()) {
        return Error { ErrorCode::Invalid,
            Database::tr("\"%1\" is not an e-mail address.").arg(profileIn.email.trimmed()) };
    }
    Result<EvidenceRules> rules = evidenceRules(db);
    if (!rules.ok())
        return rules.error();
    const EvidenceExtractor keys(rules.value());
    Result<Done> done = db.transaction([&]() -> Result<Done> {
        Result<std::optional<Customer>> existing = loadCustomer(db, profileIn.id, true);
        if (!existing.ok())
            return existing.error();
        if (!existing.value())
            return noCustomer(profileIn.id);
        if (existing.value()->erasedAt != 0)
            return erasedCustomer(profileIn.id);
        Result<QSqlQuery> updated
            = db.exec(u"UPDATE customer SET name = ?, crm_ref = ?, email = ?, phone = ?, region = "
                      "?, language = ?, vip = ?, notes = ?, tags = ?, email_key = ?, phone_key = ? "
                      "WHERE id = ?"_s,
                { profileIn.name.trimmed(), profileIn.crmRef.trimmed(), profileIn.email.trimmed(),
                    profileIn.phone.trimmed(), profileIn.region.trimmed(),
                    profileIn.language.trimmed(), profileIn.vip ? 1 : 0, profileIn.notes,
                    jsonText(tagsJson(tags)), EvidenceExtractor::emailKey(profileIn.email),
                    keys.phoneKey(profileIn.phone), profileIn.id });
        if (!updated.ok())
            return updated.error();
        Result<QList<Id>> cases
            = idList(db, u"SELECT id FROM cases WHERE customer_id = ?"_s, { profileIn.id });
        if (!cases.ok())
            return cases.error();
        if (Result<qint64> seq = db.recordChange(cases.value(), now); !seq.ok())
            return seq.error();
        return Done {};
    });
    if (!done.ok())
        return done.error();
    return profile(db, profileIn.id);
}

Result<IdentityMove> link(Database &db, Id identityId, Id customerId,
    std::optional<EvidenceKind> evidence, Id agentId, Millis now)
{
    IdentityMove move;
    move.identityId = identityId;
    move.toCustomerId = customerId;
    Result<Done> done = db.transaction([&]() -> Result<Done> {
        Result<std::optional<Customer>> target = loadCustomer(db, customerId, true);
        if (!target.ok())
            return target.error();
        if (!target.value())
            return noCustomer(customerId);
        if (target.value()->erasedAt != 0)
            return erasedCustomer(customerId);
        Result<QSqlQuery> identity
            = db.exec(u"SELECT id FROM identity WHERE id = ?"_s, { identityId });
        if (!identity.ok())
            return identity.error();
        if (!identity.value().next())
            return Error { ErrorCode::NotFound,
                Database::tr("There is no identity %1.").arg(identityId) };
        identity.value().finish();
        Result<std::optional<LinkRow>> current = activeLink(db, identityId);
        if (!current.ok())
            return current.error();
        if (current.value() && current.value()->customerId == customerId) {
            return Error { ErrorCode::Conflict,
                Database::tr("The identity %1 belongs to the customer %2 already.")
                    .arg(identityId)
                    .arg(customerId) };
        }
        const Id from = current.value() ? current.value()->customerId : 0;
        if (from != 0) {
            Result<std::optional<Customer>> source = loadCustomer(db, from, false);
            if (!source.ok())
                return source.error();
            if (source.value() && source.value()->erasedAt != 0)
                return erasedCustomer(from);
            Result<QSqlQuery> ended = db.exec(
                u"UPDATE customer_identity SET unlinked_at = ?, unlinked_by = ? WHERE id = ?"_s,
                { now, agentId, current.value()->id });
            if (!ended.ok())
                return ended.error();
        }
        move.fromCustomerId = from;
        Result<Id> created = db.insertReturningId(
            u"INSERT INTO customer_identity (customer_id, identity_id, linked_at, linked_by, "
            "previous_link_id, previous_customer_id, evidence) VALUES (?, ?, ?, ?, ?, ?, ?) "
            "RETURNING id"_s,
            { customerId, identityId, now, agentId,
                nullableId(current.value() ? current.value()->id : 0), nullableId(from),
                evidence ? toString(*evidence) : u"manual"_s });
        if (!created.ok())
            return created.error();
        move.linkId = created.value();
        QList<Id> cases;
        if (from != 0) {
            Result<QList<Id>> authored = casesOfIdentity(db, identityId, from);
            if (!authored.ok())
                return authored.error();
            cases = authored.value();
            if (Result<Done> moved = moveCases(db, move.linkId, cases, from, customerId);
                !moved.ok())
                return moved;
        }
        move.casesMoved = static_cast<int>(cases.size());
        Result<QString> actor = actorName(db);
        if (!actor.ok())
            return actor.error();
        Event event;
        event.type = EventType::IdentityLinked;
        event.at = now;
        event.agentId = agentId;
        event.customerId = customerId;
        event.data = QJsonObject { { u"identity_id"_s, QString::number(identityId) },
            { u"link_id"_s, QString::number(move.linkId) },
            { u"from_customer_id"_s, from == 0 ? QString() : QString::number(from) },
            { u"cases_moved"_s, move.casesMoved },
            { u"evidence"_s, evidence ? toString(*evidence) : u"manual"_s },
            { u"by"_s, actor.value() } };
        if (Result<Id> e = db.appendEvent(event); !e.ok())
            return e.error();
        if (Result<qint64> seq = db.recordChange(cases, now); !seq.ok())
            return seq.error();
        return Done {};
    });
    if (!done.ok())
        return done.error();
    return move;
}

Result<IdentityMove> unlink(Database &db, Id identityId, Id agentId, Millis now)
{
    IdentityMove move;
    move.identityId = identityId;
    Result<Done> done = db.transaction([&]() -> Result<Done> {
        Result<std::optional<LinkRow>> current = activeLink(db, identityId);
        if (!current.ok())
            return current.error();
        if (!current.value()) {
            Result<QSqlQuery> identity
                = db.exec(u"SELECT id FROM identity WHERE id = ?"_s, { identityId });
            if (!identity.ok())
                return identity.error();
            if (!identity.value().next())
                return Error { ErrorCode::NotFound,
                    Database::tr("There is no identity %1.").arg(identityId) };
            return Error { ErrorCode::Conflict,
                Database::tr("The identity %1 is not linked to a customer.").arg(identityId) };
        }
        const LinkRow link = *current.value();
        move.fromCustomerId = link.customerId;
        Result<std::optional<Customer>> owner = loadCustomer(db, link.customerId, true);
        if (!owner.ok())
            return owner.error();
        if (owner.value() && owner.value()->erasedAt != 0)
            return erasedCustomer(link.customerId);

        Result<QSqlQuery> ended = db.exec(
            u"UPDATE customer_identity SET unlinked_at = ?, unlinked_by = ? WHERE id = ?"_s,
            { now, agentId, link.id });
        if (!ended.ok())
            return ended.error();

        // The cases the identity wrote in go with it: back where the link found them.
        Result<QList<Id>> authored = casesOfIdentity(db, identityId, link.customerId);
        if (!authored.ok())
            return authored.error();
        QHash<Id, Id> previousOwner;
        Result<QSqlQuery> recorded = db.exec(
            u"SELECT case_id, previous_customer_id FROM customer_identity_case WHERE link_id = ?"_s,
            { link.id });
        if (!recorded.ok())
            return recorded.error();
        while (recorded.value().next())
            previousOwner.insert(
                recorded.value().value(0).toLongLong(), recorded.value().value(1).toLongLong());

        if (link.previousLinkId != 0) {
            // Undo: the link this one replaced holds again, exactly as it was.
            Result<QSqlQuery> restored = db.exec(
                u"UPDATE customer_identity SET unlinked_at = 0, unlinked_by = 0 WHERE id = ?"_s,
                { link.previousLinkId });
            if (!restored.ok())
                return restored.error();
            Result<QSqlQuery> owner
                = db.exec(u"SELECT customer_id FROM customer_identity WHERE id = ?"_s,
                    { link.previousLinkId });
            if (!owner.ok())
                return owner.error();
            if (!owner.value().next())
                return Error { ErrorCode::Corrupt,
                    Database::tr("The previous link of identity %1 is missing.").arg(identityId) };
            move.toCustomerId = owner.value().value(0).toLongLong();
            owner.value().finish();
            move.linkId = link.previousLinkId;
            for (Id caseId : std::as_const(authored.value())) {
                Result<QSqlQuery> back = db.exec(u"UPDATE cases SET customer_id = ? WHERE id = ?"_s,
                    { previousOwner.value(caseId, move.toCustomerId), caseId });
                if (!back.ok())
                    return back.error();
            }
            move.casesMoved = static_cast<int>(authored.value().size());
        } else {
            // The identity's first link: it leaves for a customer of its own. That is a link
            // too, and unlinking it brings the identity back here.
            Result<QSqlQuery> others = db.exec(
                u"SELECT COUNT(*) FROM customer_identity WHERE customer_id = ? AND unlinked_at = 0"_s,
                { link.customerId });
            if (!others.ok())
                return others.error();
            others.value().next();
            if (others.value().value(0).toLongLong() == 0) {
                return Error { ErrorCode::Conflict,
                    Database::tr(
                        "The identity %1 is the only one of customer %2; there is nothing to unlink "
                        "it from.")
                        .arg(identityId)
                        .arg(link.customerId) };
            }
            others.value().finish();
            Result<QSqlQuery> identity = db.exec(
                u"SELECT display_name, handle FROM identity WHERE id = ?"_s, { identityId });
            if (!identity.ok())
                return identity.error();
            QString name;
            if (identity.value().next())
                name = identity.value().value(0).toString().isEmpty()
                    ? identity.value().value(1).toString()
                    : identity.value().value(0).toString();
            identity.value().finish();
            Result<Id> customer = db.insertReturningId(
                u"INSERT INTO customer (name, created_at) VALUES (?, ?) RETURNING id"_s,
                { name, now });
            if (!customer.ok())
                return customer.error();
            move.toCustomerId = customer.value();
            move.createdCustomer = true;
            Result<Id> split = db.insertReturningId(
                u"INSERT INTO customer_identity (customer_id, identity_id, linked_at, linked_by, "
                "previous_link_id, previous_customer_id, evidence) VALUES (?, ?, ?, ?, ?, ?, "
                "'unlinked') RETURNING id"_s,
                { move.toCustomerId, identityId, now, agentId, link.id, link.customerId });
            if (!split.ok())
                return split.error();
            move.linkId = split.value();
            if (Result<Done> moved
                = moveCases(db, move.linkId, authored.value(), link.customerId, move.toCustomerId);
                !moved.ok())
                return moved;
            move.casesMoved = static_cast<int>(authored.value().size());
        }
        Result<QString> actor = actorName(db);
        if (!actor.ok())
            return actor.error();
        Event event;
        event.type = EventType::IdentityUnlinked;
        event.at = now;
        event.agentId = agentId;
        event.customerId = link.customerId;
        event.data = QJsonObject { { u"identity_id"_s, QString::number(identityId) },
            { u"link_id"_s, QString::number(link.id) },
            { u"to_customer_id"_s, QString::number(move.toCustomerId) },
            { u"restored_link_id"_s, QString::number(move.linkId) },
            { u"cases_moved"_s, move.casesMoved }, { u"new_customer"_s, move.createdCustomer },
            { u"by"_s, actor.value() } };
        if (Result<Id> e = db.appendEvent(event); !e.ok())
            return e.error();
        if (Result<qint64> seq = db.recordChange(authored.value(), now); !seq.ok())
            return seq.error();
        return Done {};
    });
    if (!done.ok())
        return done.error();
    return move;
}

Result<Done> linkCases(
    Database &db, Id caseId, Id otherCaseId, const QString &reason, Id agentId, Millis now)
{
    if (caseId == otherCaseId)
        return Error { ErrorCode::Invalid, Database::tr("A case cannot be linked to itself.") };
    return db.transaction([&]() -> Result<Done> {
        for (Id id : { caseId, otherCaseId }) {
            Result<QSqlQuery> found = db.exec(u"SELECT id FROM cases WHERE id = ?"_s, { id });
            if (!found.ok())
                return found.error();
            if (!found.value().next())
                return Error { ErrorCode::NotFound, Database::tr("There is no case %1.").arg(id) };
            found.value().finish();
        }
        const QList<std::pair<Id, Id>> pairs { { caseId, otherCaseId }, { otherCaseId, caseId } };
        for (const auto &[from, to] : pairs) {
            Result<QSqlQuery> inserted
                = db.exec(u"INSERT INTO case_link (case_id, linked_case_id, reason, created_by, "
                          "created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (case_id, linked_case_id) "
                          "DO NOTHING RETURNING id"_s,
                    { from, to, reason.left(200), agentId, now });
            if (!inserted.ok())
                return inserted.error();
            if (!inserted.value().next())
                continue; // linked before
            inserted.value().finish();
            Result<QSqlQuery> owner
                = db.exec(u"SELECT customer_id FROM cases WHERE id = ?"_s, { from });
            if (!owner.ok())
                return owner.error();
            const Id customerId = owner.value().next() ? owner.value().value(0).toLongLong() : 0;
            owner.value().finish();
            Event event;
            event.type = EventType::CaseLinked;
            event.at = now;
            event.agentId = agentId;
            event.caseId = from;
            event.customerId = customerId;
            event.data = QJsonObject { { u"linked_case_id"_s, QString::number(to) } };
            if (Result<Id> e = db.appendEvent(event); !e.ok())
                return e.error();
        }
        if (Result<qint64> seq = db.recordChange({ caseId, otherCaseId }, now); !seq.ok())
            return seq.error();
        return Done {};
    });
}

} // namespace CareDesk::CustomerStore
