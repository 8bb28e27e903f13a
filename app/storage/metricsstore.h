// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/clock.h"
#include "app/core/metricsrepository.h"
#include "app/core/repositories.h"
#include "app/storage/database.h"
#include "app/storage/databaseconfig.h"

#include <memory>

namespace CareDesk {

class DatabaseWorker;

namespace MetricsStore {
    /// Streams the cases active in the period (and the period of equal length before it), with
    /// their messages and events, into a MetricsAccumulator: one pass, cases merged with their
    /// messages by id, nothing kept per case. Fills the SLA policies and names into the options.
    Result<MetricsReport> compute(Database &db, MetricsOptions options);
    Result<MetricsChoices> choices(Database &db);
    Result<Id> sendCsatSurvey(Database &db, Id caseId, const QString &text, Id agentId, Millis now);
    /// Customers' replies that answer a pending survey (csatScoreIn: the whole message is a
    /// score): recorded as the case's answer, source "reply". Messages of the batch that are not
    /// scores cost nothing; a score in a case without a pending survey is only a message.
    Result<int> captureCsatAnswers(Database &db, const IngestBatch &batch, Millis now);
    Result<Done> recordCsatAnswer(
        Database &db, Id caseId, int score, const QString &source, Millis now);
} // namespace MetricsStore

/// The reports' port on a database thread of its own.
class SqlMetricsRepository final : public MetricsRepository
{
public:
    SqlMetricsRepository(const DatabaseConfig &config, const Clock &clock);
    ~SqlMetricsRepository() override;
    QFuture<Result<MetricsReport>> compute(const MetricsOptions &options) override;
    QFuture<Result<MetricsChoices>> choices() override;
    QFuture<Result<Id>> sendCsatSurvey(Id caseId, const QString &text, Id agentId) override;
    QFuture<Result<Done>> recordCsatAnswer(Id caseId, int score, const QString &source) override;

private:
    std::unique_ptr<DatabaseWorker> m_worker;
    const Clock &m_clock;
};

} // namespace CareDesk
