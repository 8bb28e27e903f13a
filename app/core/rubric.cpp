// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/rubric.h"

#include "app/core/replyanalysis.h"
#include "app/core/scenarioengine.h"
#include "app/core/scripts.h"
#include "app/core/sentiment.h"
#include "app/core/textcounter.h"

#include <QJsonValue>

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    struct IntField {
        const char16_t *key;
        int RubricConfig::*member;
        int min;
        int max;
    };

    const std::array<IntField, 10> &intFields()
    {
        static const std::array<IntField, 10> fields { {
            { u"first_response_points", &RubricConfig::firstResponsePoints, 0, 1000 },
            { u"within_limit_points", &RubricConfig::withinLimitPoints, 0, 1000 },
            { u"placeholders_points", &RubricConfig::placeholdersPoints, 0, 1000 },
            { u"script_points", &RubricConfig::scriptPoints, 0, 1000 },
            { u"tone_points", &RubricConfig::tonePoints, 0, 1000 },
            { u"private_points", &RubricConfig::privatePoints, 0, 1000 },
            { u"concrete_points", &RubricConfig::concretePoints, 0, 1000 },
            { u"personal_data_points", &RubricConfig::personalDataPoints, 0, 1000 },
            { u"first_response_target_seconds", &RubricConfig::firstResponseTargetSeconds, 1,
                7 * 24 * 3600 },
            { u"tone_threshold", &RubricConfig::toneThreshold, -100, 100 },
        } };
        return fields;
    }

    QString minutesText(qint64 seconds)
    {
        return Rubric::tr("%n minute(s)", nullptr, static_cast<int>((seconds + 59) / 60));
    }

} // namespace

int RubricConfig::pointsFor(RubricCriterion criterion) const
{
    switch (criterion) {
    case RubricCriterion::FirstResponseTime:
        return firstResponsePoints;
    case RubricCriterion::WithinLimit:
        return withinLimitPoints;
    case RubricCriterion::PlaceholdersFilled:
        return placeholdersPoints;
    case RubricCriterion::ScriptUsed:
        return scriptPoints;
    case RubricCriterion::Tone:
        return tonePoints;
    case RubricCriterion::TookPrivate:
        return privatePoints;
    case RubricCriterion::ConcreteAnswer:
        return concretePoints;
    case RubricCriterion::NoPersonalData:
        return personalDataPoints;
    }
    return 0;
}

Result<RubricConfig> RubricConfig::fromJson(const QJsonObject &object)
{
    RubricConfig c;
    for (const IntField &f : intFields()) {
        const QString key = QString::fromUtf16(f.key);
        const QJsonValue v = object.value(key);
        if (v.isUndefined() || v.isNull())
            continue;
        const double d = v.toDouble();
        if (!v.isDouble() || d != static_cast<double>(static_cast<int>(d)) || d < f.min
            || d > f.max)
            return Error { ErrorCode::Invalid,
                Rubric::tr("%1: must be a whole number between %2 and %3")
                    .arg(key)
                    .arg(f.min)
                    .arg(f.max) };
        c.*(f.member) = static_cast<int>(d);
    }
    const QJsonValue require = object.value(u"require_private_for_complaints"_s);
    if (!require.isUndefined() && !require.isNull()) {
        if (!require.isBool())
            return Error { ErrorCode::Invalid,
                Rubric::tr("require_private_for_complaints: must be true or false") };
        c.requirePrivateForComplaints = require.toBool();
    }
    return c;
}

QJsonObject RubricConfig::toJson() const
{
    QJsonObject o;
    for (const IntField &f : intFields())
        o.insert(QString::fromUtf16(f.key), this->*(f.member));
    o.insert(u"require_private_for_complaints"_s, requirePrivateForComplaints);
    return o;
}

const CriterionScore *RubricScore::criterion(RubricCriterion c) const
{
    for (const CriterionScore &s : criteria) {
        if (s.criterion == c)
            return &s;
    }
    return nullptr;
}

const QList<RubricCriterion> &Rubric::allCriteria()
{
    static const QList<RubricCriterion> all { RubricCriterion::FirstResponseTime,
        RubricCriterion::WithinLimit, RubricCriterion::PlaceholdersFilled,
        RubricCriterion::ScriptUsed, RubricCriterion::Tone, RubricCriterion::TookPrivate,
        RubricCriterion::ConcreteAnswer, RubricCriterion::NoPersonalData };
    return all;
}

QString Rubric::criterionKey(RubricCriterion criterion)
{
    switch (criterion) {
    case RubricCriterion::FirstResponseTime:
        return u"first_response"_s;
    case RubricCriterion::WithinLimit:
        return u"within_limit"_s;
    case RubricCriterion::PlaceholdersFilled:
        return u"placeholders"_s;
    case RubricCriterion::ScriptUsed:
        return u"script"_s;
    case RubricCriterion::Tone:
        return u"tone"_s;
    case RubricCriterion::TookPrivate:
        return u"private"_s;
    case RubricCriterion::ConcreteAnswer:
        return u"concrete"_s;
    case RubricCriterion::NoPersonalData:
        return u"personal_data"_s;
    }
    return {};
}

QString Rubric::criterionTitle(RubricCriterion criterion)
{
    switch (criterion) {
    case RubricCriterion::FirstResponseTime:
        return tr("Time to first response");
    case RubricCriterion::WithinLimit:
        return tr("Within the platform's limit");
    case RubricCriterion::PlaceholdersFilled:
        return tr("Placeholders filled");
    case RubricCriterion::ScriptUsed:
        return tr("Script used");
    case RubricCriterion::Tone:
        return tr("Tone");
    case RubricCriterion::TookPrivate:
        return tr("Taken private");
    case RubricCriterion::ConcreteAnswer:
        return tr("Concrete time or link");
    case RubricCriterion::NoPersonalData:
        return tr("No personal data in public");
    }
    return {};
}

RubricInput Rubric::inputFor(const ScenarioRun &run, qsizetype transcriptIndex, bool scriptUsed)
{
    RubricInput in;
    const Scenario &s = run.scenario;
    in.platform = s.platform;
    in.scriptFits = s.scriptFits;
    in.scriptUsed = scriptUsed;
    in.expectPrivate = s.expectPrivate;
    in.firstResponseTargetSeconds = s.firstResponseTargetSeconds;
    if (transcriptIndex < 0 || transcriptIndex >= run.transcript.size())
        return in;
    const ScenarioTranscriptEntry &reply = run.transcript.at(transcriptIndex);
    in.text = reply.text;
    in.visibility = reply.visibility;
    in.repliedAt = reply.at;
    in.customerPostedAt = reply.at;
    in.firstReply = true;
    // Walk back to the previous reply: the customer's messages since then are what it answers.
    for (qsizetype i = transcriptIndex - 1; i >= 0; --i) {
        const ScenarioTranscriptEntry &e = run.transcript.at(i);
        if (e.direction == Direction::Out) {
            in.firstReply = false;
            break;
        }
        in.customerPostedAt = e.at;
    }
    return in;
}

RubricScore Rubric::score(
    const RubricConfig &config, const RubricInput &in, const QString &exemplaryReply)
{
    RubricScore result;
    result.exemplaryReply = exemplaryReply;
    const Surface surface
        = in.visibility == Visibility::Private ? Surface::Private : Surface::Public;
    const ReplyFacts facts = ReplyAnalysis::analyse(in.text);

    auto add = [&](RubricCriterion c, bool applicable, int points, const QString &reason) {
        CriterionScore s;
        s.criterion = c;
        s.maxPoints = config.pointsFor(c);
        s.applicable = applicable && s.maxPoints > 0;
        s.points = s.applicable ? std::clamp(points, 0, s.maxPoints) : 0;
        s.title = criterionTitle(c);
        s.reason = reason;
        if (s.applicable) {
            result.total += s.points;
            result.maximum += s.maxPoints;
        }
        result.criteria.append(s);
    };

    // Time to first response.
    {
        const int max = config.firstResponsePoints;
        const qint64 target = in.firstResponseTargetSeconds > 0 ? in.firstResponseTargetSeconds
                                                                : config.firstResponseTargetSeconds;
        const qint64 took = std::max<qint64>(0, (in.repliedAt - in.customerPostedAt) / 1000);
        if (!in.firstReply)
            add(RubricCriterion::FirstResponseTime, false, 0, tr("Only the first reply is timed."));
        else if (took <= target)
            add(RubricCriterion::FirstResponseTime, true, max,
                tr("Answered in %1, within the target of %2.")
                    .arg(minutesText(took), minutesText(target)));
        else if (took <= 2 * target)
            add(RubricCriterion::FirstResponseTime, true, max / 2,
                tr("Answered in %1: over the target of %2, half the points.")
                    .arg(minutesText(took), minutesText(target)));
        else
            add(RubricCriterion::FirstResponseTime, true, 0,
                tr("Answered in %1: more than twice the target of %2.")
                    .arg(minutesText(took), minutesText(target)));
    }
    // Within the platform's limit.
    {
        const CountResult count
            = TextCounter::count(in.platform, surface, in.text, in.countOptions);
        if (count.valid)
            add(RubricCriterion::WithinLimit, true, config.withinLimitPoints,
                tr("%1 of %2 characters allowed on %3.")
                    .arg(count.length)
                    .arg(count.limit)
                    .arg(platformDisplayName(in.platform)));
        else
            add(RubricCriterion::WithinLimit, true, 0,
                count.length > count.limit && count.limit > 0
                    ? tr("%1 characters: over the limit of %2 on %3.")
                          .arg(count.length)
                          .arg(count.limit)
                          .arg(platformDisplayName(in.platform))
                    : count.reason);
    }
    // Placeholders filled.
    {
        const auto left = Scripts::findPlaceholders(in.text);
        if (left.isEmpty()) {
            add(RubricCriterion::PlaceholdersFilled, true, config.placeholdersPoints,
                tr("No placeholder was left unfilled."));
        } else {
            QStringList names;
            for (const PlaceholderSpan &p : left)
                names.append(u'{' + p.name + u'}');
            add(RubricCriterion::PlaceholdersFilled, true, 0,
                tr("Left unfilled: %1.").arg(names.join(u", "_s)));
        }
    }
    // A script used where one fits.
    if (!in.scriptFits)
        add(RubricCriterion::ScriptUsed, false, 0, tr("No script fits this case."));
    else if (in.scriptUsed)
        add(RubricCriterion::ScriptUsed, true, config.scriptPoints,
            tr("Built from the script that fits."));
    else
        add(RubricCriterion::ScriptUsed, true, 0, tr("A script fits this case but was not used."));
    // Tone.
    {
        const SentimentScore s = SentimentScorer::instance().score(in.text);
        if (s.value >= config.toneThreshold)
            add(RubricCriterion::Tone, true, config.tonePoints,
                tr("The tone scores %1 (at least %2 asked).")
                    .arg(s.value)
                    .arg(config.toneThreshold));
        else
            add(RubricCriterion::Tone, true, 0,
                tr("The tone scores %1, below the %2 asked.")
                    .arg(s.value)
                    .arg(config.toneThreshold));
    }
    // Taken private.
    {
        const bool applicable = in.expectPrivate && config.requirePrivateForComplaints;
        const bool wentPrivate = in.visibility == Visibility::Private || facts.invitesPrivate;
        if (!applicable)
            add(RubricCriterion::TookPrivate, false, 0, tr("This case need not be taken private."));
        else if (wentPrivate)
            add(RubricCriterion::TookPrivate, true, config.privatePoints,
                in.visibility == Visibility::Private
                    ? tr("Answered in a private message.")
                    : tr("Invited the customer to a private message."));
        else
            add(RubricCriterion::TookPrivate, true, 0,
                tr("A complaint to take private was answered only in public."));
    }
    // A concrete time or link.
    if (facts.concreteTime && facts.concreteLink)
        add(RubricCriterion::ConcreteAnswer, true, config.concretePoints,
            tr("Gives a concrete time and a link."));
    else if (facts.concreteTime)
        add(RubricCriterion::ConcreteAnswer, true, config.concretePoints,
            tr("Gives a concrete time."));
    else if (facts.concreteLink)
        add(RubricCriterion::ConcreteAnswer, true, config.concretePoints,
            tr("Gives a concrete link."));
    else if (facts.sendsElsewhere)
        add(RubricCriterion::ConcreteAnswer, true, 0,
            tr("Sends the customer elsewhere without a concrete link."));
    else
        add(RubricCriterion::ConcreteAnswer, true, 0,
            tr("Gives neither a concrete time nor a link."));
    // No personal data in public.
    if (in.visibility == Visibility::Private) {
        add(RubricCriterion::NoPersonalData, true, config.personalDataPoints,
            tr("A private message may carry personal data."));
    } else {
        const auto found = ReplyAnalysis::personalData(in.text);
        if (found.isEmpty()) {
            add(RubricCriterion::NoPersonalData, true, config.personalDataPoints,
                tr("No personal data in the public reply."));
        } else {
            QStringList parts;
            for (const PersonalDataSpan &p : found)
                parts.append(in.text.mid(p.start, p.length));
            add(RubricCriterion::NoPersonalData, true, 0,
                tr("Personal data in public: %1.").arg(parts.join(u", "_s)));
        }
    }
    return result;
}

} // namespace CareDesk
