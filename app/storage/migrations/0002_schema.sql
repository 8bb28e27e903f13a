-- SPDX-FileCopyrightText: 2026 CareDesk contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v2: the customer journey. Profiles get comparable keys and tags; identity links
-- remember what they replaced, so unlinking restores the previous state exactly; contacts
-- imported from other systems join the journey; an index of evidence (handles, names, and the
-- addresses, phone numbers and order numbers customers write in private messages) backs the
-- link suggestions. A merged migration is never edited: add a new numbered file instead.

-- Normalized e-mail and phone (digits with the country code), kept by every profile write.
ALTER TABLE customer ADD COLUMN email_key TEXT NOT NULL DEFAULT '';

ALTER TABLE customer ADD COLUMN phone_key TEXT NOT NULL DEFAULT '';

ALTER TABLE customer ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';

CREATE INDEX customer_email_key ON customer (email_key) WHERE email_key <> '';

CREATE INDEX customer_phone_key ON customer (phone_key) WHERE phone_key <> '';

-- A link made by an agent replaces the identity's previous link (kept, with unlinked_at set);
-- unlinking ends this one and makes the previous one hold again, so nothing is ever deleted.
ALTER TABLE customer_identity ADD COLUMN previous_link_id BIGINT;

ALTER TABLE customer_identity ADD COLUMN previous_customer_id BIGINT;

ALTER TABLE customer_identity ADD COLUMN unlinked_by BIGINT NOT NULL DEFAULT 0;

-- The evidence kind the agent linked on ('email', 'same_handle' ...), 'manual', or '' for the
-- automatic link of ingest. Never the evidence itself: it is personal data.
ALTER TABLE customer_identity ADD COLUMN evidence TEXT NOT NULL DEFAULT '';

CREATE INDEX customer_identity_identity ON customer_identity (identity_id, id);

-- The cases a link moved with its identity, and whose they were, so an unlink moves them back.
CREATE TABLE customer_identity_case (
    link_id BIGINT NOT NULL REFERENCES customer_identity (id),
    case_id BIGINT NOT NULL REFERENCES cases (id),
    previous_customer_id BIGINT REFERENCES customer (id),
    PRIMARY KEY (link_id, case_id)
);

-- An interaction from another system (phone call, e-mail, chat, shop order ...).
CREATE TABLE contact (
    id @ID@,
    customer_id BIGINT NOT NULL REFERENCES customer (id),
    channel TEXT NOT NULL,
    direction TEXT NOT NULL DEFAULT 'in' CHECK (direction IN ('in', 'out')),
    summary TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    source_ref TEXT NOT NULL DEFAULT '',
    imported_at BIGINT NOT NULL
);

CREATE INDEX contact_customer ON contact (customer_id, created_at);

-- Importing the same export twice adds nothing.
CREATE UNIQUE INDEX contact_source ON contact (source, source_ref) WHERE source_ref <> '';

-- Evidence per identity: kind is an evidence kind ('same_handle', 'display_name_and_case',
-- 'email', 'phone', 'order_number'), value its normalized form, message_id where it was written.
CREATE TABLE identity_key (
    identity_id BIGINT NOT NULL REFERENCES identity (id),
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    message_id BIGINT,
    PRIMARY KEY (identity_id, kind, value)
);

CREATE INDEX identity_key_value ON identity_key (kind, value);

-- How far the evidence index has read, and with which rules (a changed order pattern reads the
-- private messages again).
CREATE TABLE identity_key_scan (
    id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    identity_id BIGINT NOT NULL,
    message_id BIGINT NOT NULL,
    profiles INTEGER NOT NULL,
    rules TEXT NOT NULL
);

INSERT INTO identity_key_scan (id, identity_id, message_id, profiles, rules) VALUES (1, 0, 0, 0, '');

-- Workspace settings shared by every desktop and the CLI ('journey.order_pattern',
-- 'journey.case_link_window_hours').
CREATE TABLE setting (
    name TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
);
