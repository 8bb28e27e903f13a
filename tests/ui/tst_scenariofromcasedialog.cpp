// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// "Turn into training scenario" (issue 9): the dialog shows the anonymised scenario of a resolved
// case, the supervisor edits the exemplary reply (or the JSON), and the file it saves loads with
// the scenario parser; an edit that brings the customer's name back is refused.
#include "app/core/scenariofromcase.h"
#include "ui/scenariofromcasedialog.h"

#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {

CaseDetail resolvedCase()
{
    CaseDetail d;
    d.summary.value.id = 12;
    d.summary.value.platform = Platform::Telegram;
    d.summary.value.status = CaseStatus::Resolved;
    d.summary.customerName = u"Boris Petrenko"_s;
    d.customer.name = u"Boris Petrenko"_s;
    d.customer.email = u"boris.p@example.org"_s;
    Identity tg;
    tg.platform = Platform::Telegram;
    tg.platformUserId = u"555000111"_s;
    tg.handle = u"borisp"_s;
    tg.displayName = u"Boris"_s;
    d.identities.append(tg);
    Message in;
    in.id = 1;
    in.direction = Direction::In;
    in.visibility = Visibility::Private;
    in.authorName = u"Boris"_s;
    in.text
        = u"Hi, Boris Petrenko here, my refund for order #7788123 never came. boris.p@example.org"_s;
    in.createdAt = 1'750'000'000'000;
    in.platformId = u"9001"_s;
    Message out = in;
    out.id = 2;
    out.direction = Direction::Out;
    out.authorName = u"Support"_s;
    out.text
        = u"Sorry Boris, the refund for #7788123 went out today; it reaches your card within 3 days."_s;
    out.createdAt = in.createdAt + 600'000;
    out.platformId = u"9002"_s;
    d.messages = { in, out };
    return d;
}

} // namespace

class TestScenarioFromCaseDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editAndSave()
    {
        const CaseDetail source = resolvedCase();
        ScenarioFromCaseDialog dialog(ScenarioFromCase::build(source, u"refund-late"_s), source);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QPlainTextEdit *exemplary = dialog.exemplaryEdit();
        QVERIFY(exemplary->toPlainText().startsWith(u"Sorry Customer 1"_s));
        // The same order in the customer's post and in the reply: one pseudonym.
        QVERIFY2(
            exemplary->toPlainText().contains(u"ORDER001"_s), qPrintable(exemplary->toPlainText()));
        exemplary->setFocus();
        exemplary->moveCursor(QTextCursor::End);
        QTest::keyClicks(exemplary, u" Anything else?"_s);
        {
            const QString dir = qEnvironmentVariable("CAREDESK_ARTIFACT_DIR", QDir::currentPath());
            QDir().mkpath(dir);
            QCoreApplication::processEvents();
            QVERIFY(dialog.grab().save(QDir(dir).filePath(u"scenario-from-case.png"_s)));
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(u"refund-late.json"_s);
        QVERIFY(dialog.saveTo(path).ok());
        const Result<Scenario> loaded = ScenarioLibrary::load(path);
        QVERIFY(loaded.ok());
        QVERIFY(loaded.value().exemplaryReply.endsWith(u"Anything else?"_s));
        QCOMPARE(int(loaded.value().exemplaryVisibility), int(Visibility::Private));
        QVERIFY(ScenarioFromCase::leftovers(loaded.value(), source).isEmpty());

        // The real name typed back in is caught before anything is written.
        QTest::keyClicks(exemplary, u" Regards to Boris Petrenko"_s);
        const QString refused = dir.filePath(u"refused.json"_s);
        const Result<Done> saved = dialog.saveTo(refused);
        QVERIFY(!saved.ok());
        QVERIFY(saved.error().message.contains(u"Boris"_s));
        QVERIFY(!QFile::exists(refused));
        QVERIFY(dialog.findChild<QLabel *>(u"scenarioError"_s)->isVisible());

        // The JSON tab: an edit there is what gets saved.
        exemplary->setPlainText(u"Sorry! The refund went out today."_s);
        auto *tabs = dialog.findChild<QTabWidget *>(u"scenarioTabs"_s);
        tabs->setCurrentIndex(1);
        QString json = dialog.jsonEdit()->toPlainText();
        QVERIFY(json.contains(u"The refund went out today."_s));
        json.replace(u"The refund went out today."_s, u"The refund went out this morning."_s);
        dialog.jsonEdit()->setPlainText(json);
        QVERIFY(dialog.saveTo(path).ok());
        QCOMPARE(ScenarioLibrary::load(path).value().exemplaryReply,
            u"Sorry! The refund went out this morning."_s);
        tabs->setCurrentIndex(0);
        QCOMPARE(exemplary->toPlainText(), u"Sorry! The refund went out this morning."_s);
        // Broken JSON is reported, not saved.
        tabs->setCurrentIndex(1);
        dialog.jsonEdit()->setPlainText(u"{ not json"_s);
        QVERIFY(!dialog.saveTo(path).ok());
    }
};

QTEST_MAIN(TestScenarioFromCaseDialog)
#include "tst_scenariofromcasedialog.moc"
