// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The presenter layout (issue 9, Demonstration) with real widgets and key events: a shipped
// scenario steps one message at a time with Space, Right and Left; the mask (on by default) keeps
// names, handles, order numbers, e-mails and phones off the screen while the stored text is
// untouched; H highlights the selected text with a character format and Esc clears it; the type
// is large and Ctrl+= / Ctrl+- change it; the thread and the composer stand side by side.
#include "app/core/scenario.h"
#include "ui/presenterwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {

QString shipped(const QString &name)
{
    for (const QString &path : ScenarioLibrary::shippedFiles()) {
        if (path.endsWith(name))
            return path;
    }
    return {};
}

void saveScreenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("CAREDESK_ARTIFACT_DIR", QDir::currentPath());
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(name);
    QCoreApplication::processEvents(); // the layout settles before the picture
    QVERIFY(w->grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));
}

} // namespace

class TestPresenter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void stepsWithKeys();
    void masksPersonalDataOnScreen();
    void highlightsAndClears();
    void largeAdjustableType();
    void composerKeepsItsKeys();
    void revealsTheExemplaryReply();
    void presentsACase();

private:
    void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(m_window->threadView(), Qt::Key(key), modifiers);
    }
    std::unique_ptr<PresenterWindow> m_window;
};

void TestPresenter::init()
{
    m_window = std::make_unique<PresenterWindow>();
    m_window->resize(1280, 800);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const QString path = shipped(u"outage-en.json"_s);
    QVERIFY(!path.isEmpty());
    QVERIFY(m_window->openScenarioFile(path));
    m_window->threadView()->setFocus();
}

void TestPresenter::cleanup()
{
    m_window.reset();
}

void TestPresenter::stepsWithKeys()
{
    // Five opening posts, the exemplary reply and the customer's reaction to it.
    QCOMPARE(m_window->stepCount(), 7);
    QCOMPARE(m_window->step(), 1);
    QVERIFY(m_window->displayedText().contains(u"down for an hour"_s));
    QVERIFY(!m_window->displayedText().contains(u"Is it just me?"_s)); // not yet
    key(Qt::Key_Space);
    QCOMPARE(m_window->step(), 2);
    QVERIFY(m_window->displayedText().contains(u"Is it just me?"_s));
    key(Qt::Key_Right);
    QCOMPARE(m_window->step(), 3);
    QVERIFY(m_window->displayedText().contains(u"delivery slot"_s));
    key(Qt::Key_Left);
    QCOMPARE(m_window->step(), 2);
    QVERIFY(!m_window->displayedText().contains(u"delivery slot"_s));
    for (int i = 0; i < 10; ++i)
        key(Qt::Key_Space);
    QCOMPARE(m_window->step(), 7); // stops at the end
    QVERIFY(m_window->displayedText().contains(u"we expect it back by 11:00"_s));
    for (int i = 0; i < 10; ++i)
        key(Qt::Key_Left);
    QCOMPARE(m_window->step(), 1); // and at the first message
}

void TestPresenter::masksPersonalDataOnScreen()
{
    for (int i = 0; i < 4; ++i)
        key(Qt::Key_Space);
    QVERIFY(m_window->isMasked()); // on by default
    const QString masked = m_window->displayedText();
    for (const QString &personal : { u"Daniel Fox"_s, u"Mark Dale"_s, u"Sophie"_s, u"Tom Reyes"_s,
             u"markdale"_s, u"t_reyes"_s, u"dfox"_s, u"CareDesk_Shop"_s })
        QVERIFY2(!masked.contains(personal, Qt::CaseInsensitive),
            qPrintable(personal + u" in "_s + masked));
    QVERIFY2(masked.contains(u"Customer A"_s), qPrintable(masked));
    QVERIFY(masked.contains(u"Customer B"_s));
    QVERIFY(masked.contains(u"@handle"_s));
    // The same person keeps the same placeholder: the first author is Customer A again on
    // re-render.
    key(Qt::Key_Left);
    key(Qt::Key_Right);
    QCOMPARE(m_window->displayedText(), masked);
    // Off with M: the real text is back (nothing stored was changed).
    key(Qt::Key_M);
    QVERIFY(!m_window->isMasked());
    QVERIFY(m_window->displayedText().contains(u"Mark Dale"_s));
    QVERIFY(m_window->displayedText().contains(u"@CareDesk_Shop"_s));
    m_window->findChild<QCheckBox *>(u"presenterMask"_s)->click();
    QVERIFY(m_window->isMasked());
    QCOMPARE(m_window->displayedText(), masked);
}

void TestPresenter::highlightsAndClears()
{
    key(Qt::Key_Space);
    QTextEdit *thread = m_window->threadView();
    const QString text = m_window->displayedText();
    const int start = int(text.indexOf(u"Is it just me"_s));
    QVERIFY(start > 0);
    QTextCursor cursor(thread->document());
    cursor.setPosition(start);
    cursor.setPosition(start + 13, QTextCursor::KeepAnchor);
    thread->setTextCursor(cursor);
    key(Qt::Key_H);
    QCOMPARE(m_window->highlightCount(), 1);
    auto backgroundAt = [thread](int position) {
        QTextCursor c(thread->document());
        c.setPosition(position + 1);
        return c.charFormat().background();
    };
    QCOMPARE(backgroundAt(start).style(), Qt::SolidPattern);
    QCOMPARE(backgroundAt(start).color(), QColor(255, 226, 84));
    QVERIFY(backgroundAt(0).style() == Qt::NoBrush); // only the selection
    // The highlight survives stepping on.
    key(Qt::Key_Space);
    QCOMPARE(backgroundAt(start).color(), QColor(255, 226, 84));
    saveScreenshot(m_window.get(), u"presenter-highlight.png"_s);
    key(Qt::Key_Escape);
    QCOMPARE(m_window->highlightCount(), 0);
    QVERIFY(backgroundAt(start).style() == Qt::NoBrush);
    // Without a selection H does nothing.
    thread->setTextCursor(QTextCursor(thread->document()));
    key(Qt::Key_H);
    QCOMPARE(m_window->highlightCount(), 0);
}

void TestPresenter::largeAdjustableType()
{
    const double app = QApplication::font().pointSizeF();
    const double base = m_window->threadView()->font().pointSizeF();
    QVERIFY2(base >= app * 1.7, qPrintable(u"%1 vs %2"_s.arg(base).arg(app)));
    QVERIFY(m_window->threadView()->fontMetrics().height()
        > QFontMetrics(QApplication::font()).height() * 1.5);
    QCOMPARE(m_window->composer()->font().pointSizeF(), base); // the composer too
    key(Qt::Key_Equal, Qt::ControlModifier);
    const double larger = m_window->threadView()->font().pointSizeF();
    QVERIFY(larger > base);
    key(Qt::Key_Minus, Qt::ControlModifier);
    key(Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(m_window->threadView()->font().pointSizeF() < base);
    key(Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(m_window->threadView()->font().pointSizeF(), base);
    // Side by side: the composer is right of the thread, both of a useful size.
    QWidget *thread = m_window->threadView();
    QWidget *composer = m_window->composer();
    const QPoint threadPos = thread->mapTo(m_window.get(), QPoint(0, 0));
    const QPoint composerPos = composer->mapTo(m_window.get(), QPoint(0, 0));
    QVERIFY(composerPos.x() >= threadPos.x() + thread->width());
    QVERIFY(qAbs(composerPos.y() - threadPos.y()) < thread->height() / 2);
    QVERIFY(thread->width() > 400 && composer->width() > 300);
    for (int i = 0; i < 3; ++i)
        key(Qt::Key_Space);
    saveScreenshot(m_window.get(), u"presenter.png"_s);
}

void TestPresenter::composerKeepsItsKeys()
{
    QPlainTextEdit *composer = m_window->composer();
    composer->setFocus();
    QTest::keyClicks(composer, u"Hi there"_s);
    QTest::keyClick(composer, Qt::Key_Left);
    QTest::keyClick(composer, Qt::Key_H);
    QCOMPARE(m_window->step(), 1); // Space, Left and H typed, not stepped
    QCOMPARE(composer->toPlainText(), u"Hi therhe"_s);
}

void TestPresenter::revealsTheExemplaryReply()
{
    QVERIFY(m_window->displayedExemplary().isEmpty());
    key(Qt::Key_R);
    QVERIFY(m_window->displayedExemplary().contains(u"we expect it back by 11:00"_s));
    for (int i = 0; i < 6; ++i)
        key(Qt::Key_Space);
    saveScreenshot(m_window.get(), u"presenter-exemplary.png"_s);
    key(Qt::Key_R);
    QVERIFY(m_window->displayedExemplary().isEmpty());
}

void TestPresenter::presentsACase()
{
    CaseDetail d;
    d.summary.value.id = 7;
    d.summary.value.platform = Platform::Mastodon;
    d.summary.customerName = u"Olga Kuznetsova"_s;
    d.customer.name = u"Olga Kuznetsova"_s;
    Identity identity;
    identity.handle = u"olga_k@mastodon.example"_s;
    identity.displayName = u"Olga K"_s;
    d.identities.append(identity);
    Message in;
    in.id = 1;
    in.direction = Direction::In;
    in.authorName = u"Olga K"_s;
    in.text
        = u"@olga_k here: order #5519023 lost! Mail olga.kuz@example.net or call +44 7700 900461"_s;
    Message out;
    out.id = 2;
    out.direction = Direction::Out;
    out.authorName = u"Support"_s;
    out.text = u"Sorry Olga, order #5519023 arrives tomorrow by 12:00."_s;
    d.messages = { in, out };
    m_window->showCase(d);
    QCOMPARE(m_window->stepCount(), 2);
    key(Qt::Key_Space);
    const QString shown = m_window->displayedText();
    for (const QString &personal :
        { u"Olga"_s, u"Kuznetsova"_s, u"olga_k"_s, u"5519023"_s, u"olga.kuz"_s, u"7700"_s })
        QVERIFY2(!shown.contains(personal, Qt::CaseInsensitive),
            qPrintable(personal + u" in "_s + shown));
    QVERIFY(shown.contains(u"ORDER-1"_s));
    QVERIFY(shown.contains(u"Sorry Customer A, order #ORDER-1"_s)
        || shown.contains(u"Sorry Customer A, order ORDER-1"_s));
    QVERIFY(shown.contains(u"email1@example.com"_s));
    // Stored data untouched.
    QVERIFY(d.messages.first().text.contains(u"olga.kuz@example.net"_s));
    saveScreenshot(m_window.get(), u"presenter-case.png"_s);
}

QTEST_MAIN(TestPresenter)
#include "tst_presenter.moc"
