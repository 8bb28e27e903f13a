// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/trainingstore.h"

#include "app/storage/databaseworker.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {
    QString compact(const QJsonArray &array)
    {
        return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
    }
} // namespace

Result<Id> TrainingStore::save(Database &db, const TrainingResult &r)
{
    // On PostgreSQL row-level security checks that a trainee keeps only their own results.
    const QString agent = db.isPostgres() && r.agentId == 0
        ? u"COALESCE((SELECT caredesk_agent_id()), 0)"_s
        : u"?"_s;
    QVariantList values;
    if (agent == "?"_L1)
        values << r.agentId;
    values << r.agentName << r.scenarioId << r.scenarioTitle << r.language << toString(r.platform)
           << r.startedAt << r.finishedAt << r.score << r.maximum << r.outcome
           << compact(r.pointsJson()) << compact(r.repliesJson()) << r.exemplaryReply;
    return db.insertReturningId(
        u"INSERT INTO training_result (agent_id, agent_name, scenario_id, scenario_title, "
        "language, platform, started_at, finished_at, score, max_score, outcome, points, "
        "replies, exemplary_reply) VALUES (%1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s
            .arg(agent),
        values);
}

Result<QList<TrainingResult>> TrainingStore::list(Database &db, Id agentId)
{
    QString statement = u"SELECT id, agent_id, agent_name, scenario_id, scenario_title, language, "
                        "platform, started_at, finished_at, score, max_score, outcome, points, "
                        "replies, exemplary_reply FROM training_result"_s;
    QVariantList values;
    if (agentId >= 0) {
        statement += u" WHERE agent_id = ?"_s;
        values << agentId;
    }
    statement += u" ORDER BY finished_at, id"_s;
    Result<QSqlQuery> q = db.exec(statement, values);
    if (!q.ok())
        return q.error();
    QList<TrainingResult> out;
    QSqlQuery &query = q.value();
    while (query.next()) {
        TrainingResult r;
        r.id = query.value(0).toLongLong();
        r.agentId = query.value(1).toLongLong();
        r.agentName = query.value(2).toString();
        r.scenarioId = query.value(3).toString();
        r.scenarioTitle = query.value(4).toString();
        r.language = query.value(5).toString();
        r.platform = platformFromString(query.value(6).toString()).value_or(Platform::X);
        r.startedAt = query.value(7).toLongLong();
        r.finishedAt = query.value(8).toLongLong();
        r.score = query.value(9).toInt();
        r.maximum = query.value(10).toInt();
        r.outcome = query.value(11).toString();
        r.replies = TrainingScoring::repliesFromJson(
            QJsonDocument::fromJson(query.value(12).toString().toUtf8()).array(),
            QJsonDocument::fromJson(query.value(13).toString().toUtf8()).array());
        r.exemplaryReply = query.value(14).toString();
        out.append(r);
    }
    return out;
}

Result<RubricConfig> TrainingStore::rubric(Database &db)
{
    Result<QSqlQuery> q = db.exec(
        u"SELECT value FROM setting WHERE name = ?"_s, { QString::fromLatin1(rubricSetting) });
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return RubricConfig::defaults();
    return RubricConfig::fromJson(
        QJsonDocument::fromJson(q.value().value(0).toString().toUtf8()).object());
}

Result<Done> TrainingStore::setRubric(Database &db, const RubricConfig &rubric)
{
    const QString json
        = QString::fromUtf8(QJsonDocument(rubric.toJson()).toJson(QJsonDocument::Compact));
    Result<QSqlQuery> q
        = db.exec(u"INSERT INTO setting (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE "
                  "SET value = excluded.value"_s,
            { QString::fromLatin1(rubricSetting), json });
    if (!q.ok())
        return q.error();
    return Done {};
}

SqlTrainingRepository::SqlTrainingRepository(DatabaseWorker &worker)
    : m_worker(worker)
{
}

QFuture<Result<Id>> SqlTrainingRepository::save(const TrainingResult &result)
{
    return m_worker.run<Id>([result](Database &db) { return TrainingStore::save(db, result); });
}

QFuture<Result<QList<TrainingResult>>> SqlTrainingRepository::list(Id agentId)
{
    return m_worker.run<QList<TrainingResult>>(
        [agentId](Database &db) { return TrainingStore::list(db, agentId); });
}

QFuture<Result<RubricConfig>> SqlTrainingRepository::rubric()
{
    return m_worker.run<RubricConfig>([](Database &db) { return TrainingStore::rubric(db); });
}

QFuture<Result<Done>> SqlTrainingRepository::setRubric(const RubricConfig &rubric)
{
    return m_worker.run<Done>(
        [rubric](Database &db) { return TrainingStore::setRubric(db, rubric); });
}

} // namespace CareDesk
