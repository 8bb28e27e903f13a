// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Keyboard first in the real main window: every action is registered with a unique shortcut
// (menu actions others add included), the command palette finds and runs an action by its
// typed name, the cheat sheet lists them all, and single-key shortcuts stay out of the composer.
#include "app/core/changefeed.h"
#include "app/core/clock.h"
#include "app/runtime/workspace.h"
#include "ui/actionregistry.h"
#include "ui/caseactions.h"
#include "ui/cheatsheet.h"
#include "ui/commandpalette.h"
#include "ui/composer.h"
#include "ui/inboxmodel.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {
constexpr int timeout = 15000;
}

class TestActionRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyActionHasAUniqueShortcut();
    void menuActionsAddedLaterAreChecked();
    void paletteFindsAndTriggersByName();
    void paletteClosesWithEscape();
    void fuzzyMatching_data();
    void fuzzyMatching();
    void cheatSheetListsEveryAction();
    void singleKeysOnlyOutsideTheComposer();

private:
    /// Shortcuts need the window active; a closed dialog leaves no window active offscreen.
    void activate()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    QTemporaryDir m_dir;
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    ActionRegistry *m_registry = nullptr;
    QTreeView *m_inboxView = nullptr;
    QList<QAbstractItemModelTester *> m_testers;
};

void TestActionRegistry::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const DatabaseConfig config = DatabaseConfig::sqlite(m_dir.filePath(u"demo.caredesk"_s));
    m_clock = std::make_shared<ManualClock>(QDateTime::currentMSecsSinceEpoch());
    const Result<WorkspaceInfo> info
        = Workspace::initialize(config, WorkspaceKind::Demo, *m_clock, false);
    QVERIFY2(info.ok(), qPrintable(info.error().message));
    m_workspace = std::make_unique<Workspace>(config, m_clock);
    m_window = std::make_unique<MainWindow>(
        m_workspace->cases(), m_workspace->changeFeed(), m_workspace->clock(), info.value().name);
    m_window->setComposer(new Composer(
        m_workspace->outbox(), m_workspace->drafts(), m_workspace->clock(), nullptr, 0));
    m_registry = m_window->actionRegistry();
    m_inboxView = m_window->findChild<QTreeView *>(u"inboxView"_s);
    QVERIFY(m_registry && m_inboxView);
    auto *sorted = qobject_cast<QSortFilterProxyModel *>(m_inboxView->model());
    for (QAbstractItemModel *model :
        { static_cast<QAbstractItemModel *>(sorted), sorted->sourceModel() })
        m_testers.append(new QAbstractItemModelTester(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest, this));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(sorted->rowCount() > 2, timeout);
}

void TestActionRegistry::cleanupTestCase()
{
    qDeleteAll(m_testers);
    m_testers.clear();
    m_window.reset();
    m_workspace.reset();
}

void TestActionRegistry::everyActionHasAUniqueShortcut()
{
    const QList<RegisteredAction> entries = m_registry->entries();
    QSet<QString> ids;
    QHash<QString, QString> owners;
    QSet<QString> optional;
    for (const RegisteredAction &entry : entries) {
        QVERIFY2(!entry.id.isEmpty(), qPrintable(entry.name));
        QVERIFY2(!ids.contains(entry.id), qPrintable(u"two actions are called "_s + entry.id));
        ids.insert(entry.id);
        QVERIFY2(!entry.name.isEmpty(), qPrintable(entry.id));
        QVERIFY2(!entry.category.isEmpty(), qPrintable(entry.id));
        if (entry.shortcutOptional)
            optional.insert(entry.id);
        else
            QVERIFY2(!entry.shortcuts.isEmpty(), qPrintable(entry.id + u" has no shortcut"_s));
        for (const QKeySequence &shortcut : entry.shortcuts) {
            const QString key = shortcut.toString(QKeySequence::PortableText);
            QVERIFY2(!owners.contains(key),
                qPrintable(
                    u"%1 is the shortcut of %2 and %3"_s.arg(key, owners.value(key), entry.id)));
            owners.insert(key, entry.id);
        }
    }
    // Only the About dialogs may go without a key.
    QVERIFY(
        optional.isEmpty() || optional == (QSet<QString> { u"aboutAction"_s, u"aboutQtAction"_s }));
    QVERIFY2(m_registry->conflicts().isEmpty(), qPrintable(m_registry->conflicts().join(u' ')));
    // The list, the menus' own (Quit, Pause) and the composer's.
    for (const QString &id : { u"nextCaseAction"_s, u"previousCaseAction"_s, u"replyAction"_s,
             u"privateReplyAction"_s, u"resolveAction"_s, u"snoozeAction"_s, u"claimAction"_s,
             u"assignAction"_s, u"searchAction"_s, u"commandPaletteAction"_s, u"cheatSheetAction"_s,
             u"noteAction"_s, u"tagsAction"_s, u"linkCaseAction"_s, u"registerCaseAction"_s,
             u"priorityUrgentAction"_s, u"quitAction"_s, u"pauseLiveTrafficAction"_s,
             u"sendReplyAction"_s, u"switchReplyTargetAction"_s })
        QVERIFY2(ids.contains(id),
            qPrintable(
                id + u" is not registered: "_s + QStringList(ids.begin(), ids.end()).join(u' ')));
    QCOMPARE(m_registry->action(u"commandPaletteAction"_s)->shortcut(),
        QKeySequence(Qt::CTRL | Qt::Key_K));
    QCOMPARE(m_registry->action(u"pauseLiveTrafficAction"_s)->shortcut(),
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));
    QCOMPARE(m_registry->action(u"switchReplyTargetAction"_s)->shortcut(),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
}

void TestActionRegistry::menuActionsAddedLaterAreChecked()
{
    QMenu *tools = m_window->menu(MainWindow::Menu::Tools);
    auto *later = tools->addAction(u"Later tool"_s);
    later->setObjectName(u"laterToolAction"_s);
    later->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K)); // the palette's
    QVERIFY(m_registry->action(u"laterToolAction"_s) == later);
    QCOMPARE(m_registry->conflicts().size(), 1);
    QVERIFY(m_registry->conflicts().constFirst().contains(u"commandPaletteAction"_s));
    delete later;
    QVERIFY(m_registry->conflicts().isEmpty());
    QVERIFY(!m_registry->action(u"laterToolAction"_s));
}

void TestActionRegistry::paletteFindsAndTriggersByName()
{
    activate();
    m_inboxView->setFocus();
    QTest::keyClick(m_inboxView, Qt::Key_K, Qt::ControlModifier);
    auto *palette = m_window->findChild<CommandPalette *>(u"commandPalette"_s);
    QVERIFY(palette);
    QTRY_VERIFY_WITH_TIMEOUT(palette->isVisible(), timeout);
    QAbstractItemModelTester tester(
        palette->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Unfiltered, it reaches every registered action.
    QCOMPARE(palette->model()->rowCount(), m_registry->entries().size());
    QSet<QString> listed;
    for (int row = 0; row < palette->model()->rowCount(); ++row)
        listed.insert(palette->model()->entryAt(row).id);
    for (const RegisteredAction &entry : m_registry->entries())
        QVERIFY2(listed.contains(entry.id), qPrintable(entry.id));

    auto *filter = palette->findChild<QLineEdit *>(u"paletteFilter"_s);
    QVERIFY(filter);
    QTRY_VERIFY_WITH_TIMEOUT(filter->hasFocus(), timeout);
    QTest::keyClicks(filter, u"next ca"_s);
    QVERIFY(palette->model()->rowCount() >= 1);
    QCOMPARE(palette->model()->entryAt(0).id, u"nextCaseAction"_s);
    QCOMPARE(palette->model()->index(0, CommandPaletteModel::ShortcutColumn).data().toString(),
        QKeySequence(Qt::Key_J).toString(QKeySequence::NativeText));
    QSignalSpy triggered(m_registry->action(u"nextCaseAction"_s), &QAction::triggered);
    const Id before = m_window->currentCaseId();
    QTest::keyClick(filter, Qt::Key_Return);
    QCOMPARE(triggered.size(), 1);
    QVERIFY(!palette->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->currentCaseId() != 0 && m_window->currentCaseId() != before, timeout);
}

void TestActionRegistry::paletteClosesWithEscape()
{
    QAction *open = m_registry->action(u"commandPaletteAction"_s);
    open->trigger();
    auto *palette = m_window->findChild<CommandPalette *>(u"commandPalette"_s);
    QTRY_VERIFY_WITH_TIMEOUT(palette->isVisible(), timeout);
    auto *filter = palette->findChild<QLineEdit *>(u"paletteFilter"_s);
    QVERIFY(filter->text().isEmpty()); // a fresh start each time
    QTest::keyClicks(filter, u"zzzz-nothing"_s);
    QCOMPARE(palette->model()->rowCount(), 0);
    QTest::keyClick(filter, Qt::Key_Return); // nothing to run, nothing happens
    QVERIFY(palette->isVisible());
    QTest::keyClick(filter, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!palette->isVisible(), timeout);
}

void TestActionRegistry::fuzzyMatching_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("matches");
    QTest::newRow("substring") << u"Resolve"_s << u"sol"_s << true;
    QTest::newRow("case-insensitive") << u"Resolve"_s << u"RESOLVE"_s << true;
    QTest::newRow("letters in order") << u"Register message as a new case"_s << u"rgcase"_s << true;
    QTest::newRow("letters out of order") << u"Resolve"_s << u"vr"_s << false;
    QTest::newRow("cyrillic") << u"Решить"_s << u"реш"_s << true;
    QTest::newRow("empty query") << u"Anything"_s << QString() << true;
}

void TestActionRegistry::fuzzyMatching()
{
    QFETCH(QString, text);
    QFETCH(QString, query);
    QFETCH(bool, matches);
    QCOMPARE(CommandPaletteModel::matchScore(text, query) >= 0, matches);
    // A word that starts with the text beats letters found apart.
    QVERIFY(CommandPaletteModel::matchScore(u"Snooze"_s, u"sno"_s)
        < CommandPaletteModel::matchScore(u"Send reply now"_s, u"sno"_s));
}

void TestActionRegistry::cheatSheetListsEveryAction()
{
    activate();
    m_inboxView->setFocus();
    QTest::keyClick(m_inboxView, Qt::Key_F1);
    auto *sheet = m_window->findChild<CheatSheet *>(u"cheatSheet"_s);
    QVERIFY(sheet);
    QTRY_VERIFY_WITH_TIMEOUT(sheet->isVisible(), timeout);
    QStandardItemModel *model = sheet->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QHash<QString, QString> shortcutById;
    QSet<QString> categories;
    for (int group = 0; group < model->rowCount(); ++group) {
        QStandardItem *category = model->item(group, 0);
        categories.insert(category->text());
        for (int row = 0; row < category->rowCount(); ++row) {
            shortcutById.insert(category->child(row, 0)->data(Qt::UserRole + 1).toString(),
                category->child(row, 1)->text());
        }
    }
    const QList<RegisteredAction> entries = m_registry->entries();
    QCOMPARE(shortcutById.size(), entries.size());
    for (const RegisteredAction &entry : entries) {
        QVERIFY2(categories.contains(entry.category), qPrintable(entry.category));
        QCOMPARE(shortcutById.value(entry.id), entry.shortcutText());
    }
    sheet->reject();
    QVERIFY(!sheet->isVisible());
}

void TestActionRegistry::singleKeysOnlyOutsideTheComposer()
{
    QAction *next = m_registry->action(u"nextCaseAction"_s);
    QAction *reply = m_registry->action(u"replyAction"_s);
    QSignalSpy nextSpy(next, &QAction::triggered);
    QSignalSpy replySpy(reply, &QAction::triggered);
    auto *edit = m_window->findChild<QPlainTextEdit *>(u"composerEdit"_s);
    QVERIFY(edit);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->currentCaseId() != 0, timeout);
    auto *composer = m_window->findChild<Composer *>();
    QTRY_VERIFY_WITH_TIMEOUT(
        composer->caseId() == m_window->currentCaseId() && !edit->isReadOnly() && edit->isEnabled(),
        timeout);
    // From the inbox, J moves on and R goes to the composer.
    activate();
    m_inboxView->setFocus();
    QTRY_VERIFY2_WITH_TIMEOUT(QApplication::focusWidget() == m_inboxView,
        qPrintable(u"focus on %1, active window %2, popup %3"_s.arg(
            QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : u"none"_s,
            QApplication::activeWindow() ? QApplication::activeWindow()->objectName() : u"none"_s,
            QApplication::activePopupWidget() ? QApplication::activePopupWidget()->objectName()
                                              : u"none"_s)),
        timeout);
    QVERIFY(next->isEnabled());
    QTest::keyClick(m_inboxView, Qt::Key_J);
    QCOMPARE(nextSpy.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(
        composer->caseId() == m_window->currentCaseId() && !edit->isReadOnly(), timeout);
    QTest::keyClick(m_inboxView, Qt::Key_R);
    QCOMPARE(replySpy.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(edit->hasFocus(), timeout);
    // In the composer the same letters are text.
    edit->clear();
    QTest::keyClicks(edit, u"jkr"_s);
    QCOMPARE(edit->toPlainText(), u"jkr"_s);
    QCOMPARE(nextSpy.size(), 1);
    QCOMPARE(replySpy.size(), 1);
    edit->clear();
    // Ctrl+0 goes back to the inbox from the composer.
    QTest::keyClick(edit, Qt::Key_0, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(m_inboxView->hasFocus(), timeout);
}

QTEST_MAIN(TestActionRegistry)
#include "tst_actionregistry.moc"
