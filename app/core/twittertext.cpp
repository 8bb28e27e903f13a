// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// twitter-text's parseTweet (js/src/parseTweet.js, Apache-2.0 by Twitter) over a hand-written URL
// scanner and an emoji trie built from Unicode's emoji sequence files at build time.
#include "app/core/texttables.h"
#include "app/core/twittertext.h"
#include "app/core/urlscanner.h"

#include <QJsonArray>

#include <algorithm>
#include <array>
#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

constexpr char32_t kVariationSelector16 = 0xFE0F;

/// Every RGI emoji as a path from the root. A sequence is also stored without any subset of its
/// U+FE0F (as Twitter accepts "1⃣" for the keycap "1️⃣"), except where that leaves one code
/// point: "©" without U+FE0F is text, not an emoji.
class EmojiTrie
{
public:
    EmojiTrie()
    {
        m_nodes.emplace_back();
        for (int i = 0; i < TextTables::emojiSingleCount; ++i) {
            const TextTables::CodePointRange range = TextTables::emojiSingles[i];
            for (char32_t c = range.first; c <= range.last; ++c) {
                const char32_t single[] = { c };
                insert(single);
            }
        }
        std::vector<char32_t> sequence;
        for (int i = 0; i < TextTables::emojiSequenceDataSize; ++i) {
            const char32_t c = TextTables::emojiSequences[i];
            if (c != 0) {
                sequence.push_back(c);
                continue;
            }
            insertVariants(sequence);
            sequence.clear();
        }
        for (Node &node : m_nodes)
            std::sort(node.children.begin(), node.children.end());
        // Most emoji start in U+1F000..U+1FAFF: the root answers those from a table.
        m_denseRoot.assign(0x1FB00 - kDenseFirst, -1);
        for (const auto &[c, index] : m_nodes[0].children) {
            if (c >= kDenseFirst && c < kDenseFirst + m_denseRoot.size())
                m_denseRoot[c - kDenseFirst] = index;
        }
    }

    bool mayStartAt(char16_t unit) const { return m_startUnits[unit] != 0; }

    /// Length in UTF-16 units of the longest emoji starting at i.
    int match(QStringView text, qsizetype i) const
    {
        if (i >= text.size() || m_startUnits[text.at(i).unicode()] == 0)
            return 0;
        int node = 0;
        qsizetype pos = i;
        qsizetype best = i;
        while (pos < text.size()) {
            char32_t c = text.at(pos).unicode();
            qsizetype width = 1;
            if (QChar::isHighSurrogate(c) && pos + 1 < text.size()
                && text.at(pos + 1).isLowSurrogate()) {
                c = QChar::surrogateToUcs4(text.at(pos).unicode(), text.at(pos + 1).unicode());
                width = 2;
            }
            node = child(node, c);
            if (node < 0)
                break;
            pos += width;
            if (m_nodes[std::size_t(node)].terminal)
                best = pos;
        }
        return int(best - i);
    }

private:
    struct Node {
        std::vector<std::pair<char32_t, int>> children;
        bool terminal = false;
    };

    int child(int node, char32_t c) const
    {
        if (node == 0 && c >= kDenseFirst && c < kDenseFirst + m_denseRoot.size())
            return m_denseRoot[c - kDenseFirst];
        const auto &children = m_nodes[std::size_t(node)].children;
        const auto it
            = std::lower_bound(children.begin(), children.end(), std::pair<char32_t, int>(c, -1));
        return it != children.end() && it->first == c ? it->second : -1;
    }

    void insertVariants(const std::vector<char32_t> &sequence)
    {
        std::vector<std::size_t> optional;
        for (std::size_t k = 1; k < sequence.size(); ++k) {
            if (sequence[k] == kVariationSelector16)
                optional.push_back(k);
        }
        const std::size_t variants = std::size_t(1) << std::min<std::size_t>(optional.size(), 6);
        std::vector<char32_t> variant;
        for (std::size_t mask = 0; mask < variants; ++mask) {
            variant.clear();
            std::size_t next = 0;
            for (std::size_t k = 0; k < sequence.size(); ++k) {
                if (next < optional.size() && optional[next] == k) {
                    const bool drop = (mask >> next) & 1;
                    ++next;
                    if (drop)
                        continue;
                }
                variant.push_back(sequence[k]);
            }
            if (variant.size() > 1)
                insert(variant);
        }
    }

    template <typename Sequence> void insert(const Sequence &sequence)
    {
        int node = 0;
        for (const char32_t c : sequence) {
            int next = -1;
            for (const auto &[key, index] : m_nodes[std::size_t(node)].children) {
                if (key == c) {
                    next = index;
                    break;
                }
            }
            if (next < 0) {
                next = int(m_nodes.size());
                m_nodes[std::size_t(node)].children.emplace_back(c, next);
                m_nodes.emplace_back();
            }
            node = next;
        }
        m_nodes[std::size_t(node)].terminal = true;
        const char32_t first = *std::begin(sequence);
        m_startUnits[QChar::requiresSurrogates(first) ? QChar::highSurrogate(first) : first] = 1;
    }

    static constexpr char32_t kDenseFirst = 0x1F000;
    std::vector<Node> m_nodes;
    std::vector<int> m_denseRoot;
    std::array<quint8, 0x10000> m_startUnits {}; // bytes: cheaper to test than bits
};

const EmojiTrie &emojiTrie()
{
    static const auto trie = std::make_unique<const EmojiTrie>();
    return *trie;
}

/// UTF-16 units of characters that are NFC_Quick_Check=Yes with combining class 0 in blocks
/// customer texts are made of: a text of such characters only is already NFC (UAX #15 quick
/// check), which spares the normalizer most texts. High surrogates are checked by code point.
class NfcStable
{
public:
    NfcStable()
    {
        const std::pair<char16_t, char16_t> ranges[] = {
            { 0x0000, 0x02FF }, // Latin, spacing modifiers (combining marks start at U+0300)
            { 0x0400, 0x0482 }, { 0x048A, 0x052F }, // Cyrillic, without its combining marks
            { 0x200B, 0x200F }, { 0x2010, 0x2064 }, // format characters, general punctuation
            { 0x20A0, 0x20C0 }, // currency
            { 0x2100, 0x2125 }, { 0x2127, 0x2129 }, { 0x212C, 0x214F }, // letterlike, without Ω K Å
            { 0x2150, 0x218B }, // number forms
            { 0x2190, 0x2328 },
            { 0x232B, 0x23FF }, // arrows, technical (U+2329/U+232A are singletons)
            { 0x2460, 0x27BF }, // enclosed alphanumerics, shapes, symbols, dingbats
            { 0x2900, 0x2ADB },
            { 0x2ADD, 0x2BFF }, // arrows, math (U+2ADC is excluded from composition)
            { 0x3000, 0x3029 }, { 0x3030, 0x303F }, // CJK punctuation, without the tone marks
            { 0x3041, 0x3096 }, { 0x309B, 0x30FF }, // kana, without the combining voicing marks
            { 0x4E00, 0x9FFF }, // CJK unified ideographs
            { 0xAC00, 0xD7A3 }, // Hangul syllables
            { 0xFE00, 0xFE0F }, // variation selectors
            { 0xFF01, 0xFFEF }, // half- and fullwidth forms
        };
        for (const auto &[first, last] : ranges) {
            for (char32_t c = first; c <= last; ++c)
                m_units[c] = 1;
        }
        m_units[0x20E3] = 1; // combining enclosing keycap: class 0, never composes
    }

    /// [from, to) to normalize: from the last stable character before the first unstable one
    /// to the end of the last unstable one; empty when the whole text is stable.
    std::pair<qsizetype, qsizetype> unstableSpan(QStringView text) const
    {
        const char16_t *s = text.utf16();
        const qsizetype n = text.size();
        qsizetype lastStable = 0;
        qsizetype from = -1;
        qsizetype to = -1;
        for (qsizetype i = 0; i < n; ++i) {
            const qsizetype start = i;
            bool isStable = m_units[s[i]] != 0;
            if (!isStable && QChar::isHighSurrogate(s[i]) && i + 1 < n
                && QChar::isLowSurrogate(s[i + 1])) {
                const char32_t point = QChar::surrogateToUcs4(s[i], s[i + 1]);
                ++i;
                // Emoji and symbol planes, tags: no decompositions, no combining marks.
                isStable = (point >= 0x1F000 && point <= 0x1FAFF)
                    || (point >= 0xE0000 && point <= 0xE007F);
            }
            if (isStable) {
                if (from < 0)
                    lastStable = start;
            } else {
                if (from < 0)
                    from = lastStable;
                to = i + 1;
            }
        }
        return from < 0 ? std::pair<qsizetype, qsizetype>(0, 0) : std::pair(from, to);
    }

private:
    std::array<quint8, 0x10000> m_units {}; // bytes: cheaper to test than bits
};

/// NFC of the text, normalizing only the part from the stable character before the first
/// unstable one to the end of the last unstable one: a stable character is a starter that never
/// composes with what precedes it, so normalization cannot reach across it.
QString nfc(const QString &text)
{
    static const NfcStable stable;
    const auto [from, to] = stable.unstableSpan(text);
    if (from >= to)
        return text;
    if (from == 0 && to == text.size())
        return text.normalized(QString::NormalizationForm_C);
    return QStringView(text).left(from)
        % text.mid(from, to - from).normalized(QString::NormalizationForm_C)
        % QStringView(text).mid(to);
}

inline bool isInvalidCharacter(char16_t c)
{
    return c == 0xFFFE || c == 0xFEFF || c == 0xFFFF;
}

inline int weightOf(
    char32_t c, const TwitterTextConfig::Range *ranges, qsizetype count, int defaultWeight)
{
    for (qsizetype k = 0; k < count; ++k) {
        if (c >= ranges[k].start && c <= ranges[k].end)
            return ranges[k].weight;
    }
    return defaultWeight;
}

/// The emoji entities of the whole text, found left to right as twemoji-parser finds them,
/// independently of where URLs are.
class EmojiCursor
{
public:
    explicit EmojiCursor(QStringView text)
        : m_text(text)
        , m_trie(emojiTrie())
    {
    }

    /// Start of the first emoji entity at or after `from` (the text's size when none). Calls
    /// come with increasing `from`.
    qsizetype nextStart(qsizetype from)
    {
        while (m_start < from) {
            qsizetype at = m_start + std::max(m_length, 1);
            m_length = 0;
            const char16_t *s = m_text.utf16();
            for (; at < m_text.size(); ++at) {
                if (!m_trie.mayStartAt(s[at]))
                    continue;
                m_length = m_trie.match(m_text, at);
                if (m_length > 0)
                    break;
            }
            m_start = at;
        }
        return m_start;
    }

    /// Length of the entity nextStart found.
    int length() const { return m_length; }

private:
    QStringView m_text;
    const EmojiTrie &m_trie;
    qsizetype m_start = -1;
    int m_length = 0;
};

std::optional<int> intField(const QJsonObject &json, const QString &key)
{
    const QJsonValue value = json.value(key);
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (number != double(qint64(number)) || number < 0 || number > 1e9)
        return std::nullopt;
    return int(number);
}

} // namespace

TwitterTextConfig TwitterTextConfig::v2()
{
    static const TwitterTextConfig config = [] {
        TwitterTextConfig c = v3();
        c.version = 2;
        c.emojiParsingEnabled = false;
        return c;
    }();
    return config;
}

TwitterTextConfig TwitterTextConfig::v3()
{
    // Built once: every CountOptions starts from it, and copies share the ranges.
    static const TwitterTextConfig config = [] {
        TwitterTextConfig c;
        c.version = 3;
        c.maxWeightedTweetLength = 280;
        c.scale = 100;
        c.defaultWeight = 200;
        c.emojiParsingEnabled = true;
        c.transformedUrlLength = 23;
        // U+0000-U+10FF (Latin, Cyrillic, Greek, ...), U+2000-U+200D, U+2010-U+201F, U+2032-U+2037.
        c.ranges
            = { { 0, 4351, 100 }, { 8192, 8205, 100 }, { 8208, 8223, 100 }, { 8242, 8247, 100 } };
        return c;
    }();
    return config;
}

std::optional<TwitterTextConfig> TwitterTextConfig::fromJson(const QJsonObject &json)
{
    TwitterTextConfig config;
    const auto version = intField(json, u"version"_s);
    const auto max = intField(json, u"maxWeightedTweetLength"_s);
    const auto scale = intField(json, u"scale"_s);
    const auto defaultWeight = intField(json, u"defaultWeight"_s);
    const auto urlLength = intField(json, u"transformedURLLength"_s);
    if (!version || !max || !scale || *scale == 0 || !defaultWeight || !urlLength
        || !json.value(u"ranges"_s).isArray())
        return std::nullopt;
    config.version = *version;
    config.maxWeightedTweetLength = *max;
    config.scale = *scale;
    config.defaultWeight = *defaultWeight;
    config.transformedUrlLength = *urlLength;
    // v2.json has no emojiParsingEnabled: absent means off, as in twitter-text.
    config.emojiParsingEnabled = json.value(u"emojiParsingEnabled"_s).toBool(false);
    config.ranges.clear();
    for (const QJsonValue &value : json.value(u"ranges"_s).toArray()) {
        const QJsonObject range = value.toObject();
        const auto start = intField(range, u"start"_s);
        const auto end = intField(range, u"end"_s);
        const auto weight = intField(range, u"weight"_s);
        if (!start || !end || !weight || *start > *end)
            return std::nullopt;
        config.ranges.append({ char32_t(*start), char32_t(*end), *weight });
    }
    return config;
}

int TwitterText::emojiLengthAt(QStringView text, qsizetype position)
{
    return emojiTrie().match(text, position);
}

TwitterTextResult TwitterText::parse(const QString &text, const TwitterTextConfig &config)
{
    TwitterTextResult result;
    const QString normalized = nfc(text);
    const QList<UrlMatch> urls = UrlScanner::scan(normalized);
    EmojiCursor emoji(normalized);
    const qint64 maxScaled = qint64(config.maxWeightedTweetLength) * config.scale;
    const qsizetype size = normalized.size();
    const char16_t *s = QStringView(normalized).utf16();
    qint64 weighted = 0;
    bool valid = true;
    qsizetype validDisplayIndex = 0;
    qsizetype withinLimit = -1; // last index of the normalized text within the limit
    qsizetype nextUrl = 0;
    // The unit a step ends on is the one checked for invalid characters, as in twitter-text.
    auto endStep = [&](qsizetype last) {
        if (last < size && isInvalidCharacter(s[last])) {
            valid = false;
            result.hasInvalidCharacters = true;
        }
        if (weighted <= maxScaled) {
            withinLimit = last;
            if (valid)
                validDisplayIndex = last;
        }
    };
    const TwitterTextConfig::Range *ranges = config.ranges.constData();
    const qsizetype rangeCount = config.ranges.size();
    qsizetype i = 0;
    while (i < size) {
        while (nextUrl < urls.size() && urls.at(nextUrl).start < i)
            ++nextUrl;
        // twitter-text keys URLs by their start: of two starting together, the later one counts.
        qsizetype url = -1;
        while (nextUrl < urls.size() && urls.at(nextUrl).start == i)
            url = nextUrl++;
        if (url >= 0) {
            weighted += qint64(config.transformedUrlLength) * config.scale;
            i += urls.at(url).length - 1;
            endStep(i++);
            continue;
        }
        const qsizetype emojiStart = config.emojiParsingEnabled ? emoji.nextStart(i) : size;
        if (emojiStart == i) {
            weighted += config.defaultWeight;
            i += emoji.length() - 1;
            endStep(i++);
            continue;
        }
        // Plain code points up to the next URL or emoji.
        const qsizetype stop = std::min<qsizetype>(
            emojiStart, nextUrl < urls.size() ? urls.at(nextUrl).start : size);
        while (i < stop) {
            char32_t c = s[i];
            if (QChar::isHighSurrogate(c) && i + 1 < size && QChar::isLowSurrogate(s[i + 1])) {
                c = QChar::surrogateToUcs4(s[i], s[i + 1]);
                ++i;
            }
            weighted += weightOf(c, ranges, rangeCount, config.defaultWeight);
            endStep(i++);
        }
    }
    const int scale = std::max(config.scale, 1);
    // Weights are multiples of the scale in every published configuration; round up otherwise
    // so that a text is never reported shorter than it is.
    result.weightedLength = int((weighted + scale - 1) / scale);
    result.valid = valid && weighted > 0 && weighted <= maxScaled;
    result.permillage = config.maxWeightedTweetLength > 0
        ? int(weighted * 1000 / (qint64(config.maxWeightedTweetLength) * scale))
        : 0;
    const qsizetype shift = text.size() - normalized.size();
    result.validRangeEnd = int(validDisplayIndex + shift);
    result.displayRangeEnd = text.isEmpty() ? 0 : int(text.size() - 1);
    if (withinLimit + 1 >= size)
        result.withinLimitEnd = int(text.size());
    else
        result.withinLimitEnd = int(std::clamp<qsizetype>(withinLimit + 1 + shift, 0, text.size()));
    return result;
}

} // namespace CareDesk
