// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the customer store's files (customerstore.cpp, customerprivacy.cpp,
// customerimport.cpp); not for use elsewhere.

#include "app/core/domain.h"
#include "app/core/result.h"
#include "app/storage/database.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>

#include <optional>

namespace CareDesk::CustomerStore::Detail {

QVariant nullableId(Id id);
/// " FOR UPDATE" on PostgreSQL; SQLite's BEGIN IMMEDIATE holds the write lock already.
QString lockSuffix(const Database &db);
QString jsonText(const QJsonValue &value);
QJsonArray tagsJson(const QStringList &tags);
/// Who did it, for events: the database login on PostgreSQL, the system user on SQLite.
Result<QString> actorName(Database &db);
Result<std::optional<Customer>> loadCustomer(
    Database &db, Id customerId, bool lock, QStringList *tags = nullptr);
Error noCustomer(Id customerId);
Error erasedCustomer(Id customerId);
Result<QList<Id>> idList(Database &db, const QString &statement, const QVariantList &values);
QJsonValue timeOrNull(Millis value);
QString idText(const QVariant &value);
QJsonObject identityJson(const Identity &identity);

} // namespace CareDesk::CustomerStore::Detail
