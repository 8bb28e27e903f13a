// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/desktopcounts.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk::DesktopCounts {

Result<qint64> unansweredCases(Database &db, Id agentId)
{
    Result<QSqlQuery> q
        = db.exec(u"SELECT COUNT(*) FROM cases WHERE status <> 'resolved' AND unanswered > 0 "
                  "AND (assignee_id IS NULL OR assignee_id = ?)"_s,
            { agentId });
    if (!q.ok())
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : qint64(0);
}

Result<Id> newestCaseId(Database &db)
{
    Result<QSqlQuery> q = db.exec(u"SELECT COALESCE(MAX(id), 0) FROM cases"_s);
    if (!q.ok())
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : Id(0);
}

} // namespace CareDesk::DesktopCounts
