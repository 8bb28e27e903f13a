// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/replyreview.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace CareDesk {

class Clock;
class ReviewTrendModel;
class ShowcaseModel;

/// Quality review for supervisors (issue 9): the trend of review scores per agent (average per
/// week and the number of reviews, as a table and a line chart) and the replies worth showing in
/// training. Double-clicking a reply opens its case.
class QualityReviewWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QualityReviewWindow)

public:
    QualityReviewWindow(
        ReplyReviewRepository &reviews, const Clock &clock, QWidget *parent = nullptr);

    /// Reads the reviews of the chosen period again.
    void refresh();
    ReviewTrendModel *trendModel() const { return m_trend; }
    ShowcaseModel *showcaseModel() const { return m_showcase; }
    QTableView *showcaseView() const { return m_showcaseView; }
    QTableView *trendView() const { return m_trendView; }
    QChartView *chartView() const { return m_chart; }

Q_SIGNALS:
    void openCaseRequested(Id caseId);
    /// A refresh finished (successfully or not).
    void loaded();

private:
    void showReviews(const QList<ReplyReview> &reviews);
    void updateChart();

    ReplyReviewRepository &m_reviews;
    const Clock &m_clock;
    QComboBox *m_period = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_status = nullptr;
    ReviewTrendModel *m_trend = nullptr;
    ShowcaseModel *m_showcase = nullptr;
    QTableView *m_trendView = nullptr;
    QTableView *m_showcaseView = nullptr;
    QChartView *m_chart = nullptr;
    quint64 m_request = 0;
};

} // namespace CareDesk
