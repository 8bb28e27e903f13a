// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/runtime/rehearsal.h"

#include "app/core/futures.h"
#include "app/runtime/simulatorconnector.h"
#include "app/runtime/workspace.h"
#include "app/storage/databaseworker.h"
#include "app/storage/trainingstore.h"

#include <QLocale>
#include <QPointer>
#include <QUuid>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

Rehearsal::Rehearsal(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_clock(workspace.clock())
    , m_worker(std::make_unique<DatabaseWorker>(workspace.config()))
    , m_repository(std::make_unique<SqlTrainingRepository>(*m_worker))
    , m_engine(workspace.clock(), [this](const IngestBatch &batch) { store(batch); })
{
    m_session = QUuid::createUuid().toString(QUuid::Id128).left(8) + u'/';
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Rehearsal::tick);
}

Rehearsal::~Rehearsal() = default;

void Rehearsal::prepare()
{
    m_workspace.accounts().list().then(
        QtFuture::Launch::Sync, onContext(this, [this](const Result<QList<Account>> &listed) {
            if (!listed.ok()) {
                Q_EMIT problem(listed.error().message);
                return;
            }
            for (const Account &account : listed.value()) {
                if (account.connector == ConnectorKind::Simulator && account.enabled
                    && !m_accounts.contains(account.platform)) {
                    m_accounts.insert(account.platform, account);
                    m_engine.setAccount(account.platform, account.id);
                }
            }
            // An older training workspace may lack some: one simulator account per platform.
            auto missing = std::make_shared<int>(0);
            auto loadRubric = [this] {
                m_repository->rubric().then(QtFuture::Launch::Sync,
                    onContext(this, [this](const Result<RubricConfig> &rubric) {
                        if (rubric.ok())
                            m_rubric = rubric.value();
                        else
                            Q_EMIT problem(rubric.error().message);
                        m_ready = true;
                        Q_EMIT ready();
                    }));
            };
            for (Platform platform : allPlatforms()) {
                if (m_accounts.contains(platform))
                    continue;
                ++*missing;
                Account account;
                account.platform = platform;
                account.connector = ConnectorKind::Simulator;
                account.handle = u"simulator"_s;
                m_workspace.accounts().add(account).then(QtFuture::Launch::Sync,
                    onContext(this, [this, missing, loadRubric](const Result<Account> &added) {
                        if (added.ok()) {
                            m_accounts.insert(added.value().platform, added.value());
                            m_engine.setAccount(added.value().platform, added.value().id);
                        } else {
                            Q_EMIT problem(added.error().message);
                        }
                        if (--*missing == 0)
                            loadRubric();
                    }));
            }
            if (*missing == 0)
                loadRubric();
        }));
}

void Rehearsal::attach(SimulatorConnector &connector)
{
    connector.setReplyHandler([self = QPointer<Rehearsal>(this)](const SendRequest &request) {
        if (self)
            self->deliver(request);
    });
}

void Rehearsal::setTrainee(Id agentId, const QString &name)
{
    m_agentId = agentId;
    m_agentName = name;
}

void Rehearsal::setRubric(const RubricConfig &rubric, bool keep)
{
    m_rubric = rubric;
    if (!keep)
        return;
    m_repository->setRubric(rubric).then(
        QtFuture::Launch::Sync, onContext(this, [this](const Result<Done> &saved) {
            if (!saved.ok())
                Q_EMIT problem(saved.error().message);
        }));
}

int Rehearsal::start(const Scenario &scenario)
{
    if (!m_ready || !m_accounts.contains(scenario.platform))
        return 0;
    const int runId = m_engine.start(scenario);
    m_active.insert(runId);
    Q_EMIT runsChanged();
    finishRuns();
    arm();
    return runId;
}

void Rehearsal::end(int runId)
{
    if (!m_active.contains(runId))
        return;
    m_ended.insert(runId);
    m_engine.stop(runId);
    finish(runId, true);
    arm();
}

void Rehearsal::tick()
{
    m_engine.tick();
    finishRuns();
    arm();
}

void Rehearsal::deliver(const SendRequest &request)
{
    if (!request.threadKey.startsWith(m_session))
        return; // a case of an earlier rehearsal
    const int runId = m_engine.runForThread(request.threadKey.mid(m_session.size()));
    if (runId == 0 || !m_active.contains(runId))
        return;
    m_scriptUsed[runId].append(m_scriptPending.remove(request.item.caseId));
    m_engine.onAgentReply(runId, request.item.text, request.item.visibility, m_clock.now());
    Q_EMIT replyDelivered(runId);
    finishRuns();
    arm();
}

QList<int> Rehearsal::activeRuns() const
{
    QList<int> runs(m_active.begin(), m_active.end());
    std::sort(runs.begin(), runs.end());
    return runs;
}

void Rehearsal::store(const IngestBatch &engineBatch)
{
    if (engineBatch.messages.isEmpty())
        return;
    const QString thread = engineBatch.messages.first().threadKey;
    // The engine numbers runs from 1 in every session; the session's prefix keeps a kept
    // workspace's earlier rehearsals (their cases, ids and customers) apart from this one's.
    IngestBatch batch = engineBatch;
    batch.cursor = m_session + batch.cursor;
    for (IncomingMessage &m : batch.messages) {
        m.platformId = m_session + m.platformId;
        m.threadKey = m_session + m.threadKey;
        m.authorPlatformId = m_session + m.authorPlatformId;
    }
    const int runId = m_engine.runForThread(thread);
    // Crowd posts (an outage's other customers) have threads of their own ("-a2").
    const bool fromCustomer = !thread.contains("-a"_L1);
    m_workspace.cases().ingest(batch).then(QtFuture::Launch::Sync,
        onContext(this, [this, runId, fromCustomer](const Result<IngestResult> &stored) {
            if (!stored.ok()) {
                Q_EMIT problem(stored.error().message);
                return;
            }
            if (stored.value().caseIds.isEmpty())
                return;
            const Id caseId = stored.value().caseIds.first();
            if (fromCustomer || !m_caseOfRun.contains(runId))
                m_caseOfRun.insert(runId, caseId);
            Q_EMIT messageStored(runId, caseId);
        }));
}

void Rehearsal::finishRuns()
{
    for (int runId : activeRuns()) {
        const ScenarioRun *run = m_engine.run(runId);
        if (run && run->finished())
            finish(runId, false);
    }
}

void Rehearsal::finish(int runId, bool endedByTrainee)
{
    const ScenarioRun *run = m_engine.run(runId);
    if (!run || !m_active.remove(runId))
        return;
    TrainingResult result = TrainingScoring::score(
        *run, m_rubric, QLocale().name().left(2), m_scriptUsed.value(runId));
    result.agentId = m_agentId;
    result.agentName = m_agentName;
    result.finishedAt = m_clock.now();
    result.outcome = TrainingScoring::outcomeText(run->outcome, endedByTrainee);
    m_results.insert(runId, result);
    Q_EMIT runsChanged();
    m_repository->save(result).then(QtFuture::Launch::Sync,
        onContext(this, [this, runId, result](const Result<Id> &saved) mutable {
            if (saved.ok())
                result.id = saved.value();
            else
                Q_EMIT problem(saved.error().message);
            m_results.insert(runId, result);
            Q_EMIT runFinished(runId, result);
        }));
}

void Rehearsal::arm()
{
    const Millis next = m_engine.nextDue();
    if (next == 0 || m_active.isEmpty()) {
        m_timer.stop();
        return;
    }
    // The clock may be the wall clock (the desktop) or one a test moves; at most a minute between
    // looks, so a clock that jumps is followed.
    const Millis wait = std::clamp<Millis>(next - m_clock.now(), 0, 60 * 1000);
    m_timer.start(static_cast<int>(wait));
}

} // namespace CareDesk
