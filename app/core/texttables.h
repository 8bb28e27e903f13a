// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// Data tables generated at build time by app/core/gentexttables.cmake (never written by hand):
/// twitter-text's top-level domains from resources/twitter-text/tld_lib.yml, and the Unicode
/// emoji sequences from Debian's unicode-data package.
namespace CareDesk::TextTables {

struct CodePointRange {
    char32_t first;
    char32_t last;
};

/// Generic domains first, then country domains, each in twitter-text's order (its priority).
extern const char16_t *const topLevelDomains[];
extern const int topLevelDomainCount;

/// Emoji that are one code point (Basic_Emoji with emoji presentation, components).
extern const CodePointRange emojiSingles[];
extern const int emojiSingleCount;

/// Multi-code-point RGI emoji (keycaps, flags, tags, modifiers, ZWJ, text-default + U+FE0F),
/// each followed by a 0.
extern const char32_t emojiSequences[];
extern const int emojiSequenceCount;
extern const int emojiSequenceDataSize;

} // namespace CareDesk::TextTables
