// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/domain.h"
#include "app/core/metrics.h"
#include "app/core/result.h"

#include <QFuture>
#include <QList>
#include <QStringList>

namespace CareDesk {

/// What the report filters offer.
struct MetricsChoices {
    QList<Account> accounts;
    QList<Queue> queues;
    QList<Agent> agents;
    QStringList languages;
};

/// The reports' port: computes a MetricsReport off the caller's thread (on a database thread of
/// its own, so a long report never delays the inbox), and records CSAT surveys and answers.
class MetricsRepository
{
public:
    virtual ~MetricsRepository() = default;
    /// options gives the period, time zone, filters and "now"; the implementation adds the SLA
    /// policies and the names of accounts, queues and agents.
    virtual QFuture<Result<MetricsReport>> compute(const MetricsOptions &options) = 0;
    virtual QFuture<Result<MetricsChoices>> choices() = 0;
    /// Queues the survey text as a reply to the case (through the outbox) and records the survey
    /// (a csat_response row and a csat event); returns the survey's id.
    virtual QFuture<Result<Id>> sendCsatSurvey(Id caseId, const QString &text, Id agentId) = 0;
    /// Records the customer's answer (1..5) to the case's latest survey (a new row without one).
    virtual QFuture<Result<Done>> recordCsatAnswer(Id caseId, int score, const QString &source) = 0;
};

} // namespace CareDesk
