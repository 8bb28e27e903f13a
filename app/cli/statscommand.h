// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/metrics.h"
#include "app/core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QTextStream>

namespace CareDesk {

/// `caredesk-cli stats [--from DATE] [--to DATE] [--group-by
/// platform|account|queue|agent|language|hour]
/// [--time-zone ZONE] [--platform P] [--account ID] [--queue ID] [--language L] [--json | --csv]`:
/// the reports window's figures (README, Metrics). Dates are whole local days in the time zone
/// (the system's unless --time-zone), --to included; the default is the last 30 days with today.
/// A value with a "T" is an exact ISO 8601 time instead.
class StatsCommand final
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::StatsCommand)

public:
    StatsCommand(QTextStream &out, QTextStream &err);
    int run(const QHash<QString, QString> &values, const QStringList &flags);

    /// The options the arguments describe (period, zone, filters); exposed for tests.
    static Result<MetricsOptions> optionsFor(const QHash<QString, QString> &values, Millis now);

private:
    int fail(const Error &error);
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace CareDesk
