// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/textcounter.h"
#include "app/core/urlscanner.h"

#include <QTextBoundaryFinder>

#include <algorithm>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

bool isBlank(const QString &text)
{
    for (const QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

int codePointCount(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

/// UTF-16 offset where code point number `points` starts (the text's size when it has fewer).
qsizetype offsetOfCodePoint(const QString &text, int points)
{
    qsizetype i = 0;
    for (int seen = 0; seen < points && i < text.size(); ++seen) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++i;
    }
    return i;
}

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c.category() == QChar::Punctuation_Connector;
}

bool isUsernameCharacter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
        || c == u'_';
}

struct Rewrite {
    qsizetype start = 0;
    qsizetype end = 0;
    QString replacement;
};

/// Mastodon's remote mentions (Account::MENTION_RE): `@user@domain` counts as `@user`. The
/// username is [a-z0-9_]+ with inner runs of '.' or '-', the domain word characters with inner
/// runs of '.' or '-'; not after '=', '/' or a word character, not before '@' or "://".
QList<Rewrite> remoteMentions(const QString &text)
{
    QList<Rewrite> mentions;
    const qsizetype n = text.size();
    auto run = [&](qsizetype from, auto isPart) {
        // part+ ([.-]+ part+)* from `from`; returns the end (from when nothing matched).
        qsizetype end = from;
        while (end < n && isPart(text.at(end)))
            ++end;
        if (end == from)
            return from;
        for (;;) {
            qsizetype sep = end;
            while (sep < n && (text.at(sep) == u'.' || text.at(sep) == u'-'))
                ++sep;
            qsizetype next = sep;
            while (next < n && isPart(text.at(next)))
                ++next;
            if (sep == end || next == sep)
                return end;
            end = next;
        }
    };
    for (qsizetype i = 0; i < n; ++i) {
        if (text.at(i) != u'@')
            continue;
        if (i > 0) {
            const QChar before = text.at(i - 1);
            if (before == u'=' || before == u'/' || isWordCharacter(before))
                continue;
        }
        const qsizetype userEnd = run(i + 1, isUsernameCharacter);
        if (userEnd == i + 1 || userEnd >= n || text.at(userEnd) != u'@')
            continue;
        const qsizetype domainEnd = run(userEnd + 1, isWordCharacter);
        if (domainEnd == userEnd + 1)
            continue;
        if (domainEnd < n
            && (text.at(domainEnd) == u'@' || text.at(domainEnd) == u'\uFF20'
                || QStringView(text).mid(domainEnd).startsWith(u"://")))
            continue;
        mentions.append({ i, domainEnd, text.mid(i, userEnd - i) });
        i = domainEnd - 1;
    }
    return mentions;
}

struct MastodonCount {
    int length = 0;
    qsizetype withinLimitEnd = 0; ///< UTF-16 end in the text of what fits
};

/// Mastodon's StatusLengthValidator: spoiler_text + the text with every http(s) URL replaced by
/// 23 characters and every remote mention by its local part, in extended grapheme clusters;
/// a blank text counts as empty.
MastodonCount countMastodon(const QString &text, const CountOptions &options, int limit)
{
    QList<Rewrite> rewrites;
    if (!isBlank(text)) {
        const QList<UrlMatch> urls = UrlScanner::scan(text, UrlScanner::Scheme::Required);
        const QString placeholder(qMax(options.mastodonUrlLength, 0), u'x');
        for (const UrlMatch &url : urls)
            rewrites.append({ url.start, url.end, placeholder });
        // Mentions overlapping a URL lose to it (Extractor.remove_overlapping_entities).
        qsizetype u = 0;
        for (const Rewrite &mention : remoteMentions(text)) {
            while (u < urls.size() && urls.at(u).end <= mention.start)
                ++u;
            if (u < urls.size() && urls.at(u).start < mention.end)
                continue;
            rewrites.append(mention);
        }
        std::sort(rewrites.begin(), rewrites.end(),
            [](const Rewrite &a, const Rewrite &b) { return a.start < b.start; });
    }
    // The counted string, and for each of its text units the offset in the text it stands for.
    QString counted = options.spoilerText;
    const qsizetype textStart = counted.size();
    std::vector<qsizetype> origin;
    if (!isBlank(text)) {
        origin.reserve(std::size_t(text.size()));
        qsizetype pos = 0;
        auto copy = [&](qsizetype from, qsizetype to) {
            counted.append(QStringView(text).mid(from, to - from));
            for (qsizetype k = from; k < to; ++k)
                origin.push_back(k);
        };
        for (const Rewrite &r : std::as_const(rewrites)) {
            copy(pos, r.start);
            counted.append(r.replacement);
            for (qsizetype k = 0; k < r.replacement.size(); ++k)
                origin.push_back(r.start);
            pos = r.end;
        }
        copy(pos, text.size());
    }
    MastodonCount result;
    result.withinLimitEnd = text.size();
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, counted);
    bool cut = false;
    while (graphemes.toNextBoundary() >= 0) {
        ++result.length;
        if (!cut && result.length == limit) {
            cut = true;
            const qsizetype at = graphemes.position() - textStart;
            if (at < 0 || std::size_t(at) >= origin.size())
                result.withinLimitEnd = at < 0 ? 0 : text.size();
            else
                result.withinLimitEnd = origin[std::size_t(at)];
        }
    }
    if (limit <= 0)
        result.withinLimitEnd = 0;
    return result;
}

} // namespace

CountRule TextCounter::rule(Platform platform, Surface surface)
{
    const bool isPublic = surface == Surface::Public;
    switch (platform) {
    case Platform::X:
        // Posts: 280 weighted (twitter-text v3). Direct messages: 10,000 characters, from X's
        // help pages; UNVERIFIED in reference/platforms.md.
        return isPublic ? CountRule { CountUnit::Weighted, 280, true }
                        : CountRule { CountUnit::Utf16, 10000, false };
    case Platform::Mastodon:
        // Direct messages are statuses too: one validator for both.
        return { CountUnit::Graphemes, 500, true };
    case Platform::Telegram:
        // "1-4096 characters after entities parsing"; entity offsets are UTF-16 units.
        return { CountUnit::Utf16, 4096, true };
    case Platform::Vk:
        // messages.send `message` has maxLength 9000 in VK's JSON schema (code points, as JSON
        // Schema counts). The wall comment limit is UNVERIFIED.
        return isPublic ? CountRule { CountUnit::Utf16, 4096, false }
                        : CountRule { CountUnit::CodePoints, 9000, true };
    case Platform::Facebook:
        // Comment limit UNVERIFIED; Messenger's 2000 comes from a docs summary and third parties,
        // also to be verified against the Send API reference.
        return isPublic ? CountRule { CountUnit::Utf16, 8000, false }
                        : CountRule { CountUnit::Utf16, 2000, false };
    case Platform::Instagram:
        // 2200 is the caption limit (third party); comment and DM limits are UNVERIFIED (a
        // third-party tool gives 1000 for DMs).
        return { CountUnit::Utf16, 2200, false };
    case Platform::YouTube:
        // The API documents only the error commentTextTooLong; 10,000 is UNVERIFIED.
        return { CountUnit::Utf16, 10000, false };
    case Platform::Reddit:
        // "this is too long (max: 10000)" in issue evidence; a subreddit may set less.
        return { CountUnit::Utf16, 10000, false };
    }
    return {};
}

CountResult TextCounter::count(
    Platform platform, Surface surface, const QString &text, const CountOptions &options)
{
    const CountRule countRule = rule(platform, surface);
    CountResult result;
    result.limit = options.maxLength > 0 ? options.maxLength : countRule.defaultLimit;
    qsizetype withinLimitEnd = text.size();
    bool invalidCharacters = false;
    switch (countRule.unit) {
    case CountUnit::Weighted: {
        TwitterTextConfig config = options.twitter;
        if (options.maxLength > 0)
            config.maxWeightedTweetLength = options.maxLength;
        else
            result.limit = config.maxWeightedTweetLength;
        const TwitterTextResult parsed = TwitterText::parse(text, config);
        result.length = parsed.weightedLength;
        withinLimitEnd = parsed.withinLimitEnd;
        invalidCharacters = parsed.hasInvalidCharacters;
        break;
    }
    case CountUnit::Graphemes: {
        const MastodonCount counted = countMastodon(text, options, result.limit);
        result.length = counted.length;
        withinLimitEnd = counted.withinLimitEnd;
        break;
    }
    case CountUnit::CodePoints:
        result.length = codePointCount(text);
        withinLimitEnd = offsetOfCodePoint(text, qMax(result.limit, 0));
        break;
    case CountUnit::Utf16:
        result.length = int(text.size());
        withinLimitEnd = std::clamp<qsizetype>(result.limit, 0, text.size());
        break;
    }
    result.remaining = result.limit - result.length;
    // A highlight never starts inside a surrogate pair.
    if (withinLimitEnd > 0 && withinLimitEnd < text.size()
        && text.at(withinLimitEnd).isLowSurrogate()
        && text.at(withinLimitEnd - 1).isHighSurrogate())
        --withinLimitEnd;
    if (result.length > result.limit && withinLimitEnd < text.size())
        result.overLimitRanges.append({ int(withinLimitEnd), int(text.size() - withinLimitEnd) });
    if (isBlank(text))
        result.reason = tr("The text is empty.");
    else if (invalidCharacters)
        result.reason
            = tr("The text contains characters X does not accept (U+FFFE, U+FEFF or U+FFFF).");
    else if (result.length > result.limit)
        result.reason = tr(
            "The text is %n character(s) over the limit.", nullptr, result.length - result.limit);
    result.valid = result.reason.isEmpty();
    return result;
}

} // namespace CareDesk
