// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/metrics.h"

#include "app/core/searchtokenizer.h"
#include "app/core/sentiment.h"
#include "app/core/slaclock.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    constexpr Millis minuteMs = 60 * 1000;
    constexpr Millis dayMs = 24 * 60 * minuteMs;

    bool isAgentWork(EventType type)
    {
        switch (type) {
        case EventType::CaseOpenedInUi:
        case EventType::CaseClosedInUi:
        case EventType::ReplyQueued:
        case EventType::NoteAdded:
        case EventType::TagAdded:
        case EventType::TagRemoved:
        case EventType::StatusChanged:
        case EventType::Claimed:
        case EventType::PriorityChanged:
        case EventType::TakenPrivate:
        case EventType::Csat:
            return true;
        default:
            return false;
        }
    }

    double mean(double sum, int count)
    {
        return count == 0 ? 0.0 : sum / count;
    }

    /// UTC to the time zone's wall clock. The zone's offset changes only at its transitions, found
    /// once for the span of the report; converting millions of message times through QDateTime
    /// would cost seconds.
    class LocalClock
    {
    public:
        explicit LocalClock(const QTimeZone &zone)
            : m_zone(zone.isValid() ? zone : QTimeZone::utc())
        {
        }
        /// Prepares the transitions between two moments (others are looked up one by one).
        void prepare(Millis from, Millis to)
        {
            m_spanFrom = from;
            m_spanTo = to;
            m_baseOffset = offsetAt(from);
            const QDateTime start = QDateTime::fromMSecsSinceEpoch(from, QTimeZone::utc());
            const QDateTime end = QDateTime::fromMSecsSinceEpoch(to, QTimeZone::utc());
            if (m_zone.hasTransitions()) {
                for (const QTimeZone::OffsetData &t : m_zone.transitions(start, end))
                    m_transitions.push_back(
                        { t.atUtc.toMSecsSinceEpoch(), Millis(t.offsetFromUtc) * 1000 });
            }
        }
        Millis local(Millis utc)
        {
            if (utc < m_spanFrom || utc >= m_spanTo)
                return utc + offsetAt(utc);
            Millis offset = m_baseOffset;
            for (const auto &[at, after] : m_transitions) {
                if (utc < at)
                    break;
                offset = after;
            }
            return utc + offset;
        }
        static qint64 dayOf(Millis local)
        {
            return local >= 0 ? local / dayMs : (local - dayMs + 1) / dayMs;
        }
        /// Monday 0 .. Sunday 6 (1970-01-01 was a Thursday).
        static int weekdayOf(Millis local) { return int(((dayOf(local) + 3) % 7 + 7) % 7); }
        static int hourOf(Millis local)
        {
            return int((local - dayOf(local) * dayMs) / (60 * minuteMs));
        }
        const QTimeZone &zone() const { return m_zone; }

    private:
        Millis offsetAt(Millis utc) const
        {
            return Millis(
                       m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utc, QTimeZone::utc())))
                * 1000;
        }
        QTimeZone m_zone;
        Millis m_spanFrom = 0;
        Millis m_spanTo = 0;
        Millis m_baseOffset = 0;
        std::vector<std::pair<Millis, Millis>> m_transitions; ///< (UTC moment, offset from then on)
    };

    const QStringList &stopWords()
    {
        static const QStringList words = [] {
            QStringList list
                = u"the and for you your this that with have are was not but our just what when "
                  u"from they will "
                  "been can there about would could please thanks thank hello still why how says "
                  "said some "
                  "это что как так все уже мне меня вас вам ваш ваша ваши можно когда нет был была "
                  "было "
                  "они она его еще ещё для при или спасибо здравствуйте пожалуйста только очень"_s
                      .split(u' ');
            std::sort(list.begin(), list.end());
            return list;
        }();
        return words;
    }

} // namespace

const std::array<int, 6> &firstResponseBucketLimits()
{
    static const std::array<int, 6> limits { 15, 30, 60, 180, 480, 1440 };
    return limits;
}

int slaTargetMinutes(const QList<SlaPolicy> &policies, Platform platform, Priority priority)
{
    int minutes = MetricsOptions::defaultSlaMinutes;
    if (!policies.isEmpty())
        minutes = SlaClock(policies).policyFor(platform, priority).firstResponseMinutes;
    return std::clamp(minutes, 1, MetricsOptions::maxSlaMinutes);
}

std::optional<int> csatScoreIn(QStringView text)
{
    const QString t = text.trimmed().toString();
    if (t.isEmpty() || t.size() > 24)
        return std::nullopt;
    static const QRegularExpression digit(
        u"^([1-5])\\s*(?:[.!)]*|/\\s*5|(?:из|out of)\\s*5)[.!]*$"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    if (const QRegularExpressionMatch m = digit.match(t); m.hasMatch())
        return m.captured(1).toInt();
    // Stars: ★ (U+2605) or ⭐ (U+2B50, perhaps with U+FE0F), one to five, nothing else.
    int stars = 0;
    for (const QChar c : t) {
        if (c == QChar(0x2605) || c == QChar(0x2B50))
            ++stars;
        else if (c != QChar(0xFE0F) && !c.isSpace())
            return std::nullopt;
    }
    if (stars >= 1 && stars <= 5)
        return stars;
    return std::nullopt;
}

double predictCsat(double exitSentiment, Millis firstResponse, int slaTargetMinutes, bool fcr,
    bool reopened, bool answered)
{
    double score = 3.0 + 2.0 * std::clamp(exitSentiment, -100.0, 100.0) / 100.0;
    const Millis target = Millis(slaTargetMinutes) * minuteMs;
    if (!answered)
        score -= 1.0;
    else if (firstResponse <= target)
        score += 0.25;
    else if (firstResponse > 3 * target)
        score -= 0.5;
    if (fcr)
        score += 0.5;
    if (reopened)
        score -= 0.5;
    return std::round(std::clamp(score, 1.0, 5.0) * 10.0) / 10.0;
}

CaseFacts analyzeCase(const MetricsCase &value, const MetricsOptions &options)
{
    CaseFacts f;
    QList<MetricsMessage> sortedCopy;
    const QList<MetricsMessage> *messages = &value.messages;
    if (!std::is_sorted(value.messages.cbegin(), value.messages.cend(),
            [](const MetricsMessage &a, const MetricsMessage &b) { return a.at < b.at; })) {
        sortedCopy = value.messages;
        std::stable_sort(sortedCopy.begin(), sortedCopy.end(),
            [](const MetricsMessage &a, const MetricsMessage &b) { return a.at < b.at; });
        messages = &sortedCopy;
    }

    // Turns: runs of customer messages and the agent reply that answers each.
    Millis pendingSince = 0;
    bool seenCustomer = false;
    int agentRuns = 0;
    bool lastWasAgent = false;
    QSet<Id> repliers;
    double firstRunSum = 0, lastRunSum = 0;
    int firstRunCount = 0, lastRunCount = 0;
    bool inFirstRun = false;
    bool lastWasCustomer = false;
    bool firstPublic = true;
    int firstSentiment = 0;
    for (const MetricsMessage &m : *messages) {
        if (m.direction == Direction::In) {
            if (!seenCustomer) {
                seenCustomer = true;
                f.firstPostAt = m.at;
                firstPublic = m.visibility == Visibility::Public;
                firstSentiment = m.sentiment;
                inFirstRun = true;
            } else if (m.visibility == Visibility::Private && firstPublic) {
                f.takenPrivate = true;
            }
            if (inFirstRun) {
                firstRunSum += m.sentiment;
                ++firstRunCount;
            }
            if (!lastWasCustomer) {
                lastRunSum = 0;
                lastRunCount = 0;
            }
            lastRunSum += m.sentiment;
            ++lastRunCount;
            if (pendingSince == 0)
                pendingSince = m.at;
            lastWasCustomer = true;
            lastWasAgent = false;
            continue;
        }
        lastWasCustomer = false;
        inFirstRun = false;
        if (!seenCustomer)
            continue; // a brand's own post before the customer wrote answers nobody
        if (m.visibility == Visibility::Private && firstPublic)
            f.takenPrivate = true;
        if (!lastWasAgent)
            ++agentRuns;
        lastWasAgent = true;
        if (m.agentId != 0)
            repliers.insert(m.agentId);
        if (f.firstResponseAt == 0) {
            f.firstResponseAt = m.at;
            f.firstResponse = m.at - f.firstPostAt;
            f.agentId = m.agentId;
        } else if (pendingSince != 0) {
            f.nextResponses.append(m.at - pendingSince);
        }
        pendingSince = 0;
    }
    if (!seenCustomer)
        f.firstPostAt = value.openedAt;

    // Events: assignment, resolution, reopening, handle time.
    Millis resolvedEventAt = 0;
    Id firstQueuedBy = 0;
    struct Activity {
        Millis at;
        bool opens;
    };
    QHash<Id, std::vector<Activity>> activity;
    for (const MetricsEvent &e : value.events) {
        switch (e.type) {
        case EventType::Assigned:
        case EventType::Claimed:
            if (f.assignedAt == 0 && e.targetAgentId != 0)
                f.assignedAt = e.at;
            break;
        case EventType::StatusChanged:
            if (e.toStatus == CaseStatus::Resolved) {
                resolvedEventAt = e.at;
                f.everResolved = true;
            }
            break;
        case EventType::Reopened:
            f.reopened = true;
            break;
        case EventType::TakenPrivate:
            f.takenPrivate = true;
            break;
        case EventType::ReplyQueued:
            if (firstQueuedBy == 0)
                firstQueuedBy = e.agentId;
            break;
        default:
            break;
        }
        if (e.agentId != 0 && isAgentWork(e.type))
            activity[e.agentId].push_back({ e.at, e.type != EventType::CaseClosedInUi });
    }
    for (const MetricsMessage &m : *messages) {
        if (m.direction == Direction::Out && m.agentId != 0)
            activity[m.agentId].push_back({ m.at, true });
    }
    for (auto it = activity.begin(); it != activity.end(); ++it) {
        std::vector<Activity> &list = it.value();
        std::stable_sort(list.begin(), list.end(),
            [](const Activity &a, const Activity &b) { return a.at < b.at; });
        for (size_t i = 1; i < list.size(); ++i) {
            if (!list[i - 1].opens)
                continue;
            f.handle += std::min(list[i].at - list[i - 1].at, options.handleGapCap);
            f.handled = true;
        }
    }

    if (f.agentId == 0)
        f.agentId = firstQueuedBy != 0 ? firstQueuedBy : value.assigneeId;
    if (f.assignedAt != 0 && (f.firstResponseAt == 0 || f.assignedAt <= f.firstResponseAt)) {
        f.routingDelay = std::max<Millis>(0, f.assignedAt - f.firstPostAt);
        if (f.firstResponseAt != 0)
            f.firstResponseFromAssignment
                = f.firstResponseAt - std::max(f.assignedAt, f.firstPostAt);
    }
    f.resolved = value.status == CaseStatus::Resolved;
    if (f.resolved) {
        f.everResolved = true;
        const Millis at = value.resolvedAt != 0 ? value.resolvedAt : resolvedEventAt;
        f.resolution = at != 0 ? std::max<Millis>(0, at - f.firstPostAt) : -1;
    }
    if (f.reopened)
        f.everResolved = true;
    f.fcr = f.resolved && !f.reopened && agentRuns == 1 && repliers.size() <= 1;

    if (seenCustomer) {
        f.hasSentiment = true;
        f.entrySentiment = mean(firstRunSum, firstRunCount);
        f.exitSentiment = mean(lastRunSum, lastRunCount);
        f.praise = firstSentiment >= SentimentScorer::positiveThreshold;
        f.thanked = f.praise && f.firstResponseAt != 0;
    }
    f.surveyScore = value.surveyScore;
    if (f.resolved) {
        f.predictedCsat = predictCsat(f.exitSentiment, f.firstResponse,
            slaTargetMinutes(options.slaPolicies, value.platform, value.priority), f.fcr,
            f.reopened, f.firstResponseAt != 0);
    }
    return f;
}

void MetricSet::addCase(
    const CaseFacts &f, const MetricsCase &value, bool isSlaEligible, bool isSlaMet)
{
    ++newCases;
    if (f.firstResponse >= 0)
        firstResponse.add(f.firstResponse);
    if (f.firstResponseFromAssignment >= 0)
        firstResponseFromAssignment.add(f.firstResponseFromAssignment);
    if (f.routingDelay >= 0)
        routingDelay.add(f.routingDelay);
    for (Millis next : f.nextResponses)
        nextResponse.add(next);
    if (f.resolution >= 0)
        resolution.add(f.resolution);
    if (f.handled)
        handle.add(f.handle);
    if (isSlaEligible) {
        ++slaEligible;
        if (isSlaMet)
            ++slaMet;
    }
    resolved += f.resolved;
    fcr += f.fcr;
    everResolved += f.everResolved;
    reopened += f.reopened;
    takenPrivate += f.takenPrivate;
    praise += f.praise;
    praiseThanked += f.thanked;
    if (f.hasSentiment) {
        ++sentimentCases;
        entrySum += f.entrySentiment;
        exitSum += f.exitSentiment;
        if (f.entrySentiment <= SentimentScorer::negativeThreshold) {
            ++negativeEntry;
            if (f.exitSentiment > SentimentScorer::negativeThreshold)
                ++negativeRecovered;
        }
    }
    surveysSent += value.surveysSent;
    if (f.surveyScore > 0) {
        ++surveyAnswers;
        surveySum += f.surveyScore;
    }
    if (f.resolved) {
        ++predicted;
        predictedSum += f.predictedCsat;
        if (f.surveyScore > 0) {
            ++bothScores;
            predictedOfAnswered += f.predictedCsat;
            surveyOfPredicted += f.surveyScore;
        }
    }
}

const QList<MetricsGroup> *MetricsReport::groups(const QString &dimension) const
{
    if (dimension == "platform"_L1)
        return &byPlatform;
    if (dimension == "account"_L1)
        return &byAccount;
    if (dimension == "queue"_L1)
        return &byQueue;
    if (dimension == "agent"_L1)
        return &byAgent;
    if (dimension == "language"_L1)
        return &byLanguage;
    if (dimension == "hour"_L1)
        return &byHour;
    return nullptr;
}

struct MetricsAccumulator::Private {
    MetricsOptions options;
    LocalClock clock;
    Millis previousFrom = 0;
    qint64 firstDay = 0;
    MetricsReport report;
    enum Dimension { PlatformDim, AccountDim, QueueDim, AgentDim, LanguageDim, DimensionCount };
    // Keyed by numbers (ids, the platform's value) and the language's text; hashing a string per
    // case and dimension showed up first in the million-case profile.
    std::array<QHash<qint64, MetricSet>, LanguageDim> groups;
    QHash<QString, MetricSet> languageGroups;
    QString lastLanguage;
    MetricSet *lastLanguageSet = nullptr;
    std::array<MetricSet, 24> hours;
    QHash<std::pair<int, int>, SlaRow> sla;
    std::vector<Millis> firstResponses;
    QHash<QString, qint64> tags;
    QHash<QString, qint64> words;
    qint64 topicTexts = 0;

    explicit Private(MetricsOptions o)
        : options(std::move(o))
        , clock(options.timeZone)
    {
    }

    bool passes(const MetricsCase &value, const CaseFacts &facts) const
    {
        const MetricsFilter &filter = options.filter;
        if (filter.platform && value.platform != *filter.platform)
            return false;
        if (filter.accountId != 0 && value.accountId != filter.accountId)
            return false;
        if (filter.queueId != 0 && value.queueId != filter.queueId)
            return false;
        if (!filter.language.isEmpty() && value.language != filter.language)
            return false;
        if (filter.agentId != 0 && facts.agentId != filter.agentId)
            return false;
        return true;
    }
};

MetricsAccumulator::MetricsAccumulator(MetricsOptions options)
    : d(std::make_unique<Private>(std::move(options)))
{
    const Millis length = std::max<Millis>(0, d->options.to - d->options.from);
    d->previousFrom = d->options.from - length;
    d->report.from = d->options.from;
    d->report.to = d->options.to;
    d->report.timeZone = QString::fromUtf8(d->clock.zone().id());
    d->clock.prepare(d->previousFrom - dayMs, d->options.to + dayMs);
    if (d->options.to > d->options.from) {
        d->firstDay = LocalClock::dayOf(d->clock.local(d->options.from));
        const qint64 lastDay = LocalClock::dayOf(d->clock.local(d->options.to - 1));
        const QDate epoch(1970, 1, 1);
        for (qint64 day = d->firstDay; day <= lastDay; ++day)
            d->report.days.append(DayVolume { epoch.addDays(day), 0, 0, 0 });
    }
}

MetricsAccumulator::~MetricsAccumulator() = default;

Millis MetricsAccumulator::previousFrom() const
{
    return d->previousFrom;
}

void MetricsAccumulator::add(const MetricsCase &value)
{
    const CaseFacts facts = analyzeCase(value, d->options);
    if (!d->passes(value, facts))
        return;
    const MetricsOptions &o = d->options;
    MetricsReport &r = d->report;

    std::array<MetricSet *, Private::DimensionCount> sets {};
    const bool inPeriod = value.openedAt >= o.from && value.openedAt < o.to;
    bool anyMessageInPeriod = false;
    for (const MetricsMessage &m : value.messages) {
        if (m.at >= o.from && m.at < o.to) {
            anyMessageInPeriod = true;
            break;
        }
    }
    if (inPeriod || anyMessageInPeriod) {
        const qint64 keys[Private::LanguageDim]
            = { qint64(value.platform), value.accountId, value.queueId, facts.agentId };
        for (int i = 0; i < Private::LanguageDim; ++i)
            sets[size_t(i)] = &d->groups[size_t(i)][keys[i]];
        if (!d->lastLanguageSet || value.language != d->lastLanguage) {
            d->lastLanguage = value.language;
            d->lastLanguageSet = &d->languageGroups[value.language];
        }
        sets[Private::LanguageDim] = d->lastLanguageSet;
    }

    // Volume: messages by their own time.
    for (const MetricsMessage &m : value.messages) {
        const bool in = m.direction == Direction::In;
        if (m.at >= d->previousFrom && m.at < o.from) {
            (in ? r.previous.messagesIn : r.previous.messagesOut) += 1;
            continue;
        }
        if (m.at < o.from || m.at >= o.to)
            continue;
        const Millis local = d->clock.local(m.at);
        const qint64 dayIndex = LocalClock::dayOf(local) - d->firstDay;
        MetricSet &hour = d->hours[size_t(LocalClock::hourOf(local))];
        if (in) {
            ++r.overall.messagesIn;
            ++hour.messagesIn;
            for (MetricSet *set : sets)
                ++set->messagesIn;
            ++r.heatmap[size_t(LocalClock::weekdayOf(local))][size_t(LocalClock::hourOf(local))];
        } else {
            ++r.overall.messagesOut;
            ++hour.messagesOut;
            for (MetricSet *set : sets)
                ++set->messagesOut;
        }
        if (dayIndex >= 0 && dayIndex < r.days.size())
            (in ? r.days[dayIndex].messagesIn : r.days[dayIndex].messagesOut) += 1;
    }

    const int target = slaTargetMinutes(o.slaPolicies, value.platform, value.priority);
    const Millis targetMs = Millis(target) * minuteMs;
    const bool answered = facts.firstResponse >= 0;
    const bool slaEligible = answered || (o.now - facts.firstPostAt > targetMs);
    const bool slaMet = answered && facts.firstResponse <= targetMs;

    if (value.openedAt >= d->previousFrom && value.openedAt < o.from) {
        const qint64 in = r.previous.messagesIn, out = r.previous.messagesOut;
        r.previous.addCase(facts, value, slaEligible, slaMet);
        r.previous.messagesIn = in;
        r.previous.messagesOut = out;
        return;
    }
    if (!inPeriod)
        return;

    r.overall.addCase(facts, value, slaEligible, slaMet);
    for (MetricSet *set : sets)
        set->addCase(facts, value, slaEligible, slaMet);
    const Millis openedLocal = d->clock.local(facts.firstPostAt);
    d->hours[size_t(LocalClock::hourOf(openedLocal))].addCase(facts, value, slaEligible, slaMet);
    const qint64 dayIndex = LocalClock::dayOf(openedLocal) - d->firstDay;
    if (dayIndex >= 0 && dayIndex < r.days.size())
        ++r.days[dayIndex].newCases;

    SlaRow &row = d->sla[{ int(value.platform), int(value.priority) }];
    row.platform = value.platform;
    row.priority = value.priority;
    row.targetMinutes = target;
    if (slaEligible) {
        ++row.eligible;
        row.met += slaMet;
    }
    if (answered) {
        d->firstResponses.push_back(facts.firstResponse);
        const auto &limits = firstResponseBucketLimits();
        size_t bucket = limits.size();
        for (size_t i = 0; i < limits.size(); ++i) {
            if (facts.firstResponse < Millis(limits[i]) * minuteMs) {
                bucket = i;
                break;
            }
        }
        ++r.firstResponseBuckets[bucket];
    } else {
        ++r.unanswered;
    }
    for (const QString &tag : value.tags)
        ++d->tags[tag];
}

void MetricsAccumulator::addTopicText(const QString &text)
{
    const QStringList &stop = stopWords();
    ++d->topicTexts;
    QSet<QString> seen;
    for (const QString &term : SearchTokenizer::terms(text, 200)) {
        if (term.size() < 4 || term.front().isDigit() || seen.contains(term)
            || std::binary_search(stop.cbegin(), stop.cend(), term)
            || std::any_of(d->options.brandWords.cbegin(), d->options.brandWords.cend(),
                [&term](const QString &brand) { return brand.contains(term); }))
            continue;
        seen.insert(term);
        ++d->words[term];
    }
}

MetricsReport MetricsAccumulator::finish()
{
    MetricsReport &r = d->report;
    const MetricsOptions &o = d->options;
    auto sorted = [](QList<MetricsGroup> list) {
        std::sort(list.begin(), list.end(), [](const MetricsGroup &a, const MetricsGroup &b) {
            if (a.metrics.newCases != b.metrics.newCases)
                return a.metrics.newCases > b.metrics.newCases;
            return a.key < b.key;
        });
        return list;
    };
    auto build = [&](const QHash<qint64, MetricSet> &map, const QHash<Id, QString> *names) {
        QList<MetricsGroup> list;
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            const QString key = it.key() == 0 ? QString() : QString::number(it.key());
            list.append(MetricsGroup { key,
                it.key() == 0 ? MetricsText::noneLabel() : names->value(it.key(), key),
                it.value() });
        }
        return sorted(list);
    };
    {
        QList<MetricsGroup> list;
        const QHash<qint64, MetricSet> &map = d->groups[Private::PlatformDim];
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            const Platform platform = Platform(it.key());
            list.append(
                MetricsGroup { toString(platform), platformDisplayName(platform), it.value() });
        }
        r.byPlatform = sorted(list);
    }
    r.byAccount = build(d->groups[Private::AccountDim], &o.accountNames);
    r.byQueue = build(d->groups[Private::QueueDim], &o.queueNames);
    r.byAgent = build(d->groups[Private::AgentDim], &o.agentNames);
    {
        QList<MetricsGroup> list;
        for (auto it = d->languageGroups.cbegin(); it != d->languageGroups.cend(); ++it)
            list.append(MetricsGroup {
                it.key(), it.key().isEmpty() ? MetricsText::noneLabel() : it.key(), it.value() });
        r.byLanguage = sorted(list);
    }
    r.byHour.clear();
    for (int h = 0; h < 24; ++h) {
        const MetricSet &set = d->hours[size_t(h)];
        if (set.newCases == 0 && set.messagesIn == 0 && set.messagesOut == 0)
            continue;
        r.byHour.append(
            MetricsGroup { QString::number(h), u"%1:00"_s.arg(h, 2, 10, QChar(u'0')), set });
    }
    r.sla = d->sla.values();
    std::sort(r.sla.begin(), r.sla.end(), [](const SlaRow &a, const SlaRow &b) {
        return std::pair(int(a.platform), int(a.priority))
            < std::pair(int(b.platform), int(b.priority));
    });
    if (!d->firstResponses.empty()) {
        auto middle = d->firstResponses.begin() + std::ptrdiff_t(d->firstResponses.size() / 2);
        std::nth_element(d->firstResponses.begin(), middle, d->firstResponses.end());
        r.firstResponseMedian = *middle;
    }
    const QHash<QString, qint64> &topics = d->tags.isEmpty() ? d->words : d->tags;
    QList<std::pair<QString, qint64>> ranked;
    for (auto it = topics.cbegin(); it != topics.cend(); ++it) {
        // Words in more than a fifth of the posts are the brand's own name, not a topic.
        if (d->tags.isEmpty() && (it.value() < 2 || it.value() * 5 > d->topicTexts))
            continue;
        ranked.append({ it.key(), it.value() });
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    r.topTopics = ranked.mid(0, 8);
    return std::move(r);
}

MetricsReport computeMetrics(const QList<MetricsCase> &cases, const MetricsOptions &options)
{
    MetricsAccumulator accumulator(options);
    for (const MetricsCase &value : cases)
        accumulator.add(value);
    return accumulator.finish();
}

std::pair<Millis, Millis> metricsPeriod(QDate first, QDate last, const QTimeZone &zone)
{
    const QTimeZone z = zone.isValid() ? zone : QTimeZone::utc();
    const Millis from = QDateTime(first, QTime(0, 0), z).toMSecsSinceEpoch();
    const Millis to = QDateTime(last.addDays(1), QTime(0, 0), z).toMSecsSinceEpoch();
    return { from, to };
}

} // namespace CareDesk
