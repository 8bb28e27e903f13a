// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/metricsstore.h"

#include "app/storage/casestore.h"
#include "app/storage/databaseworker.h"
#include "app/storage/metricsreader.h"
#include "app/storage/outboxstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>

#include <algorithm>
#include <array>
#include <thread>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    QVariant nullable(Id id)
    {
        return id == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(id);
    }

    /// The WHERE clause choosing the cases that matter for a period, with its values.
    std::pair<QString, QVariantList> caseFilter(const MetricsOptions &o, Millis previousFrom)
    {
        QString where = u"opened_at < ? AND last_message_at >= ?"_s;
        QVariantList values { o.to, previousFrom };
        if (o.filter.platform) {
            where += u" AND platform = ?"_s;
            values << toString(*o.filter.platform);
        }
        if (o.filter.accountId != 0) {
            where += u" AND account_id = ?"_s;
            values << o.filter.accountId;
        }
        if (o.filter.queueId != 0) {
            where += u" AND queue_id = ?"_s;
            values << o.filter.queueId;
        }
        if (!o.filter.language.isEmpty()) {
            where += u" AND language = ?"_s;
            values << o.filter.language;
        }
        return { where, values };
    }

    std::optional<EventType> eventTypeFor(const QString &text)
    {
        // The few kinds read here, compared before the general parser for speed.
        static const QHash<QString, EventType> known = [] {
            QHash<QString, EventType> map;
            for (EventType type :
                { EventType::Assigned, EventType::Claimed, EventType::StatusChanged,
                    EventType::Reopened, EventType::TakenPrivate, EventType::CaseOpenedInUi,
                    EventType::CaseClosedInUi, EventType::ReplyQueued, EventType::NoteAdded,
                    EventType::TagAdded, EventType::TagRemoved, EventType::PriorityChanged })
                map.insert(toString(type), type);
            return map;
        }();
        const auto it = known.constFind(text);
        if (it != known.cend())
            return it.value();
        return std::nullopt;
    }

} // namespace

namespace MetricsStore {

    using namespace MetricsReading;

    Result<MetricsReport> compute(Database &db, MetricsOptions options)
    {
        if (options.to <= options.from)
            return Error { ErrorCode::Invalid,
                Database::tr("The report's period ends before it starts.") };
        Result<QList<SlaPolicy>> policies = CaseStore::slaPolicies(db);
        if (!policies.ok())
            return policies.error();
        options.slaPolicies = policies.value();
        {
            Result<QSqlQuery> q = db.exec(u"SELECT id, handle, platform FROM account"_s);
            if (!q.ok())
                return q.error();
            while (q.value().next()) {
                options.brandWords.append(q.value().value(1).toString().toLower().remove(u'@'));
                const auto platform = platformFromString(q.value().value(2).toString());
                options.accountNames.insert(q.value().value(0).toLongLong(),
                    u"%1 (%2)"_s.arg(q.value().value(1).toString(),
                        platform ? platformDisplayName(*platform) : QString()));
            }
        }
        {
            Result<QSqlQuery> q = db.exec(u"SELECT id, name FROM queue"_s);
            if (!q.ok())
                return q.error();
            while (q.value().next())
                options.queueNames.insert(
                    q.value().value(0).toLongLong(), q.value().value(1).toString());
        }
        {
            Result<QSqlQuery> q = db.exec(u"SELECT id, name, display_name FROM agent"_s);
            if (!q.ok())
                return q.error();
            while (q.value().next()) {
                const QString display = q.value().value(2).toString();
                options.agentNames.insert(q.value().value(0).toLongLong(),
                    display.isEmpty() ? q.value().value(1).toString() : display);
            }
        }

        if (Result<Done> prepared = prepareForReading(db); !prepared.ok())
            return prepared.error();
        MetricsAccumulator accumulator(options);
        const Millis previousFrom = accumulator.previousFrom();
        const auto [where, values] = caseFilter(options, previousFrom);

        // Events, CSAT answers and tags are few beside the messages: held by case id for the merge.
        BlockPlan plan;
        QHash<Id, QList<MetricsEvent>> &events = plan.events;
        {
            Result<QSqlQuery> q = db.exec(u"SELECT case_id, type, at, agent_id, data FROM event "
                                          u"WHERE type IN ('assigned', 'claimed', "
                                          "'status_changed', 'reopened', 'taken_private', "
                                          "'case_opened_in_ui', 'case_closed_in_ui', "
                                          "'reply_queued', 'note_added', 'tag_added', "
                                          "'tag_removed', 'priority_changed') AND at >= ? "
                                          "AND case_id IS NOT NULL"_s,
                { previousFrom });
            if (!q.ok())
                return q.error();
            QSqlQuery &rows = q.value();
            rows.setForwardOnly(true);
            while (rows.next()) {
                const std::optional<EventType> type = eventTypeFor(rows.value(1).toString());
                if (!type)
                    continue;
                MetricsEvent e;
                e.type = *type;
                e.at = rows.value(2).toLongLong();
                e.agentId = rows.value(3).toLongLong();
                if (e.type == EventType::Assigned || e.type == EventType::Claimed
                    || e.type == EventType::StatusChanged) {
                    const QJsonObject data
                        = QJsonDocument::fromJson(rows.value(4).toString().toUtf8()).object();
                    if (e.type == EventType::StatusChanged)
                        e.toStatus = caseStatusFromString(data.value("to"_L1).toString())
                                         .value_or(CaseStatus::Open);
                    else
                        e.targetAgentId = data.value("to"_L1).toString().toLongLong();
                }
                events[rows.value(0).toLongLong()].append(e);
            }
        }
        for (QList<MetricsEvent> &list : events)
            std::stable_sort(list.begin(), list.end(),
                [](const MetricsEvent &a, const MetricsEvent &b) { return a.at < b.at; });

        QHash<Id, Survey> &surveys = plan.surveys;
        {
            Result<QSqlQuery> q = db.exec(
                u"SELECT case_id, score FROM csat_response WHERE asked_at >= ? ORDER BY case_id, asked_at, id"_s,
                { previousFrom });
            if (!q.ok())
                return q.error();
            while (q.value().next()) {
                Survey &s = surveys[q.value().value(0).toLongLong()];
                ++s.sent;
                if (!q.value().value(1).isNull())
                    s.score = q.value().value(1).toInt();
            }
        }
        QHash<Id, QStringList> &tags = plan.tags;
        {
            Result<QSqlQuery> q = db.exec(
                u"SELECT ct.case_id, t.name FROM case_tag ct JOIN tag t ON t.id = ct.tag_id"_s);
            if (!q.ok())
                return q.error();
            while (q.value().next())
                tags[q.value().value(0).toLongLong()].append(q.value().value(1).toString());
        }
        if (tags.isEmpty()) {
            // No tags: topics are the frequent words of recent customers' posts in the period.
            QVariantList topicValues = values;
            topicValues << options.from;
            Result<QSqlQuery> q = db.exec(
                u"SELECT m.text FROM message m WHERE m.direction = 'in' AND m.case_id IN (SELECT id FROM cases WHERE "_s
                    + where + u" AND opened_at >= ? ORDER BY opened_at DESC LIMIT 2000)"_s,
                topicValues);
            if (!q.ok())
                return q.error();
            while (q.value().next())
                accumulator.addTopicText(q.value().value(0).toString());
        }

        // The cases are read in blocks of ids, each block's cases (in id order) and then its
        // messages (from the covering index, in case order): nothing is kept per case beyond a
        // few blocks, and one ordered range scan beats probing the index per case. On SQLite two
        // readers on two connections take alternate blocks (reading is most of the work), and the
        // analyser takes the blocks in id order from both. Enumerations come as numbers, so no
        // row costs a string.
        const bool native = db.setNativeStatements(true);
        const auto restore = qScopeGuard([&db, native] {
            if (!native)
                db.setNativeStatements(false);
        });
        auto code = [](const QString &column, const QStringList &names) -> QString {
            QString sql = u"CASE "_s + column;
            for (qsizetype i = 0; i < names.size(); ++i)
                sql += u" WHEN '%1' THEN %2"_s.arg(names[i]).arg(i);
            return sql + u" ELSE 0 END"_s;
        };
        QStringList platformNames;
        for (Platform p : allPlatforms())
            platformNames.append(toString(p));
        const QStringList priorityNames { toString(Priority::Low), toString(Priority::Normal),
            toString(Priority::High), toString(Priority::Urgent) };
        const QStringList statusNames { toString(CaseStatus::New), toString(CaseStatus::Open),
            toString(CaseStatus::Pending), toString(CaseStatus::Snoozed),
            toString(CaseStatus::Resolved) };
        // NOT INDEXED: the id range (the rowid) is the one to use, never a filter column's index.
        plan.caseSql = u"SELECT id, account_id, "_s + code(u"platform"_s, platformNames)
            + u", queue_id, assignee_id, "_s + code(u"priority"_s, priorityNames) + u", "_s
            + code(u"status"_s, statusNames)
            + u", language, opened_at, resolved_at FROM cases"_s
            + (db.isPostgres() ? QString() : u" NOT INDEXED"_s) + u" WHERE "_s + where
            + u" AND id >= ? AND id < ? ORDER BY id"_s;
        plan.values = values;
        plan.messageSql
            = u"SELECT m.case_id, m.created_at * 4 + CASE WHEN m.direction = 'in' THEN 0 ELSE 1 "
              u"END "
              "+ CASE WHEN m.visibility = 'private' THEN 2 ELSE 0 END, "
              "COALESCE(m.author_agent_id, 0) * 512 + m.sentiment + 256 "
              "FROM message m WHERE m.case_id >= ? AND m.case_id < ? "
              "ORDER BY m.case_id, m.created_at, m.id"_s;
        {
            Result<QSqlQuery> range = db.exec(u"SELECT MIN(id), MAX(id) FROM cases"_s);
            if (!range.ok())
                return range.error();
            if (!range.value().next() || range.value().value(0).isNull())
                return accumulator.finish();
            plan.firstId = range.value().value(0).toLongLong();
            const Id lastId = range.value().value(1).toLongLong();
            plan.blockIds = std::clamp<Id>((lastId - plan.firstId + 1) / 16, 1, 4096);
            plan.blocks = (lastId - plan.firstId) / plan.blockIds + 1;
            range.value().finish();
        }
        plan.shards = db.isPostgres() || plan.blocks < 2 ? 1 : 2;

        std::array<CasePipe, 2> pipes;
        auto closeAll = [&pipes] {
            for (CasePipe &pipe : pipes)
                pipe.close();
        };
        std::thread analyser([&pipes, &plan, &accumulator] {
            std::vector<MetricsCase> batch;
            for (qint64 k = 0; k < plan.blocks; ++k) {
                if (!pipes[size_t(k % plan.shards)].pop(batch))
                    return;
                for (const MetricsCase &value : batch)
                    accumulator.add(value);
            }
        });
        Result<Done> second = Done {};
        std::thread secondReader;
        if (plan.shards == 2) {
            secondReader = std::thread([&] {
                Result<Done> read = [&]() -> Result<Done> {
                    Result<std::unique_ptr<Database>> other
                        = Database::open(db.config(), Database::OpenMode::Existing);
                    if (!other.ok())
                        return other.error();
                    if (Result<Done> prepared = prepareForReading(*other.value()); !prepared.ok())
                        return prepared.error();
                    other.value()->setNativeStatements(true);
                    return readBlocks(*other.value(), plan, 1, pipes[1]);
                }();
                if (!read.ok())
                    closeAll();
                else
                    pipes[1].close();
                second = read;
            });
        }
        const Result<Done> first = readBlocks(db, plan, 0, pipes[0]);
        if (!first.ok())
            closeAll();
        else
            pipes[0].close();
        if (secondReader.joinable())
            secondReader.join();
        analyser.join();
        if (!first.ok())
            return first.error();
        if (!second.ok())
            return second.error();
        return accumulator.finish();
    }

    Result<MetricsChoices> choices(Database &db)
    {
        MetricsChoices result;
        {
            Result<QSqlQuery> q
                = db.exec(u"SELECT id, platform, handle FROM account ORDER BY platform, handle"_s);
            if (!q.ok())
                return q.error();
            while (q.value().next()) {
                Account a;
                a.id = q.value().value(0).toLongLong();
                a.platform
                    = platformFromString(q.value().value(1).toString()).value_or(Platform::X);
                a.handle = q.value().value(2).toString();
                result.accounts.append(a);
            }
        }
        {
            Result<QSqlQuery> q = db.exec(u"SELECT id, name FROM queue ORDER BY name"_s);
            if (!q.ok())
                return q.error();
            while (q.value().next())
                result.queues.append(Queue {
                    q.value().value(0).toLongLong(), q.value().value(1).toString(), 0, {} });
        }
        {
            Result<QSqlQuery> q
                = db.exec(u"SELECT id, name, display_name, role FROM agent ORDER BY name"_s);
            if (!q.ok())
                return q.error();
            while (q.value().next()) {
                Agent a;
                a.id = q.value().value(0).toLongLong();
                a.name = q.value().value(1).toString();
                a.displayName = q.value().value(2).toString();
                a.role
                    = agentRoleFromString(q.value().value(3).toString()).value_or(AgentRole::Agent);
                result.agents.append(a);
            }
        }
        {
            Result<QSqlQuery> q = db.exec(
                u"SELECT DISTINCT language FROM cases WHERE language <> '' ORDER BY language LIMIT 50"_s);
            if (!q.ok())
                return q.error();
            while (q.value().next())
                result.languages.append(q.value().value(0).toString());
        }
        return result;
    }

    Result<Id> sendCsatSurvey(Database &db, Id caseId, const QString &text, Id agentId, Millis now)
    {
        Id surveyId = 0;
        Result<Done> done = db.transaction([&]() -> Result<Done> {
            Result<QSqlQuery> found = db.exec(
                u"SELECT c.platform, c.customer_id, (SELECT visibility FROM message m WHERE "
                u"m.case_id = c.id AND "
                "m.direction = 'in' ORDER BY m.created_at DESC, m.id DESC LIMIT 1) FROM cases c WHERE c.id = ?"_s,
                { caseId });
            if (!found.ok())
                return found.error();
            if (!found.value().next())
                return Error { ErrorCode::NotFound,
                    Database::tr("There is no case %1.").arg(caseId) };
            const QString platform = found.value().value(0).toString();
            const Id customerId = found.value().value(1).toLongLong();
            const Visibility visibility = visibilityFromString(found.value().value(2).toString())
                                              .value_or(Visibility::Public);
            found.value().finish();
            Result<OutboxItem> queued
                = OutboxStore::enqueue(db, caseId, text, visibility, agentId, now);
            if (!queued.ok())
                return queued.error();
            Result<Id> id
                = db.insertReturningId(u"INSERT INTO csat_response (case_id, agent_id, platform, "
                                       u"outbox_id, asked_at) VALUES (?, ?, ?, ?, ?) "
                                       "RETURNING id"_s,
                    { caseId, nullable(agentId), platform, queued.value().id, now });
            if (!id.ok())
                return id.error();
            surveyId = id.value();
            Event event;
            event.type = EventType::Csat;
            event.at = now;
            event.agentId = agentId;
            event.caseId = caseId;
            event.customerId = customerId;
            event.data = QJsonObject { { u"action"_s, u"survey_sent"_s },
                { u"survey_id"_s, QString::number(surveyId) } };
            if (Result<Id> e = db.appendEvent(event); !e.ok())
                return e.error();
            return Done {};
        });
        if (!done.ok())
            return done.error();
        return surveyId;
    }

    Result<int> captureCsatAnswers(Database &db, const IngestBatch &batch, Millis now)
    {
        int recorded = 0;
        for (const IncomingMessage &m : batch.messages) {
            if (m.direction != Direction::In)
                continue;
            const std::optional<int> score = csatScoreIn(m.text);
            if (!score)
                continue;
            // The case this message went to, and a survey asked before it and not yet answered.
            Result<QSqlQuery> found = db.exec(
                u"SELECT r.case_id FROM message m JOIN csat_response r ON r.case_id = m.case_id "
                "WHERE m.account_id = ? AND m.platform_id = ? AND r.score IS NULL AND r.asked_at "
                "<= ? "
                "ORDER BY r.asked_at DESC LIMIT 1"_s,
                { batch.accountId, m.platformId, m.createdAt });
            if (!found.ok())
                return found.error();
            const Id caseId = found.value().next() ? found.value().value(0).toLongLong() : 0;
            found.value().finish();
            if (caseId == 0)
                continue;
            if (Result<Done> answered = recordCsatAnswer(
                    db, caseId, *score, u"reply"_s, m.createdAt != 0 ? m.createdAt : now);
                !answered.ok())
                return answered.error();
            ++recorded;
        }
        return recorded;
    }

    Result<Done> recordCsatAnswer(
        Database &db, Id caseId, int score, const QString &source, Millis now)
    {
        if (score < 1 || score > 5)
            return Error { ErrorCode::Invalid,
                Database::tr("A satisfaction score is a number from 1 to 5.") };
        return db.transaction([&]() -> Result<Done> {
            Result<QSqlQuery> found = db.exec(u"SELECT c.platform, c.customer_id, (SELECT MAX(id) "
                                              u"FROM csat_response r WHERE r.case_id = c.id) "
                                              "FROM cases c WHERE c.id = ?"_s,
                { caseId });
            if (!found.ok())
                return found.error();
            if (!found.value().next())
                return Error { ErrorCode::NotFound,
                    Database::tr("There is no case %1.").arg(caseId) };
            const QString platform = found.value().value(0).toString();
            const Id customerId = found.value().value(1).toLongLong();
            const Id surveyId = found.value().value(2).toLongLong();
            found.value().finish();
            if (surveyId != 0) {
                Result<QSqlQuery> updated = db.exec(
                    u"UPDATE csat_response SET score = ?, answered_at = ?, source = ? WHERE id = ?"_s,
                    { score, now, source, surveyId });
                if (!updated.ok())
                    return updated.error();
            } else {
                Result<QSqlQuery> inserted
                    = db.exec(u"INSERT INTO csat_response (case_id, platform, asked_at, score, "
                              u"answered_at, source) "
                              "VALUES (?, ?, ?, ?, ?, ?)"_s,
                        { caseId, platform, now, score, now, source });
                if (!inserted.ok())
                    return inserted.error();
            }
            Event event;
            event.type = EventType::Csat;
            event.at = now;
            event.caseId = caseId;
            event.customerId = customerId;
            event.data = QJsonObject { { u"action"_s, u"answered"_s }, { u"score"_s, score },
                { u"source"_s, source } };
            if (Result<Id> e = db.appendEvent(event); !e.ok())
                return e.error();
            return Done {};
        });
    }

} // namespace MetricsStore

SqlMetricsRepository::SqlMetricsRepository(const DatabaseConfig &config, const Clock &clock)
    : m_worker(std::make_unique<DatabaseWorker>(config))
    , m_clock(clock)
{
}

SqlMetricsRepository::~SqlMetricsRepository() = default;

QFuture<Result<MetricsReport>> SqlMetricsRepository::compute(const MetricsOptions &options)
{
    MetricsOptions o = options;
    if (o.now == 0)
        o.now = m_clock.now();
    return m_worker->run<MetricsReport>([o](Database &db) { return MetricsStore::compute(db, o); });
}

QFuture<Result<MetricsChoices>> SqlMetricsRepository::choices()
{
    return m_worker->run<MetricsChoices>([](Database &db) { return MetricsStore::choices(db); });
}

QFuture<Result<Id>> SqlMetricsRepository::sendCsatSurvey(Id caseId, const QString &text, Id agentId)
{
    const Millis now = m_clock.now();
    return m_worker->run<Id>(
        [=](Database &db) { return MetricsStore::sendCsatSurvey(db, caseId, text, agentId, now); });
}

QFuture<Result<Done>> SqlMetricsRepository::recordCsatAnswer(
    Id caseId, int score, const QString &source)
{
    const Millis now = m_clock.now();
    return m_worker->run<Done>([=](Database &db) {
        return MetricsStore::recordCsatAnswer(db, caseId, score, source, now);
    });
}

} // namespace CareDesk
