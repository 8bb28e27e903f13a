-- SPDX-FileCopyrightText: 2026 CareDesk contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v2, the parts only PostgreSQL spells this way.

-- Erasure on a customer's legal request: the one privileged path that changes customers' texts.
-- It runs as the owner of the tables (SECURITY DEFINER, with the search path fixed at creation),
-- so in team mode agents' roles need no UPDATE on message at all. PUBLIC may not run it; in team
-- mode the administrator grants it to the roles that handle such requests:
--   GRANT EXECUTE ON FUNCTION caredesk_erase_customer(BIGINT, BIGINT, BIGINT, TEXT)
--       TO caredesk_supervisor, caredesk_admin;
-- The customer's messages (and the replies in their cases), notes, outbox texts, case subjects,
-- identities, contacts and profile become the marker; ids, times, counts and sentiment stay;
-- the search index forgets the texts; drafts of their cases go. The event says who and when.
CREATE FUNCTION caredesk_erase_customer(p_customer BIGINT, p_agent BIGINT, p_at BIGINT, p_marker TEXT)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    v_erased BIGINT;
    v_cases BIGINT[];
    v_identities BIGINT[];
    v_messages BIGINT[];
    v_event BIGINT;
BEGIN
    SELECT erased_at INTO v_erased FROM customer WHERE id = p_customer FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no customer %', p_customer USING ERRCODE = 'no_data_found';
    END IF;
    IF v_erased <> 0 THEN
        RAISE EXCEPTION 'the customer % is erased already', p_customer USING ERRCODE = 'check_violation';
    END IF;
    v_cases := ARRAY(SELECT id FROM cases WHERE customer_id = p_customer ORDER BY id);
    v_identities := ARRAY(SELECT identity_id FROM customer_identity
                          WHERE customer_id = p_customer AND unlinked_at = 0 ORDER BY identity_id);
    v_messages := ARRAY(SELECT id FROM message
                        WHERE case_id = ANY (v_cases) OR author_identity_id = ANY (v_identities) ORDER BY id);

    UPDATE message SET text = p_marker, permalink = '',
        author_name = CASE WHEN direction = 'in' THEN p_marker ELSE author_name END
        WHERE id = ANY (v_messages);
    DELETE FROM message_search WHERE message_id = ANY (v_messages);
    UPDATE attachment SET url = '', name = p_marker WHERE message_id = ANY (v_messages);
    UPDATE note SET text = p_marker WHERE case_id = ANY (v_cases);
    UPDATE outbox SET text = p_marker,
        state = CASE WHEN state IN ('queued', 'failed', 'unknown') THEN 'cancelled' ELSE state END
        WHERE case_id = ANY (v_cases);
    DELETE FROM draft WHERE case_id = ANY (v_cases);
    UPDATE cases SET subject = p_marker, last_snippet = p_marker, version = version + 1
        WHERE id = ANY (v_cases);
    UPDATE identity SET handle = p_marker, display_name = p_marker,
        platform_user_id = p_marker || ':' || id::text
        WHERE id = ANY (v_identities);
    DELETE FROM identity_key WHERE identity_id = ANY (v_identities);
    UPDATE contact SET summary = p_marker WHERE customer_id = p_customer;
    UPDATE customer SET name = p_marker, crm_ref = '', email = '', phone = '', email_key = '',
        phone_key = '', region = '', language = '', notes = '', tags = '[]', erased_at = p_at
        WHERE id = p_customer;

    INSERT INTO event (type, at, agent_id, customer_id, data)
        VALUES ('customer_erased', p_at, NULLIF(p_agent, 0), p_customer,
                json_build_object('cases', cardinality(v_cases), 'messages', cardinality(v_messages),
                                  'identities', cardinality(v_identities), 'by', session_user)::text)
        RETURNING id INTO v_event;
    RETURN v_event;
END
$$;

REVOKE ALL ON FUNCTION caredesk_erase_customer(BIGINT, BIGINT, BIGINT, TEXT) FROM PUBLIC;
