-- SPDX-FileCopyrightText: 2026 CareDesk contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v8: quality review (issue 9). A supervisor's scorecard on one sent reply, scored with the
-- training rubric: the points per criterion (auto score, override, reason) as JSON, the total the
-- reviewer settled on, a comment, and whether the reply is worth showing in training. The text is
-- not copied: it stays in message (and goes with an erasure).
CREATE TABLE reply_review (
    id @ID@,
    message_id BIGINT NOT NULL REFERENCES message (id),
    case_id BIGINT NOT NULL REFERENCES cases (id),
    agent_id BIGINT REFERENCES agent (id),
    reviewer_id BIGINT REFERENCES agent (id),
    points TEXT NOT NULL DEFAULT '[]',
    total INTEGER NOT NULL DEFAULT 0,
    max_points INTEGER NOT NULL DEFAULT 0,
    comment TEXT NOT NULL DEFAULT '',
    showcase INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);

CREATE INDEX reply_review_message ON reply_review (message_id, created_at);

CREATE INDEX reply_review_agent ON reply_review (agent_id, created_at);

CREATE INDEX reply_review_created ON reply_review (created_at);
