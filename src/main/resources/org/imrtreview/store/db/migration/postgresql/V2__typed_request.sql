-- Decision 0213: the request as the store knows it (Request JSON: member, IDs, urgency, line of business,
-- received time): request.json's when the case was entered or last scanned, or - request_typed - as a
-- reviewer typed or corrected it, which no later scan replaces. Every workstation's worklist shows it.
-- Keep in step with ../h2/V2__typed_request.sql.
ALTER TABLE review_case ADD COLUMN request_json TEXT;
ALTER TABLE review_case ADD COLUMN request_typed BOOLEAN DEFAULT FALSE NOT NULL;
