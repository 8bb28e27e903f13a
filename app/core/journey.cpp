// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/journey.h"

#include "app/core/enumnames.h"

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

using EnumNames::nameOf;
using EnumNames::valueOf;

constexpr std::array journeyKinds {
    std::pair { JourneyKind::Message, u"message" },
    std::pair { JourneyKind::CaseOpened, u"case_opened" },
    std::pair { JourneyKind::Reply, u"reply" },
    std::pair { JourneyKind::StatusChange, u"status_change" },
    std::pair { JourneyKind::Assignment, u"assignment" },
    std::pair { JourneyKind::Note, u"note" },
    std::pair { JourneyKind::Sentiment, u"sentiment" },
    std::pair { JourneyKind::Csat, u"csat" },
    std::pair { JourneyKind::Contact, u"contact" },
};

constexpr std::array evidenceKinds {
    std::pair { EvidenceKind::SameHandle, u"same_handle" },
    std::pair { EvidenceKind::Email, u"email" },
    std::pair { EvidenceKind::Phone, u"phone" },
    std::pair { EvidenceKind::OrderNumber, u"order_number" },
    std::pair { EvidenceKind::CrmId, u"crm_id" },
    std::pair { EvidenceKind::DisplayNameAndCase, u"display_name_and_case" },
};

constexpr std::array trends {
    std::pair { SentimentTrend::Unknown, u"unknown" },
    std::pair { SentimentTrend::Improving, u"improving" },
    std::pair { SentimentTrend::Steady, u"steady" },
    std::pair { SentimentTrend::Worsening, u"worsening" },
};

QString identityName(const Identity &identity)
{
    const QString handle = identity.handle.isEmpty() ? identity.displayName : identity.handle;
    return u"%1 %2"_s.arg(platformDisplayName(identity.platform), handle);
}

} // namespace

QString toString(JourneyKind value)
{
    return nameOf(journeyKinds, value);
}
std::optional<JourneyKind> journeyKindFromString(const QString &text)
{
    return valueOf(journeyKinds, text);
}
QString toString(EvidenceKind value)
{
    return nameOf(evidenceKinds, value);
}
std::optional<EvidenceKind> evidenceKindFromString(const QString &text)
{
    return valueOf(evidenceKinds, text);
}
QString toString(SentimentTrend value)
{
    return nameOf(trends, value);
}

QString JourneyText::kindName(EvidenceKind kind)
{
    switch (kind) {
    case EvidenceKind::SameHandle:
        return tr("Same handle");
    case EvidenceKind::Email:
        return tr("E-mail address");
    case EvidenceKind::Phone:
        return tr("Phone number");
    case EvidenceKind::OrderNumber:
        return tr("Order number");
    case EvidenceKind::CrmId:
        return tr("CRM id");
    case EvidenceKind::DisplayNameAndCase:
        return tr("Same name and a linked case");
    }
    return {};
}

QString JourneyText::evidence(const LinkSuggestion &s)
{
    // Where each side has it: an identity (handle, name, private message) or the records.
    const QString a = s.aFromMessage || (s.a.id != 0 && s.kind == EvidenceKind::SameHandle)
            || s.kind == EvidenceKind::DisplayNameAndCase
        ? identityName(s.a)
        : tr("this customer's profile");
    const QString b = s.bFromMessage || (s.b.id != 0 && s.kind == EvidenceKind::SameHandle)
            || s.kind == EvidenceKind::DisplayNameAndCase
        ? identityName(s.b)
        : tr("the records of %1").arg(s.customerBName);
    switch (s.kind) {
    case EvidenceKind::SameHandle:
        return tr("%1 and %2 use the same handle \"%3\".").arg(a, b, s.value);
    case EvidenceKind::Email:
        if (s.aFromMessage && s.bFromMessage)
            return tr("The e-mail address %1 is written in private messages of %2 and of %3.")
                .arg(s.value, a, b);
        if (s.aFromMessage)
            return tr("The e-mail address %1 is written in a private message of %2 and is in %3.")
                .arg(s.value, a, b);
        return tr("The e-mail address %1 is in %2 and is written in a private message of %3.")
            .arg(s.value, a, b);
    case EvidenceKind::Phone:
        if (s.aFromMessage && s.bFromMessage)
            return tr("The phone number +%1 is written in private messages of %2 and of %3.")
                .arg(s.value, a, b);
        if (s.aFromMessage)
            return tr("The phone number +%1 is written in a private message of %2 and is in %3.")
                .arg(s.value, a, b);
        return tr("The phone number +%1 is in %2 and is written in a private message of %3.")
            .arg(s.value, a, b);
    case EvidenceKind::OrderNumber:
        return tr("The order number %1 is written in private messages of %2 and of %3.")
            .arg(s.value, a, b);
    case EvidenceKind::CrmId:
        return tr("This customer and %1 have the same CRM id %2.").arg(s.customerBName, s.value);
    case EvidenceKind::DisplayNameAndCase:
        return tr("%1 and %2 have the same name \"%3\", and cases of both are linked.")
            .arg(a, b, s.value);
    }
    return {};
}

QString JourneyText::redactionMarker()
{
    return u"[erased]"_s;
}

} // namespace CareDesk
