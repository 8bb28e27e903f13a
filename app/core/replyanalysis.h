// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace CareDesk {

/// A piece of personal data found in a text, as (start, length) in UTF-16 code units.
struct PersonalDataSpan {
    enum class Kind { Email, Phone, OrderNumber, PersonalUrl };
    Kind kind = Kind::Email;
    int start = 0;
    int length = 0;
};

/// What a reply does, as the scenario engine's reaction rules and the rubric see it.
struct ReplyFacts {
    bool apology = false; ///< "sorry", "we apologise", "извините", "приносим извинения"
    bool concreteTime = false; ///< "by 18:00", "within 2 hours", "tomorrow", "в течение часа"
    bool concreteLink
        = false; ///< a URL that points somewhere specific (a path, not a bare homepage)
    bool sendsElsewhere = false; ///< "see our website", "call the hotline", "напишите на почту" ...
    bool asksOrderNumber = false; ///< asks for the order number
    bool invitesPrivate = false; ///< "DM us", "напишите нам в личные сообщения"
    bool hasPersonalData = false; ///< an e-mail, phone number or order number is in the text
};

/// Detectors shared by the scenario engine and the rubric, for Russian and English replies.
/// Pure functions of the text; no network, no state.
class ReplyAnalysis final
{
public:
    static ReplyFacts analyse(const QString &text);

    static bool hasApology(const QString &text);
    static bool hasConcreteTime(const QString &text);
    static bool hasConcreteLink(const QString &text);
    /// Sends the customer to another channel without a concrete link (the link would make it an
    /// answer).
    static bool sendsElsewhere(const QString &text);
    static bool asksOrderNumber(const QString &text);
    static bool invitesPrivate(const QString &text);
    /// E-mails, phone numbers (Russian and international formats), order numbers and URLs that
    /// carry a personal id, in text order, not overlapping.
    static QList<PersonalDataSpan> personalData(const QString &text);
};

} // namespace CareDesk
