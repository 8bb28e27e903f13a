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
#include "tests/support/replaymainsupport.h"
#include "tests/support/replayserver.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk::Test;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QCommandLineOption mentions(
        u"mentions"_s, u"Mastodon mentions to serve."_s, u"N"_s, u"0"_s);
    const QCommandLineOption direct(
        u"direct"_s, u"Mastodon direct messages to serve."_s, u"N"_s, u"0"_s);
    const QCommandLineOption telegram(
        u"telegram-messages"_s, u"Telegram messages to serve."_s, u"N"_s, u"0"_s);
    const QCommandLineOption port(u"port"_s, u"Listen on this port (0: any)."_s, u"PORT"_s, u"0"_s);
    ReplayProgram program(
        app, u"Append stored replies here."_s, { mentions, direct, telegram, port });

    FakePlatform::Options options;
    options.mentions = program.value(mentions).toInt();
    options.directMessages = program.value(direct).toInt();
    options.telegramMessages = program.value(telegram).toInt();
    options.maxDelayMs = program.maxDelayMs();
    FakePlatform platform(options);
    if (!program.openLog())
        return 2;
    platform.onPost = [&program](const FakePlatform::Post &post) { program.store(post.toJson()); };
    ReplayServer server;
    server.setHandler(
        [&platform](const RecordedRequest &request) { return platform.handle(request); });
    return program.exec(server, quint16(program.value(port).toUInt()));
}
