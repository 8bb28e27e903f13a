// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commandpalette.h"

#include <QAction>
#include <QCoreApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

CommandPaletteModel::CommandPaletteModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int CommandPaletteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

int CommandPaletteModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommandPaletteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RegisteredAction &entry = m_shown.at(index.row());
    if (role == ActionIdRole)
        return entry.id;
    if (role == Qt::ToolTipRole && entry.action)
        return entry.action->toolTip();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return entry.name;
    case CategoryColumn:
        return entry.category;
    case ShortcutColumn:
        return entry.shortcutText();
    default:
        return {};
    }
}

QVariant CommandPaletteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Action");
    case CategoryColumn:
        return tr("Category");
    case ShortcutColumn:
        return tr("Shortcut");
    default:
        return {};
    }
}

Qt::ItemFlags CommandPaletteModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const RegisteredAction &entry = m_shown.at(index.row());
    // A disabled action is listed (the agent learns it exists) but cannot be run.
    return entry.action && entry.action->isEnabled() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                                     : Qt::ItemIsSelectable;
}

void CommandPaletteModel::setEntries(const QList<RegisteredAction> &entries)
{
    m_entries = entries;
    rebuild();
}

void CommandPaletteModel::setFilter(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    rebuild();
}

int CommandPaletteModel::matchScore(const QString &text, const QString &query)
{
    const QString q = query.simplified();
    if (q.isEmpty())
        return 0;
    const qsizetype at = text.indexOf(q, 0, Qt::CaseInsensitive);
    if (at >= 0) {
        const bool wordStart = at == 0 || !text.at(at - 1).isLetterOrNumber();
        return int(at) + (wordStart ? 0 : 100);
    }
    // The query's letters in order, anywhere: "rsv" finds "Resolve". Fewer gaps are better.
    int gaps = 0;
    qsizetype from = 0;
    for (const QChar c : q) {
        if (c.isSpace())
            continue;
        const qsizetype found = text.indexOf(c, from, Qt::CaseInsensitive);
        if (found < 0)
            return -1;
        gaps += int(found - from);
        from = found + 1;
    }
    return 1000 + gaps;
}

void CommandPaletteModel::rebuild()
{
    beginResetModel();
    QList<std::pair<int, RegisteredAction>> scored;
    for (const RegisteredAction &entry : std::as_const(m_entries)) {
        int score = matchScore(entry.name, m_filter);
        if (score < 0) {
            const int byCategory = matchScore(entry.category + u' ' + entry.name, m_filter);
            score = byCategory < 0 ? -1 : 5000 + byCategory;
        }
        if (score >= 0)
            scored.append({ score, entry });
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first < b.first;
        return a.second.name.localeAwareCompare(b.second.name) < 0;
    });
    m_shown.clear();
    for (const auto &[score, entry] : std::as_const(scored))
        m_shown.append(entry);
    endResetModel();
}

CommandPalette::CommandPalette(const ActionRegistry &registry, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
{
    setObjectName(u"commandPalette"_s);
    setWindowTitle(tr("Command palette"));
    auto *layout = new QVBoxLayout(this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"paletteFilter"_s);
    m_filter->setAccessibleName(tr("Find an action"));
    m_filter->setPlaceholderText(tr("Type an action's name…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    layout->addWidget(m_filter);
    m_model = new CommandPaletteModel(this);
    m_list = new QTreeView(this);
    m_list->setObjectName(u"paletteList"_s);
    m_list->setAccessibleName(tr("Actions"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(CommandPaletteModel::NameColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(
        CommandPaletteModel::CategoryColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(
        CommandPaletteModel::ShortcutColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_list);
    resize(560, 380);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setFilter(text);
        selectFirst();
    });
    connect(m_filter, &QLineEdit::returnPressed, this, &CommandPalette::triggerCurrent);
    connect(m_list, &QAbstractItemView::activated, this, [this] { triggerCurrent(); });
}

void CommandPalette::popup()
{
    m_model->setEntries(m_registry.entries());
    m_filter->clear();
    m_model->setFilter(QString());
    selectFirst();
    open();
    m_filter->setFocus();
}

void CommandPalette::selectFirst()
{
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, 0));
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down move through the list while the cursor stays in the filter.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up || key->key() == Qt::Key_PageDown
            || key->key() == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CommandPalette::triggerCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    const QPointer<QAction> action = m_model->entryAt(current.row()).action;
    if (!action || !action->isEnabled())
        return;
    // Closed first: what the action opens (a dialog, the composer) gets the focus.
    accept();
    action->trigger();
}

} // namespace CareDesk
