// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/platforms/htmltext.h"

#include <QLatin1String>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

constexpr char16_t replacementChar = 0xFFFD;

bool isAsciiSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

bool isAsciiAlpha(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

int hexValue(char16_t c)
{
    if (isAsciiDigit(c))
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

char16_t asciiLower(char16_t c)
{
    return (c >= u'A' && c <= u'Z') ? char16_t(c + (u'a' - u'A')) : c;
}

bool equalsAsciiNoCase(QStringView a, QLatin1String b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (asciiLower(a[i].unicode()) != asciiLower(char16_t(uchar(b[i].toLatin1()))))
            return false;
    }
    return true;
}

/// Whether a space-separated attribute (class, rel) holds token.
bool hasToken(QStringView list, QLatin1String token)
{
    qsizetype i = 0;
    while (i < list.size()) {
        while (i < list.size() && isAsciiSpace(list[i].unicode()))
            ++i;
        const qsizetype start = i;
        while (i < list.size() && !isAsciiSpace(list[i].unicode()))
            ++i;
        if (i > start && equalsAsciiNoCase(list.mid(start, i - start), token))
            return true;
    }
    return false;
}

struct NamedEntity {
    QLatin1String name;
    char16_t value;
};

// The entities Mastodon's sanitizer and common servers emit; an unknown name stays literal text.
constexpr std::array namedEntities {
    NamedEntity { "amp"_L1, u'&' },
    NamedEntity { "lt"_L1, u'<' },
    NamedEntity { "gt"_L1, u'>' },
    NamedEntity { "quot"_L1, u'"' },
    NamedEntity { "apos"_L1, u'\'' },
    NamedEntity { "nbsp"_L1, 0x00A0 },
    NamedEntity { "hellip"_L1, 0x2026 },
    NamedEntity { "mdash"_L1, 0x2014 },
    NamedEntity { "ndash"_L1, 0x2013 },
    NamedEntity { "lsquo"_L1, 0x2018 },
    NamedEntity { "rsquo"_L1, 0x2019 },
    NamedEntity { "ldquo"_L1, 0x201C },
    NamedEntity { "rdquo"_L1, 0x201D },
    NamedEntity { "laquo"_L1, 0x00AB },
    NamedEntity { "raquo"_L1, 0x00BB },
    NamedEntity { "copy"_L1, 0x00A9 },
    NamedEntity { "reg"_L1, 0x00AE },
    NamedEntity { "trade"_L1, 0x2122 },
    NamedEntity { "euro"_L1, 0x20AC },
    NamedEntity { "middot"_L1, 0x00B7 },
    NamedEntity { "bull"_L1, 0x2022 },
    NamedEntity { "shy"_L1, 0x00AD },
    NamedEntity { "zwj"_L1, 0x200D },
    NamedEntity { "zwnj"_L1, 0x200C },
};

void appendCodePoint(QString &out, char32_t cp)
{
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        out += QChar(replacementChar);
    } else if (cp >= 0x10000) {
        out += QChar(QChar::highSurrogate(cp));
        out += QChar(QChar::lowSurrogate(cp));
    } else {
        out += QChar(char16_t(cp));
    }
}

/// Decodes the character reference at text[pos] == '&' into out. Returns how many characters it
/// used, or 0 when it is not one (the '&' is then literal text). Looks at most a bounded number of
/// characters ahead for names, so the whole conversion stays linear.
qsizetype decodeEntity(QStringView text, qsizetype pos, QString &out)
{
    const qsizetype n = text.size();
    qsizetype i = pos + 1;
    if (i < n && text[i] == u'#') {
        ++i;
        const bool hex = i < n && (text[i] == u'x' || text[i] == u'X');
        if (hex)
            ++i;
        const qsizetype digitsStart = i;
        char32_t value = 0;
        bool overflow = false;
        while (i < n) {
            const int d = hex ? hexValue(text[i].unicode())
                              : (isAsciiDigit(text[i].unicode()) ? text[i].unicode() - u'0' : -1);
            if (d < 0)
                break;
            if (!overflow) {
                value = value * (hex ? 16 : 10) + char32_t(d);
                overflow = value > 0x10FFFF;
            }
            ++i;
        }
        if (i == digitsStart)
            return 0;
        if (i < n && text[i] == u';')
            ++i;
        appendCodePoint(out, overflow ? char32_t(0x110000) : value);
        return i - pos;
    }
    constexpr qsizetype longestName = 8;
    const qsizetype nameStart = i;
    while (i < n && i - nameStart <= longestName
        && (isAsciiAlpha(text[i].unicode()) || isAsciiDigit(text[i].unicode())))
        ++i;
    if (i == nameStart || i >= n || text[i] != u';')
        return 0;
    const QStringView name = text.mid(nameStart, i - nameStart);
    for (const NamedEntity &entity : namedEntities) {
        if (name == entity.name) {
            out += QChar(entity.value);
            return i + 1 - pos;
        }
    }
    return 0;
}

QString decodeAttribute(QStringView value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size();) {
        if (value[i] == u'&') {
            if (const qsizetype used = decodeEntity(value, i, out)) {
                i += used;
                continue;
            }
        }
        out += value[i];
        ++i;
    }
    return out;
}

/// A URL as a browser would read it from an href: ASCII tabs and line breaks removed, spaces
/// around it trimmed.
QString cleanHref(QStringView value)
{
    QString decoded = decodeAttribute(value);
    decoded.removeIf([](QChar c) { return c == u'\t' || c == u'\n' || c == u'\r'; });
    return decoded.trimmed();
}

bool startsWithNoCase(QStringView text, QLatin1String prefix)
{
    return text.size() >= prefix.size() && equalsAsciiNoCase(text.first(prefix.size()), prefix);
}

bool isWebUrl(QStringView href)
{
    return startsWithNoCase(href, "https://"_L1) || startsWithNoCase(href, "http://"_L1);
}

QStringView withoutScheme(QStringView url)
{
    for (const QLatin1String prefix : { "https://"_L1, "http://"_L1, "mailto:"_L1 }) {
        if (startsWithNoCase(url, prefix))
            url = url.mid(prefix.size());
    }
    while (url.endsWith(u'/'))
        url.chop(1);
    return url;
}

/// Whether the visible text of a link names the address it leads to.
bool namesAddress(QStringView visible, QStringView href)
{
    return visible.compare(href, Qt::CaseInsensitive) == 0
        || withoutScheme(visible).compare(withoutScheme(href), Qt::CaseInsensitive) == 0;
}

enum class TagKind { Other, LineBreak, Block, Paragraph, Pre, Anchor, Span, RawText };

TagKind kindOf(QStringView name)
{
    if (equalsAsciiNoCase(name, "br"_L1))
        return TagKind::LineBreak;
    if (equalsAsciiNoCase(name, "a"_L1))
        return TagKind::Anchor;
    if (equalsAsciiNoCase(name, "span"_L1))
        return TagKind::Span;
    if (equalsAsciiNoCase(name, "pre"_L1))
        return TagKind::Pre;
    for (const QLatin1String block : { "p"_L1, "blockquote"_L1, "h1"_L1, "h2"_L1, "h3"_L1, "h4"_L1,
             "h5"_L1, "h6"_L1, "ul"_L1, "ol"_L1, "dl"_L1, "table"_L1, "hr"_L1, "figure"_L1 }) {
        if (equalsAsciiNoCase(name, block))
            return TagKind::Paragraph;
    }
    for (const QLatin1String block : { "div"_L1, "li"_L1, "tr"_L1, "dt"_L1, "dd"_L1, "section"_L1,
             "article"_L1, "header"_L1, "footer"_L1, "aside"_L1, "nav"_L1, "main"_L1, "address"_L1,
             "details"_L1, "summary"_L1, "figcaption"_L1, "caption"_L1, "center"_L1 }) {
        if (equalsAsciiNoCase(name, block))
            return TagKind::Block;
    }
    for (const QLatin1String raw : { "script"_L1, "style"_L1, "template"_L1, "iframe"_L1,
             "object"_L1, "noscript"_L1, "noembed"_L1, "noframes"_L1, "title"_L1, "textarea"_L1,
             "xmp"_L1, "svg"_L1, "math"_L1 }) {
        if (equalsAsciiNoCase(name, raw))
            return TagKind::RawText;
    }
    return TagKind::Other;
}

class Converter
{
public:
    explicit Converter(QStringView html)
        : m_in(html)
    {
        m_out.reserve(html.size());
    }

    QString run()
    {
        const qsizetype n = m_in.size();
        qsizetype i = 0;
        while (i < n) {
            const QChar c = m_in[i];
            if (c == u'<') {
                i = tag(i);
            } else if (c == u'&') {
                const qsizetype used = decodeEntity(m_in, i, m_entity);
                if (used > 0) {
                    for (const QChar decoded : std::as_const(m_entity))
                        put(decoded);
                    m_entity.clear();
                    i += used;
                } else {
                    put(c);
                    ++i;
                }
            } else {
                put(c);
                ++i;
            }
        }
        if (m_inAnchor)
            finishAnchor();
        return sanitizePlainText(m_out).trimmed();
    }

private:
    void put(QChar c)
    {
        if (m_pre == 0 && isAsciiSpace(c.unicode())) {
            if (!m_out.isEmpty() && !m_out.endsWith(u'\n'))
                m_pendingSpace = true;
            return;
        }
        if (m_pendingSpace) {
            m_out += u' ';
            m_pendingSpace = false;
        }
        m_out += c;
    }

    void lineBreak()
    {
        m_pendingSpace = false;
        m_out += u'\n';
    }

    /// Ends the current block with `lines` line breaks (a blank line for 2), never at the start.
    void blockBreak(int lines)
    {
        m_pendingSpace = false;
        if (m_out.isEmpty())
            return;
        int have = 0;
        for (qsizetype i = m_out.size() - 1; i >= 0 && have < lines && m_out[i] == u'\n'; --i)
            ++have;
        for (; have < lines; ++have)
            m_out += u'\n';
    }

    void startAnchor(const QString &href, QStringView cls, QStringView rel)
    {
        if (m_inAnchor)
            finishAnchor();
        m_inAnchor = true;
        m_anchorStart = m_out.size();
        m_href = href;
        m_anchorIsTag
            = hasToken(cls, "mention"_L1) || hasToken(cls, "hashtag"_L1) || hasToken(rel, "tag"_L1);
        m_anchorShortened = false;
    }

    void finishAnchor()
    {
        m_inAnchor = false;
        qsizetype start = m_anchorStart;
        if (start < m_out.size() && m_out[start] == u' ')
            ++start;
        if (m_anchorIsTag || m_href.isEmpty())
            return;
        const bool web = isWebUrl(m_href);
        if (!web && !startsWithNoCase(m_href, "mailto:"_L1))
            return;
        const QStringView visible = QStringView(m_out).mid(start).trimmed();
        if (visible.isEmpty() || (web && m_anchorShortened)) {
            m_out.truncate(start);
            m_out += m_href;
            return;
        }
        if (namesAddress(visible, m_href))
            return;
        m_out += u" ("_s + m_href + u')';
    }

    qsizetype skipTo(QChar end, qsizetype from) const
    {
        const qsizetype at = m_in.indexOf(end, from);
        return at < 0 ? m_in.size() : at + 1;
    }

    /// The position of the `</name` that ends a raw-text element, or the end of the input.
    qsizetype rawTextEnd(QStringView name, qsizetype from) const
    {
        const qsizetype n = m_in.size();
        qsizetype i = from;
        while (true) {
            i = m_in.indexOf(u'<', i);
            if (i < 0 || i + 1 >= n)
                return n;
            if (m_in[i + 1] == u'/' && i + 2 + name.size() <= n
                && m_in.mid(i + 2, name.size()).compare(name, Qt::CaseInsensitive) == 0) {
                const qsizetype after = i + 2 + name.size();
                if (after == n || isAsciiSpace(m_in[after].unicode()) || m_in[after] == u'/'
                    || m_in[after] == u'>')
                    return i;
            }
            ++i;
        }
    }

    /// Reads the markup starting at m_in[at] == '<' and returns where the text resumes.
    qsizetype tag(qsizetype at)
    {
        const qsizetype n = m_in.size();
        qsizetype j = at + 1;
        if (j >= n) {
            put(u'<');
            return n;
        }
        const QChar first = m_in[j];
        if (first == u'!') {
            if (m_in.mid(j + 1).startsWith(u"--")) {
                const qsizetype end = m_in.indexOf(u"-->", j + 3);
                return end < 0 ? n : end + 3;
            }
            return skipTo(u'>', j);
        }
        if (first == u'?')
            return skipTo(u'>', j);
        const bool closing = first == u'/';
        if (closing) {
            ++j;
            if (j >= n)
                return n;
            if (m_in[j] == u'>')
                return j + 1;
            if (!isAsciiAlpha(m_in[j].unicode()))
                return skipTo(u'>', j);
        } else if (!isAsciiAlpha(first.unicode())) {
            // "a < b", "<3": a lone '<' is text.
            put(u'<');
            return at + 1;
        }

        const qsizetype nameStart = j;
        while (j < n && !isAsciiSpace(m_in[j].unicode()) && m_in[j] != u'/' && m_in[j] != u'>')
            ++j;
        const QStringView name = m_in.mid(nameStart, j - nameStart);
        const TagKind kind = kindOf(name);
        const bool wantAttributes = !closing && (kind == TagKind::Anchor || kind == TagKind::Span);

        QString href;
        QStringView cls;
        QStringView rel;
        while (true) {
            while (j < n && (isAsciiSpace(m_in[j].unicode()) || m_in[j] == u'/'))
                ++j;
            if (j >= n)
                return n; // the input ends inside a tag: nothing more to show
            if (m_in[j] == u'>') {
                ++j;
                break;
            }
            const qsizetype attrStart = j++;
            while (j < n && !isAsciiSpace(m_in[j].unicode()) && m_in[j] != u'/' && m_in[j] != u'>'
                && m_in[j] != u'=')
                ++j;
            const QStringView attrName = m_in.mid(attrStart, j - attrStart);
            while (j < n && isAsciiSpace(m_in[j].unicode()))
                ++j;
            QStringView value;
            if (j < n && m_in[j] == u'=') {
                ++j;
                while (j < n && isAsciiSpace(m_in[j].unicode()))
                    ++j;
                if (j >= n)
                    return n;
                if (m_in[j] == u'"' || m_in[j] == u'\'') {
                    const qsizetype end = m_in.indexOf(m_in[j], j + 1);
                    if (end < 0)
                        return n;
                    value = m_in.mid(j + 1, end - j - 1);
                    j = end + 1;
                } else {
                    const qsizetype valueStart = j;
                    while (j < n && !isAsciiSpace(m_in[j].unicode()) && m_in[j] != u'>')
                        ++j;
                    value = m_in.mid(valueStart, j - valueStart);
                }
            }
            if (wantAttributes) {
                if (equalsAsciiNoCase(attrName, "href"_L1))
                    href = cleanHref(value);
                else if (equalsAsciiNoCase(attrName, "class"_L1))
                    cls = value;
                else if (equalsAsciiNoCase(attrName, "rel"_L1))
                    rel = value;
            }
        }

        switch (kind) {
        case TagKind::LineBreak:
            lineBreak(); // </br> too, as browsers do
            break;
        case TagKind::Paragraph:
            blockBreak(2);
            break;
        case TagKind::Block:
            blockBreak(1);
            break;
        case TagKind::Pre:
            blockBreak(2);
            m_pre = closing ? qMax(0, m_pre - 1) : m_pre + 1;
            break;
        case TagKind::Anchor:
            if (!closing)
                startAnchor(href, cls, rel);
            else if (m_inAnchor)
                finishAnchor();
            break;
        case TagKind::Span:
            if (!closing && m_inAnchor
                && (hasToken(cls, "invisible"_L1) || hasToken(cls, "ellipsis"_L1)))
                m_anchorShortened = true;
            break;
        case TagKind::RawText:
            if (!closing)
                return rawTextEnd(name, j);
            break;
        case TagKind::Other:
            break;
        }
        return j;
    }

    QStringView m_in;
    QString m_out;
    QString m_entity;
    bool m_pendingSpace = false;
    int m_pre = 0;
    bool m_inAnchor = false;
    qsizetype m_anchorStart = 0;
    QString m_href;
    bool m_anchorIsTag = false;
    bool m_anchorShortened = false;
};

bool dropped(char32_t cp)
{
    if (cp < 0x20)
        return cp != u'\n' && cp != u'\t';
    if (cp >= 0x7F && cp <= 0x9F)
        return true;
    if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069))
        return true;
    if (cp == 0x200B || (cp >= 0x2060 && cp <= 0x2064) || cp == 0xFEFF)
        return true;
    if ((cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE)
        return true; // noncharacters
    if (cp >= 0xFFF9 && cp <= 0xFFFB)
        return true; // interlinear annotation controls
    return false;
}

} // namespace

QString htmlToPlainText(QStringView html)
{
    return Converter(html).run();
}

QString sanitizePlainText(QStringView text)
{
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'\r') {
            out += u'\n';
            if (i + 1 < n && text[i + 1] == u'\n')
                ++i;
            continue;
        }
        if (c == u'\t') {
            out += u' ';
            continue;
        }
        if (c == 0x2028 || c == 0x2029) {
            out += u'\n';
            continue;
        }
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 < n && QChar::isLowSurrogate(text[i + 1].unicode())) {
                const char32_t cp = QChar::surrogateToUcs4(c, text[i + 1].unicode());
                if (!dropped(cp)) {
                    out += QChar(c);
                    out += text[i + 1];
                }
                ++i;
            } else {
                out += QChar(replacementChar);
            }
            continue;
        }
        if (QChar::isLowSurrogate(c)) {
            out += QChar(replacementChar);
            continue;
        }
        if (!dropped(c))
            out += QChar(c);
    }
    return out;
}

} // namespace CareDesk
