-- SPDX-FileCopyrightText: 2026 CareDesk contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v3, PostgreSQL: team mode (ARCHITECTURE.md, Team mode; README.md, Team mode).
--
-- Every agent logs in as a PostgreSQL role of their own (agent.name = the role's name), member of
-- one group role: caredesk_agent, caredesk_supervisor, caredesk_trainer or caredesk_admin.
-- The tables belong to caredesk_owner, a role nobody logs in as; row-level security is enabled
-- and forced on every table, so not even the owner reads past the policies below. Superusers
-- bypass row-level security: no desktop may connect as one.
--
-- Run `caredesk-cli workspace init` as a superuser, or as a role with CREATEROLE that owns the
-- schema: roles are shared by the whole cluster and are created here only when missing, the
-- tables are handed to caredesk_owner, and each group gets its grants. Needs PostgreSQL 14 or
-- newer: the helper functions use SQL-standard bodies, which are bound when they are created and
-- so cannot be redirected by an agent's temporary tables or search_path.

DO $$
DECLARE
    r TEXT;
BEGIN
    FOREACH r IN ARRAY ARRAY['caredesk_owner', 'caredesk_agent', 'caredesk_supervisor',
                             'caredesk_trainer', 'caredesk_admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                -- The owner creates agents' login roles (caredesk_create_login), so that
                -- administrators need no CREATEROLE of their own.
                EXECUTE format('CREATE ROLE %I NOLOGIN%s', r,
                               CASE WHEN r = 'caredesk_owner' THEN ' CREATEROLE' ELSE '' END);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                -- Another database of this cluster created it at the same moment.
                NULL;
            END;
        END IF;
    END LOOP;
    IF NOT (SELECT rolcreaterole FROM pg_roles WHERE rolname = 'caredesk_owner') THEN
        ALTER ROLE caredesk_owner CREATEROLE;
    END IF;
    -- Handing tables to a role needs membership in it (superusers have it already).
    IF NOT pg_has_role(current_user, 'caredesk_owner', 'MEMBER') THEN
        EXECUTE format('GRANT caredesk_owner TO %I', current_user);
    END IF;
    EXECUTE format('GRANT USAGE, CREATE ON SCHEMA %I TO caredesk_owner', current_schema());
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO caredesk_agent, caredesk_supervisor, '
                   'caredesk_trainer, caredesk_admin', current_schema());
END
$$;

-- Who the connected login is. Policies call these as (SELECT f()), so each runs once per query.
CREATE FUNCTION caredesk_agent_id() RETURNS BIGINT LANGUAGE sql STABLE
RETURN (SELECT a.id FROM agent a WHERE a.name = current_user);

CREATE FUNCTION caredesk_is_admin() RETURNS BOOLEAN LANGUAGE sql STABLE
RETURN pg_has_role(current_user, 'caredesk_admin', 'MEMBER');

CREATE FUNCTION caredesk_is_supervisor() RETURNS BOOLEAN LANGUAGE sql STABLE
RETURN pg_has_role(current_user, 'caredesk_supervisor', 'MEMBER')
    OR pg_has_role(current_user, 'caredesk_admin', 'MEMBER');

CREATE FUNCTION caredesk_my_teams() RETURNS BIGINT[] LANGUAGE sql STABLE
RETURN ARRAY(SELECT tm.team_id FROM team_member tm JOIN agent a ON a.id = tm.agent_id
             WHERE a.name = current_user);

-- The queues whose cases the login may see: its teams' queues and the queues of no team;
-- administrators see every queue. A case in no queue is in everyone's shared inbox.
CREATE FUNCTION caredesk_my_queues() RETURNS BIGINT[] LANGUAGE sql STABLE
RETURN ARRAY(SELECT q.id FROM queue q
             WHERE q.team_id IS NULL OR q.team_id = ANY (caredesk_my_teams()) OR caredesk_is_admin());

-- Open cases of an agent, for capacity: counts every case the agent holds, also in queues the
-- asking desktop does not see. Only the number leaves the function.
CREATE FUNCTION caredesk_open_cases(p_agent BIGINT) RETURNS BIGINT LANGUAGE sql STABLE SECURITY DEFINER
RETURN (SELECT count(*) FROM cases c WHERE c.assignee_id = p_agent AND c.status <> 'resolved');

-- Who holds a case and which queue it is in change only through the team operations (claim,
-- assign, automatic assignment, routing, sign-out), which say so for their transaction with
-- set_config('caredesk.assigning', 'on', true). Other writes of the whole row (storing new
-- messages, status changes) carry the values they read, possibly before a concurrent claim
-- committed: the stored values stay, so a claim is never silently undone.
-- Agents may take an unassigned case and give back their own; taking a case from someone else is
-- for supervisors and administrators. (Automatic assignment runs on any desktop, so giving an
-- unassigned case to a colleague is allowed.)
CREATE FUNCTION caredesk_cases_assignee_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('caredesk.assigning', true) IS DISTINCT FROM 'on' THEN
        NEW.assignee_id := OLD.assignee_id;
        NEW.queue_id := OLD.queue_id;
        RETURN NEW;
    END IF;
    IF OLD.assignee_id IS NOT NULL AND NEW.assignee_id IS DISTINCT FROM OLD.assignee_id
        AND OLD.assignee_id IS DISTINCT FROM caredesk_agent_id() AND NOT caredesk_is_supervisor() THEN
        RAISE EXCEPTION 'only supervisors and administrators take a case from another agent'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER cases_assignee_guard BEFORE UPDATE OF assignee_id, queue_id ON cases
FOR EACH ROW EXECUTE FUNCTION caredesk_cases_assignee_guard();

-- `caredesk-cli agents add` on a team database: creates the agent's login role (or takes an
-- existing unprivileged one) and puts it in its group. Runs as caredesk_owner; only
-- administrators may call it. The password arrives as a SCRAM verifier, never in clear.
CREATE FUNCTION caredesk_create_login(login TEXT, group_role TEXT, verifier TEXT) RETURNS BOOLEAN
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    existing RECORD;
    created BOOLEAN := false;
BEGIN
    IF group_role NOT IN ('caredesk_agent', 'caredesk_supervisor', 'caredesk_trainer', 'caredesk_admin') THEN
        RAISE EXCEPTION 'unknown CareDesk role %', group_role USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF login !~ '^[a-z][a-z0-9_]{0,62}$' OR login LIKE 'caredesk\_%' OR login LIKE 'pg\_%' THEN
        RAISE EXCEPTION 'the login name % is not allowed', login USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT rolsuper, rolcreaterole, rolbypassrls, rolcanlogin INTO existing FROM pg_roles WHERE rolname = login;
    IF NOT FOUND THEN
        IF verifier IS NULL THEN
            EXECUTE format('CREATE ROLE %I LOGIN', login);
        ELSE
            EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', login, verifier);
        END IF;
        created := true;
    ELSE
        IF existing.rolsuper OR existing.rolcreaterole OR existing.rolbypassrls
            OR pg_has_role(login, 'caredesk_owner', 'MEMBER') THEN
            RAISE EXCEPTION 'the role % is privileged; an agent needs a role of their own', login
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NOT existing.rolcanlogin THEN
            EXECUTE format('ALTER ROLE %I LOGIN', login);
        END IF;
        IF verifier IS NOT NULL THEN
            EXECUTE format('ALTER ROLE %I PASSWORD %L', login, verifier);
        END IF;
    END IF;
    IF NOT pg_has_role(login, group_role, 'MEMBER') THEN
        EXECUTE format('GRANT %I TO %I', group_role, login);
    END IF;
    RETURN created;
END
$$;

REVOKE ALL ON FUNCTION caredesk_create_login(TEXT, TEXT, TEXT) FROM PUBLIC;

GRANT EXECUTE ON FUNCTION caredesk_create_login(TEXT, TEXT, TEXT) TO caredesk_admin;

-- Every table and function goes to the owner; row-level security is enabled and forced on
-- every table. The owner keeps full access (later migrations run as it). A table this file
-- does not name (added by a migration before this one) is readable and writable by the team
-- until its own migration narrows it.
DO $$
DECLARE
    t TEXT;
    f REGPROCEDURE;
    named TEXT[] := ARRAY['workspace', 'account', 'identity', 'customer', 'customer_identity', 'team',
        'agent', 'team_member', 'queue', 'cases', 'case_link', 'message', 'attachment', 'note', 'tag',
        'case_tag', 'sla_policy', 'script', 'outbox', 'draft', 'read_state', 'presence', 'poll_lease',
        'sync_cursor', 'change_seq', 'change_log', 'event', 'message_search',
        'customer_identity_case', 'contact', 'identity_key', 'identity_key_scan', 'setting'];
BEGIN
    FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') LOOP
        EXECUTE format('ALTER TABLE %I OWNER TO caredesk_owner', t);
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY caredesk_owner_all ON %I TO caredesk_owner USING (true) WITH CHECK (true)', t);
        IF NOT t = ANY (named) THEN
            EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO caredesk_agent, '
                           'caredesk_supervisor, caredesk_trainer, caredesk_admin', t);
            EXECUTE format('CREATE POLICY team_all ON %I USING (true)', t);
        END IF;
    END LOOP;
    FOR f IN SELECT p.oid FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
             WHERE n.nspname = current_schema() AND p.proname LIKE 'caredesk\_%' LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO caredesk_owner', f);
    END LOOP;
END
$$;

-- Grants per group. No group may UPDATE, DELETE or TRUNCATE events, nor delete a message.

GRANT SELECT ON workspace, account, team, team_member, agent, queue, sla_policy, setting
    TO caredesk_agent, caredesk_supervisor, caredesk_trainer, caredesk_admin;

GRANT INSERT, UPDATE, DELETE ON account, team, team_member, agent, queue, sla_policy, setting TO caredesk_admin;

GRANT UPDATE (display_name, capacity, skills, languages, active) ON agent TO caredesk_supervisor;

GRANT UPDATE (assignment_mode, skills, last_assigned_agent_id) ON queue TO caredesk_supervisor;

GRANT UPDATE (last_assigned_agent_id) ON queue TO caredesk_agent, caredesk_trainer;

GRANT SELECT, INSERT, UPDATE ON identity, customer, customer_identity, cases, message, attachment,
    message_search, note, tag, outbox, contact, identity_key_scan
    TO caredesk_agent, caredesk_supervisor, caredesk_trainer, caredesk_admin;

GRANT SELECT, INSERT, DELETE ON case_link, case_tag
    TO caredesk_agent, caredesk_supervisor, caredesk_trainer, caredesk_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON script, draft, read_state, presence, poll_lease, sync_cursor,
    customer_identity_case, identity_key
    TO caredesk_agent, caredesk_supervisor, caredesk_trainer, caredesk_admin;

GRANT SELECT, UPDATE ON change_seq TO caredesk_agent, caredesk_supervisor, caredesk_trainer, caredesk_admin;

GRANT SELECT, INSERT ON change_log, event TO caredesk_agent, caredesk_supervisor, caredesk_trainer, caredesk_admin;

GRANT DELETE ON change_log TO caredesk_admin;

REVOKE UPDATE, DELETE, TRUNCATE ON event
    FROM PUBLIC, caredesk_agent, caredesk_supervisor, caredesk_trainer, caredesk_admin;

-- Policies. Permissive policies of a command are OR-ed; the grants above decide which commands
-- a group may run at all.

CREATE POLICY workspace_read ON workspace FOR SELECT USING (true);

CREATE POLICY account_read ON account FOR SELECT USING (true);

CREATE POLICY account_admin ON account USING ((SELECT caredesk_is_admin()));

CREATE POLICY team_read ON team FOR SELECT USING (true);

CREATE POLICY team_admin ON team USING ((SELECT caredesk_is_admin()));

CREATE POLICY team_member_read ON team_member FOR SELECT USING (true);

CREATE POLICY team_member_admin ON team_member USING ((SELECT caredesk_is_admin()));

-- Everyone sees the agents (a claim names its winner); supervisors set the capacity and skills
-- of the agents of their teams.
CREATE POLICY agent_read ON agent FOR SELECT USING (true);

CREATE POLICY agent_admin ON agent USING ((SELECT caredesk_is_admin()));

CREATE POLICY agent_supervisor ON agent FOR UPDATE
USING ((SELECT caredesk_is_supervisor())
       AND id IN (SELECT tm.agent_id FROM team_member tm WHERE tm.team_id = ANY ((SELECT caredesk_my_teams())::BIGINT[])));

CREATE POLICY queue_read ON queue FOR SELECT USING (true);

CREATE POLICY queue_admin ON queue USING ((SELECT caredesk_is_admin()));

CREATE POLICY queue_team ON queue FOR UPDATE USING (id = ANY ((SELECT caredesk_my_queues())::BIGINT[]));

CREATE POLICY sla_policy_read ON sla_policy FOR SELECT USING (true);

CREATE POLICY sla_policy_admin ON sla_policy USING ((SELECT caredesk_is_admin()));

-- Customers and their identities are shared across teams: a customer writes to several.
CREATE POLICY identity_team ON identity USING (true);

CREATE POLICY customer_team ON customer USING (true);

CREATE POLICY customer_identity_team ON customer_identity USING (true);

CREATE POLICY tag_team ON tag USING (true);

CREATE POLICY contact_team ON contact USING (true);

CREATE POLICY identity_key_team ON identity_key USING (true);

CREATE POLICY identity_key_scan_team ON identity_key_scan USING (true);

CREATE POLICY setting_read ON setting FOR SELECT USING (true);

CREATE POLICY setting_admin ON setting USING ((SELECT caredesk_is_admin()));

-- A case is visible in its queue's team, in no queue (the shared inbox), and to its assignee.
CREATE POLICY cases_visible ON cases
USING (queue_id IS NULL OR queue_id = ANY ((SELECT caredesk_my_queues())::BIGINT[])
       OR assignee_id = (SELECT caredesk_agent_id()));

-- What belongs to a case follows the case.
CREATE POLICY case_link_visible ON case_link
USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_link.case_id));

CREATE POLICY message_visible ON message
USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = message.case_id));

CREATE POLICY attachment_visible ON attachment
USING (EXISTS (SELECT 1 FROM message m WHERE m.id = attachment.message_id));

CREATE POLICY message_search_visible ON message_search
USING (EXISTS (SELECT 1 FROM message m WHERE m.id = message_search.message_id));

CREATE POLICY note_visible ON note
USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = note.case_id));

CREATE POLICY case_tag_visible ON case_tag
USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_tag.case_id));

CREATE POLICY customer_identity_case_visible ON customer_identity_case
USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = customer_identity_case.case_id));

CREATE POLICY outbox_visible ON outbox
USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = outbox.case_id));

-- Drafts and read marks are the agent's own.
CREATE POLICY draft_own ON draft
USING (agent_id = (SELECT caredesk_agent_id()) AND EXISTS (SELECT 1 FROM cases c WHERE c.id = draft.case_id));

CREATE POLICY read_state_own ON read_state
USING (agent_id = (SELECT caredesk_agent_id())
       AND EXISTS (SELECT 1 FROM cases c WHERE c.id = read_state.case_id));

-- Presence: seen where the case is visible; written by the agent themselves (a supervisor may
-- sign an agent out).
CREATE POLICY presence_read ON presence FOR SELECT
USING (agent_id = (SELECT caredesk_agent_id()) OR case_id IS NULL
       OR EXISTS (SELECT 1 FROM cases c WHERE c.id = presence.case_id));

CREATE POLICY presence_insert ON presence FOR INSERT
WITH CHECK (agent_id = (SELECT caredesk_agent_id())
            AND (case_id IS NULL OR EXISTS (SELECT 1 FROM cases c WHERE c.id = presence.case_id)));

CREATE POLICY presence_update ON presence FOR UPDATE
USING (agent_id = (SELECT caredesk_agent_id()))
WITH CHECK (agent_id = (SELECT caredesk_agent_id())
            AND (case_id IS NULL OR EXISTS (SELECT 1 FROM cases c WHERE c.id = presence.case_id)));

CREATE POLICY presence_delete ON presence FOR DELETE
USING (agent_id = (SELECT caredesk_agent_id()) OR (SELECT caredesk_is_supervisor()));

-- Scripts: team scripts (no owner) for everyone, written by supervisors; personal ones private.
CREATE POLICY script_read ON script FOR SELECT
USING (owner_agent_id IS NULL OR owner_agent_id = (SELECT caredesk_agent_id()) OR (SELECT caredesk_is_admin()));

CREATE POLICY script_write ON script
USING (owner_agent_id = (SELECT caredesk_agent_id())
       OR (owner_agent_id IS NULL AND (SELECT caredesk_is_supervisor())));

-- Token-holding desktops coordinate through these, whoever their agent is.
CREATE POLICY poll_lease_team ON poll_lease USING (true);

CREATE POLICY sync_cursor_team ON sync_cursor USING (true);

CREATE POLICY change_seq_team ON change_seq USING (true);

-- The change feed tells each desktop about the cases it may see.
CREATE POLICY change_log_read ON change_log FOR SELECT
USING (case_id = 0 OR EXISTS (SELECT 1 FROM cases c WHERE c.id = change_log.case_id));

CREATE POLICY change_log_write ON change_log FOR INSERT WITH CHECK (true);

CREATE POLICY change_log_prune ON change_log FOR DELETE USING ((SELECT caredesk_is_admin()));

-- Events: appended by everyone, read where the case is visible; never changed (the grants
-- above and the append-only triggers of schema 1).
CREATE POLICY event_read ON event FOR SELECT
USING (case_id IS NULL OR EXISTS (SELECT 1 FROM cases c WHERE c.id = event.case_id));

CREATE POLICY event_append ON event FOR INSERT
WITH CHECK (case_id IS NULL OR EXISTS (SELECT 1 FROM cases c WHERE c.id = event.case_id));
