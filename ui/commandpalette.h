// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/actionregistry.h"

#include <QAbstractTableModel>
#include <QDialog>

class QLineEdit;
class QTreeView;

namespace CareDesk {

/// The registry's actions that match a typed text, best first: a name containing the text
/// (earlier is better), then names holding its letters in order, then a matching category.
class CommandPaletteModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandPaletteModel)

public:
    enum Column { NameColumn, CategoryColumn, ShortcutColumn, ColumnCount };
    enum Role { ActionIdRole = Qt::UserRole + 1 };

    explicit CommandPaletteModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    void setEntries(const QList<RegisteredAction> &entries);
    void setFilter(const QString &text);
    const RegisteredAction &entryAt(int row) const { return m_shown.at(row); }

    /// How well text matches query: lower is better, -1 for no match.
    static int matchScore(const QString &text, const QString &query);

private:
    void rebuild();

    QList<RegisteredAction> m_entries;
    QList<RegisteredAction> m_shown;
    QString m_filter;
};

/// Ctrl+K: type part of an action's name, Enter runs it, Esc closes.
class CommandPalette final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandPalette)

public:
    CommandPalette(const ActionRegistry &registry, QWidget *parent = nullptr);
    /// Reads the registry again, clears the filter and shows the palette.
    void popup();
    CommandPaletteModel *model() const { return m_model; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void triggerCurrent();
    void selectFirst();

    const ActionRegistry &m_registry;
    CommandPaletteModel *m_model = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeView *m_list = nullptr;
};

} // namespace CareDesk
