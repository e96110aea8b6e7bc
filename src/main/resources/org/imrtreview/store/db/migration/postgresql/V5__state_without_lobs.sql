-- Decision 0472: H2's V5 turns the review state, the typed request and the decision's reason from large
-- objects into CHARACTER VARYING (H2's race between reading a large object and updating its row). On
-- PostgreSQL these columns are TEXT, which is not a large object: nothing to change. Kept so both engines
-- stand at the same schema version.
SELECT 1;
