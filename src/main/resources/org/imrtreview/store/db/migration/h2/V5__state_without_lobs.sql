-- Decision 0472: on H2 the text a client reads while another updates the same row is not a large object.
-- H2 keeps a CHARACTER LARGE OBJECT apart from its row; reading it while another connection updates the row
-- could fail with a NullPointerException in LobStorageMap (h2database issues 1808 / 3445): seen once among
-- twenty clients on one worklist (review_case.state_json). A CHARACTER VARYING is kept in the row (H2 2.x
-- allows up to 1 000 000 000 characters), so there is nothing to race on. The columns of rows that are updated
-- while others read them change type; the values are kept as they are (H2 converts each in place).
-- audit_event.detail stays a large object: its rows are never updated (triggers refuse it) and their hashes
-- are computed over the text, which the type does not change. PostgreSQL's TEXT is not a large object: it
-- has nothing to migrate (its V5 only keeps the versions in step).
ALTER TABLE review_case ALTER COLUMN state_json SET DATA TYPE CHARACTER VARYING;
ALTER TABLE review_case ALTER COLUMN request_json SET DATA TYPE CHARACTER VARYING;
ALTER TABLE decision ALTER COLUMN reason SET DATA TYPE CHARACTER VARYING;
