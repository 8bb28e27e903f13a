// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// `caredesk-cli count` as scripts meet it: the built program runs as a child with text on its
// standard input; results are compact JSON lines, errors one sentence on stderr with exit code 2.
#include "tests/support/clirun.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

using CareDesk::Test::CliRun;
using CareDesk::Test::runCli;

QByteArray resultLine(const char *platform, const char *surface, int length, int limit, bool valid)
{
    return QByteArray(R"({"platform":")") + platform + R"(","surface":")" + surface
        + R"(","length":)" + QByteArray::number(length) + R"(,"limit":)" + QByteArray::number(limit)
        + R"(,"remaining":)" + QByteArray::number(limit - length) + R"(,"valid":)"
        + (valid ? "true" : "false") + "}\n";
}

} // namespace

class TestCount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void standardInput_data();
    void standardInput();
    void jsonLines_data();
    void jsonLines();
    void badInput_data();
    void badInput();
    void needsNoWorkspace();
};

void TestCount::initTestCase()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("CAREDESK_CLI")),
        "CAREDESK_CLI must name the built caredesk-cli");
}

void TestCount::standardInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    const QStringList x { u"count"_s, u"--platform"_s, u"x"_s };
    QTest::newRow("x: one trailing newline is not counted")
        << x << QByteArray("Hi http://test.co\n") << resultLine("x", "public", 26, 280, true);
    QTest::newRow("x: without a trailing newline")
        << x << QByteArray("Hi http://test.co") << resultLine("x", "public", 26, 280, true);
    QTest::newRow("x: only the last of two newlines is dropped")
        << x << QByteArray("abc\n\n") << resultLine("x", "public", 4, 280, true);
    QTest::newRow("x: a trailing CRLF is one newline")
        << x << QByteArray("abc\r\n") << resultLine("x", "public", 3, 280, true);
    QTest::newRow("x: inner newlines count")
        << x << QByteArray("a\nb\n") << resultLine("x", "public", 3, 280, true);
    QTest::newRow("x: empty input is invalid")
        << x << QByteArray() << resultLine("x", "public", 0, 280, false);
    QTest::newRow("x: 281 letters are over")
        << x << QByteArray(281, 'a') << resultLine("x", "public", 281, 280, false);
    QTest::newRow("x: emoji sequence counts 2")
        << x << QString(u"\U0001F468\u200D\U0001F469\u200D\U0001F467\n"_s).toUtf8()
        << resultLine("x", "public", 2, 280, true);
    QTest::newRow("x: global --json flag is accepted") << QStringList { u"--json"_s, u"count"_s,
        u"--platform=x"_s } << QByteArray("hello") << resultLine("x", "public", 5, 280, true);
    QTest::newRow("mastodon: remote mention counts as local")
        << QStringList { u"count"_s, u"--platform"_s, u"mastodon"_s }
        << QByteArray("@bob@example.com\n") << resultLine("mastodon", "public", 4, 500, true);
    QTest::newRow("telegram private: utf-16 units")
        << QStringList { u"count"_s, u"--platform"_s, u"telegram"_s, u"--surface"_s, u"private"_s }
        << QString(u"\U0001F600\n"_s).toUtf8() << resultLine("telegram", "private", 2, 4096, true);
    QTest::newRow("vk private: messages allow 9000")
        << QStringList { u"count"_s, u"--platform"_s, u"vk"_s, u"--surface"_s, u"private"_s }
        << QByteArray("hi") << resultLine("vk", "private", 2, 9000, true);
    QTest::newRow("vk public: wall comments allow 4096")
        << QStringList { u"count"_s, u"--surface"_s, u"public"_s, u"--platform"_s, u"vk"_s }
        << QByteArray("hi") << resultLine("vk", "public", 2, 4096, true);
    QTest::newRow("facebook private: messenger allows 2000")
        << QStringList { u"count"_s, u"--platform"_s, u"facebook"_s, u"--surface"_s, u"private"_s }
        << QByteArray(2001, 'a') << resultLine("facebook", "private", 2001, 2000, false);
    QTest::newRow("instagram") << QStringList { u"count"_s, u"--platform"_s, u"instagram"_s }
                               << QByteArray("hi")
                               << resultLine("instagram", "public", 2, 2200, true);
    QTest::newRow("youtube") << QStringList { u"count"_s, u"--platform"_s, u"youtube"_s }
                             << QByteArray("hi") << resultLine("youtube", "public", 2, 10000, true);
    QTest::newRow("reddit") << QStringList { u"count"_s, u"--platform"_s, u"reddit"_s }
                            << QByteArray("hi") << resultLine("reddit", "public", 2, 10000, true);
}

void TestCount::standardInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const CliRun run = runCli(arguments, input);
    QVERIFY(run.finished);
    QCOMPARE(run.err, QByteArray());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, expected);
}

void TestCount::jsonLines_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("x: one result per line, in order")
        << QStringList { u"count"_s, u"--platform"_s, u"x"_s, u"--jsonl"_s }
        << QByteArray(R"({"text":"Hi http://test.co"})"
                      "\n"
                      R"({"text":"\u6545\u4eba"})"
                      "\n"
                      R"({"text":""})"
                      "\n")
        << resultLine("x", "public", 26, 280, true) + resultLine("x", "public", 4, 280, true)
            + resultLine("x", "public", 0, 280, false);
    QTest::newRow("x: the last line needs no newline")
        << QStringList { u"count"_s, u"--platform"_s, u"x"_s, u"--jsonl"_s }
        << QByteArray(R"({"text":"a"})") << resultLine("x", "public", 1, 280, true);
    QTest::newRow("x: text keeps its trailing newline inside JSON")
        << QStringList { u"count"_s, u"--platform"_s, u"x"_s, u"--jsonl"_s }
        << QByteArray(R"({"text":"a\n"})"
                      "\n")
        << resultLine("x", "public", 2, 280, true);
    QTest::newRow("vk: a line's surface overrides --surface")
        << QStringList { u"count"_s, u"--platform"_s, u"vk"_s, u"--surface"_s, u"private"_s,
               u"--jsonl"_s }
        << QByteArray(R"({"text":"a"})"
                      "\n"
                      R"({"text":"a","surface":"public"})"
                      "\r\n")
        << resultLine("vk", "private", 1, 9000, true) + resultLine("vk", "public", 1, 4096, true);
    QTest::newRow("mastodon: spoiler_text counts toward the limit")
        << QStringList { u"count"_s, u"--platform"_s, u"mastodon"_s, u"--jsonl"_s }
        << QByteArray(R"({"text":"hello","spoiler_text":"what"})"
                      "\n"
                      R"({"text":"https://example.com/a/long/path","spoiler_text":"cw"})"
                      "\n"
                      R"({"text":"no cw","spoiler_text":null})"
                      "\n")
        << resultLine("mastodon", "public", 9, 500, true)
            + resultLine("mastodon", "public", 25, 500, true)
            + resultLine("mastodon", "public", 5, 500, true);
    QTest::newRow("no lines, no results") << QStringList { u"count"_s, u"--platform"_s, u"x"_s,
        u"--jsonl"_s } << QByteArray() << QByteArray();
}

void TestCount::jsonLines()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const CliRun run = runCli(arguments, input);
    QVERIFY(run.finished);
    QCOMPARE(run.err, QByteArray());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, expected);
}

void TestCount::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("mentions"); // a word the error names

    QTest::newRow("unknown platform") << QStringList { u"count"_s, u"--platform"_s, u"myspace"_s }
                                      << QByteArray("hi") << u"myspace"_s;
    QTest::newRow("missing platform")
        << QStringList { u"count"_s } << QByteArray("hi") << u"--platform"_s;
    QTest::newRow("unknown surface")
        << QStringList { u"count"_s, u"--platform"_s, u"x"_s, u"--surface"_s, u"secret"_s }
        << QByteArray("hi") << u"secret"_s;
    QTest::newRow("unknown option")
        << QStringList { u"count"_s, u"--platform"_s, u"x"_s, u"--fast"_s } << QByteArray("hi")
        << u"--fast"_s;
    QTest::newRow("stray argument") << QStringList { u"count"_s, u"hello"_s, u"--platform"_s,
        u"x"_s } << QByteArray("hi") << u"hello"_s;
    QTest::newRow("not UTF-8") << QStringList { u"count"_s, u"--platform"_s, u"x"_s }
                               << QByteArray("caf\xe9") << u"UTF-8"_s;
    QTest::newRow("jsonl: bad JSON names its line")
        << QStringList { u"count"_s, u"--platform"_s, u"x"_s, u"--jsonl"_s }
        << QByteArray(R"({"text":"ok"})"
                      "\n"
                      R"({"text":"ok"})"
                      "\n"
                      "{text: nope}\n")
        << u"3"_s;
    QTest::newRow("jsonl: a blank line is not a result")
        << QStringList { u"count"_s, u"--platform"_s, u"x"_s, u"--jsonl"_s }
        << QByteArray(R"({"text":"ok"})"
                      "\n\n")
        << u"2"_s;
    QTest::newRow("jsonl: an array is not an object")
        << QStringList { u"count"_s, u"--platform"_s, u"x"_s, u"--jsonl"_s }
        << QByteArray(R"(["ok"])") << u"1"_s;
    QTest::newRow("jsonl: text missing")
        << QStringList { u"count"_s, u"--platform"_s, u"x"_s, u"--jsonl"_s }
        << QByteArray(R"({"body":"ok"})") << u"text"_s;
    QTest::newRow("jsonl: text not a string")
        << QStringList { u"count"_s, u"--platform"_s, u"x"_s, u"--jsonl"_s }
        << QByteArray(R"({"text":5})") << u"text"_s;
    QTest::newRow("jsonl: unknown surface")
        << QStringList { u"count"_s, u"--platform"_s, u"x"_s, u"--jsonl"_s }
        << QByteArray(R"({"text":"a","surface":"dm"})") << u"surface"_s;
    QTest::newRow("jsonl: spoiler_text not a string")
        << QStringList { u"count"_s, u"--platform"_s, u"mastodon"_s, u"--jsonl"_s }
        << QByteArray(R"({"text":"a","spoiler_text":["cw"]})") << u"spoiler_text"_s;
}

void TestCount::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QString, mentions);
    const CliRun run = runCli(arguments, input);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QByteArray()); // nothing half-counted
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.endsWith(u'\n') && err.count(u'\n') == 1, qPrintable(err)); // one line
    QVERIFY2(err.contains(mentions), qPrintable(err));
}

void TestCount::needsNoWorkspace()
{
    // A home without any CareDesk data and a workspace path that does not exist: counting
    // neither needs nor creates one.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, home.path());
    environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    const QString missing = home.filePath(u"missing/workspace.caredesk"_s);
    const CliRun run
        = runCli({ u"count"_s, u"--platform"_s, u"telegram"_s, u"--workspace"_s, missing },
            QByteArray("hello\n"), environment);
    QVERIFY(run.finished);
    QCOMPARE(run.err, QByteArray());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, resultLine("telegram", "public", 5, 4096, true));
    QVERIFY(QDir(home.path())
                .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
                .isEmpty());
}

QTEST_GUILESS_MAIN(TestCount)
#include "tst_count.moc"
