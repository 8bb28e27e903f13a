// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/repositories.h"
#include "app/core/result.h"
#include "app/core/rubric.h"

#include <QCoreApplication>
#include <QFuture>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace CareDesk {

/// One rubric point of a reviewed reply: what the rubric gave and what the reviewer settled on.
struct ReviewPoint {
    QString key; ///< Rubric::criterionKey
    bool applicable = true;
    int autoPoints = 0;
    int points = 0; ///< the reviewer's (equals autoPoints unless overridden)
    int maxPoints = 0;
    QString reason; ///< the rubric's reason, as shown when the review was made
    bool overridden() const { return points != autoPoints; }
};

/// A supervisor's scorecard on one sent reply (table reply_review, schema 8).
struct ReplyReview {
    Id id = 0;
    Id messageId = 0;
    Id caseId = 0;
    Id agentId = 0; ///< who sent the reply (0: unknown)
    Id reviewerId = 0;
    QList<ReviewPoint> points;
    int total = 0;
    int maximum = 0;
    QString comment;
    bool showcase = false; ///< worth showing in training
    Millis createdAt = 0;

    // Read with a review, never written.
    QString agentName;
    QString reviewerName;
    QString text; ///< the reply's text
    Platform platform = Platform::X;

    int percent() const { return maximum > 0 ? (total * 100 + maximum / 2) / maximum : 0; }
};

/// Average score of an agent's reviewed replies in one week (Monday 00:00 UTC).
struct ReviewTrendPoint {
    Id agentId = 0;
    QString agentName;
    Millis weekStart = 0;
    int reviews = 0;
    double averagePercent = 0;
};

/// Building and summing scorecards. Pure.
class ReplyReviews final
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::ReplyReviews)

public:
    /// The auto-scored points of a rubric score (nothing overridden yet).
    static QList<ReviewPoint> pointsFrom(const RubricScore &score);
    /// Total and maximum of the applicable points.
    static void sum(ReplyReview &review);
    static QJsonArray pointsToJson(const QList<ReviewPoint> &points);
    static QList<ReviewPoint> pointsFromJson(const QJsonArray &array);
    /// The rubric input for a real reply: the message, the customer's first unanswered message
    /// before it, and whether it is the case's first reply.
    static RubricInput inputFor(const CaseDetail &detail, Id messageId);
    /// The start of the UTC week (Monday) holding at.
    static Millis weekStart(Millis at);
    /// Per agent and week, oldest week first within an agent, agents by name.
    static QList<ReviewTrendPoint> trends(const QList<ReplyReview> &reviews);
};

/// Where reviews are kept (app/storage/reviewstore.h).
class ReplyReviewRepository
{
public:
    virtual ~ReplyReviewRepository() = default;
    /// Stores a new review (id and createdAt are set by the store; reviewerId 0: the local agent).
    virtual QFuture<Result<ReplyReview>> save(const ReplyReview &review) = 0;
    /// The reviews of one message, newest first.
    virtual QFuture<Result<QList<ReplyReview>>> forMessage(Id messageId) = 0;
    /// Reviews made in [from, to) (0: open end), newest first, with names and reply texts.
    virtual QFuture<Result<QList<ReplyReview>>> list(Millis from, Millis to, bool showcaseOnly) = 0;
};

} // namespace CareDesk
