// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace CareDesk {

/// Sorts the inbox by a column's InboxModel::SortRole (numbers for times and states), newest
/// activity first among equals. Without a sort column the source's newest-first order shows.
class InboxSortModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxSortModel)

public:
    explicit InboxSortModel(QObject *parent = nullptr);

    /// Always false: the window asks the inbox for the next page as the agent scrolls near the
    /// end. QTreeView alone fetches at every full layout, page after page, until the whole
    /// inbox is loaded; fetchMore itself still reaches the source.
    bool canFetchMore(const QModelIndex &parent) const override;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace CareDesk
