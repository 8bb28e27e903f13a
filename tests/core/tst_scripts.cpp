// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Scripts without I/O: variant picking with its fallbacks, every placeholder, unfillable ones
// reported with their positions, matching as the agent types, and the library file formats.

#include "app/core/scriptfile.h"
#include "app/core/scripts.h"

#include <QFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {

Script library()
{
    Script script;
    script.title = u"Thanks for kind words"_s;
    script.shortcut = u"thanks"_s;
    script.category = u"Praise"_s;
    script.variants = {
        { QString(), u"en"_s, QString(), u"generic en"_s },
        { QString(), u"ru"_s, u"Спасибо за отзыв"_s, u"generic ru"_s },
        { u"x"_s, u"en"_s, QString(), u"x en"_s },
        { u"x"_s, u"ru"_s, QString(), u"x ru"_s },
        { u"telegram"_s, QString(), QString(), u"telegram any"_s },
    };
    return Scripts::normalized(script);
}

PlaceholderContext fullContext()
{
    PlaceholderContext context;
    context.customerName = u"Anna Petrova"_s;
    context.agentName = u"Olga"_s;
    context.caseId = u"1042"_s;
    context.accountHandle = u"@northwind_care"_s;
    context.eta = u"2 hours"_s;
    context.links.insert(u"returns"_s, u"https://northwind.example/help/refunds"_s);
    return context;
}

} // namespace

class TestScripts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void picksVariant_data();
    void picksVariant();
    void expandsPlaceholders_data();
    void expandsPlaceholders();
    void reportsUnfilledWithPositions();
    void findsOnlyKnownPlaceholders_data();
    void findsOnlyKnownPlaceholders();
    void matchesWhatTheAgentTypes_data();
    void matchesWhatTheAgentTypes();
    void validates_data();
    void validates();
    void jsonRoundTrip();
    void csvRoundTrip();
    void malformedFilesNameTheRecord_data();
    void malformedFilesNameTheRecord();
    void shippedLibraryIsComplete();
};

void TestScripts::picksVariant_data()
{
    QTest::addColumn<Platform>("platform");
    QTest::addColumn<QStringList>("languages");
    QTest::addColumn<QString>("body");

    QTest::newRow("x, russian customer: the short russian text")
        << Platform::X << QStringList { u"ru"_s } << u"x ru"_s;
    QTest::newRow("x, region code is ignored")
        << Platform::X << QStringList { u"ru-RU"_s } << u"x ru"_s;
    QTest::newRow("mastodon, english: the generic english text")
        << Platform::Mastodon << QStringList { u"en"_s } << u"generic en"_s;
    QTest::newRow("facebook, russian")
        << Platform::Facebook << QStringList { u"RU"_s } << u"generic ru"_s;
    QTest::newRow("unknown customer language, case language next")
        << Platform::Vk << QStringList { QString(), u"ru"_s } << u"generic ru"_s;
    QTest::newRow("a language the script lacks falls to the next preference")
        << Platform::Vk << QStringList { u"de"_s, u"en"_s } << u"generic en"_s;
    QTest::newRow("no language at all: the platform's text in any language")
        << Platform::Telegram << QStringList {} << u"telegram any"_s;
    QTest::newRow("telegram, english: the language wins over the platform")
        << Platform::Telegram << QStringList { u"en"_s } << u"generic en"_s;
    QTest::newRow("x, german only: the short x text")
        << Platform::X << QStringList { u"de"_s } << u"x en"_s;
    QTest::newRow("reddit, german only: the first generic text")
        << Platform::Reddit << QStringList { u"de"_s } << u"generic en"_s;
}

void TestScripts::picksVariant()
{
    QFETCH(Platform, platform);
    QFETCH(QStringList, languages);
    QFETCH(QString, body);
    const Script script = library();
    const int index = Scripts::pickVariant(script, platform, languages);
    QVERIFY(index >= 0);
    QCOMPARE(script.variants.at(index).body, body);
}

void TestScripts::expandsPlaceholders_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("expected");

    QTest::newRow("customer.name") << u"Hi {customer.name}!"_s << u"Hi Anna Petrova!"_s;
    QTest::newRow("customer.first_name") << u"Hi {customer.first_name}!"_s << u"Hi Anna!"_s;
    QTest::newRow("agent.name") << u"— {agent.name}"_s << u"— Olga"_s;
    QTest::newRow("case.id") << u"Case {case.id}."_s << u"Case 1042."_s;
    QTest::newRow("account.handle")
        << u"Write to {account.handle}"_s << u"Write to @northwind_care"_s;
    QTest::newRow("eta") << u"Within {eta}."_s << u"Within 2 hours."_s;
    QTest::newRow("link") << u"See {link:returns}"_s
                          << u"See https://northwind.example/help/refunds"_s;
    QTest::newRow("several, twice")
        << u"{customer.first_name}, {customer.first_name}: {eta}"_s << u"Anna, Anna: 2 hours"_s;
    QTest::newRow("unknown braces stay text")
        << u"{smile} {customer.first_name}"_s << u"{smile} Anna"_s;
    QTest::newRow("cyrillic around")
        << u"Здравствуйте, {customer.first_name}!"_s << u"Здравствуйте, Anna!"_s;
    QTest::newRow("nested brace") << u"{{eta}}"_s << u"{2 hours}"_s;
    QTest::newRow("unclosed") << u"{eta"_s << u"{eta"_s;
}

void TestScripts::expandsPlaceholders()
{
    QFETCH(QString, body);
    QFETCH(QString, expected);
    const ScriptExpansion expansion = Scripts::expand(body, fullContext());
    QCOMPARE(expansion.text, expected);
    QVERIFY(expansion.unfilled.isEmpty());
}

void TestScripts::reportsUnfilledWithPositions()
{
    PlaceholderContext context = fullContext();
    context.eta.clear();
    context.customerName.clear();
    context.links.clear();
    const ScriptExpansion expansion = Scripts::expand(
        u"Hi {customer.first_name}, {agent.name} here: back within {eta}, see {link:returns}."_s,
        context);
    QCOMPARE(expansion.text,
        u"Hi {customer.first_name}, Olga here: back within {eta}, see {link:returns}."_s);
    QCOMPARE(expansion.unfilled.size(), 3);
    for (const PlaceholderSpan &span : expansion.unfilled)
        QCOMPARE(expansion.text.mid(span.start, span.length), u'{' + span.name + u'}');
    QCOMPARE(expansion.unfilled.at(0).name, u"customer.first_name"_s);
    QCOMPARE(expansion.unfilled.at(0).start, 3);
    QCOMPARE(expansion.unfilled.at(1).name, u"eta"_s);
    QCOMPARE(expansion.unfilled.at(2).name, u"link:returns"_s);
    // What stays in the editor is found again, wherever the agent moved it.
    QCOMPARE(Scripts::findPlaceholders(expansion.text), expansion.unfilled);
    // An explicit first name wins over the first word.
    context.customerFirstName = u"Аня"_s;
    QCOMPARE(Scripts::expand(u"{customer.first_name}"_s, context).text, u"Аня"_s);
}

void TestScripts::findsOnlyKnownPlaceholders_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");

    QTest::newRow("none") << u"plain text"_s << QStringList {};
    QTest::newRow("json") << uR"({"a": 1} {eta})"_s << QStringList { u"eta"_s };
    QTest::newRow("link names") << u"{link:help-center.v2} {link:} {link:a b}"_s
                                << QStringList { u"link:help-center.v2"_s };
    QTest::newRow("all")
        << u"{customer.name}{customer.first_name}{agent.name}{case.id}{account.handle}{eta}"_s
        << QStringList { u"customer.name"_s, u"customer.first_name"_s, u"agent.name"_s,
               u"case.id"_s, u"account.handle"_s, u"eta"_s };
    QTest::newRow("case matters") << u"{ETA} {Customer.Name}"_s << QStringList {};
}

void TestScripts::findsOnlyKnownPlaceholders()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);
    QStringList found;
    for (const PlaceholderSpan &span : Scripts::findPlaceholders(text))
        found.append(span.name);
    QCOMPARE(found, names);
}

void TestScripts::matchesWhatTheAgentTypes_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("score");

    QTest::newRow("empty matches all") << QString() << 0;
    QTest::newRow("exact shortcut") << u"thanks"_s << 100;
    QTest::newRow("shortcut prefix") << u"tha"_s << 80;
    QTest::newRow("shortcut, other case") << u"THA"_s << 80;
    QTest::newRow("title word") << u"kind"_s << 50;
    QTest::newRow("russian title") << u"спасибо"_s << 60;
    QTest::newRow("russian title, ё as е") << u"отзыв"_s << 50;
    QTest::newRow("inside a title") << u"ind wor"_s << 40;
    QTest::newRow("words from the text") << u"generic ru"_s << 10;
    QTest::newRow("no match") << u"refund"_s << -1;
}

void TestScripts::matchesWhatTheAgentTypes()
{
    QFETCH(QString, query);
    QFETCH(int, score);
    QCOMPARE(Scripts::matchScore(library(), query), score);
}

void TestScripts::validates_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("shortcut");
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("body");
    QTest::addColumn<bool>("valid");

    QTest::newRow("fine") << u"T"_s << u"t"_s << u"x"_s << u"en"_s << u"b"_s << true;
    QTest::newRow("no title") << QString() << u"t"_s << QString() << QString() << u"b"_s << false;
    QTest::newRow("shortcut with space")
        << u"T"_s << u"a b"_s << QString() << QString() << u"b"_s << false;
    QTest::newRow("unknown platform")
        << u"T"_s << QString() << u"myspace"_s << QString() << u"b"_s << false;
    QTest::newRow("bad language") << u"T"_s << QString() << QString() << u"english"_s << u"b"_s
                                  << false;
    QTest::newRow("empty body") << u"T"_s << QString() << QString() << QString() << u"  "_s
                                << false;
}

void TestScripts::validates()
{
    QFETCH(QString, title);
    QFETCH(QString, shortcut);
    QFETCH(QString, platform);
    QFETCH(QString, language);
    QFETCH(QString, body);
    QFETCH(bool, valid);
    Script script;
    script.title = title;
    script.shortcut = shortcut;
    script.variants = { { platform, language, QString(), body } };
    QCOMPARE(Scripts::validate(Scripts::normalized(script)).isEmpty(), valid);
}

void TestScripts::jsonRoundTrip()
{
    Script script = library();
    script.key = u"thanks"_s;
    script.variants[0].body = u"Line one\nline \"two\", with {eta}"_s;
    script = Scripts::normalized(script);
    const QHash<QString, QString> links { { u"returns"_s, u"https://example.com/r"_s } };
    const QByteArray data = ScriptFile::writeJson({ script }, links);
    const Result<ScriptFileContents> read = ScriptFile::readJson(data);
    QVERIFY2(read.ok(), qPrintable(read.error().message));
    QCOMPARE(read.value().links, links);
    QCOMPARE(read.value().scripts.size(), 1);
    const Script &back = read.value().scripts.first().script;
    QCOMPARE(back.key, script.key);
    QCOMPARE(back.title, script.title);
    QCOMPARE(back.shortcut, script.shortcut);
    QCOMPARE(back.category, script.category);
    QCOMPARE(back.variants.size(), script.variants.size());
    for (int i = 0; i < back.variants.size(); ++i) {
        QCOMPARE(back.variants.at(i).body, script.variants.at(i).body);
        QCOMPARE(back.variants.at(i).platform, script.variants.at(i).platform);
        QCOMPARE(back.variants.at(i).language, script.variants.at(i).language);
        QCOMPARE(back.variants.at(i).title, script.variants.at(i).title);
    }
}

void TestScripts::csvRoundTrip()
{
    Script first = library();
    first.key = u"thanks"_s;
    first.variants[1].body = u"Строка, с запятой\r\nи \"кавычками\""_s;
    first = Scripts::normalized(first);
    Script second;
    second.title = u"No key, one text"_s;
    second.variants = { { QString(), QString(), QString(), u" leading and trailing spaces "_s } };
    second = Scripts::normalized(second);
    const QByteArray data = ScriptFile::writeCsv({ first, second });
    const Result<ScriptFileContents> read = ScriptFile::readCsv(data);
    QVERIFY2(read.ok(), qPrintable(read.error().message));
    QCOMPARE(read.value().scripts.size(), 2);
    QCOMPARE(read.value().scripts.at(0).script.variants.size(), first.variants.size());
    QCOMPARE(read.value().scripts.at(0).script.variants.at(1).body, first.variants.at(1).body);
    QCOMPARE(read.value().scripts.at(0).record, 1);
    QCOMPARE(read.value().scripts.at(1).record, 6);
    QCOMPARE(read.value().scripts.at(1).script.title, second.title);
    QCOMPARE(read.value().scripts.at(1).script.body, second.body);
    // Multi-line fields: the second script's row starts on a later line than its record number.
    QVERIFY(read.value().scripts.at(1).line > 6);
}

void TestScripts::malformedFilesNameTheRecord_data()
{
    QTest::addColumn<bool>("csv");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message");

    QTest::newRow("json syntax") << false << QByteArray("{\n \"scripts\": [\n {\"title\": }\n]}")
                                 << u"Line 3"_s;
    QTest::newRow("json second record without body")
        << false
        << QByteArray(
               "{\"scripts\": [\n{\"title\": \"a\", \"body\": \"x\"},\n{\"title\": \"b\"}\n]}")
        << u"Record 2 (line 3)"_s;
    QTest::newRow("json bad platform")
        << false
        << QByteArray("[{\"title\": \"a\", \"body\": \"x\"},\n\n{\"title\": \"b\", \"variants\": "
                      "[{\"platform\": "
                      "\"myspace\", \"body\": \"y\"}]}]")
        << u"Record 2 (line 3)"_s;
    QTest::newRow("json title not a string")
        << false << QByteArray("[{\"title\": 5, \"body\": \"x\"}]") << u"Record 1 (line 1)"_s;
    QTest::newRow("json duplicate key")
        << false
        << QByteArray("[{\"key\": \"k\", \"title\": \"a\", \"body\": \"x\"},\n"
                      "{\"key\": \"k\", \"title\": \"b\", \"body\": \"y\"}]")
        << u"Record 2 (line 2)"_s;
    QTest::newRow("csv unknown column") << true << QByteArray("title,bodyy\na,b\n") << u"Line 1"_s;
    QTest::newRow("csv missing body column") << true << QByteArray("title\na\n") << u"“body”"_s;
    QTest::newRow("csv field count")
        << true << QByteArray("title,body\na,b\n\"multi\nline\",c\nd,e,f\n")
        << u"Record 3 (line 5)"_s;
    QTest::newRow("csv unclosed quote")
        << true << QByteArray("title,body\na,\"b\nc\n") << u"Line 2"_s;
    QTest::newRow("csv empty body")
        << true << QByteArray("title,body\na,b\nc,\n") << u"Record 2 (line 3)"_s;
    QTest::newRow("csv bad scope")
        << true << QByteArray("title,body,scope\na,b,everyone\n") << u"Record 1 (line 2)"_s;
}

void TestScripts::malformedFilesNameTheRecord()
{
    QFETCH(bool, csv);
    QFETCH(QByteArray, data);
    QFETCH(QString, message);
    const Result<ScriptFileContents> read
        = csv ? ScriptFile::readCsv(data) : ScriptFile::readJson(data);
    QVERIFY(!read.ok());
    QVERIFY(read.error().code == ErrorCode::Invalid);
    QVERIFY2(read.error().message.contains(message), qPrintable(read.error().message));
}

void TestScripts::shippedLibraryIsComplete()
{
    QFile file(
        qEnvironmentVariable("CAREDESK_SOURCE_DIR") + u"/resources/scripts/default_library.json"_s);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const Result<ScriptFileContents> read = ScriptFile::readJson(file.readAll());
    QVERIFY2(read.ok(), qPrintable(read.error().message));
    QStringList keys;
    for (const ScriptFileEntry &entry : read.value().scripts) {
        const Script &script = entry.script;
        keys.append(script.key);
        QVERIFY2(!script.shortcut.isEmpty(), qPrintable(script.key));
        // Russian and English for every script, and every text's placeholders known.
        for (const QString &language : { u"en"_s, u"ru"_s }) {
            const int index = Scripts::pickVariant(script, Platform::Facebook, { language });
            QCOMPARE(script.variants.at(index).language, language);
        }
        for (const ScriptVariant &variant : script.variants) {
            QCOMPARE(Scripts::findPlaceholders(variant.body).size(), variant.body.count(u'{'));
            // A short X text fits 280 with every placeholder filled by something long.
            if (variant.platform == "x"_L1) {
                PlaceholderContext context = fullContext();
                context.links.insert(u"delivery"_s, u"https://northwind.example/help/delivery"_s);
                context.links.insert(u"status"_s, u"https://status.northwind.example"_s);
                QVERIFY(Scripts::expand(variant.body, context).text.size() <= 280);
            }
        }
    }
    for (const QString &key : { u"thanks-praise"_s, u"apology-private"_s, u"private-ack"_s,
             u"holding-eta"_s, u"order-number"_s, u"help-returns"_s, u"resolved"_s, u"outage"_s })
        QVERIFY2(keys.contains(key), qPrintable(key));
}

QTEST_GUILESS_MAIN(TestScripts)
#include "tst_scripts.moc"
