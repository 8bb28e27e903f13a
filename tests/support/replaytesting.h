// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the tests against the replay server share: waiting for a QFuture while the event loop
// runs (the server answers on the test's own thread), and skipping (failing under CI=true) when
// the recorded responses are missing.
#pragma once

#include "tests/support/replayserver.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QFuture>
#include <QTest>

namespace CareDesk::Test {

/// The future's result once it finished, spinning the event loop for at most 20 s; a
/// default-constructed T when it did not finish or has no result.
template <typename T> T wait(QFuture<T> future)
{
    QElapsedTimer timer;
    timer.start();
    while (!future.isFinished() && timer.elapsed() < 20000)
        QTest::qWait(5);
    if (!future.isFinished() || future.resultCount() == 0)
        return T {};
    return future.result();
}

} // namespace CareDesk::Test

/// Skips the calling test function (fails it under CI=true) when ReplayServer::fixtureDir()
/// is missing.
#define REQUIRE_FIXTURES()                                                                         \
    do {                                                                                           \
        if (!QFileInfo(::CareDesk::Test::ReplayServer::fixtureDir()).isDir()) {                    \
            const QByteArray why = "The recorded responses are missing at "                        \
                + ::CareDesk::Test::ReplayServer::fixtureDir().toLocal8Bit()                       \
                + " (set CAREDESK_SHARED_DIR; they live in ../shared/fixtures/platforms).";        \
            if (qEnvironmentVariable("CI") == QStringLiteral("true"))                              \
                QFAIL(why.constData());                                                            \
            QSKIP(why.constData());                                                                \
        }                                                                                          \
    } while (false)
