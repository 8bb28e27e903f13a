-- SPDX-FileCopyrightText: 2026 CareDesk contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v1, shared by SQLite and PostgreSQL. @ID@ is the dialect's 64-bit identity key.
-- Times are UTC milliseconds since the epoch; flags are 0/1 integers; JSON is stored as text.
-- A merged migration is never edited: add a new numbered file instead.

CREATE TABLE account (
    id @ID@,
    platform TEXT NOT NULL,
    connector TEXT NOT NULL CHECK (connector IN ('live', 'demo', 'simulator')),
    handle TEXT NOT NULL,
    base_url TEXT NOT NULL DEFAULT '',
    purpose TEXT NOT NULL DEFAULT 'service',
    limits TEXT NOT NULL DEFAULT '{}',
    enabled INTEGER NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    UNIQUE (platform, connector, handle)
);

CREATE TABLE identity (
    id @ID@,
    platform TEXT NOT NULL,
    platform_user_id TEXT NOT NULL,
    handle TEXT NOT NULL DEFAULT '',
    display_name TEXT NOT NULL DEFAULT '',
    audience BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    UNIQUE (platform, platform_user_id)
);

CREATE TABLE customer (
    id @ID@,
    name TEXT NOT NULL DEFAULT '',
    crm_ref TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    vip INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    erased_at BIGINT NOT NULL DEFAULT 0
);

CREATE INDEX customer_crm_ref ON customer (crm_ref);

CREATE TABLE customer_identity (
    id @ID@,
    customer_id BIGINT NOT NULL REFERENCES customer (id),
    identity_id BIGINT NOT NULL REFERENCES identity (id),
    linked_at BIGINT NOT NULL,
    linked_by BIGINT NOT NULL DEFAULT 0,
    unlinked_at BIGINT NOT NULL DEFAULT 0
);

CREATE UNIQUE INDEX customer_identity_active ON customer_identity (identity_id) WHERE unlinked_at = 0;

CREATE INDEX customer_identity_customer ON customer_identity (customer_id);

CREATE TABLE team (
    id @ID@,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE agent (
    id @ID@,
    name TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT 'agent' CHECK (role IN ('agent', 'supervisor', 'trainer', 'admin')),
    skills TEXT NOT NULL DEFAULT '[]',
    languages TEXT NOT NULL DEFAULT '[]',
    capacity INTEGER NOT NULL DEFAULT 10,
    active INTEGER NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL
);

CREATE TABLE team_member (
    team_id BIGINT NOT NULL REFERENCES team (id),
    agent_id BIGINT NOT NULL REFERENCES agent (id),
    PRIMARY KEY (team_id, agent_id)
);

CREATE TABLE queue (
    id @ID@,
    name TEXT NOT NULL UNIQUE,
    team_id BIGINT REFERENCES team (id),
    assignment_mode TEXT NOT NULL DEFAULT 'manual'
);

CREATE TABLE cases (
    id @ID@,
    account_id BIGINT NOT NULL REFERENCES account (id),
    platform TEXT NOT NULL,
    thread_key TEXT NOT NULL,
    customer_id BIGINT REFERENCES customer (id),
    queue_id BIGINT REFERENCES queue (id),
    assignee_id BIGINT REFERENCES agent (id),
    status TEXT NOT NULL DEFAULT 'new'
        CHECK (status IN ('new', 'open', 'pending', 'snoozed', 'resolved')),
    priority TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    language TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT '',
    opened_at BIGINT NOT NULL,
    last_message_at BIGINT NOT NULL,
    last_customer_message_at BIGINT NOT NULL DEFAULT 0,
    first_response_at BIGINT NOT NULL DEFAULT 0,
    last_agent_message_at BIGINT NOT NULL DEFAULT 0,
    snoozed_until BIGINT NOT NULL DEFAULT 0,
    resolved_at BIGINT NOT NULL DEFAULT 0,
    first_response_due BIGINT NOT NULL DEFAULT 0,
    next_response_due BIGINT NOT NULL DEFAULT 0,
    resolution_due BIGINT NOT NULL DEFAULT 0,
    unanswered INTEGER NOT NULL DEFAULT 0,
    message_count INTEGER NOT NULL DEFAULT 0,
    sentiment_entry INTEGER NOT NULL DEFAULT 0,
    sentiment_last INTEGER NOT NULL DEFAULT 0,
    last_snippet TEXT NOT NULL DEFAULT '',
    last_direction TEXT NOT NULL DEFAULT 'in',
    last_visibility TEXT NOT NULL DEFAULT 'public',
    version BIGINT NOT NULL DEFAULT 1,
    UNIQUE (account_id, thread_key)
);

CREATE INDEX cases_recent ON cases (last_message_at DESC, id DESC);

CREATE INDEX cases_status_recent ON cases (status, last_message_at DESC, id DESC);

CREATE INDEX cases_platform_recent ON cases (platform, last_message_at DESC, id DESC);

CREATE INDEX cases_customer ON cases (customer_id);

CREATE TABLE case_link (
    id @ID@,
    case_id BIGINT NOT NULL REFERENCES cases (id),
    linked_case_id BIGINT NOT NULL REFERENCES cases (id),
    reason TEXT NOT NULL DEFAULT '',
    created_by BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    UNIQUE (case_id, linked_case_id)
);

CREATE TABLE message (
    id @ID@,
    case_id BIGINT NOT NULL REFERENCES cases (id),
    account_id BIGINT NOT NULL REFERENCES account (id),
    platform_id TEXT NOT NULL,
    direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    visibility TEXT NOT NULL CHECK (visibility IN ('public', 'private')),
    author_identity_id BIGINT REFERENCES identity (id),
    author_agent_id BIGINT REFERENCES agent (id),
    author_name TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    reply_to_platform_id TEXT NOT NULL DEFAULT '',
    permalink TEXT NOT NULL DEFAULT '',
    edited_at BIGINT NOT NULL DEFAULT 0,
    sentiment INTEGER NOT NULL DEFAULT 0,
    UNIQUE (account_id, platform_id)
);

CREATE INDEX message_case ON message (case_id, created_at, id);

CREATE INDEX message_author ON message (author_identity_id);

CREATE TABLE attachment (
    id @ID@,
    message_id BIGINT NOT NULL REFERENCES message (id),
    kind TEXT NOT NULL,
    url TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '',
    size BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE note (
    id @ID@,
    case_id BIGINT NOT NULL REFERENCES cases (id),
    author_agent_id BIGINT REFERENCES agent (id),
    text TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE INDEX note_case ON note (case_id, created_at);

CREATE TABLE tag (
    id @ID@,
    name TEXT NOT NULL UNIQUE,
    color TEXT NOT NULL DEFAULT ''
);

CREATE TABLE case_tag (
    case_id BIGINT NOT NULL REFERENCES cases (id),
    tag_id BIGINT NOT NULL REFERENCES tag (id),
    PRIMARY KEY (case_id, tag_id)
);

CREATE TABLE sla_policy (
    id @ID@,
    platform TEXT,
    priority TEXT,
    first_response_minutes INTEGER NOT NULL,
    next_response_minutes INTEGER NOT NULL,
    resolution_minutes INTEGER NOT NULL,
    at_risk_percent INTEGER NOT NULL DEFAULT 75,
    business_hours TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE script (
    id @ID@,
    title TEXT NOT NULL,
    shortcut TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    owner_agent_id BIGINT REFERENCES agent (id),
    usage_count INTEGER NOT NULL DEFAULT 0,
    updated_at BIGINT NOT NULL
);

CREATE TABLE outbox (
    id @ID@,
    case_id BIGINT NOT NULL REFERENCES cases (id),
    account_id BIGINT NOT NULL REFERENCES account (id),
    agent_id BIGINT REFERENCES agent (id),
    visibility TEXT NOT NULL CHECK (visibility IN ('public', 'private')),
    text TEXT NOT NULL,
    reply_to_platform_id TEXT NOT NULL DEFAULT '',
    idempotency_key TEXT NOT NULL UNIQUE,
    state TEXT NOT NULL DEFAULT 'queued'
        CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'unknown', 'cancelled')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL DEFAULT 0,
    error TEXT NOT NULL DEFAULT '',
    sent_platform_id TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE INDEX outbox_pending ON outbox (state, case_id, id);

CREATE TABLE draft (
    case_id BIGINT NOT NULL REFERENCES cases (id),
    agent_id BIGINT NOT NULL,
    visibility TEXT NOT NULL DEFAULT 'public',
    text TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (case_id, agent_id)
);

CREATE TABLE read_state (
    case_id BIGINT NOT NULL REFERENCES cases (id),
    agent_id BIGINT NOT NULL,
    read_up_to BIGINT NOT NULL,
    PRIMARY KEY (case_id, agent_id)
);

CREATE TABLE presence (
    agent_id BIGINT NOT NULL PRIMARY KEY,
    case_id BIGINT,
    activity TEXT NOT NULL DEFAULT '',
    heartbeat_at BIGINT NOT NULL
);

CREATE TABLE poll_lease (
    account_id BIGINT NOT NULL PRIMARY KEY REFERENCES account (id),
    holder TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);

CREATE TABLE sync_cursor (
    account_id BIGINT NOT NULL REFERENCES account (id),
    stream TEXT NOT NULL,
    value TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (account_id, stream)
);

-- The change feed. One counter row, bumped under its row lock by every writing transaction, so
-- sequence numbers become visible in order on both databases; the log says which cases changed.
CREATE TABLE change_seq (
    id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    value BIGINT NOT NULL
);

INSERT INTO change_seq (id, value) VALUES (1, 0);

CREATE TABLE change_log (
    seq BIGINT NOT NULL,
    case_id BIGINT NOT NULL,
    at BIGINT NOT NULL,
    PRIMARY KEY (seq, case_id)
);

-- Append-only (triggers in the dialect file); carries ids and small values, never message text.
CREATE TABLE event (
    id @ID@,
    type TEXT NOT NULL,
    at BIGINT NOT NULL,
    agent_id BIGINT,
    case_id BIGINT,
    customer_id BIGINT,
    message_id BIGINT,
    data TEXT NOT NULL DEFAULT '{}'
);

CREATE INDEX event_case ON event (case_id, at);

CREATE INDEX event_customer ON event (customer_id, at);

CREATE INDEX event_type_at ON event (type, at);
