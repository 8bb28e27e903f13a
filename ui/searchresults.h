// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/repositories.h"

#include <QAbstractListModel>
#include <QStyledItemDelegate>
#include <QWidget>

class QLabel;
class QListView;

namespace CareDesk {

/// Search hits newest first, each with a snippet around the first match and the matched words'
/// ranges in it (for SearchHitDelegate). Texts stay plain text throughout.
class SearchResultsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultsModel)

public:
    enum Role {
        CaseIdRole = Qt::UserRole + 1,
        MessageIdRole,
        AuthorRole,
        SnippetRole, ///< QString: the text around the first match, on one line
        HighlightsRole, ///< QVariantList of QPoint(start, length) in SnippetRole
        CreatedAtRole, ///< Millis
        PlatformRole, ///< Platform as int
    };

    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// Replaces the hits (a model reset); text is what was searched.
    void setHits(const QString &text, const QList<SearchHit> &hits);
    void clear();
    int rowOfCase(Id caseId) const;

    /// The snippet of a text around its first match of the query's words, and their ranges.
    static QString snippetOf(
        const QString &text, const QString &query, QList<std::pair<int, int>> *highlights);

private:
    struct Row {
        SearchHit hit;
        QString snippet;
        QVariantList highlights;
    };
    QList<Row> m_rows;
};

/// Paints a hit: author and time on the first line, the snippet with the matches marked (text
/// formats on a QTextLayout, never HTML) on the second.
class SearchHitDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

/// The results list that replaces the inbox while the agent searches. Answers to older
/// searches are dropped when they arrive after a newer one was asked.
class SearchResults final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResults)

public:
    SearchResults(CaseRepository &cases, QWidget *parent = nullptr);

    void search(const QString &text);
    /// Forgets the results; answers still on their way are dropped.
    void clear();
    QListView *view() const { return m_view; }
    SearchResultsModel *model() const { return m_model; }
    bool isSearching() const { return m_pending; }

Q_SIGNALS:
    /// The agent moved to a hit: show its case.
    void caseActivated(CareDesk::Id caseId);
    /// Results for text are shown.
    void resultsShown(const QString &text, int count);

private:
    CaseRepository &m_cases;
    SearchResultsModel *m_model = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_status = nullptr;
    quint64 m_request = 0;
    bool m_pending = false;
};

} // namespace CareDesk
