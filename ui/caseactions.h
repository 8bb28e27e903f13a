// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/repositories.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>

class QAction;
class QActionGroup;
class QDialog;
class QLabel;
class QToolBar;
class QWidget;

namespace CareDesk {

class Clock;
class TeamRepository;

/// What an agent does to the case on screen: claim it, assign it, change its status (open,
/// pending, snoozed until a time, resolved, reopened), its priority and tags, write internal
/// notes, link it to another case, register one of its messages as a case of its own, and open
/// a message on its platform after seeing where the link goes. Each action is a QAction with a
/// shortcut (for the registry, the menus and the palette) and ends in one repository call whose
/// event is written in the same transaction. There is no action that deletes a message.
class CaseActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseActions)

public:
    /// window parents the dialogs.
    CaseActions(CaseRepository &cases, const Clock &clock, QWidget *window);
    ~CaseActions() override;

    /// Claiming and assigning need the team port and the agent this desktop acts as.
    void setTeam(TeamRepository *team, Id agentId);
    Id agentId() const { return m_agentId; }

    /// The case shown (called after every read of it); reads its tags, links and attachments.
    void showCase(const CaseDetail &detail);
    void clearCase();
    Id caseId() const { return m_case.id; }
    /// The message pointed at in the thread (0: none), for actions outside this class.
    Id currentMessageId() const { return m_messageId; }
    /// The message the agent points at in the thread: 0 (or a note) for none.
    void setCurrentMessage(Id messageId, const QString &permalink);

    /// The actions with their categories, in menu order.
    QList<QPair<QAction *, QString>> actions() const { return m_actions; }
    QAction *action(const QString &objectName) const;
    /// The strip in the case header: assignee, priority, tags and links, and the main actions.
    QWidget *bar() const { return m_bar; }
    const CaseExtras &extras() const { return m_extras; }

    // What the actions do once their dialogs are answered.
    void claim();
    void assignTo(const QString &agentName);
    void changeStatus(CaseStatus status, Millis snoozeUntil = 0);
    void setPriority(Priority priority);
    void addTag(const QString &tag);
    void removeTag(const QString &tag);
    void addNote(const QString &text);
    void linkTo(Id otherCaseId);
    void registerCaseFromMessage(Id messageId);
    /// Asks first, showing the link's real host; opens only http and https.
    void openPermalink(const QString &permalink);

protected:
    /// Ctrl+Enter in the note editor adds the note.
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    /// A write succeeded: the case should be read again.
    void caseChanged(Id caseId);
    /// A message became case newCaseId.
    void caseRegistered(Id newCaseId, Id fromCaseId);
    void extrasLoaded(const CaseExtras &extras);
    /// One sentence for the status bar.
    void message(const QString &text);
    void errorOccurred(const QString &message);

private:
    QAction *addAction(
        const QString &objectName, const QString &category, const QKeySequence &shortcut);
    void createActions();
    void buildBar();
    void retranslate();
    void updateActions();
    void updateBar();
    void loadExtras();
    /// Runs after a write: reports an error or announces the change.
    template <typename T>
    void finish(QFuture<Result<T>> future, Id caseId, const QString &doneText);

    void askAssignee();
    void askSnooze();
    void askTags();
    void askNote();
    void askLink();

    CaseRepository &m_cases;
    const Clock &m_clock;
    QPointer<QWidget> m_window;
    TeamRepository *m_team = nullptr;
    Id m_agentId = 0;
    Case m_case;
    QString m_assigneeName;
    CaseExtras m_extras;
    Id m_messageId = 0;
    QString m_permalink;
    quint64 m_extrasRequest = 0;

    QList<QPair<QAction *, QString>> m_actions;
    QActionGroup *m_priorityGroup = nullptr;
    QWidget *m_bar = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_assigneeLabel = nullptr;
    QLabel *m_priorityLabel = nullptr;
    QLabel *m_tagsLabel = nullptr;
    QLabel *m_linksLabel = nullptr;
};

} // namespace CareDesk
