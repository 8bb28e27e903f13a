// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The shared main() of the replay programs (caredesk-replay, caredesk-x-replay, caredesk-fb-replay,
// caredesk-vk-replay): the command line with --port-file, --log and --max-delay-ms, the log of
// stored replies (one JSON line each, flushed at once, so a test can count them after any kill),
// and listening with the port written to --port-file and stdout.
//
//   QCoreApplication app(argc, argv);
//   const QCommandLineOption dms(u"dms"_s, u"DM events to serve."_s, u"N"_s, u"0"_s);
//   ReplayProgram program(app, u"Append stored posts here."_s, { dms });
//   if (!program.openLog())
//       return 2;
//   const int dmCount = program.count(dms, 100);
//   ReplayServer server;
//   server.setHandler(... program.store(post) ... program.maxDelayMs() ...);
//   return program.exec(server);
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QFile>
#include <QJsonObject>
#include <QList>
#include <QString>

class QCoreApplication;

namespace CareDesk::Test {

class ReplayServer;

class ReplayProgram
{
public:
    /// Parses the command line of `app`: --port-file, --log (`logHelp` its help text),
    /// --max-delay-ms and the program's own `options` (exits on --help or an error).
    ReplayProgram(const QCoreApplication &app, const QString &logHelp,
        const QList<QCommandLineOption> &options);
    ReplayProgram(const ReplayProgram &) = delete;
    ReplayProgram &operator=(const ReplayProgram &) = delete;

    QString value(const QCommandLineOption &option) const { return m_parser.value(option); }
    /// The option's number, bounded to 0..`maximum`.
    int count(const QCommandLineOption &option, int maximum) const;
    /// --max-delay-ms.
    int maxDelayMs() const;

    /// Opens --log for appending, if given; false (said on stderr) when it cannot.
    bool openLog();
    /// Appends `post` to --log as one compact JSON line and flushes it (nothing without --log).
    void store(const QJsonObject &post);

    /// Listens on 127.0.0.1:`port` (0: any), writes the port to --port-file and stdout and runs
    /// the event loop. The exit code: 5 when it cannot listen, 2 when it cannot write the port.
    int exec(ReplayServer &server, quint16 port = 0);

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_portFile;
    QCommandLineOption m_log;
    QCommandLineOption m_delay;
    QFile m_logFile;
};

} // namespace CareDesk::Test
