// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/evidencestore.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk::EvidenceStore {

namespace {

/// A value more people than this share is not evidence about a person (a shop's own address,
/// a common name): it is left out.
constexpr int maxSharing = 5;
constexpr int messageBatch = 2000;

QString rulesText(const EvidenceRules &rules)
{
    return rules.orderPattern + u'\n' + rules.trunkZeroCountry + u'\n' + rules.trunkEightCountry;
}

Result<Done> insertKey(
    Database &db, Id identityId, EvidenceKind kind, const QString &value, Id messageId)
{
    Result<QSqlQuery> q = db.exec(
        u"INSERT INTO identity_key (identity_id, kind, value, message_id) VALUES (?, ?, ?, ?) ON "
        "CONFLICT DO NOTHING"_s,
        { identityId, toString(kind), value,
            messageId == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(messageId) });
    if (!q.ok())
        return q.error();
    return Done {};
}

Identity identityFrom(const QSqlQuery &q, int at)
{
    Identity i;
    i.id = q.value(at).toLongLong();
    i.platform = platformFromString(q.value(at + 1).toString()).value_or(Platform::X);
    i.platformUserId = q.value(at + 2).toString();
    i.handle = q.value(at + 3).toString();
    i.displayName = q.value(at + 4).toString();
    i.audience = q.value(at + 5).toLongLong();
    i.createdAt = q.value(at + 6).toLongLong();
    return i;
}

const QString identityColumns
    = u"i.id, i.platform, i.platform_user_id, i.handle, i.display_name, i.audience, i.created_at"_s;

/// Something one side has: a key of an identity (or of the customer's profile when identity
/// is 0) and, for keys written in messages, where.
struct Side {
    Identity identity;
    EvidenceKind kind = EvidenceKind::Email;
    QString value;
    bool fromMessage = false;
    Id messageId = 0;
    Id caseId = 0;
};

/// Another customer that has the same key.
struct Match {
    Id customerId = 0;
    QString customerName;
    Identity identity; ///< id 0: the customer's profile has it
    bool fromMessage = false;
    Id messageId = 0;
    Id caseId = 0;
};

class Finder
{
public:
    Finder(Database &db, Id customerId)
        : m_db(db)
        , m_customerId(customerId)
    {
    }

    Result<Done> add(const Side &a)
    {
        QList<Match> matches;
        if (a.kind != EvidenceKind::CrmId) {
            // Identities of other customers with the same key.
            Result<QSqlQuery> q = m_db.exec(
                u"SELECT ci.customer_id, cu.name, ik.message_id, COALESCE(m.case_id, 0), "_s
                    + identityColumns
                    + u" FROM identity_key ik JOIN customer_identity ci ON ci.identity_id = "
                      "ik.identity_id AND ci.unlinked_at = 0 JOIN customer cu ON cu.id = "
                      "ci.customer_id JOIN identity i ON i.id = ik.identity_id LEFT JOIN message m "
                      "ON m.id = ik.message_id WHERE ik.kind = ? AND ik.value = ? AND "
                      "ci.customer_id <> ? AND cu.erased_at = 0 ORDER BY ik.identity_id LIMIT ?"_s,
                { toString(a.kind), a.value, m_customerId, maxSharing + 1 });
            if (!q.ok())
                return q.error();
            while (q.value().next()) {
                const QSqlQuery &r = q.value();
                Match m;
                m.customerId = r.value(0).toLongLong();
                m.customerName = r.value(1).toString();
                m.messageId = r.value(2).toLongLong();
                m.caseId = r.value(3).toLongLong();
                m.fromMessage = m.messageId != 0;
                m.identity = identityFrom(r, 4);
                matches.append(m);
            }
        }
        if (a.kind == EvidenceKind::Email || a.kind == EvidenceKind::Phone
            || a.kind == EvidenceKind::CrmId) {
            // Profiles of other customers with it.
            const QString column = a.kind == EvidenceKind::Email ? u"email_key"_s
                : a.kind == EvidenceKind::Phone                  ? u"phone_key"_s
                                                                 : u"crm_ref"_s;
            // "<> ''" lets SQLite use the partial indexes on the keys.
            Result<QSqlQuery> q
                = m_db.exec(u"SELECT id, name FROM customer WHERE "_s + column + u" = ? AND "_s
                        + column + u" <> '' AND id <> ? AND erased_at = 0 ORDER BY id LIMIT ?"_s,
                    { a.value, m_customerId, maxSharing + 1 });
            if (!q.ok())
                return q.error();
            while (q.value().next()) {
                Match m;
                m.customerId = q.value().value(0).toLongLong();
                m.customerName = q.value().value(1).toString();
                matches.append(m);
            }
        }
        QSet<Id> customers;
        for (const Match &m : std::as_const(matches))
            customers.insert(m.customerId);
        if (customers.size() > maxSharing)
            return Done {};
        for (const Match &m : std::as_const(matches)) {
            if (a.kind == EvidenceKind::SameHandle && a.identity.platform == m.identity.platform)
                continue; // one platform has one user per handle: that would be the same
                          // identity
            if (a.kind == EvidenceKind::DisplayNameAndCase) {
                Result<bool> linked = casesLinked(m.customerId);
                if (!linked.ok())
                    return linked.error();
                if (!linked.value())
                    continue;
            }
            Result<Done> added = expand(a, m);
            if (!added.ok())
                return added;
        }
        return Done {};
    }

    QList<LinkSuggestion> take()
    {
        std::stable_sort(
            m_found.begin(), m_found.end(), [](const LinkSuggestion &x, const LinkSuggestion &y) {
                return strength(x.kind) < strength(y.kind);
            });
        for (LinkSuggestion &s : m_found)
            s.evidence = JourneyText::evidence(s);
        return m_found;
    }

private:
    static int strength(EvidenceKind kind)
    {
        switch (kind) {
        case EvidenceKind::CrmId:
            return 0;
        case EvidenceKind::Email:
            return 1;
        case EvidenceKind::Phone:
            return 2;
        case EvidenceKind::OrderNumber:
            return 3;
        case EvidenceKind::SameHandle:
            return 4;
        case EvidenceKind::DisplayNameAndCase:
            return 5;
        }
        return 6;
    }

    Result<bool> casesLinked(Id otherCustomer)
    {
        Result<QSqlQuery> q
            = m_db.exec(u"SELECT 1 FROM case_link l JOIN cases x ON x.id = l.case_id JOIN cases y "
                        "ON y.id = l.linked_case_id WHERE x.customer_id = ? AND y.customer_id = ? "
                        "LIMIT 1"_s,
                { m_customerId, otherCustomer });
        if (!q.ok())
            return q.error();
        return q.value().next();
    }

    Result<QList<Identity>> identitiesOf(Id customerId)
    {
        if (m_identities.contains(customerId))
            return m_identities.value(customerId);
        Result<QSqlQuery> q = m_db.exec(u"SELECT "_s + identityColumns
                + u" FROM customer_identity ci JOIN identity i ON i.id = ci.identity_id WHERE "
                  "ci.customer_id = ? AND ci.unlinked_at = 0 ORDER BY i.id"_s,
            { customerId });
        if (!q.ok())
            return q.error();
        QList<Identity> list;
        while (q.value().next())
            list.append(identityFrom(q.value(), 0));
        m_identities.insert(customerId, list);
        return list;
    }

    /// Which way a link goes: towards the customer with a profile (a CRM id, an address or a
    /// number), else the one with more identities, else the older one; whichever case the agent
    /// looks from, the same link is proposed, and no profile is left behind without its people.
    Result<bool> prefersOther(Id otherCustomer)
    {
        Result<qint64> ours = weight(m_customerId);
        if (!ours.ok())
            return ours.error();
        Result<qint64> theirs = weight(otherCustomer);
        if (!theirs.ok())
            return theirs.error();
        if (ours.value() != theirs.value())
            return theirs.value() > ours.value();
        return otherCustomer < m_customerId;
    }

    Result<qint64> weight(Id customerId)
    {
        if (m_weights.contains(customerId))
            return m_weights.value(customerId);
        Result<QSqlQuery> q = m_db.exec(u"SELECT CASE WHEN crm_ref <> '' OR email_key <> '' OR "
                                        "phone_key <> '' THEN 1 ELSE 0 END, (SELECT COUNT(*) FROM "
                                        "customer_identity ci WHERE ci.customer_id = customer.id "
                                        "AND ci.unlinked_at = 0) FROM customer WHERE id = ?"_s,
            { customerId });
        if (!q.ok())
            return q.error();
        qint64 w = 0;
        if (q.value().next())
            w = q.value().value(0).toLongLong() * 1000000 + q.value().value(1).toLongLong();
        m_weights.insert(customerId, w);
        return w;
    }

    /// An agent who undid this link does not want to be asked again.
    Result<bool> undoneBefore(Id identityId, Id customerId)
    {
        Result<QSqlQuery> q = m_db.exec(
            u"SELECT 1 FROM customer_identity WHERE identity_id = ? AND customer_id = ? AND "
            "unlinked_at <> 0 LIMIT 1"_s,
            { identityId, customerId });
        if (!q.ok())
            return q.error();
        return q.value().next();
    }

    /// Turns a match into suggestions, one per link an agent could make: the other identity to
    /// this customer, or, when the other customer is only a profile, this identity to it.
    Result<Done> expand(const Side &a, const Match &m)
    {
        QList<std::pair<Identity, Identity>> pairs; // (a, b)
        if (m.identity.id != 0) {
            pairs.append({ a.identity, m.identity });
        } else {
            Result<QList<Identity>> theirs = identitiesOf(m.customerId);
            if (!theirs.ok())
                return theirs.error();
            if (!theirs.value().isEmpty()) {
                for (const Identity &b : std::as_const(theirs.value()))
                    pairs.append({ a.identity, b });
            } else if (a.identity.id != 0) {
                pairs.append({ a.identity, Identity {} });
            } else {
                Result<QList<Identity>> ours = identitiesOf(m_customerId);
                if (!ours.ok())
                    return ours.error();
                for (const Identity &own : std::as_const(ours.value()))
                    pairs.append({ own, Identity {} });
            }
        }
        Result<bool> towardsOther = prefersOther(m.customerId);
        if (!towardsOther.ok())
            return towardsOther.error();
        for (const auto &[ia, ib] : pairs) {
            LinkSuggestion s;
            s.a = ia;
            s.b = ib;
            s.customerA = m_customerId;
            s.customerB = m.customerId;
            s.customerBName = m.customerName;
            s.kind = a.kind;
            s.value = a.value;
            s.aFromMessage = a.fromMessage;
            s.bFromMessage = m.fromMessage;
            s.messageId = a.messageId != 0 ? a.messageId : m.messageId;
            s.caseId = a.messageId != 0 ? a.caseId : m.caseId;
            if (towardsOther.value() && ia.id != 0) {
                s.moveIdentityId = ia.id;
                s.toCustomerId = m.customerId;
            } else if (ib.id != 0) {
                s.moveIdentityId = ib.id;
                s.toCustomerId = m_customerId;
            } else if (ia.id != 0) {
                s.moveIdentityId = ia.id;
                s.toCustomerId = m.customerId;
            } else {
                continue;
            }
            const auto same = [&s](const LinkSuggestion &o) {
                return o.moveIdentityId == s.moveIdentityId && o.toCustomerId == s.toCustomerId
                    && o.kind == s.kind && o.value == s.value;
            };
            if (std::any_of(m_found.cbegin(), m_found.cend(), same))
                continue;
            Result<bool> undone = undoneBefore(s.moveIdentityId, s.toCustomerId);
            if (!undone.ok())
                return undone.error();
            if (undone.value())
                continue;
            m_found.append(s);
        }
        return Done {};
    }

    Database &m_db;
    Id m_customerId;
    QList<LinkSuggestion> m_found;
    QHash<Id, QList<Identity>> m_identities;
    QHash<Id, qint64> m_weights;
};

} // namespace

Result<Done> refresh(Database &db, const EvidenceExtractor &extractor)
{
    const QString rules = rulesText(extractor.rules());
    const auto readState = [&db]() -> Result<QSqlQuery> {
        return db.exec(
            u"SELECT identity_id, message_id, profiles, rules, (SELECT COALESCE(MAX(id), 0) FROM "
            "identity), (SELECT COALESCE(MAX(id), 0) FROM message) FROM identity_key_scan WHERE id "
            "= 1"_s);
    };
    {
        // Most calls find nothing new and write nothing.
        Result<QSqlQuery> state = readState();
        if (!state.ok())
            return state.error();
        if (!state.value().next())
            return Error { ErrorCode::Corrupt,
                Database::tr("The workspace has no evidence index.") };
        const QSqlQuery &s = state.value();
        if (s.value(3).toString() == rules && s.value(2).toInt() == 1
            && s.value(0).toLongLong() >= s.value(4).toLongLong()
            && s.value(1).toLongLong() >= s.value(5).toLongLong())
            return Done {};
    }
    // The index is derived data: its keys and its mark commit together, and after a power cut
    // that lost them the same messages are simply read again. So this one transaction need not
    // wait for the disk (SQLite's WAL keeps it atomic either way); every other write does.
    const bool relaxed = !db.isPostgres() && db.exec(u"PRAGMA synchronous = NORMAL"_s).ok();
    Result<Done> done = db.transaction([&]() -> Result<Done> {
        if (db.isPostgres()) {
            // Desktops catch up one at a time.
            Result<QSqlQuery> lock
                = db.exec(u"SELECT id FROM identity_key_scan WHERE id = 1 FOR UPDATE"_s);
            if (!lock.ok())
                return lock.error();
        }
        Result<QSqlQuery> state = readState();
        if (!state.ok())
            return state.error();
        state.value().next();
        Id identityMark = state.value().value(0).toLongLong();
        Id messageMark = state.value().value(1).toLongLong();
        bool profilesDone = state.value().value(2).toInt() == 1;
        const bool sameRules = state.value().value(3).toString() == rules;
        state.value().finish();
        if (!sameRules) {
            Result<QSqlQuery> cleared = db.exec(
                u"DELETE FROM identity_key WHERE kind IN ('email', 'phone', 'order_number')"_s);
            if (!cleared.ok())
                return cleared.error();
            messageMark = 0;
            profilesDone = false;
        }
        const QString marker = JourneyText::redactionMarker();
        if (!profilesDone) {
            // Profiles written before the keys existed (or under other phone rules).
            Result<QSqlQuery> profiles = db.exec(
                u"SELECT id, email, phone FROM customer WHERE (email <> '' OR phone <> '') AND erased_at = 0"_s);
            if (!profiles.ok())
                return profiles.error();
            QList<std::tuple<Id, QString, QString>> keys;
            while (profiles.value().next()) {
                keys.append({ profiles.value().value(0).toLongLong(),
                    EvidenceExtractor::emailKey(profiles.value().value(1).toString()),
                    extractor.phoneKey(profiles.value().value(2).toString()) });
            }
            for (const auto &[id, email, phone] : std::as_const(keys)) {
                Result<QSqlQuery> updated
                    = db.exec(u"UPDATE customer SET email_key = ?, phone_key = ? WHERE id = ?"_s,
                        { email, phone, id });
                if (!updated.ok())
                    return updated.error();
            }
        }
        Result<QSqlQuery> identities
            = db.exec(u"SELECT id, handle, display_name FROM identity WHERE id > ? ORDER BY id"_s,
                { identityMark });
        if (!identities.ok())
            return identities.error();
        QList<std::tuple<Id, QString, QString>> newIdentities;
        while (identities.value().next()) {
            newIdentities.append({ identities.value().value(0).toLongLong(),
                identities.value().value(1).toString(), identities.value().value(2).toString() });
        }
        for (const auto &[id, handle, name] : std::as_const(newIdentities)) {
            identityMark = std::max(identityMark, id);
            if (handle == marker)
                continue; // erased
            if (const QString key = EvidenceExtractor::handleKey(handle); !key.isEmpty()) {
                if (Result<Done> added = insertKey(db, id, EvidenceKind::SameHandle, key, 0);
                    !added.ok())
                    return added;
            }
            if (const QString key = EvidenceExtractor::nameKey(name); !key.isEmpty()) {
                if (Result<Done> added
                    = insertKey(db, id, EvidenceKind::DisplayNameAndCase, key, 0);
                    !added.ok())
                    return added;
            }
        }
        for (;;) {
            // Every message moves the mark; only customers' private messages are read.
            Result<QSqlQuery> messages
                = db.exec(u"SELECT id, COALESCE(author_identity_id, 0), CASE WHEN direction = 'in' "
                          "AND visibility = 'private' THEN text ELSE '' END FROM message WHERE id > "
                          "? ORDER BY id LIMIT ?"_s,
                    { messageMark, messageBatch });
            if (!messages.ok())
                return messages.error();
            QList<std::tuple<Id, Id, QString>> batch;
            while (messages.value().next()) {
                batch.append({ messages.value().value(0).toLongLong(),
                    messages.value().value(1).toLongLong(), messages.value().value(2).toString() });
            }
            for (const auto &[id, author, text] : std::as_const(batch)) {
                messageMark = id;
                if (author == 0 || text.isEmpty() || text == marker)
                    continue;
                for (const EvidenceKey &key : extractor.extract(text)) {
                    if (Result<Done> added = insertKey(db, author, key.kind, key.value, id);
                        !added.ok())
                        return added;
                }
            }
            if (batch.size() < messageBatch)
                break;
        }
        Result<QSqlQuery> saved = db.exec(
            u"UPDATE identity_key_scan SET identity_id = ?, message_id = ?, profiles = 1, rules = ? "
            "WHERE id = 1"_s,
            { identityMark, messageMark, rules });
        if (!saved.ok())
            return saved.error();
        return Done {};
    });
    if (relaxed) {
        if (Result<QSqlQuery> restored = db.exec(u"PRAGMA synchronous = FULL"_s); !restored.ok())
            return restored.error();
    }
    return done;
}

Result<QList<LinkSuggestion>> suggestions(
    Database &db, Id customerId, const EvidenceExtractor &extractor)
{
    if (Result<Done> refreshed = refresh(db, extractor); !refreshed.ok())
        return refreshed.error();
    Result<QSqlQuery> customer
        = db.exec(u"SELECT crm_ref, email_key, phone_key, erased_at FROM customer WHERE id = ?"_s,
            { customerId });
    if (!customer.ok())
        return customer.error();
    if (!customer.value().next())
        return Error { ErrorCode::NotFound,
            Database::tr("There is no customer %1.").arg(customerId) };
    QList<Side> sides;
    const QString crm = customer.value().value(0).toString();
    const QString email = customer.value().value(1).toString();
    const QString phone = customer.value().value(2).toString();
    const bool erased = customer.value().value(3).toLongLong() != 0;
    customer.value().finish();
    if (erased)
        return QList<LinkSuggestion>();
    if (!crm.isEmpty())
        sides.append(Side { {}, EvidenceKind::CrmId, crm, false, 0, 0 });
    if (!email.isEmpty())
        sides.append(Side { {}, EvidenceKind::Email, email, false, 0, 0 });
    if (!phone.isEmpty())
        sides.append(Side { {}, EvidenceKind::Phone, phone, false, 0, 0 });

    Result<QSqlQuery> keys = db.exec(
        u"SELECT ik.kind, ik.value, COALESCE(ik.message_id, 0), COALESCE(m.case_id, 0), "_s
            + identityColumns
            + u" FROM customer_identity ci JOIN identity_key ik ON ik.identity_id = ci.identity_id "
              "JOIN identity i ON i.id = ci.identity_id LEFT JOIN message m ON m.id = ik.message_id "
              "WHERE ci.customer_id = ? AND ci.unlinked_at = 0 ORDER BY i.id, ik.kind, ik.value"_s,
        { customerId });
    if (!keys.ok())
        return keys.error();
    while (keys.value().next()) {
        const QSqlQuery &r = keys.value();
        Side side;
        side.kind = evidenceKindFromString(r.value(0).toString()).value_or(EvidenceKind::Email);
        side.value = r.value(1).toString();
        side.messageId = r.value(2).toLongLong();
        side.caseId = r.value(3).toLongLong();
        side.fromMessage = side.messageId != 0;
        side.identity = identityFrom(r, 4);
        sides.append(side);
    }
    Finder finder(db, customerId);
    for (const Side &side : std::as_const(sides)) {
        if (Result<Done> added = finder.add(side); !added.ok())
            return added.error();
    }
    return finder.take();
}

Result<QList<LinkSuggestion>> suggestionsForMessage(
    Database &db, Id messageId, const EvidenceExtractor &extractor)
{
    if (Result<Done> refreshed = refresh(db, extractor); !refreshed.ok())
        return refreshed.error();
    Result<QSqlQuery> message = db.exec(
        u"SELECT m.text, m.direction, m.visibility, m.case_id, ci.customer_id, "_s + identityColumns
            + u" FROM message m JOIN identity i ON i.id = m.author_identity_id JOIN "
              "customer_identity ci ON ci.identity_id = i.id AND ci.unlinked_at = 0 WHERE m.id = ?"_s,
        { messageId });
    if (!message.ok())
        return message.error();
    if (!message.value().next()) {
        Result<QSqlQuery> exists = db.exec(u"SELECT id FROM message WHERE id = ?"_s, { messageId });
        if (!exists.ok())
            return exists.error();
        if (!exists.value().next())
            return Error { ErrorCode::NotFound,
                Database::tr("There is no message %1.").arg(messageId) };
        return QList<LinkSuggestion>(); // an agent's message, or an author no customer holds
    }
    const QSqlQuery &r = message.value();
    const QString text = r.value(0).toString();
    const bool customersPrivate
        = r.value(1).toString() == "in"_L1 && r.value(2).toString() == "private"_L1;
    const Id caseId = r.value(3).toLongLong();
    const Id customerId = r.value(4).toLongLong();
    const Identity author = identityFrom(r, 5);
    message.value().finish();
    if (!customersPrivate)
        return QList<LinkSuggestion>();
    Finder finder(db, customerId);
    for (const EvidenceKey &key : extractor.extract(text)) {
        if (Result<Done> added
            = finder.add(Side { author, key.kind, key.value, true, messageId, caseId });
            !added.ok())
            return added.error();
    }
    return finder.take();
}

} // namespace CareDesk::EvidenceStore
