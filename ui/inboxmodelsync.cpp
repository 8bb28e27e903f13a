// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// InboxModel's side of the change feed: coalesced reads, and bursts (an import) answered by
// reading the loaded range again instead of every case that changed.
#include "app/core/futures.h"
#include "app/core/viewrepository.h"
#include "ui/inboxmodel.h"

#include <QSet>
#include <QTimer>

#include <utility>

namespace CareDesk {

namespace {

    /// After a burst the next read waits this long, so a long import costs the GUI thread a few
    /// small updates a second, not one per feed notification.
    constexpr int burstPauseMs = 250;

    bool sameSummary(const CaseSummary &a, const CaseSummary &b)
    {
        return a.value.version == b.value.version && a.value.lastMessageAt == b.value.lastMessageAt
            && a.value.status == b.value.status && a.customerName == b.customerName
            && a.snippet == b.snippet && a.assigneeName == b.assigneeName
            && a.lastDirection == b.lastDirection && a.accountHandle == b.accountHandle;
    }

} // namespace

void InboxModel::requestChanges()
{
    if (m_changesInFlight || m_loading || m_dirty.isEmpty())
        return;
    m_changesInFlight = true;
    const QList<Id> ids = std::exchange(m_dirty, {});
    m_dirtySet.clear();
    const quint64 generation = m_generation;
    const int loaded = static_cast<int>(m_rows.size());
    // A few cases (live traffic): read them. A burst (an import): most of them are nowhere near
    // the rows shown, so read the loaded range again instead, in one query of as many rows as
    // are loaded: cases flooding in at the top push the last rows out (they come back with
    // fetchMore), so the rows never grow with an import, and neither does the work per update.
    if (ids.size() <= 2 * pageSize) {
        m_cases.summaries(ids).then(QtFuture::Launch::Sync,
            onContext(this, [this, ids, generation](const Result<QList<CaseSummary>> &result) {
                later([this, ids, generation, result] {
                    if (generation == m_generation) {
                        if (result.ok())
                            applySummaries(ids, result.value());
                        else
                            Q_EMIT errorOccurred(result.error().message);
                    }
                    m_changesInFlight = false;
                    requestChanges();
                });
            }));
        return;
    }
    InboxQuery query = m_query;
    query.limit = qMax(loaded, int(pageSize));
    query.after = std::nullopt;
    const int limit = query.limit;
    m_cases.inbox(query).then(QtFuture::Launch::Sync,
        onContext(this, [this, generation, limit](const Result<CasePage> &result) {
            later([this, generation, limit, result] {
                if (generation == m_generation) {
                    if (result.ok())
                        applyRange(result.value(), limit);
                    else
                        Q_EMIT errorOccurred(result.error().message);
                }
                QTimer::singleShot(burstPauseMs, this, [this] { changesApplied(); });
            });
        }));
}

void InboxModel::changesApplied()
{
    m_changesInFlight = false;
    requestChanges();
}

void InboxModel::applyRange(const CasePage &page, int limit)
{
    Q_UNUSED(limit)
    const InboxSort sort = m_query.sort;
    QList<CaseSummary> rows = page.rows;
    std::optional<KeysetCursor> next = page.next;
    if (m_next) {
        // Never past the range loaded before: what lies below it comes with fetchMore.
        qsizetype keep = 0;
        while (keep < rows.size()
            && !ViewDefinition::comesBefore(
                sort, *m_next, ViewDefinition::sortKey(sort, rows.at(keep).value)))
            ++keep;
        if (keep < rows.size()) {
            rows.resize(keep);
            next = m_next;
        }
    }
    // Rows pushed below the end of what was read go (they come back with fetchMore); the
    // cursor is set first, so a view asking for more right away reads from the new end.
    m_next = next;
    m_applyingBurst = true;
    syncRows(rows);
    m_applyingBurst = false;
}

void InboxModel::syncRows(const QList<CaseSummary> &target)
{
    QSet<Id> targetIds;
    targetIds.reserve(target.size());
    for (const CaseSummary &row : target)
        targetIds.insert(row.value.id);
    // Removals, bottom up, a run of neighbours at a time.
    for (int row = static_cast<int>(m_rows.size()) - 1; row >= 0;) {
        if (targetIds.contains(m_rows.at(row).value.id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !targetIds.contains(m_rows.at(first - 1).value.id))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    QSet<Id> present;
    present.reserve(m_rows.size());
    for (const CaseSummary &row : std::as_const(m_rows))
        present.insert(row.value.id);
    for (int i = 0; i < target.size(); ++i) {
        const CaseSummary &wanted = target.at(i);
        if (i < m_rows.size() && m_rows.at(i).value.id == wanted.value.id) {
            if (!sameSummary(m_rows.at(i), wanted)) {
                m_rows[i] = wanted;
                Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
            }
            continue;
        }
        if (present.contains(wanted.value.id)) {
            int from = i + 1;
            while (from < m_rows.size() && m_rows.at(from).value.id != wanted.value.id)
                ++from;
            Q_ASSERT(from < m_rows.size());
            beginMoveRows({}, from, from, {}, i);
            m_rows.move(from, i);
            endMoveRows();
            if (!sameSummary(m_rows.at(i), wanted)) {
                m_rows[i] = wanted;
                Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
            }
            continue;
        }
        // New cases: as one block with the new ones right after.
        int end = i + 1;
        while (end < target.size() && !present.contains(target.at(end).value.id))
            ++end;
        beginInsertRows({}, i, end - 1);
        QList<CaseSummary> merged;
        merged.reserve(m_rows.size() + (end - i));
        merged.append(m_rows.mid(0, i));
        merged.append(target.mid(i, end - i));
        merged.append(m_rows.mid(i));
        m_rows = std::move(merged);
        endInsertRows();
        i = end - 1;
    }
}

} // namespace CareDesk
