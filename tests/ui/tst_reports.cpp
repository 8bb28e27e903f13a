// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The reports window on a demo workspace, with real widgets: Tools > Reports opens it, the
// figures appear (the same as the core computes), the breakdown follows the dimension chosen
// with the keyboard, an agent sees only their own figures, and the executive summary PDF renders
// (pdftoppm, one page, not blank) and every table's CSV parses.
#include "app/core/clock.h"
#include "app/core/metricstables.h"
#include "app/desktop/reportsdesk.h"
#include "app/runtime/workspace.h"
#include "app/storage/database.h"
#include "app/storage/metricsstore.h"
#include "ui/heatmapwidget.h"
#include "ui/mainwindow.h"
#include "ui/reportswindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {

/// RFC 4180 fields of a CSV text, line by line.
QList<QStringList> parseCsv(const QString &text, bool *ok)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    *ok = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == u'"') {
            if (!field.isEmpty())
                *ok = false;
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\n') {
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
        } else {
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !row.isEmpty())
        *ok = false;
    return rows;
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void opensFromTheToolsMenu();
    void figuresMatchTheCore();
    void breakdownFollowsTheDimension();
    void agentsSeeTheirOwnFigures();
    void exportsPdf();
    void exportsCsv();
    void sendsACsatSurvey();

private:
    QTemporaryDir m_dir;
    DatabaseConfig m_config;
    std::shared_ptr<SystemClock> m_clock = std::make_shared<SystemClock>();
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ReportsDesk> m_desk;
    ReportsWindow *m_reports = nullptr;
};

void TestReports::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_config = DatabaseConfig::sqlite(m_dir.filePath(u"demo.caredesk"_s));
    Result<WorkspaceInfo> info
        = Workspace::initialize(m_config, WorkspaceKind::Demo, *m_clock, true);
    QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().message));
    {
        // A survey answer and an agent's working session, so every figure has data.
        Result<std::unique_ptr<Database>> db
            = Database::open(m_config, Database::OpenMode::Existing);
        QVERIFY(db.ok());
        Result<QSqlQuery> resolved = db.value()->exec(
            u"SELECT id, opened_at FROM cases WHERE status = 'resolved' ORDER BY opened_at DESC LIMIT 1"_s);
        QVERIFY(resolved.ok() && resolved.value().next());
        const Id caseId = resolved.value().value(0).toLongLong();
        const Millis opened = resolved.value().value(1).toLongLong();
        resolved.value().finish();
        QVERIFY(MetricsStore::sendCsatSurvey(
            *db.value(), caseId, u"How did we do?"_s, 0, opened + 60000)
                    .ok());
        QVERIFY(MetricsStore::recordCsatAnswer(*db.value(), caseId, 5, u"test"_s, opened + 120000)
                    .ok());
        for (const auto &[type, offset] :
            { std::pair { EventType::CaseOpenedInUi, 0 }, std::pair { EventType::ReplyQueued, 4 },
                std::pair { EventType::CaseClosedInUi, 5 } }) {
            Event e;
            e.type = type;
            e.at = opened + Millis(offset) * 60000;
            e.agentId = 1;
            e.caseId = caseId;
            QVERIFY(db.value()->appendEvent(e).ok());
        }
    }
    m_workspace = std::make_unique<Workspace>(m_config, m_clock);
    m_window = std::make_unique<MainWindow>(m_workspace->cases(), m_workspace->changeFeed(),
        m_workspace->clock(), u"demo"_s, &m_workspace->customers());
    m_desk = std::make_unique<ReportsDesk>(*m_workspace, *m_window);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestReports::cleanupTestCase()
{
    m_desk.reset();
    m_window.reset();
    m_workspace.reset();
}

void TestReports::opensFromTheToolsMenu()
{
    auto *action = m_window->findChild<QAction *>(u"reportsAction"_s);
    QVERIFY(action);
    QVERIFY(m_window->menu(MainWindow::Menu::Tools)->actions().contains(action));
    action->trigger();
    m_reports = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *r = qobject_cast<ReportsWindow *>(w))
            m_reports = r;
    }
    QVERIFY(m_reports);
    QVERIFY(QTest::qWaitForWindowExposed(m_reports));
    QTRY_VERIFY_WITH_TIMEOUT(m_reports->hasReport() && !m_reports->isComputing(), 60000);
    // Triggering again raises the same window.
    action->trigger();
    int windows = 0;
    for (QWidget *w : QApplication::topLevelWidgets())
        windows += qobject_cast<ReportsWindow *>(w) != nullptr;
    QCOMPARE(windows, 1);
}

void TestReports::figuresMatchTheCore()
{
    QVERIFY(m_reports);
    const MetricsReport &shown = m_reports->report();
    QVERIFY(shown.overall.newCases > 100); // thirty days of demo traffic
    QVERIFY(shown.overall.firstResponse.count > 0);
    QVERIFY(shown.overall.slaEligible > 0);
    QVERIFY(shown.overall.resolved > 0);
    QVERIFY(shown.overall.sentimentCases > 0);
    QCOMPARE(shown.overall.surveyAnswers, 1);
    QVERIFY(shown.overall.handle.count
        > 100); // the demo agents worked the history, and the seeded case
    QVERIFY(shown.overall.predicted > 0);

    Result<std::unique_ptr<Database>> db = Database::open(m_config, Database::OpenMode::Existing);
    QVERIFY(db.ok());
    // The same options; "now" differs by a few seconds, which only SLA attainment could notice.
    Result<MetricsReport> core = MetricsStore::compute(*db.value(), m_reports->options());
    QVERIFY(core.ok());
    QJsonObject a = MetricsTables::toJson(core.value().overall);
    QJsonObject b = MetricsTables::toJson(shown.overall);
    a.remove(u"sla_attainment"_s);
    b.remove(u"sla_attainment"_s);
    QCOMPARE(a, b);

    // The figures are on screen: the summary table, the headline, the charts and the heatmap.
    auto *summary = m_reports->findChild<QTableView *>(u"summaryTable"_s);
    QVERIFY(summary);
    QAbstractItemModelTester tester(
        summary->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(summary->model()->rowCount() >= 20);
    QCOMPARE(
        summary->model()->index(0, 1).data().toString(), QString::number(shown.overall.newCases));
    auto *headline = m_reports->findChild<QLabel *>(u"headline"_s);
    QVERIFY(headline->text().contains(QString::number(shown.overall.newCases)));
    for (const char *name : { "volumeChart", "responseChart", "slaChart", "sentimentChart" }) {
        auto *chart = m_reports->findChild<QChartView *>(QString::fromLatin1(name));
        QVERIFY2(chart && !chart->chart()->series().isEmpty(), name);
    }
    auto *heatmap = m_reports->findChild<HeatmapWidget *>(u"heatmap"_s);
    QVERIFY(heatmap && heatmap->maximum() > 0);
    auto *sla = m_reports->findChild<QTableView *>(u"slaTable"_s);
    QAbstractItemModelTester slaTester(
        sla->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(sla->model()->rowCount() > 0);
}

void TestReports::breakdownFollowsTheDimension()
{
    QVERIFY(m_reports);
    auto *tabs = m_reports->findChild<QTabWidget *>(u"reportTabs"_s);
    tabs->setCurrentIndex(tabs->count() - 1);
    auto *combo = m_reports->findChild<QComboBox *>(u"dimensionCombo"_s);
    auto *table = m_reports->findChild<QTableView *>(u"breakdownTable"_s);
    QAbstractItemModelTester tester(
        table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(combo->currentData().toString(), u"platform"_s);
    QCOMPARE(table->model()->rowCount(), 5); // the demo's five platforms
    combo->setFocus();
    // Down to "language".
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentData().toString(), u"language"_s);
    QCOMPARE(table->model()->rowCount(), 2); // Russian and English
    qint64 total = 0;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        total += table->model()->index(row, 2).data(MetricsTableModel::RawValueRole).toLongLong();
    QCOMPARE(total, m_reports->report().overall.newCases);
}

void TestReports::agentsSeeTheirOwnFigures()
{
    ReportsWindow mine(m_desk->metrics(), *m_clock, 4242, false);
    auto *agent = mine.findChild<QComboBox *>(u"agentFilter"_s);
    QVERIFY(agent);
    QVERIFY(!agent->isEnabled());
    QCOMPARE(mine.options().filter.agentId, Id(4242));
    QTRY_VERIFY_WITH_TIMEOUT(mine.hasReport(), 60000);
    QCOMPARE(mine.report().overall.newCases, 0); // nobody answered as agent 4242

    ReportsWindow everyone(m_desk->metrics(), *m_clock, 0, false);
    QVERIFY(
        everyone.findChild<QComboBox *>(u"agentFilter"_s)->isEnabled()); // the local single user
    QCOMPARE(everyone.options().filter.agentId, Id(0));
}

void TestReports::exportsPdf()
{
    QVERIFY(m_reports);
    const QString pdf = m_dir.filePath(u"summary.pdf"_s);
    QString error;
    QVERIFY2(m_reports->exportPdf(pdf, &error), qPrintable(error));
    QVERIFY(QFileInfo(pdf).size() > 1000);
    const QString pdftoppm = QStandardPaths::findExecutable(u"pdftoppm"_s);
    QVERIFY2(!pdftoppm.isEmpty(), "pdftoppm (poppler-utils, packaging/install-deps.sh) is needed");
    QProcess render;
    render.start(pdftoppm, { u"-png"_s, u"-r"_s, u"60"_s, pdf, m_dir.filePath(u"page"_s) });
    QVERIFY(render.waitForFinished(60000));
    QCOMPARE(render.exitCode(), 0);
    // One page: pdftoppm names a single page page-1.png.
    const QStringList pages = QDir(m_dir.path()).entryList({ u"page*.png"_s });
    QCOMPARE(pages, QStringList { u"page-1.png"_s });
    QImage image(m_dir.filePath(pages.first()));
    QVERIFY(!image.isNull());
    qint64 inked = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            inked += qGray(image.pixel(x, y)) < 200;
    }
    // Text, bars and the heatmap: a few percent of the page at least.
    QVERIFY2(
        inked > qint64(image.width()) * image.height() / 50, qPrintable(QString::number(inked)));
    const QString kept = qEnvironmentVariable("CAREDESK_KEEP_REPORT");
    if (!kept.isEmpty()) {
        QFile::remove(kept + u".pdf"_s);
        QFile::copy(pdf, kept + u".pdf"_s);
        QFile::remove(kept + u".png"_s);
        QFile::copy(m_dir.filePath(pages.first()), kept + u".png"_s);
        auto *tabs = m_reports->findChild<QTabWidget *>(u"reportTabs"_s);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            m_reports->grab().save(kept + u"-window-%1.png"_s.arg(i));
        }
    }
}

void TestReports::exportsCsv()
{
    QVERIFY(m_reports);
    const QString folder = m_dir.filePath(u"csv"_s);
    QVERIFY(QDir().mkpath(folder));
    QString error;
    const QStringList files = m_reports->exportCsv(folder, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(files.size(), MetricsTables::all(m_reports->report()).size());
    for (const QString &path : files) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        bool ok = false;
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(file.readAll()), &ok);
        QVERIFY2(ok, qPrintable(path));
        QVERIFY2(!rows.isEmpty(), qPrintable(path));
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), rows.first().size());
    }
    QFile summary(QDir(folder).filePath(u"summary.csv"_s));
    QVERIFY(summary.open(QIODevice::ReadOnly));
    bool ok = false;
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(summary.readAll()), &ok);
    QCOMPARE(rows.at(1).at(0), u"new_cases"_s);
    QCOMPARE(rows.at(1).at(1).toLongLong(), m_reports->report().overall.newCases);
}

void TestReports::sendsACsatSurvey()
{
    auto *action = m_window->findChild<QAction *>(u"sendCsatAction"_s);
    QVERIFY(action);
    QVERIFY(m_window->menu(MainWindow::Menu::Case)->actions().contains(action));
    // Through the port, as the action does for the selected case.
    Result<std::unique_ptr<Database>> db = Database::open(m_config, Database::OpenMode::Existing);
    QVERIFY(db.ok());
    Result<QSqlQuery> some = db.value()->exec(u"SELECT id FROM cases ORDER BY id LIMIT 1"_s);
    QVERIFY(some.ok() && some.value().next());
    const Id caseId = some.value().value(0).toLongLong();
    some.value().finish();
    QFuture<Result<Id>> sent
        = m_desk->metrics().sendCsatSurvey(caseId, ReportsDesk::surveyText(Platform::X), 0);
    QTRY_VERIFY_WITH_TIMEOUT(sent.isFinished(), 30000);
    QVERIFY(sent.result().ok());
    Result<QSqlQuery> queued = db.value()->exec(
        u"SELECT COUNT(*) FROM outbox o JOIN csat_response r ON r.outbox_id = o.id WHERE r.id = ?"_s,
        { sent.result().value() });
    QVERIFY(queued.ok() && queued.value().next());
    QCOMPARE(queued.value().value(0).toInt(), 1);
}

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
