// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cheatsheet.h"

#include "ui/actionregistry.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

CheatSheet::CheatSheet(const ActionRegistry &registry, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
{
    setObjectName(u"cheatSheet"_s);
    setWindowTitle(tr("Keyboard shortcuts"));
    auto *layout = new QVBoxLayout(this);
    m_model = new QStandardItemModel(this);
    m_view = new QTreeView(this);
    m_view->setObjectName(u"cheatSheetView"_s);
    m_view->setAccessibleName(tr("Keyboard shortcuts"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    layout->addWidget(m_view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 600);
}

void CheatSheet::popup()
{
    rebuild();
    open();
}

void CheatSheet::rebuild()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels({ tr("Action"), tr("Shortcut") });
    QHash<QString, QStandardItem *> groups;
    for (const RegisteredAction &entry : m_registry.entries()) {
        QStandardItem *group = groups.value(entry.category);
        if (!group) {
            group = new QStandardItem(entry.category);
            QFont bold = group->font();
            bold.setBold(true);
            group->setFont(bold);
            m_model->appendRow({ group, new QStandardItem() });
            groups.insert(entry.category, group);
        }
        auto *name = new QStandardItem(entry.name);
        name->setData(entry.id, Qt::UserRole + 1);
        name->setToolTip(entry.action ? entry.action->toolTip() : QString());
        group->appendRow({ name, new QStandardItem(entry.shortcutText()) });
    }
    m_view->expandAll();
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(false);
}

} // namespace CareDesk
