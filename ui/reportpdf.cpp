// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reportpdf.h"

#include "ui/heatmapwidget.h"

#include <QDateTime>
#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    QString fieldText(const QList<MetricField> &fields, const char *key)
    {
        for (const MetricField &f : fields) {
            if (f.key == QLatin1String(key))
                return f.text;
        }
        return MetricsText::noneLabel();
    }

} // namespace

bool ReportPdf::write(
    const MetricsReport &r, const QString &path, const QString &scope, QString *error)
{
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly)) {
            if (error)
                *error = tr("Cannot write %1: %2").arg(path, probe.errorString());
            return false;
        }
    }
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(150);
    writer.setTitle(tr("CareDesk executive summary"));
    writer.setCreator(u"CareDesk"_s);
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    const QRectF page(0, 0, writer.width(), writer.height());
    const qreal margin = page.width() * 0.06;
    const QRectF body = page.adjusted(margin, margin, -margin, -margin);
    const qreal unit = body.width() / 100.0;
    QFont title(u"DejaVu Sans"_s);
    title.setPixelSize(int(unit * 3.6));
    title.setBold(true);
    QFont heading(title);
    heading.setPixelSize(int(unit * 2.4));
    QFont text(u"DejaVu Sans"_s);
    text.setPixelSize(int(unit * 1.9));
    QFont small(text);
    small.setPixelSize(int(unit * 1.5));
    const QColor ink(33, 37, 41);
    const QColor accent(31, 94, 168);

    qreal y = body.top();
    painter.setPen(ink);
    painter.setFont(title);
    painter.drawText(QRectF(body.left(), y, body.width(), unit * 5),
        Qt::AlignLeft | Qt::AlignVCenter, tr("Social care: executive summary"));
    y += unit * 5.5;
    painter.setFont(small);
    const QString period
        = tr("%1 to %2 (%3)")
              .arg(QDateTime::fromMSecsSinceEpoch(r.from, QTimeZone(r.timeZone.toUtf8()))
                       .toString(u"yyyy-MM-dd"_s),
                  QDateTime::fromMSecsSinceEpoch(r.to - 1, QTimeZone(r.timeZone.toUtf8()))
                      .toString(u"yyyy-MM-dd"_s),
                  r.timeZone);
    painter.drawText(QRectF(body.left(), y, body.width(), unit * 3),
        Qt::AlignLeft | Qt::AlignVCenter, scope.isEmpty() ? period : period + u" · "_s + scope);
    y += unit * 4;
    painter.fillRect(QRectF(body.left(), y, body.width(), unit * 0.4), accent);
    y += unit * 2;

    const QList<MetricField> now = MetricsText::fields(r.overall);
    const QList<MetricField> before = MetricsText::fields(r.previous);
    auto change = [&](const char *key) {
        for (qsizetype i = 0; i < now.size(); ++i) {
            if (now[i].key == QLatin1String(key))
                return MetricsText::change(now[i].value.value_or(-1), before[i].value.value_or(-1));
        }
        return MetricsText::noneLabel();
    };
    struct Section {
        QString title;
        QStringList lines;
    };
    const QList<Section> sections {
        { tr("Volume"),
            { tr("%1 new cases (%2 against the previous period)")
                    .arg(fieldText(now, "new_cases"), change("new_cases")),
                tr("%1 customer messages, %2 agent replies")
                    .arg(fieldText(now, "messages_in"), fieldText(now, "messages_out")) } },
        { tr("Speed"),
            { tr("First response %1 on average (median %2); %3 after assignment")
                    .arg(fieldText(now, "first_response_minutes"),
                        MetricsText::duration(r.firstResponseMedian < 0
                                ? -1.0
                                : double(r.firstResponseMedian) / 60000.0),
                        fieldText(now, "first_response_from_assignment_minutes")),
                tr("%1 answered within the SLA target; next response %2; resolution %3; handle "
                   "time %4")
                    .arg(fieldText(now, "sla_attainment"), fieldText(now, "next_response_minutes"),
                        fieldText(now, "resolution_minutes"), fieldText(now, "handle_minutes")) } },
        { tr("Resolution"),
            { tr("%1 resolved; first contact resolution %2; reopen rate %3")
                    .arg(fieldText(now, "resolved"), fieldText(now, "fcr_rate"),
                        fieldText(now, "reopen_rate")),
                tr("%1 cases taken private; %2 of praise thanked")
                    .arg(
                        fieldText(now, "taken_private"), fieldText(now, "praise_thanked_rate")) } },
        { tr("Sentiment shift"),
            { tr("Entry %1, exit %2: shift %3")
                    .arg(fieldText(now, "sentiment_entry"), fieldText(now, "sentiment_exit"),
                        fieldText(now, "sentiment_shift")),
                tr("%1 of negative arrivals left neutral or positive")
                    .arg(fieldText(now, "negative_recovered_rate")) } },
        { tr("Satisfaction"),
            { tr("Survey CSAT %1 from %n answer(s)", nullptr, int(r.overall.surveyAnswers))
                    .arg(fieldText(now, "csat_survey"))
                + u"; "_s + tr("%n survey(s) sent", nullptr, int(r.overall.surveysSent)) + u"; "_s
                + tr(
                    "predicted CSAT %1 over %n resolved case(s)", nullptr, int(r.overall.predicted))
                      .arg(fieldText(now, "csat_predicted")) } },
    };
    for (const Section &s : sections) {
        painter.setFont(heading);
        painter.setPen(accent);
        painter.drawText(QRectF(body.left(), y, body.width(), unit * 3.2),
            Qt::AlignLeft | Qt::AlignVCenter, s.title);
        y += unit * 3.4;
        painter.setFont(text);
        painter.setPen(ink);
        for (const QString &line : s.lines) {
            const QRectF bounds = painter.boundingRect(
                QRectF(body.left() + unit * 2, y, body.width() - unit * 2, unit * 8),
                Qt::AlignLeft | Qt::TextWordWrap, line);
            painter.drawText(bounds, Qt::AlignLeft | Qt::TextWordWrap, line);
            y += bounds.height() + unit * 0.6;
        }
        y += unit * 1.2;
    }

    // Top topics.
    painter.setFont(heading);
    painter.setPen(accent);
    painter.drawText(QRectF(body.left(), y, body.width(), unit * 3.2),
        Qt::AlignLeft | Qt::AlignVCenter, tr("Top topics"));
    y += unit * 3.4;
    painter.setFont(text);
    painter.setPen(ink);
    QStringList topics;
    for (const auto &[topic, count] : r.topTopics)
        topics.append(tr("%1 (%2)").arg(topic).arg(count));
    const QString topicLine = topics.isEmpty() ? MetricsText::noneLabel() : topics.join(u", "_s);
    const QRectF topicBounds = painter.boundingRect(
        QRectF(body.left() + unit * 2, y, body.width() - unit * 2, unit * 10),
        Qt::AlignLeft | Qt::TextWordWrap, topicLine);
    painter.drawText(topicBounds, Qt::AlignLeft | Qt::TextWordWrap, topicLine);
    y += topicBounds.height() + unit * 2.5;

    // Daily volume as bars, then the heatmap, in what is left of the page.
    const qreal chartHeight = std::max<qreal>(unit * 12, (body.bottom() - y) * 0.42);
    painter.setFont(heading);
    painter.setPen(accent);
    painter.drawText(QRectF(body.left(), y, body.width(), unit * 3.2),
        Qt::AlignLeft | Qt::AlignVCenter, tr("New cases by day"));
    y += unit * 3.6;
    qint64 maxDay = 0;
    for (const DayVolume &d : r.days)
        maxDay = std::max(maxDay, d.newCases);
    const QRectF chart(body.left(), y, body.width(), chartHeight - unit * 4);
    painter.setPen(QPen(QColor(200, 204, 210), 1));
    painter.drawLine(chart.bottomLeft(), chart.bottomRight());
    if (!r.days.isEmpty() && maxDay > 0) {
        const qreal barW = chart.width() / qreal(r.days.size());
        for (qsizetype i = 0; i < r.days.size(); ++i) {
            const qreal h = chart.height() * double(r.days[i].newCases) / double(maxDay);
            painter.fillRect(
                QRectF(chart.left() + i * barW + barW * 0.15, chart.bottom() - h, barW * 0.7, h),
                accent);
        }
    }
    painter.setFont(small);
    painter.setPen(ink);
    if (!r.days.isEmpty()) {
        painter.drawText(
            QRectF(chart.left(), chart.bottom() + unit * 0.3, chart.width() / 2, unit * 2.5),
            Qt::AlignLeft, r.days.first().date.toString(Qt::ISODate));
        painter.drawText(
            QRectF(chart.center().x(), chart.bottom() + unit * 0.3, chart.width() / 2, unit * 2.5),
            Qt::AlignRight, r.days.last().date.toString(Qt::ISODate));
    }
    y += chartHeight;

    painter.setFont(heading);
    painter.setPen(accent);
    painter.drawText(QRectF(body.left(), y, body.width(), unit * 3.2),
        Qt::AlignLeft | Qt::AlignVCenter, tr("Customer messages by weekday and hour"));
    y += unit * 3.6;
    const QRectF heat(
        body.left(), y, body.width(), std::max<qreal>(unit * 10, body.bottom() - y - unit * 3));
    HeatmapWidget::paintGrid(painter, heat, r.heatmap, small, ink);
    painter.setFont(small);
    painter.setPen(QColor(110, 117, 125));
    painter.drawText(QRectF(body.left(), body.bottom() - unit * 2.4, body.width(), unit * 2.4),
        Qt::AlignRight,
        tr("Predicted CSAT, handle time and first contact resolution are defined in the README "
           "(Metrics)."));
    painter.end();
    return true;
}

} // namespace CareDesk
