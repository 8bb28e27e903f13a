// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/trainingresult.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

QJsonArray TrainingResult::pointsJson() const
{
    QJsonArray out;
    for (const TrainingReplyScore &reply : replies) {
        QJsonArray criteria;
        for (const CriterionScore &c : reply.score.criteria) {
            criteria.append(QJsonObject { { u"criterion"_s, Rubric::criterionKey(c.criterion) },
                { u"title"_s, c.title }, { u"applicable"_s, c.applicable },
                { u"points"_s, c.points }, { u"max_points"_s, c.maxPoints },
                { u"reason"_s, c.reason } });
        }
        out.append(QJsonObject { { u"total"_s, reply.score.total },
            { u"maximum"_s, reply.score.maximum }, { u"criteria"_s, criteria } });
    }
    return out;
}

QJsonArray TrainingResult::repliesJson() const
{
    QJsonArray out;
    for (const TrainingReplyScore &reply : replies) {
        out.append(QJsonObject { { u"text"_s, reply.text },
            { u"visibility"_s, toString(reply.visibility) }, { u"at"_s, toIsoUtc(reply.at) } });
    }
    return out;
}

QJsonObject TrainingResult::toJson() const
{
    QJsonArray merged;
    const QJsonArray points = pointsJson();
    const QJsonArray texts = repliesJson();
    for (qsizetype i = 0; i < points.size(); ++i) {
        QJsonObject reply = texts.at(i).toObject();
        const QJsonObject scored = points.at(i).toObject();
        for (auto it = scored.begin(); it != scored.end(); ++it)
            reply.insert(it.key(), it.value());
        merged.append(reply);
    }
    return QJsonObject { { u"id"_s, QString::number(id) },
        { u"agent_id"_s, QString::number(agentId) }, { u"agent"_s, agentName },
        { u"scenario_id"_s, scenarioId }, { u"scenario_title"_s, scenarioTitle },
        { u"language"_s, language }, { u"platform"_s, toString(platform) },
        { u"started_at"_s, toIsoUtc(startedAt) }, { u"finished_at"_s, toIsoUtc(finishedAt) },
        { u"score"_s, score }, { u"max"_s, maximum }, { u"percent"_s, percent() },
        { u"outcome"_s, outcome }, { u"replies"_s, merged },
        { u"exemplary_reply"_s, exemplaryReply } };
}

QString TrainingScoring::outcomeText(ScenarioOutcome outcome, bool endedByTrainee)
{
    if (endedByTrainee && outcome != ScenarioOutcome::Calm && outcome != ScenarioOutcome::Close)
        return u"ended"_s;
    return ScenarioFormat::outcomeName(outcome);
}

TrainingResult TrainingScoring::score(const ScenarioRun &run, const RubricConfig &rubric,
    const QString &uiLanguage, const QList<bool> &scriptUsed)
{
    TrainingResult result;
    const Scenario &s = run.scenario;
    result.scenarioId = s.id;
    result.scenarioTitle = s.title(uiLanguage);
    result.language = s.language;
    result.platform = s.platform;
    result.startedAt = run.startedAt;
    result.exemplaryReply = s.exemplaryReply;
    int replyIndex = 0;
    for (qsizetype i = 0; i < run.transcript.size(); ++i) {
        const ScenarioTranscriptEntry &entry = run.transcript.at(i);
        if (entry.direction != Direction::Out)
            continue;
        const bool used = replyIndex < scriptUsed.size() && scriptUsed.at(replyIndex);
        ++replyIndex;
        TrainingReplyScore reply;
        reply.text = entry.text;
        reply.visibility = entry.visibility;
        reply.at = entry.at;
        reply.score = Rubric::score(rubric, Rubric::inputFor(run, i, used), s.exemplaryReply);
        result.score += reply.score.total;
        result.maximum += reply.score.maximum;
        result.replies.append(reply);
    }
    if (result.replies.isEmpty()) {
        // Never answered: every point of a first reply is missed.
        RubricInput in = Rubric::inputFor(run, -1);
        in.customerPostedAt = run.startedAt;
        in.repliedAt = run.startedAt;
        const RubricScore blank = Rubric::score(rubric, in, s.exemplaryReply);
        TrainingReplyScore reply;
        reply.at = run.startedAt;
        reply.score = blank;
        reply.score.total = 0;
        for (CriterionScore &c : reply.score.criteria) {
            c.points = 0;
            c.reason
                = QCoreApplication::translate("CareDesk::TrainingScoring", "No reply was sent.");
        }
        result.maximum = blank.maximum;
        result.replies.append(reply);
    }
    return result;
}

QList<TrainingReplyScore> TrainingScoring::repliesFromJson(
    const QJsonArray &points, const QJsonArray &replies)
{
    QList<TrainingReplyScore> out;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QJsonObject p = points.at(i).toObject();
        const QJsonObject r = replies.at(i).toObject();
        TrainingReplyScore reply;
        reply.text = r.value(u"text"_s).toString();
        reply.visibility = visibilityFromString(r.value(u"visibility"_s).toString())
                               .value_or(Visibility::Public);
        reply.at = fromIsoUtc(r.value(u"at"_s).toString()).value_or(0);
        reply.score.total = p.value(u"total"_s).toInt();
        reply.score.maximum = p.value(u"maximum"_s).toInt();
        const QJsonArray criteria = p.value(u"criteria"_s).toArray();
        for (const QJsonValue &value : criteria) {
            const QJsonObject c = value.toObject();
            CriterionScore score;
            const QString key = c.value(u"criterion"_s).toString();
            for (RubricCriterion criterion : Rubric::allCriteria()) {
                if (Rubric::criterionKey(criterion) == key)
                    score.criterion = criterion;
            }
            score.title = c.value(u"title"_s).toString();
            score.applicable = c.value(u"applicable"_s).toBool(true);
            score.points = c.value(u"points"_s).toInt();
            score.maxPoints = c.value(u"max_points"_s).toInt();
            score.reason = c.value(u"reason"_s).toString();
            reply.score.criteria.append(score);
        }
        out.append(reply);
    }
    return out;
}

} // namespace CareDesk
