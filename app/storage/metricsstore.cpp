// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/metricsstore.h"

#include "app/storage/casestore.h"
#include "app/storage/databaseworker.h"
#include "app/storage/outboxstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlDriver>

#include <array>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

#include <sqlite3.h>

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

    /// Cases handed from the reading thread to the one analysing them, in batches, at most a few
    /// batches ahead: reading (SQLite) and analysing take about as long, so the two cores share it.
    class CasePipe
    {
    public:
        void push(std::vector<MetricsCase> &&batch)
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_queue.size() < 8 || m_closed; });
            m_queue.push_back(std::move(batch));
            m_changed.notify_all();
        }
        bool pop(std::vector<MetricsCase> &batch)
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_closed; });
            if (m_queue.empty())
                return false;
            batch = std::move(m_queue.front());
            m_queue.pop_front();
            m_changed.notify_all();
            return true;
        }
        void close()
        {
            std::lock_guard lock(m_mutex);
            m_closed = true;
            m_changed.notify_all();
        }

    private:
        std::mutex m_mutex;
        std::condition_variable m_changed;
        std::deque<std::vector<MetricsCase>> m_queue;
        bool m_closed = false;
    };

    /// The message rows, read as plain integers: through the sqlite3 C API on SQLite (a QVariant
    /// per
    /// value was a fifth of the million-case report's time), through the driver elsewhere.
    class MessageRows
    {
    public:
        Result<Done> start(Database &db, const QString &statement, Id firstId)
        {
            if (!db.isPostgres()) {
                const QVariant handle = db.sql().driver()->handle();
                if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
                    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.data());
                    const QByteArray sql = statement.toUtf8();
                    if (connection
                        && sqlite3_prepare_v2(
                               connection, sql.constData(), int(sql.size()), &m_native, nullptr)
                            == SQLITE_OK) {
                        sqlite3_bind_int64(m_native, 1, firstId);
                        return Done {};
                    }
                    m_native = nullptr;
                }
            }
            Result<CachedQuery *> rows = db.cached(statement, { firstId });
            if (!rows.ok())
                return rows.error();
            m_cached = rows.value();
            return Done {};
        }
        ~MessageRows() { finish(); }
        bool next()
        {
            if (m_native) {
                if (sqlite3_step(m_native) != SQLITE_ROW)
                    return false;
                m_values[0] = sqlite3_column_int64(m_native, 0);
                m_values[1] = sqlite3_column_int64(m_native, 1);
                m_values[2] = sqlite3_column_int64(m_native, 2);
                return true;
            }
            if (!m_cached || !m_cached->next())
                return false;
            for (int i = 0; i < 3; ++i)
                m_values[size_t(i)] = m_cached->value(i).toLongLong();
            return true;
        }
        qint64 value(int column) const { return m_values[size_t(column)]; }
        void finish()
        {
            if (m_native)
                sqlite3_finalize(m_native);
            m_native = nullptr;
            if (m_cached)
                m_cached->finish();
            m_cached = nullptr;
        }

    private:
        sqlite3_stmt *m_native = nullptr;
        CachedQuery *m_cached = nullptr;
        std::array<qint64, 3> m_values {};
    };

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

        if (!db.isPostgres()) {
            // This connection only reads, and reads much: map the file instead of copying pages
            // through read() into a small cache.
            for (const QString &pragma :
                { u"PRAGMA mmap_size = 8589934592"_s, u"PRAGMA cache_size = -65536"_s }) {
                Result<QSqlQuery> set = db.exec(pragma);
                if (!set.ok())
                    return set.error();
                set.value().finish();
            }
        }
        MetricsAccumulator accumulator(options);
        const Millis previousFrom = accumulator.previousFrom();
        const auto [where, values] = caseFilter(options, previousFrom);

        // Events, CSAT answers and tags are few beside the messages: held by case id for the merge.
        QHash<Id, QList<MetricsEvent>> events;
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

        struct Survey {
            int sent = 0;
            int score = 0;
        };
        QHash<Id, Survey> surveys;
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
        QHash<Id, QStringList> tags;
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

        // The cases (in id order) and their messages (from the covering index, in case order, from
        // the first case's id on) stream side by side and are merged: nothing is kept per case, and
        // one ordered range scan beats probing the index per case once a period holds many cases.
        // Enumerations come as numbers, so no row costs a string.
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
        Result<CachedQuery *> caseRows = db.cached(u"SELECT id, account_id, "_s
                + code(u"platform"_s, platformNames) + u", queue_id, assignee_id, "_s
                + code(u"priority"_s, priorityNames) + u", "_s + code(u"status"_s, statusNames)
                + u", language, opened_at, resolved_at FROM cases WHERE "_s + where
                + u" ORDER BY id"_s,
            values);
        if (!caseRows.ok())
            return caseRows.error();
        CachedQuery &cases = *caseRows.value();
        const auto finishCases = qScopeGuard([&cases] { cases.finish(); });
        QStringList languages;
        auto readCase = [&](MetricsCase &c) {
            c.id = cases.value(0).toLongLong();
            c.accountId = cases.value(1).toLongLong();
            c.platform = allPlatforms().value(cases.value(2).toInt(), Platform::X);
            c.queueId = cases.value(3).toLongLong();
            c.assigneeId = cases.value(4).toLongLong();
            c.priority = Priority(std::clamp(cases.value(5).toInt(), 0, 3));
            c.status = CaseStatus(std::clamp(cases.value(6).toInt(), 0, 4));
            // Few languages: share one string for each rather than hashing every case's.
            const QString language = cases.value(7).toString();
            const auto known = std::find(languages.cbegin(), languages.cend(), language);
            if (known == languages.cend()) {
                languages.append(language);
                c.language = language;
            } else {
                c.language = *known;
            }
            c.openedAt = cases.value(8).toLongLong();
            c.resolvedAt = cases.value(9).toLongLong();
        };
        if (!cases.next())
            return accumulator.finish();
        // SQLite reads both statements side by side. PostgreSQL's driver fetches a forward-only
        // result row by row on the connection, so a second statement would cut the first short:
        // there the cases are read first.
        std::vector<MetricsCase> held;
        if (db.isPostgres()) {
            do {
                readCase(held.emplace_back());
            } while (cases.next());
            cases.finish();
        }
        const Id firstId = held.empty() ? cases.value(0).toLongLong() : held.front().id;
        MessageRows messages;
        if (Result<Done> started = messages.start(db,
                u"SELECT m.case_id, m.created_at * 4 + CASE WHEN m.direction = 'in' THEN 0 ELSE 1 "
                u"END "
                "+ CASE WHEN m.visibility = 'private' THEN 2 ELSE 0 END, "
                "COALESCE(m.author_agent_id, 0) * 512 + m.sentiment + 256 "
                "FROM message m WHERE m.case_id >= ? ORDER BY m.case_id, m.created_at, m.id"_s,
                firstId);
            !started.ok())
            return started.error();
        bool haveMessage = messages.next();
        CasePipe pipe;
        std::thread analyser([&pipe, &accumulator] {
            std::vector<MetricsCase> batch;
            while (pipe.pop(batch)) {
                for (const MetricsCase &value : batch)
                    accumulator.add(value);
            }
        });
        auto stopAnalyser = qScopeGuard([&pipe, &analyser] {
            pipe.close();
            analyser.join();
        });
        constexpr size_t batchSize = 2048;
        std::vector<MetricsCase> batch;
        batch.reserve(batchSize);
        size_t heldIndex = 0;
        bool more = true;
        while (more) {
            MetricsCase &c = batch.emplace_back();
            if (held.empty()) {
                readCase(c);
                more = cases.next();
            } else {
                c = std::move(held[heldIndex++]);
                more = heldIndex < held.size();
            }
            while (haveMessage) {
                const Id caseId = messages.value(0);
                if (caseId > c.id)
                    break;
                if (caseId == c.id) {
                    // Packed in SQL, three values a row instead of five: the time with the
                    // direction and visibility, the agent with the sentiment (-100..100).
                    const qint64 timeKind = messages.value(1);
                    const qint64 agentSentiment = messages.value(2);
                    const qint64 kind = timeKind & 3;
                    const qint64 agent = agentSentiment / 512;
                    if (c.messages.isEmpty())
                        c.messages.reserve(4);
                    c.messages.append(MetricsMessage { (timeKind - kind) / 4,
                        (kind & 1) ? Direction::Out : Direction::In,
                        (kind & 2) ? Visibility::Private : Visibility::Public, agent,
                        int(agentSentiment - agent * 512 - 256) });
                }
                haveMessage = messages.next();
            }
            const auto e = events.constFind(c.id);
            c.events = e == events.cend() ? QList<MetricsEvent>() : e.value();
            const auto t = tags.constFind(c.id);
            c.tags = t == tags.cend() ? QStringList() : t.value();
            const Survey survey = surveys.value(c.id);
            c.surveysSent = survey.sent;
            c.surveyScore = survey.score;
            if (batch.size() == batchSize) {
                pipe.push(std::move(batch));
                batch = {};
                batch.reserve(batchSize);
            }
        }
        if (!batch.empty())
            pipe.push(std::move(batch));
        messages.finish();
        pipe.close();
        analyser.join();
        stopAnalyser.dismiss();
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
