// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/draftstore.h"

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace DraftStore {

Result<Done> save(Database &db, const Draft &draft)
{
    if (draft.text.isEmpty()) {
        Result<QSqlQuery> removed =
            db.exec(u"DELETE FROM draft WHERE case_id = ? AND agent_id = ?"_s, { draft.caseId, draft.agentId });
        if (!removed.ok())
            return removed.error();
        return Done {};
    }
    Result<QSqlQuery> saved = db.exec(
        u"INSERT INTO draft (case_id, agent_id, visibility, text, updated_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (case_id, agent_id) DO UPDATE SET visibility = excluded.visibility, text = excluded.text, "
        "updated_at = excluded.updated_at"_s,
        { draft.caseId, draft.agentId, toString(draft.visibility), draft.text, draft.updatedAt });
    if (!saved.ok())
        return saved.error();
    return Done {};
}

Result<Draft> load(Database &db, Id caseId, Id agentId)
{
    Draft draft;
    draft.caseId = caseId;
    draft.agentId = agentId;
    Result<QSqlQuery> q = db.exec(
        u"SELECT visibility, text, updated_at FROM draft WHERE case_id = ? AND agent_id = ?"_s, { caseId, agentId });
    if (!q.ok())
        return q.error();
    if (q.value().next()) {
        draft.visibility = visibilityFromString(q.value().value(0).toString()).value_or(Visibility::Public);
        draft.text = q.value().value(1).toString();
        draft.updatedAt = q.value().value(2).toLongLong();
    }
    return draft;
}

} // namespace DraftStore

SqlDraftRepository::SqlDraftRepository(DatabaseWorker &worker, const Clock &clock)
    : m_worker(worker)
    , m_clock(clock)
{
}

QFuture<Result<Done>> SqlDraftRepository::save(const Draft &draft)
{
    Draft stamped = draft;
    stamped.updatedAt = m_clock.now();
    return m_worker.run<Done>([stamped](Database &db) { return DraftStore::save(db, stamped); });
}

QFuture<Result<Draft>> SqlDraftRepository::load(Id caseId, Id agentId)
{
    return m_worker.run<Draft>([caseId, agentId](Database &db) { return DraftStore::load(db, caseId, agentId); });
}

} // namespace CareDesk
