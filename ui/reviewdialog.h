// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/replyreview.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace CareDesk {

/// The scorecard of one sent reply (issue 9, Quality review): each rubric point scored
/// automatically, the reviewer may override a point's score and add a comment, and flag the reply
/// as worth showing in training. Saving goes through the repository; the dialog closes when the
/// review is stored.
class ReviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewDialog)

public:
    /// review: the auto-scored points (ReplyReviews::pointsFrom) with messageId and reviewerId;
    /// replyText and agentName are shown above them.
    ReviewDialog(ReplyReviewRepository &reviews, const ReplyReview &review,
        const QString &replyText, const QString &agentName, QWidget *parent = nullptr);

    /// The review as edited so far (total and maximum summed).
    ReplyReview review() const;
    /// Overrides the score of the point with this criterion key; false if there is none.
    bool setPoints(const QString &key, int points);
    void setComment(const QString &comment);
    void setShowcase(bool showcase);
    QTableWidget *pointsTable() const { return m_table; }

    /// Stores the review; the dialog is accepted when it is stored.
    void save();

Q_SIGNALS:
    void saved(const ReplyReview &review);

private:
    void updateTotal();

    ReplyReviewRepository &m_reviews;
    ReplyReview m_review;
    QTableWidget *m_table = nullptr;
    QList<QSpinBox *> m_spins;
    QPlainTextEdit *m_comment = nullptr;
    QCheckBox *m_showcase = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_saving = false;
};

} // namespace CareDesk
