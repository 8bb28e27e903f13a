// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>

namespace CareDesk {

/// A URL found in text. Offsets are UTF-16 code units into the scanned text.
struct UrlMatch {
    int start = 0;
    int end = 0; ///< exclusive
    /// The length twitter-text reports for the URL (its `url.length`), which is what a counter
    /// skips from `start`. It equals end - start except for a URL without a scheme whose host has
    /// non-ASCII labels before an ASCII domain and a path: twitter-text then keeps the ASCII
    /// domain with the path, and so does this scanner.
    int length = 0;

    friend bool operator==(const UrlMatch &, const UrlMatch &) = default;
};

/// Finds URLs the way twitter-text 3 (JavaScript, extractUrlsWithIndices) does, without its
/// regular expressions: one pass over UTF-16 code units with a character-class table, which
/// reproduces the regular expression's matches (case-insensitive classes included), the
/// top-level domain list and its order, URLs without a scheme (ASCII domains only, not after
/// "-_./"), t.co slugs, the 63-character label and 4096-character URL limits.
class UrlScanner final
{
public:
    enum class Scheme {
        Optional, ///< twitter-text's default: `example.com` is a URL too
        Required, ///< only http:// and https:// URLs (Mastodon's length rule)
    };

    static QList<UrlMatch> scan(QStringView text, Scheme scheme = Scheme::Optional);
};

} // namespace CareDesk
