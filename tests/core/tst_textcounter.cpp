// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The counting engine against the published cases: twitter-text's conformance files (counting,
// URL extraction, TLDs; Apache-2.0, in ../shared/fixtures/twitter-text) and Mastodon lengths
// checked against a real server (../shared/fixtures/platforms/mastodon), plus rows of our own
// for every platform's rule.
#include "app/core/textcounter.h"
#include "app/core/twittertext.h"
#include "app/core/urlscanner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {

QString fixturesDir()
{
    return qEnvironmentVariable("CAREDESK_SHARED_DIR") + u"/fixtures"_s;
}

bool fixturesPresent()
{
    return !qEnvironmentVariableIsEmpty("CAREDESK_SHARED_DIR")
        && QFile::exists(fixturesDir() + u"/twitter-text/validate.yml"_s)
        && QFile::exists(fixturesDir() + u"/platforms/mastodon/status_length_cases.json"_s);
}

// Fixture-driven functions start with this: a missing fixtures folder skips them, except on CI,
// where it is an error.
#define REQUIRE_FIXTURES()                                                                         \
    do {                                                                                           \
        if (!fixturesPresent()) {                                                                  \
            if (qEnvironmentVariable("CI") == "true"_L1)                                           \
                QFAIL("The shared fixtures (CAREDESK_SHARED_DIR/fixtures/twitter-text and "        \
                      "platforms) are "                                                            \
                      "missing on CI.");                                                           \
            QSKIP("The shared fixtures are absent: set CAREDESK_SHARED_DIR to the shared/ folder " \
                  "beside the "                                                                    \
                  "clone to run the twitter-text and Mastodon conformance cases.");                \
        }                                                                                          \
    } while (false)

YAML::Node loadYaml(const QString &relativePath)
{
    return YAML::LoadFile(QString(fixturesDir() + u'/' + relativePath).toStdString());
}

QString str(const YAML::Node &node)
{
    return QString::fromStdString(node.as<std::string>());
}

QJsonObject loadJson(const QString &relativePath)
{
    QFile file(fixturesDir() + u'/' + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// A data tag from a case's description or text: one line, control characters as spaces.
QByteArray tag(const QByteArray &prefix, const QString &text)
{
    QString line = text;
    for (QChar &c : line) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = u' ';
    }
    return prefix + line.toUtf8();
}

/// A row for a fixture-driven function when the fixtures are absent, so the function runs and
/// skips (or fails on CI) instead of silently having no rows.
bool addPlaceholderRowIfMissing()
{
    if (fixturesPresent())
        return false;
    QTest::newRow("fixtures missing");
    return true;
}

int codePointIndex(const QString &text, int utf16)
{
    return int(QStringView(text).left(utf16).toUcs4().size());
}

QString repeated(const QString &unit, int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += unit;
    return text;
}

} // namespace

class TestTextCounter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twitterConformance_data();
    void twitterConformance();
    void urlExtraction_data();
    void urlExtraction();
    void topLevelDomains_data();
    void topLevelDomains();
    void builtInConfigurations_data();
    void builtInConfigurations();
    void mastodonServerCases_data();
    void mastodonServerCases();
    void platformRules_data();
    void platformRules();
    void overLimitRanges_data();
    void overLimitRanges();
    void twitterConfigurationOption();
    void everyPlatformHasARule();
};

void TestTextCounter::twitterConformance_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("version");
    QTest::addColumn<int>("weightedLength");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("permillage");
    QTest::addColumn<int>("validRangeEnd");
    QTest::addColumn<int>("displayRangeEnd");
    if (addPlaceholderRowIfMissing())
        return;
    const YAML::Node tests = loadYaml(u"twitter-text/validate.yml"_s)["tests"];
    // The sections and the configuration their runners use (twitter-text conformance runners):
    // the directional-marker cases run with the default configuration, v3.
    const std::pair<const char *, int> sections[] = { { "WeightedTweetsCounterTest", 2 },
        { "WeightedTweetsWithDiscountedEmojiCounterTest", 3 },
        { "UnicodeDirectionalMarkerCounterTest", 3 } };
    for (const auto &[section, version] : sections) {
        int index = 0;
        for (const YAML::Node &test : tests[section]) {
            const YAML::Node expected = test["expected"];
            const QByteArray name = QByteArray(section) + " #" + QByteArray::number(++index) + ": "
                + str(test["description"]).toUtf8();
            QTest::newRow(name.constData())
                << str(test["text"]) << version << expected["weightedLength"].as<int>()
                << expected["valid"].as<bool>() << expected["permillage"].as<int>()
                << expected["validRangeEnd"].as<int>() << expected["displayRangeEnd"].as<int>();
        }
    }
}

void TestTextCounter::twitterConformance()
{
    REQUIRE_FIXTURES();
    QFETCH(QString, text);
    QFETCH(int, version);
    QFETCH(int, weightedLength);
    QFETCH(bool, valid);
    QFETCH(int, permillage);
    QFETCH(int, validRangeEnd);
    QFETCH(int, displayRangeEnd);
    const TwitterTextConfig config
        = version == 2 ? TwitterTextConfig::v2() : TwitterTextConfig::v3();
    const TwitterTextResult result = TwitterText::parse(text, config);
    QCOMPARE(result.weightedLength, weightedLength);
    QCOMPARE(result.valid, valid);
    QCOMPARE(result.permillage, permillage);
    QCOMPARE(result.validRangeEnd, validRangeEnd);
    QCOMPARE(result.displayRangeEnd, displayRangeEnd);

    // The engine's X rule says the same with that configuration.
    CountOptions options;
    options.twitter = config;
    const CountResult counted = TextCounter::count(Platform::X, Surface::Public, text, options);
    QCOMPARE(counted.length, weightedLength);
    QCOMPARE(counted.limit, 280);
    QCOMPARE(counted.remaining, 280 - weightedLength);
    QCOMPARE(counted.valid, valid);
}

void TestTextCounter::urlExtraction_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("urls");
    QTest::addColumn<QList<int>>("indices"); // code point start, end pairs; empty when not given
    if (addPlaceholderRowIfMissing())
        return;
    const YAML::Node tests = loadYaml(u"twitter-text/extract.yml"_s)["tests"];
    for (const char *section :
        { "urls", "urls_with_indices", "urls_with_directional_markers", "tco_urls_with_params" }) {
        int index = 0;
        for (const YAML::Node &test : tests[section]) {
            QStringList urls;
            QList<int> indices;
            for (const YAML::Node &expected : test["expected"]) {
                if (expected.IsMap()) {
                    urls.append(str(expected["url"]));
                    indices << expected["indices"][0].as<int>() << expected["indices"][1].as<int>();
                } else {
                    urls.append(str(expected));
                }
            }
            const QByteArray name = QByteArray(section) + " #" + QByteArray::number(++index) + ": "
                + str(test["description"]).toUtf8();
            QTest::newRow(name.constData()) << str(test["text"]) << urls << indices;
        }
    }
}

void TestTextCounter::urlExtraction()
{
    REQUIRE_FIXTURES();
    QFETCH(QString, text);
    QFETCH(QStringList, urls);
    QFETCH(QList<int>, indices);
    const QList<UrlMatch> found = UrlScanner::scan(text);
    QStringList foundUrls;
    QList<int> foundIndices;
    for (const UrlMatch &url : found) {
        foundUrls.append(text.mid(url.start, url.end - url.start));
        foundIndices << codePointIndex(text, url.start) << codePointIndex(text, url.end);
    }
    QCOMPARE(foundUrls, urls);
    if (!indices.isEmpty())
        QCOMPARE(foundIndices, indices);
}

void TestTextCounter::topLevelDomains_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("urls");
    if (addPlaceholderRowIfMissing())
        return;
    const YAML::Node tests = loadYaml(u"twitter-text/tlds.yml"_s)["tests"];
    for (const char *section : { "country", "generic" }) {
        for (const YAML::Node &test : tests[section]) {
            QStringList urls;
            for (const YAML::Node &expected : test["expected"])
                urls.append(str(expected));
            const QByteArray name = QByteArray(section) + ": " + str(test["description"]).toUtf8();
            QTest::newRow(name.constData()) << str(test["text"]) << urls;
        }
    }
}

void TestTextCounter::topLevelDomains()
{
    REQUIRE_FIXTURES();
    QFETCH(QString, text);
    QFETCH(QStringList, urls);
    QStringList found;
    for (const UrlMatch &url : UrlScanner::scan(text))
        found.append(text.mid(url.start, url.end - url.start));
    QCOMPARE(found, urls);
}

void TestTextCounter::builtInConfigurations_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("version");
    if (addPlaceholderRowIfMissing())
        return;
    QTest::newRow("v2.json") << u"twitter-text/v2.json"_s << 2;
    QTest::newRow("v3.json") << u"twitter-text/v3.json"_s << 3;
}

void TestTextCounter::builtInConfigurations()
{
    REQUIRE_FIXTURES();
    QFETCH(QString, file);
    QFETCH(int, version);
    const std::optional<TwitterTextConfig> loaded = TwitterTextConfig::fromJson(loadJson(file));
    QVERIFY(loaded.has_value());
    QCOMPARE(loaded->version, version);
    QVERIFY(*loaded == (version == 2 ? TwitterTextConfig::v2() : TwitterTextConfig::v3()));
}

void TestTextCounter::mastodonServerCases_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("spoiler");
    QTest::addColumn<int>("expected");
    if (addPlaceholderRowIfMissing())
        return;
    const QJsonObject fixture = loadJson(u"platforms/mastodon/status_length_cases.json"_s);
    const QJsonObject spoilerCase = fixture.value(u"spoiler_text_case"_s).toObject();
    const QString spoiler = spoilerCase.value(u"spoiler_text"_s).toString();
    const int adds = spoilerCase.value(u"adds"_s).toInt();
    int index = 0;
    for (const QJsonValue &value : fixture.value(u"cases"_s).toArray()) {
        const QJsonObject c = value.toObject();
        const QString text = c.value(u"text"_s).toString();
        const int expected = c.value(u"expected_length"_s).toInt();
        const QByteArray name = tag("case " + QByteArray::number(++index) + ": ", text.left(40));
        QTest::newRow(name.constData()) << text << QString() << expected;
        QTest::newRow(QByteArray(name + " (with spoiler_text)").constData())
            << text << spoiler << expected + adds;
    }
}

void TestTextCounter::mastodonServerCases()
{
    REQUIRE_FIXTURES();
    QFETCH(QString, text);
    QFETCH(QString, spoiler);
    QFETCH(int, expected);
    CountOptions options;
    options.maxLength = 1000; // the recording instance's limit
    options.spoilerText = spoiler;
    const CountResult result
        = TextCounter::count(Platform::Mastodon, Surface::Public, text, options);
    QCOMPARE(result.length, expected);
    QCOMPARE(result.limit, 1000);
    QCOMPARE(result.remaining, 1000 - expected);
}

void TestTextCounter::platformRules_data()
{
    QTest::addColumn<Platform>("platform");
    QTest::addColumn<Surface>("surface");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("limit");
    QTest::addColumn<bool>("valid");

    const QString family = u"\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466"_s;
    const QString flag = u"\U0001F1EA\U0001F1EA"_s;
    const QString grin = u"\U0001F600"_s;
    const auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };

    row("x: latin letters weigh 1")
        << Platform::X << Surface::Public << u"Hello"_s << 0 << 5 << 280 << true;
    row("x: cyrillic weighs 1") << Platform::X << Surface::Public << u"Привет"_s << 0 << 6 << 280
                                << true;
    row("x: cjk weighs 2") << Platform::X << Surface::Public << u"日本語"_s << 0 << 6 << 280
                           << true;
    row("x: empty is invalid") << Platform::X << Surface::Public << QString() << 0 << 0 << 280
                               << false;
    row("x: only spaces is invalid")
        << Platform::X << Surface::Public << u"   "_s << 0 << 3 << 280 << false;
    row("x: url with a scheme counts 23")
        << Platform::X << Surface::Public
        << u"https://example.com/a/very/long/path/that/goes/on?q=1"_s << 0 << 23 << 280 << true;
    row("x: short url counts 23 too")
        << Platform::X << Surface::Public << u"http://t.co"_s << 0 << 23 << 280 << true;
    row("x: url without a scheme counts 23")
        << Platform::X << Surface::Public << u"see example.com"_s << 0 << 27 << 280 << true;
    row("x: unknown tld is not a url")
        << Platform::X << Surface::Public << u"file.txt"_s << 0 << 8 << 280 << true;
    row("x: cyrillic domain without a scheme is not a url")
        << Platform::X << Surface::Public << u"пример.рф"_s << 0 << 9 << 280 << true;
    row("x: cyrillic domain with a scheme is a url")
        << Platform::X << Surface::Public << u"https://пример.рф"_s << 0 << 23 << 280 << true;
    row("x: zwj family counts 2") << Platform::X << Surface::Public << family << 0 << 2 << 280
                                  << true;
    row("x: flag counts 2") << Platform::X << Surface::Public << flag << 0 << 2 << 280 << true;
    row("x: keycap without fe0f counts 2")
        << Platform::X << Surface::Public << u"1\u20E3"_s << 0 << 2 << 280 << true;
    row("x: copyright sign alone weighs 1")
        << Platform::X << Surface::Public << u"\u00A9"_s << 0 << 1 << 280 << true;
    row("x: copyright sign with fe0f is an emoji")
        << Platform::X << Surface::Public << u"\u00A9\uFE0F"_s << 0 << 2 << 280 << true;
    row("x: unicode 15 emoji counts 2")
        << Platform::X << Surface::Public << u"\U0001FAE8"_s << 0 << 2 << 280 << true;
    row("x: combining accent composes under nfc")
        << Platform::X << Surface::Public << u"e\u0301"_s << 0 << 1 << 280 << true;
    row("x: 280 letters fit") << Platform::X << Surface::Public << QString(280, u'a') << 0 << 280
                              << 280 << true;
    row("x: 281 letters do not") << Platform::X << Surface::Public << QString(281, u'a') << 0 << 281
                                 << 280 << false;
    row("x: 140 cjk fit") << Platform::X << Surface::Public << QString(140, u'語') << 0 << 280
                          << 280 << true;
    row("x: byte order mark is invalid")
        << Platform::X << Surface::Public << u"a\uFEFFb"_s << 0 << 4 << 280 << false;
    row("x: premium account limit from options")
        << Platform::X << Surface::Public << QString(1000, u'a') << 25000 << 1000 << 25000 << true;
    row("x: direct message counts utf-16 up to 10000")
        << Platform::X << Surface::Private << QString(9999, u'a') + grin << 0 << 10001 << 10000
        << false;

    row("mastodon: plain text") << Platform::Mastodon << Surface::Public << u"hello"_s << 0 << 5
                                << 500 << true;
    row("mastodon: url counts 23") << Platform::Mastodon << Surface::Public
                                   << u"https://example.com/x"_s << 0 << 23 << 500 << true;
    row("mastodon: url without a scheme counts in full")
        << Platform::Mastodon << Surface::Public << u"example.com"_s << 0 << 11 << 500 << true;
    row("mastodon: remote mention counts as local")
        << Platform::Mastodon << Surface::Public << u"@bob@example.com hi"_s << 0 << 7 << 500
        << true;
    row("mastodon: email address is not a mention")
        << Platform::Mastodon << Surface::Public << u"bob@example.com"_s << 0 << 15 << 500 << true;
    row("mastodon: family is one grapheme")
        << Platform::Mastodon << Surface::Public << family << 0 << 1 << 500 << true;
    row("mastodon: 500 fit") << Platform::Mastodon << Surface::Public << QString(500, u'a') << 0
                             << 500 << 500 << true;
    row("mastodon: 501 do not") << Platform::Mastodon << Surface::Public << QString(501, u'a') << 0
                                << 501 << 500 << false;
    row("mastodon: instance limit from options")
        << Platform::Mastodon << Surface::Public << QString(501, u'a') << 5000 << 501 << 5000
        << true;
    row("mastodon: direct message has the same rule")
        << Platform::Mastodon << Surface::Private << QString(501, u'a') << 0 << 501 << 500 << false;
    row("mastodon: blank is invalid")
        << Platform::Mastodon << Surface::Public << u" \n"_s << 0 << 0 << 500 << false;

    row("telegram: emoji is two utf-16 units")
        << Platform::Telegram << Surface::Private << grin << 0 << 2 << 4096 << true;
    row("telegram: 4096 fit") << Platform::Telegram << Surface::Public << QString(4096, u'я') << 0
                              << 4096 << 4096 << true;
    row("telegram: 4097 do not") << Platform::Telegram << Surface::Private << QString(4097, u'я')
                                 << 0 << 4097 << 4096 << false;
    row("telegram: empty is invalid")
        << Platform::Telegram << Surface::Private << QString() << 0 << 0 << 4096 << false;

    row("vk: wall comment 4096") << Platform::Vk << Surface::Public << QString(4097, u'a') << 0
                                 << 4097 << 4096 << false;
    row("vk: message 9000 code points")
        << Platform::Vk << Surface::Private << repeated(grin, 9000) << 0 << 9000 << 9000 << true;
    row("vk: message over 9000") << Platform::Vk << Surface::Private << QString(9001, u'a') << 0
                                 << 9001 << 9000 << false;

    row("facebook: comment 8000") << Platform::Facebook << Surface::Public << QString(8000, u'a')
                                  << 0 << 8000 << 8000 << true;
    row("facebook: messenger 2000") << Platform::Facebook << Surface::Private << QString(2001, u'a')
                                    << 0 << 2001 << 2000 << false;
    row("instagram: 2200") << Platform::Instagram << Surface::Public << QString(2200, u'a') << 0
                           << 2200 << 2200 << true;
    row("instagram: direct 2200") << Platform::Instagram << Surface::Private << QString(2201, u'a')
                                  << 0 << 2201 << 2200 << false;
    row("youtube: 10000") << Platform::YouTube << Surface::Public << QString(10000, u'a') << 0
                          << 10000 << 10000 << true;
    row("youtube: corrected limit from options")
        << Platform::YouTube << Surface::Public << QString(10000, u'a') << 5000 << 10000 << 5000
        << false;
    row("reddit: comment 10000") << Platform::Reddit << Surface::Public << QString(10001, u'a') << 0
                                 << 10001 << 10000 << false;
    row("reddit: private message 10000") << Platform::Reddit << Surface::Private
                                         << QString(10000, u'a') << 0 << 10000 << 10000 << true;
}

void TestTextCounter::platformRules()
{
    QFETCH(Platform, platform);
    QFETCH(Surface, surface);
    QFETCH(QString, text);
    QFETCH(int, maxLength);
    QFETCH(int, length);
    QFETCH(int, limit);
    QFETCH(bool, valid);
    CountOptions options;
    options.maxLength = maxLength;
    const CountResult result = TextCounter::count(platform, surface, text, options);
    QCOMPARE(result.length, length);
    QCOMPARE(result.limit, limit);
    QCOMPARE(result.remaining, limit - length);
    QCOMPARE(result.valid, valid);
    QCOMPARE(result.reason.isEmpty(), valid);
    QCOMPARE(result.overLimitRanges.isEmpty(), length <= limit);
}

void TestTextCounter::overLimitRanges_data()
{
    QTest::addColumn<Platform>("platform");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("spoiler");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("length");

    const QString url = u"https://example.com/path"_s; // 24 units, counts 23
    QTest::newRow("x: latin past 280")
        << Platform::X << QString(285, u'a') << QString() << 0 << 280 << 5;
    QTest::newRow("x: cjk past 140")
        << Platform::X << QString(150, u'語') << QString() << 0 << 140 << 10;
    QTest::newRow("x: url that crosses the limit is highlighted whole")
        << Platform::X << QString(269, u'a') + u' ' + url << QString() << 0 << 270 << 24;
    QTest::newRow("x: emoji sequence that crosses the limit")
        << Platform::X << QString(279, u'a') + u"\U0001F1EA\U0001F1EA"_s << QString() << 0 << 279
        << 4;
    QTest::newRow("telegram: a pair cut by the limit is highlighted whole")
        << Platform::Telegram << QString(4095, u'a') + u"\U0001F600"_s << QString() << 0 << 4095
        << 2;
    QTest::newRow("telegram: utf-16 past 4096")
        << Platform::Telegram << QString(4100, u'a') << QString() << 0 << 4096 << 4;
    QTest::newRow("vk message: code points past 9000")
        << Platform::Vk << repeated(u"\U0001F600"_s, 9001) << QString() << 0 << 18000 << 2;
    QTest::newRow("mastodon: graphemes past the instance limit")
        << Platform::Mastodon << QString(12, u'a') << QString() << 10 << 10 << 2;
    QTest::newRow("mastodon: spoiler text uses up the limit first")
        << Platform::Mastodon << QString(12, u'a') << u"spoiler"_s << 10 << 3 << 9;
    QTest::newRow("mastodon: url that crosses the limit is highlighted whole")
        << Platform::Mastodon << u"abc "_s + url << QString() << 20 << 4 << 24;
}

void TestTextCounter::overLimitRanges()
{
    QFETCH(Platform, platform);
    QFETCH(QString, text);
    QFETCH(QString, spoiler);
    QFETCH(int, maxLength);
    QFETCH(int, start);
    QFETCH(int, length);
    CountOptions options;
    options.maxLength = maxLength;
    options.spoilerText = spoiler;
    const Surface surface = platform == Platform::Vk ? Surface::Private : Surface::Public;
    const CountResult result = TextCounter::count(platform, surface, text, options);
    QVERIFY(!result.valid);
    QCOMPARE(result.overLimitRanges.size(), 1);
    QCOMPARE(result.overLimitRanges.first().first, start);
    QCOMPARE(result.overLimitRanges.first().second, length);
}

void TestTextCounter::twitterConfigurationOption()
{
    // "🙋🏽👨‍🎤": two emoji sequences, 4 with v3 and every code point weighed with v2.
    const QString text = u"\U0001F64B\U0001F3FD\U0001F468\u200D\U0001F3A4"_s;
    CountOptions options;
    QCOMPARE(TextCounter::count(Platform::X, Surface::Public, text, options).length, 4);
    options.twitter = TwitterTextConfig::v2();
    QCOMPARE(TextCounter::count(Platform::X, Surface::Public, text, options).length, 9);
}

void TestTextCounter::everyPlatformHasARule()
{
    for (const Platform platform : allPlatforms()) {
        for (const Surface surface : { Surface::Public, Surface::Private }) {
            const CountRule rule = TextCounter::rule(platform, surface);
            QVERIFY2(rule.defaultLimit > 0, qPrintable(toString(platform)));
            const CountResult result = TextCounter::count(platform, surface, u"ok"_s);
            QVERIFY2(result.valid, qPrintable(toString(platform)));
            QCOMPARE(result.length, 2);
        }
    }
}

QTEST_GUILESS_MAIN(TestTextCounter)
#include "tst_textcounter.moc"
