-- SPDX-FileCopyrightText: 2026 CareDesk contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v7, shared by SQLite and PostgreSQL: the supervisor board. Its figures read cases by
-- when they were opened (volume this hour and the same hour of the last four weeks, for the spike
-- alert) and by when they were first answered (SLA attainment and first response times today);
-- without these indexes both would read every case. The audience of an author is identity.audience
-- (schema 1) and a VIP is customer.vip: no new columns.

CREATE INDEX cases_opened ON cases (opened_at);

CREATE INDEX cases_first_response ON cases (first_response_at) WHERE first_response_at > 0;

-- Routing: the queue new cases of an account go to (NULL: the shared inbox). A case routed there
-- is assigned by the queue's mode (manual, round robin, skills and language within capacity).
ALTER TABLE account ADD COLUMN queue_id BIGINT REFERENCES queue (id);
