// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The no-network guarantee of training workspaces (issue 9): whole rehearsals run headless
// (`caredesk-cli training rehearse`, the trainee's replies through the outbox and the simulator
// connector) under `strace -f -e trace=connect`, and no process or thread of it calls connect()
// on an AF_INET or AF_INET6 address. AF_UNIX (D-Bus, the keyring) would be allowed; none is
// needed either. The results are kept in the training workspace and exported as JSON.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestTrainingNoNetwork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rehearsalConnectsNowhere_data();
    void rehearsalConnectsNowhere();
    void resultsAreKept();

private:
    QString run(const QStringList &arguments, int *exitCode, const QString &strace = {});
    QTemporaryDir m_dir;
    QString m_strace;
    QString m_workspace;
};

QString TestTrainingNoNetwork::run(
    const QStringList &arguments, int *exitCode, const QString &trace)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"USER"_s, u"trainee1"_s);
    // LeakSanitizer cannot run under ptrace (strace); the sanitizer build checks leaks elsewhere.
    if (!trace.isEmpty()) {
        const QString asan = env.value(u"ASAN_OPTIONS"_s);
        env.insert(
            u"ASAN_OPTIONS"_s, asan + (asan.isEmpty() ? u""_s : u":"_s) + u"detect_leaks=0"_s);
    }
    process.setProcessEnvironment(env);
    if (trace.isEmpty()) {
        process.start(qEnvironmentVariable("CAREDESK_CLI"), arguments);
    } else {
        process.start(m_strace,
            QStringList { u"-f"_s, u"-e"_s, u"trace=connect"_s, u"-o"_s, trace,
                qEnvironmentVariable("CAREDESK_CLI") }
                + arguments);
    }
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
    }
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    const QString err = QString::fromUtf8(process.readAllStandardError());
    if (*exitCode != 0)
        qWarning().noquote() << err;
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestTrainingNoNetwork::initTestCase()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("CAREDESK_CLI")),
        "CAREDESK_CLI must name the built caredesk-cli");
    QVERIFY(m_dir.isValid());
    m_strace = QStandardPaths::findExecutable(u"strace"_s);
    if (m_strace.isEmpty()) {
        // The CI installs strace (packaging/install-deps.sh); there a missing one is a failure.
        if (qEnvironmentVariable("CI") == "true"_L1)
            QFAIL("strace is not installed (packaging/install-deps.sh installs it)");
        QSKIP("strace is not installed: the no-network guarantee cannot be checked here "
              "(apt-get install strace)");
    }
    m_workspace = m_dir.filePath(u"class.caredesk"_s);
    int code = 0;
    run({ u"--workspace"_s, m_workspace, u"workspace"_s, u"init"_s, u"--training"_s }, &code);
    QCOMPARE(code, 0);
}

void TestTrainingNoNetwork::rehearsalConnectsNowhere_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QStringList>("replies");
    QTest::addColumn<QString>("outcome");
    QTest::newRow("delayed order, apology with a time calms")
        << u"delayed-order-en"_s
        << QStringList { uR"({"text":"Sorry Anna, your parcel arrives tomorrow by 14:00.","after_seconds":120})"_s }
        << u"calm"_s;
    QTest::newRow("outage, many posts at once")
        << u"outage-ru"_s
        << QStringList { uR"({"text":"Извините за сбой, мы уже чиним: сервис заработает в течение часа.","after_seconds":60})"_s,
               uR"({"text":"Спасибо за терпение, всё работает.","after_seconds":60})"_s }
        << QString();
    QTest::newRow("complaint taken private")
        << u"complaint-private-en"_s
        << QStringList { uR"({"text":"We are sorry. Please DM us your order number and we will sort it out today.","after_seconds":90})"_s,
               uR"({"text":"Thank you, your refund is on its way and arrives within 2 days.","after_seconds":60,"visibility":"private"})"_s }
        << QString();
}

void TestTrainingNoNetwork::rehearsalConnectsNowhere()
{
    QFETCH(QString, scenario);
    QFETCH(QStringList, replies);
    QFETCH(QString, outcome);
    const QString repliesFile = m_dir.filePath(scenario + u".jsonl"_s);
    {
        QFile file(repliesFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(replies.join(u'\n').toUtf8());
    }
    const QString trace = m_dir.filePath(scenario + u".strace"_s);
    int code = 0;
    const QString out = run({ u"--workspace"_s, m_workspace, u"--json"_s, u"training"_s,
                                u"rehearse"_s, scenario, u"--replies"_s, repliesFile },
        &code, trace);
    QCOMPARE(code, 0);
    const QJsonObject result = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(result.value(u"scenario_id"_s).toString(), scenario);
    QVERIFY(result.value(u"max"_s).toInt() > 0);
    QVERIFY(result.value(u"score"_s).toInt() > 0);
    QVERIFY(result.value(u"kept"_s).toBool());
    QCOMPARE(result.value(u"replies"_s).toArray().size(), replies.size());
    QVERIFY(!result.value(u"exemplary_reply"_s).toString().isEmpty());
    if (!outcome.isEmpty())
        QCOMPARE(result.value(u"outcome"_s).toString(), outcome);

    QFile log(trace);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(log.readAll());
    // strace ran and followed the program to its end.
    QVERIFY2(text.contains(u"+++ exited with 0 +++"_s), qPrintable(text.left(2000)));
    static const QRegularExpression network(u"connect\\([^\\n]*AF_INET6?\\b"_s);
    const QRegularExpressionMatch hit = network.match(text);
    QVERIFY2(
        !hit.hasMatch(), qPrintable(u"a connection to a network address: "_s + hit.captured(0)));
}

void TestTrainingNoNetwork::resultsAreKept()
{
    int code = 0;
    const QString out
        = run({ u"--workspace"_s, m_workspace, u"training"_s, u"results"_s, u"--json"_s }, &code);
    QCOMPARE(code, 0);
    const QJsonArray results = QJsonDocument::fromJson(out.toUtf8()).array();
    QCOMPARE(results.size(), 3);
    for (const QJsonValue &value : results) {
        const QJsonObject r = value.toObject();
        QCOMPARE(r.value(u"agent"_s).toString(), u"trainee1"_s);
        QVERIFY(!r.value(u"replies"_s).toArray().isEmpty());
        QVERIFY(!r.value(u"replies"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"criteria"_s)
                     .toArray()
                     .isEmpty());
    }
    // A standard workspace refuses rehearsals: nothing in it may be mistaken for training.
    const QString standard = m_dir.filePath(u"standard.caredesk"_s);
    run({ u"--workspace"_s, standard, u"workspace"_s, u"init"_s }, &code);
    QCOMPARE(code, 0);
    run({ u"--workspace"_s, standard, u"training"_s, u"rehearse"_s, u"praise-en"_s, u"--replies"_s,
            m_dir.filePath(u"delayed-order-en.jsonl"_s) },
        &code);
    QCOMPARE(code, 4);
}

QTEST_GUILESS_MAIN(TestTrainingNoNetwork)
#include "tst_training_nonetwork.moc"
