-- SPDX-FileCopyrightText: 2026 CareDesk contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v5: inbox views (issue 4). Saved views per agent, and the indexes that give every view's
-- first page and every sort its keyset order without sorting the cases (README.md, Inbox views).

-- An agent's named filter and sort (InboxQuery as ViewDefinition writes it, JSON). agent_id 0 is
-- the local agent of a single-user workspace, who has no agent row: no foreign key.
CREATE TABLE saved_view (
    id @ID@,
    agent_id BIGINT NOT NULL DEFAULT 0,
    name TEXT NOT NULL,
    definition TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0,
    updated_at BIGINT NOT NULL,
    UNIQUE (agent_id, name)
);

-- Per account views, newest first.
CREATE INDEX cases_account_recent ON cases (account_id, last_message_at DESC, id DESC);

-- Per language views, newest first; also lists the languages (a skip scan over MIN).
CREATE INDEX cases_language_recent ON cases (language, last_message_at DESC, id DESC);

-- "Oldest waiting": the time of the unanswered customer message, nobody waiting last. The
-- expression is spelled exactly so in CaseViews (app/storage/caseviews.cpp).
CREATE INDEX cases_waiting ON cases ((CASE WHEN unanswered > 0 AND last_customer_message_at > 0 THEN last_customer_message_at ELSE 9223372036854775807 END), id);

-- "Priority": urgent first, then newest activity.
CREATE INDEX cases_priority_recent ON cases ((CASE priority WHEN 'urgent' THEN 3 WHEN 'high' THEN 2 WHEN 'normal' THEN 1 ELSE 0 END), last_message_at, id);

-- Tag filters look the cases up from the tag.
CREATE INDEX case_tag_tag ON case_tag (tag_id, case_id);

-- "Negative sentiment", newest first: few cases, so a small partial index of their own.
CREATE INDEX cases_negative_recent ON cases (last_message_at DESC, id DESC) WHERE sentiment_last < 0;

-- The counts of the views panel over open cases: covering, so a count by platform is a range and
-- one by account, language, unanswered or sentiment a scan of this index, never of the cases.
CREATE INDEX cases_open_views ON cases (platform, account_id, language, unanswered, sentiment_last) WHERE status <> 'resolved';
