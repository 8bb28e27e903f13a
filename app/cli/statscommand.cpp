// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/statscommand.h"

#include "app/cli/cli.h"
#include "app/core/clock.h"
#include "app/core/metricstables.h"
#include "app/runtime/workspace.h"
#include "app/storage/database.h"
#include "app/storage/metricsstore.h"

#include <QDateTime>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    const QStringList globalValueOptions { u"workspace"_s, u"database"_s, u"agent"_s };
    const QStringList valueOptions { u"from"_s, u"to"_s, u"group-by"_s, u"time-zone"_s,
        u"platform"_s, u"account"_s, u"queue"_s, u"language"_s };
    const QStringList flagOptions { u"json"_s, u"csv"_s, u"help"_s, u"version"_s };

    QString pad(const QString &text, int width)
    {
        return text.leftJustified(width, u' ', true);
    }

} // namespace

StatsCommand::StatsCommand(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

int StatsCommand::fail(const Error &error)
{
    m_err << error.message << Qt::endl;
    return Cli::exitCodeFor(error.code);
}

Result<MetricsOptions> StatsCommand::optionsFor(const QHash<QString, QString> &values, Millis now)
{
    MetricsOptions o;
    o.now = now;
    o.timeZone = QTimeZone::systemTimeZone();
    if (values.contains(u"time-zone"_s)) {
        const QTimeZone zone(values.value(u"time-zone"_s).toUtf8());
        if (!zone.isValid())
            return Error { ErrorCode::Invalid,
                tr("Unknown time zone \"%1\".").arg(values.value(u"time-zone"_s)) };
        o.timeZone = zone;
    }
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, o.timeZone).date();
    auto parse = [&](const QString &name, QDate fallback, bool end) -> Result<Millis> {
        const QString text = values.value(name);
        if (text.contains(u'T')) {
            if (const auto time = fromIsoUtc(text))
                return *time;
            return Error { ErrorCode::Invalid,
                tr("The option --%1 needs a date (YYYY-MM-DD) or an ISO 8601 time.").arg(name) };
        }
        QDate date = fallback;
        if (!text.isEmpty()) {
            date = QDate::fromString(text, Qt::ISODate);
            if (!date.isValid())
                return Error {
                    ErrorCode::Invalid,
                    tr("The option --%1 needs a date (YYYY-MM-DD) or an ISO 8601 time.").arg(name)
                };
        }
        const auto [from, to] = metricsPeriod(date, date, o.timeZone);
        return end ? to : from;
    };
    Result<Millis> to = parse(u"to"_s, today, true);
    if (!to.ok())
        return to.error();
    const QDate lastDay = QDateTime::fromMSecsSinceEpoch(to.value() - 1, o.timeZone).date();
    Result<Millis> from = parse(u"from"_s, lastDay.addDays(-29), false);
    if (!from.ok())
        return from.error();
    o.from = from.value();
    o.to = to.value();
    if (o.to <= o.from)
        return Error { ErrorCode::Invalid, tr("The period ends before it starts.") };
    if (values.contains(u"platform"_s)) {
        o.filter.platform = platformFromString(values.value(u"platform"_s));
        if (!o.filter.platform)
            return Error { ErrorCode::Invalid,
                tr("Unknown platform \"%1\".").arg(values.value(u"platform"_s)) };
    }
    bool ok = true;
    if (values.contains(u"account"_s)) {
        o.filter.accountId = values.value(u"account"_s).toLongLong(&ok);
        if (!ok)
            return Error { ErrorCode::Invalid, tr("The option --account needs an account id.") };
    }
    if (values.contains(u"queue"_s)) {
        o.filter.queueId = values.value(u"queue"_s).toLongLong(&ok);
        if (!ok)
            return Error { ErrorCode::Invalid, tr("The option --queue needs a queue id.") };
    }
    o.filter.language = values.value(u"language"_s);
    return o;
}

int StatsCommand::run(const QHash<QString, QString> &values, const QStringList &flags)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!valueOptions.contains(it.key()) && !globalValueOptions.contains(it.key()))
            return fail(Error {
                ErrorCode::Invalid, tr("Unknown option --%1 for this command.").arg(it.key()) });
    }
    for (const QString &flag : flags) {
        if (!flagOptions.contains(flag))
            return fail(Error { ErrorCode::Invalid, tr("Unknown option --%1.").arg(flag) });
    }
    const bool json = flags.contains(u"json"_s);
    const bool csv = flags.contains(u"csv"_s);
    if (json && csv)
        return fail(Error { ErrorCode::Invalid, tr("Choose --json or --csv, not both.") });
    const QString groupBy = values.value(u"group-by"_s);
    if (!groupBy.isEmpty() && !MetricsTables::dimensions().contains(groupBy)) {
        return fail(Error { ErrorCode::Invalid,
            tr("--group-by takes one of: %1.").arg(MetricsTables::dimensions().join(u", "_s)) });
    }
    Result<MetricsOptions> options = optionsFor(values, SystemClock().now());
    if (!options.ok())
        return fail(options.error());
    Result<DatabaseConfig> config
        = Workspace::configFor(values.value(u"workspace"_s), values.value(u"database"_s));
    if (!config.ok())
        return fail(config.error());
    Result<std::unique_ptr<Database>> opened
        = Database::open(config.value(), Database::OpenMode::Existing);
    if (!opened.ok())
        return fail(opened.error());
    Result<MetricsReport> computed = MetricsStore::compute(*opened.value(), options.value());
    if (!computed.ok())
        return fail(computed.error());
    const MetricsReport &report = computed.value();

    if (json) {
        m_out << QString::fromUtf8(
            QJsonDocument(MetricsTables::toJson(report, groupBy)).toJson(QJsonDocument::Indented));
        m_out.flush();
        return Cli::Success;
    }
    if (csv) {
        m_out << MetricsTables::toCsv(groupBy.isEmpty() ? MetricsTables::summary(report)
                                                        : MetricsTables::groups(report, groupBy));
        m_out.flush();
        return Cli::Success;
    }
    m_out << tr("Period: %1 to %2 (%3)")
                 .arg(toIsoUtc(report.from), toIsoUtc(report.to), report.timeZone)
          << Qt::endl;
    const QList<MetricField> now = MetricsText::fields(report.overall);
    const QList<MetricField> before = MetricsText::fields(report.previous);
    m_out << pad(tr("Figure"), 42) << pad(tr("This period"), 14) << pad(tr("Previous"), 14)
          << tr("Change") << Qt::endl;
    for (qsizetype i = 0; i < now.size(); ++i) {
        m_out << pad(now[i].label, 42) << pad(now[i].text, 14) << pad(before[i].text, 14)
              << MetricsText::change(now[i].value.value_or(-1), before[i].value.value_or(-1))
              << Qt::endl;
    }
    if (!groupBy.isEmpty()) {
        m_out << Qt::endl;
        const QStringList keys { u"new_cases"_s, u"messages_in"_s, u"first_response_minutes"_s,
            u"sla_attainment"_s, u"fcr_rate"_s, u"sentiment_shift"_s, u"csat_predicted"_s };
        m_out << pad(MetricsText::dimensionLabel(groupBy), 28);
        for (const MetricField &f : MetricsText::fields(MetricSet {})) {
            if (keys.contains(f.key))
                m_out << pad(f.label, int(f.label.size()) + 1) << u' ';
        }
        m_out << Qt::endl;
        for (const MetricsGroup &g : *report.groups(groupBy)) {
            m_out << pad(g.label, 28);
            for (const MetricField &f : MetricsText::fields(g.metrics)) {
                if (keys.contains(f.key))
                    m_out << pad(f.text, int(f.label.size()) + 1) << u' ';
            }
            m_out << Qt::endl;
        }
    }
    return Cli::Success;
}

} // namespace CareDesk
