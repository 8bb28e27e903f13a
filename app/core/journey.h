// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The customer journey: one person across every channel. A customer has identities (one per
// platform user) linked to it reversibly; the journey is everything that happened in the
// customer's cases plus the contacts imported from other systems (phone, e-mail, shop ...).

#include "app/core/domain.h"
#include "app/core/result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace CareDesk {

/// What a journey entry is.
enum class JourneyKind {
    Message, ///< the customer wrote (public post or private message)
    CaseOpened,
    Reply, ///< an agent's answer that reached the platform
    StatusChange,
    Assignment,
    Note,
    Sentiment,
    Csat,
    Contact, ///< an interaction imported from another system
};
QString toString(JourneyKind value);
std::optional<JourneyKind> journeyKindFromString(const QString &text);

/// One thing in a customer's journey. Texts are plain and, for messages and contacts, untrusted.
struct JourneyEntry {
    JourneyKind kind = JourneyKind::Message;
    Millis at = 0;
    Id id = 0; ///< the message, event, case or contact behind the entry (by kind)
    QString channel; ///< a platform ("x", "telegram") or a contact's channel ("phone", "email")
    Id caseId = 0; ///< 0 for imported contacts
    CaseStatus caseStatus = CaseStatus::New; ///< the case's status now (caseId != 0)
    Direction direction = Direction::In;
    Visibility visibility = Visibility::Public;
    QString summary; ///< a message shortened, a contact's summary, "open → resolved", an agent
    int value = 0; ///< sentiment (-100..100) or CSAT score
    QJsonObject data; ///< an event's small values ("type", "from", "to" ...), a note's "author"
};

/// Where the next journey page starts: the last entry of the previous page. The journey is
/// ordered by case (newest activity first), then newest entry first; contacts are groups of one.
struct JourneyCursor {
    Millis groupTime = 0;
    Id groupId = 0;
    Millis at = 0;
    int source = 0;
    Id id = 0;
};

struct JourneyQuery {
    Id customerId = 0;
    QString channel; ///< only this platform or contact channel; empty for all
    int limit = 50;
    std::optional<JourneyCursor> after;
};

struct JourneyPage {
    QList<JourneyEntry> entries;
    std::optional<JourneyCursor> next; ///< set when more entries follow
};

/// A case as the journey mentions it.
struct CaseBrief {
    Id caseId = 0;
    Platform platform = Platform::X;
    CaseStatus status = CaseStatus::New;
    Millis openedAt = 0;
    Millis lastMessageAt = 0;
    QString subject;
};

enum class SentimentTrend { Unknown, Improving, Steady, Worsening };
QString toString(SentimentTrend value);

/// What the agent should know at a glance, shown above the timeline.
struct JourneySummary {
    Id customerId = 0;
    QString customerName;
    bool vip = false;
    Millis erasedAt = 0;
    QList<CaseBrief> openCasesElsewhere; ///< not resolved, other than the current case
    QList<CaseBrief> linkedCases; ///< linked to the current case
    Millis lastContactAt = 0; ///< the newest contact before the current case (0: none)
    QString lastContactChannel;
    int contactsLast30Days = 0; ///< cases opened plus imported contacts
    SentimentTrend sentimentTrend = SentimentTrend::Unknown;
    int sentimentRecent = 0; ///< mean of the last inbound messages, -100..100
    QStringList channels; ///< every channel the journey has, for the filter
    int caseCount = 0;
};

/// Why two identities may be the same person.
enum class EvidenceKind {
    SameHandle, ///< the same handle on two platforms
    Email, ///< an e-mail address written in a private message (or in a profile)
    Phone,
    OrderNumber,
    CrmId, ///< two customers with the same CRM id
    DisplayNameAndCase, ///< the same display name, and a case of one is linked to a case of the
                        ///< other
};
QString toString(EvidenceKind value);
std::optional<EvidenceKind> evidenceKindFromString(const QString &text);

/// Evidence that an identity of one customer (a) and another customer (b: one of its
/// identities, or only its records) are the same person, and the link one action makes.
struct LinkSuggestion {
    Identity a; ///< of the customer asked about; id 0 when the evidence is that customer's profile
    Identity b; ///< of the other customer; id 0 when that customer is only a profile (a CRM import)
    Id customerA = 0;
    Id customerB = 0;
    QString customerBName;
    EvidenceKind kind = EvidenceKind::SameHandle;
    QString value; ///< the matched handle, address, number or name (normalized)
    bool aFromMessage
        = false; ///< a's side was written in a private message (else: profile, identity)
    bool bFromMessage = false;
    Id messageId = 0; ///< a private message it was written in, when it was
    Id caseId = 0;
    QString evidence; ///< one sentence for the agent
    Id moveIdentityId = 0; ///< the link to make: this identity ...
    Id toCustomerId = 0; ///< ... to this customer (b to a's customer, or a to a profile-only b)
};

/// An identity of a customer with the link that holds it there.
struct LinkedIdentity {
    Identity identity;
    Id linkId = 0;
    Millis linkedAt = 0;
    Id linkedBy = 0;
    Id previousCustomerId = 0; ///< where unlinking returns it; 0: to a customer of its own
    QString evidence; ///< the evidence kind the link was made on, "manual", or empty (automatic)
};

struct CustomerProfile {
    Customer customer;
    QStringList tags;
    QList<LinkedIdentity> identities;
    int caseCount = 0;
};

/// What a link or an unlink did.
struct IdentityMove {
    Id identityId = 0;
    Id fromCustomerId = 0;
    Id toCustomerId = 0;
    Id linkId = 0; ///< the link that holds now
    int casesMoved = 0;
    bool createdCustomer = false; ///< unlinking gave the identity a customer of its own
};

/// Cases of one person on different platforms opened close together: probably one problem.
struct CaseLinkProposal {
    Id caseId = 0;
    CaseBrief other;
    Millis apart = 0; ///< between the two openings
    QStringList sharedTerms; ///< order numbers and words both cases use
};

/// The journey's texts, shared by the desktop and the CLI.
class JourneyText
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::JourneyText)

public:
    /// One sentence naming the evidence of a suggestion.
    static QString evidence(const LinkSuggestion &suggestion);
    static QString kindName(EvidenceKind kind);
    /// The marker that replaces erased texts; stored as is, never translated.
    static QString redactionMarker();
};

/// The customer port: profiles, reversible identity links with their evidence, the journey,
/// cross-platform case proposals, export and erasure. Every link, unlink, export and erasure
/// writes an event (who and when) in its own transaction. Implementations run on database
/// threads; attach continuations with a context object.
class CustomerRepository
{
public:
    virtual ~CustomerRepository() = default;
    /// The profile with its identities; NotFound when there is no such customer.
    virtual QFuture<Result<CustomerProfile>> profile(Id customerId) = 0;
    /// Saves the profile fields (name, CRM id, e-mail, phone, region, language, VIP, notes) and
    /// tags of the customer with profile.id.
    virtual QFuture<Result<CustomerProfile>> updateProfile(
        const Customer &profile, const QStringList &tags, Id agentId)
        = 0;
    /// Moves an identity to a customer. Nothing is deleted: the link remembers where the
    /// identity was, and unlink() puts it (and the cases it brought) back exactly.
    virtual QFuture<Result<IdentityMove>> link(
        Id identityId, Id customerId, std::optional<EvidenceKind> evidence, Id agentId)
        = 0;
    /// Undoes the identity's current link: it returns to its previous customer, or, when it
    /// never had another, to a customer of its own.
    virtual QFuture<Result<IdentityMove>> unlink(Id identityId, Id agentId) = 0;
    /// Identities of other customers that are probably this customer, each with its evidence.
    virtual QFuture<Result<QList<LinkSuggestion>>> suggestions(Id customerId) = 0;
    /// The suggestions one new message brings (addresses, numbers and orders it contains).
    virtual QFuture<Result<QList<LinkSuggestion>>> suggestionsForMessage(Id messageId) = 0;
    /// A page of the journey, grouped by case, newest first.
    virtual QFuture<Result<JourneyPage>> journey(const JourneyQuery &query) = 0;
    /// The summary for the customer of a case (currentCaseId may be 0).
    virtual QFuture<Result<JourneySummary>> summary(Id customerId, Id currentCaseId) = 0;
    /// Cases of the same customer on other platforms opened within window of this one and not
    /// linked yet; window 0 means the workspace's setting (48 hours unless changed).
    virtual QFuture<Result<QList<CaseLinkProposal>>> caseLinkProposals(Id caseId, Millis window)
        = 0;
    /// Links two cases both ways, so each shows the other.
    virtual QFuture<Result<Done>> linkCases(
        Id caseId, Id otherCaseId, const QString &reason, Id agentId)
        = 0;
    /// Everything stored about the customer, as JSON (snake_case, string ids, ISO times).
    virtual QFuture<Result<QJsonObject>> exportCustomer(Id customerId, Id agentId) = 0;
    /// Replaces the customer's texts and profile with the redaction marker; keeps ids, times,
    /// counts and sentiment. Refused for a customer erased already.
    virtual QFuture<Result<Done>> erase(Id customerId, Id agentId) = 0;
};

} // namespace CareDesk
