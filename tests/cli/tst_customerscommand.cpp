// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// caredesk-cli customers (link, unlink, suggestions, export, erase, settings) and the customer
// and journey of `show CASE --json`, run as a child process against a real SQLite file and a
// database of its own on the test command's PostgreSQL server: output, exit codes, and what
// the workspace holds afterwards.
#include "app/core/connector.h"
#include "app/storage/casestore.h"
#include "app/storage/database.h"
#include "app/storage/sqlrepositories.h"
#include "tests/support/pgfixture.h"

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

constexpr int childTimeout = 60000;
constexpr Millis minute = 60000;
constexpr Millis hour = 60 * minute;
// 2026-11-22T10:00:00Z
constexpr Millis base = 1795341600000;

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(out).array(); }
};

} // namespace

class TestCustomersCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void linkAndUnlink_data();
    void linkAndUnlink();
    void suggestionsName_data();
    void suggestionsName();
    void exportWritesEverything_data();
    void exportWritesEverything();
    void eraseNeedsConfirm_data();
    void eraseNeedsConfirm();
    void showIncludesCustomerAndJourney_data();
    void showIncludesCustomerAndJourney();
    void settings_data();
    void settings();
    void importsContactsAndProfiles_data();
    void importsContactsAndProfiles();

private:
    void backendColumn();
    bool prepare();
    Run cli(QStringList arguments) const;
    qint64 scalar(const QString &statement, const QVariantList &values = {});
    Id post(Platform platform, const QString &thread, const QString &author, const QString &handle,
        const QString &name, const QString &text, Millis at,
        Visibility visibility = Visibility::Public, const QString &crm = {});

    QString m_program;
    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Test::PgFixture> m_pg;
    QStringList m_target; ///< --workspace PATH or --database URL
    std::unique_ptr<Database> m_db;
    QHash<Platform, Id> m_accounts;
    int m_seq = 0;
    Id m_emma = 0;
    Id m_emmaCase = 0;
    Id m_otherIdentity = 0;
    Id m_other = 0;
};

void TestCustomersCli::initTestCase()
{
    m_program = qEnvironmentVariable("CAREDESK_CLI");
    QVERIFY2(QFile::exists(m_program),
        "CAREDESK_CLI does not name the built caredesk-cli; run the test through ctest");
    QVERIFY(m_home.isValid());
}

void TestCustomersCli::cleanup()
{
    m_db.reset();
    m_pg.reset();
    m_dir.reset();
    m_accounts.clear();
}

void TestCustomersCli::backendColumn()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

Run TestCustomersCli::cli(QStringList arguments) const
{
    arguments += m_target;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, m_home.path());
    environment.insert(u"XDG_DATA_HOME"_s, m_home.path() + u"/.local/share"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, m_home.path() + u"/.config"_s);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    environment.insert(u"USER"_s, u"dana"_s);
    environment.remove(u"LANGUAGE"_s);
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(m_program, arguments);
    Run run;
    if (!process.waitForFinished(childTimeout)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

qint64 TestCustomersCli::scalar(const QString &statement, const QVariantList &values)
{
    Result<QSqlQuery> q = m_db->exec(statement, values);
    if (!q.ok()) {
        qWarning("%s", qPrintable(q.error().message));
        return -1;
    }
    const qint64 value = q.value().next() ? q.value().value(0).toLongLong() : 0;
    q.value().finish();
    return value;
}

Id TestCustomersCli::post(Platform platform, const QString &thread, const QString &author,
    const QString &handle, const QString &name, const QString &text, Millis at,
    Visibility visibility, const QString &crm)
{
    IngestBatch batch;
    batch.accountId = m_accounts.value(platform);
    IncomingMessage m;
    m.platformId = u"c%1"_s.arg(++m_seq);
    m.threadKey = thread;
    m.visibility = visibility;
    m.authorPlatformId = author;
    m.authorHandle = handle;
    m.authorName = name;
    m.text = text;
    m.createdAt = at;
    m.customerRef = crm;
    batch.messages.append(m);
    Result<IngestResult> stored = CaseStore::ingest(*m_db, batch, at);
    return stored.ok() ? stored.value().caseIds.value(0) : 0;
}

bool TestCustomersCli::prepare()
{
    QFETCH(QString, backend);
    DatabaseConfig config;
    if (backend == "postgresql"_L1) {
        if (!Test::PgFixture::available()) {
            if (Test::underCi())
                QTest::qFail("CAREDESK_TEST_PG is not set under CI=true", __FILE__, __LINE__);
            else
                QTest::qSkip("CAREDESK_TEST_PG is not set; run the tests through tests/run.sh",
                    __FILE__, __LINE__);
            return false;
        }
        m_pg = std::make_unique<Test::PgFixture>();
        if (!m_pg->isValid()) {
            QTest::qFail(qPrintable(m_pg->error()), __FILE__, __LINE__);
            return false;
        }
        config = m_pg->config();
        m_target = { u"--database"_s, m_pg->url() };
    } else {
        m_dir = std::make_unique<QTemporaryDir>();
        config = DatabaseConfig::sqlite(m_dir->filePath(u"cli.caredesk"_s));
        m_target = { u"--workspace"_s, config.path };
    }
    Result<std::unique_ptr<Database>> opened
        = Database::open(config, Database::OpenMode::CreateIfMissing);
    if (!opened.ok() || !opened.value()->migrate(WorkspaceKind::Standard, u"cli"_s, base).ok()) {
        QTest::qFail("could not create the workspace", __FILE__, __LINE__);
        return false;
    }
    m_db = std::move(opened.value());
    for (Platform platform : { Platform::X, Platform::Telegram }) {
        Account account;
        account.platform = platform;
        account.handle = u"northwind"_s;
        Result<Account> added = AccountStore::add(*m_db, account, base);
        if (!added.ok())
            return false;
        m_accounts.insert(platform, added.value().id);
    }
    // Emma on X (a CRM customer with 60 messages in one case); "emma_walsh" on Telegram is
    // a customer of their own so far.
    m_emmaCase = post(Platform::X, u"x1"_s, u"x-emma"_s, u"emmawalsh"_s, u"Emma Walsh"_s,
        u"kettle broken"_s, base, Visibility::Public, u"en001"_s);
    for (int i = 1; i < 60; ++i)
        post(Platform::X, u"x1"_s, u"x-emma"_s, u"emmawalsh"_s, u"Emma Walsh"_s,
            u"update %1"_s.arg(i), base + i * minute);
    post(Platform::Telegram, u"t1"_s, u"tg-9"_s, u"emma_walsh"_s, u"E."_s, u"where is NW-4829173"_s,
        base + hour, Visibility::Private);
    m_emma = scalar(u"SELECT customer_id FROM cases WHERE id = ?"_s, { m_emmaCase });
    m_otherIdentity = scalar(u"SELECT id FROM identity WHERE platform_user_id = 'tg-9'"_s);
    m_other = scalar(
        u"SELECT customer_id FROM customer_identity WHERE identity_id = ? AND unlinked_at = 0"_s,
        { m_otherIdentity });
    return m_emma > 0 && m_other > 0 && m_emma != m_other;
}

void TestCustomersCli::linkAndUnlink_data()
{
    backendColumn();
}

void TestCustomersCli::linkAndUnlink()
{
    if (!prepare())
        return;
    Run run = cli({ u"customers"_s, u"link"_s, QString::number(m_otherIdentity), u"--to"_s,
        QString::number(m_emma), u"--json"_s });
    QCOMPARE(run.exitCode, 0);
    QJsonObject moved = run.json();
    QCOMPARE(moved.value(u"identity_id"_s).toString(), QString::number(m_otherIdentity));
    QCOMPARE(moved.value(u"from_customer_id"_s).toString(), QString::number(m_other));
    QCOMPARE(moved.value(u"to_customer_id"_s).toString(), QString::number(m_emma));
    QCOMPARE(moved.value(u"cases_moved"_s).toInt(), 1);
    QCOMPARE(
        scalar(
            u"SELECT customer_id FROM customer_identity WHERE identity_id = ? AND unlinked_at = 0"_s,
            { m_otherIdentity }),
        m_emma);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM event WHERE type = 'identity_linked'"_s), qint64(1));

    // Clear errors with the documented exit codes.
    run = cli({ u"customers"_s, u"link"_s, QString::number(m_otherIdentity), u"--to"_s,
        QString::number(m_emma) });
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains("already"), run.err.constData());
    run = cli(
        { u"customers"_s, u"link"_s, QString::number(m_otherIdentity), u"--to"_s, u"999999"_s });
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("no customer 999999"), run.err.constData());
    run = cli({ u"customers"_s, u"link"_s, u"abc"_s, u"--to"_s, QString::number(m_emma) });
    QCOMPARE(run.exitCode, 2);
    run = cli({ u"customers"_s, u"link"_s, QString::number(m_otherIdentity) });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--to"), run.err.constData());
    run = cli({ u"customers"_s, u"frobnicate"_s });
    QCOMPARE(run.exitCode, 2);

    run = cli({ u"customers"_s, u"unlink"_s, QString::number(m_otherIdentity) });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("back with customer"), run.out.constData());
    QCOMPARE(
        scalar(
            u"SELECT customer_id FROM customer_identity WHERE identity_id = ? AND unlinked_at = 0"_s,
            { m_otherIdentity }),
        m_other);
    QCOMPARE(scalar(u"SELECT customer_id FROM cases WHERE thread_key = 't1'"_s), m_other);
    run = cli({ u"customers"_s, u"unlink"_s, QString::number(m_otherIdentity) });
    QCOMPARE(run.exitCode, 4);
    run = cli({ u"customers"_s, u"unlink"_s, u"999999"_s });
    QCOMPARE(run.exitCode, 3);
}

void TestCustomersCli::suggestionsName_data()
{
    backendColumn();
}

void TestCustomersCli::suggestionsName()
{
    if (!prepare())
        return;
    Run run = cli({ u"customers"_s, u"suggestions"_s, QString::number(m_emma), u"--json"_s });
    QCOMPARE(run.exitCode, 0);
    const QJsonArray found = run.array();
    QCOMPARE(found.size(), 1);
    const QJsonObject s = found.first().toObject();
    QCOMPARE(s.value(u"kind"_s).toString(), u"same_handle"_s);
    QCOMPARE(s.value(u"link_identity_id"_s).toString(), QString::number(m_otherIdentity));
    QCOMPARE(s.value(u"link_to_customer_id"_s).toString(), QString::number(m_emma));
    QVERIFY(!s.value(u"evidence"_s).toString().isEmpty());
    // The plain form prints the command that makes the link.
    run = cli({ u"customers"_s, u"suggestions"_s, QString::number(m_emma) });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(
                 u"customers link %1 --to %2"_s.arg(m_otherIdentity).arg(m_emma).toUtf8()),
        run.out.constData());
}

void TestCustomersCli::exportWritesEverything_data()
{
    backendColumn();
}

void TestCustomersCli::exportWritesEverything()
{
    if (!prepare())
        return;
    const QTemporaryDir out;
    const QString file = out.filePath(u"emma.json"_s);
    Run run = cli({ u"customers"_s, u"export"_s, QString::number(m_emma), u"--output"_s, file });
    QCOMPARE(run.exitCode, 0);
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(written.readAll()).object();
    QCOMPARE(doc.value(u"customer"_s).toObject().value(u"name"_s).toString(), u"Emma Walsh"_s);
    QCOMPARE(doc.value(u"customer"_s).toObject().value(u"crm_ref"_s).toString(), u"en001"_s);
    const QJsonArray cases = doc.value(u"cases"_s).toArray();
    QCOMPARE(cases.size(), 1);
    QCOMPARE(cases.first().toObject().value(u"messages"_s).toArray().size(), 60);
    QCOMPARE(cases.first()
                 .toObject()
                 .value(u"messages"_s)
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"text"_s)
                 .toString(),
        u"kettle broken"_s);
    QCOMPARE(
        scalar(u"SELECT COUNT(*) FROM event WHERE type = 'customer_exported' AND customer_id = ?"_s,
            { m_emma }),
        qint64(1));
    // To standard output without --output.
    run = cli({ u"customers"_s, u"export"_s, QString::number(m_emma) });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(u"identities"_s).toArray().size(), 1);
    run = cli({ u"customers"_s, u"export"_s, u"999999"_s });
    QCOMPARE(run.exitCode, 3);
    run = cli({ u"customers"_s, u"export"_s, QString::number(m_emma), u"--output"_s, out.path() });
    QCOMPARE(run.exitCode, 2);
}

void TestCustomersCli::eraseNeedsConfirm_data()
{
    backendColumn();
}

void TestCustomersCli::eraseNeedsConfirm()
{
    if (!prepare())
        return;
    Run run = cli({ u"customers"_s, u"erase"_s, QString::number(m_emma) });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--confirm"), run.err.constData());
    QCOMPARE(scalar(u"SELECT erased_at FROM customer WHERE id = ?"_s, { m_emma }), qint64(0));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM event WHERE type = 'customer_erased'"_s), qint64(0));

    const bool sqlite = m_target.first() == "--workspace"_L1;
    if (sqlite) {
        // --agent names a local agent that must exist.
        run = cli({ u"customers"_s, u"erase"_s, QString::number(m_emma), u"--confirm"_s,
            u"--agent"_s, u"nobody"_s });
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(scalar(u"SELECT erased_at FROM customer WHERE id = ?"_s, { m_emma }), qint64(0));
    }
    run = cli({ u"customers"_s, u"erase"_s, QString::number(m_emma), u"--confirm"_s, u"--json"_s });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(u"customer_id"_s).toString(), QString::number(m_emma));
    QVERIFY(scalar(u"SELECT erased_at FROM customer WHERE id = ?"_s, { m_emma }) > 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM message WHERE case_id = ? AND text <> '[erased]'"_s,
                 { m_emmaCase }),
        qint64(0));
    QCOMPARE(scalar(u"SELECT message_count FROM cases WHERE id = ?"_s, { m_emmaCase }), qint64(60));
    QCOMPARE(
        scalar(u"SELECT COUNT(*) FROM event WHERE type = 'customer_erased' AND customer_id = ?"_s,
            { m_emma }),
        qint64(1));
    if (sqlite) {
        // On SQLite the operating system user acts (its local agent appears on first use).
        QCOMPARE(
            scalar(u"SELECT COUNT(*) FROM event e JOIN agent a ON a.id = e.agent_id WHERE e.type = "
                   "'customer_erased' AND a.name = 'dana'"_s),
            qint64(1));
    }
    run = cli({ u"customers"_s, u"erase"_s, QString::number(m_emma), u"--confirm"_s });
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains("erased already"), run.err.constData());
}

void TestCustomersCli::showIncludesCustomerAndJourney_data()
{
    backendColumn();
}

void TestCustomersCli::showIncludesCustomerAndJourney()
{
    if (!prepare())
        return;
    const Run run = cli({ u"show"_s, QString::number(m_emmaCase), u"--json"_s });
    QCOMPARE(run.exitCode, 0);
    const QJsonObject doc = run.json();
    const QJsonObject customer = doc.value(u"customer"_s).toObject();
    QCOMPARE(customer.value(u"id"_s).toString(), QString::number(m_emma));
    QCOMPARE(customer.value(u"name"_s).toString(), u"Emma Walsh"_s);
    QCOMPARE(customer.value(u"crm_ref"_s).toString(), u"en001"_s);
    const QJsonArray identities = customer.value(u"identities"_s).toArray();
    QCOMPARE(identities.size(), 1);
    QCOMPARE(identities.first().toObject().value(u"handle"_s).toString(), u"emmawalsh"_s);
    const QJsonObject journey = doc.value(u"journey"_s).toObject();
    const QJsonArray entries = journey.value(u"entries"_s).toArray();
    // The newest 50 of 61 (sixty messages and the opening).
    QCOMPARE(entries.size(), 50);
    QVERIFY(journey.value(u"more"_s).toBool());
    QCOMPARE(entries.first().toObject().value(u"kind"_s).toString(), u"message"_s);
    QCOMPARE(entries.first().toObject().value(u"summary"_s).toString(), u"update 59"_s);
    QVERIFY(entries.first().toObject().value(u"at"_s).toString().endsWith(u'Z'));
    const QJsonObject summary = journey.value(u"summary"_s).toObject();
    QCOMPARE(summary.value(u"case_count"_s).toInt(), 1);
    QCOMPARE(summary.value(u"channels"_s).toArray(), QJsonArray { u"x"_s });
    QVERIFY(summary.contains(u"sentiment_trend"_s));
    QVERIFY(summary.value(u"open_cases_elsewhere"_s).toArray().isEmpty());
}

void TestCustomersCli::settings_data()
{
    backendColumn();
}

void TestCustomersCli::settings()
{
    if (!prepare())
        return;
    Run run = cli({ u"customers"_s, u"settings"_s, u"--json"_s });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(u"order_pattern"_s).toString(), u"NW-\\d{7}"_s);
    QCOMPARE(run.json().value(u"link_window_hours"_s).toDouble(), 48.0);
    run = cli({ u"customers"_s, u"settings"_s, u"--order-pattern"_s, u"ORD-(\\d{5}"_s });
    QCOMPARE(run.exitCode, 2);
    run = cli({ u"customers"_s, u"settings"_s, u"--link-window"_s, u"-3"_s });
    QCOMPARE(run.exitCode, 2);
    run = cli({ u"customers"_s, u"settings"_s, u"--order-pattern"_s, u"ORD-\\d{5}"_s,
        u"--link-window"_s, u"72"_s, u"--json"_s });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(u"order_pattern"_s).toString(), u"ORD-\\d{5}"_s);
    QCOMPARE(run.json().value(u"link_window_hours"_s).toDouble(), 72.0);
}

void TestCustomersCli::importsContactsAndProfiles_data()
{
    backendColumn();
}

void TestCustomersCli::importsContactsAndProfiles()
{
    if (!prepare())
        return;
    const QTemporaryDir dir;
    const QString file = dir.filePath(u"crm.jsonl"_s);
    QFile lines(file);
    QVERIFY(lines.open(QIODevice::WriteOnly));
    lines.write(
        R"({"type":"customer","customer_ref":"en001","email":"emma@example.com","phone":"+44 7700 900417","region":"Leeds","vip":true}
{"type":"contact","channel":"phone","created_at":"2026-11-20T09:00:00Z","summary":"Called about the kettle","phone":"07700 900417","source":"crm","id":"call-1"}
{"type":"contact","channel":"email","created_at":"2026-11-21T09:00:00Z","summary":"Sent the returns label","direction":"out","email":"EMMA@example.com","source":"crm","id":"mail-1"}
{"type":"contact","channel":"shop","created_at":"not a time","customer_ref":"en001"}
)");
    lines.close();
    Run run = cli({ u"import"_s, file, u"--json"_s });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(u"contacts_imported"_s).toInt(), 2);
    QCOMPARE(run.json().value(u"customers_imported"_s).toInt(), 1);
    QCOMPARE(run.json().value(u"bad_lines"_s).toInt(), 1);
    QVERIFY2(run.err.contains("line 4: the field \"created_at\""), run.err.constData());
    // The calls join Emma's journey (matched by phone and e-mail written differently).
    run = cli({ u"show"_s, QString::number(m_emmaCase), u"--json"_s });
    QCOMPARE(run.exitCode, 0);
    const QJsonObject doc = run.json();
    QVERIFY(doc.value(u"customer"_s).toObject().value(u"vip"_s).toBool());
    QCOMPARE(doc.value(u"customer"_s).toObject().value(u"region"_s).toString(), u"Leeds"_s);
    QCOMPARE(doc.value(u"journey"_s)
                 .toObject()
                 .value(u"summary"_s)
                 .toObject()
                 .value(u"channels"_s)
                 .toArray(),
        (QJsonArray { u"x"_s, u"email"_s, u"phone"_s }));
    // Importing the same export again adds nothing.
    run = cli({ u"import"_s, file, u"--json"_s });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(u"contacts_imported"_s).toInt(), 0);
    QCOMPARE(run.json().value(u"duplicates"_s).toInt(), 2);
    QCOMPARE(
        scalar(u"SELECT COUNT(*) FROM contact WHERE customer_id = ?"_s, { m_emma }), qint64(2));
}

QTEST_GUILESS_MAIN(TestCustomersCli)
#include "tst_customerscommand.moc"
