// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/connector.h"
#include "app/core/result.h"
#include "app/core/textcounter.h"
#include "app/core/types.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace CareDesk {

struct ScenarioRun;

/// The criteria of the training rubric (issue 9, Scoring and feedback).
enum class RubricCriterion {
    FirstResponseTime,
    WithinLimit,
    PlaceholdersFilled,
    ScriptUsed,
    Tone,
    TookPrivate,
    ConcreteAnswer, ///< a concrete time or link
    NoPersonalData, ///< no e-mail, phone or order number in a public reply
};

/// The rubric a trainer edits: points per criterion (0 switches a criterion off) and thresholds.
struct RubricConfig {
    int firstResponsePoints = 15;
    int withinLimitPoints = 10;
    int placeholdersPoints = 10;
    int scriptPoints = 10;
    int tonePoints = 15;
    int privatePoints = 15;
    int concretePoints = 15;
    int personalDataPoints = 10;
    int firstResponseTargetSeconds = 15 * 60; ///< full points within, half within twice, none after
    /// The reply's sentiment must be at least this (-100..100); by default "not negative" (an
    /// apology scores a little below zero, a hostile reply far below).
    int toneThreshold = -19;
    bool requirePrivateForComplaints = true; ///< score TookPrivate where the scenario expects it

    int pointsFor(RubricCriterion criterion) const;

    static RubricConfig defaults() { return {}; }
    /// Reads a trainer's rubric; missing keys keep their defaults, wrong ones name the field.
    static Result<RubricConfig> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

/// One reply to score, with what the rubric cannot see in the text.
struct RubricInput {
    QString text; ///< the sent text
    Platform platform = Platform::X;
    Visibility visibility = Visibility::Public;
    bool firstReply = true;
    Millis customerPostedAt = 0; ///< the customer's first unanswered message
    Millis repliedAt = 0;
    bool scriptFits = false; ///< a script of the library fits this case
    bool scriptUsed = false; ///< the reply was built from a script
    bool expectPrivate = false; ///< the case is a complaint the rubric wants taken private
    int firstResponseTargetSeconds = 0; ///< the scenario's own target; 0: the rubric's
    CountOptions countOptions;
};

struct CriterionScore {
    RubricCriterion criterion = RubricCriterion::Tone;
    bool applicable
        = true; ///< false: does not count toward the maximum (no script fits, a later reply ...)
    int points = 0;
    int maxPoints = 0;
    QString title; ///< translated name of the criterion
    QString reason; ///< translated: what the points were for, or why they were missed
};

struct RubricScore {
    int total = 0;
    int maximum = 0;
    QList<CriterionScore> criteria;
    QString exemplaryReply;
    /// 0..100.
    int percent() const { return maximum > 0 ? (total * 100 + maximum / 2) / maximum : 0; }
    const CriterionScore *criterion(RubricCriterion c) const;
};

/// Scores replies against a rubric. Pure; uses TextCounter, Scripts, SentimentScorer and
/// ReplyAnalysis, so the composer, the engine and the rubric agree on what a reply does.
class Rubric final
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Rubric)

public:
    static RubricScore score(
        const RubricConfig &config, const RubricInput &input, const QString &exemplaryReply = {});
    /// The input for the trainee's reply at transcriptIndex of a rehearsal (an Out entry): the
    /// platform, the wait since the customer's first unanswered message and what the scenario
    /// expects. scriptUsed comes from the composer.
    static RubricInput inputFor(
        const ScenarioRun &run, qsizetype transcriptIndex, bool scriptUsed = false);
    static QString criterionTitle(RubricCriterion criterion);
    static QString criterionKey(RubricCriterion criterion);
    static const QList<RubricCriterion> &allCriteria();
};

} // namespace CareDesk
