// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/metricsreader.h"

#include <QSqlDriver>

#include <algorithm>
#include <array>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk::MetricsReading {

namespace {

    /// A statement run once per block of case ids whose columns are read as plain integers (one
    /// may be text): through the sqlite3 C API on SQLite (a QVariant per value was a fifth of the
    /// million-case report's time), through the driver elsewhere. Prepared once, run per block.
    class BlockRows
    {
    public:
        BlockRows(Database &db, const QString &statement, int columns, int textColumn = -1)
            : m_db(db)
            , m_statement(statement)
            , m_columns(columns)
            , m_textColumn(textColumn)
        {
        }
        BlockRows(const BlockRows &) = delete;
        BlockRows &operator=(const BlockRows &) = delete;
        ~BlockRows()
        {
            finish();
            if (m_native)
                sqlite3_finalize(m_native);
        }
        Result<Done> run(const QVariantList &values)
        {
            finish();
            if (!m_triedNative && !m_db.isPostgres()) {
                m_triedNative = true;
                const QVariant handle = m_db.sql().driver()->handle();
                if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
                    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.data());
                    const QByteArray sql = m_statement.toUtf8();
                    if (!connection
                        || sqlite3_prepare_v2(
                               connection, sql.constData(), int(sql.size()), &m_native, nullptr)
                            != SQLITE_OK)
                        m_native = nullptr;
                }
            }
            if (m_native) {
                for (int i = 0; i < int(values.size()); ++i) {
                    const QVariant &v = values.at(i);
                    if (v.typeId() == QMetaType::QString) {
                        const QByteArray text = v.toString().toUtf8();
                        sqlite3_bind_text(m_native, i + 1, text.constData(), int(text.size()),
                            SQLITE_TRANSIENT);
                    } else {
                        sqlite3_bind_int64(m_native, i + 1, v.toLongLong());
                    }
                }
                m_running = true;
                return Done {};
            }
            Result<CachedQuery *> rows = m_db.cached(m_statement, values);
            if (!rows.ok())
                return rows.error();
            m_cached = rows.value();
            return Done {};
        }
        bool next()
        {
            if (m_native) {
                if (!m_running || sqlite3_step(m_native) != SQLITE_ROW) {
                    m_running = false;
                    return false;
                }
                for (int i = 0; i < m_columns; ++i) {
                    if (i == m_textColumn) {
                        const auto *text
                            = reinterpret_cast<const char *>(sqlite3_column_text(m_native, i));
                        m_text = &known(QByteArrayView(
                            text, text ? sqlite3_column_bytes(m_native, i) : 0));
                    } else {
                        m_values[size_t(i)] = sqlite3_column_int64(m_native, i);
                    }
                }
                return true;
            }
            if (!m_cached || !m_cached->next())
                return false;
            for (int i = 0; i < m_columns; ++i) {
                if (i == m_textColumn)
                    m_text = &known(m_cached->value(i).toString().toUtf8());
                else
                    m_values[size_t(i)] = m_cached->value(i).toLongLong();
            }
            return true;
        }
        qint64 value(int column) const { return m_values[size_t(column)]; }
        /// The text column; few distinct values (languages), one shared string for each.
        const QString &text() const { return *m_text; }
        void finish()
        {
            if (m_native)
                sqlite3_reset(m_native);
            m_running = false;
            if (m_cached)
                m_cached->finish();
            m_cached = nullptr;
        }

    private:
        const QString &known(QByteArrayView utf8)
        {
            for (const auto &[bytes, text] : m_known) {
                if (bytes == utf8)
                    return text;
            }
            m_known.push_back({ utf8.toByteArray(), QString::fromUtf8(utf8) });
            return m_known.back().second;
        }
        Database &m_db;
        QString m_statement;
        int m_columns = 0;
        int m_textColumn = -1;
        bool m_triedNative = false;
        bool m_running = false;
        sqlite3_stmt *m_native = nullptr;
        CachedQuery *m_cached = nullptr;
        std::array<qint64, 10> m_values {};
        std::deque<std::pair<QByteArray, QString>> m_known; ///< stable addresses
        const QString *m_text = nullptr;
    };

} // namespace

Result<Done> readBlocks(Database &db, const BlockPlan &plan, int shard, CasePipe &pipe)
{
    BlockRows cases(db, plan.caseSql, 10, 7);
    BlockRows messages(db, plan.messageSql, 3);
    for (qint64 k = shard; k < plan.blocks; k += plan.shards) {
        const Id from = plan.firstId + k * plan.blockIds;
        const Id to = from + plan.blockIds;
        std::vector<MetricsCase> batch;
        batch.reserve(size_t(plan.blockIds));
        QVariantList values = plan.values;
        values << from << to;
        if (Result<Done> started = cases.run(values); !started.ok())
            return started.error();
        while (cases.next()) {
            MetricsCase &c = batch.emplace_back();
            c.id = cases.value(0);
            c.accountId = cases.value(1);
            c.platform = allPlatforms().value(int(cases.value(2)), Platform::X);
            c.queueId = cases.value(3);
            c.assigneeId = cases.value(4);
            c.priority = Priority(std::clamp(int(cases.value(5)), 0, 3));
            c.status = CaseStatus(std::clamp(int(cases.value(6)), 0, 4));
            c.language = cases.text();
            c.openedAt = cases.value(8);
            c.resolvedAt = cases.value(9);
        }
        cases.finish();
        if (!batch.empty()) {
            // PostgreSQL's driver fetches a forward-only result row by row on the
            // connection, so the block's cases are read before its messages.
            if (Result<Done> started = messages.run({ from, to }); !started.ok())
                return started.error();
            size_t i = 0;
            while (messages.next()) {
                const Id caseId = messages.value(0);
                while (i < batch.size() && batch[i].id < caseId)
                    ++i;
                if (i == batch.size())
                    break;
                if (batch[i].id != caseId)
                    continue;
                MetricsCase &c = batch[i];
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
            messages.finish();
            for (MetricsCase &c : batch) {
                const auto e = plan.events.constFind(c.id);
                if (e != plan.events.cend())
                    c.events = e.value();
                const auto t = plan.tags.constFind(c.id);
                if (t != plan.tags.cend())
                    c.tags = t.value();
                const Survey survey = plan.surveys.value(c.id);
                c.surveysSent = survey.sent;
                c.surveyScore = survey.score;
            }
        }
        if (!pipe.push(std::move(batch)))
            return Done {};
    }
    return Done {};
}

Result<Done> prepareForReading(Database &db)
{
    if (db.isPostgres())
        return Done {};
    for (const QString &pragma :
        { u"PRAGMA mmap_size = 8589934592"_s, u"PRAGMA cache_size = -65536"_s }) {
        Result<QSqlQuery> set = db.exec(pragma);
        if (!set.ok())
            return set.error();
        set.value().finish();
    }
    return Done {};
}

} // namespace CareDesk::MetricsReading
