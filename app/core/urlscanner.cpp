// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A hand-written equivalent of twitter-text 3.1's URL extraction (js/src/extractUrlsWithIndices.js
// with regexp/extractUrl.js), Apache-2.0 by Twitter. The regular expression's parts map to the
// functions below: validUrlPrecedingChars (PrecedingOk), validDomain (domainEnd), the TLD
// alternation with its lookahead (tldEnd), validPortNumber, validUrlPath (pathEnd),
// validUrlQueryChars/EndingChars (queryEnd), validAsciiDomain (asciiDomainAt) and validTcoUrl.
// Where the regular expression backtracks, the functions compute the position it settles on.
#include "app/core/punycode.h"
#include "app/core/texttables.h"
#include "app/core/urlscanner.h"

#include <QChar>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <bitset>
#include <climits>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace CareDesk {

namespace {

enum ClassBit : quint16 {
    PrecedingOk = 1 << 0, ///< [^A-Za-z0-9@＠$#＃\uFFFE\uFEFF\uFFFF]
    DomainChar = 1 << 1, ///< anything but ASCII punctuation, spaces, invalid and directional marks
    PathChar = 1 << 2, ///< validGeneralUrlPathChars
    PathEnd = 1 << 3, ///< validUrlPathEndingChars (a character; balanced parentheses apart)
    QueryChar = 1 << 4, ///< validUrlQueryChars
    QueryEnd = 1 << 5, ///< validUrlQueryEndingChars
    AsciiDomainChar = 1 << 6, ///< [\-a-z0-9 latinAccentChars] of validAsciiDomain
    TldFollowerOk = 1 << 7, ///< the TLD lookahead (?=[^0-9a-zA-Z@+-]|$)
    PunycodeChar = 1 << 8, ///< [\-0-9a-z] after "xn--"
    SlugChar = 1 << 9, ///< [a-z0-9] of a t.co slug
};

using UnitSet = std::bitset<0x10000>;

/// The character classes of twitter-text's expressions for every UTF-16 code unit. The
/// expressions are case-insensitive and not Unicode-aware, so a unit belongs to a class when its
/// canonical form (ECMAScript Canonicalize: the single-unit upper case, never non-ASCII to ASCII)
/// equals that of a member; e.g. U+2C7E belongs to the accented Latin letters through U+023F.
struct CharClasses {
    std::array<char16_t, 0x10000> canon {};
    std::array<quint16, 0x10000> bits {};

    CharClasses()
    {
        for (char32_t c = 0; c < 0x10000; ++c) {
            const auto unit = char16_t(c);
            const char32_t upper = QChar::isSurrogate(c) ? c : QChar::toUpper(c);
            canon[c] = (upper > 0xFFFF || (c >= 128 && upper < 128)) ? unit : char16_t(upper);
        }
        const std::u16string_view latinAccents
            = u"\u0253\u0254\u0256\u0257\u0259\u025B\u0263\u0268\u026F\u0272\u0289"
              u"\u028B\u02BB";
        auto addLatin = [&](UnitSet &set) {
            addRange(set, 0xC0, 0xD6);
            addRange(set, 0xD8, 0xF6);
            addRange(set, 0xF8, 0xFF);
            addRange(set, 0x100, 0x24F);
            addChars(set, latinAccents);
            addRange(set, 0x300, 0x36F);
            addRange(set, 0x1E00, 0x1EFF);
        };
        auto addAlnum = [&](UnitSet &set) {
            addRange(set, u'a', u'z');
            addRange(set, u'0', u'9');
        };

        UnitSet set;
        addRange(set, u'A', u'Z');
        addAlnum(set);
        addChars(set, u"@\uFF20$#\uFF03\uFFFE\uFEFF\uFFFF");
        apply(set, true, PrecedingOk);

        set.reset();
        addChars(
            set, u"!'#%&()*+,\\-./:;<=>?@[]^_{|}~$"); // twitter-text's punct: no '"' and no '`'
        addRange(set, 0x09, 0x0D);
        addChars(set, u"\u0020\u0085\u00A0\u1680\u180E\u2028\u2029\u202F\u205F\u3000");
        addRange(set, 0x2000, 0x200A);
        addChars(set, u"\uFFFE\uFEFF\uFFFF");
        addRange(set, 0x202A, 0x202E);
        addChars(set, u"\u061C\u200E\u200F\u2066\u2067\u2068\u2069");
        apply(set, true, DomainChar);

        set.reset();
        addAlnum(set);
        addRange(set, 0x400, 0x4FF);
        addChars(set, u"!*';:=+,.$/%#[]-\u2013_~@|&");
        addLatin(set);
        apply(set, false, PathChar);

        set.reset();
        addAlnum(set);
        addRange(set, 0x400, 0x4FF);
        addChars(set, u"+-=_#/");
        addLatin(set);
        apply(set, false, PathEnd);

        set.reset();
        addAlnum(set);
        addChars(set, u"!?*'@();:&=+$/%#[]-_.,~|");
        apply(set, false, QueryChar);

        set.reset();
        addAlnum(set);
        addChars(set, u"-_&=#/");
        apply(set, false, QueryEnd);

        set.reset();
        addAlnum(set);
        addChars(set, u"-");
        addLatin(set);
        apply(set, false, AsciiDomainChar);

        set.reset();
        addAlnum(set);
        addRange(set, u'A', u'Z');
        addChars(set, u"@+-");
        apply(set, true, TldFollowerOk);

        set.reset();
        addAlnum(set);
        addChars(set, u"-");
        apply(set, false, PunycodeChar);

        set.reset();
        addAlnum(set);
        apply(set, false, SlugChar);
    }

    static void addRange(UnitSet &set, char16_t first, char16_t last)
    {
        for (char32_t c = first; c <= last; ++c)
            set.set(c);
    }
    static void addChars(UnitSet &set, std::u16string_view chars)
    {
        for (const char16_t c : chars)
            set.set(c);
    }
    void apply(const UnitSet &members, bool negated, quint16 bit)
    {
        UnitSet canonicalMembers;
        for (std::size_t c = 0; c < members.size(); ++c) {
            if (members.test(c))
                canonicalMembers.set(canon[c]);
        }
        for (std::size_t c = 0; c < bits.size(); ++c) {
            if (canonicalMembers.test(canon[c]) != negated)
                bits[c] |= bit;
        }
    }
};

const CharClasses &classes()
{
    static const auto table = std::make_unique<const CharClasses>();
    return *table;
}

/// The TLDs keyed by their canonical form, with their priority (position in the alternation).
struct TldTable {
    std::vector<std::u16string> storage;
    std::unordered_map<std::u16string_view, int> priority;
    int maxLength = 0;

    TldTable()
    {
        const CharClasses &cc = classes();
        storage.reserve(std::size_t(TextTables::topLevelDomainCount));
        for (int i = 0; i < TextTables::topLevelDomainCount; ++i) {
            std::u16string key(TextTables::topLevelDomains[i]);
            for (char16_t &c : key)
                c = cc.canon[c];
            maxLength = std::max(maxLength, int(key.size()));
            storage.push_back(std::move(key));
        }
        for (std::size_t i = 0; i < storage.size(); ++i)
            priority.emplace(storage[i], int(i)); // a duplicate keeps its first (higher) priority
    }
};

const TldTable &tlds()
{
    static const TldTable table;
    return table;
}

constexpr int kMaxUrlLength = 4096;
constexpr int kMaxLabelLength = 63;
constexpr int kMaxTcoSlugLength = 40;
constexpr int kDefaultSchemeLength = 8; // "https://", which twitter-text assumes for the 4096 limit

/// A view of UTF-16 units with the class table at hand. Positions past the end have no class.
class Units
{
public:
    Units(const char16_t *data, int size)
        : m_s(data)
        , m_n(size)
        , m_cc(classes())
    {
    }

    int size() const { return m_n; }
    char16_t at(int i) const { return m_s[i]; }
    bool is(int i, quint16 bit) const { return i < m_n && (m_cc.bits[m_s[i]] & bit) != 0; }
    bool isUnit(int i, char16_t c) const { return i < m_n && m_s[i] == c; }
    bool isDigit(int i) const { return i < m_n && m_s[i] >= u'0' && m_s[i] <= u'9'; }
    char16_t canonAt(int i) const { return m_cc.canon[m_s[i]]; }
    /// Case-insensitive match of an ASCII word (given in upper case) at i.
    bool matchesUpper(int i, std::u16string_view upper) const
    {
        if (i + int(upper.size()) > m_n)
            return false;
        for (std::size_t k = 0; k < upper.size(); ++k) {
            if (canonAt(i + int(k)) != upper[k])
                return false;
        }
        return true;
    }

    /// End of the TLD starting at t (gTLD, then ccTLD, then punycode), or -1.
    int tldEnd(int t) const
    {
        const TldTable &table = tlds();
        std::array<char16_t, 64> key {};
        int best = -1;
        int bestPriority = INT_MAX;
        const int maxLength = std::min(table.maxLength, int(key.size()));
        for (int len = 1; len <= maxLength && t + len <= m_n; ++len) {
            if (!is(t + len - 1, DomainChar)) // every TLD is made of domain characters
                break;
            key[std::size_t(len - 1)] = canonAt(t + len - 1);
            // Only a length the lookahead accepts can match: look those up alone.
            if (t + len < m_n && !is(t + len, TldFollowerOk))
                continue;
            const auto it = table.priority.find(std::u16string_view(key.data(), std::size_t(len)));
            if (it != table.priority.end() && it->second < bestPriority) {
                best = t + len;
                bestPriority = it->second;
            }
        }
        if (best >= 0)
            return best;
        if (matchesUpper(t, u"XN--") && is(t + 4, PunycodeChar)) {
            int end = t + 5;
            while (is(end, PunycodeChar))
                ++end;
            return end;
        }
        return -1;
    }

    /// validDomain at q: subdomain labels (inner '_' and '-'), a domain label (inner '-'), a TLD.
    /// The subdomains are greedy; on a missing TLD the expression gives labels back one by one.
    int domainEnd(int q) const
    {
        if (!is(q, DomainChar))
            return -1;
        int dot = q + 1;
        bool underscore = false;
        while (is(dot, DomainChar) || isUnit(dot, u'_') || isUnit(dot, u'-')) {
            underscore = underscore || m_s[dot] == u'_';
            ++dot;
        }
        if (!isUnit(dot, u'.') || !is(dot - 1, DomainChar))
            return -1;
        return domainEnd(domainAfterFirstLabel(dot), underscore);
    }

    /// What validDomain finds after a first label ending at `dot`, the same for every start
    /// inside that label.
    struct AfterFirstLabel {
        int dot = -1;
        int laterNameEnd = -1; ///< the end with a later label as the domain name, -1 when none
        int firstNameEnd = -1; ///< the end with the first label as the domain name
    };

    AfterFirstLabel domainAfterFirstLabel(int dot) const
    {
        struct Label {
            int dot;
            bool underscore;
        };
        QVarLengthArray<Label, 8> labels;
        int i = dot + 1;
        while (is(i, DomainChar)) {
            int j = i + 1;
            bool underscore = false;
            while (is(j, DomainChar) || isUnit(j, u'_') || isUnit(j, u'-')) {
                underscore = underscore || m_s[j] == u'_';
                ++j;
            }
            if (!isUnit(j, u'.') || !is(j - 1, DomainChar))
                break;
            labels.append({ j, underscore });
            i = j + 1;
        }
        AfterFirstLabel result;
        result.dot = dot;
        for (qsizetype k = labels.size() - 1; k >= 0 && result.laterNameEnd < 0; --k) {
            if (!labels.at(k).underscore)
                result.laterNameEnd = tldEnd(labels.at(k).dot + 1);
        }
        if (result.laterNameEnd < 0)
            result.firstNameEnd = tldEnd(dot + 1);
        return result;
    }

    /// The domain's end from what follows its first label; a first label with '_' cannot be
    /// the domain name.
    static int domainEnd(const AfterFirstLabel &after, bool firstLabelUnderscore)
    {
        if (after.laterNameEnd >= 0)
            return after.laterNameEnd;
        return firstLabelUnderscore ? -1 : after.firstNameEnd;
    }

    /// validUrlBalancedParens at i ('('): "(chars)" or "(chars(chars)chars)"; end or -1.
    int balancedParensEnd(int i) const
    {
        int m = i + 1;
        while (is(m, PathChar))
            ++m;
        if (m > i + 1 && isUnit(m, u')'))
            return m + 1;
        if (!isUnit(m, u'('))
            return -1;
        const int innerStart = m + 1;
        int m2 = innerStart;
        while (is(m2, PathChar))
            ++m2;
        if (m2 == innerStart || !isUnit(m2, u')'))
            return -1;
        int m3 = m2 + 1;
        while (is(m3, PathChar))
            ++m3;
        return isUnit(m3, u')') ? m3 + 1 : -1;
    }

    /// validUrlPath* after the '/': the run of path characters and balanced parentheses, cut
    /// back to its last ending character or parenthesised group.
    int pathEnd(int i) const
    {
        int lastEnd = i;
        int j = i;
        while (j < m_n) {
            if (is(j, PathChar)) {
                ++j;
                if (is(j - 1, PathEnd))
                    lastEnd = j;
            } else if (m_s[j] == u'(') {
                const int end = balancedParensEnd(j);
                if (end < 0)
                    break;
                j = end;
                lastEnd = j;
            } else {
                break;
            }
        }
        return lastEnd;
    }

    /// "?" + query characters cut back to the last query ending character; end or -1.
    int queryEnd(int questionMark, int limit) const
    {
        int last = -1;
        for (int j = questionMark + 1; j < limit && is(j, QueryChar); ++j) {
            if (is(j, QueryEnd))
                last = j + 1;
        }
        return last;
    }

    /// validAsciiDomain at i: ASCII labels (greedy, given back one by one) and a TLD; end or -1.
    int asciiDomainAt(int i) const
    {
        QVarLengthArray<int, 8> dots;
        int j = i;
        for (;;) {
            int k = j;
            while (is(k, AsciiDomainChar))
                ++k;
            if (k == j || !isUnit(k, u'.'))
                break;
            dots.append(k);
            j = k + 1;
        }
        for (qsizetype d = dots.size() - 1; d >= 0; --d) {
            const int end = tldEnd(dots.at(d) + 1);
            if (end >= 0)
                return end;
        }
        return -1;
    }

private:
    const char16_t *m_s;
    int m_n;
    const CharClasses &m_cc;
};

/// domain.indexOf(domain.mid(start, length), from), which is usually `start` itself.
int indexOf(QStringView domain, int start, int length, int from)
{
    const char16_t *s = domain.utf16();
    for (int at = from; at < start; ++at) {
        if (std::equal(s + at, s + at + length, s + start))
            return at;
    }
    return start;
}

struct AsciiDomain {
    int start;
    int end;
};

/// Every match of validAsciiDomain in a domain, as String.replace with a global expression finds
/// them; the start is found again with indexOf from the previous end, as twitter-text does.
QVarLengthArray<AsciiDomain, 2> asciiDomains(QStringView domain)
{
    QVarLengthArray<AsciiDomain, 2> found;
    const Units units(domain.utf16(), int(domain.size()));
    int lastEnd = 0;
    int i = 0;
    while (i < units.size()) {
        const int end = units.asciiDomainAt(i);
        if (end < 0) {
            ++i;
            continue;
        }
        const int at = indexOf(domain, i, end - i, lastEnd);
        found.append({ at, at + (end - i) });
        lastEnd = at + (end - i);
        i = end;
    }
    return found;
}

/// twitter-text's idna.toAscii succeeding: an "xn--" domain holds an ASCII domain, and every
/// label encodes to 1..63 characters.
bool domainLabelsValid(QStringView domain)
{
    if (domain.startsWith(u"xn--") && asciiDomains(domain).isEmpty())
        return false;
    qsizetype from = 0;
    for (qsizetype i = 0; i <= domain.size(); ++i) {
        if (i < domain.size() && domain.at(i) != u'.')
            continue;
        const int length = Punycode::asciiLabelLength(domain.mid(from, i - from));
        if (length < 1 || length > kMaxLabelLength)
            return false;
        from = i + 1;
    }
    return true;
}

class Scanner
{
public:
    Scanner(QStringView text, UrlScanner::Scheme scheme)
        : m_text(text)
        , m_u(text.utf16(), int(text.size()))
        , m_schemeRequired(scheme == UrlScanner::Scheme::Required)
    {
    }

    QList<UrlMatch> run()
    {
        QList<UrlMatch> urls;
        urls.reserve(4);
        // A domain has a '.' after its first character: no URL starts at or after the last one.
        const int lastDot = int(m_text.lastIndexOf(u'.'));
        int pos = 0;
        while (pos < lastDot) {
            Body body;
            bool found = false;
            // The expression tries every start in turn; only candidates (a scheme, or a label run
            // that ends in '.') can match, so the scan jumps from one to the next.
            for (int p = pos; p < lastDot && !found;) {
                // At the start of the text the expression tries a preceding character first, then
                // none; the candidate caches only move forward, so position 0 is asked first.
                const bool textStart = p == 0 && mayStartBody(0);
                if (m_u.is(p, PrecedingOk) && mayStartBody(p + 1) && matchBody(p + 1, &body)) {
                    body.before = p;
                    found = true;
                } else if (textStart && matchBody(0, &body)) {
                    body.before = -1;
                    found = true;
                } else {
                    p = std::max(p + 1, nextCandidate(runFailed(p + 1) ? m_dot + 1 : p + 2) - 1);
                }
            }
            if (!found)
                break;
            pos = body.end;
            accept(body, &urls);
        }
        return urls;
    }

private:
    struct Body {
        int before = -1; ///< the preceding character, -1 at the start of the text
        int start = 0;
        int schemeLength = 0;
        int domainEnd = 0;
        bool hasPath = false;
        int end = 0;
    };

    /// A necessary condition for matchBody(q): a domain character, and "http://" or "https://"
    /// or a label run ending in '.'.
    bool mayStartBody(int q)
    {
        if (!m_u.is(q, DomainChar))
            return false;
        if (nextSchemeCandidate(q) == q)
            return true;
        return !m_schemeRequired && nextDotCandidate(q) == q;
    }

    /// The first position from `from` on where mayStartBody can hold (the size when none).
    int nextCandidate(int from)
    {
        const int scheme = nextSchemeCandidate(from);
        return m_schemeRequired ? scheme : std::min(scheme, nextDotCandidate(from));
    }

    /// The next "http://" or "https://" (any case) at or after `from`; found with a search for
    /// "://", and kept until the scan passes it.
    int nextSchemeCandidate(int from)
    {
        if (m_scheme >= from)
            return m_scheme;
        qsizetype colon = m_text.indexOf(u':', from + 4);
        while (colon >= 0) {
            const int c = int(colon);
            if (m_u.matchesUpper(c, u"://")) {
                if (c - 5 >= from && m_u.matchesUpper(c - 5, u"HTTPS")) {
                    m_scheme = c - 5;
                    return m_scheme;
                }
                if (m_u.matchesUpper(c - 4, u"HTTP")) {
                    m_scheme = c - 4;
                    return m_scheme;
                }
            }
            colon = m_text.indexOf(u':', c + 1);
        }
        m_scheme = m_u.size();
        return m_scheme;
    }

    /// Units::domainEnd(q), reusing what follows the current dot run's '.' for every start
    /// inside that run (long words before a '.' would otherwise be parsed once per start).
    int domainEndWithoutScheme(int q)
    {
        if (q < m_dotRunStart || q >= m_dot || !m_u.is(q, DomainChar))
            return m_u.domainEnd(q);
        if (!m_u.is(m_dot - 1, DomainChar))
            return -1;
        if (m_after.dot != m_dot)
            m_after = m_u.domainAfterFirstLabel(m_dot);
        return Units::domainEnd(m_after, m_dotRunUnderscore >= q);
    }

    /// Whether no start inside the dot run holding q can have a domain: nothing after its '.'
    /// makes one, whatever the first label.
    bool runFailed(int q) const
    {
        return q >= m_dotRunStart && q < m_dot && m_after.dot == m_dot && m_after.laterNameEnd < 0
            && m_after.firstNameEnd < 0;
    }

    bool isRunCharacter(int i) const
    {
        return m_u.is(i, DomainChar) || m_u.isUnit(i, u'_') || m_u.isUnit(i, u'-');
    }

    /// The first position from `from` on inside a label run that ends in '.' (the size when
    /// none): the next '.' and the run before it, kept until the scan passes that '.'.
    int nextDotCandidate(int from)
    {
        for (;;) {
            if (m_dot > from && m_dotRunStart < m_dot)
                return std::max(from, m_dotRunStart);
            const qsizetype dot = m_text.indexOf(u'.', m_dot > from ? m_dot + 1 : from + 1);
            if (dot < 0) {
                m_dot = m_dotRunStart = m_u.size();
                return m_u.size();
            }
            m_dot = int(dot);
            int start = m_dot;
            m_dotRunUnderscore = -1;
            while (start > from && isRunCharacter(start - 1)) {
                --start;
                if (m_dotRunUnderscore < 0 && m_u.at(start) == u'_')
                    m_dotRunUnderscore = start;
            }
            m_dotRunStart = start;
        }
    }

    /// The URL part of the expression at q: scheme (optional unless required), domain, port,
    /// path, query.
    bool matchBody(int q, Body *body)
    {
        int schemeLength = 0;
        if (m_u.matchesUpper(q, u"HTTP")) {
            schemeLength = m_u.matchesUpper(q + 4, u"S") ? 5 : 4;
            schemeLength = m_u.matchesUpper(q + schemeLength, u"://") ? schemeLength + 3 : 0;
        }
        int domainEnd = -1;
        if (schemeLength > 0)
            domainEnd = m_u.domainEnd(q + schemeLength);
        if (domainEnd < 0) {
            schemeLength = 0;
            if (m_schemeRequired)
                return false;
            domainEnd = domainEndWithoutScheme(q);
            if (domainEnd < 0)
                return false;
        }
        body->start = q;
        body->schemeLength = schemeLength;
        body->domainEnd = domainEnd;
        int pos = domainEnd;
        if (m_u.isUnit(pos, u':') && m_u.isDigit(pos + 1)) {
            pos += 2;
            while (m_u.isDigit(pos))
                ++pos;
        }
        body->hasPath = m_u.isUnit(pos, u'/');
        if (body->hasPath)
            pos = m_u.pathEnd(pos + 1);
        if (m_u.isUnit(pos, u'?')) {
            const int end = m_u.queryEnd(pos, m_u.size());
            if (end >= 0)
                pos = end;
        }
        body->end = pos;
        return true;
    }

    void accept(const Body &body, QList<UrlMatch> *urls) const
    {
        const int length = body.end - body.start;
        const int domainStart = body.start + body.schemeLength;
        const QStringView domain = m_text.mid(domainStart, body.domainEnd - domainStart);
        if (!domainLabelsValid(domain))
            return;
        if ((body.schemeLength > 0 ? body.schemeLength : kDefaultSchemeLength) + length
            > kMaxUrlLength)
            return;
        if (body.schemeLength == 0) {
            if (body.before >= 0) {
                const char16_t before = m_u.at(body.before);
                if (before == u'-' || before == u'_' || before == u'.' || before == u'/')
                    return;
            }
            const auto ascii = asciiDomains(domain);
            if (ascii.isEmpty())
                return;
            for (const AsciiDomain &d : ascii)
                urls->append({ body.start + d.start, body.start + d.end, d.end - d.start });
            if (body.hasPath) {
                UrlMatch &last = urls->last();
                last.length = (ascii.last().end - ascii.last().start) + length - int(domain.size());
                last.end = body.end;
            }
            return;
        }
        int end = body.end;
        if (isTco(body)) {
            const int slugStart = domainStart + 5;
            int slugEnd = slugStart;
            while (slugEnd < body.end && m_u.is(slugEnd, SlugChar))
                ++slugEnd;
            if (slugEnd - slugStart > kMaxTcoSlugLength)
                return;
            end = slugEnd;
            if (slugEnd < body.end && m_u.at(slugEnd) == u'?') {
                const int queryEnd = m_u.queryEnd(slugEnd, body.end);
                if (queryEnd >= 0)
                    end = queryEnd;
            }
        }
        urls->append({ body.start, end, end - body.start });
    }

    /// validTcoUrl: https?://t.co/ and a slug.
    bool isTco(const Body &body) const
    {
        const int d = body.start + body.schemeLength;
        return body.domainEnd == d + 4 && m_u.matchesUpper(d, u"T.CO/") && d + 5 < body.end
            && m_u.is(d + 5, SlugChar);
    }

    QStringView m_text;
    Units m_u;
    bool m_schemeRequired;
    int m_scheme = -1;
    int m_dot = -1;
    int m_dotRunStart = -1;
    int m_dotRunUnderscore = -1; ///< the last '_' of the dot run, -1 when none
    Units::AfterFirstLabel m_after;
};

} // namespace

QList<UrlMatch> UrlScanner::scan(QStringView text, Scheme scheme)
{
    return Scanner(text, scheme).run();
}

} // namespace CareDesk
