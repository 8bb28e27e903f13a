// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// `caredesk-cli training from-case CASE --out FILE` on the demo workspace: resolved cases become
// scenario files that load with the scenario parser and hold none of the customer's names,
// handles, ids, e-mails or phones (read back with `show --json`); an unresolved case and a
// missing --out are refused with exit code 2.
#include "app/core/scenario.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(qEnvironmentVariable("CAREDESK_CLI"), arguments);
    CliRun run;
    if (!process.waitForStarted(60000) || !process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

class TestFromCase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = m_dir.filePath(u"demo.caredesk"_s);
        const CliRun init
            = runCli({ u"--workspace"_s, m_workspace, u"workspace"_s, u"init"_s, u"--demo"_s });
        QVERIFY2(init.exitCode == 0, init.err.constData());
    }

    void resolvedCasesBecomeCleanScenarios()
    {
        const CliRun inbox = runCli({ u"--workspace"_s, m_workspace, u"inbox"_s, u"--status"_s,
            u"resolved"_s, u"--limit"_s, u"6"_s, u"--json"_s });
        QCOMPARE(inbox.exitCode, 0);
        const QJsonArray cases = QJsonDocument::fromJson(inbox.out).array();
        QVERIFY(cases.size() >= 3);
        for (const QJsonValue &row : cases) {
            const QString id = row.toObject().value(u"id"_s).toString();
            const QString out = m_dir.filePath(u"case-%1.json"_s.arg(id));
            const CliRun made = runCli({ u"--workspace"_s, m_workspace, u"training"_s,
                u"from-case"_s, id, u"--out"_s, out, u"--id"_s, u"from-case-test"_s, u"--json"_s });
            QVERIFY2(made.exitCode == 0, made.err.constData());
            QCOMPARE(QJsonDocument::fromJson(made.out).object().value(u"id"_s).toString(),
                u"from-case-test"_s);
            QFile file(out);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            const Result<Scenario> parsed = ScenarioFormat::parse(bytes);
            QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
            QVERIFY(!parsed.value().opening.isEmpty());
            QVERIFY(!parsed.value().exemplaryReply.isEmpty());

            // What the workspace knows of the customer, none of it in the file.
            const CliRun shown
                = runCli({ u"--workspace"_s, m_workspace, u"show"_s, id, u"--json"_s });
            QCOMPARE(shown.exitCode, 0);
            const QJsonObject detail = QJsonDocument::fromJson(shown.out).object();
            const QJsonObject customer = detail.value(u"customer"_s).toObject();
            QStringList secrets;
            for (const QString &part :
                customer.value(u"name"_s).toString().split(u' ', Qt::SkipEmptyParts))
                secrets << part;
            secrets << customer.value(u"crm_ref"_s).toString()
                    << customer.value(u"email"_s).toString();
            for (const QJsonValue &identity : customer.value(u"identities"_s).toArray()) {
                const QJsonObject i = identity.toObject();
                secrets << i.value(u"handle"_s).toString()
                        << i.value(u"platform_user_id"_s).toString();
                for (const QString &part :
                    i.value(u"display_name"_s).toString().split(u' ', Qt::SkipEmptyParts))
                    secrets << part;
            }
            for (const QJsonValue &m : detail.value(u"messages"_s).toArray())
                secrets << m.toObject().value(u"platform_id"_s).toString();
            const QString text = QString::fromUtf8(bytes);
            for (const QString &secret : std::as_const(secrets)) {
                if (secret.size() < 3)
                    continue;
                QVERIFY2(!text.contains(secret, Qt::CaseInsensitive),
                    qPrintable(u"case %1: \"%2\" left in %3"_s.arg(id, secret, text)));
            }
        }
    }

    void refusesWhatItShouldNot()
    {
        const CliRun open = runCli({ u"--workspace"_s, m_workspace, u"inbox"_s, u"--status"_s,
            u"open"_s, u"--limit"_s, u"1"_s, u"--json"_s });
        const QString id = QJsonDocument::fromJson(open.out)
                               .array()
                               .first()
                               .toObject()
                               .value(u"id"_s)
                               .toString();
        QVERIFY(!id.isEmpty());
        const QString out = m_dir.filePath(u"open.json"_s);
        const CliRun refused = runCli(
            { u"--workspace"_s, m_workspace, u"training"_s, u"from-case"_s, id, u"--out"_s, out });
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains("not resolved"));
        QVERIFY(!QFile::exists(out));
        QCOMPARE(
            runCli({ u"--workspace"_s, m_workspace, u"training"_s, u"from-case"_s, id }).exitCode,
            2);
        QCOMPARE(runCli({ u"--workspace"_s, m_workspace, u"training"_s, u"from-case"_s, u"x"_s,
                            u"--out"_s, out })
                     .exitCode,
            2);
        QCOMPARE(runCli({ u"--workspace"_s, m_workspace, u"training"_s, u"from-case"_s, u"999999"_s,
                            u"--out"_s, out })
                     .exitCode,
            3);
    }

private:
    QTemporaryDir m_dir;
    QString m_workspace;
};

QTEST_GUILESS_MAIN(TestFromCase)
#include "tst_fromcase.moc"
