// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/scenarioengine.h"

#include "app/core/replyanalysis.h"

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {
    constexpr Millis second = 1000;
    constexpr Millis minute = 60 * second;
} // namespace

ScenarioEngine::ScenarioEngine(const Clock &clock, Sink sink)
    : m_clock(clock)
    , m_sink(std::move(sink))
{
}

void ScenarioEngine::setAccount(Platform platform, Id accountId)
{
    m_accounts.insert(platform, accountId);
}

QString ScenarioEngine::streamName()
{
    return u"simulator"_s;
}

QString ScenarioEngine::threadKey(int runId, Visibility visibility, int author)
{
    if (author > 0)
        return u"sim-%1-a%2"_s.arg(runId).arg(author);
    return visibility == Visibility::Private ? u"sim-%1-dm"_s.arg(runId) : u"sim-%1"_s.arg(runId);
}

int ScenarioEngine::runForThread(const QString &threadKey) const
{
    if (!threadKey.startsWith("sim-"_L1))
        return 0;
    const QString rest = threadKey.mid(4);
    const qsizetype dash = rest.indexOf(u'-');
    bool ok = false;
    const int id = (dash < 0 ? rest : rest.left(dash)).toInt(&ok);
    return ok && m_runs.count(id) > 0 ? id : 0;
}

const ScenarioRun *ScenarioEngine::run(int runId) const
{
    const auto it = m_runs.find(runId);
    return it == m_runs.end() ? nullptr : &it->second;
}

QList<int> ScenarioEngine::runIds() const
{
    QList<int> ids;
    for (const auto &[id, r] : m_runs)
        ids.append(id);
    return ids;
}

Millis ScenarioEngine::nextDue() const
{
    Millis next = m_pending.isEmpty() ? 0 : m_pending.first().due;
    for (const auto &[id, r] : m_runs) {
        if (r.finished() || r.unansweredSince == 0)
            continue;
        for (qsizetype i = 0; i < r.scenario.rules.size(); ++i) {
            const ScenarioRule &rule = r.scenario.rules.at(i);
            if (rule.condition != ScenarioCondition::IgnoredFor
                || r.firedIgnoredRules.contains(int(i)))
                continue;
            const Millis at = r.unansweredSince + rule.minutes * minute;
            if (next == 0 || at < next)
                next = at;
        }
    }
    return next;
}

bool ScenarioEngine::allFinished() const
{
    return m_pending.isEmpty() && std::all_of(m_runs.begin(), m_runs.end(), [](const auto &entry) {
        return entry.second.finished();
    });
}

void ScenarioEngine::schedule(Pending pending)
{
    pending.sequence = ++m_sequence;
    const auto pos = std::upper_bound(
        m_pending.begin(), m_pending.end(), pending, [](const Pending &a, const Pending &b) {
            return a.due < b.due || (a.due == b.due && a.sequence < b.sequence);
        });
    m_pending.insert(pos, pending);
}

int ScenarioEngine::start(const Scenario &scenario)
{
    const int id = m_nextRun++;
    ScenarioRun r;
    r.id = id;
    r.scenario = scenario;
    r.startedAt = m_clock.now();
    m_runs.emplace(id, r);
    for (qsizetype i = 0; i < scenario.opening.size(); ++i) {
        const ScenarioPost &post = scenario.opening.at(i);
        Pending p;
        p.due = r.startedAt + post.delaySeconds * second;
        p.runId = id;
        p.text = post.text;
        p.visibility = post.visibility;
        p.postIndex = static_cast<int>(i);
        schedule(p);
    }
    tick();
    return id;
}

void ScenarioEngine::stop(int runId)
{
    m_pending.removeIf([runId](const Pending &p) { return p.runId == runId; });
    const auto it = m_runs.find(runId);
    if (it != m_runs.end() && !it->second.finished())
        it->second.outcome = ScenarioOutcome::Close;
}

bool ScenarioEngine::matches(
    ScenarioCondition condition, const QString &text, Visibility visibility)
{
    switch (condition) {
    case ScenarioCondition::ApologyWithTime:
        return ReplyAnalysis::hasApology(text) && ReplyAnalysis::hasConcreteTime(text);
    case ScenarioCondition::SentElsewhere:
        return ReplyAnalysis::sendsElsewhere(text);
    case ScenarioCondition::AsksOrderNumber:
        return ReplyAnalysis::asksOrderNumber(text);
    case ScenarioCondition::ConcreteLink:
        return ReplyAnalysis::hasConcreteLink(text);
    case ScenarioCondition::ConcreteTime:
        return ReplyAnalysis::hasConcreteTime(text);
    case ScenarioCondition::Apology:
        return ReplyAnalysis::hasApology(text);
    case ScenarioCondition::WentPrivate:
        return visibility == Visibility::Private || ReplyAnalysis::invitesPrivate(text);
    case ScenarioCondition::StayedPublic:
        return visibility == Visibility::Public && !ReplyAnalysis::invitesPrivate(text);
    case ScenarioCondition::IgnoredFor:
        return false;
    case ScenarioCondition::AnyReply:
        return true;
    }
    return false;
}

int ScenarioEngine::onAgentReply(int runId, const QString &text, Visibility visibility)
{
    return onAgentReply(runId, text, visibility, m_clock.now());
}

int ScenarioEngine::onAgentReply(int runId, const QString &text, Visibility visibility, Millis at)
{
    const auto it = m_runs.find(runId);
    if (it == m_runs.end())
        return -1;
    ScenarioRun &r = it->second;
    r.transcript.append(ScenarioTranscriptEntry { Direction::Out, visibility, text, at, -1 });
    if (r.firstReplyAt == 0)
        r.firstReplyAt = at;
    r.unansweredSince = 0;
    r.firedIgnoredRules.clear();
    if (r.outcome == ScenarioOutcome::Close)
        return -1;
    for (qsizetype i = 0; i < r.scenario.rules.size(); ++i) {
        const ScenarioRule &rule = r.scenario.rules.at(i);
        if (!matches(rule.condition, text, visibility))
            continue;
        Pending p;
        p.due = at + rule.response.delaySeconds * second;
        p.runId = runId;
        p.text = rule.response.text;
        p.visibility = rule.response.visibility.value_or(visibility);
        p.sentiment = rule.response.sentiment;
        p.sentimentGiven = rule.response.sentimentGiven;
        p.ruleIndex = static_cast<int>(i);
        p.outcome = rule.response.outcome;
        schedule(p);
        tick();
        return static_cast<int>(i);
    }
    return -1;
}

IncomingMessage ScenarioEngine::messageFor(ScenarioRun &r, const Pending &p) const
{
    const Scenario &s = r.scenario;
    const bool otherAuthor = p.postIndex >= 0 && s.opening.at(p.postIndex).hasAuthor;
    const ScenarioCustomer &who = otherAuthor ? s.opening.at(p.postIndex).author : s.customer;
    IncomingMessage m;
    m.platformId = u"sim-%1-%2"_s.arg(r.id).arg(++r.posted);
    m.threadKey = threadKey(r.id, p.visibility, otherAuthor ? p.postIndex + 1 : 0);
    m.direction = Direction::In;
    m.visibility = p.visibility;
    const QString handle = who.handle.isEmpty() ? u"customer"_s : who.handle;
    m.authorPlatformId = u"sim:%1:%2"_s.arg(r.id).arg(handle);
    m.authorHandle = who.handle;
    m.authorName = who.name;
    m.authorAudience = who.audience;
    m.text = p.text;
    m.createdAt = p.due;
    m.language = s.language;
    if (p.sentimentGiven) {
        m.sentiment = p.sentiment;
        m.sentimentScored = true;
    }
    m.priority
        = (who.vip || p.outcome == ScenarioOutcome::Escalate) ? Priority::High : Priority::Normal;
    return m;
}

int ScenarioEngine::tick()
{
    const Millis now = m_clock.now();
    int emitted = 0;
    for (;;) {
        // The earliest ignored_for threshold that has passed, so silence is judged in timeline
        // order.
        Millis ignoredAt = std::numeric_limits<Millis>::max();
        int ignoredRun = 0;
        int ignoredRule = -1;
        for (const auto &[id, r] : m_runs) {
            if (r.finished() || r.unansweredSince == 0)
                continue;
            for (qsizetype i = 0; i < r.scenario.rules.size(); ++i) {
                const ScenarioRule &rule = r.scenario.rules.at(i);
                if (rule.condition != ScenarioCondition::IgnoredFor
                    || r.firedIgnoredRules.contains(int(i)))
                    continue;
                const Millis at = r.unansweredSince + rule.minutes * minute;
                if (at <= now && at < ignoredAt) {
                    ignoredAt = at;
                    ignoredRun = id;
                    ignoredRule = static_cast<int>(i);
                }
            }
        }
        const bool pendingDue = !m_pending.isEmpty() && m_pending.first().due <= now;
        if (ignoredRule >= 0 && (!pendingDue || ignoredAt <= m_pending.first().due)) {
            ScenarioRun &r = m_runs.at(ignoredRun);
            r.firedIgnoredRules.append(ignoredRule);
            const ScenarioRule &rule = r.scenario.rules.at(ignoredRule);
            Pending p;
            p.due = ignoredAt + rule.response.delaySeconds * second;
            p.runId = ignoredRun;
            p.text = rule.response.text;
            // Ignored customers complain where everyone sees it unless the scenario says otherwise.
            p.visibility = rule.response.visibility.value_or(Visibility::Public);
            p.sentiment = rule.response.sentiment;
            p.sentimentGiven = rule.response.sentimentGiven;
            p.ruleIndex = ignoredRule;
            p.outcome = rule.response.outcome;
            schedule(p);
            continue;
        }
        if (!pendingDue)
            break;
        const Pending p = m_pending.takeFirst();
        ScenarioRun &r = m_runs.at(p.runId);
        const IncomingMessage m = messageFor(r, p);
        r.transcript.append(
            ScenarioTranscriptEntry { Direction::In, p.visibility, p.text, p.due, p.ruleIndex });
        const bool fromCustomer = p.postIndex < 0 || !r.scenario.opening.at(p.postIndex).hasAuthor;
        if (p.ruleIndex >= 0)
            r.outcome = p.outcome;
        if (fromCustomer) {
            if (r.finished())
                r.unansweredSince = 0;
            else if (r.unansweredSince == 0)
                r.unansweredSince = p.due;
        }
        IngestBatch batch;
        batch.accountId = m_accounts.value(r.scenario.platform);
        batch.stream = streamName();
        batch.cursor = m.platformId;
        batch.messages.append(m);
        ++emitted;
        if (m_sink)
            m_sink(batch);
    }
    return emitted;
}

} // namespace CareDesk
