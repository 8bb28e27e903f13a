// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/reviewstore.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    const QString selectReviews
        = u"SELECT r.id, r.message_id, r.case_id, COALESCE(r.agent_id, 0), "
          "COALESCE(r.reviewer_id, 0), r.points, r.total, r.max_points, r.comment, "
          "r.showcase, r.created_at, COALESCE(NULLIF(a.display_name, ''), a.name, m.author_name, "
          "''), "
          "COALESCE(NULLIF(v.display_name, ''), v.name, ''), m.text, c.platform "
          "FROM reply_review r JOIN message m ON m.id = r.message_id "
          "JOIN cases c ON c.id = r.case_id "
          "LEFT JOIN agent a ON a.id = r.agent_id "
          "LEFT JOIN agent v ON v.id = r.reviewer_id "_s;

    Result<QList<ReplyReview>> read(Database &db, const QString &where, const QVariantList &values)
    {
        Result<QSqlQuery> q
            = db.exec(selectReviews + where + u" ORDER BY r.created_at DESC, r.id DESC"_s, values);
        if (!q.ok())
            return q.error();
        QList<ReplyReview> out;
        while (q.value().next()) {
            const QSqlQuery &row = q.value();
            ReplyReview r;
            r.id = row.value(0).toLongLong();
            r.messageId = row.value(1).toLongLong();
            r.caseId = row.value(2).toLongLong();
            r.agentId = row.value(3).toLongLong();
            r.reviewerId = row.value(4).toLongLong();
            r.points = ReplyReviews::pointsFromJson(
                QJsonDocument::fromJson(row.value(5).toString().toUtf8()).array());
            r.total = row.value(6).toInt();
            r.maximum = row.value(7).toInt();
            r.comment = row.value(8).toString();
            r.showcase = row.value(9).toInt() != 0;
            r.createdAt = row.value(10).toLongLong();
            r.agentName = row.value(11).toString();
            r.reviewerName = row.value(12).toString();
            r.text = row.value(13).toString();
            r.platform = platformFromString(row.value(14).toString()).value_or(Platform::X);
            out.append(r);
        }
        return out;
    }

} // namespace

namespace ReviewStore {

    Result<ReplyReview> save(Database &db, const ReplyReview &review, Millis now)
    {
        Result<QSqlQuery> m
            = db.exec(u"SELECT case_id, author_agent_id, direction FROM message WHERE id = ?"_s,
                { review.messageId });
        if (!m.ok())
            return m.error();
        if (!m.value().next())
            return Error { ErrorCode::NotFound,
                QCoreApplication::translate("ReviewStore", "Message %1 does not exist.")
                    .arg(review.messageId) };
        const Id caseId = m.value().value(0).toLongLong();
        const Id agentId = m.value().value(1).toLongLong();
        if (m.value().value(2).toString() != "out"_L1)
            return Error { ErrorCode::Invalid,
                QCoreApplication::translate("ReviewStore", "Only a sent reply can be reviewed.") };
        m.value().finish();

        ReplyReview r = review;
        ReplyReviews::sum(r);
        r.caseId = caseId;
        r.agentId = agentId;
        r.createdAt = now;
        const QString points = QString::fromUtf8(
            QJsonDocument(ReplyReviews::pointsToJson(r.points)).toJson(QJsonDocument::Compact));
        const bool loginsAgent = db.isPostgres() && r.reviewerId == 0;
        QVariantList values { r.messageId, caseId,
            agentId > 0 ? QVariant(agentId) : QVariant(QMetaType(QMetaType::LongLong)) };
        if (!loginsAgent)
            values << (r.reviewerId > 0 ? QVariant(r.reviewerId)
                                        : QVariant(QMetaType(QMetaType::LongLong)));
        values << points << r.total << r.maximum << r.comment << (r.showcase ? 1 : 0) << now;
        Result<Id> id = db.insertReturningId(
            u"INSERT INTO reply_review (message_id, case_id, agent_id, reviewer_id, points, total, "
            "max_points, comment, showcase, created_at) VALUES (?, ?, ?, %1, ?, ?, ?, ?, ?, ?) RETURNING id"_s
                .arg(loginsAgent ? u"(SELECT caredesk_agent_id())"_s : u"?"_s),
            values);
        if (!id.ok())
            return id.error();
        Result<QList<ReplyReview>> stored = read(db, u"WHERE r.id = ?"_s, { id.value() });
        if (!stored.ok())
            return stored.error();
        if (stored.value().isEmpty())
            return Error { ErrorCode::Internal,
                QCoreApplication::translate("ReviewStore", "The review was not stored.") };
        return stored.value().first();
    }

    Result<QList<ReplyReview>> forMessage(Database &db, Id messageId)
    {
        return read(db, u"WHERE r.message_id = ?"_s, { messageId });
    }

    Result<QList<ReplyReview>> list(Database &db, Millis from, Millis to, bool showcaseOnly)
    {
        QStringList where;
        QVariantList values;
        if (from > 0) {
            where << u"r.created_at >= ?"_s;
            values << from;
        }
        if (to > 0) {
            where << u"r.created_at < ?"_s;
            values << to;
        }
        if (showcaseOnly)
            where << u"r.showcase <> 0"_s;
        return read(db, where.isEmpty() ? QString() : u"WHERE "_s + where.join(u" AND "_s), values);
    }

} // namespace ReviewStore

SqlReplyReviewRepository::SqlReplyReviewRepository(DatabaseWorker &worker, const Clock &clock)
    : m_worker(worker)
    , m_clock(clock)
{
}

QFuture<Result<ReplyReview>> SqlReplyReviewRepository::save(const ReplyReview &review)
{
    const Millis now = m_clock.now();
    return m_worker.run<ReplyReview>([review, now](Database &db) {
        Result<ReplyReview> out = Error { ErrorCode::Internal, QString() };
        Result<Done> done = db.transaction([&]() -> Result<Done> {
            out = ReviewStore::save(db, review, now);
            if (!out.ok())
                return out.error();
            return Done {};
        });
        if (!done.ok())
            return Result<ReplyReview>(done.error());
        return out;
    });
}

QFuture<Result<QList<ReplyReview>>> SqlReplyReviewRepository::forMessage(Id messageId)
{
    return m_worker.run<QList<ReplyReview>>(
        [messageId](Database &db) { return ReviewStore::forMessage(db, messageId); });
}

QFuture<Result<QList<ReplyReview>>> SqlReplyReviewRepository::list(
    Millis from, Millis to, bool showcaseOnly)
{
    return m_worker.run<QList<ReplyReview>>([from, to, showcaseOnly](Database &db) {
        return ReviewStore::list(db, from, to, showcaseOnly);
    });
}

} // namespace CareDesk
