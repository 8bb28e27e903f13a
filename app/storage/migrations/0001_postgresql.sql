-- SPDX-FileCopyrightText: 2026 CareDesk contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v1, the parts only PostgreSQL spells this way.

-- Words come from SearchTokenizer (already folded), indexed with the 'simple' configuration so
-- results match SQLite's FTS5.
CREATE TABLE message_search (
    message_id BIGINT NOT NULL PRIMARY KEY REFERENCES message (id),
    terms TSVECTOR NOT NULL
);

CREATE INDEX message_search_terms ON message_search USING GIN (terms);

CREATE FUNCTION caredesk_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'events are append-only' USING ERRCODE = 'integrity_constraint_violation';
END
$$;

CREATE TRIGGER event_no_update BEFORE UPDATE OR DELETE ON event
FOR EACH ROW EXECUTE FUNCTION caredesk_event_append_only();

CREATE TRIGGER event_no_truncate BEFORE TRUNCATE ON event
FOR EACH STATEMENT EXECUTE FUNCTION caredesk_event_append_only();

CREATE FUNCTION caredesk_account_training_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.connector <> 'simulator' AND (SELECT kind FROM workspace WHERE id = 1) = 'training' THEN
        RAISE EXCEPTION 'a training workspace accepts only simulator accounts'
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER account_training_only BEFORE INSERT OR UPDATE ON account
FOR EACH ROW EXECUTE FUNCTION caredesk_account_training_only();

CREATE FUNCTION caredesk_workspace_training_kind() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.kind = 'training' AND EXISTS (SELECT 1 FROM account WHERE connector <> 'simulator') THEN
        RAISE EXCEPTION 'a training workspace accepts only simulator accounts'
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER workspace_training_kind BEFORE UPDATE ON workspace
FOR EACH ROW EXECUTE FUNCTION caredesk_workspace_training_kind();
