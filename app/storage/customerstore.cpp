// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/customerstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk::CustomerStore {

Result<Done> updateProfile(Database &db, const Customer &profile, Millis now)
{
    return db.transaction([&]() -> Result<Done> {
        Result<QSqlQuery> updated = db.exec(
            u"UPDATE customer SET name = ?, email = ?, phone = ?, region = ?, language = ?, vip = ? "
            "WHERE crm_ref = ? RETURNING id"_s,
            { profile.name, profile.email, profile.phone, profile.region, profile.language, profile.vip ? 1 : 0,
              profile.crmRef });
        if (!updated.ok())
            return updated.error();
        QList<Id> cases;
        bool found = false;
        while (updated.value().next()) {
            found = true;
            Result<QSqlQuery> touched =
                db.exec(u"SELECT id FROM cases WHERE customer_id = ?"_s, { updated.value().value(0) });
            if (!touched.ok())
                return touched.error();
            while (touched.value().next())
                cases.append(touched.value().value(0).toLongLong());
        }
        if (!found)
            return Error { ErrorCode::NotFound, Database::tr("There is no customer %1.").arg(profile.crmRef) };
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
        u"INSERT INTO sla_policy (platform, priority, first_response_minutes, next_response_minutes, "
        "resolution_minutes, at_risk_percent, business_hours) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        { policy.platform ? QVariant(toString(*policy.platform)) : none,
          policy.priority ? QVariant(toString(*policy.priority)) : none, policy.firstResponseMinutes,
          policy.nextResponseMinutes, policy.resolutionMinutes, policy.atRiskPercent,
          QString::fromUtf8(QJsonDocument(hours).toJson(QJsonDocument::Compact)) });
}

} // namespace CareDesk::CustomerStore
