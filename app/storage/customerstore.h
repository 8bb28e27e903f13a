// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Customers as plain functions over one connection: profiles, reversible identity links,
// case links, the import of contacts and profiles from other systems, export and erasure.
// They run on a database thread behind SqlCustomerRepository, and directly in the CLI.

#include "app/core/domain.h"
#include "app/core/evidence.h"
#include "app/core/journey.h"
#include "app/core/result.h"
#include "app/storage/database.h"

#include <QJsonObject>

#include <optional>

namespace CareDesk::CustomerStore {

/// Updates the profile of the customer with this CRM id (name, contact, region, language,
/// VIP); NotFound when there is none.
Result<Done> updateProfile(Database &db, const Customer &profile, Millis now);

/// Stores an SLA policy; returns its id.
Result<Id> addSlaPolicy(Database &db, const SlaPolicy &policy);

/// The customer with tags, linked identities and case count; NotFound when there is none.
Result<CustomerProfile> profile(Database &db, Id customerId);
/// Saves name, CRM id, e-mail, phone, region, language, VIP, notes and tags of profile.id.
Result<CustomerProfile> saveProfile(
    Database &db, const Customer &profile, const QStringList &tags, Millis now);

/// Moves an identity to a customer, with the cases it wrote in; see CustomerRepository::link.
Result<IdentityMove> link(Database &db, Id identityId, Id customerId,
    std::optional<EvidenceKind> evidence, Id agentId, Millis now);
/// Undoes the identity's current link; see CustomerRepository::unlink.
Result<IdentityMove> unlink(Database &db, Id identityId, Id agentId, Millis now);
/// Links two cases both ways (a case_linked event for each); linking again changes nothing.
Result<Done> linkCases(
    Database &db, Id caseId, Id otherCaseId, const QString &reason, Id agentId, Millis now);

/// ARCHITECTURE.md's JSON: an id is a string of digits, so an id that is not there is left out
/// rather than written empty (in objects and arrays, at any depth).
QJsonValue withoutEmptyIds(const QJsonValue &value);
/// Everything stored about a customer (profile, identities and their link history, cases with
/// their messages and notes, messages they wrote elsewhere, contacts, events), with a
/// customer_exported event.
Result<QJsonObject> exportCustomer(Database &db, Id customerId, Id agentId, Millis now);
/// Erasure on request: texts and profile become the redaction marker, ids and statistics stay,
/// a customer_erased event records who and when. On PostgreSQL through the SECURITY DEFINER
/// function caredesk_erase_customer (migration 0002).
Result<Done> erase(Database &db, Id customerId, Id agentId, Millis now);

/// An interaction from another system, as `caredesk-cli import` reads a `contact` record:
/// {"type":"contact", "channel":"phone", "created_at":"2026-01-02T10:00:00Z", "summary":"...",
///  "direction":"in"|"out", "customer_ref"|"email"|"phone": "...", "source":"crm", "id":"..."}
struct ImportedContact {
    QString channel; ///< phone, email, chat, shop ... (lowercase)
    Millis createdAt = 0;
    QString summary;
    Direction direction = Direction::In;
    QString customerRef; ///< the customer key: CRM id, else e-mail, else phone
    QString email;
    QString phone;
    QString name; ///< for a customer the import has to create
    QString source; ///< the other system; with sourceRef it makes a re-import a no-op
    QString sourceRef;
};

/// A profile from a CRM export, as a `customer` record: {"type":"customer", "customer_ref",
/// "name", "email", "phone", "region", "language", "tags":[...], "vip":true, "notes"}.
struct ImportedCustomer {
    Customer profile;
    QStringList tags;
    QStringList present; ///< the fields the record has; an update changes only these
};

/// Reads a record; Invalid with one sentence naming the field when it is not usable.
Result<ImportedContact> contactFromJson(const QJsonObject &record);
Result<ImportedCustomer> customerFromJson(const QJsonObject &record);

/// Attaches a contact to the customer with its CRM id, e-mail or phone (in that order),
/// creating the customer when none matches; writes a contact_imported event. Returns the
/// contact's id, or 0 when the same source and id were imported before. Joins the caller's
/// transaction when there is one (the import commits per batch).
Result<Id> importContact(Database &db, const ImportedContact &contact, Millis now);
/// Creates or updates the customer with this CRM id (fields absent from the record are kept).
/// Returns the customer's id.
Result<Id> importCustomer(Database &db, const ImportedCustomer &customer, Millis now);

/// Workspace settings (the `setting` table), shared by the desktops and the CLI.
inline constexpr auto orderPatternSetting = "journey.order_pattern";
inline constexpr auto caseLinkWindowSetting = "journey.case_link_window_hours";
Result<QString> setting(Database &db, const QString &name, const QString &fallback);
Result<Done> setSetting(Database &db, const QString &name, const QString &value);
/// The evidence rules of the workspace (its order pattern, or the demo shop's).
Result<EvidenceRules> evidenceRules(Database &db);
/// How far apart two cases may open to be proposed for linking (48 hours unless set).
Result<Millis> caseLinkWindow(Database &db);

/// The local agent with this name; created when missing and create is set (SQLite's --agent).
Result<Id> agentByName(Database &db, const QString &name, bool create, Millis now);

} // namespace CareDesk::CustomerStore
