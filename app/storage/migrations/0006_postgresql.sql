-- SPDX-FileCopyrightText: 2026 CareDesk contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v6, team mode: CSAT rows follow their case, like the outbox (0003).
ALTER TABLE csat_response OWNER TO caredesk_owner;

ALTER TABLE csat_response ENABLE ROW LEVEL SECURITY;

ALTER TABLE csat_response FORCE ROW LEVEL SECURITY;

CREATE POLICY caredesk_owner_all ON csat_response TO caredesk_owner USING (true) WITH CHECK (true);

GRANT SELECT, INSERT, UPDATE ON csat_response TO caredesk_agent, caredesk_supervisor, caredesk_trainer, caredesk_admin;

CREATE POLICY csat_response_visible ON csat_response
USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = csat_response.case_id));
