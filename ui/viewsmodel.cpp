// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/viewsmodel.h"

#include <QFont>
#include <QHash>
#include <QLocale>
#include <QPalette>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

ViewsModel::ViewsModel(Id me, QObject *parent)
    : QAbstractTableModel(parent)
    , m_me(me)
{
    rebuild({}, {});
}

int ViewsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ViewsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ViewsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return row.name;
        if (row.heading || row.count < 0)
            return {};
        return QLocale().toString(row.count);
    case Qt::ToolTipRole:
        if (row.heading)
            return {};
        if (row.count < 0)
            return tr("%1: counting…").arg(row.name);
        return tr("%1: %n case(s)", nullptr, static_cast<int>(qMin<qint64>(row.count, 2000000000)))
            .arg(row.name);
    case Qt::FontRole:
        if (row.heading) {
            QFont font;
            font.setBold(true);
            font.setPointSizeF(font.pointSizeF() * 0.9);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (row.heading || index.column() == CountColumn)
            return QPalette().color(QPalette::PlaceholderText);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn)
            return QVariant::fromValue(int(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case KeyRole:
        return row.key;
    case CountRole:
        return QVariant::fromValue(row.count);
    case IsHeadingRole:
        return row.heading;
    case SavedViewIdRole:
        return QVariant::fromValue(row.saved.id);
    default:
        return {};
    }
}

Qt::ItemFlags ViewsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    if (m_rows.at(index.row()).heading)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

void ViewsModel::setContents(const InboxFacets &facets, const QList<SavedView> &saved)
{
    beginResetModel();
    rebuild(facets, saved);
    endResetModel();
}

void ViewsModel::setAtRiskMinutes(int minutes)
{
    minutes = qMax(1, minutes);
    if (minutes == m_atRiskMinutes)
        return;
    m_atRiskMinutes = minutes;
    const int row = rowOfKey(u"sla_at_risk"_s);
    if (row < 0)
        return;
    m_rows[row].query.atRiskMinutes = minutes;
    m_rows[row].name = tr("SLA at risk (%n min)", nullptr, minutes);
    m_rows[row].count = -1;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ViewsModel::rebuild(const InboxFacets &facets, const QList<SavedView> &saved)
{
    QHash<QString, qint64> known;
    for (const Row &row : std::as_const(m_rows))
        known.insert(row.key, row.count);
    m_facets = facets;
    m_saved = saved;
    m_rows.clear();
    const auto heading = [this](const QString &name) {
        Row row;
        row.heading = true;
        row.key = u"heading:"_s + name;
        row.name = name;
        m_rows.append(row);
    };
    const auto view = [this, &known](const QString &key, const QString &name, InboxQuery query) {
        // Built-in views list what is still to do: every status but resolved.
        Row row;
        row.key = key;
        row.name = name;
        row.query = std::move(query);
        row.count = known.value(key, -1);
        m_rows.append(row);
    };
    InboxQuery open;
    open.openOnly = true;
    heading(tr("Views"));
    InboxQuery mine = open;
    mine.mine = true;
    mine.me = m_me;
    view(u"mine"_s, tr("Mine"), mine);
    InboxQuery unassigned = open;
    unassigned.unassigned = true;
    view(u"unassigned"_s, tr("Unassigned"), unassigned);
    view(u"all_open"_s, tr("All open"), open);
    InboxQuery atRisk = open;
    atRisk.sla = SlaFilter::AtRisk;
    atRisk.atRiskMinutes = m_atRiskMinutes;
    atRisk.sort = InboxSort::SlaDueFirst;
    view(u"sla_at_risk"_s, tr("SLA at risk (%n min)", nullptr, m_atRiskMinutes), atRisk);
    InboxQuery breached = open;
    breached.sla = SlaFilter::Breached;
    breached.sort = InboxSort::SlaDueFirst;
    view(u"breached"_s, tr("Breached"), breached);
    InboxQuery negative = open;
    negative.negativeSentiment = true;
    view(u"negative"_s, tr("Negative sentiment"), negative);
    if (!facets.platforms.isEmpty()) {
        heading(tr("Platforms"));
        for (const Platform platform : facets.platforms) {
            InboxQuery query = open;
            query.platforms = { platform };
            view(u"platform:"_s + toString(platform), platformDisplayName(platform), query);
        }
    }
    if (!facets.accounts.isEmpty()) {
        heading(tr("Accounts"));
        for (const Account &account : facets.accounts) {
            InboxQuery query = open;
            query.accountIds = { account.id };
            view(u"account:"_s + QString::number(account.id),
                tr("%1 (%2)").arg(account.handle, platformDisplayName(account.platform)), query);
        }
    }
    if (!facets.languages.isEmpty()) {
        heading(tr("Languages"));
        for (const QString &language : facets.languages) {
            InboxQuery query = open;
            query.language = language;
            const QLocale locale(language);
            const QString name = locale.language() == QLocale::C
                ? language
                : QLocale::languageToString(locale.language());
            view(u"language:"_s + language, name, query);
        }
    }
    if (!saved.isEmpty()) {
        heading(tr("Saved views"));
        for (const SavedView &savedView : saved) {
            Row row;
            row.key = u"saved:"_s + QString::number(savedView.id);
            row.name = savedView.name;
            row.query = ViewDefinition::fromJson(savedView.definition, m_me);
            row.count = known.value(row.key, -1);
            row.saved = savedView;
            m_rows.append(row);
        }
    }
}

InboxQuery ViewsModel::queryAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return m_rows.at(row).query;
}

QList<InboxQuery> ViewsModel::viewQueries(QList<int> *rows) const
{
    QList<InboxQuery> queries;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).heading)
            continue;
        queries.append(m_rows.at(row).query);
        rows->append(row);
    }
    return queries;
}

void ViewsModel::setCounts(const QList<int> &rows, const QList<qint64> &counts)
{
    for (qsizetype i = 0; i < rows.size() && i < counts.size(); ++i) {
        const int row = rows.at(i);
        if (row < 0 || row >= m_rows.size() || m_rows.at(row).count == counts.at(i))
            continue;
        m_rows[row].count = counts.at(i);
        Q_EMIT dataChanged(index(row, NameColumn), index(row, CountColumn));
    }
}

int ViewsModel::rowOfKey(const QString &key) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).key == key)
            return row;
    }
    return -1;
}

const SavedView *ViewsModel::savedViewAt(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).saved.id == 0)
        return nullptr;
    return &m_rows.at(row).saved;
}

} // namespace CareDesk
