// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/scenario.h"

#include "app/core/enumnames.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    constexpr std::array<std::pair<ScenarioCondition, const char16_t *>, 10> conditionNames { {
        { ScenarioCondition::ApologyWithTime, u"apology_with_time" },
        { ScenarioCondition::SentElsewhere, u"sent_elsewhere" },
        { ScenarioCondition::AsksOrderNumber, u"asks_order_number" },
        { ScenarioCondition::ConcreteLink, u"concrete_link" },
        { ScenarioCondition::ConcreteTime, u"concrete_time" },
        { ScenarioCondition::Apology, u"apology" },
        { ScenarioCondition::WentPrivate, u"went_private" },
        { ScenarioCondition::StayedPublic, u"stayed_public" },
        { ScenarioCondition::IgnoredFor, u"ignored_for" },
        { ScenarioCondition::AnyReply, u"any_reply" },
    } };

    constexpr std::array<std::pair<ScenarioOutcome, const char16_t *>, 5> outcomeNames { {
        { ScenarioOutcome::Open, u"open" },
        { ScenarioOutcome::Escalate, u"escalate" },
        { ScenarioOutcome::FollowUp, u"follow_up" },
        { ScenarioOutcome::Calm, u"calm" },
        { ScenarioOutcome::Close, u"close" },
    } };

    constexpr int maxTextLength = 10000;
    constexpr int maxDelaySeconds = 7 * 24 * 3600;
    constexpr int maxItems = 500;

    /// Collects the first error with its JSON path; every reader below stops at the first one.
    class Reader
    {
    public:
        Error error;

        bool failed() const { return error.isError(); }

        void fail(const QString &path, const QString &message)
        {
            if (!failed())
                error
                    = Error { ErrorCode::Invalid, ScenarioFormat::tr("%1: %2").arg(path, message) };
        }

        QString string(const QJsonObject &o, const QString &path, const QString &key, bool required)
        {
            const QJsonValue v = o.value(key);
            if (v.isUndefined() || v.isNull()) {
                if (required)
                    fail(join(path, key), ScenarioFormat::tr("is required"));
                return {};
            }
            if (!v.isString()) {
                fail(join(path, key), ScenarioFormat::tr("must be a string"));
                return {};
            }
            const QString s = v.toString();
            if (required && s.trimmed().isEmpty())
                fail(join(path, key), ScenarioFormat::tr("must not be empty"));
            if (s.size() > maxTextLength)
                fail(join(path, key),
                    ScenarioFormat::tr("is longer than %1 characters").arg(maxTextLength));
            return s;
        }

        qint64 integer(const QJsonObject &o, const QString &path, const QString &key,
            qint64 fallback, qint64 min, qint64 max)
        {
            const QJsonValue v = o.value(key);
            if (v.isUndefined() || v.isNull())
                return fallback;
            const double d = v.toDouble(-1e300);
            if (!v.isDouble() || d != static_cast<double>(static_cast<qint64>(d))) {
                fail(join(path, key), ScenarioFormat::tr("must be a whole number"));
                return fallback;
            }
            const auto n = static_cast<qint64>(d);
            if (n < min || n > max) {
                fail(join(path, key),
                    ScenarioFormat::tr("must be between %1 and %2").arg(min).arg(max));
                return fallback;
            }
            return n;
        }

        bool boolean(const QJsonObject &o, const QString &path, const QString &key)
        {
            const QJsonValue v = o.value(key);
            if (v.isUndefined() || v.isNull())
                return false;
            if (!v.isBool())
                fail(join(path, key), ScenarioFormat::tr("must be true or false"));
            return v.toBool();
        }

        std::optional<Visibility> surface(
            const QJsonObject &o, const QString &path, const QString &key)
        {
            const QString s = string(o, path, key, false);
            if (s.isEmpty() || failed())
                return std::nullopt;
            if (s == "public"_L1)
                return Visibility::Public;
            if (s == "private"_L1)
                return Visibility::Private;
            fail(join(path, key),
                ScenarioFormat::tr("must be \"public\" or \"private\", not \"%1\"").arg(s));
            return std::nullopt;
        }

        QJsonObject object(
            const QJsonObject &o, const QString &path, const QString &key, bool required)
        {
            const QJsonValue v = o.value(key);
            if (v.isUndefined() || v.isNull()) {
                if (required)
                    fail(join(path, key), ScenarioFormat::tr("is required"));
                return {};
            }
            if (!v.isObject())
                fail(join(path, key), ScenarioFormat::tr("must be an object"));
            return v.toObject();
        }

        QJsonArray array(
            const QJsonObject &o, const QString &path, const QString &key, bool required)
        {
            const QJsonValue v = o.value(key);
            if (v.isUndefined() || v.isNull()) {
                if (required)
                    fail(join(path, key), ScenarioFormat::tr("is required"));
                return {};
            }
            if (!v.isArray()) {
                fail(join(path, key), ScenarioFormat::tr("must be a list"));
                return {};
            }
            if (v.toArray().size() > maxItems)
                fail(join(path, key), ScenarioFormat::tr("has more than %1 entries").arg(maxItems));
            return v.toArray();
        }

        static QString join(const QString &path, const QString &key)
        {
            return path.isEmpty() ? key : path + u'.' + key;
        }
        static QString index(const QString &path, qsizetype i)
        {
            return u"%1[%2]"_s.arg(path).arg(i);
        }

        ScenarioCustomer customer(const QJsonObject &o, const QString &path)
        {
            ScenarioCustomer c;
            c.name = string(o, path, u"name"_s, true);
            c.handle = string(o, path, u"handle"_s, false);
            c.audience = integer(o, path, u"audience"_s, 0, 0, 10'000'000'000LL);
            c.vip = boolean(o, path, u"vip"_s);
            const QJsonArray journey = array(o, path, u"journey"_s, false);
            for (qsizetype i = 0; i < journey.size() && !failed(); ++i) {
                if (!journey.at(i).isString())
                    fail(
                        index(join(path, u"journey"_s), i), ScenarioFormat::tr("must be a string"));
                c.journey.append(journey.at(i).toString());
            }
            return c;
        }
    };

    QJsonObject customerJson(const ScenarioCustomer &c)
    {
        QJsonObject o { { u"name"_s, c.name } };
        if (!c.handle.isEmpty())
            o.insert(u"handle"_s, c.handle);
        if (c.audience > 0)
            o.insert(u"audience"_s, static_cast<double>(c.audience));
        if (c.vip)
            o.insert(u"vip"_s, true);
        if (!c.journey.isEmpty())
            o.insert(u"journey"_s, QJsonArray::fromStringList(c.journey));
        return o;
    }

    QString surfaceName(Visibility v)
    {
        return v == Visibility::Private ? u"private"_s : u"public"_s;
    }

} // namespace

QString Scenario::title(const QString &uiLanguage) const
{
    if (uiLanguage.startsWith("ru"_L1))
        return titleRu.isEmpty() ? titleEn : titleRu;
    return titleEn.isEmpty() ? titleRu : titleEn;
}

QString ScenarioFormat::conditionName(ScenarioCondition condition)
{
    return EnumNames::nameOf(conditionNames, condition);
}

std::optional<ScenarioCondition> ScenarioFormat::conditionFromName(const QString &name)
{
    return EnumNames::valueOf(conditionNames, name);
}

QString ScenarioFormat::outcomeName(ScenarioOutcome outcome)
{
    return EnumNames::nameOf(outcomeNames, outcome);
}

std::optional<ScenarioOutcome> ScenarioFormat::outcomeFromName(const QString &name)
{
    return EnumNames::valueOf(outcomeNames, name);
}

Result<Scenario> ScenarioFormat::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error { ErrorCode::Invalid,
            tr("The scenario is not valid JSON (at byte %1: %2)")
                .arg(parseError.offset)
                .arg(parseError.errorString()) };
    if (!doc.isObject())
        return Error { ErrorCode::Invalid, tr("The scenario must be a JSON object") };
    return fromJson(doc.object());
}

Result<Scenario> ScenarioFormat::fromJson(const QJsonObject &o)
{
    Reader r;
    Scenario s;
    const qint64 format = r.integer(o, {}, u"format"_s, version, 1, 1000);
    if (!r.failed() && format > version)
        r.fail(u"format"_s,
            tr("version %1 is newer than this CareDesk reads (%2)").arg(format).arg(version));
    s.id = r.string(o, {}, u"id"_s, true);
    static const QRegularExpression idPattern(u"^[a-z0-9][a-z0-9._-]{0,99}$"_s);
    if (!r.failed() && !idPattern.match(s.id).hasMatch())
        r.fail(u"id"_s, tr("must be lowercase letters, digits, '.', '_' or '-' (at most 100)"));
    const QJsonValue title = o.value(u"title"_s);
    if (title.isString()) {
        s.titleEn = s.titleRu = title.toString();
    } else {
        const QJsonObject t = r.object(o, {}, u"title"_s, true);
        s.titleRu = r.string(t, u"title"_s, u"ru"_s, false);
        s.titleEn = r.string(t, u"title"_s, u"en"_s, false);
        if (!r.failed() && s.titleRu.trimmed().isEmpty() && s.titleEn.trimmed().isEmpty())
            r.fail(u"title"_s, tr("needs \"ru\" or \"en\""));
    }
    s.language = r.string(o, {}, u"language"_s, true);
    if (!r.failed() && s.language != "ru"_L1 && s.language != "en"_L1)
        r.fail(u"language"_s, tr("must be \"ru\" or \"en\", not \"%1\"").arg(s.language));
    const QString platform = r.string(o, {}, u"platform"_s, true);
    if (!r.failed()) {
        const auto p = platformFromString(platform);
        if (!p)
            r.fail(u"platform"_s, tr("\"%1\" is not a platform CareDesk knows").arg(platform));
        else
            s.platform = *p;
    }
    s.surface = r.surface(o, {}, u"surface"_s).value_or(Visibility::Public);
    s.customer = r.customer(r.object(o, {}, u"customer"_s, true), u"customer"_s);
    s.notes = r.string(o, {}, u"notes"_s, false);

    const QJsonArray opening = r.array(o, {}, u"opening"_s, true);
    if (!r.failed() && opening.isEmpty())
        r.fail(u"opening"_s, tr("needs at least one post"));
    for (qsizetype i = 0; i < opening.size() && !r.failed(); ++i) {
        const QString path = Reader::index(u"opening"_s, i);
        if (!opening.at(i).isObject()) {
            r.fail(path, tr("must be an object"));
            break;
        }
        const QJsonObject p = opening.at(i).toObject();
        ScenarioPost post;
        post.text = r.string(p, path, u"text"_s, true);
        post.delaySeconds = static_cast<int>(r.integer(p, path, u"delay"_s, 0, 0, maxDelaySeconds));
        post.visibility = r.surface(p, path, u"surface"_s).value_or(s.surface);
        if (p.contains(u"author"_s)) {
            post.hasAuthor = true;
            post.author
                = r.customer(r.object(p, path, u"author"_s, true), Reader::join(path, u"author"_s));
        }
        s.opening.append(post);
    }

    const QJsonArray rules = r.array(o, {}, u"rules"_s, true);
    if (!r.failed() && rules.isEmpty())
        r.fail(u"rules"_s, tr("needs at least one reaction rule"));
    for (qsizetype i = 0; i < rules.size() && !r.failed(); ++i) {
        const QString path = Reader::index(u"rules"_s, i);
        if (!rules.at(i).isObject()) {
            r.fail(path, tr("must be an object"));
            break;
        }
        const QJsonObject ro = rules.at(i).toObject();
        ScenarioRule rule;
        const QString when = r.string(ro, path, u"when"_s, true);
        if (r.failed())
            break;
        const auto condition = conditionFromName(when);
        if (!condition) {
            QStringList names;
            for (const auto &[c, n] : conditionNames)
                names.append(QString::fromUtf16(n));
            r.fail(Reader::join(path, u"when"_s),
                tr("\"%1\" is not a condition (one of: %2)").arg(when, names.join(u", "_s)));
            break;
        }
        rule.condition = *condition;
        if (rule.condition == ScenarioCondition::IgnoredFor) {
            if (!ro.contains(u"minutes"_s))
                r.fail(Reader::join(path, u"minutes"_s), tr("is required for ignored_for"));
            rule.minutes = static_cast<int>(r.integer(ro, path, u"minutes"_s, 0, 1, 7 * 24 * 60));
        }
        const QString rpath = Reader::join(path, u"response"_s);
        const QJsonObject resp = r.object(ro, path, u"response"_s, true);
        if (r.failed())
            break;
        rule.response.text = r.string(resp, rpath, u"text"_s, true);
        if (resp.contains(u"sentiment"_s)) {
            rule.response.sentiment
                = static_cast<int>(r.integer(resp, rpath, u"sentiment"_s, 0, -100, 100));
            rule.response.sentimentGiven = true;
        }
        rule.response.visibility = r.surface(resp, rpath, u"surface"_s);
        rule.response.delaySeconds
            = static_cast<int>(r.integer(resp, rpath, u"delay"_s, 60, 0, maxDelaySeconds));
        const QString outcome = r.string(resp, rpath, u"outcome"_s, true);
        if (!r.failed()) {
            const auto out = outcomeFromName(outcome);
            if (!out || *out == ScenarioOutcome::Open)
                r.fail(Reader::join(rpath, u"outcome"_s),
                    tr("\"%1\" is not an outcome (escalate, follow_up, calm or close)")
                        .arg(outcome));
            else
                rule.response.outcome = *out;
        }
        s.rules.append(rule);
    }

    const QJsonObject exemplary = r.object(o, {}, u"exemplary"_s, true);
    s.exemplaryReply = r.string(exemplary, u"exemplary"_s, u"text"_s, true);
    s.exemplaryVisibility = r.surface(exemplary, u"exemplary"_s, u"surface"_s).value_or(s.surface);

    const QJsonObject expects = r.object(o, {}, u"expects"_s, false);
    s.expectPrivate = r.boolean(expects, u"expects"_s, u"private"_s);
    s.scriptFits = r.boolean(expects, u"expects"_s, u"script"_s);
    s.firstResponseTargetSeconds = static_cast<int>(
        r.integer(expects, u"expects"_s, u"first_response_seconds"_s, 0, 0, maxDelaySeconds));

    if (r.failed())
        return r.error;
    return s;
}

QJsonObject ScenarioFormat::toJson(const Scenario &s)
{
    QJsonObject o;
    o.insert(u"format"_s, version);
    o.insert(u"id"_s, s.id);
    QJsonObject title;
    if (!s.titleRu.isEmpty())
        title.insert(u"ru"_s, s.titleRu);
    if (!s.titleEn.isEmpty())
        title.insert(u"en"_s, s.titleEn);
    o.insert(u"title"_s, title);
    o.insert(u"language"_s, s.language);
    o.insert(u"platform"_s, toString(s.platform));
    o.insert(u"surface"_s, surfaceName(s.surface));
    o.insert(u"customer"_s, customerJson(s.customer));
    if (!s.notes.isEmpty())
        o.insert(u"notes"_s, s.notes);
    QJsonArray opening;
    for (const ScenarioPost &p : s.opening) {
        QJsonObject po { { u"text"_s, p.text }, { u"delay"_s, p.delaySeconds } };
        if (p.visibility != s.surface)
            po.insert(u"surface"_s, surfaceName(p.visibility));
        if (p.hasAuthor)
            po.insert(u"author"_s, customerJson(p.author));
        opening.append(po);
    }
    o.insert(u"opening"_s, opening);
    QJsonArray rules;
    for (const ScenarioRule &r : s.rules) {
        QJsonObject ro { { u"when"_s, conditionName(r.condition) } };
        if (r.condition == ScenarioCondition::IgnoredFor)
            ro.insert(u"minutes"_s, r.minutes);
        QJsonObject resp { { u"text"_s, r.response.text },
            { u"outcome"_s, outcomeName(r.response.outcome) },
            { u"delay"_s, r.response.delaySeconds } };
        if (r.response.sentimentGiven)
            resp.insert(u"sentiment"_s, r.response.sentiment);
        if (r.response.visibility)
            resp.insert(u"surface"_s, surfaceName(*r.response.visibility));
        ro.insert(u"response"_s, resp);
        rules.append(ro);
    }
    o.insert(u"rules"_s, rules);
    o.insert(u"exemplary"_s,
        QJsonObject { { u"text"_s, s.exemplaryReply },
            { u"surface"_s, surfaceName(s.exemplaryVisibility) } });
    QJsonObject expects;
    if (s.expectPrivate)
        expects.insert(u"private"_s, true);
    if (s.scriptFits)
        expects.insert(u"script"_s, true);
    if (s.firstResponseTargetSeconds > 0)
        expects.insert(u"first_response_seconds"_s, s.firstResponseTargetSeconds);
    if (!expects.isEmpty())
        o.insert(u"expects"_s, expects);
    return o;
}

QByteArray ScenarioFormat::toBytes(const Scenario &scenario)
{
    return QJsonDocument(toJson(scenario)).toJson(QJsonDocument::Indented);
}

QStringList ScenarioLibrary::shippedFiles()
{
    QStringList files;
    const QDir dir(u":/caredesk/scenarios"_s);
    for (const QString &name : dir.entryList({ u"*.json"_s }, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

Result<Scenario> ScenarioLibrary::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { ErrorCode::NotFound,
            tr("Cannot read the scenario %1: %2").arg(path, file.errorString()) };
    Result<Scenario> s = ScenarioFormat::parse(file.readAll());
    if (!s.ok())
        return Error { s.error().code, tr("%1: %2").arg(path, s.error().message) };
    return s;
}

Result<QList<Scenario>> ScenarioLibrary::shipped()
{
    QList<Scenario> all;
    for (const QString &path : shippedFiles()) {
        Result<Scenario> s = load(path);
        if (!s.ok())
            return s.error();
        all.append(s.value());
    }
    std::sort(
        all.begin(), all.end(), [](const Scenario &a, const Scenario &b) { return a.id < b.id; });
    return all;
}

} // namespace CareDesk
