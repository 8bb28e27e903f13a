// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/teamstore.h"

#include "app/storage/outboxstore.h"
#include "app/storage/teamstoredetail.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    /// The first key of the poll leases' advisory locks (migrate() uses 7400518).
    constexpr int pollLockClass = 7400519;

    QVariant nullableId(Id id)
    {
        return id == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(id);
    }

    QString idText(Id id)
    {
        return id == 0 ? QString() : QString::number(id);
    }

    using TeamStoreDetail::jsonList;
    using TeamStoreDetail::openCasesOf;
    using TeamStoreDetail::refusedAs;

    /// Whether the agent acting may assign cases to others and manage queues.
    Result<bool> isSupervisor(Database &db, Id byAgentId)
    {
        if (db.isPostgres()) {
            Result<QSqlQuery> q
                = db.exec(u"SELECT pg_has_role(current_user, 'caredesk_supervisor', 'MEMBER') OR "
                          "pg_has_role(current_user, 'caredesk_admin', 'MEMBER')"_s);
            if (!q.ok())
                return q.error();
            return q.value().next() && q.value().value(0).toBool();
        }
        if (byAgentId == 0)
            return true; // the workspace itself (routing, imports): a single-user file has no roles
        Result<QSqlQuery> q = db.exec(u"SELECT role FROM agent WHERE id = ?"_s, { byAgentId });
        if (!q.ok())
            return q.error();
        if (!q.value().next())
            return false;
        const QString role = q.value().value(0).toString();
        return role == "supervisor"_L1 || role == "admin"_L1;
    }

    Result<QString> agentName(Database &db, Id agentId)
    {
        if (agentId == 0)
            return QString();
        Result<CachedQuery *> q = db.cached(u"SELECT name FROM agent WHERE id = ?"_s, { agentId });
        if (!q.ok())
            return q.error();
        const QString name = q.value()->next() ? q.value()->value(0).toString() : QString();
        q.value()->finish();
        return name;
    }

    Result<Done> recordAssignment(Database &db, EventType type, Id caseId, Id customerId, Id from,
        Id to, Id byAgentId, const QString &reason, Millis now)
    {
        Event event;
        event.type = type;
        event.at = now;
        event.agentId = byAgentId;
        event.caseId = caseId;
        event.customerId = customerId;
        event.data = QJsonObject { { u"from"_s, idText(from) }, { u"to"_s, idText(to) },
            { u"reason"_s, reason } };
        if (Result<Id> e = db.appendEvent(event); !e.ok())
            return e.error();
        if (Result<qint64> seq = db.recordChange({ caseId }, now); !seq.ok())
            return seq.error();
        return Done {};
    }

    /// Sets the assignee of a case the caller has locked (or that is unassigned, for a claim) and
    /// writes the event in the same transaction.
    Result<Assignment> setAssignee(Database &db, Id caseId, Id customerId, Id from, Id to,
        Id byAgentId, EventType type, const QString &reason, Millis now)
    {
        Result<QSqlQuery> updated = db.exec(
            u"UPDATE cases SET assignee_id = ?, version = version + 1 WHERE id = ? RETURNING version"_s,
            { nullableId(to), caseId });
        if (!updated.ok())
            return updated.error();
        if (!updated.value().next())
            return Error { ErrorCode::NotFound, Database::tr("There is no case %1.").arg(caseId) };
        Assignment result;
        result.caseId = caseId;
        result.assigneeId = to;
        result.previousAssigneeId = from;
        result.version = updated.value().value(0).toLongLong();
        result.changed = true;
        updated.value().finish();
        Result<QString> name = agentName(db, to);
        if (!name.ok())
            return name.error();
        result.assigneeName = name.value();
        if (Result<Done> logged
            = recordAssignment(db, type, caseId, customerId, from, to, byAgentId, reason, now);
            !logged.ok())
            return logged.error();
        return result;
    }

    /// Tells the database that this transaction moves cases between agents or queues (the
    /// trigger of schema 3 keeps both columns as they are for every other write).
    Result<Done> declareAssigning(Database &db)
    {
        if (!db.isPostgres())
            return Done {};
        Result<CachedQuery *> set
            = db.cached(u"SELECT set_config('caredesk.assigning', 'on', true)"_s);
        if (!set.ok())
            return set.error();
        set.value()->finish();
        return Done {};
    }

    int lockKey(Id accountId)
    {
        // The advisory lock's second key is an int4; account ids stay far below 2^31.
        return static_cast<int>(accountId & 0x7fffffff);
    }

} // namespace

namespace TeamStore {

    Result<Assignment> claim(Database &db, Id caseId, Id agentId, Millis now)
    {
        if (agentId == 0)
            return Error { ErrorCode::Invalid, Database::tr("Only an agent can claim a case.") };
        Assignment result;
        Result<Done> done = db.transaction([&]() -> Result<Done> {
            if (Result<Done> declared = declareAssigning(db); !declared.ok())
                return declared;
            // Someone may give the case back between our two statements: look again then.
            for (int attempt = 0; attempt < 3; ++attempt) {
                // The claim itself: one statement. PostgreSQL re-checks the condition on the row a
                // concurrent winner committed, so exactly one claimant sees it null.
                Result<CachedQuery *> won
                    = db.cached(u"UPDATE cases SET assignee_id = ?, version = version + 1 WHERE id "
                                "= ? AND assignee_id IS NULL RETURNING version, customer_id"_s,
                        { agentId, caseId });
                if (!won.ok())
                    return won.error();
                if (won.value()->next()) {
                    result.caseId = caseId;
                    result.assigneeId = agentId;
                    result.version = won.value()->value(0).toLongLong();
                    result.changed = true;
                    const Id customerId = won.value()->value(1).toLongLong();
                    won.value()->finish();
                    Result<QString> name = agentName(db, agentId);
                    if (!name.ok())
                        return name.error();
                    result.assigneeName = name.value();
                    return recordAssignment(db, EventType::Claimed, caseId, customerId, 0, agentId,
                        agentId, u"claim"_s, now);
                }
                won.value()->finish();
                Result<CachedQuery *> holder = db.cached(
                    u"SELECT c.assignee_id, COALESCE(a.name, ''), COALESCE(a.display_name, ''), "
                    "c.version FROM cases c LEFT JOIN agent a ON a.id = c.assignee_id WHERE "
                    "c.id = ?"_s,
                    { caseId });
                if (!holder.ok())
                    return holder.error();
                CachedQuery &row = *holder.value();
                if (!row.next())
                    return Error { ErrorCode::NotFound,
                        Database::tr("There is no case %1.").arg(caseId) };
                const Id assignee = row.value(0).toLongLong();
                result.caseId = caseId;
                result.assigneeId = assignee;
                result.assigneeName = row.value(1).toString();
                result.version = row.value(3).toLongLong();
                const QString display = row.value(2).toString();
                row.finish();
                if (assignee == 0)
                    continue;
                if (assignee == agentId)
                    return Done {};
                const QString winner = display.isEmpty() || display == result.assigneeName
                    ? result.assigneeName
                    : u"%1 (%2)"_s.arg(result.assigneeName, display);
                return Error { ErrorCode::Conflict,
                    Database::tr("Case %1 is already claimed by %2.").arg(caseId).arg(winner) };
            }
            return Error { ErrorCode::Conflict,
                Database::tr("Case %1 keeps changing hands; try again.").arg(caseId) };
        });
        if (!done.ok())
            return done.error();
        return result;
    }

    Result<Assignment> assign(
        Database &db, Id caseId, const QString &agentName, Id byAgentId, Millis now)
    {
        Result<std::optional<Agent>> target = AgentStore::agentByName(db, agentName);
        if (!target.ok())
            return target.error();
        if (!target.value())
            return Error { ErrorCode::NotFound,
                Database::tr("There is no agent %1.").arg(agentName) };
        const Agent &to = *target.value();
        if (!to.active)
            return Error { ErrorCode::Invalid,
                Database::tr("The agent %1 is deactivated.").arg(agentName) };
        Result<bool> supervisor = isSupervisor(db, byAgentId);
        if (!supervisor.ok())
            return supervisor.error();
        if (!supervisor.value()) {
            // An agent naming themselves takes the case as anyone would: by claiming it.
            if (to.id == byAgentId)
                return claim(db, caseId, byAgentId, now);
            return Error { ErrorCode::Invalid,
                Database::tr("Only supervisors and administrators assign cases to others.") };
        }
        Assignment result;
        Result<Done> done = db.transaction([&]() -> Result<Done> {
            if (Result<Done> declared = declareAssigning(db); !declared.ok())
                return declared;
            Result<QSqlQuery> current
                = db.exec(u"SELECT assignee_id, customer_id, version FROM cases WHERE id = ?"_s
                        + (db.isPostgres() ? u" FOR UPDATE"_s : QString()),
                    { caseId });
            if (!current.ok())
                return current.error();
            if (!current.value().next())
                return Error { ErrorCode::NotFound,
                    Database::tr("There is no case %1.").arg(caseId) };
            const Id from = current.value().value(0).toLongLong();
            const Id customerId = current.value().value(1).toLongLong();
            const qint64 version = current.value().value(2).toLongLong();
            current.value().finish();
            if (from == to.id) {
                result = Assignment { caseId, to.id, to.name, from, version, false };
                return Done {};
            }
            Result<Assignment> set = setAssignee(db, caseId, customerId, from, to.id, byAgentId,
                EventType::Assigned, u"manual"_s, now);
            if (!set.ok())
                return set.error();
            result = set.value();
            return Done {};
        });
        if (!done.ok())
            return refusedAs(done.error(),
                Database::tr("Only supervisors and administrators assign cases to others."));
        return result;
    }

    Result<Assignment> autoAssign(Database &db, Id caseId, Id byAgentId, Millis now)
    {
        Assignment result;
        result.caseId = caseId;
        Result<Done> done = db.transaction([&]() -> Result<Done> {
            if (Result<Done> declared = declareAssigning(db); !declared.ok())
                return declared;
            Result<QSqlQuery> c
                = db.exec(u"SELECT c.assignee_id, c.customer_id, c.status, "
                          "c.language, c.queue_id, c.version FROM cases c WHERE c.id = ?"_s
                        + (db.isPostgres() ? u" FOR UPDATE"_s : QString()),
                    { caseId });
            if (!c.ok())
                return c.error();
            if (!c.value().next())
                return Error { ErrorCode::NotFound,
                    Database::tr("There is no case %1.").arg(caseId) };
            result.assigneeId = result.previousAssigneeId = c.value().value(0).toLongLong();
            const Id customerId = c.value().value(1).toLongLong();
            const bool resolved = c.value().value(2).toString() == "resolved"_L1;
            const QString language = c.value().value(3).toString().section(u'-', 0, 0).toLower();
            const Id queueId = c.value().value(4).toLongLong();
            result.version = c.value().value(5).toLongLong();
            c.value().finish();
            if (result.assigneeId != 0 || resolved || queueId == 0)
                return Done {};
            // The queue row is the turn: desktops assigning from one queue at once take turns on
            // it.
            Result<QSqlQuery> q
                = db.exec(u"SELECT assignment_mode, skills, COALESCE(last_assigned_agent_id, 0), "
                          "COALESCE(team_id, 0) FROM queue WHERE id = ?"_s
                        + (db.isPostgres() ? u" FOR UPDATE"_s : QString()),
                    { queueId });
            if (!q.ok())
                return q.error();
            if (!q.value().next())
                return Done {};
            const AssignmentMode mode = assignmentModeFromString(q.value().value(0).toString())
                                            .value_or(AssignmentMode::Manual);
            const QStringList needed = jsonList(q.value().value(1).toString());
            const Id last = q.value().value(2).toLongLong();
            const Id teamId = q.value().value(3).toLongLong();
            q.value().finish();
            if (mode == AssignmentMode::Manual || teamId == 0)
                return Done {};

            // Signed-in agents of the queue's team who are not away and have room.
            Result<QSqlQuery> candidates = db.exec(
                u"SELECT a.id, a.skills, a.languages, a.capacity, "_s + openCasesOf(db)
                    + u" FROM agent a JOIN team_member tm ON tm.agent_id = a.id JOIN presence p "
                      "ON p.agent_id = a.id WHERE tm.team_id = ? AND a.active = 1 AND "
                      "p.heartbeat_at >= ? AND p.activity <> 'away' ORDER BY a.id"_s,
                { teamId, now - presenceStaleAfterMs });
            if (!candidates.ok())
                return candidates.error();
            struct Candidate {
                Id id;
                qint64 open;
            };
            QList<Candidate> eligible;
            while (candidates.value().next()) {
                const QSqlQuery &r = candidates.value();
                const qint64 open = r.value(4).toLongLong();
                if (open >= r.value(3).toInt())
                    continue;
                if (mode == AssignmentMode::Skills) {
                    const QStringList skills = jsonList(r.value(1).toString());
                    const bool hasSkills
                        = std::all_of(needed.cbegin(), needed.cend(), [&skills](const QString &s) {
                              return skills.contains(s, Qt::CaseInsensitive);
                          });
                    bool speaks = language.isEmpty();
                    const QStringList languages = jsonList(r.value(2).toString());
                    for (const QString &l : languages)
                        speaks = speaks
                            || l.section(u'-', 0, 0).compare(language, Qt::CaseInsensitive) == 0;
                    if (!hasSkills || !speaks)
                        continue;
                }
                eligible.append(Candidate { r.value(0).toLongLong(), open });
            }
            candidates.value().finish();
            if (eligible.isEmpty())
                return Done {};
            // Whose turn: the first agent after the last one given a case, round the circle. The
            // skills mode first keeps only the least loaded, so work evens out.
            if (mode == AssignmentMode::Skills) {
                qint64 least = eligible.first().open;
                for (const Candidate &e : std::as_const(eligible))
                    least = std::min(least, e.open);
                eligible.removeIf([least](const Candidate &e) { return e.open != least; });
            }
            Id chosen = eligible.first().id;
            for (const Candidate &e : std::as_const(eligible)) {
                if (e.id > last) {
                    chosen = e.id;
                    break;
                }
            }
            Result<QSqlQuery> turn = db.exec(
                u"UPDATE queue SET last_assigned_agent_id = ? WHERE id = ?"_s, { chosen, queueId });
            if (!turn.ok())
                return turn.error();
            Result<Assignment> set = setAssignee(db, caseId, customerId, 0, chosen, byAgentId,
                EventType::Assigned, toString(mode), now);
            if (!set.ok())
                return set.error();
            result = set.value();
            return Done {};
        });
        if (!done.ok())
            return done.error();
        return result;
    }

    Result<Assignment> moveToQueue(Database &db, Id caseId, Id queueId, Id byAgentId, Millis now)
    {
        Result<Assignment> result;
        Result<Done> done = db.transaction([&]() -> Result<Done> {
            if (Result<Done> declared = declareAssigning(db); !declared.ok())
                return declared;
            Result<QSqlQuery> moved = db.exec(
                u"UPDATE cases SET queue_id = ?, version = version + 1 WHERE id = ? RETURNING id"_s,
                { nullableId(queueId), caseId });
            if (!moved.ok())
                return moved.error();
            if (!moved.value().next())
                return Error { ErrorCode::NotFound,
                    Database::tr("There is no case %1.").arg(caseId) };
            moved.value().finish();
            if (Result<qint64> seq = db.recordChange({ caseId }, now); !seq.ok())
                return seq.error();
            result = autoAssign(db, caseId, byAgentId, now);
            return result.ok() ? Result<Done>(Done {}) : Result<Done>(result.error());
        });
        if (!done.ok())
            return done.error();
        return result;
    }

    Result<int> signOut(Database &db, Id agentId, Millis now)
    {
        int count = 0;
        Result<Done> done = db.transaction([&]() -> Result<Done> {
            if (Result<Done> declared = declareAssigning(db); !declared.ok())
                return declared;
            Result<QSqlQuery> freed
                = db.exec(u"UPDATE cases SET assignee_id = NULL, version = version + 1 WHERE "
                          "assignee_id = ? AND status <> 'resolved' RETURNING id, customer_id"_s,
                    { agentId });
            if (!freed.ok())
                return freed.error();
            QList<std::pair<Id, Id>> cases;
            while (freed.value().next())
                cases.append(
                    { freed.value().value(0).toLongLong(), freed.value().value(1).toLongLong() });
            freed.value().finish();
            count = int(cases.size());
            Result<QSqlQuery> gone
                = db.exec(u"DELETE FROM presence WHERE agent_id = ?"_s, { agentId });
            if (!gone.ok())
                return gone.error();
            for (const auto &[caseId, customerId] : std::as_const(cases)) {
                if (Result<Done> logged = recordAssignment(db, EventType::Assigned, caseId,
                        customerId, agentId, 0, agentId, u"sign_out"_s, now);
                    !logged.ok())
                    return logged;
                // Back in their queues, the cases go to whoever's turn it is (where the queue
                // assigns).
                if (Result<Assignment> next = autoAssign(db, caseId, agentId, now); !next.ok())
                    return next.error();
            }
            if (db.isPostgres()) {
                Result<QSqlQuery> notified = db.exec(
                    u"SELECT pg_notify('caredesk_presence', ?)"_s, { u"%1 0 "_s.arg(agentId) });
                if (!notified.ok())
                    return notified.error();
            }
            return Done {};
        });
        if (!done.ok())
            return done.error();
        return count;
    }

    Result<int> routeNewCases(Database &db, const QList<Id> &caseIds, Millis now)
    {
        if (caseIds.isEmpty())
            return 0;
        QStringList keys;
        for (Id id : caseIds)
            keys.append(QString::number(id));
        QList<std::pair<Id, Id>> routes;
        Result<Done> found = db.forEachIn(
            u"SELECT c.id, a.queue_id FROM cases c JOIN account a ON a.id = c.account_id WHERE "
            "c.queue_id IS NULL AND c.assignee_id IS NULL AND a.queue_id IS NOT NULL AND "
            "c.status <> 'resolved' AND c.id IN ("_s,
            {}, keys, [&routes](const CachedQuery &row) {
                routes.append({ row.value(0).toLongLong(), row.value(1).toLongLong() });
            });
        if (!found.ok())
            return found.error();
        std::sort(routes.begin(), routes.end());
        routes.erase(std::unique(routes.begin(), routes.end()), routes.end());
        int moved = 0;
        for (const auto &[caseId, queueId] : std::as_const(routes)) {
            Result<Assignment> routed = moveToQueue(db, caseId, queueId, 0, now);
            if (!routed.ok())
                return refusedAs(routed.error(),
                    Database::tr(
                        "Case %1 stays in the shared inbox: this login may not put cases in "
                        "its account's queue.")
                        .arg(caseId));
            ++moved;
        }
        return moved;
    }

    Result<Done> setPresence(
        Database &db, Id agentId, Id caseId, PresenceActivity activity, Millis now)
    {
        if (agentId == 0)
            return Error { ErrorCode::Invalid, Database::tr("Presence needs an agent.") };
        // A heartbeat every few seconds from every desktop: prepared once per connection.
        return db.transaction([&]() -> Result<Done> {
            Result<CachedQuery *> upserted = db.cached(
                u"INSERT INTO presence (agent_id, case_id, activity, heartbeat_at) VALUES (?, ?, "
                u"?, "
                "?) ON CONFLICT (agent_id) DO UPDATE SET case_id = excluded.case_id, activity = "
                "excluded.activity, heartbeat_at = excluded.heartbeat_at"_s,
                { agentId, nullableId(caseId), toString(activity), now });
            if (!upserted.ok())
                return upserted.error();
            upserted.value()->finish();
            if (db.isPostgres()) {
                // Ids and a word: well under the 8000-byte limit, and no customer data on the wire.
                Result<CachedQuery *> notified
                    = db.cached(u"SELECT pg_notify('caredesk_presence', ?)"_s,
                        { u"%1 %2 %3"_s.arg(agentId).arg(caseId).arg(toString(activity)) });
                if (!notified.ok())
                    return notified.error();
                notified.value()->finish();
            }
            return Done {};
        });
    }

    Result<QList<PresenceEntry>> presence(Database &db, const QList<Id> &caseIds, Millis now)
    {
        QString statement
            = u"SELECT p.agent_id, a.name, COALESCE(p.case_id, 0), p.activity, p.heartbeat_at FROM "
              "presence p JOIN agent a ON a.id = p.agent_id WHERE p.heartbeat_at >= ?"_s;
        QVariantList values { now - presenceStaleAfterMs };
        if (!caseIds.isEmpty()) {
            QStringList marks;
            for (Id id : caseIds) {
                marks.append(u"?"_s);
                values.append(id);
            }
            statement += u" AND p.case_id IN ("_s + marks.join(u", "_s) + u')';
        }
        statement += u" ORDER BY p.case_id, a.name"_s;
        Result<QSqlQuery> q = db.exec(statement, values);
        if (!q.ok())
            return q.error();
        QList<PresenceEntry> entries;
        while (q.value().next()) {
            PresenceEntry e;
            e.agentId = q.value().value(0).toLongLong();
            e.agentName = q.value().value(1).toString();
            e.caseId = q.value().value(2).toLongLong();
            e.activity = presenceActivityFromString(q.value().value(3).toString())
                             .value_or(PresenceActivity::Online);
            e.heartbeatAt = q.value().value(4).toLongLong();
            entries.append(e);
        }
        return entries;
    }

    Result<CaseMark> markCase(Database &db, Id caseId)
    {
        CaseMark mark;
        mark.caseId = caseId;
        Result<Done> done = db.transaction([&]() -> Result<Done> {
            // FOR SHARE waits for a write to this case still in flight, so the ids read next are
            // not overtaken by a lower id committed a moment later.
            Result<QSqlQuery> c = db.exec(u"SELECT id FROM cases WHERE id = ?"_s
                    + (db.isPostgres() ? u" FOR SHARE"_s : QString()),
                { caseId });
            if (!c.ok())
                return c.error();
            if (!c.value().next())
                return Error { ErrorCode::NotFound,
                    Database::tr("There is no case %1.").arg(caseId) };
            c.value().finish();
            Result<QSqlQuery> q
                = db.exec(u"SELECT (SELECT COALESCE(MAX(id), 0) FROM message WHERE case_id = ?), "
                          "(SELECT COALESCE(MAX(id), 0) FROM outbox WHERE case_id = ?)"_s,
                    { caseId, caseId });
            if (!q.ok())
                return q.error();
            if (q.value().next()) {
                mark.lastMessageId = q.value().value(0).toLongLong();
                mark.lastOutboxId = q.value().value(1).toLongLong();
            }
            return Done {};
        });
        if (!done.ok())
            return done.error();
        return mark;
    }

    Result<CaseChanges> changesSince(Database &db, const CaseMark &mark, Id agentId)
    {
        CaseChanges changes;
        Result<QSqlQuery> customer = db.exec(
            u"SELECT COUNT(*) FROM message WHERE case_id = ? AND id > ? AND direction = 'in'"_s,
            { mark.caseId, mark.lastMessageId });
        if (!customer.ok())
            return customer.error();
        if (customer.value().next())
            changes.customerMessages = customer.value().value(0).toInt();
        customer.value().finish();
        // Replies written in CareDesk by someone else (waiting, sending, sent or failed: all will
        // or may reach the customer), then replies made elsewhere (the platform's own site) that
        // arrived through the poller.
        Result<QSqlQuery> written = db.exec(
            u"SELECT COALESCE(a.name, '') FROM outbox o LEFT JOIN agent a ON a.id = o.agent_id "
            "WHERE o.case_id = ? AND o.id > ? AND o.state <> 'cancelled' AND (o.agent_id IS "
            "NULL OR o.agent_id <> ?) ORDER BY o.id"_s,
            { mark.caseId, mark.lastOutboxId, agentId });
        if (!written.ok())
            return written.error();
        const auto addName = [&changes](const QString &name) {
            if (!name.isEmpty() && !changes.repliedBy.contains(name))
                changes.repliedBy.append(name);
        };
        while (written.value().next()) {
            ++changes.replies;
            addName(written.value().value(0).toString());
        }
        written.value().finish();
        Result<QSqlQuery> elsewhere = db.exec(
            u"SELECT COALESCE(a.name, m.author_name) FROM message "
            "m LEFT JOIN agent a ON a.id = m.author_agent_id WHERE m.case_id = ? AND m.id > ? AND "
            "m.direction = 'out' AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.case_id = "
            "m.case_id AND o.account_id = m.account_id AND o.sent_platform_id = "
            "m.platform_id) ORDER BY m.id"_s,
            { mark.caseId, mark.lastMessageId });
        if (!elsewhere.ok())
            return elsewhere.error();
        while (elsewhere.value().next()) {
            ++changes.replies;
            addName(elsewhere.value().value(0).toString());
        }
        return changes;
    }

    QString describeChanges(Id caseId, const CaseChanges &changes)
    {
        const QString who = changes.repliedBy.isEmpty() ? Database::tr("someone")
                                                        : changes.repliedBy.join(u", "_s);
        if (changes.customerMessages > 0 && changes.replies > 0) {
            return Database::tr(
                "Not sent: since you opened case %1 the customer wrote %n new message(s) and %2 "
                "replied.",
                nullptr, changes.customerMessages)
                .arg(caseId)
                .arg(who);
        }
        if (changes.customerMessages > 0) {
            return Database::tr(
                "Not sent: since you opened case %1 the customer wrote %n new message(s).", nullptr,
                changes.customerMessages)
                .arg(caseId);
        }
        return Database::tr("Not sent: since you opened case %1 %2 replied.").arg(caseId).arg(who);
    }

    Result<CaseChanges> checkBeforeSend(Database &db, const CaseMark &mark, Id agentId)
    {
        Result<CaseChanges> changes = changesSince(db, mark, agentId);
        if (!changes.ok() || changes.value().isEmpty())
            return changes;
        return Error { ErrorCode::Conflict, describeChanges(mark.caseId, changes.value()) };
    }

    Result<OutboxItem> replyChecked(Database &db, const CaseMark &mark, const QString &text,
        Visibility visibility, Id agentId, Millis now)
    {
        OutboxItem item;
        Result<Done> done = db.transaction([&]() -> Result<Done> {
            // Holding the case row makes a second reply wait for this one, and then see it.
            if (db.isPostgres()) {
                Result<QSqlQuery> held
                    = db.exec(u"SELECT id FROM cases WHERE id = ? FOR UPDATE"_s, { mark.caseId });
                if (!held.ok())
                    return held.error();
                if (!held.value().next())
                    return Error { ErrorCode::NotFound,
                        Database::tr("There is no case %1.").arg(mark.caseId) };
                held.value().finish();
            }
            Result<CaseChanges> changes = checkBeforeSend(db, mark, agentId);
            if (!changes.ok())
                return changes.error();
            Result<OutboxItem> queued
                = OutboxStore::enqueue(db, mark.caseId, text, visibility, agentId, now);
            if (!queued.ok())
                return queued.error();
            item = queued.value();
            return Done {};
        });
        if (!done.ok())
            return done.error();
        return item;
    }

    Result<bool> acquirePollLease(
        Database &db, Id accountId, const QString &holder, Millis now, Millis ttlMs)
    {
        if (db.isPostgres()) {
            // The lock belongs to this connection: when the desktop dies, or the server drops the
            // connection, PostgreSQL releases it and the next desktop's attempt succeeds.
            Result<QSqlQuery> held = db.exec(
                u"SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND pid = "
                "pg_backend_pid() AND classid = CAST(? AS oid) AND objid = CAST(? AS oid) AND "
                "objsubid = 2 AND granted)"_s,
                { pollLockClass, lockKey(accountId) });
            if (!held.ok())
                return held.error();
            if (held.value().next() && held.value().value(0).toBool())
                return true;
            held.value().finish();
            Result<QSqlQuery> locked
                = db.exec(u"SELECT pg_try_advisory_lock(CAST(? AS integer), CAST(? AS integer))"_s,
                    { pollLockClass, lockKey(accountId) });
            if (!locked.ok())
                return locked.error();
            if (!locked.value().next() || !locked.value().value(0).toBool())
                return false;
            locked.value().finish();
            // Who holds it, for people to read; the lock is the truth.
            Result<QSqlQuery> shown = db.exec(
                u"INSERT INTO poll_lease (account_id, holder, expires_at) VALUES (?, ?, "
                "?) ON CONFLICT (account_id) DO UPDATE SET holder = excluded.holder, expires_at "
                "= excluded.expires_at"_s,
                { accountId, holder, now + ttlMs });
            if (!shown.ok())
                return shown.error();
            return true;
        }
        if (holder.isEmpty())
            return Error { ErrorCode::Invalid, Database::tr("A poll lease needs a holder.") };
        // One statement: take a free or expired lease, or renew our own.
        Result<QSqlQuery> taken = db.exec(
            u"INSERT INTO poll_lease (account_id, holder, expires_at) VALUES (?, ?, ?) ON CONFLICT "
            "(account_id) DO UPDATE SET holder = excluded.holder, expires_at = "
            "excluded.expires_at WHERE poll_lease.holder = excluded.holder OR "
            "poll_lease.expires_at <= ? RETURNING holder"_s,
            { accountId, holder, now + ttlMs, now });
        if (!taken.ok())
            return taken.error();
        return taken.value().next();
    }

    Result<Done> releasePollLease(Database &db, Id accountId, const QString &holder)
    {
        if (db.isPostgres()) {
            Result<QSqlQuery> unlocked
                = db.exec(u"SELECT pg_advisory_unlock(CAST(? AS integer), CAST(? AS integer))"_s,
                    { pollLockClass, lockKey(accountId) });
            if (!unlocked.ok())
                return unlocked.error();
            const bool wasHeld = unlocked.value().next() && unlocked.value().value(0).toBool();
            unlocked.value().finish();
            if (!wasHeld)
                return Done {};
        }
        Result<QSqlQuery> gone = db.exec(
            u"DELETE FROM poll_lease WHERE account_id = ? AND holder = ?"_s, { accountId, holder });
        if (!gone.ok())
            return gone.error();
        return Done {};
    }

} // namespace TeamStore

} // namespace CareDesk
