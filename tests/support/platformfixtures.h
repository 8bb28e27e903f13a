// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the parser tests share: where one platform's recorded answers are, and skipping (failing
// under CI=true) when they are missing. The recorded answers live beside the clone
// (ARCHITECTURE.md, Tests); the synthetic tests run either way.
#pragma once

#include <QDir>
#include <QFileInfo>
#include <QString>
#include <QTest>

namespace CareDesk::Test {

/// $CAREDESK_SHARED_DIR/fixtures/platforms/<platform>.
inline QString platformFixtureDir(const QString &platform)
{
    return QDir(qEnvironmentVariable("CAREDESK_SHARED_DIR"))
        .filePath(QStringLiteral("fixtures/platforms/") + platform);
}

} // namespace CareDesk::Test

/// Skips the calling test function (fails it under CI=true) when `dir`, the recorded responses
/// of the platform called `name` in the message, is missing.
#define REQUIRE_PLATFORM_FIXTURES(dir, name)                                                       \
    do {                                                                                           \
        if (!QFileInfo(dir).isDir()) {                                                             \
            const QByteArray why = QStringLiteral("The recorded %1 responses are missing at %2 "   \
                                                  "(set CAREDESK_SHARED_DIR; they live beside "    \
                                                  "the clone in ../shared/fixtures/platforms).")   \
                                       .arg(name, dir)                                             \
                                       .toLocal8Bit();                                             \
            if (qEnvironmentVariable("CI") == QStringLiteral("true"))                              \
                QFAIL(why.constData());                                                            \
            QSKIP(why.constData());                                                                \
        }                                                                                          \
    } while (false)

/// The same for a _data function, where QFAIL would abort the whole run: tables only skip;
/// under CI=true the other fixture tests of the file fail.
#define REQUIRE_PLATFORM_FIXTURES_DATA(dir, name)                                                  \
    do {                                                                                           \
        if (!QFileInfo(dir).isDir()) {                                                             \
            QSKIP(qPrintable(                                                                      \
                QStringLiteral("The recorded %1 responses are missing at %2.").arg(name, dir)));   \
        }                                                                                          \
    } while (false)
