-- SPDX-FileCopyrightText: 2026 CareDesk contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v4, PostgreSQL: the new script tables join team mode (schema 3) like the others: owned by
-- caredesk_owner, row-level security enabled and forced. Variants follow their script (readable
-- where the script is, written by whoever may write the script); usage rows are readable where
-- the script is and written by the agent they count.

ALTER TABLE script_variant OWNER TO caredesk_owner;
ALTER TABLE script_usage OWNER TO caredesk_owner;
ALTER TABLE script_variant ENABLE ROW LEVEL SECURITY;
ALTER TABLE script_variant FORCE ROW LEVEL SECURITY;
ALTER TABLE script_usage ENABLE ROW LEVEL SECURITY;
ALTER TABLE script_usage FORCE ROW LEVEL SECURITY;

CREATE POLICY caredesk_owner_all ON script_variant TO caredesk_owner USING (true) WITH CHECK (true);
CREATE POLICY caredesk_owner_all ON script_usage TO caredesk_owner USING (true) WITH CHECK (true);

GRANT SELECT, INSERT, UPDATE, DELETE ON script_variant, script_usage
    TO caredesk_agent, caredesk_supervisor, caredesk_trainer, caredesk_admin;

CREATE POLICY script_variant_read ON script_variant FOR SELECT
USING (EXISTS (SELECT 1 FROM script s WHERE s.id = script_variant.script_id));

CREATE POLICY script_variant_write ON script_variant
USING (EXISTS (SELECT 1 FROM script s WHERE s.id = script_variant.script_id
               AND (s.owner_agent_id = (SELECT caredesk_agent_id())
                    OR (s.owner_agent_id IS NULL AND (SELECT caredesk_is_supervisor())))));

CREATE POLICY script_usage_read ON script_usage FOR SELECT
USING (EXISTS (SELECT 1 FROM script s WHERE s.id = script_usage.script_id));

CREATE POLICY script_usage_own ON script_usage
USING (agent_id = (SELECT caredesk_agent_id()))
WITH CHECK (agent_id = (SELECT caredesk_agent_id())
            AND EXISTS (SELECT 1 FROM script s WHERE s.id = script_usage.script_id));
