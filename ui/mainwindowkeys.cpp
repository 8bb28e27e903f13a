// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window, keyboard first: every action in one registry with a shortcut, the command
// palette (Ctrl+K) and the cheat sheet (F1). Single-key shortcuts (J, K, R, C, E ...) work only
// while the inbox, the thread or the case bar has the focus, so typing in the composer, a
// search field or a dialog never fires them; shortcuts with Ctrl or Alt work in the whole window.
#include "app/core/repositories.h"
#include "ui/actionregistry.h"
#include "ui/caseactions.h"
#include "ui/cheatsheet.h"
#include "ui/commandpalette.h"
#include "ui/composer.h"
#include "ui/inboxmodel.h"
#include "ui/inboxsortmodel.h"
#include "ui/mainwindow.h"
#include "ui/threadmodel.h"

#include <QAction>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    /// A shortcut that is one printable key (Shift allowed): it would fire while typing.
    bool isSingleKey(const QKeySequence &shortcut)
    {
        if (shortcut.count() != 1)
            return false;
        const QKeyCombination combination = shortcut[0];
        const Qt::KeyboardModifiers modifiers
            = combination.keyboardModifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
        return modifiers == Qt::NoModifier && combination.key() < Qt::Key_Escape;
    }

} // namespace

void MainWindow::setTeam(TeamRepository *team, Id agentId)
{
    m_caseActions->setTeam(team, agentId);
}

void MainWindow::createKeyboard()
{
    m_registry = new ActionRegistry(this);
    m_palette = new CommandPalette(*m_registry, this);
    m_cheatSheet = new CheatSheet(*m_registry, this);
    m_letterScopes = { m_inboxView, m_threadView, m_caseActions->bar() };

    const auto place = [this](QAction *action, const QString &category) {
        m_registry->add(action, category);
        bool letters = false;
        for (const QKeySequence &shortcut : action->shortcuts())
            letters = letters || isSingleKey(shortcut);
        if (letters) {
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            for (QWidget *scope : std::as_const(m_letterScopes))
                scope->addAction(action);
        } else {
            action->setShortcutContext(Qt::WindowShortcut);
            addAction(action);
        }
    };
    const auto make
        = [this](const QString &name, const QString &text, const QList<QKeySequence> &shortcuts) {
              auto *action = new QAction(text, this);
              action->setObjectName(name);
              action->setShortcuts(shortcuts);
              return action;
          };

    const QString navigation = tr("Navigation");
    QAction *next = make(u"nextCaseAction"_s, tr("Next case"), { QKeySequence(Qt::Key_J) });
    connect(next, &QAction::triggered, this, [this] { moveCaseSelection(1); });
    QAction *previous
        = make(u"previousCaseAction"_s, tr("Previous case"), { QKeySequence(Qt::Key_K) });
    connect(previous, &QAction::triggered, this, [this] { moveCaseSelection(-1); });
    // The views take Ctrl+1..9 and the priorities Alt+1..4: the inbox is Ctrl+0, the
    // conversation F6 (the usual key for the next pane).
    QAction *inbox = make(
        u"focusInboxAction"_s, tr("Go to the inbox"), { QKeySequence(Qt::CTRL | Qt::Key_0) });
    connect(inbox, &QAction::triggered, this,
        [this] { m_inboxView->setFocus(Qt::ShortcutFocusReason); });
    QAction *thread
        = make(u"focusThreadAction"_s, tr("Go to the conversation"), { QKeySequence(Qt::Key_F6) });
    connect(thread, &QAction::triggered, this, [this] {
        m_threadView->setFocus(Qt::ShortcutFocusReason);
        if (!m_threadView->currentIndex().isValid() && m_thread->rowCount() > 0)
            m_threadView->setCurrentIndex(m_thread->index(m_thread->rowCount() - 1));
    });
    for (QAction *action : { next, previous, inbox, thread }) {
        place(action, navigation);
        m_viewMenu->addAction(action);
    }

    // Search belongs to the inbox's search field (built elsewhere, action "searchAction");
    // without one, Ctrl+F goes to whichever search or filter field the window has.
    QAction *search = findChild<QAction *>(u"searchAction"_s);
    if (!search) {
        search = make(u"searchAction"_s, tr("Search"), { QKeySequence(Qt::CTRL | Qt::Key_F) });
        connect(search, &QAction::triggered, this, [this] {
            for (QLineEdit *field : findChildren<QLineEdit *>()) {
                const QString name = field->objectName().toLower();
                if (field->window() == this && field->isVisible()
                    && (name.contains(u"search"_s) || name.contains(u"filter"_s))) {
                    field->setFocus(Qt::ShortcutFocusReason);
                    field->selectAll();
                    return;
                }
            }
            statusBar()->showMessage(tr("There is no search field in this window yet."), 5000);
        });
    }
    place(search, navigation);

    const QString reply = tr("Reply");
    QAction *publicReply = make(u"replyAction"_s, tr("Reply"), { QKeySequence(Qt::Key_R) });
    connect(publicReply, &QAction::triggered, this, [this] { startReply(false); });
    QAction *privateReply = make(
        u"privateReplyAction"_s, tr("Reply privately"), { QKeySequence(Qt::SHIFT | Qt::Key_R) });
    connect(privateReply, &QAction::triggered, this, [this] { startReply(true); });
    for (QAction *action : { publicReply, privateReply }) {
        place(action, reply);
        m_caseMenu->addAction(action);
    }

    QString lastCategory;
    for (const auto &[action, category] : m_caseActions->actions()) {
        if (category != lastCategory)
            m_caseMenu->addSeparator();
        lastCategory = category;
        place(action, category);
        m_caseMenu->addAction(action);
    }
    connect(m_caseActions, &CaseActions::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_caseActions, &CaseActions::errorOccurred, this, [this](const QString &text) {
        statusBar()->showMessage(tr("Not done: %1").arg(text), 15000);
    });
    connect(m_caseActions, &CaseActions::caseChanged, this, [this](Id caseId) {
        if (caseId == m_currentCaseId)
            loadThread(caseId, false);
    });
    connect(m_caseActions, &CaseActions::extrasLoaded, m_thread, &ThreadModel::setExtras);

    const QString help = tr("Help");
    QAction *palette = make(
        u"commandPaletteAction"_s, tr("Command palette…"), { QKeySequence(Qt::CTRL | Qt::Key_K) });
    connect(palette, &QAction::triggered, m_palette, &CommandPalette::popup);
    QAction *sheet = make(u"cheatSheetAction"_s, tr("Keyboard shortcuts"),
        { QKeySequence(Qt::Key_F1), QKeySequence(Qt::CTRL | Qt::Key_Slash) });
    connect(sheet, &QAction::triggered, m_cheatSheet, &CheatSheet::popup);
    for (QAction *action : { palette, sheet }) {
        place(action, help);
        m_helpMenu->addAction(action);
    }
    // Reading about the program needs no key of its own; everything else has one.
    for (const QString &name : { u"aboutAction"_s, u"aboutQtAction"_s }) {
        if (auto *about = findChild<QAction *>(name))
            ActionRegistry::markShortcutOptional(about);
    }
    if (m_composer)
        registerComposerActions();
}

void MainWindow::registerComposerActions()
{
    if (!m_registry || !m_composer)
        return;
    // The composer's own keys, in the registry so the palette reaches them and their shortcuts
    // are checked against the window's. In its editor the composer takes them first.
    const QString reply = tr("Reply");
    bool registered = false;
    for (QAction *own : m_composer->actions()) {
        if (own->objectName().isEmpty())
            continue;
        m_registry->add(own, reply);
        registered = true;
    }
    if (registered)
        return;
    // A composer without actions of its own: its send and switch keys as actions here.
    auto *send = new QAction(tr("Send reply"), m_composer);
    send->setObjectName(u"sendReplyAction"_s);
    send->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(send, &QAction::triggered, this, [this] {
        auto *button = m_composer->findChild<QPushButton *>(u"sendButton"_s);
        if (button && button->isEnabled())
            button->click();
    });
    auto *target = new QAction(tr("Switch between public reply and private message"), m_composer);
    target->setObjectName(u"switchReplyTargetAction"_s);
    target->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(target, &QAction::triggered, this, [this] {
        m_composer->setSurface(
            m_composer->surface() == Surface::Public ? Surface::Private : Surface::Public);
    });
    for (QAction *action : { send, target }) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_composer->addAction(action);
        m_registry->add(action, reply);
    }
}

void MainWindow::moveCaseSelection(int delta)
{
    const int rows = m_sorted->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_inboxView->currentIndex();
    const int row = current.isValid() ? qBound(0, current.row() + delta, rows - 1) : 0;
    if (current.isValid() && row == rows - 1 && delta > 0 && m_inbox->canFetchMore({}))
        m_inbox->fetchMore({});
    const QModelIndex index = m_sorted->index(row, 0);
    m_inboxView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_inboxView->scrollTo(index);
}

void MainWindow::startReply(bool privately)
{
    if (!m_composer || m_currentCaseId == 0)
        return;
    m_composer->setSurface(privately ? Surface::Private : Surface::Public);
    if (auto *edit = m_composer->findChild<QPlainTextEdit *>(u"composerEdit"_s))
        edit->setFocus(Qt::ShortcutFocusReason);
}

} // namespace CareDesk
