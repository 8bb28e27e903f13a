// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/metricstables.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    QString number(const std::optional<double> &value)
    {
        if (!value)
            return QString();
        const double v = *value;
        if (v == double(qint64(v)))
            return QString::number(qint64(v));
        return QString::number(v, 'f', 4);
    }

} // namespace

const QStringList &MetricsTables::dimensions()
{
    static const QStringList list { u"platform"_s, u"account"_s, u"queue"_s, u"agent"_s,
        u"language"_s, u"hour"_s };
    return list;
}

MetricsTable MetricsTables::summary(const MetricsReport &report)
{
    MetricsTable t;
    t.name = u"summary"_s;
    t.title = tr("Summary");
    t.columns = { u"metric"_s, u"value"_s, u"previous"_s };
    t.headers = { tr("Figure"), tr("This period"), tr("Previous period") };
    const QList<MetricField> now = MetricsText::fields(report.overall);
    const QList<MetricField> before = MetricsText::fields(report.previous);
    for (qsizetype i = 0; i < now.size(); ++i)
        t.rows.append({ now[i].key, number(now[i].value), number(before[i].value) });
    t.rows.append({ u"first_response_median_minutes"_s,
        report.firstResponseMedian < 0 ? QString()
                                       : number(double(report.firstResponseMedian) / 60000.0),
        QString() });
    t.rows.append({ u"unanswered"_s, QString::number(report.unanswered), QString() });
    return t;
}

MetricsTable MetricsTables::groups(const MetricsReport &report, const QString &dimension)
{
    MetricsTable t;
    t.name = u"by_"_s + dimension;
    t.title = tr("By %1").arg(MetricsText::dimensionLabel(dimension).toLower());
    t.columns = { dimension, u"label"_s };
    t.headers = { MetricsText::dimensionLabel(dimension), tr("Name") };
    for (const MetricField &f : MetricsText::fields(MetricSet {})) {
        t.columns.append(f.key);
        t.headers.append(f.label);
    }
    const QList<MetricsGroup> *list = report.groups(dimension);
    if (!list)
        return t;
    for (const MetricsGroup &g : *list) {
        QStringList row { g.key, g.label };
        for (const MetricField &f : MetricsText::fields(g.metrics))
            row.append(number(f.value));
        t.rows.append(row);
    }
    return t;
}

MetricsTable MetricsTables::sla(const MetricsReport &report)
{
    MetricsTable t;
    t.name = u"sla"_s;
    t.title = tr("SLA attainment");
    t.columns = { u"platform"_s, u"priority"_s, u"target_minutes"_s, u"eligible"_s, u"met"_s,
        u"attainment"_s };
    t.headers = { tr("Platform"), tr("Priority"), tr("Target, min"), tr("Cases"), tr("Met"),
        tr("Attainment") };
    for (const SlaRow &r : report.sla) {
        t.rows.append({ toString(r.platform), toString(r.priority),
            QString::number(r.targetMinutes), QString::number(r.eligible), QString::number(r.met),
            r.eligible == 0 ? QString() : number(double(r.met) / double(r.eligible)) });
    }
    return t;
}

MetricsTable MetricsTables::days(const MetricsReport &report)
{
    MetricsTable t;
    t.name = u"days"_s;
    t.title = tr("Volume by day");
    t.columns = { u"date"_s, u"new_cases"_s, u"messages_in"_s, u"messages_out"_s };
    t.headers = { tr("Date"), tr("New cases"), tr("Customer messages"), tr("Agent replies") };
    for (const DayVolume &d : report.days) {
        t.rows.append({ d.date.toString(Qt::ISODate), QString::number(d.newCases),
            QString::number(d.messagesIn), QString::number(d.messagesOut) });
    }
    return t;
}

MetricsTable MetricsTables::heatmap(const MetricsReport &report)
{
    MetricsTable t;
    t.name = u"heatmap"_s;
    t.title = tr("Customer messages by weekday and hour");
    t.columns = { u"weekday"_s };
    t.headers = { tr("Weekday") };
    for (int h = 0; h < 24; ++h) {
        t.columns.append(u"h%1"_s.arg(h, 2, 10, QChar(u'0')));
        t.headers.append(u"%1"_s.arg(h, 2, 10, QChar(u'0')));
    }
    for (int d = 0; d < 7; ++d) {
        QStringList row { QString::number(d + 1) };
        for (int h = 0; h < 24; ++h)
            row.append(QString::number(report.heatmap[size_t(d)][size_t(h)]));
        t.rows.append(row);
    }
    return t;
}

QStringList MetricsTables::bucketLabels()
{
    // Short enough for a chart's axis: "< 15 min", "15–30 min", "1–3 h", "> 24 h".
    auto unit = [](int minutes) {
        return minutes <= 60 ? tr("%1 min").arg(minutes) : tr("%1 h").arg(minutes / 60);
    };
    auto bare = [](int minutes) { return QString::number(minutes <= 60 ? minutes : minutes / 60); };
    QStringList labels;
    const auto &limits = firstResponseBucketLimits();
    labels.append(tr("< %1").arg(unit(limits[0])));
    for (size_t i = 1; i < limits.size(); ++i) {
        const bool sameUnit = (limits[i - 1] <= 60) == (limits[i] <= 60);
        labels.append(
            tr("%1–%2").arg(sameUnit ? bare(limits[i - 1]) : unit(limits[i - 1]), unit(limits[i])));
    }
    labels.append(tr("> %1").arg(unit(limits.back())));
    return labels;
}

MetricsTable MetricsTables::firstResponseDistribution(const MetricsReport &report)
{
    MetricsTable t;
    t.name = u"first_response_distribution"_s;
    t.title = tr("First response times");
    t.columns = { u"up_to_minutes"_s, u"label"_s, u"cases"_s };
    t.headers = { tr("Up to, min"), tr("Time"), tr("Cases") };
    const auto &limits = firstResponseBucketLimits();
    const QStringList labels = bucketLabels();
    for (size_t i = 0; i < report.firstResponseBuckets.size(); ++i) {
        t.rows.append({ i < limits.size() ? QString::number(limits[i]) : QString(),
            labels.at(qsizetype(i)), QString::number(report.firstResponseBuckets[i]) });
    }
    t.rows.append({ QString(), tr("no reply"), QString::number(report.unanswered) });
    return t;
}

MetricsTable MetricsTables::topics(const MetricsReport &report)
{
    MetricsTable t;
    t.name = u"topics"_s;
    t.title = tr("Top topics");
    t.columns = { u"topic"_s, u"cases"_s };
    t.headers = { tr("Topic"), tr("Cases") };
    for (const auto &[topic, count] : report.topTopics)
        t.rows.append({ topic, QString::number(count) });
    return t;
}

QList<MetricsTable> MetricsTables::all(const MetricsReport &report)
{
    QList<MetricsTable> list { summary(report) };
    for (const QString &dimension : dimensions())
        list.append(groups(report, dimension));
    list << sla(report) << days(report) << heatmap(report) << firstResponseDistribution(report)
         << topics(report);
    return list;
}

QString MetricsTables::toCsv(const MetricsTable &table)
{
    QString csv = MetricsText::csvLine(table.columns) + u'\n';
    for (const QStringList &row : table.rows)
        csv += MetricsText::csvLine(row) + u'\n';
    return csv;
}

QJsonObject MetricsTables::toJson(const MetricSet &set)
{
    QJsonObject object;
    for (const MetricField &f : MetricsText::fields(set))
        object.insert(f.key, f.value ? QJsonValue(*f.value) : QJsonValue());
    return object;
}

QJsonObject MetricsTables::toJson(const MetricsReport &report, const QString &groupBy)
{
    QJsonObject root { { u"from"_s, toIsoUtc(report.from) }, { u"to"_s, toIsoUtc(report.to) },
        { u"time_zone"_s, report.timeZone }, { u"overall"_s, toJson(report.overall) },
        { u"previous"_s, toJson(report.previous) },
        { u"first_response_median_minutes"_s,
            report.firstResponseMedian < 0
                ? QJsonValue()
                : QJsonValue(double(report.firstResponseMedian) / 60000.0) },
        { u"unanswered"_s, report.unanswered } };
    if (const QList<MetricsGroup> *list = report.groups(groupBy)) {
        QJsonArray groups;
        for (const MetricsGroup &g : *list) {
            QJsonObject o = toJson(g.metrics);
            o.insert(u"key"_s, g.key);
            o.insert(u"label"_s, g.label);
            groups.append(o);
        }
        root.insert(u"group_by"_s, groupBy);
        root.insert(u"groups"_s, groups);
    }
    QJsonArray sla;
    for (const SlaRow &r : report.sla) {
        sla.append(QJsonObject { { u"platform"_s, toString(r.platform) },
            { u"priority"_s, toString(r.priority) }, { u"target_minutes"_s, r.targetMinutes },
            { u"eligible"_s, r.eligible }, { u"met"_s, r.met } });
    }
    root.insert(u"sla"_s, sla);
    QJsonArray days;
    for (const DayVolume &d : report.days) {
        days.append(QJsonObject { { u"date"_s, d.date.toString(Qt::ISODate) },
            { u"new_cases"_s, d.newCases }, { u"messages_in"_s, d.messagesIn },
            { u"messages_out"_s, d.messagesOut } });
    }
    root.insert(u"days"_s, days);
    QJsonArray heat;
    for (const auto &row : report.heatmap) {
        QJsonArray hours;
        for (qint64 v : row)
            hours.append(v);
        heat.append(hours);
    }
    root.insert(u"heatmap"_s, heat);
    QJsonArray buckets;
    for (qint64 v : report.firstResponseBuckets)
        buckets.append(v);
    root.insert(u"first_response_buckets"_s, buckets);
    QJsonArray topics;
    for (const auto &[topic, count] : report.topTopics)
        topics.append(QJsonObject { { u"topic"_s, topic }, { u"cases"_s, count } });
    root.insert(u"top_topics"_s, topics);
    return root;
}

} // namespace CareDesk
