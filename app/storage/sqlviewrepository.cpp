// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/sqlviewrepository.h"

#include "app/storage/casestore.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace ViewStore {

    Result<InboxFacets> facets(Database &db)
    {
        InboxFacets facets;
        Result<QSqlQuery> accounts
            = db.exec(u"SELECT id, platform, handle FROM account ORDER BY platform, handle, id"_s);
        if (!accounts.ok())
            return accounts.error();
        while (accounts.value().next()) {
            Account account;
            account.id = accounts.value().value(0).toLongLong();
            account.platform
                = platformFromString(accounts.value().value(1).toString()).value_or(Platform::X);
            account.handle = accounts.value().value(2).toString();
            facets.accounts.append(account);
            if (!facets.platforms.contains(account.platform))
                facets.platforms.append(account.platform);
        }
        std::sort(facets.platforms.begin(), facets.platforms.end());
        // A skip scan over cases_language_recent: one index probe per language, not a scan of the
        // cases (SELECT DISTINCT reads every row on SQLite).
        Result<QSqlQuery> languages = db.exec(u"WITH RECURSIVE l(v) AS (SELECT MIN(language) FROM "
                                              u"cases WHERE language > '' UNION ALL "
                                              "SELECT (SELECT MIN(c.language) FROM cases c WHERE "
                                              "c.language > l.v) FROM l WHERE l.v IS NOT NULL) "
                                              "SELECT v FROM l WHERE v IS NOT NULL"_s);
        if (!languages.ok())
            return languages.error();
        while (languages.value().next())
            facets.languages.append(languages.value().value(0).toString());
        return facets;
    }

    Result<QList<SavedView>> savedViews(Database &db, Id agentId)
    {
        Result<QSqlQuery> q = db.exec(
            u"SELECT id, agent_id, name, definition, sort_order, updated_at FROM saved_view "
            "WHERE agent_id = ? ORDER BY sort_order, name, id"_s,
            { agentId });
        if (!q.ok())
            return q.error();
        QList<SavedView> views;
        while (q.value().next()) {
            const QSqlQuery &r = q.value();
            views.append(
                SavedView { r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toString(),
                    QJsonDocument::fromJson(r.value(3).toString().toUtf8()).object(),
                    r.value(4).toInt(), r.value(5).toLongLong() });
        }
        return views;
    }

    Result<SavedView> saveView(Database &db, SavedView view, Millis now)
    {
        view.name = view.name.simplified();
        if (view.name.isEmpty())
            return Error { ErrorCode::Invalid, Database::tr("A view needs a name.") };
        view.updatedAt = now;
        const QString definition
            = QString::fromUtf8(QJsonDocument(view.definition).toJson(QJsonDocument::Compact));
        Result<Done> done = db.transaction([&]() -> Result<Done> {
            Result<QSqlQuery> clash = db.exec(
                u"SELECT id FROM saved_view WHERE agent_id = ? AND name = ? AND id <> ?"_s,
                { view.agentId, view.name, view.id });
            if (!clash.ok())
                return clash.error();
            if (clash.value().next())
                return Error { ErrorCode::Conflict,
                    Database::tr("You already have a view named %1.").arg(view.name) };
            clash.value().finish();
            if (view.id == 0) {
                Result<QSqlQuery> last = db.exec(
                    u"SELECT COALESCE(MAX(sort_order), 0) + 1 FROM saved_view WHERE agent_id = ?"_s,
                    { view.agentId });
                if (!last.ok())
                    return last.error();
                view.position = last.value().next() ? last.value().value(0).toInt() : 1;
                last.value().finish();
                Result<Id> id = db.insertReturningId(
                    u"INSERT INTO saved_view (agent_id, name, definition, sort_order, updated_at) "
                    "VALUES (?, ?, ?, ?, ?) RETURNING id"_s,
                    { view.agentId, view.name, definition, view.position, now });
                if (!id.ok())
                    return id.error();
                view.id = id.value();
                return Done {};
            }
            Result<QSqlQuery> updated
                = db.exec(u"UPDATE saved_view SET name = ?, definition = ?, updated_at = ? "
                          "WHERE id = ? AND agent_id = ? RETURNING sort_order"_s,
                    { view.name, definition, now, view.id, view.agentId });
            if (!updated.ok())
                return updated.error();
            if (!updated.value().next())
                return Error { ErrorCode::NotFound,
                    Database::tr("There is no view %1.").arg(view.id) };
            view.position = updated.value().value(0).toInt();
            updated.value().finish();
            return Done {};
        });
        if (!done.ok())
            return done.error();
        return view;
    }

    Result<Done> removeView(Database &db, Id viewId, Id agentId)
    {
        Result<QSqlQuery> removed
            = db.exec(u"DELETE FROM saved_view WHERE id = ? AND agent_id = ? RETURNING id"_s,
                { viewId, agentId });
        if (!removed.ok())
            return removed.error();
        if (!removed.value().next())
            return Error { ErrorCode::NotFound, Database::tr("There is no view %1.").arg(viewId) };
        removed.value().finish();
        return Done {};
    }

} // namespace ViewStore

SqlViewRepository::SqlViewRepository(DatabaseWorker &worker, const Clock &clock)
    : m_worker(worker)
    , m_clock(clock)
{
}

QFuture<Result<QList<qint64>>> SqlViewRepository::counts(const QList<InboxQuery> &queries)
{
    const Millis now = m_clock.now();
    return m_worker.run<QList<qint64>>(
        [queries, now](Database &db) { return CaseStore::counts(db, queries, now); });
}

QFuture<Result<InboxFacets>> SqlViewRepository::facets()
{
    return m_worker.run<InboxFacets>(&ViewStore::facets);
}

QFuture<Result<QList<SavedView>>> SqlViewRepository::savedViews(Id agentId)
{
    return m_worker.run<QList<SavedView>>(
        [agentId](Database &db) { return ViewStore::savedViews(db, agentId); });
}

QFuture<Result<SavedView>> SqlViewRepository::saveView(const SavedView &view)
{
    const Millis now = m_clock.now();
    return m_worker.run<SavedView>(
        [view, now](Database &db) { return ViewStore::saveView(db, view, now); });
}

QFuture<Result<Done>> SqlViewRepository::removeView(Id viewId, Id agentId)
{
    return m_worker.run<Done>(
        [viewId, agentId](Database &db) { return ViewStore::removeView(db, viewId, agentId); });
}

} // namespace CareDesk
