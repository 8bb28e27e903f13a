-- SPDX-FileCopyrightText: 2026 CareDesk contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v6: reports and CSAT (README, Metrics).

-- CSAT surveys: one row per survey sent at resolution (through the outbox), with the customer's
-- answer once recorded. Holds no text; the survey's words are in the outbox row.
CREATE TABLE csat_response (
    id @ID@,
    case_id BIGINT NOT NULL REFERENCES cases (id),
    agent_id BIGINT REFERENCES agent (id),
    platform TEXT NOT NULL,
    outbox_id BIGINT REFERENCES outbox (id),
    asked_at BIGINT NOT NULL,
    score INTEGER CHECK (score IS NULL OR (score >= 1 AND score <= 5)),
    answered_at BIGINT NOT NULL DEFAULT 0,
    source TEXT NOT NULL DEFAULT ''
);

CREATE INDEX csat_response_case ON csat_response (case_id, asked_at);

CREATE INDEX csat_response_asked ON csat_response (asked_at);

-- The reports read every message of the cases in a period: what they need rides in the index
-- (same leading columns as message_case, which it replaces), so the text-heavy rows stay unread.
CREATE INDEX message_case_metrics ON message (case_id, created_at, id, direction, visibility, author_agent_id,
    sentiment);

DROP INDEX message_case;
