// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace CareDesk {

/// The weighting twitter-text counts with: the fields of its config/v2.json and config/v3.json.
struct TwitterTextConfig {
    struct Range {
        char32_t start = 0;
        char32_t end = 0; ///< inclusive
        int weight = 0;
        friend bool operator==(const Range &, const Range &) = default;
    };

    int version = 3;
    int maxWeightedTweetLength = 280;
    int scale = 100;
    int defaultWeight = 200; ///< code points outside every range, and each emoji sequence
    bool emojiParsingEnabled = true;
    int transformedUrlLength = 23;
    QList<Range> ranges;

    /// twitter-text 3's config/v2.json: every code point weighed on its own.
    static TwitterTextConfig v2();
    /// config/v3.json, X's current rule: an emoji sequence weighs as one code point of weight 200.
    static TwitterTextConfig v3();
    /// Reads the JSON form of the configuration files; nullopt when a field is missing or wrong.
    static std::optional<TwitterTextConfig> fromJson(const QJsonObject &json);

    friend bool operator==(const TwitterTextConfig &, const TwitterTextConfig &) = default;
};

/// What twitter-text's parseTweet reports, plus the end of the part within the limit.
struct TwitterTextResult {
    int weightedLength = 0;
    bool valid = false;
    int permillage = 0;
    /// Inclusive UTF-16 index into the original text up to which the text is valid, computed as
    /// twitter-text does (on the normalized text, shifted by the length change of normalization).
    int validRangeEnd = 0;
    int displayRangeEnd = 0; ///< inclusive; the last index of the original text
    bool hasInvalidCharacters = false;
    /// Exclusive UTF-16 end in the original text of the longest prefix within the limit (the
    /// text's length when all of it fits); approximate where NFC changed the text's length.
    int withinLimitEnd = 0;
};

/// twitter-text's weighted length (parseTweet), computed in one pass without regular
/// expressions: NFC, URLs by UrlScanner (with and without a scheme) weighing
/// transformedUrlLength, emoji sequences (Unicode's RGI lists, U+FE0F optional inside a sequence)
/// weighing defaultWeight, every other code point weighing its range's weight; U+FFFE, U+FEFF
/// and U+FFFF make the text invalid.
class TwitterText final
{
public:
    static TwitterTextResult parse(
        const QString &text, const TwitterTextConfig &config = TwitterTextConfig::v3());

    /// Length in UTF-16 units of the emoji sequence starting at position in text, 0 when none.
    static int emojiLengthAt(QStringView text, qsizetype position);
};

} // namespace CareDesk
