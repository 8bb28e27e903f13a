// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/actionregistry.h"

#include <QAction>
#include <QHash>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    RegisteredAction entryFor(QAction *action, const QString &category)
    {
        RegisteredAction entry;
        entry.id = action->objectName();
        entry.name = ActionRegistry::displayName(action);
        if (entry.id.isEmpty())
            entry.id = entry.name;
        entry.category = category;
        entry.shortcuts = action->shortcuts();
        entry.shortcuts.removeAll(QKeySequence());
        entry.action = action;
        entry.shortcutOptional = action->property("caredeskShortcutOptional").toBool();
        return entry;
    }

} // namespace

QString RegisteredAction::shortcutText() const
{
    QStringList texts;
    for (const QKeySequence &shortcut : shortcuts)
        texts.append(shortcut.toString(QKeySequence::NativeText));
    return texts.join(u", "_s);
}

ActionRegistry::ActionRegistry(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(u"actionRegistry"_s);
}

void ActionRegistry::add(QAction *action, const QString &category)
{
    Q_ASSERT(!action->objectName().isEmpty());
    for (const RegisteredAction &known : std::as_const(m_registered)) {
        if (known.action == action)
            return;
    }
    m_registered.append(entryFor(action, category));
}

QList<RegisteredAction> ActionRegistry::entries() const
{
    QList<RegisteredAction> all;
    QList<const QAction *> seen;
    for (const RegisteredAction &registered : m_registered) {
        if (!registered.action)
            continue;
        // Read again: text, shortcuts and enabled state change after registration.
        all.append(entryFor(registered.action, registered.category));
        seen.append(registered.action);
    }
    if (m_window->menuWidget()) {
        if (auto *bar = qobject_cast<QMenuBar *>(m_window->menuWidget())) {
            for (QAction *top : bar->actions()) {
                if (top->menu())
                    collectMenu(top->menu(), displayName(top), all, seen);
            }
        }
    }
    return all;
}

void ActionRegistry::collectMenu(const QMenu *menu, const QString &category,
    QList<RegisteredAction> &into, QList<const QAction *> &seen) const
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (action->menu()) {
            collectMenu(action->menu(), category, into, seen);
            continue;
        }
        if (seen.contains(action))
            continue;
        seen.append(action);
        into.append(entryFor(action, category));
    }
}

QAction *ActionRegistry::action(const QString &id) const
{
    for (const RegisteredAction &entry : entries()) {
        if (entry.id == id)
            return entry.action;
    }
    return nullptr;
}

QStringList ActionRegistry::conflicts() const
{
    QHash<QString, QStringList> users;
    QStringList order;
    for (const RegisteredAction &entry : entries()) {
        for (const QKeySequence &shortcut : entry.shortcuts) {
            const QString key = shortcut.toString(QKeySequence::PortableText);
            if (!users.contains(key))
                order.append(key);
            users[key].append(entry.id);
        }
    }
    QStringList sentences;
    for (const QString &key : std::as_const(order)) {
        const QStringList &ids = users.value(key);
        if (ids.size() > 1)
            sentences.append(tr("%1 is the shortcut of %2.").arg(key, ids.join(u", "_s)));
    }
    return sentences;
}

void ActionRegistry::markShortcutOptional(QAction *action)
{
    action->setProperty("caredeskShortcutOptional", true);
}

QString ActionRegistry::displayName(const QAction *action)
{
    QString text = action->text();
    // "&&" is a literal ampersand; a single "&" marks the mnemonic.
    text.replace(u"&&"_s, u"\u0001"_s).remove(u'&').replace(u'\u0001', u'&');
    if (text.endsWith(u'…'))
        text.chop(1);
    if (text.endsWith(u"..."_s))
        text.chop(3);
    return text.trimmed();
}

} // namespace CareDesk
