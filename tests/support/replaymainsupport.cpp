// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/replaymainsupport.h"

#include "tests/support/replayserver.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk::Test {

ReplayProgram::ReplayProgram(
    const QCoreApplication &app, const QString &logHelp, const QList<QCommandLineOption> &options)
    : m_portFile(u"port-file"_s, u"Write the port here."_s, u"FILE"_s)
    , m_log(u"log"_s, logHelp, u"FILE"_s)
    , m_delay(u"max-delay-ms"_s, u"Delay answers randomly up to this."_s, u"MS"_s, u"0"_s)
{
    m_parser.addHelpOption();
    m_parser.addOptions(QList<QCommandLineOption> { m_portFile, m_log } + options);
    m_parser.addOption(m_delay);
    m_parser.process(app);
}

int ReplayProgram::count(const QCommandLineOption &option, int maximum) const
{
    return qBound(0, m_parser.value(option).toInt(), maximum);
}

int ReplayProgram::maxDelayMs() const
{
    return m_parser.value(m_delay).toInt();
}

bool ReplayProgram::openLog()
{
    if (!m_parser.isSet(m_log))
        return true;
    m_logFile.setFileName(m_parser.value(m_log));
    if (!m_logFile.open(QIODevice::Append | QIODevice::WriteOnly)) {
        std::fprintf(stderr, "cannot open the log file\n");
        return false;
    }
    return true;
}

void ReplayProgram::store(const QJsonObject &post)
{
    if (!m_logFile.isOpen())
        return;
    m_logFile.write(QJsonDocument(post).toJson(QJsonDocument::Compact) + '\n');
    m_logFile.flush();
}

int ReplayProgram::exec(ReplayServer &server, quint16 port)
{
    if (!server.listen(port)) {
        std::fprintf(stderr, "cannot listen on 127.0.0.1\n");
        return 5;
    }
    if (m_parser.isSet(m_portFile)) {
        QSaveFile file(m_parser.value(m_portFile));
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

} // namespace CareDesk::Test
