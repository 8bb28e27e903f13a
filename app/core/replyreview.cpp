// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/replyreview.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

QList<ReviewPoint> ReplyReviews::pointsFrom(const RubricScore &score)
{
    QList<ReviewPoint> points;
    for (const CriterionScore &c : score.criteria) {
        ReviewPoint p;
        p.key = Rubric::criterionKey(c.criterion);
        p.applicable = c.applicable;
        p.autoPoints = c.points;
        p.points = c.points;
        p.maxPoints = c.maxPoints;
        p.reason = c.reason;
        points.append(p);
    }
    return points;
}

void ReplyReviews::sum(ReplyReview &review)
{
    review.total = 0;
    review.maximum = 0;
    for (ReviewPoint &p : review.points) {
        p.points = std::clamp(p.points, 0, p.maxPoints);
        if (!p.applicable)
            continue;
        review.total += p.points;
        review.maximum += p.maxPoints;
    }
}

QJsonArray ReplyReviews::pointsToJson(const QList<ReviewPoint> &points)
{
    QJsonArray array;
    for (const ReviewPoint &p : points) {
        array.append(QJsonObject {
            { u"key"_s, p.key },
            { u"applicable"_s, p.applicable },
            { u"auto"_s, p.autoPoints },
            { u"points"_s, p.points },
            { u"max"_s, p.maxPoints },
            { u"reason"_s, p.reason },
        });
    }
    return array;
}

QList<ReviewPoint> ReplyReviews::pointsFromJson(const QJsonArray &array)
{
    QList<ReviewPoint> points;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        ReviewPoint p;
        p.key = o.value(u"key"_s).toString();
        p.applicable = o.value(u"applicable"_s).toBool(true);
        p.autoPoints = o.value(u"auto"_s).toInt();
        p.points = o.value(u"points"_s).toInt();
        p.maxPoints = o.value(u"max"_s).toInt();
        p.reason = o.value(u"reason"_s).toString();
        points.append(p);
    }
    return points;
}

RubricInput ReplyReviews::inputFor(const CaseDetail &detail, Id messageId)
{
    RubricInput in;
    in.platform = detail.summary.value.platform;
    // A real case has no scenario to say what it expects: a public complaint that came in clearly
    // negative is one the rubric wants taken private; whether a script fitted is not known.
    const bool startedPublic
        = detail.messages.isEmpty() || detail.messages.first().visibility == Visibility::Public;
    in.expectPrivate = startedPublic && detail.summary.value.sentimentEntry <= -40;
    qsizetype index = -1;
    for (qsizetype i = 0; i < detail.messages.size(); ++i) {
        if (detail.messages.at(i).id == messageId) {
            index = i;
            break;
        }
    }
    if (index < 0)
        return in;
    const Message &reply = detail.messages.at(index);
    in.text = reply.text;
    in.visibility = reply.visibility;
    in.repliedAt = reply.createdAt;
    in.customerPostedAt = reply.createdAt;
    in.firstReply = true;
    for (qsizetype i = index - 1; i >= 0; --i) {
        const Message &m = detail.messages.at(i);
        if (m.direction == Direction::Out) {
            in.firstReply = false;
            break;
        }
        in.customerPostedAt = m.createdAt;
    }
    return in;
}

Millis ReplyReviews::weekStart(Millis at)
{
    const QDate date = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).date();
    const QDate monday = date.addDays(1 - date.dayOfWeek());
    return QDateTime(monday, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

QList<ReviewTrendPoint> ReplyReviews::trends(const QList<ReplyReview> &reviews)
{
    struct Acc {
        QString name;
        int count = 0;
        double sum = 0;
    };
    QMap<std::pair<Id, Millis>, Acc> acc;
    for (const ReplyReview &r : reviews) {
        if (r.maximum <= 0)
            continue;
        Acc &a = acc[{ r.agentId, weekStart(r.createdAt) }];
        a.name = r.agentName;
        ++a.count;
        a.sum += 100.0 * r.total / r.maximum;
    }
    QList<ReviewTrendPoint> out;
    for (auto it = acc.cbegin(); it != acc.cend(); ++it) {
        ReviewTrendPoint p;
        p.agentId = it.key().first;
        p.weekStart = it.key().second;
        p.agentName = it.value().name;
        p.reviews = it.value().count;
        p.averagePercent = it.value().sum / it.value().count;
        out.append(p);
    }
    std::stable_sort(
        out.begin(), out.end(), [](const ReviewTrendPoint &a, const ReviewTrendPoint &b) {
            if (a.agentName != b.agentName)
                return a.agentName.localeAwareCompare(b.agentName) < 0;
            return a.weekStart < b.weekStart;
        });
    return out;
}

} // namespace CareDesk
