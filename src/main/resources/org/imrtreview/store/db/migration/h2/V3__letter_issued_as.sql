-- Issue 18: "letter printed/saved" - how a letter left the workstation: SAVED as a PDF, PRINTED on paper or
-- SENT with a PAS response. Rows from before this migration were all saved. Keep in step with
-- ../postgresql/V3__letter_issued_as.sql.
ALTER TABLE letter_issued ADD COLUMN issued_as VARCHAR(20) DEFAULT 'SAVED' NOT NULL;
