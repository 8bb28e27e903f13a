// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/repositories.h"
#include "app/core/slaclock.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>

#include <functional>
#include <optional>

namespace CareDesk {

class ChangeFeed;
class Clock;

/// The inbox: cases newest activity first, loaded page by page (keyset) from the repository and
/// kept current from the change feed one row at a time, so a view keeps its selection and its
/// scroll position while traffic comes in. Only a resync replaces the rows wholesale.
///
/// Changes are coalesced: one read is under way at a time and the ids that come meanwhile wait
/// for the next. A burst larger than the loaded rows (an import) reads the loaded range again
/// as one query instead of every changed case, and brings the rows in line with it by inserts,
/// removals and moves (never a reset), so the GUI thread's share stays a few rows' work.
class InboxModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxModel)

public:
    enum Column {
        PlatformColumn,
        CustomerColumn,
        SnippetColumn,
        WaitingColumn,
        StatusColumn,
        SlaColumn,
        ColumnCount
    };
    enum Role {
        CaseIdRole = Qt::UserRole + 1,
        PlatformRole, ///< Platform as int
        SortRole, ///< numbers for times and states, text otherwise
        StatusRole, ///< CaseStatus as int
        SlaStateRole, ///< SlaState as int
        LastMessageAtRole, ///< Millis
        WaitingSinceRole, ///< Millis; 0 when nobody waits
    };

    /// Rows per page, for the first page and for every fetchMore.
    static constexpr int pageSize = 100;

    InboxModel(
        CaseRepository &cases, ChangeFeed &feed, const Clock &clock, QObject *parent = nullptr);
    ~InboxModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// Loads the first page again, replacing the rows (a model reset).
    void reload();
    /// Shows another view: its filters and sort (limit and cursor are the model's own); reloads.
    void setQuery(const InboxQuery &query);
    const InboxQuery &query() const { return m_query; }
    /// The row of a case, or -1 when it is not loaded.
    int rowOfCase(Id caseId) const;
    /// The loaded row; row must be valid.
    const CaseSummary &summaryAt(int row) const;
    /// True until the first page has arrived (and while a reload is under way).
    bool isLoading() const { return m_loading; }
    /// Whether older cases remain to be paged in.
    bool hasMore() const { return m_next.has_value(); }
    /// True while a burst's rows are brought in line: rows that go then were pushed below the
    /// loaded range by newer cases, not closed; a view keeps such a case open.
    bool isApplyingBurst() const { return m_applyingBurst; }

    /// Who else is viewing or replying, per case ("anna is replying"); shown beside the
    /// customer's name. Cases not in the map show nobody.
    void setPresence(const QHash<Id, QString> &byCase);

    /// "New", "Open" ... as the inbox and the conversation header show it.
    static QString statusText(CaseStatus status);
    /// "On track", "At risk", "Breached" ...; empty for None.
    static QString slaText(SlaState state);
    /// "Low", "Normal", "High", "Urgent", wherever a priority is shown.
    static QString priorityText(Priority priority);
    /// "12 min", "3 h", "2 d".
    static QString durationText(Millis elapsed);

Q_SIGNALS:
    /// A page, or the first page after a reload, has been added.
    void pageLoaded();
    /// A repository call failed; one sentence for the user.
    void errorOccurred(const QString &message);

private:
    void later(std::function<void()> apply);
    void requestPage(std::optional<KeysetCursor> after);
    void applyPage(const CasePage &page, bool first);
    void onChanged(const QList<Id> &caseIds);
    /// Reads what the waiting changes need, unless a read is under way (inboxmodelsync.cpp).
    void requestChanges();
    void changesApplied();
    /// The loaded range read again (a burst): the rows become `page`, within the old range.
    void applyRange(const CasePage &page, int limit);
    /// Brings m_rows in line with target by removals, moves, inserts and updates.
    void syncRows(const QList<CaseSummary> &target);
    void applySummaries(const QList<Id> &requested, const QList<CaseSummary> &rows);
    void updateRow(int row, const CaseSummary &summary);
    void insertSummary(const CaseSummary &summary);
    /// New rows for the loaded range, in as few blocks as their places allow.
    void insertSummaries(QList<CaseSummary> arrivals);
    /// Where a case belongs in the view's order, counted without skipRow (the row being moved;
    /// -1 for none).
    int insertPosition(const Case &value, int skipRow) const;
    /// Whether a case lies within what has been loaded: at or above the last loaded row.
    bool withinLoadedRange(const Case &value) const;
    void refreshTimes();
    QVariant displayData(const CaseSummary &row, int column) const;
    QVariant sortData(const CaseSummary &row, int column) const;
    Millis waitingSince(const CaseSummary &row) const;

    CaseRepository &m_cases;
    const Clock &m_clock;
    InboxQuery m_query; ///< the view shown; newest activity first by default
    SlaClock m_sla;
    QList<CaseSummary> m_rows;
    std::optional<KeysetCursor> m_next; ///< the keyset cursor of the next page; unset at the end
    std::optional<KeysetCursor> m_fetchAfter; ///< where the page on its way starts
    bool m_loading = false; ///< the first page is on its way
    bool m_fetching = false; ///< a further page is on its way
    quint64 m_generation = 0; ///< bumped by reload, so answers for older rows are dropped
    QList<Id> m_dirty; ///< changed cases not read yet, in the order seen (also while loading)
    QSet<Id> m_dirtySet;
    bool m_changesInFlight = false; ///< a read for changes is under way
    bool m_applyingBurst = false;
    QTimer m_clockTimer;
    QHash<Id, QString> m_presence;
};

} // namespace CareDesk
