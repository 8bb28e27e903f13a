// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/trainingresult.h"
#include "app/storage/database.h"

#include <QFuture>

namespace CareDesk {

class DatabaseWorker;

/// Training results and the trainer's rubric (migration 0009).
namespace TrainingStore {
    /// The setting that holds the active rubric as JSON (RubricConfig::toJson).
    inline constexpr char rubricSetting[] = "training.rubric";

    /// Keeps a result; on PostgreSQL agent 0 means the login's own agent. Returns the new id.
    Result<Id> save(Database &db, const TrainingResult &result);
    /// Results, oldest first; agentId < 0: everyone the database lets this login see.
    Result<QList<TrainingResult>> list(Database &db, Id agentId = -1);
    /// The workspace's rubric, or the defaults when the trainer never set one.
    Result<RubricConfig> rubric(Database &db);
    Result<Done> setRubric(Database &db, const RubricConfig &rubric);
} // namespace TrainingStore

/// TrainingStore on a database thread, for the desktop.
class SqlTrainingRepository final
{
public:
    explicit SqlTrainingRepository(DatabaseWorker &worker);
    QFuture<Result<Id>> save(const TrainingResult &result);
    QFuture<Result<QList<TrainingResult>>> list(Id agentId = -1);
    QFuture<Result<RubricConfig>> rubric();
    QFuture<Result<Done>> setRubric(const RubricConfig &rubric);

private:
    DatabaseWorker &m_worker;
};

} // namespace CareDesk
