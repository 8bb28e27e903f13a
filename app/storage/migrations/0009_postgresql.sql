-- SPDX-FileCopyrightText: 2026 CareDesk contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v9, team mode (a class on PostgreSQL): each trainee keeps and reads their own results;
-- trainers, supervisors and administrators read everyone's. Trainers also keep the class's
-- rubric (setting 'training.rubric'), which everyone reads.
ALTER TABLE training_result OWNER TO caredesk_owner;

ALTER TABLE training_result ENABLE ROW LEVEL SECURITY;

ALTER TABLE training_result FORCE ROW LEVEL SECURITY;

CREATE POLICY caredesk_owner_all ON training_result TO caredesk_owner USING (true) WITH CHECK (true);

GRANT SELECT, INSERT ON training_result
    TO caredesk_agent, caredesk_supervisor, caredesk_trainer, caredesk_admin;

CREATE POLICY training_result_own ON training_result
USING (agent_id = (SELECT caredesk_agent_id()))
WITH CHECK (agent_id = (SELECT caredesk_agent_id()));

CREATE POLICY training_result_trainer_read ON training_result FOR SELECT
USING (pg_has_role(current_user, 'caredesk_trainer', 'MEMBER') OR (SELECT caredesk_is_supervisor()));

GRANT INSERT, UPDATE ON setting TO caredesk_trainer;

CREATE POLICY setting_trainer_rubric ON setting TO caredesk_trainer
USING (name = 'training.rubric') WITH CHECK (name = 'training.rubric');
