// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The import reader on arbitrary lines: a message or a reason, never both, never a crash.
#include "app/core/importformat.h"
#include "tests/fuzz/fuzzinput.h"

#include <cstdlib>

using namespace CareDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    const QByteArray input = Fuzz::bytes(data, size);
    // Each line as the import reads it, and the whole input as one line.
    for (const QByteArray &line : input.split('\n')) {
        const ImportFormat::ParsedLine parsed = ImportFormat::parseLine(line);
        if (parsed.message && !parsed.problem.isEmpty())
            std::abort();
        if (parsed.message && parsed.message->text.toUtf8().size() > ImportFormat::maxTextBytes)
            std::abort();
    }
    (void)ImportFormat::parseLine(input);
    return 0;
}
