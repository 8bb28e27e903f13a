// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inboxmodel.h"

#include "app/core/changefeed.h"
#include "app/core/clock.h"
#include "app/core/futures.h"
#include "app/core/viewrepository.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QSet>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    /// Waiting times and SLA states move with the clock; half a minute keeps "12 min" honest
    /// without repainting the list all the time.
    constexpr int clockRefreshMs = 30 * 1000;
    constexpr Millis millisPerMinute = 60 * 1000;

    QColor platformColor(Platform platform)
    {
        switch (platform) {
        case Platform::X:
            return QColor(0x20, 0x20, 0x20);
        case Platform::Mastodon:
            return QColor(0x63, 0x64, 0xff);
        case Platform::Telegram:
            return QColor(0x22, 0x9e, 0xd9);
        case Platform::Vk:
            return QColor(0x00, 0x77, 0xff);
        case Platform::Facebook:
            return QColor(0x18, 0x77, 0xf2);
        case Platform::Instagram:
            return QColor(0xe1, 0x30, 0x6c);
        case Platform::YouTube:
            return QColor(0xe6, 0x21, 0x17);
        case Platform::Reddit:
            return QColor(0xff, 0x45, 0x00);
        }
        return QColor(Qt::gray);
    }

    /// A small dot in the platform's brand colour: the eye finds a platform faster by colour.
    QIcon platformIcon(Platform platform)
    {
        static QHash<int, QIcon> cache;
        const int key = static_cast<int>(platform);
        auto found = cache.constFind(key);
        if (found != cache.constEnd())
            return *found;
        QIcon icon;
        for (const int size : { 10, 20 }) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(platformColor(platform));
            painter.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
            painter.end();
            icon.addPixmap(pixmap);
        }
        cache.insert(key, icon);
        return icon;
    }

    int slaSeverity(SlaState state)
    {
        switch (state) {
        case SlaState::Breached:
            return 4;
        case SlaState::AtRisk:
            return 3;
        case SlaState::Ok:
            return 2;
        case SlaState::Met:
            return 1;
        case SlaState::None:
            break;
        }
        return 0;
    }

} // namespace

InboxModel::InboxModel(CaseRepository &cases, ChangeFeed &feed, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cases(cases)
    , m_clock(clock)
{
    connect(&feed, &ChangeFeed::changed, this,
        [this](qint64, const QList<Id> &caseIds) { onChanged(caseIds); });
    connect(&feed, &ChangeFeed::resyncNeeded, this, &InboxModel::reload);
    m_clockTimer.setInterval(clockRefreshMs);
    connect(&m_clockTimer, &QTimer::timeout, this, &InboxModel::refreshTimes);
    m_clockTimer.start();
    reload();
}

InboxModel::~InboxModel() = default;

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int InboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseSummary &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::DecorationRole:
        if (column == PlatformColumn)
            return platformIcon(row.value.platform);
        return {};
    case Qt::ForegroundRole:
        if (column == SlaColumn) {
            switch (m_sla.state(row.value, m_clock.now())) {
            case SlaState::AtRisk:
                return QColor(0xa8, 0x5d, 0x00);
            case SlaState::Breached:
                return QColor(0xc0, 0x22, 0x22);
            default:
                return {};
            }
        }
        if (column == WaitingColumn && waitingSince(row) == 0)
            return QColor(Qt::gray);
        return {};
    case Qt::FontRole:
        if (column == SlaColumn && m_sla.state(row.value, m_clock.now()) == SlaState::Breached) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == WaitingColumn)
            return QVariant::fromValue(int(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant::fromValue(int(Qt::AlignLeft | Qt::AlignVCenter));
    case CaseIdRole:
        return QVariant::fromValue(row.value.id);
    case PlatformRole:
        return static_cast<int>(row.value.platform);
    case SortRole:
        return sortData(row, column);
    case StatusRole:
        return static_cast<int>(row.value.status);
    case SlaStateRole:
        return static_cast<int>(m_sla.state(row.value, m_clock.now()));
    case LastMessageAtRole:
        return QVariant::fromValue(row.value.lastMessageAt);
    case WaitingSinceRole:
        return QVariant::fromValue(waitingSince(row));
    default:
        return {};
    }
}

void InboxModel::setPresence(const QHash<Id, QString> &byCase)
{
    QSet<Id> touched;
    for (auto it = m_presence.cbegin(); it != m_presence.cend(); ++it)
        touched.insert(it.key());
    for (auto it = byCase.cbegin(); it != byCase.cend(); ++it)
        touched.insert(it.key());
    const QHash<Id, QString> before = std::exchange(m_presence, byCase);
    for (Id caseId : std::as_const(touched)) {
        if (before.value(caseId) == m_presence.value(caseId))
            continue;
        const int row = rowOfCase(caseId);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, CustomerColumn), index(row, CustomerColumn));
    }
}

QVariant InboxModel::displayData(const CaseSummary &row, int column) const
{
    switch (column) {
    case PlatformColumn:
        return platformDisplayName(row.value.platform);
    case CustomerColumn: {
        const QString name = row.customerName.isEmpty() ? tr("Unknown customer") : row.customerName;
        const QString others = m_presence.value(row.value.id);
        return others.isEmpty() ? name : tr("%1 \u00b7 %2").arg(name, others);
    }
    case SnippetColumn:
        // Our own last reply reads differently from the customer's words.
        return row.lastDirection == Direction::Out ? tr("You: %1").arg(row.snippet) : row.snippet;
    case WaitingColumn: {
        const Millis since = waitingSince(row);
        return since == 0 ? u"—"_s : durationText(m_clock.now() - since);
    }
    case StatusColumn:
        return statusText(row.value.status);
    case SlaColumn:
        return slaText(m_sla.state(row.value, m_clock.now()));
    default:
        return {};
    }
}

QVariant InboxModel::sortData(const CaseSummary &row, int column) const
{
    switch (column) {
    case PlatformColumn:
        return platformDisplayName(row.value.platform);
    case CustomerColumn:
        return row.customerName;
    case SnippetColumn:
        return row.snippet;
    case WaitingColumn: {
        // Waiting longest sorts highest; nobody waiting sorts below everyone who does.
        const Millis since = waitingSince(row);
        return QVariant::fromValue(since == 0 ? Millis(-1) : m_clock.now() - since);
    }
    case StatusColumn:
        return static_cast<int>(row.value.status);
    case SlaColumn:
        return slaSeverity(m_sla.state(row.value, m_clock.now()));
    default:
        return {};
    }
}

Millis InboxModel::waitingSince(const CaseSummary &row) const
{
    if (row.value.unanswered <= 0 || row.value.lastCustomerMessageAt == 0)
        return 0;
    return row.value.lastCustomerMessageAt;
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole) {
        if (section == WaitingColumn)
            return QVariant::fromValue(int(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant::fromValue(int(Qt::AlignLeft | Qt::AlignVCenter));
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (section) {
    case PlatformColumn:
        return tr("Platform");
    case CustomerColumn:
        return tr("Customer");
    case SnippetColumn:
        return role == Qt::ToolTipRole ? tr("The latest message of the case") : tr("Message");
    case WaitingColumn:
        return role == Qt::ToolTipRole ? tr("How long the customer has waited for an answer")
                                       : tr("Waiting");
    case StatusColumn:
        return tr("Status");
    case SlaColumn:
        return role == Qt::ToolTipRole ? tr("Service level: the nearest response target")
                                       : tr("SLA");
    default:
        return {};
    }
}

bool InboxModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_loading && !m_fetching && m_next.has_value();
}

void InboxModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    m_fetchAfter = m_next;
    requestPage(m_next);
}

void InboxModel::setQuery(const InboxQuery &query)
{
    m_query = query;
    reload();
}

void InboxModel::reload()
{
    ++m_generation;
    m_dirty.clear(); // the first page reads them anyway
    m_dirtySet.clear();
    m_loading = true;
    m_fetching = false;
    requestPage(std::nullopt);
}

int InboxModel::rowOfCase(Id caseId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).value.id == caseId)
            return row;
    }
    return -1;
}

const CaseSummary &InboxModel::summaryAt(int row) const
{
    return m_rows.at(row);
}

QString InboxModel::statusText(CaseStatus status)
{
    switch (status) {
    case CaseStatus::New:
        return tr("New");
    case CaseStatus::Open:
        return tr("Open");
    case CaseStatus::Pending:
        return tr("Pending");
    case CaseStatus::Snoozed:
        return tr("Snoozed");
    case CaseStatus::Resolved:
        return tr("Resolved");
    }
    return {};
}

QString InboxModel::priorityText(Priority priority)
{
    switch (priority) {
    case Priority::Low:
        return tr("Low");
    case Priority::Normal:
        return tr("Normal");
    case Priority::High:
        return tr("High");
    case Priority::Urgent:
        return tr("Urgent");
    }
    return {};
}

QString InboxModel::slaText(SlaState state)
{
    switch (state) {
    case SlaState::None:
        return {};
    case SlaState::Ok:
        return tr("On track");
    case SlaState::AtRisk:
        return tr("At risk");
    case SlaState::Breached:
        return tr("Breached");
    case SlaState::Met:
        return tr("Met");
    }
    return {};
}

QString InboxModel::durationText(Millis elapsed)
{
    const qint64 minutes = qMax<qint64>(0, elapsed / millisPerMinute);
    if (minutes < 1)
        return tr("< 1 min");
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return tr("%1 h").arg(hours);
    return tr("%1 d").arg(hours / 24);
}

void InboxModel::later(std::function<void()> apply)
{
    // A future that has finished already runs its continuation at once, inside the call that
    // attached it: inside a view's fetchMore, or inside another model signal. The rows change
    // only from the event loop, so no begin/end pair ever nests in another.
    QMetaObject::invokeMethod(this, std::move(apply), Qt::QueuedConnection);
}

void InboxModel::requestPage(std::optional<KeysetCursor> after)
{
    InboxQuery query = m_query;
    query.limit = pageSize;
    query.after = after;
    const bool first = !after.has_value();
    const quint64 generation = m_generation;
    m_cases.inbox(query).then(QtFuture::Launch::Sync,
        onContext(this, [this, first, generation](const Result<CasePage> &result) {
            later([this, first, generation, result] {
                if (generation != m_generation)
                    return;
                if (first)
                    m_loading = false;
                else
                    m_fetching = false;
                if (!result.ok()) {
                    Q_EMIT errorOccurred(result.error().message);
                    return;
                }
                applyPage(result.value(), first);
                Q_EMIT pageLoaded();
            });
        }));
}

void InboxModel::applyPage(const CasePage &page, bool first)
{
    if (first) {
        // A reload (start or resync) replaces everything; the view restores its selection by
        // case id. Every other change below is incremental.
        beginResetModel();
        m_rows = page.rows;
        m_next = page.next;
        endResetModel();
        requestChanges();
        return;
    }
    // A burst moved the end of the loaded range meanwhile (inboxmodelsync.cpp): this page would
    // leave a gap; the view asks again from the new end.
    const auto sameCursor
        = [](const std::optional<KeysetCursor> &a, const std::optional<KeysetCursor> &b) {
              return a.has_value() == b.has_value()
                  && (!a || (a->time == b->time && a->id == b->id && a->key == b->key));
          };
    if (!sameCursor(m_fetchAfter, m_next))
        return;
    // Cases the feed already put in place are not added twice.
    QList<CaseSummary> fresh;
    fresh.reserve(page.rows.size());
    for (const CaseSummary &row : page.rows) {
        if (rowOfCase(row.value.id) < 0)
            fresh.append(row);
    }
    m_next = page.next;
    if (fresh.isEmpty())
        return;
    const int firstRow = static_cast<int>(m_rows.size());
    beginInsertRows({}, firstRow, firstRow + static_cast<int>(fresh.size()) - 1);
    m_rows.append(fresh);
    endInsertRows();
}

void InboxModel::onChanged(const QList<Id> &caseIds)
{
    if (caseIds.isEmpty())
        return;
    for (const Id id : caseIds) {
        if (!m_dirtySet.contains(id)) {
            m_dirtySet.insert(id);
            m_dirty.append(id);
        }
    }
    // While the first page is on its way it may have been read before these writes: they are
    // looked at once it is in.
    if (!m_loading)
        requestChanges();
}

void InboxModel::applySummaries(const QList<Id> &requested, const QList<CaseSummary> &rows)
{
    QSet<Id> found;
    found.reserve(rows.size());
    // An import's burst brings hundreds of cases at once: which are loaded already is looked up
    // once, and the new ones go in together below, as a block, not a row (and a view layout) each.
    QSet<Id> loaded;
    loaded.reserve(m_rows.size());
    for (const CaseSummary &row : std::as_const(m_rows))
        loaded.insert(row.value.id);
    QList<CaseSummary> arrivals;
    const Millis now = m_clock.now();
    for (const CaseSummary &summary : rows) {
        const int row = loaded.contains(summary.value.id) ? rowOfCase(summary.value.id) : -1;
        // A case that left the view (assigned away, resolved...) goes like a removed one; one
        // the case alone cannot judge (tags) stays where it is until the next reload.
        const std::optional<bool> matching = ViewDefinition::matches(m_query, summary.value, now);
        if (matching.has_value() && !*matching)
            continue;
        if (!matching.has_value() && row < 0)
            continue;
        found.insert(summary.value.id);
        if (row >= 0) {
            // Answers come in order, but a page may have brought a newer row meanwhile.
            if (summary.value.version >= m_rows.at(row).value.version)
                updateRow(row, summary);
        } else if (withinLoadedRange(summary.value)) {
            arrivals.append(summary);
        }
        // Cases below the loaded range come with fetchMore, in their place.
    }
    insertSummaries(std::move(arrivals));
    for (const Id id : requested) {
        if (found.contains(id) || !loaded.contains(id))
            continue;
        const int row = rowOfCase(id);
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
}

void InboxModel::updateRow(int row, const CaseSummary &summary)
{
    const int target = insertPosition(summary.value, row);
    if (target != row) {
        // beginMoveRows counts the destination in the rows before the move.
        const int destination = target > row ? target + 1 : target;
        beginMoveRows({}, row, row, {}, destination);
        m_rows.move(row, target);
        endMoveRows();
    }
    m_rows[target] = summary;
    Q_EMIT dataChanged(index(target, 0), index(target, ColumnCount - 1));
}

void InboxModel::insertSummaries(QList<CaseSummary> arrivals)
{
    const InboxSort sort = m_query.sort;
    std::stable_sort(
        arrivals.begin(), arrivals.end(), [sort](const CaseSummary &a, const CaseSummary &b) {
            return ViewDefinition::comesBefore(sort, ViewDefinition::sortKey(sort, a.value),
                ViewDefinition::sortKey(sort, b.value));
        });
    qsizetype first = 0;
    while (first < arrivals.size()) {
        const int position = insertPosition(arrivals.at(first).value, -1);
        // The arrivals that also sort before the row now at `position` share its gap.
        qsizetype end = first + 1;
        while (end < arrivals.size()
            && (position >= m_rows.size()
                || ViewDefinition::comesBefore(sort,
                    ViewDefinition::sortKey(sort, arrivals.at(end).value),
                    ViewDefinition::sortKey(sort, m_rows.at(position).value))))
            ++end;
        if (end - first == 1) {
            insertSummary(arrivals.at(first));
        } else {
            beginInsertRows({}, position, position + static_cast<int>(end - first) - 1);
            QList<CaseSummary> merged;
            merged.reserve(m_rows.size() + (end - first));
            merged.append(m_rows.mid(0, position));
            merged.append(arrivals.mid(first, end - first));
            merged.append(m_rows.mid(position));
            m_rows = std::move(merged);
            endInsertRows();
        }
        first = end;
    }
}

void InboxModel::insertSummary(const CaseSummary &summary)
{
    const int row = insertPosition(summary.value, -1);
    beginInsertRows({}, row, row);
    m_rows.insert(row, summary);
    endInsertRows();
}

int InboxModel::insertPosition(const Case &value, int skipRow) const
{
    // The rows are sorted, so the rows before the new place are those that come before it.
    const KeysetCursor key = ViewDefinition::sortKey(m_query.sort, value);
    int position = 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (row == skipRow)
            continue;
        if (!ViewDefinition::comesBefore(
                m_query.sort, ViewDefinition::sortKey(m_query.sort, m_rows.at(row).value), key))
            break;
        ++position;
    }
    return position;
}

bool InboxModel::withinLoadedRange(const Case &value) const
{
    if (!m_next)
        return true; // everything is loaded
    return ViewDefinition::comesBefore(
        m_query.sort, ViewDefinition::sortKey(m_query.sort, value), *m_next);
}

void InboxModel::refreshTimes()
{
    if (m_rows.isEmpty())
        return;
    const int last = static_cast<int>(m_rows.size()) - 1;
    Q_EMIT dataChanged(index(0, WaitingColumn), index(last, WaitingColumn),
        { Qt::DisplayRole, SortRole, WaitingSinceRole });
    Q_EMIT dataChanged(index(0, SlaColumn), index(last, SlaColumn),
        { Qt::DisplayRole, Qt::ForegroundRole, Qt::FontRole, SortRole, SlaStateRole });
}

} // namespace CareDesk
