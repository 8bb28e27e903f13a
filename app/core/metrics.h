// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The care team's figures (README, Metrics), computed from a case's messages and events. Pure:
// the storage layer streams one MetricsCase at a time into a MetricsAccumulator (one pass, no
// case kept), and tests build cases by hand. Times are UTC milliseconds; days and hours are read
// in the workspace's time zone.

#include "app/core/domain.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <array>
#include <memory>
#include <optional>

namespace CareDesk {

/// A message as the metrics see it (no text).
struct MetricsMessage {
    Millis at = 0;
    Direction direction = Direction::In;
    Visibility visibility = Visibility::Public;
    Id agentId = 0; ///< the replying agent, where known
    int sentiment = 0; ///< -100..100
};

/// An event as the metrics see it: its type plus the values they read from its data.
struct MetricsEvent {
    EventType type = EventType::StatusChanged;
    Millis at = 0;
    Id agentId = 0; ///< who acted
    Id targetAgentId = 0; ///< assigned or claimed: the new assignee
    CaseStatus toStatus = CaseStatus::Open; ///< status_changed: the new status
    int score = 0; ///< csat: the answer 1..5; 0 for "survey sent"
};

/// One case with everything the metrics read; messages and events oldest first.
struct MetricsCase {
    Id id = 0;
    Id accountId = 0;
    Platform platform = Platform::X;
    Id queueId = 0;
    Id assigneeId = 0;
    Priority priority = Priority::Normal;
    CaseStatus status = CaseStatus::New;
    QString language;
    Millis openedAt = 0;
    Millis resolvedAt = 0;
    QList<MetricsMessage> messages;
    QList<MetricsEvent> events;
    QStringList tags;
    int surveysSent = 0; ///< CSAT surveys sent (csat_response rows)
    int surveyScore = 0; ///< the latest answer 1..5; 0 when none
};

/// What a single case contributes, derived by analyzeCase(); exposed for tests and the PDF.
struct CaseFacts {
    Millis firstPostAt = 0; ///< the customer's first message (openedAt without one)
    Millis assignedAt = 0; ///< the first assignment or claim; 0 when none
    Millis firstResponseAt = 0; ///< the first agent reply after the first post; 0 when none
    Millis firstResponse = -1; ///< from the post; -1 when not answered
    Millis firstResponseFromAssignment = -1; ///< from the assignment; -1 when not applicable
    Millis routingDelay = -1; ///< post to assignment, when assigned before the first reply
    QList<Millis> nextResponses; ///< each later customer turn to the agent reply that answered it
    Millis resolution = -1; ///< first post to resolution; -1 when not resolved
    Millis handle = 0; ///< agents' active time (README, Metrics)
    bool handled = false; ///< there was agent activity to measure handle time from
    bool resolved = false;
    bool everResolved = false; ///< resolved now or earlier (reopened since)
    bool reopened = false;
    bool fcr = false; ///< first contact resolution (README, Metrics)
    bool takenPrivate = false;
    bool praise = false; ///< the first customer message is positive
    bool thanked = false; ///< ... and got an agent reply
    bool hasSentiment = false;
    double entrySentiment = 0; ///< mean of the customer's first turn
    double exitSentiment = 0; ///< mean of the customer's last turn
    Id agentId = 0; ///< the handling agent: the first replier, else the assignee
    int surveyScore = 0;
    double predictedCsat = 0; ///< 1..5 for resolved cases, 0 otherwise
};

/// Sums for one group of cases; the figures are derived by the accessors.
struct MetricSet {
    struct Stat {
        qint64 count = 0;
        double sum = 0; ///< milliseconds
        void add(Millis value)
        {
            ++count;
            sum += double(value);
        }
        /// Mean in minutes; -1 when empty.
        double meanMinutes() const { return count == 0 ? -1.0 : sum / double(count) / 60000.0; }
    };
    qint64 newCases = 0;
    qint64 messagesIn = 0;
    qint64 messagesOut = 0;
    Stat firstResponse;
    Stat firstResponseFromAssignment;
    Stat routingDelay;
    Stat nextResponse;
    Stat resolution;
    Stat handle;
    qint64 slaEligible = 0; ///< answered, or unanswered past the target
    qint64 slaMet = 0;
    qint64 resolved = 0;
    qint64 fcr = 0;
    qint64 everResolved = 0;
    qint64 reopened = 0;
    qint64 takenPrivate = 0;
    qint64 praise = 0;
    qint64 praiseThanked = 0;
    qint64 sentimentCases = 0;
    double entrySum = 0;
    double exitSum = 0;
    qint64 negativeEntry = 0;
    qint64 negativeRecovered = 0; ///< negative at entry, neutral or positive at exit
    qint64 surveysSent = 0;
    qint64 surveyAnswers = 0;
    double surveySum = 0;
    qint64 predicted = 0;
    double predictedSum = 0;
    qint64 bothScores = 0; ///< resolved cases with a survey answer and a prediction
    double predictedOfAnswered = 0;
    double surveyOfPredicted = 0;

    void addCase(const CaseFacts &facts, const MetricsCase &value, bool slaEligible, bool slaMet);

    static double share(qint64 part, qint64 whole)
    {
        return whole == 0 ? -1.0 : double(part) / double(whole);
    }
    double slaAttainment() const { return share(slaMet, slaEligible); }
    double fcrRate() const { return share(fcr, resolved); }
    double reopenRate() const { return share(reopened, everResolved); }
    double privateRate() const { return share(takenPrivate, newCases); }
    double praiseThankedRate() const { return share(praiseThanked, praise); }
    double meanEntry() const { return sentimentCases == 0 ? 0 : entrySum / double(sentimentCases); }
    double meanExit() const { return sentimentCases == 0 ? 0 : exitSum / double(sentimentCases); }
    double meanShift() const { return meanExit() - meanEntry(); }
    double recoveredRate() const { return share(negativeRecovered, negativeEntry); }
    double surveyCsat() const
    {
        return surveyAnswers == 0 ? -1.0 : surveySum / double(surveyAnswers);
    }
    double predictedCsat() const
    {
        return predicted == 0 ? -1.0 : predictedSum / double(predicted);
    }
};

/// A named group of a breakdown (one platform, account, queue, agent, language or hour).
struct MetricsGroup {
    QString key; ///< stable: "x", an id, "en", "14"; empty for "none"
    QString label; ///< for people
    MetricSet metrics;
};

/// SLA attainment of first responses for one platform and priority.
struct SlaRow {
    Platform platform = Platform::X;
    Priority priority = Priority::Normal;
    int targetMinutes = 60;
    qint64 eligible = 0;
    qint64 met = 0;
};

/// One local day of the period.
struct DayVolume {
    QDate date;
    qint64 newCases = 0;
    qint64 messagesIn = 0;
    qint64 messagesOut = 0;
};

/// Which cases count. Filters of zero or empty value are off.
struct MetricsFilter {
    std::optional<Platform> platform;
    Id accountId = 0;
    Id queueId = 0;
    Id agentId = 0; ///< the handling agent (first replier, else assignee)
    QString language;
};

struct MetricsOptions {
    Millis from = 0; ///< inclusive
    Millis to = 0; ///< exclusive
    Millis now = 0; ///< for SLA targets still running
    QTimeZone timeZone = QTimeZone::utc();
    MetricsFilter filter;
    /// First-response targets per platform and priority (the SLA policies); a target above
    /// maxSlaMinutes is capped there, none given means defaultSlaMinutes.
    QList<SlaPolicy> slaPolicies;
    static constexpr int defaultSlaMinutes = 60;
    static constexpr int maxSlaMinutes = 180;
    /// Handle time: a gap between two agent activities counts up to this much.
    Millis handleGapCap = 15 * 60 * 1000;
    /// Words that are never topics, lower case, such as the brand's own handles: a word that is
    /// part of one of these is left out.
    QStringList brandWords;
    /// Names for the breakdowns' labels (ids as keys).
    QHash<Id, QString> accountNames;
    QHash<Id, QString> queueNames;
    QHash<Id, QString> agentNames;
};

/// The bucket limits of the first-response distribution, in minutes; the last bucket is open.
const std::array<int, 6> &firstResponseBucketLimits();

struct MetricsReport {
    Millis from = 0;
    Millis to = 0;
    QString timeZone;
    MetricSet overall;
    MetricSet previous; ///< the period of equal length just before
    Millis firstResponseMedian = -1; ///< over the period's answered cases
    QList<MetricsGroup> byPlatform;
    QList<MetricsGroup> byAccount;
    QList<MetricsGroup> byQueue;
    QList<MetricsGroup> byAgent;
    QList<MetricsGroup> byLanguage;
    QList<MetricsGroup> byHour;
    QList<SlaRow> sla;
    QList<DayVolume> days;
    std::array<std::array<qint64, 24>, 7>
        heatmap {}; ///< customer messages; [weekday Monday=0][hour]
    std::array<qint64, 7> firstResponseBuckets {}; ///< see firstResponseBucketLimits; last: over
    qint64 unanswered = 0; ///< period cases with no agent reply
    QList<std::pair<QString, qint64>> topTopics; ///< tags or frequent words, most frequent first

    /// The breakdown for a dimension name (platform, account, queue, agent, language, hour).
    const QList<MetricsGroup> *groups(const QString &dimension) const;
};

/// Per-case derivation; see README, Metrics, for the definitions.
CaseFacts analyzeCase(const MetricsCase &value, const MetricsOptions &options);

/// The score a customer's reply gives to a satisfaction survey: the whole message is a score
/// from 1 to 5 ("4", "5!", "5/5", "5 из 5", "4 out of 5") or one to five stars (★ or ⭐), and
/// nothing else; anything longer is a message, not an answer. None otherwise.
std::optional<int> csatScoreIn(QStringView text);

/// Predicted CSAT 1..5 from exit sentiment, waiting and outcome (README, Metrics).
double predictCsat(double exitSentiment, Millis firstResponse, int slaTargetMinutes, bool fcr,
    bool reopened, bool answered);

/// The first-response target of a platform and priority, capped at maxSlaMinutes.
int slaTargetMinutes(const QList<SlaPolicy> &policies, Platform platform, Priority priority);

/// Cases in, one at a time (any order); the report out. Cases opened in [from, to) are the
/// period's cohort; those opened in the period of equal length before feed `previous`; messages
/// count for volume by their own time, whatever case they belong to.
class MetricsAccumulator
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::MetricsAccumulator)

public:
    explicit MetricsAccumulator(MetricsOptions options);
    ~MetricsAccumulator();
    MetricsAccumulator(const MetricsAccumulator &) = delete;
    MetricsAccumulator &operator=(const MetricsAccumulator &) = delete;

    /// The earliest time a case may open and still matter (the previous period's start).
    Millis previousFrom() const;
    void add(const MetricsCase &value);
    /// Texts of first customer messages, for topics when there are no tags.
    void addTopicText(const QString &text);
    MetricsReport finish();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// Convenience for tests and small sets.
MetricsReport computeMetrics(const QList<MetricsCase> &cases, const MetricsOptions &options);

/// The period of whole local days from `first` to `last` (inclusive) in the time zone, as the
/// window's date fields and `caredesk-cli stats --from --to` give it.
std::pair<Millis, Millis> metricsPeriod(QDate first, QDate last, const QTimeZone &zone);

/// One figure of a MetricSet, as every output shows it (CLI text, JSON, CSV, the window, PDF).
struct MetricField {
    QString key; ///< snake_case, the JSON and CSV name
    QString label; ///< translated
    std::optional<double> value; ///< minutes, shares 0..1, counts, sentiment or CSAT; none: no data
    QString text; ///< formatted
};

/// Human labels (translated) for the CLI, the window and the PDF.
class MetricsText
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::MetricsText)

public:
    /// "12 min", "3.5 h", "2.1 d"; "—" for negative values (no data).
    static QString duration(double minutes);
    /// "87.5%"; "—" for negative values.
    static QString percent(double share);
    static QString weekday(int mondayZero);
    static QString dimensionLabel(const QString &dimension);
    static QString noneLabel();
    /// Every figure of a set, in display order.
    static QList<MetricField> fields(const MetricSet &set);
    /// One CSV line (RFC 4180 quoting), without the line break.
    static QString csvLine(const QStringList &cells);
    /// The change from previous to current as "+12.5%"; "—" without a previous value.
    static QString change(double current, double previous);
};

} // namespace CareDesk
