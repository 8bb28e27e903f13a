// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/viewrepository.h"

#include <QJsonArray>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk::ViewDefinition {

namespace {

    QString sortName(InboxSort sort)
    {
        switch (sort) {
        case InboxSort::Newest:
            return u"newest"_s;
        case InboxSort::SlaDueFirst:
            return u"sla_due"_s;
        case InboxSort::OldestWaiting:
            return u"oldest_waiting"_s;
        case InboxSort::Priority:
            return u"priority"_s;
        }
        return u"newest"_s;
    }

    InboxSort sortFrom(const QString &name)
    {
        if (name == "sla_due"_L1)
            return InboxSort::SlaDueFirst;
        if (name == "oldest_waiting"_L1)
            return InboxSort::OldestWaiting;
        if (name == "priority"_L1)
            return InboxSort::Priority;
        return InboxSort::Newest;
    }

    template <typename T> QJsonArray namesOf(const QList<T> &values)
    {
        QJsonArray array;
        for (const T &value : values)
            array.append(toString(value));
        return array;
    }

    template <typename T, typename Parse> QList<T> valuesOf(const QJsonValue &json, Parse parse)
    {
        QList<T> values;
        const QJsonArray array = json.toArray();
        for (const QJsonValue &item : array) {
            if (const std::optional<T> value = parse(item.toString()))
                values.append(*value);
        }
        return values;
    }

} // namespace

QJsonObject toJson(const InboxQuery &query)
{
    QJsonObject json;
    QList<CaseStatus> statuses = query.statuses;
    if (query.status)
        statuses.append(*query.status);
    if (!statuses.isEmpty())
        json.insert(u"statuses"_s, namesOf(statuses));
    if (query.openOnly)
        json.insert(u"open"_s, true);
    QList<Platform> platforms = query.platforms;
    if (query.platform)
        platforms.append(*query.platform);
    if (!platforms.isEmpty())
        json.insert(u"platforms"_s, namesOf(platforms));
    QList<Id> accounts = query.accountIds;
    if (query.accountId != 0)
        accounts.append(query.accountId);
    if (!accounts.isEmpty()) {
        QJsonArray array;
        for (const Id id : accounts)
            array.append(QString::number(id));
        json.insert(u"accounts"_s, array);
    }
    if (!query.priorities.isEmpty())
        json.insert(u"priorities"_s, namesOf(query.priorities));
    if (query.mine)
        json.insert(u"assignee"_s, u"me"_s);
    else if (query.unassigned)
        json.insert(u"assignee"_s, u"none"_s);
    else if (query.assigneeId != 0)
        json.insert(u"assignee"_s, QString::number(query.assigneeId));
    if (query.queueId != 0)
        json.insert(u"queue"_s, QString::number(query.queueId));
    if (!query.tags.isEmpty())
        json.insert(u"tags"_s, QJsonArray::fromStringList(query.tags));
    if (!query.language.isEmpty())
        json.insert(u"language"_s, query.language);
    if (query.negativeSentiment)
        json.insert(u"sentiment"_s, u"negative"_s);
    if (query.sla == SlaFilter::AtRisk) {
        json.insert(u"sla"_s, u"at_risk"_s);
        json.insert(u"at_risk_minutes"_s, query.atRiskMinutes);
    } else if (query.sla == SlaFilter::Breached) {
        json.insert(u"sla"_s, u"breached"_s);
    }
    if (query.waitingOnly)
        json.insert(u"unanswered"_s, true);
    if (query.activeFrom != 0)
        json.insert(u"active_from"_s, QString::number(query.activeFrom));
    if (query.activeTo != 0)
        json.insert(u"active_to"_s, QString::number(query.activeTo));
    json.insert(u"sort"_s, sortName(query.sort));
    return json;
}

InboxQuery fromJson(const QJsonObject &json, Id me)
{
    InboxQuery query;
    query.statuses = valuesOf<CaseStatus>(json.value(u"statuses"_s), &caseStatusFromString);
    query.openOnly = json.value(u"open"_s).toBool();
    query.platforms = valuesOf<Platform>(json.value(u"platforms"_s), &platformFromString);
    const QJsonArray accounts = json.value(u"accounts"_s).toArray();
    for (const QJsonValue &account : accounts) {
        if (const Id id = account.toString().toLongLong(); id > 0)
            query.accountIds.append(id);
    }
    query.priorities = valuesOf<Priority>(json.value(u"priorities"_s), &priorityFromString);
    const QString assignee = json.value(u"assignee"_s).toString();
    if (assignee == "me"_L1) {
        query.mine = true;
        query.me = me;
    } else if (assignee == "none"_L1) {
        query.unassigned = true;
    } else {
        query.assigneeId = assignee.toLongLong();
    }
    query.queueId = json.value(u"queue"_s).toString().toLongLong();
    const QJsonArray tags = json.value(u"tags"_s).toArray();
    for (const QJsonValue &tag : tags) {
        if (!tag.toString().isEmpty())
            query.tags.append(tag.toString());
    }
    query.language = json.value(u"language"_s).toString();
    query.negativeSentiment = json.value(u"sentiment"_s).toString() == "negative"_L1;
    const QString sla = json.value(u"sla"_s).toString();
    if (sla == "at_risk"_L1) {
        query.sla = SlaFilter::AtRisk;
        query.atRiskMinutes = qMax(1, json.value(u"at_risk_minutes"_s).toInt(15));
    } else if (sla == "breached"_L1) {
        query.sla = SlaFilter::Breached;
    }
    query.waitingOnly = json.value(u"unanswered"_s).toBool();
    query.activeFrom = json.value(u"active_from"_s).toString().toLongLong();
    query.activeTo = json.value(u"active_to"_s).toString().toLongLong();
    query.sort = sortFrom(json.value(u"sort"_s).toString());
    return query;
}

std::optional<bool> matches(const InboxQuery &query, const Case &value, Millis now)
{
    if (query.status && value.status != *query.status)
        return false;
    if (!query.status && query.openOnly && value.status == CaseStatus::Resolved)
        return false;
    if (!query.statuses.isEmpty() && !query.statuses.contains(value.status))
        return false;
    if (query.platform && value.platform != *query.platform)
        return false;
    if (!query.platforms.isEmpty() && !query.platforms.contains(value.platform))
        return false;
    if (query.accountId != 0 && value.accountId != query.accountId)
        return false;
    if (!query.accountIds.isEmpty() && !query.accountIds.contains(value.accountId))
        return false;
    if (!query.priorities.isEmpty() && !query.priorities.contains(value.priority))
        return false;
    if (query.queueId != 0 && value.queueId != query.queueId)
        return false;
    if (query.assigneeId != 0 && value.assigneeId != query.assigneeId)
        return false;
    if (query.mine && (value.assigneeId == 0 || value.assigneeId != query.me))
        return false;
    if (query.unassigned && value.assigneeId != 0)
        return false;
    if (!query.language.isEmpty() && value.language != query.language)
        return false;
    if (query.negativeSentiment && value.sentimentLast >= 0)
        return false;
    if (query.sla != SlaFilter::Any) {
        const Millis due = sortKey(InboxSort::SlaDueFirst, value).key;
        if (value.status == CaseStatus::Resolved)
            return false;
        if (query.sla == SlaFilter::Breached && !(due < now))
            return false;
        if (query.sla == SlaFilter::AtRisk
            && !(due >= now && due <= now + qMax(1, query.atRiskMinutes) * Millis(60 * 1000)))
            return false;
    }
    if (query.waitingOnly && value.unanswered <= 0)
        return false;
    if (query.activeFrom != 0 && value.lastMessageAt < query.activeFrom)
        return false;
    if (query.activeTo != 0 && value.lastMessageAt >= query.activeTo)
        return false;
    if (!query.tags.isEmpty())
        return std::nullopt;
    return true;
}

KeysetCursor sortKey(InboxSort sort, const Case &value)
{
    constexpr qint64 never = std::numeric_limits<qint64>::max(); // as the storage's expressions
    KeysetCursor cursor { value.lastMessageAt, value.id, 0 };
    switch (sort) {
    case InboxSort::Newest:
        break;
    case InboxSort::SlaDueFirst: {
        qint64 nearest = never;
        for (const Millis due :
            { value.firstResponseDue, value.nextResponseDue, value.resolutionDue }) {
            if (due > 0)
                nearest = std::min(nearest, due);
        }
        cursor.key = nearest;
        break;
    }
    case InboxSort::OldestWaiting:
        cursor.key = value.unanswered > 0 && value.lastCustomerMessageAt > 0
            ? value.lastCustomerMessageAt
            : never;
        break;
    case InboxSort::Priority:
        cursor.key = value.priority == Priority::Urgent ? 3
            : value.priority == Priority::High          ? 2
            : value.priority == Priority::Normal        ? 1
                                                        : 0;
        break;
    }
    return cursor;
}

bool comesBefore(InboxSort sort, const KeysetCursor &a, const KeysetCursor &b)
{
    switch (sort) {
    case InboxSort::Newest:
        return a.time > b.time || (a.time == b.time && a.id > b.id);
    case InboxSort::SlaDueFirst:
    case InboxSort::OldestWaiting:
        return a.key < b.key || (a.key == b.key && a.id < b.id);
    case InboxSort::Priority:
        return a.key > b.key
            || (a.key == b.key && (a.time > b.time || (a.time == b.time && a.id > b.id)));
    }
    return false;
}

} // namespace CareDesk::ViewDefinition
