-- SPDX-FileCopyrightText: 2026 CareDesk contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v8, team mode: reviews follow their case (a supervisor sees the reviews of the cases of
-- their teams' queues, like the cases themselves, 0003); only supervisors, trainers and
-- administrators write them, and always under their own name.
ALTER TABLE reply_review OWNER TO caredesk_owner;

ALTER TABLE reply_review ENABLE ROW LEVEL SECURITY;

ALTER TABLE reply_review FORCE ROW LEVEL SECURITY;

CREATE POLICY caredesk_owner_all ON reply_review TO caredesk_owner USING (true) WITH CHECK (true);

GRANT SELECT ON reply_review TO caredesk_agent, caredesk_supervisor, caredesk_trainer, caredesk_admin;

GRANT INSERT, UPDATE ON reply_review TO caredesk_supervisor, caredesk_trainer, caredesk_admin;

CREATE POLICY reply_review_visible ON reply_review FOR SELECT
USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = reply_review.case_id));

CREATE POLICY reply_review_write ON reply_review FOR INSERT
WITH CHECK (reviewer_id = (SELECT caredesk_agent_id())
    AND EXISTS (SELECT 1 FROM cases c WHERE c.id = reply_review.case_id));

CREATE POLICY reply_review_update ON reply_review FOR UPDATE
USING (reviewer_id = (SELECT caredesk_agent_id()) OR (SELECT caredesk_is_admin()))
WITH CHECK (EXISTS (SELECT 1 FROM cases c WHERE c.id = reply_review.case_id));
