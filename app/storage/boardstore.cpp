// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/boardstore.h"

#include "app/core/slaclock.h"
#include "app/storage/agentstore.h"
#include "app/storage/casestore.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    /// The columns SlaClock needs, in the order caseFromRow reads them.
    const QString slaColumns
        = u"c.id, COALESCE(c.queue_id, 0), COALESCE(c.assignee_id, 0), c.status, "
          "c.priority, c.platform, c.opened_at, c.last_customer_message_at, "
          "c.first_response_at, c.last_agent_message_at, c.snoozed_until, "
          "c.resolved_at, c.first_response_due, c.next_response_due, "
          "c.resolution_due, c.unanswered, COALESCE(c.customer_id, 0), "
          "c.sentiment_last, c.subject"_s;

    // Spelled exactly as the indexes of migrations 0005 (cases_sla_due) and 0010: the planners
    // match index expressions by their structure.
    QString dueExpression(const Database &db)
    {
        return (db.isPostgres() ? u"LEAST("_s : u"min("_s)
            + u"CASE WHEN c.first_response_due > 0 THEN c.first_response_due ELSE "
              "9223372036854775807 END, CASE WHEN c.next_response_due > 0 THEN "
              "c.next_response_due ELSE 9223372036854775807 END, CASE WHEN c.resolution_due > 0 "
              "THEN c.resolution_due ELSE 9223372036854775807 END)"_s;
    }

    constexpr qint64 notWaiting = 9223372036854775807;
    const QString boardWaitingExpression
        = u"(CASE WHEN c.first_response_at = 0 THEN c.opened_at WHEN c.unanswered > 0 THEN "
          "c.last_customer_message_at ELSE 9223372036854775807 END)"_s;

    Case caseFromRow(const QSqlQuery &q)
    {
        Case c;
        c.id = q.value(0).toLongLong();
        c.queueId = q.value(1).toLongLong();
        c.assigneeId = q.value(2).toLongLong();
        c.status = caseStatusFromString(q.value(3).toString()).value_or(CaseStatus::Open);
        c.priority = priorityFromString(q.value(4).toString()).value_or(Priority::Normal);
        c.platform = platformFromString(q.value(5).toString()).value_or(Platform::X);
        c.openedAt = q.value(6).toLongLong();
        c.lastCustomerMessageAt = q.value(7).toLongLong();
        c.firstResponseAt = q.value(8).toLongLong();
        c.lastAgentMessageAt = q.value(9).toLongLong();
        c.snoozedUntil = q.value(10).toLongLong();
        c.resolvedAt = q.value(11).toLongLong();
        c.firstResponseDue = q.value(12).toLongLong();
        c.nextResponseDue = q.value(13).toLongLong();
        c.resolutionDue = q.value(14).toLongLong();
        c.unanswered = q.value(15).toInt();
        c.customerId = q.value(16).toLongLong();
        c.sentimentLast = q.value(17).toInt();
        c.subject = q.value(18).toString();
        return c;
    }

    /// Since when the customer has been waiting for an answer; 0 when they are not.
    Millis waitingSince(const Case &c)
    {
        if (c.status == CaseStatus::Resolved)
            return 0;
        if (c.firstResponseAt == 0)
            return c.openedAt;
        return c.unanswered > 0 ? c.lastCustomerMessageAt : 0;
    }

    Millis median(QList<Millis> values)
    {
        if (values.isEmpty())
            return -1;
        std::sort(values.begin(), values.end());
        const qsizetype mid = values.size() / 2;
        return values.size() % 2 == 1 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2;
    }

    int slaRank(SlaState state)
    {
        switch (state) {
        case SlaState::Breached:
            return 0;
        case SlaState::AtRisk:
            return 1;
        default:
            return 2;
        }
    }

} // namespace

namespace BoardStore {

    Result<BoardSnapshot> snapshot(
        Database &db, const AlertSettings &settings, int caseLimit, Millis now)
    {
        BoardSnapshot board;
        board.at = now;
        // The counter first: a write committed while the rest is read is reported again by the
        // feed.
        Result<QSqlQuery> seq = db.exec(u"SELECT value FROM change_seq WHERE id = 1"_s);
        if (!seq.ok())
            return seq.error();
        board.changeSeq = seq.value().next() ? seq.value().value(0).toLongLong() : 0;
        seq.value().finish();

        Result<QList<SlaPolicy>> policies = CaseStore::slaPolicies(db);
        if (!policies.ok())
            return policies.error();
        const SlaClock sla(policies.value());
        const Millis today = Alerts::startOfLocalDay(now, settings);

        // Queues: the shared inbox, then every queue by name.
        QHash<Id, qsizetype> queueRow;
        board.queues.append(BoardQueue {});
        queueRow.insert(0, 0);
        Result<QSqlQuery> queues
            = db.exec(u"SELECT id, name, assignment_mode FROM queue ORDER BY name, id"_s);
        if (!queues.ok())
            return queues.error();
        while (queues.value().next()) {
            BoardQueue q;
            q.queueId = queues.value().value(0).toLongLong();
            q.name = queues.value().value(1).toString();
            q.mode = assignmentModeFromString(queues.value().value(2).toString())
                         .value_or(AssignmentMode::Manual);
            queueRow.insert(q.queueId, board.queues.size());
            board.queues.append(q);
        }
        const auto queueOf = [&](Id queueId) -> BoardQueue & {
            auto it = queueRow.constFind(queueId);
            if (it == queueRow.constEnd()) {
                // A queue created after the list was read: shown under its id until the next read.
                BoardQueue q;
                q.queueId = queueId;
                q.name = u"#%1"_s.arg(queueId);
                it = queueRow.insert(queueId, board.queues.size());
                board.queues.append(q);
            }
            return board.queues[*it];
        };

        QHash<Id, int> openByAgent;
        QList<BoardCase> attention;
        QList<Alert> breachAlerts;
        QList<Case> negativeCandidates;
        // The counts per queue come from the board's partial indexes (migration 10): they read
        // index entries and never the cases, which may be a great many. Open, unassigned and
        // breached in one pass over (queue, assignee, due times); the oldest waiting is the first
        // entry of the queue in cases_board_waiting.
        const QString due = dueExpression(db);
        // SQLite's planner, without statistics, took indexes that read every case: named here.
        const auto indexed = [&db](const QString &index) {
            return db.isPostgres() ? QString() : u" INDEXED BY "_s + index;
        };
        Result<QSqlQuery> counts = db.exec(u"SELECT c.queue_id, COUNT(*), COUNT(*) - "
                                           "COUNT(c.assignee_id), SUM(CASE WHEN "
                                           "(c.first_response_due > 0 AND c.first_response_due < "
                                           "?) OR (c.next_response_due > 0 AND c.next_response_due "
                                           "< ?) OR (c.resolution_due > 0 AND c.resolution_due < "
                                           "?) THEN 1 ELSE 0 END) FROM cases c"_s
                + indexed(u"cases_board_counts"_s)
                + u" WHERE c.status <> 'resolved' GROUP BY c.queue_id"_s,
            { now, now, now });
        if (!counts.ok())
            return counts.error();
        while (counts.value().next()) {
            BoardQueue &q = queueOf(counts.value().value(0).toLongLong());
            q.open = counts.value().value(1).toInt();
            q.unassigned = counts.value().value(2).toInt();
            q.breached = counts.value().value(3).toInt();
        }
        counts.value().finish();
        for (qsizetype i = 0; i < board.queues.size(); ++i) {
            if (board.queues.at(i).open == 0)
                continue;
            const Id queueId = board.queues.at(i).queueId;
            QVariantList values;
            if (queueId != 0)
                values << queueId;
            Result<QSqlQuery> oldest = db.exec(u"SELECT MIN("_s + boardWaitingExpression
                    + u") FROM cases c WHERE c.status <> 'resolved' AND "_s
                    + (queueId == 0 ? u"c.queue_id IS NULL"_s : u"c.queue_id = ?"_s),
                values);
            if (!oldest.ok())
                return oldest.error();
            if (oldest.value().next() && !oldest.value().value(0).isNull()) {
                const qint64 since = oldest.value().value(0).toLongLong();
                board.queues[i].oldestWaitingSince = since == notWaiting ? 0 : since;
            }
            oldest.value().finish();
        }
        // A first response still owed whose target passed today is a miss for today.
        Result<QSqlQuery> owed = db.exec(u"SELECT c.queue_id, COUNT(*) FROM cases c WHERE "
                                         "c.status <> 'resolved' AND c.first_response_at = 0 AND "
                                         "c.first_response_due >= ? AND c.first_response_due < ? "
                                         "GROUP BY c.queue_id"_s,
            { today, now });
        if (!owed.ok())
            return owed.error();
        while (owed.value().next())
            queueOf(owed.value().value(0).toLongLong()).slaDue += owed.value().value(1).toInt();
        owed.value().finish();
        Result<QSqlQuery> held
            = db.exec(u"SELECT assignee_id, COUNT(*) FROM cases WHERE assignee_id IS NOT "
                      "NULL AND status <> 'resolved' GROUP BY assignee_id"_s);
        if (!held.ok())
            return held.error();
        while (held.value().next())
            openByAgent.insert(held.value().value(0).toLongLong(), held.value().value(1).toInt());
        held.value().finish();

        const auto boardCase = [](const Case &c, SlaState state) {
            BoardCase b;
            b.caseId = c.id;
            b.queueId = c.queueId;
            b.assigneeId = c.assigneeId;
            b.subject = c.subject;
            b.platform = c.platform;
            b.priority = c.priority;
            b.status = c.status;
            b.sla = state;
            b.dueAt = SlaClock::nextDue(c);
            b.waitingSince = waitingSince(c);
            return b;
        };
        QSet<Id> listed;
        // The most overdue breached cases, and the longest-waiting unassigned ones, for the list:
        // both walk an index in order (the nearest due time; the opening time).
        for (const bool breachedList : { true, false }) {
            QVariantList values;
            if (breachedList)
                values << now;
            values << caseLimit;
            Result<QSqlQuery> rows = db.exec(u"SELECT "_s + slaColumns + u" FROM cases c"_s
                    + (breachedList ? QString() : indexed(u"cases_board_unassigned"_s))
                    + u" WHERE c.status <> 'resolved' AND "_s
                    + (breachedList ? due + u" < ? ORDER BY "_s + due
                                    : u"c.assignee_id IS NULL ORDER BY c.opened_at"_s)
                    + u", c.id LIMIT ?"_s,
                values);
            if (!rows.ok())
                return rows.error();
            while (rows.value().next()) {
                const Case c = caseFromRow(rows.value());
                const SlaState state = sla.state(c, now);
                if (!listed.contains(c.id) && (state == SlaState::Breached || c.assigneeId == 0)) {
                    listed.insert(c.id);
                    attention.append(boardCase(c, state));
                }
            }
            rows.value().finish();
        }
        // At risk or about to breach: only a case with a due time close ahead can be. How close
        // is the most any policy leaves at risk (its business time after the risk point, on its
        // hours), or the breach warning if longer.
        // Per target (first response, next response, resolution): a target can be at risk only
        // when its own due time is that close, which leaves out cases whose nearest due time is
        // close only by another target's longer span.
        std::array<Millis, 3> horizons;
        horizons.fill(now + settings.breachWarningMs);
        QList<SlaPolicy> candidatesOf = policies.value();
        candidatesOf.append(SlaClock().policyFor(Platform::X, Priority::Normal));
        for (const SlaPolicy &p : std::as_const(candidatesOf)) {
            const std::array<int, 3> minutes { p.firstResponseMinutes, p.nextResponseMinutes,
                p.resolutionMinutes };
            for (std::size_t k = 0; k < minutes.size(); ++k) {
                const qint64 left = (qint64(minutes[k]) * (100 - p.atRiskPercent) + 99) / 100 + 1;
                horizons[k] = std::max(horizons[k],
                    std::min(SlaClock::Never, SlaClock::addBusinessMinutes(now, left, p.hours)));
            }
        }
        const Millis horizon = *std::max_element(horizons.begin(), horizons.end());
        // Not breached (the nearest due time not passed) and due within the horizon: a range of
        // the nearest-due index, then each target against its own horizon.
        Result<QSqlQuery> soon = db.exec(u"SELECT "_s + slaColumns
                + u" FROM cases c WHERE c.status <> 'resolved' AND "_s + due + u" >= ? AND "_s + due
                + u" <= ? AND ((c.first_response_due >= ? AND c.first_response_due <= ?) OR "
                  "(c.next_response_due >= ? AND c.next_response_due <= ?) OR (c.resolution_due "
                  ">= ? AND c.resolution_due <= ?))"_s,
            { now, horizon, now, horizons[0], now, horizons[1], now, horizons[2] });
        if (!soon.ok())
            return soon.error();
        while (soon.value().next()) {
            const Case c = caseFromRow(soon.value());
            const SlaState state = sla.state(c, now);
            if (state == SlaState::AtRisk) {
                ++queueOf(c.queueId).atRisk;
                if (!listed.contains(c.id)) {
                    listed.insert(c.id);
                    attention.append(boardCase(c, state));
                }
            }
            if (const std::optional<Millis> due = Alerts::aboutToBreach(c, now, settings)) {
                Alert a;
                a.kind = AlertKind::AboutToBreach;
                a.caseId = c.id;
                a.queueId = c.queueId;
                a.at = *due;
                a.subject = c.subject;
                breachAlerts.append(a);
            }
        }
        soon.value().finish();
        Result<QSqlQuery> negativeRows = db.exec(u"SELECT "_s + slaColumns
                + u" FROM cases c WHERE c.status <> 'resolved' AND c.sentiment_last <= ? AND "
                  "c.last_customer_message_at >= ? AND c.customer_id IS NOT NULL AND "
                  "c.last_message_at >= ?"_s
                // Strongly negative is below zero: the small index of negative cases, newest first.
                + (settings.negativeSentiment < 0 ? u" AND c.sentiment_last < 0"_s : QString()),
            { settings.negativeSentiment, now - settings.negativeLookbackMs,
                now - settings.negativeLookbackMs });
        if (!negativeRows.ok())
            return negativeRows.error();
        while (negativeRows.value().next())
            negativeCandidates.append(caseFromRow(negativeRows.value()));
        negativeRows.value().finish();

        // Today's first responses: attainment per queue, and each assignee's median.
        QHash<Id, QList<Millis>> responseTimes;
        Result<QSqlQuery> answered = db.exec(u"SELECT "_s + slaColumns
                + u" FROM cases c WHERE c.first_response_at >= ? AND c.first_response_at > 0"_s,
            { today });
        if (!answered.ok())
            return answered.error();
        while (answered.value().next()) {
            const Case c = caseFromRow(answered.value());
            const SlaPolicy policy = sla.policyFor(c.platform, c.priority);
            const Millis due = SlaClock::addBusinessMinutes(
                c.openedAt, policy.firstResponseMinutes, policy.hours);
            BoardQueue &q = queueOf(c.queueId);
            ++q.slaDue;
            if (c.firstResponseAt <= due)
                ++q.slaMet;
            if (c.assigneeId != 0)
                responseTimes[c.assigneeId].append(c.firstResponseAt - c.openedAt);
        }
        answered.value().finish();

        // Volume: cases opened in the current local hour and the same hour of earlier weeks.
        const TimeSpan hour = Alerts::currentHour(now, settings);
        const QList<TimeSpan> history = Alerts::sameHourInPreviousWeeks(now, settings);
        QList<TimeSpan> spans { hour };
        spans.append(history);
        QString sums;
        QStringList ranges;
        QVariantList values;
        for (const TimeSpan &span : std::as_const(spans)) {
            sums += u", SUM(CASE WHEN opened_at >= ? AND opened_at < ? THEN 1 ELSE 0 END)"_s;
            values << span.start << span.end;
        }
        for (const TimeSpan &span : std::as_const(spans)) {
            ranges.append(u"(opened_at >= ? AND opened_at < ?)"_s);
            values << span.start << span.end;
        }
        Result<QSqlQuery> volume
            = db.exec(u"SELECT COALESCE(queue_id, 0)"_s + sums + u" FROM cases WHERE "_s
                    + ranges.join(u" OR "_s) + u" GROUP BY COALESCE(queue_id, 0)"_s,
                values);
        if (!volume.ok())
            return volume.error();
        QList<Alert> spikes;
        while (volume.value().next()) {
            BoardQueue &q = queueOf(volume.value().value(0).toLongLong());
            q.volumeThisHour = volume.value().value(1).toInt();
            QList<int> counts;
            for (qsizetype i = 0; i < history.size(); ++i)
                counts.append(volume.value().value(int(i) + 2).toInt());
            const SpikeCheck check = Alerts::spike(q.volumeThisHour, counts, settings);
            if (check.spike) {
                Alert a;
                a.kind = AlertKind::Spike;
                a.queueId = q.queueId;
                a.at = hour.start;
                a.subject = q.name;
                a.count = check.count;
                a.mean = check.mean;
                a.deviation = check.deviation;
                spikes.append(a);
            }
        }
        volume.value().finish();

        // Negative posts: the candidates' customers, VIP or with a large audience.
        QList<Alert> negative;
        if (!negativeCandidates.isEmpty()) {
            QStringList customers;
            for (const Case &c : std::as_const(negativeCandidates))
                customers.append(QString::number(c.customerId));
            customers.removeDuplicates();
            QHash<Id, std::pair<bool, qint64>> profile;
            Result<Done> read = db.forEachIn(
                u"SELECT cu.id, cu.vip, COALESCE((SELECT MAX(i.audience) FROM customer_identity ci "
                "JOIN identity i ON i.id = ci.identity_id WHERE ci.customer_id = cu.id AND "
                "ci.unlinked_at = 0), 0) FROM customer cu WHERE cu.id IN ("_s,
                {}, customers, [&profile](const CachedQuery &row) {
                    profile.insert(row.value(0).toLongLong(),
                        { row.value(1).toInt() != 0, row.value(2).toLongLong() });
                });
            if (!read.ok())
                return read.error();
            for (const Case &c : std::as_const(negativeCandidates)) {
                const auto [vip, audience] = profile.value(c.customerId, { false, 0 });
                if (!Alerts::isNegativePost(c.sentimentLast, vip, audience, settings))
                    continue;
                Alert a;
                a.kind = AlertKind::NegativePost;
                a.caseId = c.id;
                a.queueId = c.queueId;
                a.at = c.lastCustomerMessageAt;
                a.subject = c.subject;
                a.sentiment = c.sentimentLast;
                a.vip = vip;
                a.audience = audience;
                negative.append(a);
            }
            std::sort(negative.begin(), negative.end(),
                [](const Alert &a, const Alert &b) { return a.at > b.at; });
        }
        std::sort(breachAlerts.begin(), breachAlerts.end(), [](const Alert &a, const Alert &b) {
            return a.at != b.at ? a.at < b.at : a.caseId < b.caseId;
        });
        board.alerts = spikes + negative + breachAlerts;

        // Agents: presence, open cases (every case they hold, also outside this login's view on
        // PostgreSQL, where a function counts past row-level security), handled today.
        QHash<Id, int> handled;
        Result<QSqlQuery> events = db.exec(
            u"SELECT agent_id, COUNT(DISTINCT case_id) FROM event WHERE at >= ? AND agent_id IS "
            u"NOT "
            "NULL AND case_id IS NOT NULL AND (type = 'reply_queued' OR (type = 'status_changed' "
            "AND data LIKE '%\"to\":\"resolved\"%')) GROUP BY agent_id"_s,
            { today });
        if (!events.ok())
            return events.error();
        while (events.value().next())
            handled.insert(events.value().value(0).toLongLong(), events.value().value(1).toInt());
        events.value().finish();
        Result<QSqlQuery> agents
            = db.exec(u"SELECT a.id, a.name, a.display_name, a.role, a.capacity, "
                      "COALESCE(p.activity, ''), COALESCE(p.heartbeat_at, 0), "
                      "COALESCE(p.case_id, 0), "_s
                + (db.isPostgres() ? u"caredesk_open_cases(a.id)"_s : u"-1"_s)
                + u" FROM agent a LEFT JOIN presence p ON p.agent_id = a.id WHERE a.active = 1 "
                  "ORDER BY a.name"_s);
        if (!agents.ok())
            return agents.error();
        while (agents.value().next()) {
            const QSqlQuery &r = agents.value();
            BoardAgent a;
            a.agentId = r.value(0).toLongLong();
            a.name = r.value(1).toString();
            a.displayName = r.value(2).toString();
            a.role = agentRoleFromString(r.value(3).toString()).value_or(AgentRole::Agent);
            a.capacity = r.value(4).toInt();
            const QString activity = r.value(5).toString();
            const bool fresh
                = !activity.isEmpty() && r.value(6).toLongLong() >= now - presenceStaleAfterMs;
            const qint64 counted = r.value(8).toLongLong();
            a.open = counted >= 0 ? int(counted) : openByAgent.value(a.agentId);
            a.handledToday = handled.value(a.agentId);
            a.medianFirstResponseMs = median(responseTimes.value(a.agentId));
            if (!fresh)
                a.status = BoardAgentStatus::Offline;
            else if (activity == toString(PresenceActivity::Away))
                a.status = BoardAgentStatus::Away;
            else if (activity == toString(PresenceActivity::Replying) || a.open >= a.capacity)
                a.status = BoardAgentStatus::Busy;
            else
                a.status = BoardAgentStatus::Available;
            a.viewingCaseId = fresh ? r.value(7).toLongLong() : 0;
            board.agents.append(a);
        }
        agents.value().finish();

        // The attention list: breached, then at risk, then waiting unassigned; soonest due first.
        std::sort(attention.begin(), attention.end(), [](const BoardCase &a, const BoardCase &b) {
            if (slaRank(a.sla) != slaRank(b.sla))
                return slaRank(a.sla) < slaRank(b.sla);
            const Millis da = a.dueAt == 0 ? SlaClock::Never : a.dueAt;
            const Millis dbb = b.dueAt == 0 ? SlaClock::Never : b.dueAt;
            return da != dbb ? da < dbb : a.caseId < b.caseId;
        });
        if (caseLimit > 0 && attention.size() > caseLimit)
            attention.resize(caseLimit);
        QHash<Id, QString> names;
        for (const BoardAgent &a : std::as_const(board.agents))
            names.insert(a.agentId, a.name);
        for (BoardCase &b : attention)
            b.assigneeName = names.value(b.assigneeId);
        board.cases = attention;
        return board;
    }

    Result<Done> setPriority(Database &db, Id caseId, Priority priority, Id agentId, Millis now)
    {
        return db.transaction([&]() -> Result<Done> {
            // Held like every other write of the case, so a concurrent ingest waits for this one.
            Result<QSqlQuery> q
                = db.exec(u"SELECT "_s + slaColumns + u" FROM cases c WHERE c.id = ?"_s
                        + (db.isPostgres() ? u" FOR UPDATE"_s : QString()),
                    { caseId });
            if (!q.ok())
                return q.error();
            if (!q.value().next())
                return Error { ErrorCode::NotFound,
                    Database::tr("There is no case %1.").arg(caseId) };
            Case c = caseFromRow(q.value());
            q.value().finish();
            if (c.priority == priority)
                return Done {};
            const Priority previous = c.priority;
            c.priority = priority;
            Result<QList<SlaPolicy>> policies = CaseStore::slaPolicies(db);
            if (!policies.ok())
                return policies.error();
            SlaClock(policies.value()).applyDueTimes(c);
            Result<QSqlQuery> updated = db.exec(
                u"UPDATE cases SET priority = ?, first_response_due = ?, next_response_due = ?, "
                "resolution_due = ?, version = version + 1 WHERE id = ?"_s,
                { toString(priority), c.firstResponseDue, c.nextResponseDue, c.resolutionDue,
                    caseId });
            if (!updated.ok())
                return updated.error();
            Event event;
            event.type = EventType::PriorityChanged;
            event.at = now;
            event.agentId = agentId;
            event.caseId = caseId;
            event.customerId = c.customerId;
            event.data = QJsonObject { { u"from"_s, toString(previous) },
                { u"to"_s, toString(priority) } };
            if (Result<Id> e = db.appendEvent(event); !e.ok())
                return e.error();
            if (Result<qint64> changed = db.recordChange({ caseId }, now); !changed.ok())
                return changed.error();
            return Done {};
        });
    }

    Result<Done> setCapacity(Database &db, Id agentId, int capacity, Millis now)
    {
        return db.transaction([&]() -> Result<Done> {
            if (Result<Done> set = AgentStore::setCapacity(db, agentId, capacity); !set.ok())
                return set;
            // Not a case's change, but every board shows capacity: tell them.
            if (Result<qint64> changed = db.recordChange({}, now); !changed.ok())
                return changed.error();
            return Done {};
        });
    }

} // namespace BoardStore

SqlBoardRepository::SqlBoardRepository(DatabaseWorker &worker, const Clock &clock)
    : m_worker(worker)
    , m_clock(clock)
{
}

QFuture<Result<BoardSnapshot>> SqlBoardRepository::snapshot(
    const AlertSettings &settings, int caseLimit)
{
    const Millis now = m_clock.now();
    return m_worker.run<BoardSnapshot>(
        [=](Database &db) { return BoardStore::snapshot(db, settings, caseLimit, now); });
}

QFuture<Result<Done>> SqlBoardRepository::setPriority(Id caseId, Priority priority, Id agentId)
{
    const Millis now = m_clock.now();
    return m_worker.run<Done>(
        [=](Database &db) { return BoardStore::setPriority(db, caseId, priority, agentId, now); });
}

QFuture<Result<Done>> SqlBoardRepository::setCapacity(Id agentId, int capacity)
{
    const Millis now = m_clock.now();
    return m_worker.run<Done>(
        [=](Database &db) { return BoardStore::setCapacity(db, agentId, capacity, now); });
}

} // namespace CareDesk
