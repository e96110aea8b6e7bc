-- Issue 18, decision 0317: the audit trail window and audit export read a store with years of events a page
-- at a time, newest first, by event number (keyset: "the events before #n that match"). One index per
-- filter, with the event number, so a filtered page is read from the index, not by walking the trail.
-- Keep in step with the other engine's V4__audit_event_paging.sql.
CREATE INDEX audit_event_case_seq ON audit_event (case_key, seq);
CREATE INDEX audit_event_actor_seq ON audit_event (actor, seq);
CREATE INDEX audit_event_action_seq ON audit_event (action, seq);
DROP INDEX audit_event_case;
