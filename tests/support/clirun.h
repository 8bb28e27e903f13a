// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Running the built caredesk-cli (env CAREDESK_CLI) as a child, as scripts meet it: text on its
// standard input, then what it printed and its exit code.
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace CareDesk::Test {

/// What one run of the CLI printed and how it ended.
struct CliRun {
    bool finished = false; ///< exited normally within the time limit
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs the CLI (or another program) with these arguments, environment and standard input,
/// waiting at most a minute to start and a minute to finish.
inline CliRun runCli(const QStringList &arguments, const QByteArray &input,
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
    const QString &program = qEnvironmentVariable("CAREDESK_CLI"))
{
    constexpr int childTimeoutMs = 60000;
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    CliRun run;
    if (!process.waitForStarted(childTimeoutMs))
        return run;
    process.write(input);
    process.closeWriteChannel();
    run.finished
        = process.waitForFinished(childTimeoutMs) && process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace CareDesk::Test
