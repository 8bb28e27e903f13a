-- SPDX-FileCopyrightText: 2026 CareDesk contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v4, shared by SQLite and PostgreSQL: the script library (canned responses).
--
-- A script keeps its title, shortcut, category and owner (none: a team script; an agent: that
-- agent's personal script). Its texts are variants per platform and language (empty: any);
-- script.body and script.language mirror the first variant for older readers. `script_key` names
-- a script across files (the shipped library, `caredesk-cli scripts import`), so importing the same
-- file again updates instead of duplicating; `search_text` is the folded text searched with LIKE.
-- Usage is counted per agent in a table of its own: in team mode an agent may not write a team
-- script, but may record using it.

ALTER TABLE script ADD COLUMN script_key TEXT NOT NULL DEFAULT '';

ALTER TABLE script ADD COLUMN search_text TEXT NOT NULL DEFAULT '';

CREATE UNIQUE INDEX script_owner_key ON script (COALESCE(owner_agent_id, 0), script_key) WHERE script_key <> '';

CREATE INDEX script_category ON script (category);

CREATE TABLE script_variant (
    id @ID@,
    script_id BIGINT NOT NULL REFERENCES script (id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL DEFAULT 0,
    platform TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL
);

CREATE INDEX script_variant_script ON script_variant (script_id, ordinal);

CREATE TABLE script_usage (
    script_id BIGINT NOT NULL REFERENCES script (id) ON DELETE CASCADE,
    agent_id BIGINT NOT NULL,
    uses INTEGER NOT NULL DEFAULT 0,
    last_used_at BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (script_id, agent_id)
);
