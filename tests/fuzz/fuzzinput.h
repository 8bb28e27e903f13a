// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the fuzz targets: the libFuzzer entry point's signature, and a Qt application object
// for code that needs one (translations, QLocale), created once.
#pragma once

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace CareDesk::Fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

inline void ensureApplication()
{
    if (QCoreApplication::instance() == nullptr) {
        static int argc = 1;
        static char name[] = "caredesk-fuzz";
        static char *argv[] = { name, nullptr };
        static QCoreApplication app(argc, argv);
    }
}

} // namespace CareDesk::Fuzz
