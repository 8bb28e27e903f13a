// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <array>

namespace CareDesk {

/// Customer messages by weekday (rows, Monday first) and hour (columns), painted as a grid whose
/// colour deepens with the count; Qt Charts has no heatmap.
class HeatmapWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeatmapWidget)

public:
    using Grid = std::array<std::array<qint64, 24>, 7>;
    explicit HeatmapWidget(QWidget *parent = nullptr);

    void setGrid(const Grid &grid);
    const Grid &grid() const { return m_grid; }
    qint64 maximum() const { return m_max; }
    /// The cell under a point, as (weekday, hour); (-1, -1) outside the grid.
    std::pair<int, int> cellAt(QPoint point) const;
    /// Paints the grid into a rectangle (also used for the PDF).
    static void paintGrid(QPainter &painter, const QRectF &rect, const Grid &grid,
        const QFont &font, const QColor &text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    Grid m_grid {};
    qint64 m_max = 0;
};

} // namespace CareDesk
