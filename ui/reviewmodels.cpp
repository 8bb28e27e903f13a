// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reviewmodels.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {
    QString dateText(Millis at)
    {
        return QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).date(), QLocale::ShortFormat);
    }
    QString agentText(const QString &name, Id id)
    {
        if (!name.isEmpty())
            return name;
        return id == 0 ? ReviewTrendModel::tr("(local agent)")
                       : ReviewTrendModel::tr("Agent %1").arg(id);
    }
} // namespace

ReviewTrendModel::ReviewTrendModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReviewTrendModel::setPoints(const QList<ReviewTrendPoint> &points)
{
    beginResetModel();
    m_points = points;
    endResetModel();
}

int ReviewTrendModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_points.size());
}

int ReviewTrendModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewTrendModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReviewTrendPoint &p = m_points.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case AgentColumn:
            return agentText(p.agentName, p.agentId);
        case WeekColumn:
            return tr("Week of %1").arg(dateText(p.weekStart));
        case ReviewsColumn:
            return p.reviews;
        case AverageColumn:
            return u"%1%"_s.arg(QLocale().toString(p.averagePercent, 'f', 0));
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() >= ReviewsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                               : QVariant();
    case AgentIdRole:
        return p.agentId;
    case WeekStartRole:
        return p.weekStart;
    case AverageRole:
        return p.averagePercent;
    default:
        return {};
    }
}

QVariant ReviewTrendModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AgentColumn:
        return tr("Agent");
    case WeekColumn:
        return tr("Week");
    case ReviewsColumn:
        return tr("Reviews");
    case AverageColumn:
        return tr("Average score");
    default:
        return {};
    }
}

ShowcaseModel::ShowcaseModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ShowcaseModel::setReviews(const QList<ReplyReview> &reviews)
{
    beginResetModel();
    m_reviews = reviews;
    endResetModel();
}

int ShowcaseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reviews.size());
}

int ShowcaseModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShowcaseModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReplyReview &r = m_reviews.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return dateText(r.createdAt);
        case AgentColumn:
            return agentText(r.agentName, r.agentId);
        case ScoreColumn:
            return tr("%1 of %2").arg(r.total).arg(r.maximum);
        case ReplyColumn:
            return QString(r.text).replace(u'\n', u' ');
        case CommentColumn:
            return QString(r.comment).replace(u'\n', u' ');
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == CommentColumn ? r.comment : r.text;
    case CaseIdRole:
        return r.caseId;
    case MessageIdRole:
        return r.messageId;
    case ReviewIdRole:
        return r.id;
    default:
        return {};
    }
}

QVariant ShowcaseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Reviewed");
    case AgentColumn:
        return tr("Agent");
    case ScoreColumn:
        return tr("Score");
    case ReplyColumn:
        return tr("Reply");
    case CommentColumn:
        return tr("Comment");
    default:
        return {};
    }
}

} // namespace CareDesk
