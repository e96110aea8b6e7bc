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

    private String url() {
        return "jdbc:h2:file:" + temp.resolve("workspace/.imrt-team/team") + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=10000";
    }

    private static TeamStore store(TeamDatabase db, String login, TestClock clock) {
        return new TeamStore(db, login, login + "-client-" + System.nanoTime(), clock, Duration.ofMinutes(2));
    }

    @Test
    void aStoreOfTheReleaseBeforeOpensWithoutLargeObjectsAndLosesNothing() throws Exception {
        TestClock clock = new TestClock(T0);
        // the release before: its migrations V1..V4 are its DDL
        try (TeamDatabase old = TeamDatabase.open(url(), "old store", "4")) {
            assertEquals("CHARACTER LARGE OBJECT", type(old, "REVIEW_CASE", "STATE_JSON"), "the old schema holds the state as a LOB");
            TeamStore lead = store(old, "lena", clock);
            lead.addReviewer("lena", "Lena Lead", "RN", EnumSet.of(ReviewerRole.LEAD, ReviewerRole.NURSE));
            lead.addReviewer("ann", "Ann Nurse", "RN", EnumSet.of(ReviewerRole.NURSE));
            lead.addReviewer("drp", "Paul Physician", "MD, Radiation Oncology", EnumSet.of(ReviewerRole.PHYSICIAN));
            for (int i = 1; i <= 3; i++) {
                lead.registerCase(new CaseInfo("case-0" + i, "/share/ur/case-0" + i, "REQ-" + i, "STANDARD", T0,
                        T0.plus(Duration.ofDays(7))));
            }
            TeamStore ann = store(old, "ann", clock);
            // case-01: edited, a long note (larger than H2 keeps inside a LOB's row), typed request, referred, upheld
            ann.lock("case-01");
            var s = ann.load("case-01");
            Request typed = new Request("REQ-1", OffsetDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneOffset.UTC),
                    Request.Urgency.EXPEDITED, new Request.Member("Ana Lima", "M-100", null, null), null, null, null, null,
                    "prostate", null, List.of("77385"), null, new LinkedHashMap<>());
            ReviewState work = s.state().markOpened(T0, "ann")
                    .withEdit(2, Column.DOSE_IMRT, "45 Gy", "44.5 Gy", T0.plusSeconds(5), "ann")
                    .withNotes("Rectum V70 checked against the DVH export. ".repeat(400))
                    .withRequest(typed, List.of("urgency STANDARD → EXPEDITED"), T0.plusSeconds(6), "ann");
            long v = ann.save("case-01", s.version(), work);
            ann.save("case-01", v, ann.load("case-01").state().withDecision(new DecisionRecord(NurseDecision.REFER,
                    Determination.CRITERIA_NOT_MET, "rectum above the limit; " + "clinical judgement ".repeat(300), T0, "ann")));
            ann.release("case-01");
            TeamStore drp = store(old, "drp", clock);
            drp.lock("case-01");
            var r = drp.load("case-01");
            drp.save("case-01", r.version(), r.state().withPhysicianStep(new PhysicianStep(PhysicianAction.UPHOLD,
                    ReviewerIdentity.parse("Paul Physician, MD, Radiation Oncology", ReviewerRole.PHYSICIAN),
                    "3D plan meets the cited limits.", T0.plusSeconds(60), "drp")));
            drp.release("case-01");
            // case-02: approved, withdrawn, approved again (a withdrawn decision row and a standing one)
            ann.lock("case-02");
            var t = ann.load("case-02");
            long v2 = ann.save("case-02", t.version(), t.state().withDecision(new DecisionRecord(NurseDecision.APPROVE,
                    Determination.CRITERIA_MET, null, T0, "ann")));
            long v3 = ann.save("case-02", v2, ann.load("case-02").state().withoutDecision(T0.plusSeconds(90), "ann"));
            ann.save("case-02", v3, ann.load("case-02").state().withDecision(new DecisionRecord(NurseDecision.REQUEST_INFO,
                    Determination.INCOMPLETE, "the DVH is missing", T0, "ann")));
            ann.saveLetter("case-02", "%PDF-1.7 request for information".getBytes(StandardCharsets.US_ASCII),
                    "request-info-REQ-2.pdf", "request for information");
            ann.release("case-02");
            // case-03: never worked on (no state)
        }
        Snapshot before;
        try (TeamDatabase old = TeamDatabase.open(url(), "old store", "4")) {
            before = snapshot(old, clock);
        }
        assertTrue(before.states.get("case-01").length() > 20_000, "a state larger than H2 keeps inline in a LOB");

        // this release opens it: migrated
        try (TeamDatabase db = TeamDatabase.embedded(temp.resolve("workspace"))) {
            assertEquals("CHARACTER VARYING", type(db, "REVIEW_CASE", "STATE_JSON"));
            assertEquals("CHARACTER VARYING", type(db, "REVIEW_CASE", "REQUEST_JSON"));
            assertEquals("CHARACTER VARYING", type(db, "DECISION", "REASON"));
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
            assertNotNull(lead.letter(lead.letters("case-02").get(0).sha256()).orElse(null));
            // and the team works on in it
            TeamStore ann = store(db, "ann", clock);
            ann.lock("case-03");
            var s = ann.load("case-03");
            ann.save("case-03", s.version(), s.state().withNotes("after the migration"));
            assertEquals("after the migration", lead.load("case-03").state().notes());
            assertTrue(AuditChain.verify(db).intact());
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
