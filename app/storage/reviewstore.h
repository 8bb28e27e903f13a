// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/clock.h"
#include "app/core/replyreview.h"
#include "app/storage/database.h"
#include "app/storage/databaseworker.h"

namespace CareDesk {

/// Quality reviews of sent replies (table reply_review, migration 0008).
namespace ReviewStore {
    /// Stores a review of an outgoing message; the case and the sending agent are read from the
    /// message. On PostgreSQL reviewer 0 means the login's own agent (row-level security insists
    /// on it); on SQLite 0 is the local single user (stored as NULL).
    Result<ReplyReview> save(Database &db, const ReplyReview &review, Millis now);
    Result<QList<ReplyReview>> forMessage(Database &db, Id messageId);
    Result<QList<ReplyReview>> list(Database &db, Millis from, Millis to, bool showcaseOnly);
} // namespace ReviewStore

class SqlReplyReviewRepository final : public ReplyReviewRepository
{
public:
    SqlReplyReviewRepository(DatabaseWorker &worker, const Clock &clock);
    QFuture<Result<ReplyReview>> save(const ReplyReview &review) override;
    QFuture<Result<QList<ReplyReview>>> forMessage(Id messageId) override;
    QFuture<Result<QList<ReplyReview>>> list(Millis from, Millis to, bool showcaseOnly) override;

private:
    DatabaseWorker &m_worker;
    const Clock &m_clock;
};

} // namespace CareDesk
