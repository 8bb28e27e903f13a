// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The whole desktop as an agent who uses a keyboard or a screen reader meets it: the real
// composition root on a demo workspace, every window and dialog the menus open, walked widget by
// widget. Fails on a focusable control without an accessible name, a list row without text, or
// a control the Tab key never reaches. Also holds the layout at 1280x720 at the scale factor
// the test runs under (QT_SCALE_FACTOR: 1, 1.25, 1.5, 2), with a screenshot of each.

#include "app/core/clock.h"
#include "app/desktop/application.h"
#include "app/runtime/workspace.h"
#include "ui/actionregistry.h"
#include "ui/mainwindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {

constexpr int timeout = 30000;

/// The actions whose windows and dialogs are walked (they open without a modal loop).
const QStringList windowActions = {
    u"preferencesAction"_s,
    u"aboutAction"_s,
    u"accountsAction"_s,
    u"reportsAction"_s,
    u"supervisorBoardAction"_s,
    u"commandPaletteAction"_s,
    u"cheatSheetAction"_s,
    u"newSavedViewAction"_s,
};

QString describe(const QWidget *widget)
{
    QStringList path;
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        path.prepend(w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                               : w->objectName());
    }
    return path.join(u'/');
}

bool isShown(const QWidget *widget)
{
    return widget->isVisible() && widget->width() > 0 && widget->height() > 0;
}

QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

/// Focusable controls a keyboard user lands on, in one top-level window.
QList<QWidget *> focusableControls(QWidget *window)
{
    QList<QWidget *> result;
    const auto children = window->findChildren<QWidget *>();
    for (QWidget *w : children) {
        if (!isShown(w) || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        if (w->focusProxy())
            continue; // the proxy is what gets focus and is checked itself
        // The scroll area's viewport and the pieces inside compound controls (a spin box's
        // line edit, a combo box's view) are named through their owner.
        if (qobject_cast<QAbstractItemView *>(w->parentWidget())
            && w->parentWidget()->focusProxy() == w)
            continue;
        result.append(w);
    }
    return result;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyControlHasAName();
    void everyListRowHasText();
    void tabReachesEveryControl();
    void everyWindowAndDialogHasNames();
    void layoutHoldsAt1280x720();
    void everyActionOfTheWholeAppHasAUniqueShortcut();

private:
    QStringList unnamedIn(QWidget *window) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Application> m_app;
    MainWindow *m_window = nullptr;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(u"data"_s)));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(u"config"_s)));
    const QString path = m_dir.filePath(u"demo.caredesk"_s);
    const Result<DatabaseConfig> config = Workspace::configFor(path, QString());
    QVERIFY(config.ok());
    SystemClock clock;
    const Result<WorkspaceInfo> info
        = Workspace::initialize(config.value(), WorkspaceKind::Demo, clock, false);
    QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().message));

    m_app = std::make_unique<Application>();
    QSignalSpy ready(m_app.get(), &Application::ready);
    QVERIFY(m_app->start({ u"caredesk"_s, u"--workspace"_s, path }));
    QVERIFY(ready.wait(timeout));
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *main = qobject_cast<MainWindow *>(w))
            m_window = main;
    }
    QVERIFY(m_window);
    m_window->resize(1280, 720);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    auto *inbox = m_window->findChild<QAbstractItemView *>(u"inboxView"_s);
    QVERIFY(inbox);
    QTRY_VERIFY_WITH_TIMEOUT(inbox->model()->rowCount() > 0, timeout);
    // Open a case so the thread, the composer and the journey are on screen too.
    inbox->setFocus();
    inbox->setCurrentIndex(inbox->model()->index(0, 0));
    QTest::qWait(300);
}

void TestAccessibility::cleanupTestCase()
{
    m_app.reset();
}

QStringList TestAccessibility::unnamedIn(QWidget *window) const
{
    QStringList unnamed;
    for (QWidget *w : focusableControls(window)) {
        if (accessibleName(w).isEmpty())
            unnamed.append(describe(w));
    }
    return unnamed;
}

void TestAccessibility::everyControlHasAName()
{
    const QStringList unnamed = unnamedIn(m_window);
    QVERIFY2(unnamed.isEmpty(),
        qPrintable(u"Focusable controls without an accessible name:\n"_s + unnamed.join(u'\n')));
}

void TestAccessibility::everyListRowHasText()
{
    QStringList silent;
    const auto views = m_window->findChildren<QAbstractItemView *>();
    for (QAbstractItemView *view : views) {
        if (!isShown(view) || !view->model())
            continue;
        const QAbstractItemModel *model = view->model();
        const int rows = qMin(model->rowCount(view->rootIndex()), 25);
        for (int row = 0; row < rows; ++row) {
            QString rowText;
            for (int column = 0; column < model->columnCount(view->rootIndex()); ++column) {
                const QModelIndex index = model->index(row, column, view->rootIndex());
                QString text = index.data(Qt::AccessibleTextRole).toString();
                if (text.isEmpty())
                    text = index.data(Qt::DisplayRole).toString();
                rowText += text.trimmed();
            }
            if (rowText.isEmpty())
                silent.append(u"%1 row %2"_s.arg(describe(view)).arg(row));
        }
    }
    QVERIFY2(silent.isEmpty(),
        qPrintable(u"List rows a screen reader cannot read:\n"_s + silent.join(u'\n')));
}

void TestAccessibility::tabReachesEveryControl()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    const QList<QWidget *> controls = focusableControls(m_window);
    QSet<QWidget *> reached;
    QWidget *first = QApplication::focusWidget();
    QVERIFY(first);
    // Tab, as a keyboard user presses it (the composer's text passes Tab on); at most three
    // rounds of the whole chain.
    for (int i = 0; i < controls.size() * 3 + 10; ++i) {
        QWidget *focus = QApplication::focusWidget();
        if (focus)
            reached.insert(focus);
        QTest::keyClick(focus ? focus : m_window, Qt::Key_Tab);
    }
    // Of a group of exclusive buttons (public reply / private message), Tab reaches the checked
    // one and the arrow keys the others, as with radio buttons everywhere.
    const auto exclusiveSiblingReached = [&reached](QWidget *w) {
        auto *button = qobject_cast<QAbstractButton *>(w);
        if (!button || !(button->autoExclusive() || button->group()))
            return false;
        const auto siblings
            = w->parentWidget()->findChildren<QAbstractButton *>(Qt::FindDirectChildrenOnly);
        return std::any_of(siblings.cbegin(), siblings.cend(), [&](QAbstractButton *other) {
            return other != button && reached.contains(other)
                && (other->group() ? other->group() == button->group() : other->autoExclusive());
        });
    };
    QStringList missed;
    for (QWidget *w : controls) {
        if (!reached.contains(w) && !exclusiveSiblingReached(w))
            missed.append(describe(w));
    }
    QVERIFY2(missed.isEmpty(), qPrintable(u"Controls Tab never reaches:\n"_s + missed.join(u'\n')));
}

void TestAccessibility::everyWindowAndDialogHasNames()
{
    QStringList problems;
    int opened = 0;
    for (const QString &name : windowActions) {
        auto *action = m_window->findChild<QAction *>(name);
        if (!action) {
            for (QWidget *top : QApplication::topLevelWidgets()) {
                if ((action = top->findChild<QAction *>(name)))
                    break;
            }
        }
        if (!action) {
            problems.append(u"no action %1"_s.arg(name));
            continue;
        }
        QSet<QWidget *> before; // what was on screen already (dialogs may exist hidden)
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (top->isVisible())
                before.insert(top);
        }
        action->trigger();
        QTest::qWait(200);
        bool found = false;
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (before.contains(top) || !top->isVisible() || qobject_cast<QMenu *>(top))
                continue;
            found = true;
            QTest::qWaitForWindowExposed(top);
            for (const QString &unnamed : unnamedIn(top))
                problems.append(u"%1: %2"_s.arg(name, unnamed));
            top->close();
        }
        if (found)
            ++opened;
        else
            problems.append(u"%1 opened no window"_s.arg(name));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(opened, windowActions.size());
}

void TestAccessibility::layoutHoldsAt1280x720()
{
    const QSize screen(1280, 720);
    m_window->resize(screen);
    QTest::qWait(100);
    const QSize minimum = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
    QVERIFY2(minimum.width() <= screen.width() && minimum.height() <= screen.height(),
        qPrintable(u"The window needs %1x%2"_s.arg(minimum.width()).arg(minimum.height())));
    QCOMPARE(m_window->size(), screen);
    const QByteArray dir = qgetenv("CAREDESK_ARTIFACT_DIR");
    if (!dir.isEmpty()) {
        const QString scale = QString::fromLatin1(qgetenv("QT_SCALE_FACTOR"));
        m_window->grab().save(
            QDir(QFile::decodeName(dir))
                .filePath(u"layout-1280x720-scale-%1.png"_s.arg(scale.isEmpty() ? u"1"_s : scale)));
    }
    // The agent's working parts stay usable: the inbox, the thread and the composer are wide
    // and tall enough for a few lines.
    for (const QString &name : { u"inboxView"_s, u"threadView"_s }) {
        auto *w = m_window->findChild<QWidget *>(name);
        QVERIFY2(w && isShown(w), qPrintable(name));
        QVERIFY2(w->width() >= 200 && w->height() >= 3 * w->fontMetrics().height(),
            qPrintable(u"%1 is %2x%3"_s.arg(name).arg(w->width()).arg(w->height())));
    }
}

void TestAccessibility::everyActionOfTheWholeAppHasAUniqueShortcut()
{
    // The registry test covers the window alone; here the composition root has added its
    // actions too (notifications, accounts, reports, the board, sign-out).
    ActionRegistry *registry = m_window->actionRegistry();
    QVERIFY(registry);
    const QStringList conflicts = registry->conflicts();
    QVERIFY2(conflicts.isEmpty(), qPrintable(conflicts.join(u'\n')));
    QStringList without;
    for (const RegisteredAction &entry : registry->entries()) {
        if (entry.shortcuts.isEmpty() && !entry.shortcutOptional)
            without.append(entry.id);
    }
    QVERIFY2(
        without.isEmpty(), qPrintable(u"Actions without a shortcut: "_s + without.join(u", "_s)));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
