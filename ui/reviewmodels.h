// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/replyreview.h"

#include <QAbstractTableModel>

namespace CareDesk {

/// Average review score per agent and week (ReplyReviews::trends).
class ReviewTrendModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewTrendModel)

public:
    enum Column { AgentColumn, WeekColumn, ReviewsColumn, AverageColumn, ColumnCount };
    enum Role { AgentIdRole = Qt::UserRole + 1, WeekStartRole, AverageRole };

    explicit ReviewTrendModel(QObject *parent = nullptr);
    void setPoints(const QList<ReviewTrendPoint> &points);
    const QList<ReviewTrendPoint> &points() const { return m_points; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ReviewTrendPoint> m_points;
};

/// Reviewed replies flagged as worth showing in training, newest first.
class ShowcaseModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShowcaseModel)

public:
    enum Column { DateColumn, AgentColumn, ScoreColumn, ReplyColumn, CommentColumn, ColumnCount };
    enum Role { CaseIdRole = Qt::UserRole + 1, MessageIdRole, ReviewIdRole };

    explicit ShowcaseModel(QObject *parent = nullptr);
    void setReviews(const QList<ReplyReview> &reviews);
    const QList<ReplyReview> &reviews() const { return m_reviews; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ReplyReview> m_reviews;
};

} // namespace CareDesk
