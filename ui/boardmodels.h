// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The supervisor board's lists. Each takes the rows of a new BoardSnapshot and applies the
// difference (rows updated, inserted, removed and moved by key), so views keep their selection
// and scroll position while the figures change under them.

#include "app/core/boardrepository.h"

#include <QAbstractListModel>
#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace CareDesk {

class Clock;

/// The MIME type of dragged cases: their ids, one a line.
inline constexpr char boardCaseMimeType[] = "application/x-caredesk-case-ids";

class BoardQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardQueueModel)

public:
    enum Column {
        NameColumn,
        OpenColumn,
        UnassignedColumn,
        AtRiskColumn,
        BreachedColumn,
        OldestWaitingColumn,
        SlaTodayColumn,
        ThisHourColumn,
        ColumnCount
    };
    enum Role {
        QueueIdRole = Qt::UserRole + 1,
        ValueRole, ///< the figure as a number (minutes waited, attainment percent), -1: none
    };

    explicit BoardQueueModel(const Clock &clock, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setQueues(const QList<BoardQueue> &queues);
    const BoardQueue &queueAt(int row) const { return m_rows.at(row); }
    /// The queue's name as shown ("Shared inbox" for the cases in no queue).
    QString nameOf(Id queueId) const;

private:
    const Clock &m_clock;
    QList<BoardQueue> m_rows;
};

class BoardAgentModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardAgentModel)

public:
    enum Column {
        NameColumn,
        StatusColumn,
        OpenColumn,
        CapacityColumn,
        HandledTodayColumn,
        MedianFirstResponseColumn,
        ColumnCount
    };
    enum Role {
        AgentIdRole = Qt::UserRole + 1,
        AgentNameRole,
        StatusRole, ///< BoardAgentStatus as int
    };

    explicit BoardAgentModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) const override;
    /// A drop of cases on an agent asks for their reassignment (assignRequested); the model's
    /// own rows change only when the next snapshot says so.
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) override;

    void setAgents(const QList<BoardAgent> &agents);
    const BoardAgent &agentAt(int row) const { return m_rows.at(row); }
    const QList<BoardAgent> &agents() const { return m_rows; }

    static QString statusText(BoardAgentStatus status);

Q_SIGNALS:
    void assignRequested(const QList<CareDesk::Id> &caseIds, const QString &agentName);

private:
    QList<BoardAgent> m_rows;
};

class BoardCaseModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardCaseModel)

public:
    enum Column {
        CaseColumn,
        QueueColumn,
        SubjectColumn,
        PriorityColumn,
        SlaColumn,
        DueColumn,
        AssigneeColumn,
        ColumnCount
    };
    enum Role {
        CaseIdRole = Qt::UserRole + 1,
    };

    BoardCaseModel(const Clock &clock, const BoardQueueModel &queues, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

    void setCases(const QList<BoardCase> &cases);
    const BoardCase &caseAt(int row) const { return m_rows.at(row); }

    static QString priorityText(Priority priority);

private:
    const Clock &m_clock;
    const BoardQueueModel &m_queues;
    QList<BoardCase> m_rows;
};

class BoardAlertModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardAlertModel)

public:
    enum Role {
        CaseIdRole = Qt::UserRole + 1,
        KindRole, ///< AlertKind as int
    };

    BoardAlertModel(const Clock &clock, const BoardQueueModel &queues, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

    void setAlerts(const QList<Alert> &alerts);
    const Alert &alertAt(int row) const { return m_rows.at(row); }
    /// One sentence about the alert, as the list shows it.
    QString describe(const Alert &alert) const;

private:
    const Clock &m_clock;
    const BoardQueueModel &m_queues;
    QList<Alert> m_rows;
};

} // namespace CareDesk
