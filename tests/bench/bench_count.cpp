// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// X counting speed against the reference: counts 100,000 generated texts (Latin, Cyrillic, CJK,
// emoji, URLs with and without a scheme, mentions) with CareDesk's X rule, then runs npm
// twitter-text's parseTweet with node on the same texts in the same run, and compares every
// weighted length and validity. The reference is installed apart (never at configure time):
// tests/bench/setup-twitter-text.sh DIR, then CAREDESK_TWITTER_TEXT_DIR=DIR (default
// <build>/bench-node). Prints `BENCH name=value unit ...`. --smoke counts 2,000 texts and skips
// node when it or twitter-text is missing. Exit 1 when the two disagree on any text.
#include "app/core/textcounter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;

namespace {

QTextStream out(stdout);

constexpr double kGoal = 10.0;
constexpr int kWarmUp = 5000;

// Node side: loads twitter-text from the install folder, warms up, then times parseTweet over
// every text; the results follow one per line, then the elapsed nanoseconds.
constexpr auto kNodeScript = R"JS(
const path = require('path');
const fs = require('fs');
const twitter = require(path.join(process.argv[2], 'node_modules', 'twitter-text'));
const texts = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
const warm = Math.min(texts.length, Number(process.argv[4]));
for (let i = 0; i < warm; i++) twitter.parseTweet(texts[i]);
const results = new Array(texts.length);
const start = process.hrtime.bigint();
for (let i = 0; i < texts.length; i++) {
  const r = twitter.parseTweet(texts[i]);
  results[i] = r.weightedLength + (r.valid ? ' 1' : ' 0');
}
const elapsed = process.hrtime.bigint() - start;
process.stdout.write(results.join('\n') + '\nELAPSED_NS ' + elapsed.toString() + '\n');
)JS";

/// Deterministic customer-care-like texts. The emoji are ones npm twitter-text (twemoji-parser
/// 11, Emoji 11) also knows as sequences; emoji added to Unicode later (🧑‍🤝‍🧑,
/// ❤️‍🔥, 👁️‍🗨️) are sequences for CareDesk (Unicode 15 data) but separate code
/// points for that reference, so they would measure the reference's age, not the implementations.
QStringList generateTexts(int count)
{
    static const QStringList latin { u"thanks"_s, u"order"_s, u"delivery"_s, u"please"_s, u"help"_s,
        u"refund"_s, u"the"_s, u"your"_s, u"is"_s, u"late"_s, u"courier"_s, u"app"_s, u"payment"_s,
        u"broken"_s, u"support"_s, u"ELPAÍS"_s, u"café"_s, u"naïve"_s, u"we're"_s, u"on_it"_s };
    static const QStringList cyrillic { u"спасибо"_s, u"заказ"_s, u"доставка"_s, u"помогите"_s,
        u"возврат"_s, u"курьер"_s, u"сегодня"_s, u"оплата"_s, u"приложение"_s, u"Здравствуйте"_s,
        u"ёлка"_s, u"не"_s };
    static const QStringList cjk { u"注文"_s, u"配送"_s, u"ありがとう"_s, u"故人西辞黄鹤楼"_s,
        u"客服"_s, u"退款"_s, u"お問い合わせ"_s, u"한국어"_s, u"감사합니다"_s, u"快递"_s };
    static const QStringList emoji { u"😀"_s, u"😂"_s, u"😍"_s, u"🙏"_s, u"👍"_s, u"👍🏽"_s,
        u"❤️"_s, u"❤"_s, u"🔥"_s, u"🎉"_s, u"✅"_s, u"🇷🇺"_s, u"🇺🇸"_s, u"🇪🇪"_s,
        u"👨‍👩‍👧‍👦"_s, u"👩‍💻"_s, u"🏳️‍🌈"_s, u"🤷‍♀️"_s,
        u"1️⃣"_s, u"☺️"_s, u"✊🏿"_s, u"🧕🏾"_s, u"🥰"_s, u"👋🏻"_s,
        u"🙋🏽"_s, u"👨‍🎤"_s, u"🤦🏻‍♂️"_s, u"©️"_s, u"‼️"_s, u"🚀"_s,
        u"📦"_s, u"⭐"_s, u"☕"_s, u"🫠"_s, u"🏴󠁧󠁢󠁳󠁣󠁴󠁿"_s, u"#️⃣"_s };
    static const QStringList urls { u"https://example.com/orders/12345"_s,
        u"http://shop.example.org/track?id=987&lang=ru"_s, u"example.com"_s, u"www.shop.ru/help"_s,
        u"t.co/abc123"_s, u"https://t.co/XyZ987?amp=1"_s, u"https://пример.рф/заказ"_s,
        u"docs.example.co.uk/faq#returns"_s, u"bit.ly/3xYz"_s,
        u"https://en.wikipedia.org/wiki/Primer_(film)"_s, u"(see https://example.com.)"_s,
        u"HTTPS://EXAMPLE.COM/A"_s, u"status.example.io:8080/health"_s,
        u"https://сайт.рус/помощь?q=1"_s, u"http://例え.テスト"_s,
        u"support.example.com/ticket/42."_s };
    static const QStringList others { u"@support"_s, u"#help"_s, u"@user_42"_s, u"$TSLA"_s,
        u"12:30"_s, u"№ 4521"_s, u"100%"_s, u"—"_s, u"…"_s, u"«ок»"_s, u"\n"_s, u"\u200D"_s,
        u"e\u0301"_s, u"ｆｕｌｌ"_s };
    static const QStringList separators { u" "_s, u" "_s, u" "_s, u", "_s, u". "_s, u"! "_s,
        u"? "_s, u""_s };
    QRandomGenerator rng(20240611);
    QStringList texts;
    texts.reserve(count);
    for (int i = 0; i < count; ++i) {
        QString text;
        const int parts = 2 + int(rng.bounded(70));
        for (int p = 0; p < parts; ++p) {
            const quint32 pick = rng.bounded(100);
            const QStringList &pool = pick < 30 ? latin
                : pick < 50                     ? cyrillic
                : pick < 62                     ? cjk
                : pick < 78                     ? emoji
                : pick < 88                     ? urls
                                                : others;
            text += pool.at(int(rng.bounded(quint32(pool.size()))));
            text += separators.at(int(rng.bounded(quint32(separators.size()))));
        }
        texts.append(text);
    }
    return texts;
}

struct Counted {
    int length = 0;
    bool valid = false;
};

QString locateTwitterText()
{
    QStringList candidates;
    if (!qEnvironmentVariableIsEmpty("CAREDESK_TWITTER_TEXT_DIR"))
        candidates.append(qEnvironmentVariable("CAREDESK_TWITTER_TEXT_DIR"));
    candidates.append(QStringLiteral(CAREDESK_BENCH_NODE_DIR));
    for (const QString &dir : std::as_const(candidates)) {
        if (QFile::exists(dir + u"/node_modules/twitter-text/package.json"_s))
            return dir;
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool smoke = app.arguments().contains(u"--smoke"_s);
    const int count = smoke ? 2000 : 100000;
    const QStringList texts = generateTexts(count);

    // CareDesk, after a warm-up that also builds the tables.
    for (int i = 0; i < qMin(count, kWarmUp); ++i)
        TextCounter::count(Platform::X, Surface::Public, texts.at(i));
    QList<Counted> ours(count);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        const CountResult result = TextCounter::count(Platform::X, Surface::Public, texts.at(i));
        ours[i] = { result.length, result.valid };
    }
    const double oursSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double oursRate = count / qMax(oursSeconds, 1e-9);
    out << "BENCH count_x_caredesk=" << QString::number(oursRate, 'f', 0) << " texts/s (" << count
        << " texts, " << QString::number(oursSeconds, 'f', 3) << " s)" << Qt::endl;

    const QString node = QStandardPaths::findExecutable(u"node"_s);
    const QString twitterText = locateTwitterText();
    if (node.isEmpty() || twitterText.isEmpty()) {
        out << "BENCH count_x_twitter_text_node skipped: "
            << (node.isEmpty() ? u"node is not installed"_s
                               : u"npm twitter-text is not installed"_s)
            << " (tests/bench/setup-twitter-text.sh DIR, then CAREDESK_TWITTER_TEXT_DIR=DIR)"
            << Qt::endl;
        return smoke ? 0 : 1;
    }

    QTemporaryDir dir;
    QFile script(dir.filePath(u"count.js"_s));
    QFile input(dir.filePath(u"texts.json"_s));
    if (!script.open(QIODevice::WriteOnly) || script.write(kNodeScript) < 0
        || !input.open(QIODevice::WriteOnly)
        || input.write(
               QJsonDocument(QJsonArray::fromStringList(texts)).toJson(QJsonDocument::Compact))
            < 0) {
        out << "cannot write the node input to " << dir.path() << Qt::endl;
        return 1;
    }
    script.close();
    input.close();
    QProcess process;
    process.start(
        node, { script.fileName(), twitterText, input.fileName(), QString::number(kWarmUp) });
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        out << "node failed: " << QString::fromUtf8(process.readAllStandardError()) << Qt::endl;
        return 1;
    }
    const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    if (lines.size() < count + 1 || !lines.at(count).startsWith("ELAPSED_NS ")) {
        out << "node answered " << lines.size() << " lines for " << count << " texts" << Qt::endl;
        return 1;
    }
    const double nodeSeconds = lines.at(count).mid(11).toDouble() / 1e9;
    const double nodeRate = count / qMax(nodeSeconds, 1e-9);
    int disagreements = 0;
    for (int i = 0; i < count; ++i) {
        const QList<QByteArray> fields = lines.at(i).split(' ');
        const Counted theirs { fields.value(0).toInt(), fields.value(1) == "1" };
        if (theirs.length != ours.at(i).length || theirs.valid != ours.at(i).valid) {
            if (++disagreements <= 5) {
                out << "DISAGREE text " << i << ": caredesk " << ours.at(i).length
                    << (ours.at(i).valid ? " valid" : " invalid") << ", twitter-text "
                    << theirs.length << (theirs.valid ? " valid" : " invalid") << ": "
                    << QString::fromLatin1(
                           QJsonDocument(QJsonArray { texts.at(i) }).toJson(QJsonDocument::Compact))
                    << Qt::endl;
            }
        }
    }
    const double speedup = oursRate / qMax(nodeRate, 1e-9);
    out << "BENCH count_x_twitter_text_node=" << QString::number(nodeRate, 'f', 0) << " texts/s ("
        << QString::number(nodeSeconds, 'f', 3) << " s, " << twitterText << ")" << Qt::endl;
    out << "BENCH count_x_speedup=" << QString::number(speedup, 'f', 1) << " x goal=>=" << kGoal
        << ' ' << (speedup >= kGoal ? "PASS" : "FAIL") << Qt::endl;
    out << "BENCH count_x_disagreements=" << disagreements << " of " << count << " texts goal=0 "
        << (disagreements == 0 ? "PASS" : "FAIL") << Qt::endl;
    return disagreements == 0 ? 0 : 1;
}
