// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/heatmapwidget.h"

#include "app/core/metrics.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    constexpr qreal labelWidthShare = 0.08;
    constexpr qreal labelHeightShare = 0.12;

    QRectF gridArea(const QRectF &rect)
    {
        const qreal left = rect.width() * labelWidthShare;
        const qreal top = rect.height() * labelHeightShare;
        return QRectF(
            rect.left() + left, rect.top() + top, rect.width() - left, rect.height() - top);
    }

} // namespace

HeatmapWidget::HeatmapWidget(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Customer messages by weekday and hour"));
    setMouseTracking(true);
}

void HeatmapWidget::setGrid(const Grid &grid)
{
    m_grid = grid;
    m_max = 0;
    for (const auto &row : grid) {
        for (qint64 v : row)
            m_max = std::max(m_max, v);
    }
    update();
}

QSize HeatmapWidget::sizeHint() const
{
    return QSize(640, 220);
}

QSize HeatmapWidget::minimumSizeHint() const
{
    return QSize(320, 120);
}

std::pair<int, int> HeatmapWidget::cellAt(QPoint point) const
{
    const QRectF area = gridArea(QRectF(rect()));
    if (!area.contains(point))
        return { -1, -1 };
    const int hour = std::clamp(int((point.x() - area.left()) / (area.width() / 24)), 0, 23);
    const int day = std::clamp(int((point.y() - area.top()) / (area.height() / 7)), 0, 6);
    return { day, hour };
}

void HeatmapWidget::paintGrid(
    QPainter &painter, const QRectF &rect, const Grid &grid, const QFont &font, const QColor &text)
{
    qint64 max = 0;
    for (const auto &row : grid) {
        for (qint64 v : row)
            max = std::max(max, v);
    }
    const QRectF area = gridArea(rect);
    const qreal cellW = area.width() / 24;
    const qreal cellH = area.height() / 7;
    painter.save();
    painter.setFont(font);
    painter.setPen(text);
    for (int h = 0; h < 24; h += 3) {
        painter.drawText(
            QRectF(area.left() + h * cellW, rect.top(), cellW * 3, area.top() - rect.top()),
            Qt::AlignLeft | Qt::AlignVCenter, u"%1"_s.arg(h, 2, 10, QChar(u'0')));
    }
    for (int d = 0; d < 7; ++d) {
        painter.setPen(text);
        painter.drawText(
            QRectF(rect.left(), area.top() + d * cellH, area.left() - rect.left(), cellH),
            Qt::AlignLeft | Qt::AlignVCenter, MetricsText::weekday(d));
        for (int h = 0; h < 24; ++h) {
            const qint64 v = grid[size_t(d)][size_t(h)];
            const qreal share = max == 0 ? 0.0 : double(v) / double(max);
            // From a pale to a deep blue; empty cells stay light grey.
            const QColor color = v == 0
                ? QColor(238, 240, 243)
                : QColor::fromHsvF(0.6, 0.15 + 0.8 * share, 0.97 - 0.45 * share);
            painter.fillRect(QRectF(area.left() + h * cellW + 1, area.top() + d * cellH + 1,
                                 cellW - 2, cellH - 2),
                color);
        }
    }
    painter.restore();
}

void HeatmapWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    paintGrid(painter, QRectF(rect()).adjusted(2, 2, -2, -2), m_grid, font(),
        palette().color(QPalette::WindowText));
}

bool HeatmapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const auto [day, hour] = cellAt(help->pos());
        if (day < 0) {
            QToolTip::hideText();
        } else {
            QToolTip::showText(help->globalPos(),
                tr("%1 %2:00–%2:59: %n message(s)", nullptr, int(m_grid[size_t(day)][size_t(hour)]))
                    .arg(MetricsText::weekday(day))
                    .arg(hour, 2, 10, QChar(u'0')),
                this);
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace CareDesk
