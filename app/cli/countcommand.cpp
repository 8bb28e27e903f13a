// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/countcommand.h"
#include "app/core/textcounter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QStringDecoder>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

constexpr int kSuccess = 0;
constexpr int kBadInput = 2;

std::optional<Surface> surfaceFromString(const QString &text)
{
    if (text == "public"_L1)
        return Surface::Public;
    if (text == "private"_L1)
        return Surface::Private;
    return std::nullopt;
}

QString surfaceName(Surface surface)
{
    return surface == Surface::Public ? u"public"_s : u"private"_s;
}

/// One result as a compact JSON line, keys in the documented order.
QString resultLine(Platform platform, Surface surface, const CountResult &result)
{
    return u"{\"platform\":\"%1\",\"surface\":\"%2\",\"length\":%3,\"limit\":%4,\"remaining\":%5,\"valid\":%6}"_s
        .arg(toString(platform), surfaceName(surface), QString::number(result.length),
            QString::number(result.limit), QString::number(result.remaining),
            result.valid ? u"true"_s : u"false"_s);
}

} // namespace

CountCommand::CountCommand(QIODevice &input, QTextStream &out, QTextStream &err)
    : m_input(input)
    , m_out(out)
    , m_err(err)
{
}

int CountCommand::fail(const QString &message)
{
    m_err << message << Qt::endl;
    return kBadInput;
}

int CountCommand::run(const QString &platformName, const QString &surfaceText, bool jsonLines)
{
    if (platformName.isEmpty())
        return fail(tr("The option --platform is required; use x, mastodon, telegram, vk, "
                       "facebook, instagram, "
                       "youtube or reddit."));
    const std::optional<Platform> platform = platformFromString(platformName);
    if (!platform)
        return fail(tr("Unknown platform \"%1\"; use x, mastodon, telegram, vk, facebook, "
                       "instagram, youtube or "
                       "reddit.")
                        .arg(platformName));
    Surface defaultSurface = Surface::Public;
    if (!surfaceText.isEmpty()) {
        const std::optional<Surface> surface = surfaceFromString(surfaceText);
        if (!surface)
            return fail(tr("Unknown surface \"%1\"; use public or private.").arg(surfaceText));
        defaultSurface = *surface;
    }

    // Stateless: a sequence cut off at the end of the input is an error too.
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString input = decoder.decode(m_input.readAll());
    if (decoder.hasError())
        return fail(tr("The input is not valid UTF-8."));

    if (!jsonLines) {
        QString text = input;
        if (text.endsWith(u"\r\n"_s))
            text.chop(2);
        else if (text.endsWith(u'\n'))
            text.chop(1);
        m_out << resultLine(
            *platform, defaultSurface, TextCounter::count(*platform, defaultSurface, text))
              << '\n';
        m_out.flush();
        return kSuccess;
    }

    // Every line is checked before anything is printed: a script gets all results or none.
    QStringList lines = input.split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast(); // the newline that ends the last line
    QStringList results;
    results.reserve(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        const int number = int(i + 1);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return fail(tr("Line %1 is not a JSON object.").arg(number));
        const QJsonObject object = document.object();
        if (!object.value(u"text"_s).isString())
            return fail(tr("Line %1 has no \"text\" string.").arg(number));
        Surface surface = defaultSurface;
        if (object.contains(u"surface"_s)) {
            const QJsonValue value = object.value(u"surface"_s);
            const std::optional<Surface> parsed = surfaceFromString(value.toString());
            if (!value.isString() || !parsed)
                return fail(
                    tr("Line %1 has an unknown surface; use public or private.").arg(number));
            surface = *parsed;
        }
        CountOptions options;
        if (object.contains(u"spoiler_text"_s)) {
            const QJsonValue value = object.value(u"spoiler_text"_s);
            if (!value.isString() && !value.isNull())
                return fail(tr("Line %1 has a \"spoiler_text\" that is not a string.").arg(number));
            options.spoilerText = value.toString();
        }
        results.append(resultLine(*platform, surface,
            TextCounter::count(*platform, surface, object.value(u"text"_s).toString(), options)));
    }
    for (const QString &result : std::as_const(results))
        m_out << result << '\n';
    m_out.flush();
    return kSuccess;
}

} // namespace CareDesk
