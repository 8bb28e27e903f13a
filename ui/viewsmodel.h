// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/viewrepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace CareDesk {

/// The views panel's list: section headings (not selectable) and views, each with its query and
/// its live count. Built-in views first (Mine, Unassigned, All open, SLA at risk, Breached,
/// Negative sentiment), then one per platform, account and language, then the saved views.
class ViewsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewsModel)

public:
    enum Column { NameColumn, CountColumn, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1, ///< a stable key: "mine", "platform:x", "saved:12"...
        CountRole, ///< qint64; -1 while unknown
        IsHeadingRole, ///< bool
        SavedViewIdRole, ///< Id; 0 for views that are not saved views
    };

    /// me: the agent whose cases "Mine" lists.
    explicit ViewsModel(Id me, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// Rebuilds the rows (a model reset); known counts of views that remain are kept.
    void setContents(const InboxFacets &facets, const QList<SavedView> &saved);
    /// "SLA at risk" means due within this many minutes.
    void setAtRiskMinutes(int minutes);
    int atRiskMinutes() const { return m_atRiskMinutes; }

    /// The query of a view row; a default query for headings.
    InboxQuery queryAt(int row) const;
    /// Every view row's query, in row order, with the rows they belong to.
    QList<InboxQuery> viewQueries(QList<int> *rows) const;
    /// Counts for the rows viewQueries named.
    void setCounts(const QList<int> &rows, const QList<qint64> &counts);
    /// The row of a key, or -1.
    int rowOfKey(const QString &key) const;
    const SavedView *savedViewAt(int row) const;

private:
    struct Row {
        bool heading = false;
        QString key;
        QString name;
        InboxQuery query;
        qint64 count = -1;
        SavedView saved;
    };
    void rebuild(const InboxFacets &facets, const QList<SavedView> &saved);

    Id m_me = 0;
    int m_atRiskMinutes = 15;
    InboxFacets m_facets;
    QList<SavedView> m_saved;
    QList<Row> m_rows;
};

} // namespace CareDesk
