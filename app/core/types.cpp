// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/types.h"

#include "app/core/enumnames.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

using EnumNames::nameOf;
using EnumNames::valueOf;

constexpr std::array platforms {
    std::pair { Platform::X, u"x" },
    std::pair { Platform::Mastodon, u"mastodon" },
    std::pair { Platform::Telegram, u"telegram" },
    std::pair { Platform::Vk, u"vk" },
    std::pair { Platform::Facebook, u"facebook" },
    std::pair { Platform::Instagram, u"instagram" },
    std::pair { Platform::YouTube, u"youtube" },
    std::pair { Platform::Reddit, u"reddit" },
};
constexpr std::array connectors {
    std::pair { ConnectorKind::Live, u"live" },
    std::pair { ConnectorKind::Demo, u"demo" },
    std::pair { ConnectorKind::Simulator, u"simulator" },
};
constexpr std::array workspaceKinds {
    std::pair { WorkspaceKind::Standard, u"standard" },
    std::pair { WorkspaceKind::Demo, u"demo" },
    std::pair { WorkspaceKind::Training, u"training" },
};
constexpr std::array statuses {
    std::pair { CaseStatus::New, u"new" },
    std::pair { CaseStatus::Open, u"open" },
    std::pair { CaseStatus::Pending, u"pending" },
    std::pair { CaseStatus::Snoozed, u"snoozed" },
    std::pair { CaseStatus::Resolved, u"resolved" },
};
constexpr std::array priorities {
    std::pair { Priority::Low, u"low" },
    std::pair { Priority::Normal, u"normal" },
    std::pair { Priority::High, u"high" },
    std::pair { Priority::Urgent, u"urgent" },
};
constexpr std::array directions {
    std::pair { Direction::In, u"in" },
    std::pair { Direction::Out, u"out" },
};
constexpr std::array visibilities {
    std::pair { Visibility::Public, u"public" },
    std::pair { Visibility::Private, u"private" },
};
constexpr std::array roles {
    std::pair { AgentRole::Agent, u"agent" },
    std::pair { AgentRole::Supervisor, u"supervisor" },
    std::pair { AgentRole::Trainer, u"trainer" },
    std::pair { AgentRole::Admin, u"admin" },
};
constexpr std::array purposes {
    std::pair { AccountPurpose::Service, u"service" },
    std::pair { AccountPurpose::Marketing, u"marketing" },
};
constexpr std::array outboxStates {
    std::pair { OutboxState::Queued, u"queued" },
    std::pair { OutboxState::Sending, u"sending" },
    std::pair { OutboxState::Sent, u"sent" },
    std::pair { OutboxState::Failed, u"failed" },
    std::pair { OutboxState::Unknown, u"unknown" },
    std::pair { OutboxState::Cancelled, u"cancelled" },
};
constexpr std::array slaStates {
    std::pair { SlaState::None, u"none" },
    std::pair { SlaState::Ok, u"ok" },
    std::pair { SlaState::AtRisk, u"at_risk" },
    std::pair { SlaState::Breached, u"breached" },
    std::pair { SlaState::Met, u"met" },
};

} // namespace

QString toString(Platform value) { return nameOf(platforms, value); }
QString toString(ConnectorKind value) { return nameOf(connectors, value); }
QString toString(WorkspaceKind value) { return nameOf(workspaceKinds, value); }
QString toString(CaseStatus value) { return nameOf(statuses, value); }
QString toString(Priority value) { return nameOf(priorities, value); }
QString toString(Direction value) { return nameOf(directions, value); }
QString toString(Visibility value) { return nameOf(visibilities, value); }
QString toString(AgentRole value) { return nameOf(roles, value); }
QString toString(AccountPurpose value) { return nameOf(purposes, value); }
QString toString(OutboxState value) { return nameOf(outboxStates, value); }
QString toString(SlaState value) { return nameOf(slaStates, value); }

std::optional<Platform> platformFromString(const QString &text) { return valueOf(platforms, text); }
std::optional<ConnectorKind> connectorFromString(const QString &text) { return valueOf(connectors, text); }
std::optional<WorkspaceKind> workspaceKindFromString(const QString &text)
{
    return valueOf(workspaceKinds, text);
}
std::optional<CaseStatus> caseStatusFromString(const QString &text) { return valueOf(statuses, text); }
std::optional<Priority> priorityFromString(const QString &text) { return valueOf(priorities, text); }
std::optional<Direction> directionFromString(const QString &text) { return valueOf(directions, text); }
std::optional<Visibility> visibilityFromString(const QString &text)
{
    return valueOf(visibilities, text);
}
std::optional<AgentRole> agentRoleFromString(const QString &text) { return valueOf(roles, text); }
std::optional<AccountPurpose> accountPurposeFromString(const QString &text)
{
    return valueOf(purposes, text);
}
std::optional<OutboxState> outboxStateFromString(const QString &text)
{
    return valueOf(outboxStates, text);
}

const QList<Platform> &allPlatforms()
{
    static const QList<Platform> all { Platform::X,        Platform::Mastodon,  Platform::Telegram,
                                       Platform::Vk,       Platform::Facebook,  Platform::Instagram,
                                       Platform::YouTube,  Platform::Reddit };
    return all;
}

QString platformDisplayName(Platform value)
{
    switch (value) {
    case Platform::X:
        return u"X"_s;
    case Platform::Mastodon:
        return u"Mastodon"_s;
    case Platform::Telegram:
        return u"Telegram"_s;
    case Platform::Vk:
        return u"VK"_s;
    case Platform::Facebook:
        return u"Facebook"_s;
    case Platform::Instagram:
        return u"Instagram"_s;
    case Platform::YouTube:
        return u"YouTube"_s;
    case Platform::Reddit:
        return u"Reddit"_s;
    }
    return {};
}

QString toIsoUtc(Millis value)
{
    // Qt::UTC (not QTimeZone::utc()) makes Qt write the trailing Z.
    return QDateTime::fromMSecsSinceEpoch(value, Qt::UTC).toString(Qt::ISODateWithMs);
}

std::optional<Millis> fromIsoUtc(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        return std::nullopt;
    // A time without a zone is taken as UTC: the CLI and imports speak UTC.
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeZone(QTimeZone::utc());
    return time.toMSecsSinceEpoch();
}

} // namespace CareDesk

#include "app/core/domain.h"

namespace CareDesk {

namespace {
constexpr std::array eventTypes {
    std::pair { EventType::MessageReceived, u"message_received" },
    std::pair { EventType::ReplyQueued, u"reply_queued" },
    std::pair { EventType::ReplySent, u"reply_sent" },
    std::pair { EventType::ReplyFailed, u"reply_failed" },
    std::pair { EventType::StatusChanged, u"status_changed" },
    std::pair { EventType::Assigned, u"assigned" },
    std::pair { EventType::Claimed, u"claimed" },
    std::pair { EventType::NoteAdded, u"note_added" },
    std::pair { EventType::TagAdded, u"tag_added" },
    std::pair { EventType::TagRemoved, u"tag_removed" },
    std::pair { EventType::IdentityLinked, u"identity_linked" },
    std::pair { EventType::IdentityUnlinked, u"identity_unlinked" },
    std::pair { EventType::CaseOpenedInUi, u"case_opened_in_ui" },
    std::pair { EventType::CaseClosedInUi, u"case_closed_in_ui" },
    std::pair { EventType::Reopened, u"reopened" },
    std::pair { EventType::TakenPrivate, u"taken_private" },
    std::pair { EventType::Csat, u"csat" },
    std::pair { EventType::SentimentScored, u"sentiment_scored" },
    std::pair { EventType::ContactImported, u"contact_imported" },
    std::pair { EventType::PriorityChanged, u"priority_changed" },
    std::pair { EventType::CaseLinked, u"case_linked" },
    std::pair { EventType::CustomerErased, u"customer_erased" },
    std::pair { EventType::CustomerExported, u"customer_exported" },
};
} // namespace

QString toString(EventType value) { return nameOf(eventTypes, value); }
std::optional<EventType> eventTypeFromString(const QString &text) { return valueOf(eventTypes, text); }

} // namespace CareDesk
