// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// caredesk-replay: the replay server as a program of its own, for kill tests that run the CLI
// or the desktop as a child and SIGKILL it. It serves the fake Mastodon instance and Bot API
// (FakePlatform), writes its port to --port-file once it listens, and appends every reply it
// stores to --log as one JSON line, flushed at once, so a test can count them after any kill.
//
//   caredesk-replay --port-file FILE [--log FILE] [--mentions N] [--direct N]
//                   [--telegram-messages N] [--max-delay-ms MS] [--port PORT]
#include "tests/support/fakeplatform.h"
#include "tests/support/replayserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk::Test;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption portFile(u"port-file"_s, u"Write the port here."_s, u"FILE"_s);
    const QCommandLineOption log(u"log"_s, u"Append stored replies here."_s, u"FILE"_s);
    const QCommandLineOption mentions(
        u"mentions"_s, u"Mastodon mentions to serve."_s, u"N"_s, u"0"_s);
    const QCommandLineOption direct(
        u"direct"_s, u"Mastodon direct messages to serve."_s, u"N"_s, u"0"_s);
    const QCommandLineOption telegram(
        u"telegram-messages"_s, u"Telegram messages to serve."_s, u"N"_s, u"0"_s);
    const QCommandLineOption delay(
        u"max-delay-ms"_s, u"Delay answers randomly up to this."_s, u"MS"_s, u"0"_s);
    const QCommandLineOption port(u"port"_s, u"Listen on this port (0: any)."_s, u"PORT"_s, u"0"_s);
    parser.addOptions({ portFile, log, mentions, direct, telegram, delay, port });
    parser.process(app);

    FakePlatform::Options options;
    options.mentions = parser.value(mentions).toInt();
    options.directMessages = parser.value(direct).toInt();
    options.telegramMessages = parser.value(telegram).toInt();
    options.maxDelayMs = parser.value(delay).toInt();
    FakePlatform platform(options);
    QFile logFile(parser.value(log));
    if (parser.isSet(log) && !logFile.open(QIODevice::Append | QIODevice::WriteOnly)) {
        std::fprintf(stderr, "cannot open the log file\n");
        return 2;
    }
    platform.onPost = [&logFile](const FakePlatform::Post &post) {
        if (!logFile.isOpen())
            return;
        logFile.write(QJsonDocument(post.toJson()).toJson(QJsonDocument::Compact) + '\n');
        logFile.flush();
    };
    ReplayServer server;
    server.setHandler(
        [&platform](const RecordedRequest &request) { return platform.handle(request); });
    if (!server.listen(quint16(parser.value(port).toUInt()))) {
        std::fprintf(stderr, "cannot listen on 127.0.0.1\n");
        return 5;
    }
    if (parser.isSet(portFile)) {
        QSaveFile file(parser.value(portFile));
        if (!file.open(QIODevice::WriteOnly))
            return 2;
        file.write(QByteArray::number(server.port()) + '\n');
        if (!file.commit())
            return 2;
    }
    std::printf("%u\n", unsigned(server.port()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
