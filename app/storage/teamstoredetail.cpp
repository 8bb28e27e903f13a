// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/teamstoredetail.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk::TeamStoreDetail {

QStringList jsonList(const QString &text)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : array)
        list.append(value.toString());
    return list;
}

QString openCasesOf(const Database &db)
{
    return db.isPostgres()
        ? u"caredesk_open_cases(a.id)"_s
        : u"(SELECT COUNT(*) FROM cases o WHERE o.assignee_id = a.id AND o.status <> 'resolved')"_s;
}

Error refusedAs(const Error &error, const QString &sentence)
{
    if (error.code == ErrorCode::Internal
        && (error.message.contains("permission denied"_L1)
            || error.message.contains("row-level security"_L1)
            || error.message.contains("from another agent"_L1)
            || error.message.contains("privileged"_L1)))
        return Error { ErrorCode::Invalid, sentence };
    return error;
}

} // namespace CareDesk::TeamStoreDetail
