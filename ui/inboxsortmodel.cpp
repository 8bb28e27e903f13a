// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inboxsortmodel.h"

#include "ui/inboxmodel.h"

namespace CareDesk {

InboxSortModel::InboxSortModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(InboxModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

bool InboxSortModel::canFetchMore(const QModelIndex &) const
{
    return false;
}

bool InboxSortModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (QSortFilterProxyModel::lessThan(left, right))
        return true;
    if (QSortFilterProxyModel::lessThan(right, left))
        return false;
    // Equal keys (a status, a platform): the latest activity first in either order, so a
    // sorted list still reads like an inbox. The proxy reverses lessThan for a descending sort.
    qint64 leftKey = left.data(InboxModel::LastMessageAtRole).toLongLong();
    qint64 rightKey = right.data(InboxModel::LastMessageAtRole).toLongLong();
    if (leftKey == rightKey) {
        leftKey = left.data(InboxModel::CaseIdRole).toLongLong();
        rightKey = right.data(InboxModel::CaseIdRole).toLongLong();
    }
    return sortOrder() == Qt::AscendingOrder ? leftKey > rightKey : leftKey < rightKey;
}

} // namespace CareDesk
