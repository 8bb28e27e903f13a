// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/qualityreviewwindow.h"

#include "app/core/clock.h"
#include "app/core/futures.h"
#include "ui/reviewmodels.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QMap>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

QualityReviewWindow::QualityReviewWindow(
    ReplyReviewRepository &reviews, const Clock &clock, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_reviews(reviews)
    , m_clock(clock)
{
    setObjectName(u"qualityReviewWindow"_s);
    setWindowTitle(tr("Quality review"));
    setAccessibleName(tr("Quality review"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    m_period = new QComboBox(this);
    m_period->setObjectName(u"qualityPeriod"_s);
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("Last 4 weeks"), 4);
    m_period->addItem(tr("Last 12 weeks"), 12);
    m_period->addItem(tr("Last year"), 52);
    m_period->addItem(tr("All time"), 0);
    m_period->setCurrentIndex(1);
    periodLabel->setBuddy(m_period);
    top->addWidget(periodLabel);
    top->addWidget(m_period);
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(u"qualityRefresh"_s);
    m_refresh->setAccessibleName(tr("Refresh"));
    top->addWidget(m_refresh);
    m_status = new QLabel(this);
    m_status->setObjectName(u"qualityStatus"_s);
    m_status->setAccessibleName(tr("Status"));
    m_status->setTextFormat(Qt::PlainText);
    top->addWidget(m_status, 1);
    layout->addLayout(top);

    auto *refreshAction = new QAction(tr("Refresh"), this);
    refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    refreshAction->setShortcutContext(Qt::WindowShortcut);
    addAction(refreshAction);
    connect(refreshAction, &QAction::triggered, this, &QualityReviewWindow::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &QualityReviewWindow::refresh);
    connect(m_period, &QComboBox::currentIndexChanged, this, &QualityReviewWindow::refresh);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *trends = new QSplitter(Qt::Horizontal, splitter);
    m_trend = new ReviewTrendModel(this);
    m_trendView = new QTableView(trends);
    m_trendView->setObjectName(u"qualityTrends"_s);
    m_trendView->setAccessibleName(tr("Average score per agent and week"));
    m_trendView->setModel(m_trend);
    m_trendView->verticalHeader()->hide();
    m_trendView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_trendView->horizontalHeader()->setStretchLastSection(true);
    auto *chart = new QChart;
    chart->setTitle(tr("Average score per week"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart = new QChartView(chart, trends);
    m_chart->setObjectName(u"qualityChart"_s);
    m_chart->setAccessibleName(tr("Average score per week, per agent"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    trends->addWidget(m_trendView);
    trends->addWidget(m_chart);
    trends->setStretchFactor(0, 2);
    trends->setStretchFactor(1, 3);
    trends->setSizes({ 440, 660 });

    auto *showcaseBox = new QWidget(splitter);
    auto *showcaseLayout = new QVBoxLayout(showcaseBox);
    showcaseLayout->setContentsMargins(0, 0, 0, 0);
    auto *showcaseLabel = new QLabel(
        tr("Replies worth showing in training (double-click opens the case)"), showcaseBox);
    showcaseLayout->addWidget(showcaseLabel);
    m_showcase = new ShowcaseModel(this);
    m_showcaseView = new QTableView(showcaseBox);
    m_showcaseView->setObjectName(u"qualityShowcase"_s);
    m_showcaseView->setAccessibleName(tr("Replies worth showing in training"));
    m_showcaseView->setModel(m_showcase);
    m_showcaseView->verticalHeader()->hide();
    m_showcaseView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_showcaseView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_showcaseView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_showcaseView->horizontalHeader()->setSectionResizeMode(
        ShowcaseModel::ReplyColumn, QHeaderView::Stretch);
    showcaseLabel->setBuddy(m_showcaseView);
    showcaseLayout->addWidget(m_showcaseView);
    connect(m_showcaseView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const Id caseId = index.data(ShowcaseModel::CaseIdRole).toLongLong();
        if (caseId > 0)
            Q_EMIT openCaseRequested(caseId);
    });
    // Enter opens the case too: keyboard first.
    auto *open = new QAction(tr("Open case"), m_showcaseView);
    open->setShortcuts({ QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) });
    open->setShortcutContext(Qt::WidgetShortcut);
    m_showcaseView->addAction(open);
    connect(open, &QAction::triggered, this, [this] {
        const Id caseId
            = m_showcaseView->currentIndex().data(ShowcaseModel::CaseIdRole).toLongLong();
        if (caseId > 0)
            Q_EMIT openCaseRequested(caseId);
    });
    splitter->addWidget(trends);
    splitter->addWidget(showcaseBox);
    layout->addWidget(splitter, 1);
    resize(1100, 720);
    refresh();
}

void QualityReviewWindow::refresh()
{
    const int weeks = m_period->currentData().toInt();
    const Millis from = weeks > 0
        ? ReplyReviews::weekStart(m_clock.now()) - Millis(weeks - 1) * 7 * 24 * 3'600'000
        : 0;
    const quint64 request = ++m_request;
    m_status->setText(tr("Loading…"));
    m_reviews.list(from, 0, false)
        .then(QtFuture::Launch::Sync,
            onContext(this, [this, request](const Result<QList<ReplyReview>> &reviews) {
                if (request != m_request)
                    return; // a newer refresh is on its way
                if (!reviews.ok())
                    m_status->setText(reviews.error().message);
                else
                    showReviews(reviews.value());
                Q_EMIT loaded();
            }));
}

void QualityReviewWindow::showReviews(const QList<ReplyReview> &reviews)
{
    m_trend->setPoints(ReplyReviews::trends(reviews));
    QList<ReplyReview> showcase;
    for (const ReplyReview &r : reviews) {
        if (r.showcase)
            showcase.append(r);
    }
    m_showcase->setReviews(showcase);
    m_trendView->resizeColumnsToContents();
    m_showcaseView->resizeColumnToContents(ShowcaseModel::DateColumn);
    m_showcaseView->resizeColumnToContents(ShowcaseModel::AgentColumn);
    m_showcaseView->resizeColumnToContents(ShowcaseModel::ScoreColumn);
    m_status->setText(tr("%n review(s)", nullptr, int(reviews.size())));
    updateChart();
}

void QualityReviewWindow::updateChart()
{
    QChart *chart = m_chart->chart();
    chart->removeAllSeries();
    // The chart gives removed axes back to the caller (removeAllSeries deletes the series).
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    QMap<QString, QLineSeries *> series;
    Millis first = 0;
    Millis last = 0;
    for (const ReviewTrendPoint &p : m_trend->points()) {
        const QString name = m_trend
                                 ->data(m_trend->index(int(&p - m_trend->points().constData()),
                                     ReviewTrendModel::AgentColumn))
                                 .toString();
        QLineSeries *line = series.value(name);
        if (!line) {
            line = new QLineSeries;
            line->setName(name);
            line->setPointsVisible(true);
            series.insert(name, line);
        }
        line->append(double(p.weekStart), p.averagePercent);
        first = first == 0 ? p.weekStart : std::min(first, p.weekStart);
        last = std::max(last, p.weekStart);
    }
    auto *x = new QDateTimeAxis;
    x->setFormat(u"dd MMM"_s);
    x->setTitleText(tr("Week"));
    const Millis week = 7LL * 24 * 3'600'000;
    x->setRange(QDateTime::fromMSecsSinceEpoch(
                    first == 0 ? m_clock.now() - week : first - week / 2, Qt::UTC),
        QDateTime::fromMSecsSinceEpoch(last == 0 ? m_clock.now() : last + week / 2, Qt::UTC));
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(u"%d%%"_s);
    y->setTitleText(tr("Average score"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *line : std::as_const(series)) {
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
}

} // namespace CareDesk
