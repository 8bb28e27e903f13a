// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QStandardItemModel;
class QTreeView;

namespace CareDesk {

class ActionRegistry;

/// Every action with its shortcuts, grouped by category, generated from the registry each time
/// it opens (so it is never out of date).
class CheatSheet final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheatSheet)

public:
    CheatSheet(const ActionRegistry &registry, QWidget *parent = nullptr);
    /// Reads the registry again and shows the sheet.
    void popup();
    QStandardItemModel *model() const { return m_model; }

private:
    void rebuild();

    const ActionRegistry &m_registry;
    QStandardItemModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
};

} // namespace CareDesk
