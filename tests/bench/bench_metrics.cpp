// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every report figure over a large workspace (issue 11, Tests and speed): MetricsRepository
// computes the whole MetricsReport (volume, heatmap, speed, SLA, outcome, sentiment, CSAT, every
// breakdown and the previous period) on its own database thread, as the reports window asks.
//   metrics_all_history   the whole generated history (90 days: every case)   goal <= 2000 ms
//   metrics_last_30_days  the last 30 days and the 30 before them             goal <= 2000 ms
//   metrics_one_platform  the last 30 days of one platform                    goal <= 2000 ms
// Prints `BENCH name=value unit goal=... PASS|FAIL`.
//
//   bench_metrics [--smoke] [--workspace PATH]
// --workspace takes a caredesk-generate workspace (the million-case one; upgraded to this
// schema on first use, which builds the reports' index once); without it a temporary workspace is
// generated: 2,000 cases with --smoke, 1,000,000 otherwise.
#include "app/core/clock.h"
#include "app/storage/database.h"
#include "app/storage/metricsstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {

QTextStream out(stdout);

/// CPU time of the process in milliseconds: the main thread only waits, so this is the
/// database thread's work, a fairer figure than wall time on a shared, busy machine.
double cpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}
constexpr Millis day = 24 * 3600 * 1000;

void report(const QString &name, double value, const QString &unit, const QString &goal, bool pass)
{
    out << "BENCH " << name << '=' << QString::number(value, 'f', 1) << ' ' << unit
        << " goal=" << goal << ' ' << (pass ? "PASS" : "FAIL") << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool smoke = args.contains(u"--smoke"_s);
    QString path;
    if (const qsizetype i = args.indexOf(u"--workspace"_s); i >= 0 && i + 1 < args.size())
        path = args.at(i + 1);
    QTemporaryDir dir;
    if (path.isEmpty()) {
        path = dir.filePath(u"bench.caredesk"_s);
        const QString cases = smoke ? u"2000"_s : u"1000000"_s;
        QProcess generate;
        generate.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        generate.start(QStringLiteral(CAREDESK_GENERATE_PATH),
            { u"--cases"_s, cases, u"--workspace"_s, path });
        if (!generate.waitForFinished(-1) || generate.exitCode() != 0) {
            out << "caredesk-generate failed" << Qt::endl;
            return 1;
        }
    }
    const SystemClock clock;
    Millis first = 0, last = 0;
    {
        Result<std::unique_ptr<Database>> db
            = Database::open(DatabaseConfig::sqlite(path), Database::OpenMode::CreateIfMissing);
        if (!db.ok()) {
            out << db.error().message << Qt::endl;
            return 1;
        }
        QElapsedTimer migrating;
        migrating.start();
        if (Result<Done> migrated
            = db.value()->migrate(WorkspaceKind::Standard, u"bench"_s, clock.now());
            !migrated.ok()) {
            out << migrated.error().message << Qt::endl;
            return 1;
        }
        out << "BENCH schema_upgrade=" << migrating.elapsed() << " ms" << Qt::endl;
        Result<QSqlQuery> range = db.value()->exec(
            u"SELECT MIN(opened_at), MAX(last_message_at), COUNT(*) FROM cases"_s);
        if (!range.ok() || !range.value().next())
            return 1;
        first = range.value().value(0).toLongLong();
        last = range.value().value(1).toLongLong() + 1;
        out << "BENCH cases=" << range.value().value(2).toLongLong() << Qt::endl;
    }

    SqlMetricsRepository metrics(DatabaseConfig::sqlite(path), clock);
    auto run = [&](const QString &name, MetricsOptions options) {
        options.timeZone = QTimeZone("Europe/Moscow");
        options.now = last;
        // Once to open the connection and warm the page cache as a window that opened earlier
        // would have; then the figure is the median of three.
        metrics.compute(options).waitForFinished();
        QList<double> times;
        QList<double> cpu;
        qint64 cases = 0;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer timer;
            timer.start();
            const double cpuBefore = cpuMs();
            QFuture<Result<MetricsReport>> future = metrics.compute(options);
            future.waitForFinished();
            times.append(double(timer.nsecsElapsed()) / 1e6);
            cpu.append(cpuMs() - cpuBefore);
            if (!future.result().ok()) {
                out << future.result().error().message << Qt::endl;
                return false;
            }
            cases = future.result().value().overall.newCases
                + future.result().value().previous.newCases;
        }
        std::sort(times.begin(), times.end());
        std::sort(cpu.begin(), cpu.end());
        out << "BENCH " << name << "_cases=" << cases << Qt::endl;
        out << "BENCH " << name << "_cpu=" << QString::number(cpu.at(1), 'f', 1) << " ms"
            << Qt::endl;
        report(name, times.at(1), u"ms"_s, u"2000"_s, times.at(1) <= 2000);
        return true;
    };
    MetricsOptions all;
    all.from = first;
    all.to = last;
    MetricsOptions month;
    month.from = last - 30 * day;
    month.to = last;
    MetricsOptions platform = month;
    platform.filter.platform = Platform::Telegram;
    const bool ok = run(u"metrics_all_history"_s, all) && run(u"metrics_last_30_days"_s, month)
        && run(u"metrics_one_platform"_s, platform);
    return ok ? 0 : 1;
}
