// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/searchresults.h"

#include "app/core/futures.h"
#include "app/core/searchtokenizer.h"

#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QPoint>
#include <QTextLayout>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    constexpr int snippetBefore = 40; ///< characters of context before the first match
    constexpr int snippetLength = 220;
    constexpr int padding = 6;

    bool isWordChar(QChar ch)
    {
        return ch.isLetterOrNumber() || ch.category() == QChar::Mark_NonSpacing
            || ch.category() == QChar::Mark_SpacingCombining || ch.isSurrogate();
    }

    /// Ranges (start, length) of the words of text that match the query's terms as the search does:
    /// whole words, the last one as a prefix.
    QList<std::pair<int, int>> matchesIn(const QString &text, const QStringList &terms)
    {
        QList<std::pair<int, int>> ranges;
        if (terms.isEmpty())
            return ranges;
        const qsizetype size = text.size();
        qsizetype i = 0;
        while (i < size) {
            while (i < size && !isWordChar(text.at(i)))
                ++i;
            const qsizetype start = i;
            while (i < size && isWordChar(text.at(i)))
                ++i;
            if (i == start)
                continue;
            const QString word
                = text.mid(start, i - start).normalized(QString::NormalizationForm_C).toLower();
            for (qsizetype t = 0; t < terms.size(); ++t) {
                const bool prefix = t == terms.size() - 1;
                if (prefix ? word.startsWith(terms.at(t)) : word == terms.at(t)) {
                    // A prefix lights up only the letters typed.
                    const qsizetype length
                        = prefix && word.size() == i - start ? terms.at(t).size() : i - start;
                    ranges.append({ static_cast<int>(start), static_cast<int>(length) });
                    break;
                }
            }
        }
        return ranges;
    }

} // namespace

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SnippetRole:
        return row.snippet;
    case Qt::ToolTipRole:
        return row.hit.authorName;
    case CaseIdRole:
        return QVariant::fromValue(row.hit.caseId);
    case MessageIdRole:
        return QVariant::fromValue(row.hit.messageId);
    case AuthorRole:
        return row.hit.authorName;
    case HighlightsRole:
        return row.highlights;
    case CreatedAtRole:
        return QVariant::fromValue(row.hit.createdAt);
    case PlatformRole:
        return static_cast<int>(row.hit.platform);
    default:
        return {};
    }
}

void SearchResultsModel::setHits(const QString &text, const QList<SearchHit> &hits)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(hits.size());
    for (const SearchHit &hit : hits) {
        Row row;
        row.hit = hit;
        QList<std::pair<int, int>> ranges;
        row.snippet = snippetOf(hit.text, text, &ranges);
        for (const auto &[start, length] : ranges)
            row.highlights.append(QPoint(start, length));
        m_rows.append(row);
    }
    endResetModel();
}

void SearchResultsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int SearchResultsModel::rowOfCase(Id caseId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).hit.caseId == caseId)
            return row;
    }
    return -1;
}

QString SearchResultsModel::snippetOf(
    const QString &text, const QString &query, QList<std::pair<int, int>> *highlights)
{
    // One line: line breaks and runs of spaces become single spaces (ranges are found after).
    QString line = text.left(20000).simplified();
    const QStringList terms = SearchTokenizer::queryTerms(query);
    QList<std::pair<int, int>> ranges = matchesIn(line, terms);
    int start = 0;
    if (!ranges.isEmpty() && ranges.constFirst().first > snippetBefore) {
        start = ranges.constFirst().first - snippetBefore;
        // Begin at a word.
        const int space = static_cast<int>(line.indexOf(u' ', start));
        if (space >= 0 && space < ranges.constFirst().first)
            start = space + 1;
    }
    QString snippet = line.mid(start, snippetLength);
    int shift = -start;
    if (start > 0) {
        snippet.prepend(u'…');
        shift += 1;
    }
    if (start + snippetLength < line.size())
        snippet.append(u'…');
    highlights->clear();
    for (const auto &[at, length] : ranges) {
        const int from = at + shift;
        if (from < 0 || from + length > snippet.size())
            continue;
        highlights->append({ from, length });
    }
    return snippet;
}

void SearchHitDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The panel (selection, hover) without the text; the text is laid out below.
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group
        = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor textColor
        = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QRect area = option.rect.adjusted(padding, padding / 2, -padding, -padding / 2);
    const QFontMetrics metrics(option.font);

    painter->save();
    painter->setClipRect(option.rect);
    // First line: the author, bold, and when.
    QFont bold = option.font;
    bold.setBold(true);
    const QString when = QLocale().toString(
        QDateTime::fromMSecsSinceEpoch(index.data(SearchResultsModel::CreatedAtRole).toLongLong())
            .toLocalTime(),
        QLocale::ShortFormat);
    const int whenWidth = metrics.horizontalAdvance(when);
    painter->setPen(selected ? textColor : option.palette.color(group, QPalette::PlaceholderText));
    painter->setFont(option.font);
    painter->drawText(QRect(area.right() - whenWidth, area.top(), whenWidth, metrics.height()),
        Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine, when);
    painter->setPen(textColor);
    painter->setFont(bold);
    const QString author
        = QFontMetrics(bold).elidedText(index.data(SearchResultsModel::AuthorRole).toString(),
            Qt::ElideRight, area.width() - whenWidth - padding);
    // Qt::TextSingleLine and a plain string: a name is never interpreted.
    painter->drawText(
        QRect(area.left(), area.top(), area.width() - whenWidth - padding, metrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, author);

    // Second line: the snippet, the matches bold on a highlight, as text formats of a layout.
    const QString snippet = index.data(SearchResultsModel::SnippetRole).toString();
    QList<QTextLayout::FormatRange> formats;
    const QVariantList highlights = index.data(SearchResultsModel::HighlightsRole).toList();
    for (const QVariant &value : highlights) {
        const QPoint range = value.toPoint();
        QTextLayout::FormatRange format;
        format.start = range.x();
        format.length = range.y();
        format.format.setFontWeight(QFont::Bold);
        if (!selected) {
            format.format.setBackground(QColor(0xff, 0xe5, 0x8f));
            format.format.setForeground(QColor(Qt::black));
        } else {
            format.format.setFontUnderline(true);
        }
        formats.append(format);
    }
    QTextLayout layout(snippet, option.font, painter->device());
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::NoWrap);
    textOption.setTextDirection(option.direction);
    layout.setTextOption(textOption);
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine textLine = layout.createLine();
    if (textLine.isValid())
        textLine.setLineWidth(area.width());
    layout.endLayout();
    painter->setPen(textColor);
    painter->setClipRect(area.adjusted(0, 0, 0, 0).intersected(option.rect));
    layout.draw(painter, QPointF(area.left(), area.top() + metrics.height() + 2));
    painter->restore();
}

QSize SearchHitDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return { 200, 2 * metrics.height() + 2 + padding };
}

SearchResults::SearchResults(CaseRepository &cases, QWidget *parent)
    : QWidget(parent)
    , m_cases(cases)
{
    setObjectName(u"searchResults"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_status = new QLabel(this);
    m_status->setObjectName(u"searchStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setContentsMargins(8, 2, 8, 2);
    QPalette muted = m_status->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_status->setPalette(muted);
    layout->addWidget(m_status);
    m_model = new SearchResultsModel(this);
    m_view = new QListView(this);
    m_view->setObjectName(u"searchResultsView"_s);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new SearchHitDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_view, 1);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid())
                Q_EMIT caseActivated(current.data(SearchResultsModel::CaseIdRole).toLongLong());
        });
}

void SearchResults::search(const QString &text)
{
    const quint64 request = ++m_request;
    m_pending = true;
    m_status->setText(tr("Searching…"));
    m_cases.search(SearchQuery { text, 50, true, {} })
        .then(QtFuture::Launch::Sync,
            onContext(this, [this, request, text](const Result<QList<SearchHit>> &hits) {
                QMetaObject::invokeMethod(
                    this,
                    [this, request, text, hits] {
                        if (request != m_request)
                            return; // a newer keystroke asked since: this answer is stale
                        m_pending = false;
                        if (!hits.ok()) {
                            m_status->setText(tr("Search failed: %1").arg(hits.error().message));
                            return;
                        }
                        m_model->setHits(text, hits.value());
                        const int count = static_cast<int>(hits.value().size());
                        m_status->setText(count == 0
                                ? tr("No messages match “%1”.").arg(text)
                                : tr("%n match(es), newest first", nullptr, count));
                        Q_EMIT resultsShown(text, count);
                    },
                    Qt::QueuedConnection);
            }));
}

void SearchResults::clear()
{
    ++m_request;
    m_pending = false;
    m_model->clear();
    m_status->clear();
}

} // namespace CareDesk
