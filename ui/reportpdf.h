// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/metrics.h"

#include <QCoreApplication>
#include <QString>

namespace CareDesk {

/// The executive summary: one A4 page telling the period's story (volume, speed, resolution,
/// sentiment shift, CSAT, top topics) with the daily volume and the weekday-hour heatmap.
class ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::ReportPdf)

public:
    /// Writes the PDF; false with a message when the file cannot be written.
    static bool write(
        const MetricsReport &report, const QString &path, const QString &scope, QString *error);
};

} // namespace CareDesk
