// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The counting engine on arbitrary text for every platform and surface; the over-limit ranges
// must lie inside the text.
#include "app/core/textcounter.h"
#include "tests/fuzz/fuzzinput.h"

#include <cstdlib>

using namespace CareDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    const QString text = QString::fromUtf8(Fuzz::bytes(data, size));
    for (const Platform platform :
        { Platform::X, Platform::Mastodon, Platform::Telegram, Platform::Vk, Platform::Facebook,
            Platform::Instagram, Platform::YouTube, Platform::Reddit }) {
        for (const Surface surface : { Surface::Public, Surface::Private }) {
            CountOptions options;
            options.spoilerText = text.left(40);
            const CountResult result = TextCounter::count(platform, surface, text, options);
            for (const auto &[start, length] : result.overLimitRanges) {
                if (start < 0 || length < 0 || start + length > text.size())
                    std::abort(); // a highlight outside the text
            }
            if (result.remaining != result.limit - result.length)
                std::abort();
        }
    }
    return 0;
}
