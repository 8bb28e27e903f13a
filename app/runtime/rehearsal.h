// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/clock.h"
#include "app/core/scenarioengine.h"
#include "app/core/trainingresult.h"

#include <QCoreApplication>
#include <QFuture>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

namespace CareDesk {

class DatabaseWorker;
class SimulatorConnector;
class SqlTrainingRepository;
class Workspace;

/// A rehearsal in a training workspace: runs a ScenarioEngine at the workspace's clock (a QTimer
/// set to the engine's next due time), stores what the simulated customers say through the
/// ordinary ingest path (so it appears in the inbox as cases), hears the trainee's replies from
/// the simulator connectors the outbox delivers to, scores each finished scenario with the
/// workspace's rubric and keeps the result (training_result). No network, no secrets.
/// The desktop and `caredesk-cli training rehearse` both run it.
class Rehearsal final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Rehearsal)

public:
    explicit Rehearsal(Workspace &workspace, QObject *parent = nullptr);
    ~Rehearsal() override;

    /// Ensures a simulator account per platform and loads the rubric; ready() or problem().
    void prepare();
    bool isReady() const { return m_ready; }
    /// The simulator accounts, by platform (after ready()).
    QHash<Platform, Account> accounts() const { return m_accounts; }
    /// Routes a simulator connector's delivered replies to this rehearsal.
    void attach(SimulatorConnector &connector);

    /// Whose results these are: the trainee's agent (0: the local agent) and name.
    void setTrainee(Id agentId, const QString &name);
    const RubricConfig &rubric() const { return m_rubric; }
    /// Uses a rubric from now on; keep: also keeps it in the workspace for everyone.
    void setRubric(const RubricConfig &rubric, bool keep = true);

    /// Starts a scenario now; returns its run id (0 when not ready).
    int start(const Scenario &scenario);
    /// The trainee ends a scenario before the customer is calm; it is scored as it stands.
    void end(int runId);
    /// Emits what is due at the clock's time, finishes what is over, re-arms the timer. The timer
    /// calls it; tests with a ManualClock call it after moving the clock.
    void tick();
    /// A reply the outbox delivered (what the simulator connector calls).
    void deliver(const SendRequest &request);
    /// A script went into the reply of a case: the next reply delivered from it counts as one
    /// that used a script (the rubric's "script used" point).
    void noteScriptUsed(Id caseId) { m_scriptPending.insert(caseId); }

    const ScenarioEngine &engine() const { return m_engine; }
    /// Runs not yet finished, oldest first.
    QList<int> activeRuns() const;
    /// The case of the customer's latest message in a run (0 until stored).
    Id caseFor(int runId) const { return m_caseOfRun.value(runId); }
    /// Results of finished runs, by run id (kept ones carry their id).
    QHash<int, TrainingResult> results() const { return m_results; }

Q_SIGNALS:
    void ready();
    void problem(const QString &message);
    /// A simulated message was stored in case caseId.
    void messageStored(int runId, qint64 caseId);
    /// The trainee's reply reached the simulated customer.
    void replyDelivered(int runId);
    /// Runs started, finished or ended.
    void runsChanged();
    /// A run is over and its result kept (result.id set; 0 when keeping failed: problem() said).
    void runFinished(int runId, const CareDesk::TrainingResult &result);

private:
    void finishRuns();
    void finish(int runId, bool endedByTrainee);
    void arm();
    void store(const IngestBatch &batch);

    Workspace &m_workspace;
    const Clock &m_clock;
    std::unique_ptr<DatabaseWorker> m_worker;
    std::unique_ptr<SqlTrainingRepository> m_repository;
    ScenarioEngine m_engine;
    QTimer m_timer;
    QHash<Platform, Account> m_accounts;
    RubricConfig m_rubric;
    Id m_agentId = 0;
    QString m_agentName;
    bool m_ready = false;
    QString m_session; ///< prefixes the platform ids and threads of this session's messages
    QSet<int> m_active;
    QSet<int> m_ended;
    QHash<int, Id> m_caseOfRun;
    QHash<int, TrainingResult> m_results;
    QSet<Id> m_scriptPending; ///< cases whose reply being written holds a script
    QHash<int, QList<bool>> m_scriptUsed; ///< per run: whether each reply used a script
};

} // namespace CareDesk
