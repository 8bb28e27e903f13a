// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/boardmodels.h"

#include "app/core/clock.h"
#include "ui/inboxmodel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QMimeData>
#include <QSet>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    /// What syncRows needs of a model: its protected notifications, as calls.
    struct RowOps {
        std::function<void(int)> beginInsert;
        std::function<void()> endInsert;
        std::function<void(int)> beginRemove;
        std::function<void()> endRemove;
        std::function<bool(int, int)> beginMove; ///< from, to (in beginMoveRows' terms)
        std::function<void()> endMove;
        std::function<void(int)> changed;
    };

    /// Turns rows into next one notification at a time: removals, then moves, inserts and updates
    /// in order, so selections and scroll positions follow the rows they were on.
    template <typename T, typename KeyOf>
    void syncRows(QList<T> &rows, const QList<T> &next, KeyOf keyOf, const RowOps &ops)
    {
        QSet<qint64> wanted;
        for (const T &row : next)
            wanted.insert(keyOf(row));
        for (int i = int(rows.size()) - 1; i >= 0; --i) {
            if (wanted.contains(keyOf(rows.at(i))))
                continue;
            ops.beginRemove(i);
            rows.removeAt(i);
            ops.endRemove();
        }
        for (int i = 0; i < next.size(); ++i) {
            const qint64 key = keyOf(next.at(i));
            if (i < rows.size() && keyOf(rows.at(i)) == key) {
                rows[i] = next.at(i);
                ops.changed(i);
                continue;
            }
            int found = -1;
            for (int j = i + 1; j < rows.size(); ++j) {
                if (keyOf(rows.at(j)) == key) {
                    found = j;
                    break;
                }
            }
            if (found >= 0) {
                ops.beginMove(found, i);
                rows.move(found, i);
                ops.endMove();
                rows[i] = next.at(i);
                ops.changed(i);
            } else {
                ops.beginInsert(i);
                rows.insert(i, next.at(i));
                ops.endInsert();
            }
        }
    }

#define CAREDESK_ROW_OPS(columns)                                                                  \
    RowOps                                                                                         \
    {                                                                                              \
        [this](int r) { beginInsertRows({}, r, r); }, [this] { endInsertRows(); },                 \
            [this](int r) { beginRemoveRows({}, r, r); }, [this] { endRemoveRows(); },             \
            [this](int from, int to) { return beginMoveRows({}, from, from, {}, to); },            \
            [this] { endMoveRows(); },                                                             \
            [this](int r) { Q_EMIT dataChanged(index(r, 0), index(r, (columns)-1)); }              \
    }

    QString waitedText(const Clock &clock, Millis since)
    {
        if (since == 0)
            return QString();
        return InboxModel::durationText(std::max<Millis>(0, clock.now() - since));
    }

    QString timeText(Millis at)
    {
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(at).time(), QLocale::ShortFormat);
    }

    /// A horizontal header's text: titles holds one (translated) title a column, in Column order.
    QVariant columnTitle(const QStringList &titles, int columnCount, int section,
        Qt::Orientation orientation, int role)
    {
        Q_ASSERT(titles.size() == columnCount);
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
            || section >= columnCount)
            return {};
        return titles.at(section);
    }

    QMimeData *caseMime(const QList<Id> &ids)
    {
        if (ids.isEmpty())
            return nullptr;
        QStringList lines;
        for (Id id : ids)
            lines.append(QString::number(id));
        auto *mime = new QMimeData;
        mime->setData(QString::fromLatin1(boardCaseMimeType), lines.join(u'\n').toUtf8());
        return mime;
    }

} // namespace

// Queues.

BoardQueueModel::BoardQueueModel(const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{
}

int BoardQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BoardQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BoardQueueModel::nameOf(Id queueId) const
{
    if (queueId == 0)
        return tr("Shared inbox");
    for (const BoardQueue &q : m_rows) {
        if (q.queueId == queueId)
            return q.name;
    }
    return u"#%1"_s.arg(queueId);
}

QVariant BoardQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BoardQueue &q = m_rows.at(index.row());
    const int attainment = q.slaDue == 0 ? -1 : int(std::lround(100.0 * q.slaMet / q.slaDue));
    if (role == QueueIdRole)
        return q.queueId;
    if (role == ValueRole) {
        switch (index.column()) {
        case OpenColumn:
            return q.open;
        case UnassignedColumn:
            return q.unassigned;
        case AtRiskColumn:
            return q.atRisk;
        case BreachedColumn:
            return q.breached;
        case OldestWaitingColumn:
            return q.oldestWaitingSince == 0
                ? -1
                : qint64((m_clock.now() - q.oldestWaitingSince) / 60000);
        case SlaTodayColumn:
            return attainment;
        case ThisHourColumn:
            return q.volumeThisHour;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole) {
        if (index.column() == BreachedColumn && q.breached > 0)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (index.column() == AtRiskColumn && q.atRisk > 0)
            return QBrush(QColor(0xe6, 0x7e, 0x00));
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return nameOf(q.queueId);
    case OpenColumn:
        return q.open;
    case UnassignedColumn:
        return q.unassigned;
    case AtRiskColumn:
        return q.atRisk;
    case BreachedColumn:
        return q.breached;
    case OldestWaitingColumn:
        return waitedText(m_clock, q.oldestWaitingSince);
    case SlaTodayColumn:
        return attainment < 0 ? u"\u2014"_s : tr("%1%").arg(attainment);
    case ThisHourColumn:
        return q.volumeThisHour;
    default:
        return {};
    }
}

QVariant BoardQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // In Column order.
    return columnTitle({ tr("Queue"), tr("Open"), tr("Unassigned"), tr("At risk"), tr("Breached"),
                           tr("Oldest waiting"), tr("SLA today"), tr("This hour") },
        ColumnCount, section, orientation, role);
}

void BoardQueueModel::setQueues(const QList<BoardQueue> &queues)
{
    syncRows(
        m_rows, queues, [](const BoardQueue &q) { return q.queueId; },
        CAREDESK_ROW_OPS(ColumnCount));
}

// Agents.

BoardAgentModel::BoardAgentModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int BoardAgentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BoardAgentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BoardAgentModel::statusText(BoardAgentStatus status)
{
    switch (status) {
    case BoardAgentStatus::Available:
        return tr("Available");
    case BoardAgentStatus::Busy:
        return tr("Busy");
    case BoardAgentStatus::Away:
        return tr("Away");
    case BoardAgentStatus::Offline:
        return tr("Offline");
    }
    return QString();
}

QVariant BoardAgentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BoardAgent &a = m_rows.at(index.row());
    switch (role) {
    case AgentIdRole:
        return a.agentId;
    case AgentNameRole:
        return a.name;
    case StatusRole:
        return int(a.status);
    case Qt::TextAlignmentRole:
        if (index.column() == NameColumn || index.column() == StatusColumn)
            return {};
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() != StatusColumn)
            return {};
        switch (a.status) {
        case BoardAgentStatus::Available:
            return QBrush(QColor(0x2e, 0x7d, 0x32));
        case BoardAgentStatus::Busy:
            return QBrush(QColor(0xe6, 0x7e, 0x00));
        default:
            return QBrush(QColor(0x75, 0x75, 0x75));
        }
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return a.displayName.isEmpty() || a.displayName == a.name
            ? a.name
            : u"%1 (%2)"_s.arg(a.displayName, a.name);
    case StatusColumn:
        return statusText(a.status);
    case OpenColumn:
        return a.open;
    case CapacityColumn:
        return a.capacity;
    case HandledTodayColumn:
        return a.handledToday;
    case MedianFirstResponseColumn:
        return a.medianFirstResponseMs < 0 ? u"\u2014"_s
                                           : InboxModel::durationText(a.medianFirstResponseMs);
    default:
        return {};
    }
}

QVariant BoardAgentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // In Column order.
    return columnTitle({ tr("Agent"), tr("Status"), tr("Open cases"), tr("Capacity"),
                           tr("Handled today"), tr("Median first response") },
        ColumnCount, section, orientation, role);
}

Qt::ItemFlags BoardAgentModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsDropEnabled : base;
}

QStringList BoardAgentModel::mimeTypes() const
{
    return { QString::fromLatin1(boardCaseMimeType) };
}

Qt::DropActions BoardAgentModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

bool BoardAgentModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction, int row, int, const QModelIndex &parent) const
{
    const int target = parent.isValid() ? parent.row() : row;
    return data && data->hasFormat(QString::fromLatin1(boardCaseMimeType)) && target >= 0
        && target < m_rows.size();
}

bool BoardAgentModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const int target = parent.isValid() ? parent.row() : row;
    QList<Id> ids;
    const QList<QByteArray> lines = data->data(QString::fromLatin1(boardCaseMimeType)).split('\n');
    for (const QByteArray &line : lines) {
        bool ok = false;
        const Id id = line.trimmed().toLongLong(&ok);
        if (ok && id > 0)
            ids.append(id);
    }
    if (ids.isEmpty())
        return false;
    Q_EMIT assignRequested(ids, m_rows.at(target).name);
    // Nothing moves here: the next snapshot shows the new owner.
    return false;
}

void BoardAgentModel::setAgents(const QList<BoardAgent> &agents)
{
    syncRows(
        m_rows, agents, [](const BoardAgent &a) { return a.agentId; },
        CAREDESK_ROW_OPS(ColumnCount));
}

// Cases.

BoardCaseModel::BoardCaseModel(const Clock &clock, const BoardQueueModel &queues, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
    , m_queues(queues)
{
}

int BoardCaseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BoardCaseModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BoardCaseModel::priorityText(Priority priority)
{
    return InboxModel::priorityText(priority);
}

QVariant BoardCaseModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BoardCase &c = m_rows.at(index.row());
    if (role == CaseIdRole)
        return c.caseId;
    if (role == Qt::ForegroundRole && index.column() == SlaColumn) {
        if (c.sla == SlaState::Breached)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (c.sla == SlaState::AtRisk)
            return QBrush(QColor(0xe6, 0x7e, 0x00));
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case CaseColumn:
        return u"#%1"_s.arg(c.caseId);
    case QueueColumn:
        return m_queues.nameOf(c.queueId);
    case SubjectColumn:
        return c.subject;
    case PriorityColumn:
        return priorityText(c.priority);
    case SlaColumn:
        return c.sla == SlaState::Ok || c.sla == SlaState::None ? tr("Unassigned")
                                                                : InboxModel::slaText(c.sla);
    case DueColumn:
        if (c.dueAt == 0)
            return QString();
        if (c.dueAt < m_clock.now())
            return tr("%1 ago").arg(InboxModel::durationText(m_clock.now() - c.dueAt));
        return tr("in %1").arg(InboxModel::durationText(c.dueAt - m_clock.now()));
    case AssigneeColumn:
        return c.assigneeId == 0 ? tr("nobody") : c.assigneeName;
    default:
        return {};
    }
}

QVariant BoardCaseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // In Column order.
    return columnTitle({ tr("Case"), tr("Queue"), tr("Subject"), tr("Priority"), tr("SLA"),
                           tr("Due"), tr("Assignee") },
        ColumnCount, section, orientation, role);
}

Qt::ItemFlags BoardCaseModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base;
}

QStringList BoardCaseModel::mimeTypes() const
{
    return { QString::fromLatin1(boardCaseMimeType) };
}

QMimeData *BoardCaseModel::mimeData(const QModelIndexList &indexes) const
{
    QList<Id> ids;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && !ids.contains(m_rows.at(index.row()).caseId))
            ids.append(m_rows.at(index.row()).caseId);
    }
    return caseMime(ids);
}

Qt::DropActions BoardCaseModel::supportedDragActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

void BoardCaseModel::setCases(const QList<BoardCase> &cases)
{
    syncRows(
        m_rows, cases, [](const BoardCase &c) { return c.caseId; }, CAREDESK_ROW_OPS(ColumnCount));
}

// Alerts.

BoardAlertModel::BoardAlertModel(const Clock &clock, const BoardQueueModel &queues, QObject *parent)
    : QAbstractListModel(parent)
    , m_clock(clock)
    , m_queues(queues)
{
}

int BoardAlertModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString BoardAlertModel::describe(const Alert &a) const
{
    switch (a.kind) {
    case AlertKind::AboutToBreach:
        return tr("Case #%1 (%2) breaches its SLA in %3: %4")
            .arg(a.caseId)
            .arg(m_queues.nameOf(a.queueId),
                InboxModel::durationText(std::max<Millis>(0, a.at - m_clock.now())), a.subject);
    case AlertKind::Spike:
        return tr("Spike in %1: %n new case(s) this hour (usually %2 \u00b1 %3)", nullptr, a.count)
            .arg(m_queues.nameOf(a.queueId))
            .arg(a.mean, 0, 'f', 1)
            .arg(a.deviation, 0, 'f', 1);
    case AlertKind::NegativePost:
        if (a.vip)
            return tr("Strongly negative post from a VIP, case #%1 (sentiment %2) at %3: %4")
                .arg(a.caseId)
                .arg(a.sentiment)
                .arg(timeText(a.at), a.subject);
        return tr("Strongly negative post from an author with %L1 followers, case #%2 (sentiment "
                  "%3) at %4: %5")
            .arg(a.audience)
            .arg(a.caseId)
            .arg(a.sentiment)
            .arg(timeText(a.at), a.subject);
    }
    return QString();
}

QVariant BoardAlertModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alert &a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return describe(a);
    case CaseIdRole:
        return a.caseId;
    case KindRole:
        return int(a.kind);
    case Qt::ForegroundRole:
        return a.kind == AlertKind::AboutToBreach ? QBrush(QColor(0xe6, 0x7e, 0x00))
                                                  : QBrush(QColor(0xc6, 0x28, 0x28));
    default:
        return {};
    }
}

Qt::ItemFlags BoardAlertModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractListModel::flags(index);
    if (index.isValid() && m_rows.at(index.row()).caseId != 0)
        return base | Qt::ItemIsDragEnabled;
    return base;
}

QStringList BoardAlertModel::mimeTypes() const
{
    return { QString::fromLatin1(boardCaseMimeType) };
}

QMimeData *BoardAlertModel::mimeData(const QModelIndexList &indexes) const
{
    QList<Id> ids;
    for (const QModelIndex &index : indexes) {
        const Id id = index.isValid() ? m_rows.at(index.row()).caseId : 0;
        if (id != 0 && !ids.contains(id))
            ids.append(id);
    }
    return caseMime(ids);
}

Qt::DropActions BoardAlertModel::supportedDragActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

void BoardAlertModel::setAlerts(const QList<Alert> &alerts)
{
    // Alerts have no id of their own: a kind, a case or a queue, and the hour make one.
    syncRows(
        m_rows, alerts,
        [](const Alert &a) {
            return (qint64(a.kind) << 56)
                ^ (a.caseId != 0 ? a.caseId : (a.queueId << 20) ^ (a.at / 3600000));
        },
        RowOps { [this](int r) { beginInsertRows({}, r, r); }, [this] { endInsertRows(); },
            [this](int r) { beginRemoveRows({}, r, r); }, [this] { endRemoveRows(); },
            [this](int from, int to) { return beginMoveRows({}, from, from, {}, to); },
            [this] { endMoveRows(); }, [this](int r) { Q_EMIT dataChanged(index(r), index(r)); } });
}

} // namespace CareDesk
