// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The reply composer on a real demo workspace: real widgets, a real SQLite file, the real
// outbox and drafts, real hunspell dictionaries. Text is typed with key events.

#include "app/core/changefeed.h"
#include "app/core/clock.h"
#include "app/core/scripts.h"
#include "app/core/textcounter.h"
#include "app/desktop/hunspellspellchecker.h"
#include "app/runtime/workspace.h"
#include "app/storage/database.h"
#include "app/storage/draftstore.h"
#include "ui/composer.h"
#include "ui/mainwindow.h"
#include "ui/scriptlistmodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {

constexpr int timeout = 15000;
constexpr Millis hour = 3600LL * 1000;

template <typename T> T await(QFuture<Result<T>> future)
{
    QDeadlineTimer deadline(timeout);
    while (!future.isFinished() && !deadline.hasExpired())
        QTest::qWait(5);
    if (!future.isFinished())
        qFatal("a repository call did not finish");
    const Result<T> result = future.result();
    if (!result.ok())
        qFatal("%s", qPrintable(result.error().message));
    return result.value();
}

/// Types text key by key; keyClicks takes Latin-1 only, so other letters (Cyrillic, CJK) go
/// as key events that carry their text, as an input method delivers them.
void type(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

QString words(int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list.append(u"word%1"_s.arg(i));
    return list.join(u' ');
}

} // namespace

class TestComposer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void countsWhileTyping_data();
    void countsWhileTyping();
    void targetIsExplicitAndToggles();
    void sendQueuesAReply();
    void takeItPrivateQueuesTwo();
    void messagingWindowBlocksPrivate();
    void splitsIntoAThread();
    void splitKeepsEveryPartWithinTheLimit_data();
    void splitKeepsEveryPartWithinTheLimit();
    void spellCheckUnderlinesAndSuggests();
    void draftsFollowTheirCase();
    void draftSurvivesInTheFile();
    void slashInsertsAScriptAtTheCursor_data();
    void slashInsertsAScriptAtTheCursor();
    void severalScriptsAnywhereFromThePanel();
    void takeItPrivateUsesTheScript();
    void accountLimitReplacesTheDefault();
    void everyActionHasANameAndAShortcut();
    void inTheMainWindow();

private:
    CaseDetail caseOf(Platform platform, int skip = 0);
    void show(const CaseDetail &detail);
    QList<OutboxItem> outboxOf(Id caseId);
    /// Gives the composer the workspace's scripts and waits until the library is read.
    void useScripts();
    Script scriptByKey(const QString &key);

    QTemporaryDir m_dir;
    DatabaseConfig m_config;
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<HunspellSpellChecker> m_spell;
    std::unique_ptr<Composer> m_composer;
    QPlainTextEdit *m_edit = nullptr;
    QLabel *m_counter = nullptr;
    QLabel *m_remaining = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_visibility = nullptr;
    QLabel *m_window = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_takePrivate = nullptr;
    QPushButton *m_split = nullptr;
    QToolButton *m_public = nullptr;
    QToolButton *m_private = nullptr;
    QPlainTextEdit *m_preview = nullptr;
};

void TestComposer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_config = DatabaseConfig::sqlite(m_dir.filePath(u"demo.caredesk"_s));
    m_clock = std::make_shared<ManualClock>(QDateTime::currentMSecsSinceEpoch());
    const Result<WorkspaceInfo> info
        = Workspace::initialize(m_config, WorkspaceKind::Demo, *m_clock, false);
    QVERIFY2(info.ok(), qPrintable(info.error().message));
    m_workspace = std::make_unique<Workspace>(m_config, m_clock);
    m_spell = std::make_unique<HunspellSpellChecker>(QStringList { u"en_US"_s, u"ru_RU"_s },
        HunspellSpellChecker::defaultDictionaryDirs(), m_dir.filePath(u"personal.dic"_s));
    QVERIFY2(m_spell->languages().contains(u"en_US"_s), "hunspell-en-us is needed");

    m_composer = std::make_unique<Composer>(
        m_workspace->outbox(), m_workspace->drafts(), *m_clock, m_spell.get(), 0);
    // A top-level here (a splitter's child in the window): an explicit minimum, as the window has.
    m_composer->setMinimumSize(720, 320);
    m_composer->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_composer.get()));
    m_edit = m_composer->findChild<QPlainTextEdit *>(u"composerEdit"_s);
    m_counter = m_composer->findChild<QLabel *>(u"counterLabel"_s);
    m_remaining = m_composer->findChild<QLabel *>(u"remainingLabel"_s);
    m_reason = m_composer->findChild<QLabel *>(u"reasonLabel"_s);
    m_visibility = m_composer->findChild<QLabel *>(u"visibilityLabel"_s);
    m_window = m_composer->findChild<QLabel *>(u"windowLabel"_s);
    m_send = m_composer->findChild<QPushButton *>(u"sendButton"_s);
    m_takePrivate = m_composer->findChild<QPushButton *>(u"takePrivateButton"_s);
    m_split = m_composer->findChild<QPushButton *>(u"splitButton"_s);
    m_public = m_composer->findChild<QToolButton *>(u"publicTargetButton"_s);
    m_private = m_composer->findChild<QToolButton *>(u"privateTargetButton"_s);
    m_preview = m_composer->findChild<QPlainTextEdit *>(u"previewBox"_s);
    for (QObject *child :
        std::initializer_list<QObject *> { m_edit, m_counter, m_remaining, m_reason, m_visibility,
            m_window, m_send, m_takePrivate, m_split, m_public, m_private, m_preview })
        QVERIFY(child);
    // Nothing to reply to yet.
    QVERIFY(!m_send->isEnabled());
    QVERIFY(m_edit->isReadOnly());
}

void TestComposer::init()
{
    // An empty editor before leaving the case: the previous test's words are no draft.
    m_edit->clear();
    m_composer->clearCase();
    m_clock->set(QDateTime::currentMSecsSinceEpoch());
}

CaseDetail TestComposer::caseOf(Platform platform, int skip)
{
    InboxQuery query;
    query.platform = platform;
    query.limit = skip + 1;
    const CasePage page = await(m_workspace->cases().inbox(query));
    if (page.rows.size() <= skip)
        qFatal("the demo workspace has too few %s cases", qPrintable(toString(platform)));
    return await(m_workspace->cases().detail(page.rows.at(skip).value.id));
}

void TestComposer::show(const CaseDetail &detail)
{
    m_composer->showCase(detail);
    // The case's (empty) draft is read before typing starts.
    await(m_workspace->drafts().load(detail.summary.value.id, 0));
    QTest::qWait(1);
    m_edit->setFocus();
}

QList<OutboxItem> TestComposer::outboxOf(Id caseId)
{
    QList<OutboxItem> mine;
    const QList<OutboxItem> all = await(m_workspace->outbox().list(0));
    for (const OutboxItem &item : all) {
        if (item.caseId == caseId)
            mine.prepend(item); // oldest first
    }
    return mine;
}

void TestComposer::countsWhileTyping_data()
{
    QTest::addColumn<Platform>("platform");
    QTest::addColumn<bool>("isPrivate");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("pasted"); // 'a's pasted after typed, then "ok" typed
    QTest::addColumn<QString>("counter");
    QTest::addColumn<QString>("level");
    QTest::addColumn<int>("overStart");
    QTest::addColumn<int>("overLength");

    QTest::newRow("x fits") << Platform::X << false << u"Sorry about that "_s << 100
                            << u"119 / 280"_s << u"ok"_s << -1 << 0;
    QTest::newRow("x near the limit warns") << Platform::X << false << u"Sorry about that "_s << 240
                                            << u"259 / 280"_s << u"warning"_s << -1 << 0;
    QTest::newRow("x over the limit") << Platform::X << false << u"Sorry about that "_s << 270
                                      << u"289 / 280"_s << u"error"_s << 280 << 9;
    QTest::newRow("x counts CJK double")
        << Platform::X << false << u"你好 "_s << 0 << u"5 / 280"_s << u"ok"_s << -1 << 0;
    QTest::newRow("mastodon over 500") << Platform::Mastodon << false << u"Hi "_s << 497
                                       << u"502 / 500"_s << u"error"_s << 500 << 2;
    QTest::newRow("telegram over 4096") << Platform::Telegram << true << u"Привет "_s << 4090
                                        << u"4099 / 4096"_s << u"error"_s << 4096 << 3;
    QTest::newRow("vk wall comment over 4096") << Platform::Vk << false << u"Привет "_s << 4090
                                               << u"4099 / 4096"_s << u"error"_s << 4096 << 3;
    QTest::newRow("vk message fits 9000")
        << Platform::Vk << true << u"Привет "_s << 4090 << u"4099 / 9000"_s << u"ok"_s << -1 << 0;
    QTest::newRow("facebook comment fits 8000") << Platform::Facebook << false << u"Hello "_s
                                                << 1995 << u"2003 / 8000"_s << u"ok"_s << -1 << 0;
    QTest::newRow("facebook messenger over 2000")
        << Platform::Facebook << true << u"Hello "_s << 1995 << u"2003 / 2000"_s << u"error"_s
        << 2000 << 3;
}

void TestComposer::countsWhileTyping()
{
    QFETCH(Platform, platform);
    QFETCH(bool, isPrivate);
    QFETCH(QString, typed);
    QFETCH(int, pasted);
    QFETCH(QString, counter);
    QFETCH(QString, level);
    QFETCH(int, overStart);
    QFETCH(int, overLength);

    const CaseDetail detail = caseOf(platform);
    // Inside the messaging window, where the platform has one.
    m_clock->set(detail.summary.value.lastCustomerMessageAt + hour);
    show(detail);
    if (isPrivate)
        QTest::mouseClick(m_private, Qt::LeftButton);
    QVERIFY(m_composer->surface() == (isPrivate ? Surface::Private : Surface::Public));

    type(m_edit, typed);
    if (pasted > 0) {
        m_edit->insertPlainText(QString(pasted, u'a')); // a paste
        type(m_edit, u"ok"_s);
    }
    QCOMPARE(m_counter->text(), counter);
    QCOMPARE(m_counter->property("level").toString(), level);
    const QList<QTextEdit::ExtraSelection> over = m_edit->extraSelections();
    if (overStart < 0) {
        QVERIFY(over.isEmpty());
        QVERIFY(m_send->isEnabled());
        QVERIFY(m_reason->text().isEmpty());
        QVERIFY(m_remaining->text().contains(u"left"_s));
    } else {
        QCOMPARE(over.size(), 1);
        QCOMPARE(over.constFirst().cursor.selectionStart(), overStart);
        QCOMPARE(over.constFirst().cursor.selectionEnd(), overStart + overLength);
        QVERIFY(over.constFirst().format.background().style() != Qt::NoBrush);
        QVERIFY(!m_send->isEnabled());
        QVERIFY2(!m_reason->text().isEmpty(), "a disabled Send says why");
        QCOMPARE(m_remaining->text(), u"%1 over the limit"_s.arg(overLength));
        QCOMPARE(m_remaining->property("level").toString(), u"error"_s);
        // Ctrl+Enter sends nothing while invalid.
        const int before = static_cast<int>(outboxOf(detail.summary.value.id).size());
        QTest::keyClick(m_edit, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(outboxOf(detail.summary.value.id).size(), before);
    }
    // The preview shows the text as it will be sent, with the platform and the account.
    QVERIFY(m_preview->toPlainText().startsWith(
        platformDisplayName(platform) + u" · "_s + detail.account.handle));
    QVERIFY(m_preview->toPlainText().endsWith(m_edit->toPlainText()));
    // The split is offered on X and Mastodon only, and only when over the limit.
    QCOMPARE(m_split->isVisible(), Composer::canSplit(platform) && !isPrivate);
    QCOMPARE(m_split->isEnabled(), overStart >= 0);
}

void TestComposer::targetIsExplicitAndToggles()
{
    const CaseDetail detail = caseOf(Platform::X);
    show(detail);
    QVERIFY(m_public->isChecked());
    QCOMPARE(m_visibility->text(), u"Everyone on X can see this reply"_s);
    QTest::mouseClick(m_private, Qt::LeftButton);
    QVERIFY(m_private->isChecked());
    QVERIFY(!m_public->isChecked());
    const QString customer
        = detail.customer.name.isEmpty() ? detail.summary.customerName : detail.customer.name;
    QCOMPARE(m_visibility->text(), u"Only %1 sees this message"_s.arg(customer));
    QVERIFY(m_preview->toPlainText().contains(u"Private message to %1"_s.arg(customer)));
    // Ctrl+Shift+P in the editor switches back (and wins over the window's shortcut).
    QTest::keyClick(m_edit, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_composer->surface() == Surface::Public);
    QCOMPARE(m_visibility->text(), u"Everyone on X can see this reply"_s);
    QTest::keyClick(m_edit, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_composer->surface() == Surface::Private);
    QVERIFY(m_edit->toPlainText().isEmpty()); // no stray "P"
}

void TestComposer::sendQueuesAReply()
{
    const CaseDetail detail = caseOf(Platform::Telegram, 1);
    const Id caseId = detail.summary.value.id;
    show(detail);
    const qsizetype before = outboxOf(caseId).size();
    type(m_edit, u"Thank you, we are on it."_s);
    QVERIFY(m_send->isEnabled());
    QSignalSpy queued(m_composer.get(), &Composer::repliesQueued);
    QTest::keyClick(m_edit, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(queued.size(), 1, timeout);
    const QList<OutboxItem> items = outboxOf(caseId);
    QCOMPARE(items.size(), before + 1);
    QCOMPARE(items.constLast().text, u"Thank you, we are on it."_s);
    QVERIFY(items.constLast().visibility == Visibility::Public);
    QVERIFY(items.constLast().state == OutboxState::Queued);
    // Sent text is no draft any more.
    QVERIFY(m_edit->toPlainText().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(await(m_workspace->drafts().load(caseId, 0)).text.isEmpty(), timeout);
}

void TestComposer::takeItPrivateQueuesTwo()
{
    const CaseDetail detail = caseOf(Platform::X, 1);
    const Id caseId = detail.summary.value.id;
    show(detail);
    const qsizetype before = outboxOf(caseId).size();
    type(m_edit, u"Please send us your order number."_s);
    QVERIFY(m_takePrivate->isEnabled());
    QSignalSpy queued(m_composer.get(), &Composer::repliesQueued);
    QTest::mouseClick(m_takePrivate, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(queued.size(), 1, timeout);
    QCOMPARE(queued.constFirst().at(1).toInt(), 2);
    const QList<OutboxItem> items = outboxOf(caseId);
    QCOMPARE(items.size(), before + 2);
    const OutboxItem &message = items.at(items.size() - 2);
    const OutboxItem &note = items.constLast();
    QVERIFY(message.visibility == Visibility::Private);
    QCOMPARE(message.text, u"Please send us your order number."_s);
    QVERIFY(note.visibility == Visibility::Public);
    QCOMPARE(note.text, u"We have written to you in private messages."_s);
    QVERIFY(message.id < note.id); // the message first
    QVERIFY(m_edit->toPlainText().isEmpty());
}

void TestComposer::messagingWindowBlocksPrivate()
{
    const CaseDetail detail = caseOf(Platform::Facebook, 1);
    const Millis last = detail.summary.value.lastCustomerMessageAt;
    QVERIFY(last > 0);
    QCOMPARE(m_composer->privateReplyWindow(Platform::Facebook), 24 * hour);
    m_clock->set(last + 23 * hour);
    show(detail);
    QTest::mouseClick(m_private, Qt::LeftButton);
    type(m_edit, u"Could you tell us more?"_s);
    QVERIFY(m_window->isVisible());
    QCOMPARE(m_window->text(), u"Messenger window: 1 h left (standard 24 h)"_s);
    QVERIFY(m_send->isEnabled());
    QVERIFY(m_takePrivate->isEnabled());

    // A day and an hour later the platform would refuse: so does the composer.
    m_clock->set(last + 25 * hour);
    m_composer->showCase(detail); // the same case: the text stays
    QCOMPARE(m_edit->toPlainText(), u"Could you tell us more?"_s);
    // Without the human agent tag (a demo account's 24 h) the window is closed.
    QCOMPARE(m_window->text(), u"Window closed 1 h ago: the customer must write first"_s);
    QVERIFY(!m_send->isEnabled());
    QVERIFY(!m_takePrivate->isEnabled());
    QVERIFY(m_reason->text().contains(u"window has closed"_s));
    const QString dir = qEnvironmentVariable("CAREDESK_ARTIFACT_DIR", QDir::currentPath());
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(m_composer->grab().save(QDir(dir).filePath(u"composer-window-closed.png"_s)));
    // A public comment is still possible, and shows no messaging window.
    QTest::mouseClick(m_public, Qt::LeftButton);
    QVERIFY(m_send->isEnabled());
    QVERIFY(!m_window->isVisible());
    // A live page's connector allows the human agent tag's 7 days (issue 10).
    m_composer->setPrivateReplyWindow(Platform::Facebook, 7 * 24 * hour);
    QTest::mouseClick(m_private, Qt::LeftButton);
    QVERIFY(m_window->text().startsWith(u"Human agent tag: "_s));
    QVERIFY(m_send->isEnabled());
    m_clock->set(last + 9 * 24 * hour);
    m_composer->showCase(detail);
    QVERIFY(m_window->text().startsWith(u"Window closed "_s));
    QVERIFY(!m_send->isEnabled());
    m_composer->setPrivateReplyWindow(Platform::Facebook, 24 * hour);
    // No window on X.
    show(caseOf(Platform::X));
    QVERIFY(!m_window->isVisible());
}

void TestComposer::splitsIntoAThread()
{
    const CaseDetail detail = caseOf(Platform::X, 2);
    const Id caseId = detail.summary.value.id;
    show(detail);
    const qsizetype before = outboxOf(caseId).size();
    type(m_edit, u"We are sorry. "_s);
    m_edit->insertPlainText(words(80)); // about 550 weighted: three parts
    QVERIFY(!m_send->isEnabled());
    QVERIFY(m_split->isVisible());
    QVERIFY(m_split->isEnabled());
    if (QGuiApplication::platformName() == "offscreen"_L1) // a dialog's size constraints
        QTest::ignoreMessage(QtWarningMsg, "This plugin does not support propagateSizeHints()");
    QTest::mouseClick(m_split, Qt::LeftButton);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_composer->findChild<QDialog *>(u"splitPreviewDialog"_s))
        && dialog->isVisible());
    auto *list = dialog->findChild<QListWidget *>(u"splitPreviewList"_s);
    QVERIFY(list);
    QCOMPARE(list->count(), 3);
    QStringList parts;
    for (int i = 0; i < list->count(); ++i) {
        const QString part = list->item(i)->text();
        QVERIFY2(part.endsWith(u" (%1/3)"_s.arg(i + 1)), qPrintable(part));
        QVERIFY(TextCounter::count(Platform::X, Surface::Public, part).valid);
        parts.append(part);
    }
    QVERIFY(parts.constFirst().startsWith(u"We are sorry. word0"_s));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_COMPARE_WITH_TIMEOUT(outboxOf(caseId).size(), before + 3, timeout);
    const QList<OutboxItem> items = outboxOf(caseId);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(items.at(before + i).text, parts.at(i));
        QVERIFY(items.at(before + i).visibility == Visibility::Public);
    }
    QTRY_VERIFY(m_edit->toPlainText().isEmpty());
}

void TestComposer::splitKeepsEveryPartWithinTheLimit_data()
{
    QTest::addColumn<Platform>("platform");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("parts");

    QTest::newRow("x words") << Platform::X << words(80) << 3;
    QTest::newRow("x ten parts and more") << Platform::X << words(400) << 12;
    // The long word starts a part of its own and is cut where a part is full.
    QTest::newRow("x a word longer than a post")
        << Platform::X << (u"look "_s + QString(600, u'z')) << 4;
    QTest::newRow("x cyrillic") << Platform::X << QStringList(60, u"спасибо"_s).join(u' ') << 2;
    QTest::newRow("mastodon") << Platform::Mastodon << words(150) << 3;
    QTest::newRow("telegram does not split") << Platform::Telegram << words(900) << 0;
}

void TestComposer::splitKeepsEveryPartWithinTheLimit()
{
    QFETCH(Platform, platform);
    QFETCH(QString, text);
    QFETCH(int, parts);
    const QStringList split = Composer::splitIntoThread(platform, text);
    QCOMPARE(split.size(), parts);
    QString joined;
    for (int i = 0; i < split.size(); ++i) {
        QVERIFY2(TextCounter::count(platform, Surface::Public, split.at(i)).valid,
            qPrintable(split.at(i)));
        const QString suffix = u" (%1/%2)"_s.arg(i + 1).arg(split.size());
        QVERIFY(split.at(i).endsWith(suffix));
        joined += split.at(i).chopped(suffix.size());
    }
    if (parts > 0) {
        // Nothing lost: the words are all there, in order.
        QString squeezed = text;
        squeezed.remove(u' ');
        joined.remove(u' ');
        QCOMPARE(joined, squeezed);
    }
}

void TestComposer::spellCheckUnderlinesAndSuggests()
{
    show(caseOf(Platform::Telegram, 2));
    type(m_edit, u"helo привет превет"_s);
    const QTextBlock block = m_edit->document()->firstBlock();
    QList<QPair<int, int>> wavy;
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (range.format.underlineStyle() == QTextCharFormat::WaveUnderline)
            wavy.append({ range.start, range.length });
    }
    QCOMPARE(wavy, (QList<QPair<int, int>> { { 0, 4 }, { 12, 6 } }));

    // The right-click menu offers corrections first.
    const QRect word = m_edit->cursorRect(QTextCursor(block));
    if (QGuiApplication::platformName() == "offscreen"_L1) {
        // The offscreen platform says so when a popup menu opens.
        QTest::ignoreMessage(QtWarningMsg, "This plugin does not support raise()");
        QTest::ignoreMessage(QtWarningMsg, "This plugin does not support grabbing the keyboard");
    }
    Q_EMIT m_edit->customContextMenuRequested(word.center() + QPoint(2, 0));
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = m_edit->findChild<QMenu *>()) != nullptr);
    QAction *hello = nullptr;
    QAction *add = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == u"hello"_s)
            hello = action;
        if (action->text().startsWith(u"Add “helo”"_s))
            add = action;
    }
    QVERIFY(hello);
    QVERIFY(add);
    QCOMPARE(menu->actions().constFirst()->text(), m_spell->suggestions(u"helo"_s).constFirst());
    hello->trigger();
    menu->close();
    QCOMPARE(m_edit->toPlainText(), u"hello привет превет"_s);

    // Added words are accepted from now on.
    QVERIFY(!m_spell->isCorrect(u"CareDeskish"_s));
    m_spell->addToPersonalDictionary(u"CareDeskish"_s);
    QVERIFY(m_spell->isCorrect(u"CareDeskish"_s));
}

void TestComposer::draftsFollowTheirCase()
{
    const CaseDetail first = caseOf(Platform::Mastodon, 1);
    const CaseDetail second = caseOf(Platform::Vk, 1);
    const Id firstId = first.summary.value.id;
    const Id secondId = second.summary.value.id;
    show(first);
    type(m_edit, u"We are checking your order, one moment"_s);
    // Saved within a second after the last keystroke (700 ms; slack for a loaded machine).
    QTRY_COMPARE_WITH_TIMEOUT(await(m_workspace->drafts().load(firstId, 0)).text,
        u"We are checking your order, one moment"_s, 1500);

    // Another case: an empty composer, and its own draft stays its own.
    show(second);
    QVERIFY(m_edit->toPlainText().isEmpty());
    type(m_edit, u"Second case"_s);
    // Switching away at once still saves it.
    show(first);
    QTRY_COMPARE(m_edit->toPlainText(), u"We are checking your order, one moment"_s);
    QCOMPARE(await(m_workspace->drafts().load(secondId, 0)).text, u"Second case"_s);

    // A draft that arrives after the agent moved on is not shown on the new case.
    m_composer->showCase(second);
    m_composer->showCase(first);
    m_composer->showCase(second);
    QTRY_COMPARE(m_edit->toPlainText(), u"Second case"_s);
    await(m_workspace->drafts().load(firstId, 0));
    QTest::qWait(50);
    QCOMPARE(m_edit->toPlainText(), u"Second case"_s);
    m_composer->clearCase();
    QVERIFY(m_edit->toPlainText().isEmpty());
    QCOMPARE(await(m_workspace->drafts().load(firstId, 0)).text,
        u"We are checking your order, one moment"_s);
}

void TestComposer::draftSurvivesInTheFile()
{
    const CaseDetail detail = caseOf(Platform::Telegram, 3);
    const Id caseId = detail.summary.value.id;
    show(detail);
    QTest::mouseClick(m_private, Qt::LeftButton);
    type(m_edit, u"Durable words"_s);
    QTRY_COMPARE_WITH_TIMEOUT(
        await(m_workspace->drafts().load(caseId, 0)).text, u"Durable words"_s, 2000);
    // A connection of its own, as the next start of the program would open it.
    Result<std::unique_ptr<Database>> db = Database::open(m_config, Database::OpenMode::Existing);
    QVERIFY2(db.ok(), qPrintable(db.error().message));
    const Result<Draft> draft = DraftStore::load(*db.value(), caseId, 0);
    QVERIFY(draft.ok());
    QCOMPARE(draft.value().text, u"Durable words"_s);
    QVERIFY(draft.value().visibility == Visibility::Private);
    // And the composer brings it back, with its target.
    m_composer->clearCase();
    show(detail);
    QTRY_COMPARE(m_edit->toPlainText(), u"Durable words"_s);
    QVERIFY(m_composer->surface() == Surface::Private);
}

void TestComposer::inTheMainWindow()
{
    m_composer->clearCase();
    MainWindow window(m_workspace->cases(), m_workspace->changeFeed(), *m_clock, u"Demo"_s,
        &m_workspace->customers());
    auto *composer
        = new Composer(m_workspace->outbox(), m_workspace->drafts(), *m_clock, m_spell.get(), 0);
    window.setComposer(composer);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *inbox = window.findChild<QTreeView *>(u"inboxView"_s);
    QVERIFY(inbox);
    QTRY_VERIFY_WITH_TIMEOUT(inbox->model()->rowCount() > 0, timeout);
    // An X case, so the counter and the split show.
    int row = -1;
    const CaseDetail x = caseOf(Platform::X);
    for (int i = 0; i < inbox->model()->rowCount() && row < 0; ++i) {
        if (inbox->model()->index(i, 0).data(Qt::UserRole + 1).toLongLong() == x.summary.value.id)
            row = i;
    }
    if (row < 0)
        row = 0;
    inbox->setCurrentIndex(inbox->model()->index(row, 0));
    const Id caseId = window.currentCaseId();
    QVERIFY(caseId != 0);
    QTRY_COMPARE_WITH_TIMEOUT(composer->caseId(), caseId, timeout);
    auto *edit = composer->findChild<QPlainTextEdit *>(u"composerEdit"_s);
    edit->setFocus();
    type(edit, u"Thanks for your patience, helo! "_s);
    edit->insertPlainText(words(40));
    QVERIFY(!composer->findChild<QLabel *>(u"counterLabel"_s)->text().isEmpty());
    // In the editor Ctrl+Shift+P switches the target, not the window's "Pause live traffic".
    auto *pause = window.findChild<QAction *>(u"pauseLiveTrafficAction"_s);
    QVERIFY(pause);
    window.setLiveTrafficAvailable(true);
    QTest::keyClick(edit, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(composer->surface() == Surface::Private);
    QVERIFY(!pause->isChecked());
    QTest::keyClick(edit, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(composer->surface() == Surface::Public);

    const QString dir = qEnvironmentVariable("CAREDESK_ARTIFACT_DIR", QDir::currentPath());
    QVERIFY(QDir().mkpath(dir));
    const QString path = QDir(dir).filePath(u"composer.png"_s);
    QVERIFY(window.grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));
    composer->clearCase();
}

void TestComposer::useScripts()
{
    QSignalSpy errors(m_composer.get(), &Composer::errorOccurred);
    QVERIFY2(await(m_workspace->scripts().list(ScriptQuery {})).size() > 5,
        "the workspace has its library");
    m_composer->setScripts(&m_workspace->scripts(), u"Olga"_s);
    // The library arrives through a future; the panel's model shows it.
    auto *panel = m_composer->findChild<QWidget *>(u"scriptsPanel"_s);
    QVERIFY(panel);
    auto *list = panel->findChild<QListView *>(u"scriptList"_s);
    panel->findChild<QLineEdit *>(u"scriptSearchEdit"_s)->clear(); // a previous test's search
    QTRY_VERIFY2_WITH_TIMEOUT(list->model()->rowCount() > 5,
        qPrintable(errors.isEmpty() ? QString() : errors.constFirst().constFirst().toString()),
        timeout);
}

Script TestComposer::scriptByKey(const QString &key)
{
    const QList<Script> scripts = await(m_workspace->scripts().list(ScriptQuery {}));
    for (const Script &script : scripts) {
        if (script.key == key)
            return script;
    }
    qFatal("no script %s", qPrintable(key));
}

void TestComposer::slashInsertsAScriptAtTheCursor_data()
{
    QTest::addColumn<Platform>("platform");
    QTest::newRow("x") << Platform::X;
    QTest::newRow("mastodon") << Platform::Mastodon;
    QTest::newRow("telegram") << Platform::Telegram;
    QTest::newRow("vk") << Platform::Vk;
    QTest::newRow("facebook") << Platform::Facebook;
}

void TestComposer::slashInsertsAScriptAtTheCursor()
{
    QFETCH(Platform, platform);
    useScripts();
    const CaseDetail detail = caseOf(platform, 2);
    m_clock->set(detail.summary.value.lastCustomerMessageAt + hour);
    show(detail);
    auto *popup = m_composer->findChild<QListView *>(u"scriptPopup"_s);
    QVERIFY(popup);
    QAbstractItemModelTester tester(
        popup->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Text before and after, the cursor between: the script goes where the cursor is.
    type(m_edit, u"Hello! "_s);
    type(m_edit, u" Best wishes"_s);
    for (int i = 0; i < 12; ++i)
        m_edit->moveCursor(QTextCursor::Left);
    QCOMPARE(m_edit->textCursor().position(), 7);
    // "and/or" and URLs never open the list; a slash starting a word does.
    type(m_edit, u"/hol"_s);
    QVERIFY(popup->isVisible());
    const Script holding = scriptByKey(u"holding-eta"_s);
    QCOMPARE(popup->currentIndex().data(ScriptListModel::ScriptIdRole).toLongLong(), holding.id);
    if (platform == Platform::X) {
        const QString dir = qEnvironmentVariable("CAREDESK_ARTIFACT_DIR", QDir::currentPath());
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(popup->grab().save(QDir(dir).filePath(u"composer-script-popup.png"_s)));
    }
    QTest::keyClick(m_edit, Qt::Key_Return);
    QVERIFY(!popup->isVisible());

    const int variant = Scripts::pickVariant(holding, platform,
        { detail.customer.language, detail.summary.value.language, QLocale().name() });
    PlaceholderContext context;
    context.customerName
        = detail.customer.name.isEmpty() ? detail.summary.customerName : detail.customer.name;
    const ScriptExpansion expected = Scripts::expand(holding.variants.at(variant).body, context);
    QCOMPARE(expected.unfilled.size(), 1); // {eta}: never guessed
    if (platform == Platform::X)
        QCOMPARE(holding.variants.at(variant).platform, u"x"_s); // the short one
    QCOMPARE(m_edit->toPlainText(), u"Hello! "_s + expected.text + u" Best wishes"_s);
    QVERIFY(!m_edit->toPlainText().contains(u"{customer.first_name}"_s));

    // The blank is marked with a text format (no markup) and blocks sending, saying why.
    const int etaAt = 7 + expected.unfilled.first().start;
    bool marked = false;
    for (const QTextEdit::ExtraSelection &selection : m_edit->extraSelections()) {
        if (selection.format.property(QTextFormat::UserProperty).toString() == u"placeholder"_s
            && selection.cursor.selectionStart() == etaAt
            && selection.cursor.selectionEnd() == etaAt + 5)
            marked = true;
    }
    QVERIFY(marked);
    QVERIFY(!m_send->isEnabled());
    QVERIFY(!m_takePrivate->isEnabled());
    QVERIFY2(m_reason->text().contains(u"{eta}"_s), qPrintable(m_reason->text()));
    QCOMPARE(m_composer->unfilledPlaceholders().size(), 1);

    // The blank is selected: typing replaces it, and Send comes back.
    QCOMPARE(m_edit->textCursor().selectedText(), u"{eta}"_s);
    type(m_edit, u"2 hours"_s);
    QVERIFY(m_composer->unfilledPlaceholders().isEmpty());
    QVERIFY(m_send->isEnabled());
    QVERIFY(m_reason->text().isEmpty());
    QVERIFY(m_edit->toPlainText().contains(u"2 hours"_s));
    // The insertion was counted.
    QTRY_COMPARE_WITH_TIMEOUT(
        scriptByKey(u"holding-eta"_s).usageCount, holding.usageCount + 1, timeout);

    // Escape closes the list and keeps what was typed; a slash inside a word opens nothing.
    m_edit->moveCursor(QTextCursor::End);
    type(m_edit, u" /thanks"_s);
    QVERIFY(popup->isVisible());
    QTest::keyClick(m_edit, Qt::Key_Escape);
    QVERIFY(!popup->isVisible());
    QVERIFY(m_edit->toPlainText().endsWith(u" /thanks"_s));
    type(m_edit, u" and/or https://northwind.example/help"_s);
    QVERIFY(!popup->isVisible());
    m_edit->clear();
    m_composer->setScripts(nullptr, {});
}

void TestComposer::severalScriptsAnywhereFromThePanel()
{
    useScripts();
    const CaseDetail detail = caseOf(Platform::Telegram, 2);
    show(detail);
    auto *action = m_composer->findChild<QAction *>(u"scriptsPanelAction"_s);
    QVERIFY(action);
    auto *panel = m_composer->findChild<QWidget *>(u"scriptsPanel"_s);
    QVERIFY(!panel->isVisible());
    action->trigger();
    QVERIFY(panel->isVisible());
    auto *search = panel->findChild<QLineEdit *>(u"scriptSearchEdit"_s);
    auto *list = panel->findChild<QListView *>(u"scriptList"_s);
    auto *insert = panel->findChild<QPushButton *>(u"insertScriptButton"_s);
    QVERIFY(search && list && insert);
    QAbstractItemModelTester tester(
        list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_composer->focusWidget(), search); // the search box, ready for typing

    type(m_edit, u"AAA BBB"_s);
    // Search, then insert at the cursor in the middle of the text.
    QTest::keyClicks(search, u"sig"_s);
    QCOMPARE(list->model()->rowCount(), 1);
    QTextCursor cursor = m_edit->textCursor();
    cursor.setPosition(4);
    m_edit->setTextCursor(cursor);
    QTest::mouseClick(insert, Qt::LeftButton);
    const QString afterFirst = m_edit->toPlainText();
    QVERIFY2(afterFirst.startsWith(u"AAA Olga, "_s), qPrintable(afterFirst));
    QVERIFY(afterFirst.endsWith(u"BBB"_s));
    QVERIFY(afterFirst.contains(
        detail.account.handle.isEmpty() ? detail.summary.accountHandle : detail.account.handle));
    // A second script at the very start.
    search->clear();
    QTest::keyClicks(search, u"order"_s);
    QVERIFY(list->model()->rowCount() >= 1);
    cursor.setPosition(0);
    m_edit->setTextCursor(cursor);
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(m_edit->toPlainText().endsWith(afterFirst));
    QVERIFY(m_edit->toPlainText().size() > afterFirst.size() + 20);
    QVERIFY(m_composer->unfilledPlaceholders().isEmpty());
    QVERIFY(m_send->isEnabled());
    // And one with a blank left, to see the mark and the reason.
    search->clear();
    QTest::keyClicks(search, u"hold"_s);
    m_edit->moveCursor(QTextCursor::End);
    QTest::mouseClick(insert, Qt::LeftButton);
    QVERIFY(!m_send->isEnabled());
    const QString dir = qEnvironmentVariable("CAREDESK_ARTIFACT_DIR", QDir::currentPath());
    QVERIFY(QDir().mkpath(dir));
    const QString shot = QDir(dir).filePath(u"composer-scripts-panel.png"_s);
    QVERIFY(m_composer->grab().save(shot));
    qInfo("screenshot: %s", qPrintable(shot));
    action->trigger();
    QVERIFY(!panel->isVisible());
    m_edit->clear();
    m_composer->setScripts(nullptr, {});
}

void TestComposer::takeItPrivateUsesTheScript()
{
    useScripts();
    const CaseDetail detail = caseOf(Platform::Vk, 3);
    const Id caseId = detail.summary.value.id;
    show(detail);
    type(m_edit, u"Details in private."_s);
    QSignalSpy queued(m_composer.get(), &Composer::repliesQueued);
    QTest::mouseClick(m_takePrivate, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(queued.size(), 1, timeout);
    const Script ack = scriptByKey(u"private-ack"_s);
    const int variant = Scripts::pickVariant(ack, Platform::Vk,
        { detail.customer.language, detail.summary.value.language, QLocale().name() });
    QCOMPARE(outboxOf(caseId).constLast().text, ack.variants.at(variant).body);
    m_composer->setScripts(nullptr, {});
}

void TestComposer::accountLimitReplacesTheDefault()
{
    const CaseDetail detail = caseOf(Platform::Mastodon, 2);
    show(detail);
    type(m_edit, u"Hi"_s);
    QCOMPARE(m_counter->text(), u"2 / 500"_s);
    // The instance allows 1000 (configuration.statuses.max_characters, read by the connector).
    m_composer->setAccountCapabilities(detail.summary.value.accountId, [] {
        ConnectorCapabilities capabilities;
        capabilities.publicLimits.maxLength = 1000;
        capabilities.privateLimits.maxLength = 1000;
        return capabilities;
    });
    QCOMPARE(m_counter->text(), u"2 / 1000"_s);
    m_edit->insertPlainText(QString(600, u'a'));
    QVERIFY(m_send->isEnabled());
    QCOMPARE(m_composer->countOptions(Surface::Public).maxLength, 1000);
    // Another account keeps the default.
    m_composer->setAccountCapabilities(detail.summary.value.accountId, {});
    QCOMPARE(m_composer->countOptions(Surface::Public).maxLength, 0);
    m_edit->clear();
}

void TestComposer::everyActionHasANameAndAShortcut()
{
    const QList<QAction *> actions = m_composer->actions();
    QVERIFY(actions.size() >= 6);
    for (QAction *action : actions) {
        QVERIFY(!action->objectName().isEmpty());
        QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->objectName()));
        QVERIFY2(!action->text().isEmpty(), qPrintable(action->objectName()));
    }
    // Ctrl+Shift+I opens the script list at the cursor, as typing "/" does.
    useScripts();
    show(caseOf(Platform::X, 2));
    m_composer->findChild<QAction *>(u"insertScriptAction"_s)->trigger();
    QVERIFY(m_composer->findChild<QListView *>(u"scriptPopup"_s)->isVisible());
    QCOMPARE(m_edit->toPlainText(), u"/"_s);
    m_edit->clear();
    m_composer->setScripts(nullptr, {});
}

QTEST_MAIN(TestComposer)
#include "tst_composer.moc"
