// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/repositories.h"
#include "app/core/scenario.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace CareDesk {

/// Turns a resolved real case into a training scenario (issue 9, "From real cases to training").
/// Pure: works on the case as the case view loaded it. Every name, handle, platform id, CRM
/// reference, e-mail and phone number of the customer is replaced, in the customer's posts, in the
/// agents' replies (which become the exemplary reply) and in the profile and journey.
class ScenarioFromCase final
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::ScenarioFromCase)

public:
    /// The scenario; id is the scenario's id (must not carry the case's ids). journey: lines a
    /// CRM would show (earlier contacts, orders); they are anonymised like the messages.
    static Scenario build(
        const CaseDetail &detail, const QString &id, const QStringList &journey = {});

    /// The customer's personal strings of a case that must not appear in a scenario: names (and
    /// their parts), handles, platform ids, CRM reference, e-mail, phone (as its last digits).
    static QStringList personalStrings(const CaseDetail &detail);

    /// The personal strings of the case still present anywhere in the scenario's JSON (after a
    /// trainer's edits, say); empty when it is clean.
    static QStringList leftovers(const Scenario &scenario, const CaseDetail &detail);

    /// A scenario id for a new file made now: "from-case-YYYYMMDD-HHMMSS" (no case id in it).
    static QString newId(Millis now);
};

} // namespace CareDesk
