// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/importformat.h"

#include "app/core/sentiment.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

ImportFormat::ParsedLine ImportFormat::parseLine(const QByteArray &rawLine)
{
    ParsedLine parsed;
    QByteArray line = rawLine;
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.trimmed().isEmpty())
        return parsed;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        parsed.problem = tr("not a JSON object");
        return parsed;
    }
    const QJsonObject record = document.object();

    const QJsonValue type = record.value("type"_L1);
    if (!type.isUndefined() && !type.isString()) {
        parsed.problem = tr("the field \"type\" must be a string");
        return parsed;
    }
    const QString typeName = type.toString(u"message"_s);
    if (typeName == "contact"_L1 || typeName == "customer"_L1) {
        parsed.unsupported = true;
        parsed.problem = tr("records of type \"%1\" are not supported yet; skipped").arg(typeName);
        return parsed;
    }
    if (typeName != "message"_L1) {
        parsed.problem = tr("unknown record type \"%1\"").arg(typeName);
        return parsed;
    }

    // Fields in the order of the format, so the first problem reported is the first one there.
    QString problem;
    const auto text = [&](const char *name, bool required, bool mayBeEmpty) -> QString {
        if (!problem.isEmpty())
            return {};
        const QJsonValue value = record.value(QLatin1StringView(name));
        if (value.isUndefined() || value.isNull()) {
            if (required)
                problem = tr("the field \"%1\" is missing").arg(QLatin1StringView(name));
            return {};
        }
        if (!value.isString()) {
            problem = tr("the field \"%1\" must be a string").arg(QLatin1StringView(name));
            return {};
        }
        QString result = value.toString();
        if (!mayBeEmpty && result.trimmed().isEmpty())
            problem = tr("the field \"%1\" is empty").arg(QLatin1StringView(name));
        return result;
    };
    const QString platformName = text("platform", true, false);
    const QString account = text("account", true, false);
    const QString thread = text("thread", true, false);
    const QString id = text("id", true, false);
    const QString authorId = text("author_id", true, true);
    const QString authorName = text("author_name", true, true);
    const QString createdAt = text("created_at", true, false);
    const QString direction = text("direction", true, false);
    const QString visibility = text("visibility", true, false);
    const QString body = text("text", true, true);
    const QString customerRef = text("customer_ref", false, true);
    const QString replyTo = text("reply_to", false, true);
    const QString authorHandle = text("author_handle", false, true);
    const QString language = text("language", false, true);
    const QString permalink = text("permalink", false, true);
    // An optional "sentiment" (-100..100) scored upstream is kept as it is.
    std::optional<int> sentiment;
    if (const QJsonValue value = record.value("sentiment"_L1);
        problem.isEmpty() && !value.isUndefined() && !value.isNull()) {
        const double number = value.toDouble(1000);
        if (!value.isDouble() || number != std::floor(number) || number < -100 || number > 100)
            problem = tr("the field \"sentiment\" must be a whole number from -100 to 100");
        else
            sentiment = int(number);
    }
    if (!problem.isEmpty()) {
        parsed.problem = problem;
        return parsed;
    }

    const std::optional<Platform> platform = platformFromString(platformName);
    if (!platform) {
        parsed.problem = tr("unknown platform \"%1\"").arg(platformName);
        return parsed;
    }
    const std::optional<Millis> at = fromIsoUtc(createdAt);
    if (!at) {
        parsed.problem = tr("\"%1\" is not an ISO 8601 time").arg(createdAt);
        return parsed;
    }
    const std::optional<Direction> messageDirection = directionFromString(direction);
    if (!messageDirection) {
        parsed.problem = tr("the direction must be in or out, not \"%1\"").arg(direction);
        return parsed;
    }
    const std::optional<Visibility> messageVisibility = visibilityFromString(visibility);
    if (!messageVisibility) {
        parsed.problem = tr("the visibility must be public or private, not \"%1\"").arg(visibility);
        return parsed;
    }
    // A UTF-8 byte is at least a third of a UTF-16 unit: only long texts need counting.
    if (body.size() * 3 > maxTextBytes && body.toUtf8().size() > maxTextBytes) {
        parsed.problem = tr("the text is longer than 1 MB");
        return parsed;
    }

    IncomingMessage m;
    m.platformId = id;
    m.threadKey = thread;
    m.direction = *messageDirection;
    m.visibility = *messageVisibility;
    m.authorPlatformId = authorId;
    m.authorHandle = authorHandle;
    m.authorName = authorName;
    m.text = body;
    m.createdAt = *at;
    m.replyToPlatformId = replyTo;
    m.permalink = permalink;
    m.language = language;
    m.customerRef = customerRef;
    // Scored here, on the reader's thread, so the database thread only writes the figure.
    m.sentiment = sentiment ? *sentiment : SentimentScorer::instance().score(body).value;
    m.sentimentScored = true;
    parsed.message = m;
    parsed.platform = *platform;
    parsed.account = account;
    return parsed;
}

} // namespace CareDesk
