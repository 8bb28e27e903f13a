// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/rubric.h"
#include "app/core/scenarioengine.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace CareDesk {

/// One scored reply of a rehearsal.
struct TrainingReplyScore {
    QString text;
    Visibility visibility = Visibility::Public;
    Millis at = 0;
    RubricScore score;
};

/// The result of one rehearsed scenario for one trainee (table training_result).
struct TrainingResult {
    Id id = 0;
    Id agentId = 0; ///< 0: the local agent of a single-user workspace
    QString agentName; ///< as the trainee was known when the result was kept
    QString scenarioId;
    QString scenarioTitle;
    QString language;
    Platform platform = Platform::X;
    Millis startedAt = 0;
    Millis finishedAt = 0;
    int score = 0;
    int maximum = 0;
    QString outcome; ///< the customer's last state: "calm", "close", "escalate" ... or "ended"
    QList<TrainingReplyScore> replies;
    QString exemplaryReply;

    int percent() const { return maximum > 0 ? (score * 100 + maximum / 2) / maximum : 0; }

    /// Each reply's rubric points (criterion, points, max, applicable, reason), as stored.
    QJsonArray pointsJson() const;
    /// Each reply's text, surface and time, as stored.
    QJsonArray repliesJson() const;
    /// The export form (caredesk-cli training results --json, the results dialog's export):
    /// snake_case keys, ids as strings, ISO 8601 UTC times.
    QJsonObject toJson() const;
};

/// Turns a finished (or ended) scenario run into its result: every trainee reply scored with
/// the rubric; the scenario's score is the sum over its replies. A scenario the trainee never
/// answered scores 0 of the first reply's maximum, so silence is not a perfect score.
class TrainingScoring final
{
public:
    static TrainingResult score(const ScenarioRun &run, const RubricConfig &rubric,
        const QString &uiLanguage, const QList<bool> &scriptUsed = {});
    /// Reads back what pointsJson()/repliesJson() wrote (titles and reasons are kept as stored).
    static QList<TrainingReplyScore> repliesFromJson(
        const QJsonArray &points, const QJsonArray &replies);
    static QString outcomeText(ScenarioOutcome outcome, bool endedByTrainee);
};

} // namespace CareDesk
