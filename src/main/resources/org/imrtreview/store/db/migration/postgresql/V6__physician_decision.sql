-- Decision 0473: the physician reviewer's uphold, overturn or peer-to-peer request is the team's to see, beside
-- the nurse's referral it answers: the standing decision row carries the physician's latest step on it (what,
-- by whom, when). Keep in step with the other engine's V6__physician_decision.sql.
ALTER TABLE decision ADD COLUMN physician_action VARCHAR(20);
ALTER TABLE decision ADD COLUMN physician_by VARCHAR(100);
ALTER TABLE decision ADD COLUMN physician_at TIMESTAMP WITH TIME ZONE;

-- A store of an earlier release: each standing referral takes its case's latest "Physician review" event from
-- the audit trail (which audit verify proves), as RecordedDecision reads it.
UPDATE decision SET
    physician_action = (SELECT CASE
            WHEN a.detail LIKE 'Denial upheld by %' THEN 'UPHOLD'
            WHEN a.detail LIKE 'Overturned: approved by %' THEN 'OVERTURN'
            WHEN a.detail LIKE 'Peer-to-peer requested by %' THEN 'PEER_TO_PEER' END
        FROM audit_event a WHERE a.seq = (SELECT MAX(b.seq) FROM audit_event b
            WHERE b.case_key = decision.case_key AND b.action = 'Physician review')),
    physician_by = (SELECT a.actor FROM audit_event a WHERE a.seq = (SELECT MAX(b.seq) FROM audit_event b
            WHERE b.case_key = decision.case_key AND b.action = 'Physician review')),
    physician_at = (SELECT a.at FROM audit_event a WHERE a.seq = (SELECT MAX(b.seq) FROM audit_event b
            WHERE b.case_key = decision.case_key AND b.action = 'Physician review'))
WHERE active_case_key IS NOT NULL AND decision = 'REFER'
    AND EXISTS (SELECT 1 FROM audit_event b WHERE b.case_key = decision.case_key AND b.action = 'Physician review');
