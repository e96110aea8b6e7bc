package org.imrtreview.store.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imrtreview.model.Column;
import org.imrtreview.model.Determination;
import org.imrtreview.model.Request;
import org.imrtreview.store.DecisionRecord;
import org.imrtreview.store.NurseDecision;
import org.imrtreview.store.PhysicianAction;
import org.imrtreview.store.PhysicianStep;
import org.imrtreview.store.ReviewState;
import org.imrtreview.store.ReviewerIdentity;
import org.imrtreview.store.ReviewerRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0472: a team-store file made by the release before it (schema V4: the review state, the typed
 * request and a decision's reason as CHARACTER LARGE OBJECT, the H2 LOB race of issues 1808 / 3445) opens with
 * those columns as CHARACTER VARYING and keeps every case, saved work, decision and audit event; the chain still
 * verifies and the team goes on working in it.
 */
class H2StoreWithoutLobsMigrationTest {
    static final Instant T0 = Instant.parse("2026-12-01T14:00:00Z");

    @TempDir
    Path temp;

    /** The store's URL, as the workstation names it (PostgresStoreMigrationTest: a database of its own). */
    String url() throws Exception {
        return "jdbc:h2:file:" + temp.resolve("workspace/.imrt-team/team") + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=10000";
    }

    /** Whether the engine is H2 (whose V5 changes the column types). */
    boolean h2() {
        return true;
    }

    private static TeamStore store(TeamDatabase db, String login, TestClock clock) {
        return new TeamStore(db, login, login + "-client-" + System.nanoTime(), clock, Duration.ofMinutes(2));
    }

    @Test
    void aStoreOfTheReleaseBeforeOpensWithoutLargeObjectsAndLosesNothing() throws Exception {
        TestClock clock = new TestClock(T0);
        // the release before: its migrations V1..V4 are its DDL, and its rows are written as its TeamStore wrote them
        try (TeamDatabase old = TeamDatabase.open(url(), "old store", "4"); Connection c = old.connection()) {
            if (h2()) {
                assertEquals("CHARACTER LARGE OBJECT", type(old, "REVIEW_CASE", "STATE_JSON"), "the old schema holds the state as a LOB");
            }
            c.setAutoCommit(false);
            reviewer(c, "lena", "Lena Lead", "RN", "LEAD", "NURSE");
            reviewer(c, "ann", "Ann Nurse", "RN", "NURSE");
            reviewer(c, "drp", "Paul Physician", "MD, Radiation Oncology", "PHYSICIAN");
            // case-01: edited, a long note (larger than H2 keeps inside a LOB's row), typed request, referred, upheld
            Request typed = new Request("REQ-1", OffsetDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneOffset.UTC),
                    Request.Urgency.EXPEDITED, new Request.Member("Ana Lima", "M-100", null, null), null, null, null, null,
                    "prostate", null, List.of("77385"), null, new LinkedHashMap<>());
            DecisionRecord referral = new DecisionRecord(NurseDecision.REFER, Determination.CRITERIA_NOT_MET,
                    "rectum above the limit; " + "clinical judgement ".repeat(300), T0.plusSeconds(30), "ann");
            ReviewState one = ReviewState.fresh().markOpened(T0, "ann")
                    .withEdit(2, Column.DOSE_IMRT, "45 Gy", "44.5 Gy", T0.plusSeconds(5), "ann")
                    .withNotes("Rectum V70 checked against the DVH export. ".repeat(400))
                    .withRequest(typed, List.of("urgency STANDARD → EXPEDITED"), T0.plusSeconds(6), "ann")
                    .withDecision(referral)
                    .withPhysicianStep(new PhysicianStep(PhysicianAction.UPHOLD,
                            ReviewerIdentity.parse("Paul Physician, MD, Radiation Oncology", ReviewerRole.PHYSICIAN),
                            "3D plan meets the cited limits.", T0.plusSeconds(60), "drp"));
            caseRow(c, "case-01", one, 4, "drp", org.imrtreview.store.persist.Json.MAPPER.writeValueAsString(typed));
            update(c, "INSERT INTO decision (case_key, active_case_key, decision, recommendation, reason, decided_by, decided_at)"
                    + " VALUES ('case-01', 'case-01', 'REFER', 'CRITERIA_NOT_MET', ?, 'ann', ?)", referral.reason(), ts(T0.plusSeconds(30)));
            trail(c, "case-01", one);
            // case-02: approved, withdrawn, a request for information (a withdrawn decision row and a standing one), a letter
            ReviewState approved = ReviewState.fresh().markOpened(T0, "ann").withDecision(new DecisionRecord(NurseDecision.APPROVE,
                    Determination.CRITERIA_MET, null, T0.plusSeconds(10), "ann"));
            ReviewState two = approved.withoutDecision(T0.plusSeconds(90), "ann").withDecision(new DecisionRecord(
                    NurseDecision.REQUEST_INFO, Determination.INCOMPLETE, "the DVH is missing", T0.plusSeconds(120), "ann"));
            caseRow(c, "case-02", two, 3, "ann", null);
            update(c, "INSERT INTO decision (case_key, active_case_key, decision, recommendation, reason, decided_by, decided_at,"
                    + " withdrawn_by, withdrawn_at) VALUES ('case-02', NULL, 'APPROVE', 'CRITERIA_MET', NULL, 'ann', ?, 'ann', ?)",
                    ts(T0.plusSeconds(10)), ts(T0.plusSeconds(90)));
            update(c, "INSERT INTO decision (case_key, active_case_key, decision, recommendation, reason, decided_by, decided_at)"
                    + " VALUES ('case-02', 'case-02', 'REQUEST_INFO', 'INCOMPLETE', 'the DVH is missing', 'ann', ?)", ts(T0.plusSeconds(120)));
            trail(c, "case-02", two);
            byte[] pdf = "%PDF-1.7 request for information".getBytes(StandardCharsets.US_ASCII);
            String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf));
            update(c, "INSERT INTO letter_blob (sha256, size_bytes, content) VALUES (?, ?, ?)", sha, (long) pdf.length, pdf);
            update(c, "INSERT INTO letter_issued (case_key, sha256, file_name, kind, issued_by, issued_at) VALUES"
                    + " ('case-02', ?, 'request-info-REQ-2.pdf', 'request for information', 'ann', ?)", sha, ts(T0.plusSeconds(130)));
            AuditChain.append(c, T0.plusSeconds(130), "ann", "case-02", "Letter saved", "request-info-REQ-2.pdf sha256 " + sha);
            // case-03: never worked on (no state)
            caseRow(c, "case-03", null, 0, null, null);
            AuditChain.append(c, T0, "lena", "case-03", "Case registered", "request REQ-3");
            c.commit();
        }
        Snapshot before;
        try (TeamDatabase old = TeamDatabase.open(url(), "old store", "4")) {
            before = snapshot(old, clock);
        }
        assertTrue(before.states.get("case-01").length() > 20_000, "a state larger than H2 keeps inline in a LOB");

        // this release opens it: migrated
        try (TeamDatabase db = TeamDatabase.open(url(), "store", null)) {
            if (h2()) {
                assertEquals("CHARACTER VARYING", type(db, "REVIEW_CASE", "STATE_JSON"));
                assertEquals("CHARACTER VARYING", type(db, "REVIEW_CASE", "REQUEST_JSON"));
                assertEquals("CHARACTER VARYING", type(db, "DECISION", "REASON"));
            }
            Snapshot after = snapshot(db, clock);
            assertEquals(before.states, after.states, "every case's saved work, as it was");
            assertEquals(before.cases, after.cases, "every case's row (status, version, assignee, request)");
            assertEquals(before.decisions, after.decisions, "every decision, withdrawn ones too");
            assertEquals(before.events, after.events, "every audit event with its hashes");
            assertTrue(AuditChain.verify(db).intact(), "the chain still verifies");
            TeamStore lead = store(db, "lena", clock);
            assertEquals(PhysicianAction.UPHOLD, lead.load("case-01").state().lastPhysicianStep().action());
            assertEquals("Ana Lima", lead.caseRecord("case-01").orElseThrow().request().member().name());
            assertEquals(1, lead.standingDecisions("case-02"));
            // V6 (decision 0473): the referral's row takes the physician's uphold from the audit trail
            CaseRecord referred = lead.caseRecord("case-01").orElseThrow();
            assertEquals("UPHOLD", referred.physicianAction());
            assertEquals("drp", referred.physicianBy());
            assertEquals(T0.plusSeconds(60), referred.physicianAt());
            assertEquals("ann", referred.decidedBy());
            assertEquals("Denial upheld", referred.decisionText());
            assertEquals("Request information", lead.caseRecord("case-02").orElseThrow().decisionText());
            assertEquals(null, lead.caseRecord("case-02").orElseThrow().physicianAction());
            assertEquals("%PDF-1.7 request for information", new String(lead.letter(lead.letters("case-02").get(0).sha256())
                    .orElseThrow(), StandardCharsets.US_ASCII));
            // and the team works on in it
            TeamStore ann = store(db, "ann", clock);
            ann.lock("case-03");
            var s = ann.load("case-03");
            ann.save("case-03", s.version(), s.state().withNotes("after the migration"));
            assertEquals("after the migration", lead.load("case-03").state().notes());
            assertTrue(AuditChain.verify(db).intact());
        }
    }

    private static void reviewer(Connection c, String login, String name, String credentials, String... roles) throws SQLException {
        update(c, "INSERT INTO reviewer (login, display_name, credentials, active) VALUES (?, ?, ?, TRUE)", login, name, credentials);
        for (String r : roles) {
            update(c, "INSERT INTO reviewer_role (login, role) VALUES (?, ?)", login, r);
        }
        AuditChain.append(c, T0, "lena", null, "Reviewer added", login + " (" + name + ", " + credentials + "): " + List.of(roles));
    }

    private static void caseRow(Connection c, String key, ReviewState state, long version, String by, String requestJson)
            throws SQLException {
        update(c, "INSERT INTO review_case (case_key, folder, request_id, urgency, received_at, due_at, status, version, state_json,"
                + " updated_at, updated_by, request_json, request_typed) VALUES (?, ?, ?, 'STANDARD', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                key, "/share/ur/" + key, "REQ-" + key.substring(5), ts(T0), ts(T0.plus(Duration.ofDays(7))),
                state == null ? "NEW" : state.status().name(), version, state == null ? null : TeamStore.write(state),
                state == null ? null : ts(T0.plusSeconds(200)), by, requestJson, requestJson != null);
    }

    private static void trail(Connection c, String key, ReviewState state) throws SQLException {
        AuditChain.append(c, T0, "lena", key, "Case registered", "request REQ-" + key.substring(5));
        for (var e : state.audit()) {
            AuditChain.append(c, e.at(), e.user(), key, e.action(), e.detail());
        }
    }

    private static OffsetDateTime ts(Instant at) {
        return TeamStore.ts(at);
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }

    private record Snapshot(Map<String, String> states, List<String> cases, List<String> decisions, List<AuditEvent> events) {
    }

    private static Snapshot snapshot(TeamDatabase db, TestClock clock) throws SQLException {
        Map<String, String> states = new LinkedHashMap<>();
        List<String> cases = new ArrayList<>();
        List<String> decisions = new ArrayList<>();
        try (Connection c = db.connection()) {
            try (PreparedStatement s = c.prepareStatement("SELECT case_key, state_json, status, version, assignee, request_json,"
                    + " request_typed, updated_by FROM review_case ORDER BY case_key"); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    states.put(rs.getString(1), String.valueOf(rs.getString(2)));
                    cases.add(rs.getString(1) + "|" + rs.getString(3) + "|" + rs.getLong(4) + "|" + rs.getString(5) + "|"
                            + rs.getString(6) + "|" + rs.getBoolean(7) + "|" + rs.getString(8));
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT id, case_key, active_case_key, decision, recommendation, reason,"
                    + " decided_by, decided_at, withdrawn_by, withdrawn_at FROM decision ORDER BY id"); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= 10; i++) {
                        row.append(rs.getString(i)).append('|');
                    }
                    decisions.add(row.toString());
                }
            }
        }
        List<AuditEvent> events = new ArrayList<>();
        store(db, "lena", clock).eachEvent(TeamStore.AuditQuery.all(), events::add);
        assertTrue(events.size() > 15, "a day's trail: " + events.size());
        return new Snapshot(states, cases, decisions, events);
    }

    private static String type(TeamDatabase db, String table, String column) throws SQLException {
        try (Connection c = db.connection(); PreparedStatement s = c.prepareStatement("SELECT DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_NAME = ? AND COLUMN_NAME = ?")) {
            s.setString(1, table);
            s.setString(2, column);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), table + "." + column);
                return rs.getString(1);
            }
        }
    }
}
