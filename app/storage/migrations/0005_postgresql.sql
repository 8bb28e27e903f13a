-- SPDX-FileCopyrightText: 2026 CareDesk contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v5, PostgreSQL: the SLA due index (see 0005_sqlite.sql) and team mode for saved views:
-- each agent reads and writes only their own.
CREATE INDEX cases_sla_due ON cases ((LEAST(CASE WHEN first_response_due > 0 THEN first_response_due ELSE 9223372036854775807 END, CASE WHEN next_response_due > 0 THEN next_response_due ELSE 9223372036854775807 END, CASE WHEN resolution_due > 0 THEN resolution_due ELSE 9223372036854775807 END)), id) WHERE status <> 'resolved';

ALTER TABLE saved_view OWNER TO caredesk_owner;

ALTER TABLE saved_view ENABLE ROW LEVEL SECURITY;

ALTER TABLE saved_view FORCE ROW LEVEL SECURITY;

CREATE POLICY caredesk_owner_all ON saved_view TO caredesk_owner USING (true) WITH CHECK (true);

GRANT SELECT, INSERT, UPDATE, DELETE ON saved_view
    TO caredesk_agent, caredesk_supervisor, caredesk_trainer, caredesk_admin;

CREATE POLICY saved_view_own ON saved_view
USING (agent_id = (SELECT caredesk_agent_id()))
WITH CHECK (agent_id = (SELECT caredesk_agent_id()));
