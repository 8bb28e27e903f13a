// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/caseactions.h"

#include "app/core/caseworkflow.h"
#include "app/core/clock.h"
#include "app/core/futures.h"
#include "app/core/teamrepository.h"
#include "ui/inboxmodel.h"
#include "ui/snoozedialog.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    QLabel *plainLabel(QWidget *parent, const QString &objectName)
    {
        auto *label = new QLabel(parent);
        label->setObjectName(objectName);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        return label;
    }

    /// A dialog that deletes itself when closed, opened window-modal without blocking.
    QDialog *newDialog(QWidget *parent, const QString &objectName, const QString &title)
    {
        auto *dialog = new QDialog(parent);
        dialog->setObjectName(objectName);
        dialog->setWindowTitle(title);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        return dialog;
    }

    QDialogButtonBox *okCancel(QDialog *dialog, const QString &okText)
    {
        auto *buttons
            = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
        buttons->button(QDialogButtonBox::Ok)->setText(okText);
        QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
        QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
        return buttons;
    }

} // namespace

CaseActions::CaseActions(CaseRepository &cases, const Clock &clock, QWidget *window)
    : QObject(window)
    , m_cases(cases)
    , m_clock(clock)
    , m_window(window)
{
    setObjectName(u"caseActions"_s);
    createActions();
    buildBar();
    retranslate();
    updateActions();
    updateBar();
}

CaseActions::~CaseActions() = default;

QAction *CaseActions::addAction(
    const QString &objectName, const QString &category, const QKeySequence &shortcut)
{
    auto *action = new QAction(this);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    m_actions.append({ action, category });
    return action;
}

QAction *CaseActions::action(const QString &objectName) const
{
    for (const auto &[action, category] : m_actions) {
        if (action->objectName() == objectName)
            return action;
    }
    return nullptr;
}

void CaseActions::createActions()
{
    const QString caseCategory = tr("Case");
    const QString statusCategory = tr("Status");
    const QString priorityCategory = tr("Priority");
    connect(addAction(u"claimAction"_s, caseCategory, QKeySequence(Qt::Key_C)), &QAction::triggered,
        this, &CaseActions::claim);
    connect(addAction(u"assignAction"_s, caseCategory, QKeySequence(Qt::Key_A)),
        &QAction::triggered, this, &CaseActions::askAssignee);
    connect(addAction(u"statusOpenAction"_s, statusCategory, QKeySequence(Qt::Key_O)),
        &QAction::triggered, this, [this] { changeStatus(CaseStatus::Open); });
    connect(addAction(u"statusPendingAction"_s, statusCategory, QKeySequence(Qt::Key_P)),
        &QAction::triggered, this, [this] { changeStatus(CaseStatus::Pending); });
    connect(addAction(u"snoozeAction"_s, statusCategory, QKeySequence(Qt::Key_S)),
        &QAction::triggered, this, &CaseActions::askSnooze);
    connect(addAction(u"resolveAction"_s, statusCategory, QKeySequence(Qt::Key_E)),
        &QAction::triggered, this, [this] { changeStatus(CaseStatus::Resolved); });
    connect(addAction(u"reopenAction"_s, statusCategory, QKeySequence(Qt::SHIFT | Qt::Key_O)),
        &QAction::triggered, this, [this] { changeStatus(CaseStatus::Open); });
    m_priorityGroup = new QActionGroup(this);
    const QList<std::pair<Priority, QString>> priorities {
        { Priority::Low, u"priorityLowAction"_s }, { Priority::Normal, u"priorityNormalAction"_s },
        { Priority::High, u"priorityHighAction"_s }, { Priority::Urgent, u"priorityUrgentAction"_s }
    };
    int digit = 0;
    for (const auto &[priority, name] : priorities) {
        QAction *action
            = addAction(name, priorityCategory, QKeySequence(Qt::ALT | (Qt::Key_1 + digit++)));
        action->setCheckable(true);
        action->setData(static_cast<int>(priority));
        m_priorityGroup->addAction(action);
        connect(action, &QAction::triggered, this,
            [this, priority = priority] { setPriority(priority); });
    }
    connect(addAction(u"tagsAction"_s, caseCategory, QKeySequence(Qt::Key_T)), &QAction::triggered,
        this, &CaseActions::askTags);
    connect(addAction(u"noteAction"_s, caseCategory, QKeySequence(Qt::Key_N)), &QAction::triggered,
        this, &CaseActions::askNote);
    connect(addAction(u"linkCaseAction"_s, caseCategory, QKeySequence(Qt::Key_L)),
        &QAction::triggered, this, &CaseActions::askLink);
    connect(addAction(u"registerCaseAction"_s, caseCategory, QKeySequence(Qt::SHIFT | Qt::Key_N)),
        &QAction::triggered, this, [this] { registerCaseFromMessage(m_messageId); });
    connect(addAction(u"openPermalinkAction"_s, caseCategory, QKeySequence(Qt::Key_W)),
        &QAction::triggered, this, [this] { openPermalink(m_permalink); });
}

void CaseActions::retranslate()
{
    const QList<std::pair<QString, QString>> texts {
        { u"claimAction"_s, tr("Claim case") },
        { u"assignAction"_s, tr("Assign to…") },
        { u"statusOpenAction"_s, tr("Mark open") },
        { u"statusPendingAction"_s, tr("Mark pending (waiting for the customer)") },
        { u"snoozeAction"_s, tr("Snooze…") },
        { u"resolveAction"_s, tr("Resolve") },
        { u"reopenAction"_s, tr("Reopen") },
        { u"priorityLowAction"_s, tr("Priority: low") },
        { u"priorityNormalAction"_s, tr("Priority: normal") },
        { u"priorityHighAction"_s, tr("Priority: high") },
        { u"priorityUrgentAction"_s, tr("Priority: urgent") },
        { u"tagsAction"_s, tr("Tags…") },
        { u"noteAction"_s, tr("Add internal note…") },
        { u"linkCaseAction"_s, tr("Link to case…") },
        { u"registerCaseAction"_s, tr("Register message as a new case") },
        { u"openPermalinkAction"_s, tr("Open message on its platform…") },
    };
    for (const auto &[name, text] : texts) {
        if (QAction *a = action(name)) {
            a->setText(text);
            a->setToolTip(u"%1 (%2)"_s.arg(text, a->shortcut().toString(QKeySequence::NativeText)));
        }
    }
    action(u"noteAction"_s)
        ->setStatusTip(tr("A note for the team; it is never sent to the customer."));
    action(u"registerCaseAction"_s)
        ->setStatusTip(
            tr("Moves the selected customer message into a case of its own, linked to this one."));
}

void CaseActions::buildBar()
{
    m_bar = new QWidget(m_window);
    m_bar->setObjectName(u"caseActionBar"_s);
    auto *layout = new QVBoxLayout(m_bar);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(2);
    auto *facts = new QHBoxLayout;
    facts->setSpacing(12);
    m_assigneeLabel = plainLabel(m_bar, u"caseAssigneeLabel"_s);
    m_priorityLabel = plainLabel(m_bar, u"casePriorityLabel"_s);
    m_tagsLabel = plainLabel(m_bar, u"caseTagsLabel"_s);
    m_linksLabel = plainLabel(m_bar, u"caseLinksLabel"_s);
    for (QLabel *label : { m_assigneeLabel, m_priorityLabel, m_tagsLabel, m_linksLabel })
        facts->addWidget(label, label == m_tagsLabel || label == m_linksLabel ? 2 : 1);
    layout->addLayout(facts);
    m_toolBar = new QToolBar(m_bar);
    m_toolBar->setObjectName(u"caseToolBar"_s);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (const QString &name :
        { u"claimAction"_s, u"assignAction"_s, u"resolveAction"_s, u"snoozeAction"_s,
            u"noteAction"_s, u"tagsAction"_s, u"linkCaseAction"_s, u"registerCaseAction"_s }) {
        // The toolbar shows the actions; their shortcuts belong to the window's scopes.
        m_toolBar->addAction(action(name));
    }
    layout->addWidget(m_toolBar);
}

void CaseActions::setTeam(TeamRepository *team, Id agentId)
{
    m_team = team;
    m_agentId = agentId;
    updateActions();
}

void CaseActions::showCase(const CaseDetail &detail)
{
    const bool other = detail.summary.value.id != m_case.id;
    m_case = detail.summary.value;
    m_assigneeName = detail.summary.assigneeName;
    if (other) {
        m_extras = CaseExtras {};
        m_extras.caseId = m_case.id;
        m_messageId = 0;
        m_permalink.clear();
    }
    updateActions();
    updateBar();
    loadExtras();
}

void CaseActions::clearCase()
{
    m_case = Case {};
    m_assigneeName.clear();
    m_extras = CaseExtras {};
    m_messageId = 0;
    m_permalink.clear();
    ++m_extrasRequest;
    updateActions();
    updateBar();
}

void CaseActions::setCurrentMessage(Id messageId, const QString &permalink)
{
    m_messageId = messageId > 0 ? messageId : 0;
    m_permalink = messageId > 0 ? permalink : QString();
    updateActions();
}

void CaseActions::loadExtras()
{
    const Id caseId = m_case.id;
    const quint64 request = ++m_extrasRequest;
    m_cases.extras(caseId).then(QtFuture::Launch::Sync,
        onContext(this, [this, caseId, request](const Result<CaseExtras> &result) {
            if (request != m_extrasRequest || caseId != m_case.id)
                return;
            if (!result.ok()) {
                Q_EMIT errorOccurred(result.error().message);
                return;
            }
            m_extras = result.value();
            updateBar();
            Q_EMIT extrasLoaded(m_extras);
        }));
}

void CaseActions::updateActions()
{
    const bool hasCase = m_case.id != 0;
    const auto can = [this, hasCase](CaseStatus to) {
        return hasCase && CaseWorkflow::canTransition(m_case.status, to);
    };
    action(u"claimAction"_s)
        ->setEnabled(hasCase && m_team && m_agentId != 0 && m_case.assigneeId != m_agentId);
    action(u"assignAction"_s)->setEnabled(hasCase && m_team);
    action(u"statusOpenAction"_s)
        ->setEnabled(can(CaseStatus::Open) && m_case.status != CaseStatus::Resolved);
    action(u"statusPendingAction"_s)->setEnabled(can(CaseStatus::Pending));
    action(u"snoozeAction"_s)->setEnabled(can(CaseStatus::Snoozed));
    action(u"resolveAction"_s)->setEnabled(can(CaseStatus::Resolved));
    action(u"reopenAction"_s)->setEnabled(hasCase && m_case.status == CaseStatus::Resolved);
    for (QAction *priority : m_priorityGroup->actions()) {
        priority->setEnabled(hasCase);
        priority->setChecked(
            hasCase && priority->data().toInt() == static_cast<int>(m_case.priority));
    }
    for (const QString &name : { u"tagsAction"_s, u"noteAction"_s, u"linkCaseAction"_s })
        action(name)->setEnabled(hasCase);
    action(u"registerCaseAction"_s)->setEnabled(hasCase && m_messageId != 0);
    action(u"openPermalinkAction"_s)->setEnabled(hasCase && !m_permalink.isEmpty());
}

void CaseActions::updateBar()
{
    m_bar->setVisible(m_case.id != 0);
    if (m_case.id == 0)
        return;
    m_assigneeLabel->setText(m_case.assigneeId == 0 ? tr("Unassigned")
            : m_case.assigneeId == m_agentId        ? tr("Assigned to you")
                                                    : tr("Assigned to %1").arg(m_assigneeName));
    m_priorityLabel->setText(tr("Priority: %1").arg(InboxModel::priorityText(m_case.priority)));
    m_tagsLabel->setText(
        m_extras.tags.isEmpty() ? tr("No tags") : tr("Tags: %1").arg(m_extras.tags.join(u", "_s)));
    QStringList links;
    for (const LinkedCase &link : std::as_const(m_extras.links))
        links.append(tr("#%1 %2 (%3)")
                         .arg(link.caseId)
                         .arg(link.subject, InboxModel::statusText(link.status)));
    m_linksLabel->setText(links.isEmpty() ? QString() : tr("Linked: %1").arg(links.join(u"; "_s)));
    m_linksLabel->setToolTip(m_linksLabel->text());
}

template <typename T>
void CaseActions::finish(QFuture<Result<T>> future, Id caseId, const QString &doneText)
{
    future.then(
        QtFuture::Launch::Sync, onContext(this, [this, caseId, doneText](const Result<T> &result) {
            if (!result.ok()) {
                Q_EMIT errorOccurred(result.error().message);
                return;
            }
            if (!doneText.isEmpty())
                Q_EMIT message(doneText);
            Q_EMIT caseChanged(caseId);
            if (caseId == m_case.id)
                loadExtras();
        }));
}

void CaseActions::claim()
{
    if (m_case.id == 0 || !m_team || m_agentId == 0)
        return;
    const Id caseId = m_case.id;
    m_team->claim(caseId, m_agentId)
        .then(QtFuture::Launch::Sync,
            onContext(this, [this, caseId](const Result<Assignment> &result) {
                if (!result.ok()) {
                    Q_EMIT errorOccurred(result.error().message);
                    return;
                }
                Q_EMIT message(tr("You claimed case %1.").arg(caseId));
                Q_EMIT caseChanged(caseId);
            }));
}

void CaseActions::assignTo(const QString &agentName)
{
    if (m_case.id == 0 || !m_team || agentName.isEmpty())
        return;
    const Id caseId = m_case.id;
    m_team->assign(caseId, agentName, m_agentId)
        .then(QtFuture::Launch::Sync,
            onContext(this, [this, caseId](const Result<Assignment> &result) {
                if (!result.ok()) {
                    Q_EMIT errorOccurred(result.error().message);
                    return;
                }
                Q_EMIT message(
                    tr("Case %1 is assigned to %2.").arg(caseId).arg(result.value().assigneeName));
                Q_EMIT caseChanged(caseId);
            }));
}

void CaseActions::changeStatus(CaseStatus status, Millis snoozeUntil)
{
    if (m_case.id == 0)
        return;
    finish(m_cases.changeStatus(m_case.id, status, snoozeUntil, m_agentId), m_case.id,
        tr("Case %1 is now %2.").arg(m_case.id).arg(InboxModel::statusText(status).toLower()));
}

void CaseActions::setPriority(Priority priority)
{
    if (m_case.id == 0)
        return;
    finish(m_cases.setPriority(m_case.id, priority, m_agentId), m_case.id,
        tr("Priority of case %1: %2.").arg(m_case.id).arg(InboxModel::priorityText(priority)));
}

void CaseActions::addTag(const QString &tag)
{
    if (m_case.id == 0 || tag.trimmed().isEmpty())
        return;
    finish(m_cases.addTag(m_case.id, tag, m_agentId), m_case.id, QString());
}

void CaseActions::removeTag(const QString &tag)
{
    if (m_case.id == 0 || tag.isEmpty())
        return;
    finish(m_cases.removeTag(m_case.id, tag, m_agentId), m_case.id, QString());
}

void CaseActions::addNote(const QString &text)
{
    if (m_case.id == 0 || text.trimmed().isEmpty())
        return;
    finish(m_cases.addNote(m_case.id, text, m_agentId), m_case.id,
        tr("Internal note added; the customer does not see it."));
}

void CaseActions::linkTo(Id otherCaseId)
{
    if (m_case.id == 0 || otherCaseId == 0)
        return;
    finish(m_cases.linkCases(m_case.id, otherCaseId, u"agent"_s, m_agentId), m_case.id,
        tr("Case %1 is linked to case %2.").arg(m_case.id).arg(otherCaseId));
}

void CaseActions::registerCaseFromMessage(Id messageId)
{
    if (m_case.id == 0 || messageId <= 0)
        return;
    const Id fromCaseId = m_case.id;
    m_cases.registerCaseFromMessage(messageId, m_agentId)
        .then(
            QtFuture::Launch::Sync, onContext(this, [this, fromCaseId](const Result<Case> &result) {
                if (!result.ok()) {
                    Q_EMIT errorOccurred(result.error().message);
                    return;
                }
                Q_EMIT message(tr("The message is now case %1, linked to case %2.")
                                   .arg(result.value().id)
                                   .arg(fromCaseId));
                Q_EMIT caseRegistered(result.value().id, fromCaseId);
                Q_EMIT caseChanged(fromCaseId);
                if (fromCaseId == m_case.id)
                    loadExtras();
            }));
}

void CaseActions::openPermalink(const QString &permalink)
{
    const QUrl url(permalink, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != "https"_L1 && scheme != "http"_L1)) {
        Q_EMIT errorOccurred(tr("This message has no web address that can be opened."));
        return;
    }
    // Platform text is untrusted: the agent sees the real host before anything opens.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Open in browser"),
        tr("Open this message on %1?").arg(url.host(QUrl::FullyEncoded)),
        QMessageBox::Open | QMessageBox::Cancel, m_window);
    box->setObjectName(u"permalinkConfirmation"_s);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(url.toDisplayString());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [url](int result) {
        if (result == QMessageBox::Open)
            QDesktopServices::openUrl(url);
    });
    box->open();
}

void CaseActions::askAssignee()
{
    if (m_case.id == 0 || !m_team)
        return;
    QDialog *dialog = newDialog(m_window, u"assignDialog"_s, tr("Assign case %1").arg(m_case.id));
    auto *layout = new QFormLayout(dialog);
    auto *agents = new QComboBox(dialog);
    agents->setObjectName(u"assignAgent"_s);
    agents->setEditable(true); // type to pick; the list completes
    agents->setInsertPolicy(QComboBox::NoInsert);
    layout->addRow(tr("Agent:"), agents);
    layout->addRow(okCancel(dialog, tr("Assign")));
    m_team->agents().then(QtFuture::Launch::Sync,
        onContext(dialog, [agents](const Result<QList<AgentEntry>> &result) {
            if (!result.ok())
                return;
            for (const AgentEntry &entry : result.value()) {
                const Agent &agent = entry.agent;
                const QString shown = agent.displayName.isEmpty() || agent.displayName == agent.name
                    ? agent.name
                    : u"%1 (%2)"_s.arg(agent.displayName, agent.name);
                agents->addItem(
                    tr("%1 · %n open case(s)", nullptr, entry.openCases).arg(shown), agent.name);
            }
            agents->setCurrentIndex(-1);
        }));
    connect(dialog, &QDialog::accepted, this, [this, agents] {
        QString name = agents->currentData().toString();
        if (name.isEmpty() || agents->currentText() != agents->itemText(agents->currentIndex()))
            name = agents->currentText().section(u' ', 0, 0);
        assignTo(name);
    });
    dialog->open();
}

void CaseActions::askSnooze()
{
    if (m_case.id == 0)
        return;
    auto *dialog = new SnoozeDialog(m_clock.now(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
        [this, dialog] { changeStatus(CaseStatus::Snoozed, dialog->snoozeUntil()); });
    dialog->open();
}

void CaseActions::askTags()
{
    if (m_case.id == 0)
        return;
    QDialog *dialog = newDialog(m_window, u"tagDialog"_s, tr("Tags of case %1").arg(m_case.id));
    auto *layout = new QVBoxLayout(dialog);
    auto *input = new QLineEdit(dialog);
    input->setObjectName(u"tagInput"_s);
    input->setPlaceholderText(tr("Add a tag and press Enter"));
    auto *completer = new QCompleter(dialog);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    input->setCompleter(completer);
    layout->addWidget(input);
    auto *list = new QListWidget(dialog);
    list->setObjectName(u"caseTagList"_s);
    list->addItems(m_extras.tags);
    layout->addWidget(list);
    auto *remove = new QPushButton(tr("Remove tag"), dialog);
    remove->setObjectName(u"removeTagButton"_s);
    remove->setAutoDefault(false);
    layout->addWidget(remove);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    // Enter belongs to the tag field (it adds the tag); it must not close the dialog.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    m_cases.tagNames().then(QtFuture::Launch::Sync,
        onContext(dialog, [completer, dialog](const Result<QStringList> &names) {
            if (names.ok())
                completer->setModel(new QStringListModel(names.value(), dialog));
        }));
    connect(this, &CaseActions::extrasLoaded, list, [list](const CaseExtras &extras) {
        list->clear();
        list->addItems(extras.tags);
    });
    connect(input, &QLineEdit::returnPressed, this, [this, input] {
        // The completer's popup takes Enter first when it is open; this is the typed text.
        addTag(input->text());
        input->clear();
    });
    connect(remove, &QPushButton::clicked, this, [this, list] {
        if (QListWidgetItem *item = list->currentItem())
            removeTag(item->text());
    });
    dialog->open();
    input->setFocus();
}

void CaseActions::askNote()
{
    if (m_case.id == 0)
        return;
    QDialog *dialog
        = newDialog(m_window, u"noteDialog"_s, tr("Internal note on case %1").arg(m_case.id));
    auto *layout = new QVBoxLayout(dialog);
    auto *hint = new QLabel(
        tr("Only your team sees this note; it is never sent to the customer."), dialog);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *edit = new QPlainTextEdit(dialog);
    edit->setObjectName(u"noteEdit"_s);
    layout->addWidget(edit);
    layout->addWidget(okCancel(dialog, tr("Add note")));
    edit->installEventFilter(this);
    connect(dialog, &QDialog::accepted, this, [this, edit] { addNote(edit->toPlainText()); });
    dialog->open();
    edit->setFocus();
}

bool CaseActions::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && watched->objectName() == "noteEdit"_L1) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && (key->modifiers() & Qt::ControlModifier)) {
            if (auto *dialog = qobject_cast<QDialog *>(static_cast<QWidget *>(watched)->window()))
                dialog->accept();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void CaseActions::askLink()
{
    if (m_case.id == 0)
        return;
    QDialog *dialog = newDialog(m_window, u"linkDialog"_s, tr("Link case %1 to…").arg(m_case.id));
    auto *layout = new QVBoxLayout(dialog);
    auto *input = new QLineEdit(dialog);
    input->setObjectName(u"linkCaseInput"_s);
    input->setPlaceholderText(tr("A case number, or words to search for"));
    layout->addWidget(input);
    auto *results = new QListWidget(dialog);
    results->setObjectName(u"linkResults"_s);
    layout->addWidget(results);
    layout->addWidget(okCancel(dialog, tr("Link")));
    const Id self = m_case.id;
    auto *requests = new quint64(0);
    connect(dialog, &QObject::destroyed, dialog, [requests] { delete requests; });
    connect(input, &QLineEdit::textChanged, dialog,
        [this, results, requests, self](const QString &text) {
            const quint64 request = ++*requests;
            results->clear();
            bool number = false;
            const Id id = text.trimmed().toLongLong(&number);
            if (number && id > 0 && id != self) {
                auto *item = new QListWidgetItem(tr("Case %1").arg(id), results);
                item->setData(Qt::UserRole, id);
                results->setCurrentItem(item);
                return;
            }
            if (text.trimmed().size() < 2)
                return;
            SearchQuery query;
            query.text = text;
            query.limit = 20;
            m_cases.search(query).then(QtFuture::Launch::Sync,
                onContext(results,
                    [results, requests, request, self](const Result<QList<SearchHit>> &hits) {
                        if (request != *requests || !hits.ok())
                            return;
                        QList<Id> seen;
                        for (const SearchHit &hit : hits.value()) {
                            if (hit.caseId == self || seen.contains(hit.caseId))
                                continue;
                            seen.append(hit.caseId);
                            auto *item = new QListWidgetItem(
                                tr("Case %1 · %2: %3")
                                    .arg(hit.caseId)
                                    .arg(hit.authorName, hit.text.simplified().left(80)),
                                results);
                            item->setData(Qt::UserRole, hit.caseId);
                        }
                        if (results->count() > 0)
                            results->setCurrentRow(0);
                    }));
        });
    connect(dialog, &QDialog::accepted, this, [this, results] {
        if (QListWidgetItem *item = results->currentItem())
            linkTo(item->data(Qt::UserRole).toLongLong());
    });
    dialog->open();
    input->setFocus();
}

} // namespace CareDesk
