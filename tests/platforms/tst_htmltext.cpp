// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Platform HTML becomes the plain text a reader sees: safely (nothing loaded, nothing hidden,
// no lying link), in linear time, whatever the nesting.
#include "app/platforms/htmltext.h"

#include <QElapsedTimer>
#include <QTest>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

class TestHtmlText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void convert_data();
    void convert();
    void sanitize_data();
    void sanitize();
    void linearTime_data();
    void linearTime();
    void deepNesting();
};

void TestHtmlText::convert_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");

    // Shapes Mastodon 4.x sends (the cassettes in ../shared/fixtures/platforms/mastodon).
    QTest::newRow("plain paragraph") << u"<p>Toot, finally!</p>"_s << u"Toot, finally!"_s;
    QTest::newRow("mention becomes @user")
        << u"<p><span class=\"h-card\" translate=\"no\"><a "
           u"href=\"http://localhost:3000/@mastodonpy_test\" "
           "class=\"u-url mention\">@<span>mastodonpy_test</span></a></span> hello!</p>"_s
        << u"@mastodonpy_test hello!"_s;
    QTest::newRow("hashtag becomes #tag")
        << u"<p>need <a href=\"https://m.example/tags/help\" class=\"mention hashtag\" rel=\"tag\">#<span>help</span></a> now</p>"_s
        << u"need #help now"_s;
    QTest::newRow("paragraphs are separated by a blank line")
        << u"<p>first</p><p>second</p>"_s << u"first\n\nsecond"_s;
    QTest::newRow("br is a line break") << u"<p>a<br>b<br />c<br/>d</p>"_s << u"a\nb\nc\nd"_s;
    QTest::newRow("two br keep the blank line") << u"<p>a<br><br>b</p>"_s << u"a\n\nb"_s;
    QTest::newRow("shortened link becomes its full href")
        << u"<p>see <a href=\"https://example.com/a/very/long/path?q=1&amp;r=2\" rel=\"nofollow "
           u"noopener\" "
           "target=\"_blank\"><span class=\"invisible\">https://</span><span "
           "class=\"ellipsis\">example.com/a/very/lo"
           "</span><span class=\"invisible\">ng/path?q=1&amp;r=2</span></a> ok</p>"_s
        << u"see https://example.com/a/very/long/path?q=1&r=2 ok"_s;
    QTest::newRow("ellipsis text that lost the tail")
        << u"<a href=\"https://example.com/x/long-tail\"><span class=\"ellipsis\">example.com/x/lo</span></a>"_s
        << u"https://example.com/x/long-tail"_s;
    QTest::newRow("link named by its address")
        << u"<a href=\"https://example.com/\">https://example.com/</a>"_s
        << u"https://example.com/"_s;
    QTest::newRow("link named without scheme")
        << u"<a href=\"https://example.com/page\">example.com/page</a>"_s << u"example.com/page"_s;
    QTest::newRow("lying link text shows the real address")
        << u"<p>log in at <a href=\"https://evil.example/login\">https://bank.example/login</a></p>"_s
        << u"log in at https://bank.example/login (https://evil.example/login)"_s;
    QTest::newRow("worded link shows its address")
        << u"<a href=\"https://example.com/faq\">our FAQ</a>"_s
        << u"our FAQ (https://example.com/faq)"_s;
    QTest::newRow("javascript href is never shown")
        << u"<a href=\"javascript:alert(1)\">click</a>"_s << u"click"_s;
    QTest::newRow("file href is never shown")
        << u"<a href=\"file:///etc/passwd\">passwords</a>"_s << u"passwords"_s;
    QTest::newRow("mailto named by address")
        << u"<a href=\"mailto:help@example.com\">help@example.com</a>"_s << u"help@example.com"_s;
    QTest::newRow("empty link shows its address")
        << u"<a href=\"https://example.com/pic\"><img src=\"https://example.com/pic.png\"></a>"_s
        << u"https://example.com/pic"_s;
    QTest::newRow("line breaks inside href are removed")
        << u"<a href=\"https://exa\nmple.com\">t</a>"_s << u"t (https://example.com)"_s;
    QTest::newRow("nested anchors close the outer one")
        << u"<a href=\"https://a.example\">x<a href=\"https://b.example\">y</a></a>"_s
        << u"x (https://a.example)y (https://b.example)"_s;
    QTest::newRow("img loads nothing and shows nothing")
        << u"x<img src=file:///etc/passwd>y<img src=\"file:///etc/passwd\" alt=\"secret\">"_s
        << u"xy"_s;
    QTest::newRow("a < b is text") << u"<p>a < b and c > d</p>"_s << u"a < b and c > d"_s;
    QTest::newRow("<3 is text") << u"<3 you"_s << u"<3 you"_s;
    QTest::newRow("lone < at the end") << u"x <"_s << u"x <"_s;
    QTest::newRow("entities")
        << u"&amp; &lt; &gt; &quot; &#39; &apos; &#65;&#x42;&#X43; &#x1F600; a&nbsp;b &hellip;"_s
        << u"& < > \" ' ' ABC 😀 a\u00A0b …"_s;
    QTest::newRow("numeric entity without semicolon") << u"&#65B"_s << u"AB"_s;
    QTest::newRow("invalid code points become U+FFFD")
        << u"&#0;&#xD800;&#x110000;&#99999999999999999999;"_s << u"\uFFFD\uFFFD\uFFFD\uFFFD"_s;
    QTest::newRow("unknown or unfinished entities stay text")
        << u"&bogus; & &amp &#; &#x;"_s << u"&bogus; & &amp &#; &#x;"_s;
    QTest::newRow("entities in href") << u"<a href=\"https://e.example/?a=1&amp;b=2\">go</a>"_s
                                      << u"go (https://e.example/?a=1&b=2)"_s;
    QTest::newRow("script content dropped")
        << u"a<script>alert(\"<p>x</p>\")</script>b"_s << u"ab"_s;
    QTest::newRow("script end tag needs its name")
        << u"a<SCRIPT>x</scrip></b></ScRiPt >b"_s << u"ab"_s;
    QTest::newRow("style content dropped") << u"<style>p { color: red }</style>text"_s << u"text"_s;
    QTest::newRow("unclosed script drops the rest")
        << u"a<script>never closed <p>b</p>"_s << u"a"_s;
    QTest::newRow("comment dropped") << u"a<!-- <p>hidden</p> -->b"_s << u"ab"_s;
    QTest::newRow("unterminated comment drops the rest") << u"a<!-- never ends <p>b"_s << u"a"_s;
    QTest::newRow("doctype and processing instruction")
        << u"<!DOCTYPE html><?xml version=\"1.0\"?>x"_s << u"x"_s;
    QTest::newRow("unterminated tag drops the rest") << u"hello <a href=\"x"_s << u"hello"_s;
    QTest::newRow("quoted > inside an attribute")
        << u"<a href=\"https://x.example/?a>b\" class=\"mention\">@x</a> hi"_s << u"@x hi"_s;
    QTest::newRow("unquoted attributes")
        << u"<a href=https://x.example class=mention>@x</a>"_s << u"@x"_s;
    QTest::newRow("empty end tag and bogus end tag") << u"a</>b</ 1>c"_s << u"abc"_s;
    QTest::newRow("uppercase tags") << u"<P>A<BR>B</P><P>C</P>"_s << u"A\nB\n\nC"_s;
    QTest::newRow("whitespace collapses") << u"<p>  a \n\t b  </p>"_s << u"a b"_s;
    QTest::newRow("pre keeps whitespace")
        << u"<p>code:</p><pre>a\n  b</pre>"_s << u"code:\n\na\n  b"_s;
    QTest::newRow("lists") << u"<ul><li>one</li><li>two</li></ul><p>end</p>"_s
                           << u"one\ntwo\n\nend"_s;
    QTest::newRow("blockquote") << u"<p>a</p><blockquote><p>b</p></blockquote><p>c</p>"_s
                                << u"a\n\nb\n\nc"_s;
    QTest::newRow("RTL override removed")
        << u"<p>invoice\u202Efdp.exe</p>"_s << u"invoicefdp.exe"_s;
    QTest::newRow("RTL override as entity removed")
        << u"<p>invoice&#x202E;fdp.exe</p>"_s << u"invoicefdp.exe"_s;
    QTest::newRow("zero-width space in a handle removed") << u"@ad\u200Bmin"_s << u"@admin"_s;
    QTest::newRow("ZWJ emoji kept") << u"<p>👨\u200D👩\u200D👧</p>"_s << u"👨\u200D👩\u200D👧"_s;
    QTest::newRow("Arabic with RLM kept") << u"<p>مرحبا\u200F!</p>"_s << u"مرحبا\u200F!"_s;
    QTest::newRow("controls removed") << u"a\u0007b\u0085c\u0000d"_s << u"abcd"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only tags") << u"<p><span></span></p>"_s << QString();
}

void TestHtmlText::convert()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(htmlToPlainText(html), text);
}

void TestHtmlText::sanitize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("output");
    QTest::newRow("CR LF and CR become LF") << u"a\r\nb\rc"_s << u"a\nb\nc"_s;
    QTest::newRow("tab becomes a space") << u"a\tb"_s << u"a b"_s;
    QTest::newRow("line and paragraph separators") << u"a\u2028b\u2029c"_s << u"a\nb\nc"_s;
    QTest::newRow("bidi embeddings and isolates")
        << u"\u202Aa\u202Bb\u202Cc\u202Dd\u202Ee\u2066f\u2067g\u2068h\u2069"_s << u"abcdefgh"_s;
    QTest::newRow("invisible joiners and BOM") << u"\uFEFFa\u2060b\u2061c\u200Bd"_s << u"abcd"_s;
    QTest::newRow("ZWNJ kept") << u"می\u200Cخواهم"_s << u"می\u200Cخواهم"_s;
    QTest::newRow("noncharacters") << u"a\uFFFEb\uFDD0c"_s << u"abc"_s;
    QTest::newRow("lone surrogates")
        << QString(QChar(0xD800)) + u"x"_s + QChar(0xDC00) << u"\uFFFDx\uFFFD"_s;
    QTest::newRow("astral noncharacter")
        << u"a"_s + QChar(0xD83F) + QChar(0xDFFF) + u"b"_s << u"ab"_s;
    QTest::newRow("emoji and flags kept")
        << u"🇪🇪 🏴󠁧󠁢󠁥󠁮󠁧󠁿"_s << u"🇪🇪 🏴󠁧󠁢󠁥󠁮󠁧󠁿"_s;
}

void TestHtmlText::sanitize()
{
    QFETCH(QString, input);
    QFETCH(QString, output);
    QCOMPARE(sanitizePlainText(input), output);
}

void TestHtmlText::linearTime_data()
{
    // Each input is 5 MB or more and built to break a careless tokenizer: rescanning from every
    // '<' or '&' would be quadratic and never finish. Inputs are made when the row runs.
    using Make = std::function<QString()>;
    using Check = std::function<bool(const QString &)>;
    QTest::addColumn<Make>("make");
    QTest::addColumn<Check>("check");

    static const QString paragraph
        = u"<p><span class=\"h-card\"><a href=\"https://m.example/@bob\" class=\"u-url "
          u"mention\">@<span>bob</span></a></span> "
          "my order &amp; refund: <a href=\"https://shop.example/orders/123456789\" "
          "rel=\"nofollow\"><span class=\"invisible\">"
          "https://</span><span class=\"ellipsis\">shop.example/orders/1234</span><span "
          "class=\"invisible\">56789</span></a>"
          "<br>thanks!</p>"_s;
    const int paragraphs = int(5 * 1024 * 1024 / paragraph.size()) + 1;
    const auto repeat
        = [](const QString &unit, int times) { return Make([=] { return unit.repeated(times); }); };
    const auto isEmpty = Check([](const QString &text) { return text.isEmpty(); });
    constexpr int mega = 1 << 20;

    QTest::newRow("realistic 5 MB")
        << repeat(paragraph, paragraphs) << Check([paragraphs](const QString &text) {
               return text.count(u"https://shop.example/orders/123456789 thanks"_s) == 0
                   && text.count(u"https://shop.example/orders/123456789\nthanks!"_s) == paragraphs;
           });
    QTest::newRow("5 MB of <") << repeat(
        u"<"_s, 5 * mega) << Check([](const QString &text) { return text.size() == 5 * mega; });
    QTest::newRow("5 MB of <a without >") << repeat(u"<a"_s, 5 * mega / 2) << isEmpty;
    QTest::newRow("5 MB of anchors") << repeat(u"<a href=x>"_s, mega / 2) << isEmpty;
    QTest::newRow("5 MB of unterminated quotes") << repeat(u"<a href=\"x"_s, mega / 2) << isEmpty;
    QTest::newRow("5 MB of &#") << repeat(u"&#"_s,
        5 * mega / 2) << Check([](const QString &text) { return text.size() == 5 * mega; });
    QTest::newRow("5 MB of long entity names") << repeat(u"&abcdefghijklmnopqrstuvwxyz"_s,
        5 * mega / 27) << Check([](const QString &text) {
        return text.startsWith(u"&abcdefghijklmnopqrstuvwxyz&abc"_s);
    });
    QTest::newRow("5 MB of comment openers") << repeat(u"<!--"_s, 5 * mega / 4) << isEmpty;
    QTest::newRow("5 MB of script openers") << repeat(u"<script>"_s, 5 * mega / 8) << isEmpty;
    QTest::newRow("5 MB of </scrip inside a script")
        << Make([]() -> QString { return u"<script>"_s + u"</scrip"_s.repeated(5 * mega / 7); })
        << isEmpty;
    QTest::newRow("5 MB of br") << repeat(u"a<br>"_s,
        mega) << Check([](const QString &text) { return text.count(u'\n') == mega - 1; });
    QTest::newRow("5 MB of RTL overrides")
        << Make([] { return QString(5 * mega, QChar(0x202E)); }) << isEmpty;
}

void TestHtmlText::linearTime()
{
    QFETCH(std::function<QString()>, make);
    QFETCH(std::function<bool(const QString &)>, check);
    const QString html = make();
    QElapsedTimer timer;
    timer.start();
    const QString text = htmlToPlainText(html);
    const qint64 ms = timer.elapsed();
    qInfo("%lld characters in %lld ms", qint64(html.size()), ms);
    QVERIFY(check(text));
    // Generous on a loaded machine; a quadratic path would take hours here.
    QVERIFY2(ms < 3000, qPrintable(u"took %1 ms"_s.arg(ms)));
}

void TestHtmlText::deepNesting()
{
    // No recursion and no stack of open elements: depth costs nothing.
    const int depth = 300'000;
    const QString html = u"<span><div><blockquote>"_s.repeated(depth)
        + u"<a href=\"https://e.example\">x</a>"_s
        + u"</blockquote></div></span>"_s.repeated(depth);
    QCOMPARE(htmlToPlainText(html), u"x (https://e.example)"_s);
}

QTEST_GUILESS_MAIN(TestHtmlText)
#include "tst_htmltext.moc"
