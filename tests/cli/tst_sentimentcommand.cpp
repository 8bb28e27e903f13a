// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// `caredesk-cli sentiment [--jsonl]` as scripts meet it: the built program runs as a child with
// text on its standard input; results are {"score","label"} JSON lines, errors one sentence on
// stderr naming the line, with exit code 2 and nothing on stdout.
#include "tests/support/clirun.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

using CareDesk::Test::CliRun;
using CareDesk::Test::runCli;

/// The labels of the output lines, checking each is exactly {"score":N,"label":L} with N in range.
QStringList labelsOf(const QByteArray &out)
{
    QStringList labels;
    const QList<QByteArray> lines = out.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i == lines.size() - 1 && lines.at(i).isEmpty())
            break;
        const QJsonObject o = QJsonDocument::fromJson(lines.at(i)).object();
        if (o.size() != 2 || !o.value("score"_L1).isDouble() || o.value("score"_L1).toInt() < -100
            || o.value("score"_L1).toInt() > 100 || !lines.at(i).startsWith("{\"score\":")) {
            labels.append(u"malformed: "_s + QString::fromUtf8(lines.at(i)));
            continue;
        }
        labels.append(o.value("label"_L1).toString());
    }
    return labels;
}

} // namespace

class TestSentimentCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scores_data();
    void scores();
    void badInput_data();
    void badInput();
    void needsNoWorkspace();
    void importScores();
};

void TestSentimentCommand::initTestCase()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("CAREDESK_CLI")),
        "CAREDESK_CLI must name the built caredesk-cli");
}

void TestSentimentCommand::scores_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("labels");

    QTest::newRow("plain praise") << QStringList { u"sentiment"_s }
                                  << QByteArray("Thank you, great service!\n")
                                  << QStringList { u"positive"_s };
    QTest::newRow("plain is one text")
        << QStringList { u"sentiment"_s }
        << QByteArray("Line one is fine.\nThe app is broken and useless.\n")
        << QStringList { u"negative"_s };
    QTest::newRow("plain russian") << QStringList { u"sentiment"_s } << "Интернет не работает 😡"_ba
                                   << QStringList { u"negative"_s };
    QTest::newRow("plain empty") << QStringList { u"sentiment"_s } << QByteArray()
                                 << QStringList { u"neutral"_s };
    QTest::newRow("jsonl in order") << QStringList { u"sentiment"_s, u"--jsonl"_s }
                                    << R"j({"text":"Спасибо большое, всё пришло)))"}
{"text":"Where is my order?"}
{"text":"Worst support ever", "id": 7}
)j"_ba << QStringList { u"positive"_s, u"neutral"_s, u"negative"_s };
    QTest::newRow("jsonl blank lines and CRLF")
        << QStringList { u"--jsonl"_s, u"sentiment"_s } << "\r\n{\"text\":\"ужасно\"}\r\n\n"_ba
        << QStringList { u"negative"_s };
    QTest::newRow("jsonl nothing")
        << QStringList { u"sentiment"_s, u"--jsonl"_s } << QByteArray() << QStringList {};
}

void TestSentimentCommand::scores()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QStringList, labels);
    const CliRun run = runCli(arguments, input);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QCOMPARE(labelsOf(run.out), labels);
}

void TestSentimentCommand::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message"); // a part of the one sentence on stderr

    QTest::newRow("not json") << QStringList { u"sentiment"_s, u"--jsonl"_s }
                              << "{\"text\":\"ok\"}\nnot json\n"_ba
                              << u"Line 2 is not a JSON object."_s;
    QTest::newRow("array") << QStringList { u"sentiment"_s, u"--jsonl"_s } << "[1,2]\n"_ba
                           << u"Line 1 is not a JSON object."_s;
    QTest::newRow("no text") << QStringList { u"sentiment"_s, u"--jsonl"_s }
                             << "{\"text\":\"a\"}\n{\"text\":\"b\"}\n{\"body\":\"c\"}\n"_ba
                             << u"Line 3 has no \"text\" string."_s;
    QTest::newRow("text not a string")
        << QStringList { u"sentiment"_s, u"--jsonl"_s } << "{\"text\":5}\n"_ba
        << u"Line 1 has no \"text\" string."_s;
    QTest::newRow("bad utf-8") << QStringList { u"sentiment"_s } << QByteArray("caf\xc3")
                               << u"UTF-8"_s;
    QTest::newRow("unknown option")
        << QStringList { u"sentiment"_s, u"--platform"_s, u"x"_s } << QByteArray() << u"platform"_s;
    QTest::newRow("stray argument")
        << QStringList { u"sentiment"_s, u"text"_s } << QByteArray() << QString();
}

void TestSentimentCommand::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    const CliRun run = runCli(arguments, input);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.isEmpty(), run.out.constData());
    const QString err = QString::fromUtf8(run.err).trimmed();
    QVERIFY(!err.isEmpty());
    QCOMPARE(err.count(u'\n'), 0);
    QVERIFY2(err.contains(message), qPrintable(err));
}

void TestSentimentCommand::needsNoWorkspace()
{
    // A workspace path that cannot exist: scoring never opens it.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, dir.path());
    environment.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
    const CliRun run
        = runCli({ u"--workspace"_s, dir.filePath(u"missing/none.sqlite"_s), u"sentiment"_s },
            "great\n"_ba, environment);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(labelsOf(run.out), QStringList { u"positive"_s });
    QVERIFY(!QDir(dir.filePath(u"missing"_s)).exists());
}

void TestSentimentCommand::importScores()
{
    // `import` keeps a record's "sentiment" and scores the text of records without one.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString workspace = dir.filePath(u"import.caredesk"_s);
    QCOMPARE(runCli({ u"--workspace"_s, workspace, u"workspace"_s, u"init"_s }, {}).exitCode, 0);
    const QByteArray lines
        = R"j({"platform":"x","account":"brand","thread":"a","id":"1","author_id":"u1","author_name":"Ann","created_at":"2026-01-05T10:00:00Z","direction":"in","visibility":"public","text":"Terrible service, the app crashed again!!!"}
{"platform":"x","account":"brand","thread":"b","id":"2","author_id":"u2","author_name":"Bob","created_at":"2026-01-05T10:00:00Z","direction":"in","visibility":"public","text":"Terrible service","sentiment":42}
{"platform":"x","account":"brand","thread":"c","id":"3","author_id":"u3","author_name":"Cy","created_at":"2026-01-05T10:00:00Z","direction":"in","visibility":"public","text":"ok","sentiment":500}
)j"_ba;
    const CliRun run = runCli({ u"--workspace"_s, workspace, u"import"_s, u"-"_s }, lines);
    QVERIFY(run.finished);
    QVERIFY2(QString::fromUtf8(run.err).contains(u"sentiment"_s), run.err.constData());
    QVERIFY2(QString::fromUtf8(run.err).contains(u"3"_s), run.err.constData());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(workspace);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(
            u"SELECT c.thread_key, m.sentiment, c.sentiment_entry FROM message m JOIN cases c "
            "ON c.id = m.case_id ORDER BY c.thread_key"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"a"_s);
        QVERIFY2(q.value(1).toInt() <= -20, qPrintable(q.value(1).toString()));
        QCOMPARE(q.value(2).toInt(), q.value(1).toInt());
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"b"_s);
        QCOMPARE(q.value(1).toInt(), 42);
        QCOMPARE(q.value(2).toInt(), 42);
        QVERIFY(!q.next()); // the line with a sentiment out of range was skipped
    }
    QSqlDatabase::removeDatabase(u"check"_s);
}

QTEST_GUILESS_MAIN(TestSentimentCommand)
#include "tst_sentimentcommand.moc"
