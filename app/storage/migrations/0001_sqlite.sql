-- SPDX-FileCopyrightText: 2026 CareDesk contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v1, the parts only SQLite spells this way.

-- Words come from SearchTokenizer (already folded); rowid is message.id.
CREATE VIRTUAL TABLE message_fts USING fts5 (terms, tokenize = 'unicode61 remove_diacritics 0');

CREATE TRIGGER event_no_update BEFORE UPDATE ON event
BEGIN
    SELECT RAISE(ABORT, 'events are append-only');
END;

CREATE TRIGGER event_no_delete BEFORE DELETE ON event
BEGIN
    SELECT RAISE(ABORT, 'events are append-only');
END;

CREATE TRIGGER account_training_insert BEFORE INSERT ON account
WHEN NEW.connector <> 'simulator' AND (SELECT kind FROM workspace WHERE id = 1) = 'training'
BEGIN
    SELECT RAISE(ABORT, 'a training workspace accepts only simulator accounts');
END;

CREATE TRIGGER account_training_update BEFORE UPDATE OF connector ON account
WHEN NEW.connector <> 'simulator' AND (SELECT kind FROM workspace WHERE id = 1) = 'training'
BEGIN
    SELECT RAISE(ABORT, 'a training workspace accepts only simulator accounts');
END;

CREATE TRIGGER workspace_training_kind BEFORE UPDATE OF kind ON workspace
WHEN NEW.kind = 'training' AND EXISTS (SELECT 1 FROM account WHERE connector <> 'simulator')
BEGIN
    SELECT RAISE(ABORT, 'a training workspace accepts only simulator accounts');
END;
