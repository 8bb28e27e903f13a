// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/sentimentcommand.h"

#include "app/core/sentiment.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    constexpr int kSuccess = 0;
    constexpr int kBadInput = 2;

    QString resultLine(const SentimentScore &score)
    {
        return u"{\"score\":%1,\"label\":\"%2\"}"_s.arg(
            QString::number(score.value), toString(score.label));
    }

} // namespace

SentimentCommand::SentimentCommand(QIODevice &input, QTextStream &out, QTextStream &err)
    : m_input(input)
    , m_out(out)
    , m_err(err)
{
}

int SentimentCommand::fail(const QString &message)
{
    m_err << message << Qt::endl;
    return kBadInput;
}

int SentimentCommand::run(bool jsonLines)
{
    // Stateless: a sequence cut off at the end of the input is an error too.
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString input = decoder.decode(m_input.readAll());
    if (decoder.hasError())
        return fail(tr("The input is not valid UTF-8."));
    const SentimentScorer &scorer = SentimentScorer::instance();

    if (!jsonLines) {
        QString text = input;
        if (text.endsWith(u"\r\n"_s))
            text.chop(2);
        else if (text.endsWith(u'\n'))
            text.chop(1);
        m_out << resultLine(scorer.score(text)) << '\n';
        m_out.flush();
        return kSuccess;
    }

    // Every line is checked before anything is printed: a script gets all results or none.
    const QStringList lines = input.split(u'\n');
    QStringList results;
    results.reserve(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const int number = int(i + 1);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return fail(tr("Line %1 is not a JSON object.").arg(number));
        const QJsonValue text = document.object().value(u"text"_s);
        if (!text.isString())
            return fail(tr("Line %1 has no \"text\" string.").arg(number));
        results.append(resultLine(scorer.score(text.toString())));
    }
    for (const QString &result : std::as_const(results))
        m_out << result << '\n';
    m_out.flush();
    return kSuccess;
}

} // namespace CareDesk
