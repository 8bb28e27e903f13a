// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The case actions in the real main window on a real demo workspace, driven by the keyboard:
// claim, status and snooze, priority, tags, an internal note (shown as internal, never in the
// outbox), a link, registering a message as a case, the permalink's confirmation, attachments,
// and that no action deletes a message. A second connection checks what was stored.
#include "app/core/changefeed.h"
#include "app/core/clock.h"
#include "app/runtime/workspace.h"
#include "app/storage/agentstore.h"
#include "app/storage/casestore.h"
#include "app/storage/database.h"
#include "ui/actionregistry.h"
#include "ui/caseactions.h"
#include "ui/composer.h"
#include "ui/inboxmodel.h"
#include "ui/mainwindow.h"
#include "ui/snoozedialog.h"
#include "ui/threadmodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QDateTime>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUrl>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {
constexpr int timeout = 15000;
}

/// Receives what QDesktopServices would open, instead of a browser.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

class TestCaseActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void claimByKeyboard();
    void statusAndSnooze();
    void priority();
    void tags();
    void noteIsInternalAndNeverInTheOutbox();
    void lettersDoNotFireWhileTyping();
    void link();
    void permalinkAsksFirstAndAttachmentsAreListed();
    void registerCaseFromMessage();
    void noActionDeletesAMessage();

private:
    void selectCase(Id caseId);
    Id loadedCaseWithCustomerMessages(int atLeast) const;
    int count(const QString &statement, const QVariantList &values = {}) const;
    QString text(const QString &statement, const QVariantList &values = {}) const;
    void press(QWidget *widget, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    template <typename T> T *waitFor(const QString &objectName)
    {
        T *found = nullptr;
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(
                (found = m_window->findChild<T *>(objectName)) && found->isVisible(), timeout);
        }();
        if (found) {
            // As a window manager would: the dialog that opened is the active window.
            found->window()->activateWindow();
            [&] { QVERIFY(QTest::qWaitForWindowActive(found->window())); }();
        }
        return found;
    }

    QTemporaryDir m_dir;
    DatabaseConfig m_config;
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_writer;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    QTreeView *m_inboxView = nullptr;
    QListView *m_threadView = nullptr;
    InboxModel *m_inbox = nullptr;
    ThreadModel *m_thread = nullptr;
    CaseActions *m_actions = nullptr;
    QList<QAbstractItemModelTester *> m_testers;
    Id m_agent = 0;
    Id m_case = 0;
};

void TestCaseActions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_config = DatabaseConfig::sqlite(m_dir.filePath(u"demo.caredesk"_s));
    m_clock = std::make_shared<ManualClock>(QDateTime::currentMSecsSinceEpoch());
    const Result<WorkspaceInfo> info
        = Workspace::initialize(m_config, WorkspaceKind::Demo, *m_clock, false);
    QVERIFY2(info.ok(), qPrintable(info.error().message));
    Result<std::unique_ptr<Database>> writer
        = Database::open(m_config, Database::OpenMode::Existing);
    QVERIFY2(writer.ok(), qPrintable(writer.error().message));
    m_writer = std::move(writer.value());
    NewAgent spec;
    spec.name = u"anna"_s;
    spec.role = AgentRole::Supervisor;
    Result<Agent> agent = AgentStore::addAgent(*m_writer, spec, m_clock->now());
    QVERIFY2(agent.ok(), qPrintable(agent.error().message));
    m_agent = agent.value().id;
    NewAgent colleague;
    colleague.name = u"boris"_s;
    QVERIFY(AgentStore::addAgent(*m_writer, colleague, m_clock->now()).ok());

    m_workspace = std::make_unique<Workspace>(m_config, m_clock);
    m_window = std::make_unique<MainWindow>(
        m_workspace->cases(), m_workspace->changeFeed(), m_workspace->clock(), info.value().name);
    m_window->setComposer(new Composer(
        m_workspace->outbox(), m_workspace->drafts(), m_workspace->clock(), nullptr, m_agent));
    m_window->setTeam(&m_workspace->team(), m_agent);
    m_inboxView = m_window->findChild<QTreeView *>(u"inboxView"_s);
    m_threadView = m_window->findChild<QListView *>(u"threadView"_s);
    m_actions = m_window->caseActions();
    QVERIFY(m_inboxView && m_threadView && m_actions);
    auto *sorted = qobject_cast<QSortFilterProxyModel *>(m_inboxView->model());
    QVERIFY(sorted);
    m_inbox = qobject_cast<InboxModel *>(sorted->sourceModel());
    m_thread = qobject_cast<ThreadModel *>(m_threadView->model());
    QVERIFY(m_inbox && m_thread);
    for (QAbstractItemModel *model :
        { static_cast<QAbstractItemModel *>(m_inbox), static_cast<QAbstractItemModel *>(sorted),
            static_cast<QAbstractItemModel *>(m_thread) })
        m_testers.append(new QAbstractItemModelTester(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest, this));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_inbox->rowCount() > 10, timeout);
}

void TestCaseActions::cleanupTestCase()
{
    qDeleteAll(m_testers);
    m_testers.clear();
    m_window.reset();
    m_workspace.reset();
    m_writer.reset();
}

int TestCaseActions::count(const QString &statement, const QVariantList &values) const
{
    Result<QSqlQuery> q = m_writer->exec(statement, values);
    if (!q.ok())
        return -1;
    return q.value().next() ? q.value().value(0).toInt() : -1;
}

QString TestCaseActions::text(const QString &statement, const QVariantList &values) const
{
    Result<QSqlQuery> q = m_writer->exec(statement, values);
    if (!q.ok())
        return q.error().message;
    return q.value().next() ? q.value().value(0).toString() : QString();
}

void TestCaseActions::press(QWidget *widget, Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    // Shortcuts need the window active; a closed dialog leaves no window active offscreen.
    if (!m_window->isActiveWindow()) {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    widget->setFocus();
    QTest::keyClick(widget, key, modifiers);
}

void TestCaseActions::selectCase(Id caseId)
{
    const int row = m_inbox->rowOfCase(caseId);
    QVERIFY(row >= 0);
    auto *sorted = qobject_cast<QSortFilterProxyModel *>(m_inboxView->model());
    m_inboxView->setCurrentIndex(sorted->mapFromSource(m_inbox->index(row, 0)));
    QTRY_COMPARE_WITH_TIMEOUT(m_actions->caseId(), caseId, timeout);
    QTRY_VERIFY_WITH_TIMEOUT(m_thread->caseId() == caseId && m_thread->rowCount() > 0, timeout);
}

Id TestCaseActions::loadedCaseWithCustomerMessages(int atLeast) const
{
    for (int row = 0; row < m_inbox->rowCount(); ++row) {
        const Id caseId = m_inbox->summaryAt(row).value.id;
        if (caseId != m_case
            && count(u"SELECT COUNT(*) FROM message WHERE case_id = ? AND direction = 'in'"_s,
                   { caseId })
                >= atLeast)
            return caseId;
    }
    return 0;
}

void TestCaseActions::claimByKeyboard()
{
    // J from the inbox selects the first case, J again the next: the first unassigned one (the
    // demo's agents hold the cases they answered); C claims it.
    press(m_inboxView, Qt::Key_J);
    QTRY_VERIFY_WITH_TIMEOUT(m_actions->caseId() != 0, timeout);
    for (int i = 0; i < 100
         && count(u"SELECT COALESCE(assignee_id, 0) FROM cases WHERE id = ?"_s,
                { m_actions->caseId() })
             != 0;
         ++i) {
        const Id before = m_actions->caseId();
        press(m_inboxView, Qt::Key_J);
        QTRY_VERIFY_WITH_TIMEOUT(m_actions->caseId() != before, timeout);
    }
    m_case = m_actions->caseId();
    QCOMPARE(count(u"SELECT COALESCE(assignee_id, 0) FROM cases WHERE id = ?"_s, { m_case }), 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_actions->action(u"claimAction"_s)->isEnabled(), timeout);
    press(m_inboxView, Qt::Key_C);
    QTRY_COMPARE_WITH_TIMEOUT(
        count(u"SELECT assignee_id FROM cases WHERE id = ?"_s, { m_case }), int(m_agent), timeout);
    QCOMPARE(
        count(u"SELECT COUNT(*) FROM event WHERE type = 'claimed' AND case_id = ?"_s, { m_case }),
        1);
    auto *assignee = m_window->findChild<QLabel *>(u"caseAssigneeLabel"_s);
    QTRY_COMPARE_WITH_TIMEOUT(assignee->text(), u"Assigned to you"_s, timeout);
}

void TestCaseActions::statusAndSnooze()
{
    QVERIFY(m_case != 0);
    const QString status = u"SELECT status FROM cases WHERE id = ?"_s;
    const QString changes
        = u"SELECT COUNT(*) FROM event WHERE type = 'status_changed' AND case_id = ?"_s;
    const int changesBefore = count(changes, { m_case });
    QTRY_VERIFY_WITH_TIMEOUT(m_actions->action(u"statusPendingAction"_s)->isEnabled(), timeout);
    press(m_inboxView, Qt::Key_P);
    QTRY_COMPARE_WITH_TIMEOUT(text(status, { m_case }), u"pending"_s, timeout);

    // S asks until when; "tomorrow at 9:00" is a preset.
    QTRY_VERIFY_WITH_TIMEOUT(m_actions->action(u"snoozeAction"_s)->isEnabled(), timeout);
    press(m_threadView, Qt::Key_S);
    auto *dialog = waitFor<SnoozeDialog>(u"snoozeDialog"_s);
    QVERIFY(dialog);
    dialog->setPreset(SnoozeDialog::TomorrowMorning);
    const Millis until = SnoozeDialog::presetTime(SnoozeDialog::TomorrowMorning, m_clock->now());
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(until).toLocalTime().time(), QTime(9, 0));
    QCOMPARE(dialog->snoozeUntil(), until);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_COMPARE_WITH_TIMEOUT(text(status, { m_case }), u"snoozed"_s, timeout);
    QCOMPARE(count(u"SELECT snoozed_until FROM cases WHERE id = ?"_s, { m_case }) != 0, true);
    QCOMPARE(
        text(u"SELECT snoozed_until FROM cases WHERE id = ?"_s, { m_case }).toLongLong(), until);

    QTRY_VERIFY_WITH_TIMEOUT(m_actions->action(u"resolveAction"_s)->isEnabled(), timeout);
    press(m_inboxView, Qt::Key_E);
    QTRY_COMPARE_WITH_TIMEOUT(text(status, { m_case }), u"resolved"_s, timeout);
    QTRY_VERIFY_WITH_TIMEOUT(m_actions->action(u"reopenAction"_s)->isEnabled(), timeout);
    QVERIFY(!m_actions->action(u"resolveAction"_s)->isEnabled());
    press(m_inboxView, Qt::Key_O, Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(text(status, { m_case }), u"open"_s, timeout);
    QCOMPARE(count(changes, { m_case }), changesBefore + 4);
}

void TestCaseActions::priority()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_actions->action(u"priorityHighAction"_s)->isEnabled(), timeout);
    // Alt+3 works anywhere in the window, the composer included.
    auto *edit = m_window->findChild<QPlainTextEdit *>(u"composerEdit"_s);
    QVERIFY(edit);
    const QString priority = u"SELECT priority FROM cases WHERE id = ?"_s;
    const bool wasHigh = text(priority, { m_case }) == u"high"_s;
    press(edit, wasHigh ? Qt::Key_4 : Qt::Key_3, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(
        text(priority, { m_case }), wasHigh ? u"urgent"_s : u"high"_s, timeout);
    QCOMPARE(count(u"SELECT COUNT(*) FROM event WHERE type = 'priority_changed' AND case_id = ?"_s,
                 { m_case }),
        1);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_actions->action(wasHigh ? u"priorityUrgentAction"_s : u"priorityHighAction"_s)
            ->isChecked(),
        timeout);
}

void TestCaseActions::tags()
{
    QVERIFY(m_writer->exec(u"INSERT INTO tag (name) VALUES ('refund-request')"_s).ok());
    press(m_inboxView, Qt::Key_T);
    auto *input = waitFor<QLineEdit>(u"tagInput"_s);
    QVERIFY(input);
    auto *list = m_window->findChild<QListWidget *>(u"caseTagList"_s);
    auto listTester = std::make_unique<QAbstractItemModelTester>(
        list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Existing tags complete what the agent types.
    QTRY_VERIFY_WITH_TIMEOUT(
        input->completer()->model() && input->completer()->model()->rowCount() >= 1, timeout);
    QTest::keyClicks(input, u"shipping"_s);
    QTest::keyClick(input, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(list->count(), 1, timeout);
    QCOMPARE(list->item(0)->text(), u"shipping"_s);
    auto *label = m_window->findChild<QLabel *>(u"caseTagsLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(u"shipping"_s), timeout);
    QCOMPARE(
        count(u"SELECT COUNT(*) FROM event WHERE type = 'tag_added' AND case_id = ?"_s, { m_case }),
        1);

    list->setCurrentRow(0);
    m_window->findChild<QPushButton *>(u"removeTagButton"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(list->count(), 0, timeout);
    QCOMPARE(count(u"SELECT COUNT(*) FROM case_tag WHERE case_id = ?"_s, { m_case }), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM event WHERE type = 'tag_removed' AND case_id = ?"_s,
                 { m_case }),
        1);
    listTester.reset(); // before the dialog (and its list) goes
    QTest::keyClick(input, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->findChild<QLineEdit *>(u"tagInput"_s), timeout);
}

void TestCaseActions::noteIsInternalAndNeverInTheOutbox()
{
    const int outbox = count(u"SELECT COUNT(*) FROM outbox"_s);
    press(m_threadView, Qt::Key_N);
    auto *edit = waitFor<QPlainTextEdit>(u"noteEdit"_s);
    QVERIFY(edit);
    QTest::keyClicks(edit, u"Customer called the hotline too"_s);
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(
        count(u"SELECT COUNT(*) FROM note WHERE case_id = ?"_s, { m_case }), 1, timeout);
    QCOMPARE(count(u"SELECT COUNT(*) FROM outbox"_s), outbox);
    QCOMPARE(count(u"SELECT COUNT(*) FROM event WHERE type = 'note_added' AND case_id = ?"_s,
                 { m_case }),
        1);
    // The thread shows it, marked internal and told apart from every message.
    int noteRow = -1;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int row = 0; row < m_thread->rowCount(); ++row) {
                if (m_thread->index(row).data(ThreadModel::IsNoteRole).toBool())
                    noteRow = row;
            }
            return noteRow >= 0;
        }(),
        timeout);
    const QModelIndex note = m_thread->index(noteRow);
    QCOMPARE(note.data(ThreadModel::TextRole).toString(), u"Customer called the hotline too"_s);
    QCOMPARE(note.data(ThreadModel::BadgeRole).toString(), ThreadModel::noteText());
    QVERIFY(note.data(ThreadModel::MessageIdRole).toLongLong() < 0);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_thread->index(noteRow).data(ThreadModel::AuthorRole).toString(), u"anna"_s, timeout);
    for (int row = 0; row < m_thread->rowCount(); ++row) {
        if (row != noteRow)
            QVERIFY(m_thread->index(row).data(ThreadModel::BadgeRole).toString()
                != ThreadModel::noteText());
    }
    // A note cannot be registered as a case or opened on a platform.
    m_threadView->setCurrentIndex(note);
    QVERIFY(!m_actions->action(u"registerCaseAction"_s)->isEnabled());
    QVERIFY(!m_actions->action(u"openPermalinkAction"_s)->isEnabled());
}

void TestCaseActions::lettersDoNotFireWhileTyping()
{
    auto *edit = m_window->findChild<QPlainTextEdit *>(u"composerEdit"_s);
    QVERIFY(edit);
    edit->clear();
    QSignalSpy resolve(m_actions->action(u"resolveAction"_s), &QAction::triggered);
    QSignalSpy claim(m_actions->action(u"claimAction"_s), &QAction::triggered);
    edit->setFocus();
    QTest::keyClicks(edit, u"ec"_s);
    QCOMPARE(edit->toPlainText(), u"ec"_s);
    QCOMPARE(resolve.size(), 0);
    QCOMPARE(claim.size(), 0);
    edit->clear();
}

void TestCaseActions::link()
{
    const Id other = m_inbox->summaryAt(m_inbox->rowCount() - 1).value.id;
    QVERIFY(other != m_case);
    press(m_inboxView, Qt::Key_L);
    auto *input = waitFor<QLineEdit>(u"linkCaseInput"_s);
    QVERIFY(input);
    QTest::keyClicks(input, QString::number(other));
    auto *results = m_window->findChild<QListWidget *>(u"linkResults"_s);
    auto tester = std::make_unique<QAbstractItemModelTester>(
        results->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE_WITH_TIMEOUT(results->count(), 1, timeout);
    tester.reset(); // before the dialog (and its list) goes
    QTest::keyClick(input, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(
        count(u"SELECT COUNT(*) FROM case_link WHERE case_id = ? AND linked_case_id = ?"_s,
            { m_case, other }),
        1, timeout);
    QCOMPARE(count(u"SELECT COUNT(*) FROM case_link WHERE case_id = ? AND linked_case_id = ?"_s,
                 { other, m_case }),
        1);
    auto *label = m_window->findChild<QLabel *>(u"caseLinksLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(u'#' + QString::number(other)), timeout);
}

void TestCaseActions::permalinkAsksFirstAndAttachmentsAreListed()
{
    // A message with a permalink whose text pretends another host, and an attachment.
    const Id messageId = count(u"SELECT MIN(id) FROM message WHERE case_id = ?"_s, { m_case });
    QVERIFY(messageId > 0);
    QVERIFY(m_writer
                ->exec(u"UPDATE message SET permalink = ? WHERE id = ?"_s,
                    { u"https://mastodon.example/@anna/1"_s, messageId })
                .ok());
    QVERIFY(
        m_writer
            ->exec(
                u"INSERT INTO attachment (message_id, kind, url, name, size) VALUES (?, 'image', "
                "'https://files.example/x.png', 'receipt.png', 1200)"_s,
                { messageId })
            .ok());
    // Read again (the window's own writes and the feed both do this; here the write was outside).
    press(m_inboxView, Qt::Key_J);
    QTRY_VERIFY_WITH_TIMEOUT(m_actions->caseId() != m_case, timeout);
    press(m_inboxView, Qt::Key_K);
    QTRY_COMPARE_WITH_TIMEOUT(m_actions->caseId(), m_case, timeout);
    const auto rowOf = [this](Id id) {
        for (int r = 0; r < m_thread->rowCount(); ++r) {
            if (m_thread->index(r).data(ThreadModel::MessageIdRole).toLongLong() == id)
                return r;
        }
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(messageId) >= 0, timeout);
    const int row = rowOf(messageId);
    QTRY_VERIFY_WITH_TIMEOUT(m_thread->index(row)
                                 .data(ThreadModel::AttachmentsTextRole)
                                 .toString()
                                 .contains(u"receipt.png"_s),
        timeout);

    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(u"https"_s, &catcher, "open");
    m_threadView->setFocus();
    m_threadView->setCurrentIndex(m_thread->index(row));
    QVERIFY(m_actions->action(u"openPermalinkAction"_s)->isEnabled());
    press(m_threadView, Qt::Key_W);
    auto *box = waitFor<QMessageBox>(u"permalinkConfirmation"_s);
    QVERIFY(box);
    QVERIFY(box->text().contains(u"mastodon.example"_s));
    QVERIFY(catcher.opened.isEmpty()); // nothing opens before the agent agrees
    box->button(QMessageBox::Open)->click();
    QTRY_COMPARE_WITH_TIMEOUT(catcher.opened.size(), 1, timeout);
    QCOMPARE(catcher.opened.constFirst(), QUrl(u"https://mastodon.example/@anna/1"_s));
    QDesktopServices::unsetUrlHandler(u"https"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_window->findChild<QMessageBox *>(u"permalinkConfirmation"_s), timeout);

    // Only web addresses open at all.
    QVERIFY(m_writer
                ->exec(u"UPDATE message SET permalink = 'file:///etc/passwd' WHERE id = ?"_s,
                    { messageId })
                .ok());
    QSignalSpy errors(m_actions, &CaseActions::errorOccurred);
    m_actions->openPermalink(u"file:///etc/passwd"_s);
    QCOMPARE(errors.size(), 1);
    QVERIFY(!m_window->findChild<QMessageBox *>(u"permalinkConfirmation"_s));
}

void TestCaseActions::registerCaseFromMessage()
{
    const Id caseId = loadedCaseWithCustomerMessages(2);
    QVERIFY2(caseId != 0, "the demo has a loaded case with two customer messages");
    selectCase(caseId);
    const int messagesBefore = count(u"SELECT COUNT(*) FROM message"_s);
    int row = -1;
    for (int r = m_thread->rowCount() - 1; r >= 0 && row < 0; --r) {
        if (m_thread->index(r).data(ThreadModel::DirectionRole).toInt() == int(Direction::In))
            row = r;
    }
    QVERIFY(row >= 0);
    const Id messageId = m_thread->index(row).data(ThreadModel::MessageIdRole).toLongLong();
    m_threadView->setFocus();
    m_threadView->setCurrentIndex(m_thread->index(row));
    QSignalSpy registered(m_actions, &CaseActions::caseRegistered);
    press(m_threadView, Qt::Key_N, Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(registered.size(), 1, timeout);
    const Id newCase = registered.constFirst().at(0).toLongLong();
    QCOMPARE(count(u"SELECT case_id FROM message WHERE id = ?"_s, { messageId }), int(newCase));
    QCOMPARE(count(u"SELECT COUNT(*) FROM message"_s), messagesBefore);
    QCOMPARE(count(u"SELECT COUNT(*) FROM case_link WHERE case_id = ? AND linked_case_id = ?"_s,
                 { caseId, newCase }),
        1);
    // The thread no longer shows the message; the new case has it.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int r = 0; r < m_thread->rowCount(); ++r) {
                if (m_thread->index(r).data(ThreadModel::MessageIdRole).toLongLong() == messageId)
                    return false;
            }
            return true;
        }(),
        timeout);
    QCOMPARE(count(u"SELECT COUNT(*) FROM event WHERE type = 'case_linked' AND message_id = ?"_s,
                 { messageId }),
        2);
}

void TestCaseActions::noActionDeletesAMessage()
{
    QList<QAction *> all = m_window->findChildren<QAction *>();
    for (const RegisteredAction &entry : m_window->actionRegistry()->entries())
        all.append(entry.action);
    QVERIFY(all.size() > 20);
    for (QAction *action : std::as_const(all)) {
        const QString what = action->objectName() + u' ' + action->text();
        const bool removes = what.contains(u"delete"_s, Qt::CaseInsensitive)
            || what.contains(u"remove"_s, Qt::CaseInsensitive)
            || what.contains(u"erase"_s, Qt::CaseInsensitive);
        QVERIFY2(!(removes && what.contains(u"message"_s, Qt::CaseInsensitive)), qPrintable(what));
    }
    // The repository port has no such call either: CaseRepository's writes are listed in the
    // storage test; the message count only ever grew or stayed here.
}

QTEST_MAIN(TestCaseActions)
#include "tst_caseactions.moc"
