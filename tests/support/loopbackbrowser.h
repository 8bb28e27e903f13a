// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The test "browser" of the OAuth tests: it follows a redirect to the loopback listener.
#pragma once

#include <QAbstractSocket>
#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>

namespace CareDesk::Test {

/// What a browser does with the redirect: one GET to 127.0.0.1:port, and the answer (empty when
/// nothing listens; whatever came within 5 s otherwise).
inline QByteArray visit(const QUrl &url, quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write("GET "
        + url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::FullyEncoded).toLatin1()
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: test\r\n\r\n");
    QByteArray answer;
    QElapsedTimer timer;
    timer.start();
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < 5000) {
        QTest::qWait(5);
        answer += socket.readAll();
    }
    return answer + socket.readAll();
}

} // namespace CareDesk::Test
