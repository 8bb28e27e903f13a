// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A draft survives SIGKILL. The real `caredesk` program runs as a child on Qt's VNC platform
// plugin (QT_QPA_PLATFORM=vnc), with a workspace, HOME and XDG folders of its own; the test is
// its keyboard: it speaks the RFB protocol to the plugin's server on 127.0.0.1 and presses keys
// as an agent would (j: first case, r: reply, then the words). No option or hook of the program
// is for tests: what the test reads are the program's diagnostic log lines (caredesk.startup,
// caredesk.composer: ids and lengths, never text) and the workspace file itself.
//
// First run: type a draft, wait until the composer says it is saved, SIGKILL. Second run: the
// same case shows "draft restored" with the same length; typing more proves the editor holds the
// restored words (the stored draft becomes old + new); the next case shows no draft, and what is
// typed there stays there.
#include "app/storage/database.h"
#include "app/storage/draftstore.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {

constexpr int timeoutMs = 60000;

/// The keyboard of a VNC client (RFB 3.3, no authentication, as Qt's plugin offers).
class VncKeyboard
{
public:
    bool connectTo(quint16 port, QString *error)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            m_socket.connectToHost(QHostAddress::LocalHost, port);
            if (m_socket.waitForConnected(1000))
                break;
            m_socket.abort();
            QTest::qWait(100); // the program is still starting its server
        }
        if (m_socket.state() != QAbstractSocket::ConnectedState)
            return fail(error, u"cannot connect to the program's VNC server"_s);
        QByteArray version;
        if (!read(12, &version) || !version.startsWith("RFB "))
            return fail(error, u"no RFB greeting"_s);
        m_socket.write("RFB 003.003\n");
        QByteArray security;
        if (!read(4, &security) || qFromBigEndian<quint32>(security.constData()) != 1)
            return fail(error, u"the server wants authentication"_s);
        m_socket.write(QByteArray(1, '\1')); // shared
        QByteArray init;
        if (!read(24, &init))
            return fail(error, u"no ServerInit"_s);
        QByteArray name;
        read(qFromBigEndian<quint32>(init.constData() + 20), &name);
        return true;
    }

    void key(quint32 keysym, bool down)
    {
        QByteArray message(8, '\0');
        message[0] = 4; // KeyEvent
        message[1] = down ? 1 : 0;
        qToBigEndian<quint32>(keysym, message.data() + 4);
        m_socket.write(message);
        m_socket.flush();
    }

    void press(quint32 keysym)
    {
        key(keysym, true);
        key(keysym, false);
    }

    /// Ctrl and a key (X keysym 0xffe3 is the left Control).
    void pressWithControl(quint32 keysym)
    {
        key(0xffe3, true);
        press(keysym);
        key(0xffe3, false);
    }

    void type(const QString &text)
    {
        for (const QChar c : text)
            press(c.unicode());
    }

private:
    bool read(qint64 size, QByteArray *out)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (m_socket.bytesAvailable() < size && !deadline.hasExpired())
            m_socket.waitForReadyRead(1000);
        if (m_socket.bytesAvailable() < size)
            return false;
        *out = m_socket.read(size);
        return true;
    }

    static bool fail(QString *error, const QString &message)
    {
        *error = message;
        return false;
    }

    QTcpSocket m_socket;
};

/// The program as a child, its diagnostic lines collected as they come.
class Desktop
{
public:
    Desktop(const QString &program, const QString &workspace, const QString &home)
    {
        QTcpServer probe; // a free port for the VNC server
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
        probe.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"vnc:size=1400x900:port=%1"_s.arg(m_port));
        env.insert(
            u"QT_LOGGING_RULES"_s, u"caredesk.composer.debug=true;caredesk.startup.info=true"_s);
        env.insert(u"HOME"_s, home);
        for (const auto &[name, sub] :
            { std::pair { "XDG_CONFIG_HOME", "config" }, { "XDG_DATA_HOME", "data" },
                { "XDG_CACHE_HOME", "cache" }, { "XDG_STATE_HOME", "state" } }) {
            QDir(home).mkpath(QString::fromLatin1(sub));
            env.insert(QString::fromLatin1(name), QDir(home).filePath(QString::fromLatin1(sub)));
        }
        env.insert(u"LANG"_s, u"en_US.UTF-8"_s);
        env.insert(u"LC_ALL"_s, u"en_US.UTF-8"_s);
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(program, { u"--workspace"_s, workspace });
    }

    ~Desktop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(timeoutMs);
        }
    }

    quint16 port() const { return m_port; }

    /// Waits for a diagnostic line matching pattern after the ones already seen; returns it.
    QRegularExpressionMatch waitFor(const QRegularExpression &pattern)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            m_log += QString::fromUtf8(m_process.readAllStandardError());
            const QRegularExpressionMatch match = pattern.match(m_log, m_consumed);
            if (match.hasMatch()) {
                m_consumed = match.capturedEnd();
                return match;
            }
            if (m_process.state() == QProcess::NotRunning)
                break;
            m_process.waitForReadyRead(200);
        }
        qWarning("no line matches %s; the program wrote:\n%s", qPrintable(pattern.pattern()),
            qPrintable(m_log));
        return {};
    }

    /// SIGKILL: no destructor, no event loop, nothing flushed by the program.
    void kill()
    {
        m_process.kill();
        m_process.waitForFinished(timeoutMs);
    }

private:
    QProcess m_process;
    quint16 m_port = 0;
    QString m_log;
    qsizetype m_consumed = 0;
};

QString storedDraft(const QString &workspace, Id caseId)
{
    Result<std::unique_ptr<Database>> db
        = Database::open(DatabaseConfig::sqlite(workspace), Database::OpenMode::Existing);
    if (!db.ok())
        return u"<%1>"_s.arg(db.error().message);
    const Result<Draft> draft = DraftStore::load(*db.value(), caseId, 0);
    return draft.ok() ? draft.value().text : u"<%1>"_s.arg(draft.error().message);
}

} // namespace

class TestDraftKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void draftSurvivesSigkill();
};

void TestDraftKill::draftSurvivesSigkill()
{
    const QString program = qEnvironmentVariable("CAREDESK_DESKTOP");
    const QString cli = qEnvironmentVariable("CAREDESK_CLI");
    QVERIFY2(QFile::exists(program) && QFile::exists(cli),
        "CAREDESK_DESKTOP and CAREDESK_CLI name the programs");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString workspace = dir.filePath(u"kill.caredesk"_s);
    const QString home = dir.filePath(u"home"_s);
    QVERIFY(QDir().mkpath(home));

    // Two cases from an import: a standard workspace has no live traffic, so the inbox's
    // order stays as it is between the two runs.
    QFile history(dir.filePath(u"history.jsonl"_s));
    QVERIFY(history.open(QIODevice::WriteOnly));
    history.write(
        R"({"platform":"telegram","account":"@northwind_bot","thread":"c1","id":"m1","author_id":"u1","author_name":"Anna Petrova","created_at":"2026-02-01T09:00:00Z","direction":"in","visibility":"private","text":"Where is my order?"}
{"platform":"telegram","account":"@northwind_bot","thread":"c2","id":"m2","author_id":"u2","author_name":"Boris Ivanov","created_at":"2026-02-01T08:00:00Z","direction":"in","visibility":"private","text":"The sofa is scratched"}
)");
    history.close();
    for (const QStringList &arguments : { QStringList { u"workspace"_s, u"init"_s },
             QStringList { u"import"_s, history.fileName() } }) {
        QProcess run;
        run.start(cli, QStringList { u"--workspace"_s, workspace } + arguments);
        QVERIFY(run.waitForFinished(timeoutMs));
        QVERIFY2(run.exitCode() == 0, run.readAllStandardError().constData());
    }

    const QRegularExpression started(u"first inbox page painted"_s);
    const QRegularExpression ready(u"case (\\d+) ready: ([^\\n]*)"_s);
    const QString words = u"we are checking the delivery"_s;
    Id firstCase = 0;
    {
        Desktop desktop(program, workspace, home);
        VncKeyboard keys;
        QString error;
        QVERIFY2(keys.connectTo(desktop.port(), &error), qPrintable(error));
        QVERIFY(desktop.waitFor(started).hasMatch());
        keys.type(u"j"_s); // the first case of the inbox
        const QRegularExpressionMatch shown = desktop.waitFor(ready);
        QVERIFY(shown.hasMatch());
        firstCase = shown.captured(1).toLongLong();
        QCOMPARE(shown.captured(2), u"no draft"_s);
        keys.type(u"r"_s); // reply: the composer's editor takes the keys
        keys.type(words);
        const QRegularExpression saved(
            u"case %1: draft of %2 characters saved"_s.arg(firstCase).arg(words.size()));
        QVERIFY(desktop.waitFor(saved).hasMatch());
        desktop.kill();
    }
    QCOMPARE(storedDraft(workspace, firstCase), words);

    {
        Desktop desktop(program, workspace, home);
        VncKeyboard keys;
        QString error;
        QVERIFY2(keys.connectTo(desktop.port(), &error), qPrintable(error));
        QVERIFY(desktop.waitFor(started).hasMatch());
        keys.type(u"j"_s);
        const QRegularExpressionMatch shown = desktop.waitFor(ready);
        QVERIFY(shown.hasMatch());
        QCOMPARE(shown.captured(1).toLongLong(), firstCase);
        QCOMPARE(shown.captured(2), u"draft of %1 characters restored"_s.arg(words.size()));
        // The restored words are in the editor: what is typed now joins them.
        keys.type(u"r"_s);
        keys.type(u" today"_s);
        const QString joined = words + u" today"_s;
        QVERIFY(
            desktop
                .waitFor(QRegularExpression(
                    u"case %1: draft of %2 characters saved"_s.arg(firstCase).arg(joined.size())))
                .hasMatch());
        QCOMPARE(storedDraft(workspace, firstCase), joined);

        // The next case has no draft, and its words stay with it.
        keys.pressWithControl(u'0'); // Ctrl+0: back to the case list
        keys.type(u"j"_s);
        QRegularExpressionMatch next = desktop.waitFor(ready);
        QVERIFY(next.hasMatch());
        const Id secondCase = next.captured(1).toLongLong();
        QVERIFY(secondCase != firstCase);
        QCOMPARE(next.captured(2), u"no draft"_s);
        keys.type(u"r"_s);
        keys.type(u"x"_s);
        QVERIFY(desktop
                    .waitFor(QRegularExpression(
                        u"case %1: draft of 1 characters saved"_s.arg(secondCase)))
                    .hasMatch());
        desktop.kill();
        QCOMPARE(storedDraft(workspace, secondCase), u"x"_s);
        QCOMPARE(storedDraft(workspace, firstCase), joined);
    }
}

QTEST_GUILESS_MAIN(TestDraftKill)
#include "tst_draft_kill.moc"
