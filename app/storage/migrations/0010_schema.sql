-- SPDX-FileCopyrightText: 2026 CareDesk contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v10: the supervisor board's per-queue figures from small partial indexes over the open
-- cases, so a refresh counts index entries instead of reading every case (25 s at a million open
-- cases before). Indexes only: row-level security on PostgreSQL applies as before, and nothing has
-- to be kept in step by the writers. The expressions are spelled exactly as BoardStore queries
-- them: the planners match index expressions by their structure.

-- Open, unassigned and breached per queue in one pass over this index, no table rows: plain
-- columns only, so both databases read it alone (PostgreSQL's index-only scans cannot use an
-- expression column, and SQLite 3.40 does not count one as covering). BoardStore names it to
-- SQLite (INDEXED BY): without statistics its planner took indexes that read every case.
CREATE INDEX cases_board_counts ON cases (queue_id, assignee_id, first_response_due, next_response_due, resolution_due) WHERE status <> 'resolved';

-- The longest-waiting unassigned cases for the board's list: the first entries, in order.
CREATE INDEX cases_board_unassigned ON cases (opened_at, id) WHERE status <> 'resolved' AND assignee_id IS NULL;

-- Oldest waiting per queue: the first entry of the queue (never answered: since it opened;
-- answered, with customer messages since: since the first of those; otherwise not waiting).
CREATE INDEX cases_board_waiting ON cases (queue_id, (CASE WHEN first_response_at = 0 THEN opened_at WHEN unanswered > 0 THEN last_customer_message_at ELSE 9223372036854775807 END)) WHERE status <> 'resolved';

-- First responses still owed whose target is today: a short range of due times.
CREATE INDEX cases_board_owed ON cases (first_response_due, queue_id) WHERE status <> 'resolved' AND first_response_at = 0;

