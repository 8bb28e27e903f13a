// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/clock.h"
#include "app/core/repositories.h"
#include "app/core/scenario.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <map>

namespace CareDesk {

/// One line of a rehearsal's transcript.
struct ScenarioTranscriptEntry {
    Direction direction = Direction::In; ///< In: the simulated customer; Out: the trainee
    Visibility visibility = Visibility::Public;
    QString text;
    Millis at = 0;
    int ruleIndex = -1; ///< the rule whose response this is (-1: an opening post or a reply)
};

/// The state of one running scenario.
struct ScenarioRun {
    int id = 0;
    Scenario scenario;
    Millis startedAt = 0;
    Millis firstReplyAt = 0; ///< 0 until the trainee replies
    ScenarioOutcome outcome = ScenarioOutcome::Open;
    /// Since when the customer waits for an answer (0: nothing unanswered).
    Millis unansweredSince = 0;
    QList<int> firedIgnoredRules; ///< ignored_for rules already fired in this silence
    QList<ScenarioTranscriptEntry> transcript;
    int posted = 0; ///< messages emitted so far, for their ids
    bool finished() const
    {
        return outcome == ScenarioOutcome::Close || outcome == ScenarioOutcome::Calm;
    }
};

/// Plays the customers of training scenarios: a deterministic state machine on a Clock.
///
/// start() schedules a scenario's opening posts at their delays; onAgentReply() evaluates the
/// reaction rules in order (the first that matches wins) and schedules the customer's response;
/// tick() emits what is due and fires `ignored_for` rules when the customer waits too long.
/// Several scenarios run at once (a busy hour). Output goes to the sink as IngestBatch items of
/// the simulator account, so the ordinary ingest path stores them. No network, no timers of its
/// own: the caller ticks (a QTimer in the app, a ManualClock in tests).
class ScenarioEngine final
{
public:
    using Sink = std::function<void(const IngestBatch &)>;

    ScenarioEngine(const Clock &clock, Sink sink);

    /// The simulator account that posts on a platform (0 until set; ingest then needs it).
    void setAccount(Platform platform, Id accountId);

    /// Starts a scenario now; returns the run id. Posts with delay 0 are emitted at once.
    int start(const Scenario &scenario);
    /// The trainee replied in run runId; returns the index of the rule that matched, or -1.
    int onAgentReply(int runId, const QString &text, Visibility visibility);
    int onAgentReply(int runId, const QString &text, Visibility visibility, Millis at);
    /// Emits what is due by now; returns how many messages were emitted.
    int tick();
    /// Stops a run; its pending posts are dropped.
    void stop(int runId);

    /// The run for a thread key of an emitted message (the inbox knows threads, not runs); 0 if
    /// none.
    int runForThread(const QString &threadKey) const;
    const ScenarioRun *run(int runId) const;
    QList<int> runIds() const;
    /// When the next message is due (0: nothing pending); for the caller's timer.
    Millis nextDue() const;
    /// Every run has reached calm or close and nothing is pending.
    bool allFinished() const;

    /// Which reply conditions a text meets (shared with the rubric through ReplyAnalysis).
    static bool matches(ScenarioCondition condition, const QString &text, Visibility visibility);

    static QString threadKey(int runId, Visibility visibility, int author = 0);
    static QString streamName();

private:
    struct Pending {
        Millis due = 0;
        int runId = 0;
        quint64 sequence = 0;
        QString text;
        Visibility visibility = Visibility::Public;
        int sentiment = 0;
        bool sentimentGiven = false;
        int ruleIndex = -1;
        int postIndex = -1; ///< opening post index, or -1
        ScenarioOutcome outcome = ScenarioOutcome::Open;
    };

    void schedule(Pending pending);
    IncomingMessage messageFor(ScenarioRun &run, const Pending &pending) const;
    void checkIgnored(Millis now);

    const Clock &m_clock;
    Sink m_sink;
    QHash<Platform, Id> m_accounts;
    std::map<int, ScenarioRun> m_runs;
    QList<Pending> m_pending; ///< sorted by (due, sequence)
    int m_nextRun = 1;
    quint64 m_sequence = 0;
};

} // namespace CareDesk
