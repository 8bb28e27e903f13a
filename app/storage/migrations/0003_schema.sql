-- SPDX-FileCopyrightText: 2026 CareDesk contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v3, shared by SQLite and PostgreSQL: team mode. Assignment by queue (manual,
-- round_robin, skills) keeps its turn in the queue row; the queue names the skills its cases
-- need. The roles and row-level security are in the PostgreSQL file.

ALTER TABLE queue ADD COLUMN skills TEXT NOT NULL DEFAULT '[]';

ALTER TABLE queue ADD COLUMN last_assigned_agent_id BIGINT;

-- Open cases per agent (capacity) and per queue (assignment), without a scan.
CREATE INDEX cases_assignee_status ON cases (assignee_id, status);

CREATE INDEX cases_queue_status ON cases (queue_id, status);

CREATE INDEX team_member_agent ON team_member (agent_id);
