// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/domain.h"

#include <QAbstractListModel>
#include <QStringList>

namespace CareDesk {

/// Scripts as a list (the `/` completion popup and the scripts panel): the title in the
/// agent's language, the shortcut, and as tool tip the text the case would get.
class ScriptListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptListModel)

public:
    enum Role {
        ScriptIdRole = Qt::UserRole + 1,
        ShortcutRole,
        CategoryRole,
        UsageRole,
        BodyRole, ///< the variant the current case gets
    };

    explicit ScriptListModel(QObject *parent = nullptr);

    /// Replaces the rows (a filter's result: small, so one reset). platform and languages
    /// choose the variant shown (Scripts::pickVariant); uiLanguage the title.
    void setScripts(const QList<Script> &scripts, Platform platform, const QStringList &languages,
        const QString &uiLanguage);
    const Script &scriptAt(int row) const { return m_scripts.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Script> m_scripts;
    QStringList m_bodies;
    QString m_uiLanguage;
};

} // namespace CareDesk
