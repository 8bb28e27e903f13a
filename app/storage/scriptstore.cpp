// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/scriptstore.h"

#include "app/core/scripts.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    const QString linksSetting = u"script_links"_s;

    QVariant nullable(Id id)
    {
        return id == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(id);
    }

    QString likePattern(const QString &word)
    {
        QString escaped = word;
        escaped.replace(u"\\"_s, u"\\\\"_s);
        escaped.replace(u"%"_s, u"\\%"_s);
        escaped.replace(u"_"_s, u"\\_"_s);
        return u'%' + escaped + u'%';
    }

    /// The WHERE clause of the scripts a query selects, with its values.
    QString whereOf(const ScriptQuery &query, QVariantList &values)
    {
        QString where = u"(s.owner_agent_id IS NULL OR s.owner_agent_id = ?)"_s;
        values.append(query.agentId);
        if (!query.category.isEmpty()) {
            where += u" AND s.category = ?"_s;
            values.append(query.category);
        }
        const QStringList words = Scripts::fold(query.text).split(u' ', Qt::SkipEmptyParts);
        for (const QString &word : words) {
            where += u" AND s.search_text LIKE ? ESCAPE '\\'"_s;
            values.append(likePattern(word));
        }
        return where;
    }

    Result<Done> writeVariants(Database &db, Id scriptId, const QList<ScriptVariant> &variants)
    {
        if (Result<QSqlQuery> q
            = db.exec(u"DELETE FROM script_variant WHERE script_id = ?"_s, { scriptId });
            !q.ok())
            return q.error();
        for (int i = 0; i < variants.size(); ++i) {
            const ScriptVariant &v = variants.at(i);
            Result<QSqlQuery> q = db.exec(
                u"INSERT INTO script_variant (script_id, ordinal, platform, language, title, body) "
                "VALUES (?, ?, ?, ?, ?, ?)"_s,
                { scriptId, i, v.platform, v.language, v.title, v.body });
            if (!q.ok())
                return q.error();
        }
        return Done {};
    }

    Result<Script> saveIn(Database &db, Script script, Millis now)
    {
        script = Scripts::normalized(script);
        if (const QString problem = Scripts::validate(script); !problem.isEmpty())
            return Error { ErrorCode::Invalid, problem };
        script.updatedAt = now;
        const QString searchText = Scripts::searchText(script);
        if (script.id == 0) {
            Result<Id> id = db.insertReturningId(
                u"INSERT INTO script (script_key, title, shortcut, category, language, body, "
                u"owner_agent_id, "
                "usage_count, updated_at, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?) RETURNING id"_s,
                { script.key, script.title, script.shortcut, script.category, script.language,
                    script.body, nullable(script.ownerAgentId), now, searchText });
            if (!id.ok()) {
                if (id.error().code == ErrorCode::Conflict)
                    return Error {
                        ErrorCode::Conflict,
                        Database::tr("A script with the key “%1” exists already.").arg(script.key)
                    };
                return id.error();
            }
            script.id = id.value();
        } else {
            Result<QSqlQuery> q = db.exec(
                u"UPDATE script SET script_key = ?, title = ?, shortcut = ?, category = ?, "
                u"language = ?, body = ?, "
                "owner_agent_id = ?, updated_at = ?, search_text = ? WHERE id = ? RETURNING id"_s,
                { script.key, script.title, script.shortcut, script.category, script.language,
                    script.body, nullable(script.ownerAgentId), now, searchText, script.id });
            if (!q.ok())
                return q.error();
            if (!q.value().next())
                return Error { ErrorCode::NotFound,
                    Database::tr("There is no script %1.").arg(script.id) };
            q.value().finish();
        }
        if (Result<Done> written = writeVariants(db, script.id, script.variants); !written.ok())
            return written.error();
        return script;
    }

    Result<Done> mergeLinks(Database &db, const QHash<QString, QString> &links)
    {
        if (links.isEmpty())
            return Done {};
        Result<QHash<QString, QString>> existing = ScriptStore::links(db);
        if (!existing.ok())
            return existing.error();
        QJsonObject object;
        QHash<QString, QString> merged = existing.value();
        merged.insert(links);
        for (auto it = merged.cbegin(); it != merged.cend(); ++it)
            object.insert(it.key(), it.value());
        Result<QSqlQuery> q = db.exec(
            u"INSERT INTO setting (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value"_s,
            { linksSetting,
                QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) });
        if (!q.ok())
            return q.error();
        return Done {};
    }

} // namespace

namespace ScriptStore {

    Result<QList<Script>> list(Database &db, const ScriptQuery &query)
    {
        QVariantList values;
        const QString where = whereOf(query, values);
        QString statement = u"SELECT s.id, s.script_key, s.title, s.shortcut, s.category, "
                            u"s.owner_agent_id, s.updated_at, "
                            "COALESCE((SELECT SUM(u.uses) FROM script_usage u WHERE u.script_id = "
                            "s.id), 0) AS used "
                            "FROM script s WHERE "_s
            + where + u" ORDER BY used DESC, s.title, s.id"_s;
        if (query.limit > 0)
            statement += u" LIMIT %1"_s.arg(query.limit);
        Result<QSqlQuery> q = db.exec(statement, values);
        if (!q.ok())
            return q.error();
        QList<Script> scripts;
        QHash<Id, qsizetype> index;
        while (q.value().next()) {
            const QSqlQuery &r = q.value();
            Script s;
            s.id = r.value(0).toLongLong();
            s.key = r.value(1).toString();
            s.title = r.value(2).toString();
            s.shortcut = r.value(3).toString();
            s.category = r.value(4).toString();
            s.ownerAgentId = r.value(5).toLongLong();
            s.updatedAt = r.value(6).toLongLong();
            s.usageCount = r.value(7).toInt();
            index.insert(s.id, scripts.size());
            scripts.append(s);
        }
        if (scripts.isEmpty())
            return scripts;
        // The variants of the same selection in one pass (a few thousand rows at most).
        QVariantList variantValues;
        const QString variantWhere = whereOf(query, variantValues);
        Result<QSqlQuery> v = db.exec(
            u"SELECT v.script_id, v.platform, v.language, v.title, v.body FROM script_variant v "
            "JOIN script s ON s.id = v.script_id WHERE "_s
                + variantWhere + u" ORDER BY v.script_id, v.ordinal"_s,
            variantValues);
        if (!v.ok())
            return v.error();
        while (v.value().next()) {
            const QSqlQuery &r = v.value();
            const auto it = index.constFind(r.value(0).toLongLong());
            if (it == index.cend())
                continue; // beyond the limit
            scripts[*it].variants.append({ r.value(1).toString(), r.value(2).toString(),
                r.value(3).toString(), r.value(4).toString() });
        }
        for (Script &script : scripts)
            script = Scripts::normalized(script);
        return scripts;
    }

    Result<QStringList> categories(Database &db, Id agentId)
    {
        Result<QSqlQuery> q
            = db.exec(u"SELECT DISTINCT category FROM script WHERE category <> '' AND "
                      "(owner_agent_id IS NULL OR owner_agent_id = ?) ORDER BY category"_s,
                { agentId });
        if (!q.ok())
            return q.error();
        QStringList result;
        while (q.value().next())
            result.append(q.value().value(0).toString());
        return result;
    }

    Result<Script> save(Database &db, const Script &script, Millis now)
    {
        Result<Script> saved;
        Result<Done> done = db.transaction([&]() -> Result<Done> {
            saved = saveIn(db, script, now);
            if (!saved.ok())
                return saved.error();
            return Done {};
        });
        if (!done.ok())
            return done.error();
        return saved;
    }

    Result<Done> remove(Database &db, Id scriptId)
    {
        return db.transaction([&]() -> Result<Done> {
            // Explicit deletes: SQLite cascades only with foreign keys on, and says nothing
            // otherwise.
            for (const QString &statement : { u"DELETE FROM script_usage WHERE script_id = ?"_s,
                     u"DELETE FROM script_variant WHERE script_id = ?"_s }) {
                if (Result<QSqlQuery> q = db.exec(statement, { scriptId }); !q.ok())
                    return q.error();
            }
            Result<QSqlQuery> q
                = db.exec(u"DELETE FROM script WHERE id = ? RETURNING id"_s, { scriptId });
            if (!q.ok())
                return q.error();
            if (!q.value().next())
                return Error { ErrorCode::NotFound,
                    Database::tr("There is no script %1.").arg(scriptId) };
            q.value().finish();
            return Done {};
        });
    }

    Result<ScriptImportResult> import(Database &db, const QList<Script> &scripts,
        const QHash<QString, QString> &links, Millis now)
    {
        ScriptImportResult result;
        Result<Done> done = db.transaction([&]() -> Result<Done> {
            for (int i = 0; i < scripts.size(); ++i) {
                Script script = scripts.at(i);
                script.id = 0;
                if (!script.key.trimmed().isEmpty()) {
                    Result<QSqlQuery> existing = db.exec(
                        u"SELECT id FROM script WHERE script_key = ? AND COALESCE(owner_agent_id, 0) = ?"_s,
                        { script.key.trimmed(), script.ownerAgentId });
                    if (!existing.ok())
                        return existing.error();
                    if (existing.value().next())
                        script.id = existing.value().value(0).toLongLong();
                    existing.value().finish();
                }
                const bool replacing = script.id != 0;
                Result<Script> saved = saveIn(db, script, now);
                if (!saved.ok()) {
                    return Error { saved.error().code,
                        Database::tr("Script %1 (“%2”): %3")
                            .arg(i + 1)
                            .arg(script.title, saved.error().message) };
                }
                ++(replacing ? result.updated : result.added);
            }
            if (Result<Done> merged = mergeLinks(db, links); !merged.ok())
                return merged.error();
            result.links = static_cast<int>(links.size());
            return Done {};
        });
        if (!done.ok())
            return done.error();
        return result;
    }

    Result<Done> recordUse(Database &db, Id scriptId, Id agentId, Millis now)
    {
        Result<QSqlQuery> q = db.exec(
            u"INSERT INTO script_usage (script_id, agent_id, uses, last_used_at) VALUES (?, ?, 1, "
            u"?) "
            "ON CONFLICT (script_id, agent_id) DO UPDATE SET uses = script_usage.uses + 1, "
            "last_used_at = excluded.last_used_at"_s,
            { scriptId, agentId, now });
        if (!q.ok())
            return q.error();
        return Done {};
    }

    Result<QHash<QString, QString>> links(Database &db)
    {
        Result<QSqlQuery> q
            = db.exec(u"SELECT value FROM setting WHERE name = ?"_s, { linksSetting });
        if (!q.ok())
            return q.error();
        QHash<QString, QString> result;
        if (q.value().next()) {
            const QJsonObject object
                = QJsonDocument::fromJson(q.value().value(0).toString().toUtf8()).object();
            for (auto it = object.begin(); it != object.end(); ++it)
                result.insert(it.key(), it.value().toString());
        }
        return result;
    }

    Result<bool> isEmpty(Database &db)
    {
        Result<QSqlQuery> q = db.exec(u"SELECT COUNT(*) FROM script"_s);
        if (!q.ok())
            return q.error();
        q.value().next();
        return q.value().value(0).toLongLong() == 0;
    }

} // namespace ScriptStore

SqlScriptRepository::SqlScriptRepository(DatabaseWorker &worker, const Clock &clock)
    : m_worker(worker)
    , m_clock(clock)
{
}

QFuture<Result<QList<Script>>> SqlScriptRepository::list(const ScriptQuery &query)
{
    return m_worker.run<QList<Script>>(
        [query](Database &db) { return ScriptStore::list(db, query); });
}

QFuture<Result<QStringList>> SqlScriptRepository::categories(Id agentId)
{
    return m_worker.run<QStringList>(
        [agentId](Database &db) { return ScriptStore::categories(db, agentId); });
}

QFuture<Result<Script>> SqlScriptRepository::save(const Script &script)
{
    const Millis now = m_clock.now();
    return m_worker.run<Script>(
        [script, now](Database &db) { return ScriptStore::save(db, script, now); });
}

QFuture<Result<Done>> SqlScriptRepository::remove(Id scriptId)
{
    return m_worker.run<Done>(
        [scriptId](Database &db) { return ScriptStore::remove(db, scriptId); });
}

QFuture<Result<ScriptImportResult>> SqlScriptRepository::import(
    const QList<Script> &scripts, const QHash<QString, QString> &links)
{
    const Millis now = m_clock.now();
    return m_worker.run<ScriptImportResult>([scripts, links, now](Database &db) {
        return ScriptStore::import(db, scripts, links, now);
    });
}

QFuture<Result<Done>> SqlScriptRepository::recordUse(Id scriptId, Id agentId)
{
    const Millis now = m_clock.now();
    return m_worker.run<Done>([scriptId, agentId, now](Database &db) {
        return ScriptStore::recordUse(db, scriptId, agentId, now);
    });
}

QFuture<Result<QHash<QString, QString>>> SqlScriptRepository::links()
{
    return m_worker.run<QHash<QString, QString>>(&ScriptStore::links);
}

} // namespace CareDesk
