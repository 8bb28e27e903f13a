// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class QAction;
class QMainWindow;
class QMenu;

namespace CareDesk {

/// One action as the command palette and the cheat sheet list it.
struct RegisteredAction {
    QString id; ///< the action's objectName
    QString name; ///< its text without mnemonics and ellipsis
    QString category;
    QList<QKeySequence> shortcuts;
    QPointer<QAction> action;
    /// Marked with ActionRegistry::markShortcutOptional (About dialogs): listed, no key needed.
    bool shortcutOptional = false;

    /// The shortcuts as the platform writes them, ", " between.
    QString shortcutText() const;
};

/// Every action of the window in one list: those registered here with a category, and every
/// action reachable from the window's menu bar (whoever added it), read again on each call so
/// actions added later are included and their shortcuts checked too. The command palette and
/// the cheat sheet are generated from it; conflicts() finds a shortcut used twice.
class ActionRegistry final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionRegistry)

public:
    explicit ActionRegistry(QMainWindow *window);

    /// Registers an action under a category (it keeps the category when a menu shows it too).
    /// The action needs an objectName: that is its id.
    void add(QAction *action, const QString &category);
    /// Every action, registered ones first, then the menu bar's in menu order.
    QList<RegisteredAction> entries() const;
    /// The action with this id, or null.
    QAction *action(const QString &id) const;
    /// One sentence per shortcut that more than one action uses.
    QStringList conflicts() const;

    /// Exempts an action from needing a shortcut (the About dialogs); everything an agent works
    /// with has one, and the registry's test insists.
    static void markShortcutOptional(QAction *action);
    /// "&Quit…" becomes "Quit".
    static QString displayName(const QAction *action);

private:
    void collectMenu(const QMenu *menu, const QString &category, QList<RegisteredAction> &into,
        QList<const QAction *> &seen) const;

    QMainWindow *m_window = nullptr;
    QList<RegisteredAction> m_registered;
};

} // namespace CareDesk
