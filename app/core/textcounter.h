// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/connector.h"
#include "app/core/twittertext.h"
#include "app/core/types.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace CareDesk {

/// What a platform counts.
enum class CountUnit {
    Weighted, ///< twitter-text's weighted length (X posts)
    Graphemes, ///< extended grapheme clusters after Mastodon's URL and mention rewriting
    CodePoints, ///< Unicode code points
    Utf16, ///< UTF-16 code units: never fewer than code points, so the safe unit where the
           ///< platform's own is unknown
};

/// The counting rule of one platform surface.
struct CountRule {
    CountUnit unit = CountUnit::Utf16;
    int defaultLimit = 0; ///< used unless CountOptions::maxLength overrides it
    bool limitVerified = false; ///< false where reference/platforms.md marks the limit UNVERIFIED
};

/// Per-account settings that change a count.
struct CountOptions {
    /// The account's limit, 0 for the rule's default: Mastodon's instance
    /// configuration.statuses.max_characters, an X Premium account's longer posts, or a
    /// corrected value for a limit that is not verified.
    int maxLength = 0;
    /// The twitter-text configuration for X posts (v3 unless the account says otherwise).
    TwitterTextConfig twitter = TwitterTextConfig::v3();
    /// Mastodon's content warning, which counts toward the same limit as the text.
    QString spoilerText;
    /// Mastodon's configuration.statuses.characters_reserved_per_url.
    int mastodonUrlLength = 23;
};

struct CountResult {
    int length = 0;
    int limit = 0;
    int remaining = 0; ///< limit - length; negative when over
    bool valid = false;
    /// The parts of the text past the limit as (start, length) in UTF-16 code units of the
    /// text, for the composer to highlight; empty when everything fits.
    QList<QPair<int, int>> overLimitRanges;
    QString reason; ///< why the text cannot be sent; empty when valid
};

/// One counting engine for every platform: the rule is chosen by the case's platform and the
/// surface of the reply (public reply or private message). Pure functions, no UI.
class TextCounter final
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::TextCounter)

public:
    static CountRule rule(Platform platform, Surface surface);
    static CountResult count(
        Platform platform, Surface surface, const QString &text, const CountOptions &options = {});
};

} // namespace CareDesk
