// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The data model of ARCHITECTURE.md, one plain value type per table. Kept in one header because
// they are small, change together with the schema, and every layer needs most of them.

#include "app/core/types.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace CareDesk {

struct WorkspaceInfo {
    WorkspaceKind kind = WorkspaceKind::Standard;
    int schemaVersion = 0;
    QString name;
    Millis createdAt = 0;
};

struct Account {
    Id id = 0;
    Platform platform = Platform::X;
    ConnectorKind connector = ConnectorKind::Live;
    QString handle;
    QString baseUrl; ///< API base URL; empty means the platform's default
    AccountPurpose purpose = AccountPurpose::Service;
    QJsonObject limits; ///< per-account overrides of counting limits and reply windows
    bool enabled = true;
    Millis createdAt = 0;
};

/// A platform user as seen by one platform; unique per (platform, platformUserId).
struct Identity {
    Id id = 0;
    Platform platform = Platform::X;
    QString platformUserId;
    QString handle;
    QString displayName;
    qint64 audience = 0; ///< followers or subscribers where the platform tells
    Millis createdAt = 0;
};

struct Customer {
    Id id = 0;
    QString name;
    QString crmRef;
    QString email;
    QString phone;
    QString region;
    QString language;
    bool vip = false;
    QString notes;
    Millis createdAt = 0;
    Millis erasedAt = 0;
};

/// The reversible link of an identity to a customer.
struct CustomerIdentity {
    Id id = 0;
    Id customerId = 0;
    Id identityId = 0;
    Millis linkedAt = 0;
    Id linkedBy = 0; ///< agent; 0 for automatic
    Millis unlinkedAt = 0; ///< 0 while the link holds
};

struct Case {
    Id id = 0;
    Id accountId = 0;
    Platform platform = Platform::X;
    QString threadKey; ///< the platform's conversation or root post id
    Id customerId = 0;
    Id queueId = 0;
    Id assigneeId = 0;
    CaseStatus status = CaseStatus::New;
    Priority priority = Priority::Normal;
    QString language;
    QString subject;
    Millis openedAt = 0;
    Millis lastMessageAt = 0;
    Millis lastCustomerMessageAt = 0;
    Millis firstResponseAt = 0;
    Millis lastAgentMessageAt = 0;
    Millis snoozedUntil = 0;
    Millis resolvedAt = 0;
    Millis firstResponseDue = 0;
    Millis nextResponseDue = 0;
    Millis resolutionDue = 0;
    int unanswered = 0; ///< customer messages since the last agent reply
    int messageCount = 0;
    int sentimentEntry = 0; ///< -100..100
    int sentimentLast = 0;
    qint64 version = 0; ///< bumped on every change, for "changed since read" checks
};

struct CaseLink {
    Id id = 0;
    Id caseId = 0;
    Id linkedCaseId = 0;
    QString reason;
    Id createdBy = 0;
    Millis createdAt = 0;
};

struct Message {
    Id id = 0;
    Id caseId = 0;
    Id accountId = 0;
    QString platformId; ///< unique per account
    Direction direction = Direction::In;
    Visibility visibility = Visibility::Public;
    Id authorIdentityId = 0;
    Id authorAgentId = 0;
    QString authorName; ///< denormalized display name at the time of the message
    QString text; ///< plain text, never HTML
    Millis createdAt = 0;
    QString replyToPlatformId;
    QString permalink;
    Millis editedAt = 0;
    int sentiment = 0;
};

struct Attachment {
    Id id = 0;
    Id messageId = 0;
    QString kind; ///< image, video, file, link
    QString url;
    QString name;
    qint64 size = 0;
};

struct Note {
    Id id = 0;
    Id caseId = 0;
    Id authorAgentId = 0;
    QString text;
    Millis createdAt = 0;
};

struct Tag {
    Id id = 0;
    QString name;
    QString color;
};

struct Queue {
    Id id = 0;
    QString name;
    Id teamId = 0;
    QString assignmentMode; ///< manual, round_robin, skills
};

struct Team {
    Id id = 0;
    QString name;
};

struct TeamMember {
    Id teamId = 0;
    Id agentId = 0;
};

struct Agent {
    Id id = 0;
    QString name;
    QString displayName;
    AgentRole role = AgentRole::Agent;
    QStringList skills;
    QStringList languages;
    int capacity = 10;
    bool active = true;
    Millis createdAt = 0;
};

/// Business hours of one weekday as minutes since local midnight; start == end means closed.
struct DayHours {
    int startMinute = 0;
    int endMinute = 24 * 60;
    bool isClosed() const { return startMinute >= endMinute; }
};

struct BusinessHours {
    bool alwaysOpen = true;
    QString timeZone = QStringLiteral("UTC"); ///< IANA id
    DayHours days[7]; ///< Monday first
};

struct SlaPolicy {
    Id id = 0;
    std::optional<Platform> platform; ///< nullopt: any platform
    std::optional<Priority> priority; ///< nullopt: any priority
    int firstResponseMinutes = 60;
    int nextResponseMinutes = 60;
    int resolutionMinutes = 24 * 60;
    int atRiskPercent = 75; ///< share of the target after which the case is at risk
    BusinessHours hours;
};

/// One text of a script: for a platform and a language (empty: any), with the title it shows
/// under in that language (empty: the script's title).
struct ScriptVariant {
    QString platform; ///< a platform name (toString(Platform)); empty for any platform
    QString language; ///< an ISO 639-1 code such as "ru" or "en"; empty for any language
    QString title;
    QString body;
};

struct Script {
    Id id = 0;
    QString key; ///< stable name across files and workspaces (the shipped library, imports); may be
                 ///< empty
    QString title;
    QString shortcut;
    QString category;
    QString language; ///< the first variant's, kept for older readers
    QString body; ///< the first variant's, kept for older readers
    QList<ScriptVariant> variants; ///< every text of the script; see app/core/scripts.h
    Id ownerAgentId = 0; ///< 0: a team script
    int usageCount = 0; ///< insertions by every agent
    Millis updatedAt = 0;
};

struct OutboxItem {
    Id id = 0;
    Id caseId = 0;
    Id accountId = 0;
    Id agentId = 0;
    Visibility visibility = Visibility::Public;
    QString text;
    QString replyToPlatformId;
    QString idempotencyKey; ///< stable across retries and restarts
    OutboxState state = OutboxState::Queued;
    int attempts = 0;
    Millis nextAttemptAt = 0;
    QString error;
    QString sentPlatformId;
    Millis createdAt = 0;
    Millis updatedAt = 0;
};

struct Draft {
    Id caseId = 0;
    Id agentId = 0;
    Visibility visibility = Visibility::Public;
    QString text;
    Millis updatedAt = 0;
};

struct ReadState {
    Id caseId = 0;
    Id agentId = 0;
    Millis readUpTo = 0;
};

struct Presence {
    Id agentId = 0;
    Id caseId = 0;
    QString activity; ///< viewing, replying
    Millis heartbeatAt = 0;
};

struct PollLease {
    Id accountId = 0;
    QString holder;
    Millis expiresAt = 0;
};

struct SyncCursor {
    Id accountId = 0;
    QString stream;
    QString value;
    Millis updatedAt = 0;
};

/// The kinds of event; stored as their snake_case names. Events carry ids and small values.
enum class EventType {
    MessageReceived,
    ReplyQueued,
    ReplySent,
    ReplyFailed,
    StatusChanged,
    Assigned,
    Claimed,
    NoteAdded,
    TagAdded,
    TagRemoved,
    IdentityLinked,
    IdentityUnlinked,
    CaseOpenedInUi,
    CaseClosedInUi,
    Reopened,
    TakenPrivate,
    Csat,
    SentimentScored,
    ContactImported,
    PriorityChanged,
    CaseLinked,
    CustomerErased,
    CustomerExported,
};
QString toString(EventType value);
std::optional<EventType> eventTypeFromString(const QString &text);

struct Event {
    Id id = 0;
    EventType type = EventType::MessageReceived;
    Millis at = 0;
    Id agentId = 0;
    Id caseId = 0;
    Id customerId = 0;
    Id messageId = 0;
    QJsonObject data; ///< small values only, never message text
};

} // namespace CareDesk
