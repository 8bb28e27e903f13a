// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scriptlistmodel.h"

#include "app/core/scripts.h"

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

ScriptListModel::ScriptListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ScriptListModel::setScripts(const QList<Script> &scripts, Platform platform,
    const QStringList &languages, const QString &uiLanguage)
{
    beginResetModel();
    m_scripts = scripts;
    m_uiLanguage = uiLanguage;
    m_bodies.clear();
    for (const Script &script : std::as_const(m_scripts)) {
        const int variant = Scripts::pickVariant(script, platform, languages);
        m_bodies.append(variant >= 0 ? script.variants.at(variant).body : QString());
    }
    endResetModel();
}

int ScriptListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_scripts.size());
}

QVariant ScriptListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Script &script = m_scripts.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString title = Scripts::displayTitle(script, m_uiLanguage);
        return script.shortcut.isEmpty() ? title : title + u"  /"_s + script.shortcut;
    }
    case Qt::ToolTipRole:
    case BodyRole:
        return m_bodies.value(index.row());
    case ScriptIdRole:
        return script.id;
    case ShortcutRole:
        return script.shortcut;
    case CategoryRole:
        return script.category;
    case UsageRole:
        return script.usageCount;
    default:
        return {};
    }
}

} // namespace CareDesk
