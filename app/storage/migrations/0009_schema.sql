-- SPDX-FileCopyrightText: 2026 CareDesk contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v9: training results (issue 9). One row per rehearsed scenario and trainee; the rubric
-- points of every reply and the replies themselves as JSON (TrainingResult::pointsJson and
-- repliesJson). agent_id 0 is the local agent of a single-user workspace, who has no agent row:
-- no foreign key, as saved_view. The trainer's rubric lives in setting 'training.rubric'.
CREATE TABLE training_result (
    id @ID@,
    agent_id BIGINT NOT NULL DEFAULT 0,
    agent_name TEXT NOT NULL DEFAULT '',
    scenario_id TEXT NOT NULL,
    scenario_title TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    platform TEXT NOT NULL,
    started_at BIGINT NOT NULL,
    finished_at BIGINT NOT NULL,
    score INTEGER NOT NULL,
    max_score INTEGER NOT NULL,
    outcome TEXT NOT NULL DEFAULT '',
    points TEXT NOT NULL,
    replies TEXT NOT NULL,
    exemplary_reply TEXT NOT NULL DEFAULT ''
);

CREATE INDEX training_result_agent ON training_result (agent_id, finished_at);
