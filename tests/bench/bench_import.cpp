// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `caredesk-cli import` of a generated history (caredesk-generate; 1,000,000 messages, or 20,000
// with --smoke) into a new SQLite workspace, as a user runs it: the whole program, search index
// included, from start to exit. Prints `BENCH name=value unit goal=... PASS|FAIL`.
//
//   bench_import [--smoke] [--messages N]
#include "app/storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdlib>

#include <sys/resource.h>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {

QTextStream out(stdout);

void report(const QString &name, double value, const QString &unit, const QString &goal, bool pass)
{
    out << "BENCH " << name << '=' << QString::number(value, 'f', 2) << ' ' << unit << " goal=" << goal << ' '
        << (pass ? "PASS" : "FAIL") << Qt::endl;
}

/// Runs a program to its end; its standard output, or nullopt (with the reason printed).
std::optional<QByteArray> runProgram(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(-1) || !process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        out << "# " << program << ' ' << arguments.join(u' ') << " failed: " << process.readAllStandardError()
            << Qt::endl;
        return std::nullopt;
    }
    return process.readAllStandardOutput();
}

/// CPU time (user and system) of the child processes that have ended, in seconds.
double childrenCpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const bool smoke = arguments.contains(u"--smoke"_s);
    qint64 messages = smoke ? 20000 : 1000000;
    if (const qsizetype at = arguments.indexOf(u"--messages"_s); at > 0 && at + 1 < arguments.size())
        messages = arguments.at(at + 1).toLongLong();
    const QString generator = qEnvironmentVariable("CAREDESK_GENERATE", QStringLiteral(CAREDESK_GENERATE_PATH));
    const QString cli = qEnvironmentVariable("CAREDESK_CLI", QStringLiteral(CAREDESK_CLI_PATH));

    QTemporaryDir dir;
    if (!dir.isValid()) {
        out << "# cannot create a temporary folder" << Qt::endl;
        return 1;
    }
    const QString input = dir.filePath(u"history.jsonl"_s);
    const QString workspace = dir.filePath(u"bench.caredesk"_s);
    if (!runProgram(generator, { u"--messages"_s, QString::number(messages), u"--output"_s, input })
        || !runProgram(cli, { u"--workspace"_s, workspace, u"workspace"_s, u"init"_s }))
        return 1;

    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = childrenCpuSeconds();
    const std::optional<QByteArray> printed =
        runProgram(cli, { u"--workspace"_s, workspace, u"import"_s, input, u"--json"_s });
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double cpuSeconds = childrenCpuSeconds() - cpuBefore;
    if (!printed)
        return 1;
    const QJsonObject summary = QJsonDocument::fromJson(*printed).object();
    const qint64 imported = summary.value("messages_imported"_L1).toInteger();
    if (imported != messages || summary.value("bad_lines"_L1).toInteger() != 0) {
        out << "# the import stored " << imported << " of " << messages << " messages" << Qt::endl;
        return 1;
    }
    // Search included: every message is in the index once the program has exited.
    Result<std::unique_ptr<Database>> opened =
        Database::open(DatabaseConfig::sqlite(workspace), Database::OpenMode::Existing);
    if (!opened.ok()) {
        out << "# " << opened.error().message << Qt::endl;
        return 1;
    }
    Result<QSqlQuery> indexed = opened.value()->exec(u"SELECT COUNT(*) FROM message_fts"_s);
    if (!indexed.ok() || !indexed.value().next() || indexed.value().value(0).toLongLong() != messages) {
        out << "# the search index does not hold every message" << Qt::endl;
        return 1;
    }
    double load[3] = {};
    getloadavg(load, 3);
    out << "# " << messages << " messages, " << summary.value("cases_opened"_L1).toInteger() << " cases in "
        << QString::number(seconds, 'f', 2) << " s (" << QString::number(cpuSeconds, 'f', 2)
        << " s of CPU, all threads), load average " << QString::number(load[0], 'f', 2) << Qt::endl;
    const double rate = messages / seconds;
    report(u"import_rate"_s, rate, u"messages/s"_s, u">=50000"_s, rate >= 50000);
    // On the shared machine the wall time mostly measures the wait for a core and the disk: the
    // rate per second of the import's own CPU time (all its threads) is an indication, not the goal.
    const double cpuRate = cpuSeconds > 0 ? messages / cpuSeconds : 0;
    report(u"import_rate_per_cpu_second"_s, cpuRate, u"messages/s"_s, u">=50000"_s, cpuRate >= 50000);
    return 0;
}
