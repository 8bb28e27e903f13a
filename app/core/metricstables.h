// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A MetricsReport as tables: the one shape the window's tables, their CSV export, the PDF and
// `caredesk-cli stats --csv/--json` all read, so every output shows the same numbers.

#include "app/core/metrics.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace CareDesk {

struct MetricsTable {
    QString name; ///< file-name friendly: "summary", "by_platform", "sla", ...
    QString title; ///< translated
    QStringList columns; ///< machine names (CSV header)
    QStringList headers; ///< translated
    QList<QStringList> rows; ///< raw values: numbers with a dot, empty for no data
};

class MetricsTables
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::MetricsTables)

public:
    /// The dimensions of --group-by and the window's breakdown tables.
    static const QStringList &dimensions();
    static MetricsTable summary(const MetricsReport &report);
    static MetricsTable groups(const MetricsReport &report, const QString &dimension);
    static MetricsTable sla(const MetricsReport &report);
    static MetricsTable days(const MetricsReport &report);
    static MetricsTable heatmap(const MetricsReport &report);
    static MetricsTable firstResponseDistribution(const MetricsReport &report);
    static MetricsTable topics(const MetricsReport &report);
    /// Every table above, each dimension included.
    static QList<MetricsTable> all(const MetricsReport &report);
    /// Header line plus rows, CRLF-free ("\n" line ends).
    static QString toCsv(const MetricsTable &table);
    /// A set's figures as a JSON object (null where there is no data).
    static QJsonObject toJson(const MetricSet &set);
    /// The whole report as `caredesk-cli stats --json` prints it.
    static QJsonObject toJson(const MetricsReport &report, const QString &groupBy);
    /// Labels of the first-response buckets ("< 15 min", ..., "over 24 h").
    static QStringList bucketLabels();
};

} // namespace CareDesk
