// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// How the figures read: names, units, durations, changes and CSV lines for the reports window,
// the PDF and `caredesk-cli stats`.
#include "app/core/metrics.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

QList<MetricField> MetricsText::fields(const MetricSet &m)
{
    QList<MetricField> list;
    auto count = [&](const char *key, const QString &label, qint64 value) {
        list.append({ QString::fromLatin1(key), label, double(value), QString::number(value) });
    };
    auto minutes = [&](const char *key, const QString &label, const MetricSet::Stat &stat) {
        const double value = stat.meanMinutes();
        list.append({ QString::fromLatin1(key), label,
            value < 0 ? std::nullopt : std::optional<double>(value), duration(value) });
    };
    auto share = [&](const char *key, const QString &label, double value) {
        list.append({ QString::fromLatin1(key), label,
            value < 0 ? std::nullopt : std::optional<double>(value), percent(value) });
    };
    auto number
        = [&](const char *key, const QString &label, bool present, double value, int decimals) {
              list.append({ QString::fromLatin1(key), label,
                  present ? std::optional<double>(value) : std::nullopt,
                  present ? QString::number(value, 'f', decimals) : noneLabel() });
          };
    count("new_cases", tr("New cases"), m.newCases);
    count("messages_in", tr("Customer messages"), m.messagesIn);
    count("messages_out", tr("Agent replies"), m.messagesOut);
    minutes("first_response_minutes", tr("First response (from the post)"), m.firstResponse);
    minutes("first_response_from_assignment_minutes", tr("First response (from assignment)"),
        m.firstResponseFromAssignment);
    minutes("routing_delay_minutes", tr("Routing delay"), m.routingDelay);
    minutes("next_response_minutes", tr("Next response"), m.nextResponse);
    minutes("resolution_minutes", tr("Resolution time"), m.resolution);
    minutes("handle_minutes", tr("Handle time"), m.handle);
    share("sla_attainment", tr("Answered within SLA"), m.slaAttainment());
    count("resolved", tr("Resolved"), m.resolved);
    share("fcr_rate", tr("First contact resolution"), m.fcrRate());
    share("reopen_rate", tr("Reopen rate"), m.reopenRate());
    count("taken_private", tr("Taken private"), m.takenPrivate);
    share("praise_thanked_rate", tr("Praise thanked"), m.praiseThankedRate());
    number("sentiment_entry", tr("Sentiment at entry"), m.sentimentCases > 0, m.meanEntry(), 1);
    number("sentiment_exit", tr("Sentiment at exit"), m.sentimentCases > 0, m.meanExit(), 1);
    number("sentiment_shift", tr("Sentiment shift"), m.sentimentCases > 0, m.meanShift(), 1);
    share(
        "negative_recovered_rate", tr("Negative moved to neutral or positive"), m.recoveredRate());
    count("csat_surveys_sent", tr("CSAT surveys sent"), m.surveysSent);
    count("csat_answers", tr("CSAT answers"), m.surveyAnswers);
    number("csat_survey", tr("CSAT (survey)"), m.surveyAnswers > 0, m.surveyCsat(), 2);
    number("csat_predicted", tr("CSAT (predicted)"), m.predicted > 0, m.predictedCsat(), 2);
    return list;
}

QString MetricsText::csvLine(const QStringList &cells)
{
    QStringList quoted;
    quoted.reserve(cells.size());
    for (const QString &cell : cells) {
        if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n')
            || cell.contains(u'\r')) {
            QString escaped = cell;
            escaped.replace(u"\""_s, u"\"\""_s);
            quoted.append(u'"' + escaped + u'"');
        } else {
            quoted.append(cell);
        }
    }
    return quoted.join(u',');
}

QString MetricsText::change(double current, double previous)
{
    if (previous <= 0 || current < 0)
        return noneLabel();
    const double percentChange = (current - previous) / previous * 100.0;
    return tr("%1%2%").arg(percentChange >= 0 ? u"+"_s : QString()).arg(percentChange, 0, 'f', 1);
}

QString MetricsText::duration(double minutes)
{
    if (minutes < 0)
        return noneLabel();
    if (minutes < 1)
        return tr("%1 s").arg(qRound(minutes * 60));
    if (minutes < 90)
        return tr("%1 min").arg(minutes, 0, 'f', minutes < 10 ? 1 : 0);
    if (minutes < 48 * 60)
        return tr("%1 h").arg(minutes / 60, 0, 'f', 1);
    return tr("%1 d").arg(minutes / 1440, 0, 'f', 1);
}

QString MetricsText::percent(double share)
{
    if (share < 0)
        return noneLabel();
    return tr("%1%").arg(share * 100, 0, 'f', 1);
}

QString MetricsText::weekday(int mondayZero)
{
    static const char *const names[] = { QT_TR_NOOP("Mon"), QT_TR_NOOP("Tue"), QT_TR_NOOP("Wed"),
        QT_TR_NOOP("Thu"), QT_TR_NOOP("Fri"), QT_TR_NOOP("Sat"), QT_TR_NOOP("Sun") };
    return tr(names[std::clamp(mondayZero, 0, 6)]);
}

QString MetricsText::dimensionLabel(const QString &dimension)
{
    if (dimension == "platform"_L1)
        return tr("Platform");
    if (dimension == "account"_L1)
        return tr("Account");
    if (dimension == "queue"_L1)
        return tr("Queue");
    if (dimension == "agent"_L1)
        return tr("Agent");
    if (dimension == "language"_L1)
        return tr("Language");
    if (dimension == "hour"_L1)
        return tr("Hour");
    return dimension;
}

QString MetricsText::noneLabel()
{
    return tr("—");
}

} // namespace CareDesk
