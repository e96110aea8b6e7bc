package org.imrtreview.store.db;

import org.imrtreview.store.ReviewerRole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.imrtreview.model.Column;
import org.imrtreview.model.Determination;
import org.imrtreview.store.DecisionRecord;
import org.imrtreview.store.NurseDecision;
import org.imrtreview.store.PhysicianAction;
import org.imrtreview.store.PhysicianStep;
import org.imrtreview.store.ReviewStatus;
import org.imrtreview.store.ReviewerIdentity;
import org.imrtreview.store.ReviewState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The team store's behaviour, run against each engine by a subclass ({@link H2TeamStoreTest},
 * {@link PostgresTeamStoreTest}): the same tests, no mocks.
 */
abstract class TeamStoreContract {
    static final Instant T0 = Instant.parse("2026-12-01T14:00:00Z");

    @TempDir
    Path temp;

    TeamDatabase db;
    TestClock clock;
    TeamStore lead;
    TeamStore nurseA;
    TeamStore nurseB;
    TeamStore physician;
    TeamStore auditor;

    /** A new, empty database of the engine under test. */
    abstract TeamDatabase openFresh() throws Exception;

    /** How another process names this database (TeamDatabase.forArgument). */
    abstract String argumentForOtherProcess();

    /** Runs SQL as the database owner (to play a tamperer who gets round the triggers). */
    abstract void tamper(Connection c, String sqlAroundTriggers) throws SQLException;

    @BeforeEach
    void team() throws Exception {
        db = openFresh();
        clock = new TestClock(T0);
        lead = store("lena");
        lead.addReviewer("lena", "Lena Lead", "RN", EnumSet.of(ReviewerRole.LEAD, ReviewerRole.NURSE));
        lead.addReviewer("ann", "Ann Nurse", "RN", EnumSet.of(ReviewerRole.NURSE));
        lead.addReviewer("bea", "Bea Nurse", "RN", EnumSet.of(ReviewerRole.NURSE));
        lead.addReviewer("drp", "Paul Physician", "MD, Radiation Oncology", EnumSet.of(ReviewerRole.PHYSICIAN));
        lead.addReviewer("aud", "Audrey Auditor", null, EnumSet.of(ReviewerRole.AUDITOR));
        nurseA = store("ann");
        nurseB = store("bea");
        physician = store("drp");
        auditor = store("aud");
        lead.registerCase(new CaseInfo("case-01", "/share/ur/case-01", "REQ-1", "STANDARD", T0, T0.plus(Duration.ofDays(7))));
        lead.registerCase(new CaseInfo("case-02", "/share/ur/case-02", "REQ-2", "EXPEDITED", T0, T0.plus(Duration.ofHours(72))));
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    TeamStore store(String login) {
        return new TeamStore(db, login, login + "-client-" + System.nanoTime(), clock, Duration.ofMinutes(2));
    }

    static ReviewState decided(ReviewState s, NurseDecision d, String user) {
        return s.withDecision(new DecisionRecord(d, Determination.CRITERIA_MET,
                d == NurseDecision.APPROVE ? null : "clinical judgement", T0, user));
    }

    // ---- roles ---------------------------------------------------------------------------------

    @Test
    void rolesComeFromTheDatabaseAndAreEnforcedThere() {
        assertEquals(Set.of(ReviewerRole.PHYSICIAN), lead.reviewer("drp").orElseThrow().roles());
        assertEquals("MD, Radiation Oncology", lead.reviewer("drp").orElseThrow().credentials());
        var notLead = assertThrows(TeamStoreException.NotPermitted.class,
                () -> nurseA.addReviewer("eve", "Eve", null, EnumSet.of(ReviewerRole.LEAD)));
        assertTrue(notLead.getMessage().contains("LEAD"), notLead.getMessage());
        var stranger = assertThrows(TeamStoreException.NotPermitted.class, () -> store("mallory").lock("case-01"));
        assertTrue(stranger.getMessage().contains("not a reviewer"), stranger.getMessage());
        assertThrows(TeamStoreException.NotPermitted.class, () -> auditor.lock("case-01"));
        assertThrows(TeamStoreException.NotPermitted.class, () -> nurseA.events(null, null, null));
        assertFalse(auditor.events(null, null, null).isEmpty());
    }

    @Test
    void aPhysicianCannotRecordANurseDecision() {
        physician.lock("case-01");
        var saved = physician.load("case-01");
        var e = assertThrows(TeamStoreException.NotPermitted.class, () -> physician.save("case-01", saved.version(),
                decided(saved.state(), NurseDecision.APPROVE, "drp")));
        assertTrue(e.getMessage().contains("NURSE"), e.getMessage());
        assertEquals(0, lead.standingDecisions("case-01"));
    }

    /** The nurse refers case-01 and gives it back; the case as the physician then finds it. */
    private TeamStore.Saved referred() {
        nurseA.lock("case-01");
        var s = nurseA.load("case-01");
        nurseA.save("case-01", s.version(), decided(s.state(), NurseDecision.REFER, "ann"));
        nurseA.release("case-01");
        return lead.load("case-01");
    }

    private static ReviewState upheld(ReviewState s, String signature, String login) {
        return s.withPhysicianStep(new PhysicianStep(PhysicianAction.UPHOLD,
                ReviewerIdentity.parse(signature, ReviewerRole.PHYSICIAN), "3D plan meets the cited limits.", T0, login));
    }

    /**
     * Issue 18 / decision 0318: the department report on the store counts decisions and turnaround from the
     * audit trail's events, which audit verify proves, not from the saved work, which a database owner can
     * rewrite without a trace: a late uphold rewritten as on time in review_case stays late, an approval
     * written into the saved work with no event stays open, and the report counts both cases as disagreeing.
     */
    @Test
    void turnaroundIsCountedFromTheAuditTrailNotTheSavedWork() throws Exception {
        lead.registerCase(new CaseInfo("case-03", "/share/ur/case-03", "REQ-3", "STANDARD", T0, T0.plus(Duration.ofDays(7))));
        // case-01, standard: approved 10 hours after receipt
        clock.advance(Duration.ofHours(10));
        nurseA.lock("case-01");
        var s1 = nurseA.load("case-01");
        nurseA.save("case-01", s1.version(), s1.state().withDecision(new DecisionRecord(NurseDecision.APPROVE,
                Determination.CRITERIA_MET, null, clock.instant(), "ann")));
        nurseA.release("case-01");
        // case-02, expedited (72 h): referred at 20 hours, upheld at 80 hours — late
        clock.advance(Duration.ofHours(10));
        nurseA.lock("case-02");
        var s2 = nurseA.load("case-02");
        nurseA.save("case-02", s2.version(), s2.state().withDecision(new DecisionRecord(NurseDecision.REFER,
                Determination.CRITERIA_NOT_MET, "clinical judgement", clock.instant(), "ann")));
        nurseA.release("case-02");
        clock.advance(Duration.ofHours(60));
        physician.lock("case-02");
        var p2 = physician.load("case-02");
        Instant upheldAt = clock.instant();
        physician.save("case-02", p2.version(), p2.state().withPhysicianStep(new PhysicianStep(PhysicianAction.UPHOLD,
                ReviewerIdentity.parse("Paul Physician, MD, Radiation Oncology", ReviewerRole.PHYSICIAN),
                "3D plan exceeds the cited limits.", upheldAt, "drp")));
        physician.release("case-02");
        Instant asOf = T0.plus(Duration.ofHours(100));

        var honest = org.imrtreview.review.DepartmentReport.of(org.imrtreview.review.DepartmentReport.read(nurseB), null, null, asOf);
        assertTrue(honest.fromTrail());
        assertEquals(0, honest.trailDisagrees(), honest.text());
        assertEquals(1, honest.upheld());
        assertEquals(1, honest.referred());
        var expedited = honest.turnaround().stream().filter(t -> t.urgency() == org.imrtreview.model.Request.Urgency.EXPEDITED)
                .findFirst().orElseThrow();
        assertEquals(1, expedited.late());
        assertEquals(80.0, expedited.medianHours());
        var trailOf02 = nurseB.recordedDecisions().get("case-02");
        assertEquals(NurseDecision.REFER, trailOf02.nurse());
        assertEquals(PhysicianAction.UPHOLD, trailOf02.physicianDecision());
        assertEquals(upheldAt, trailOf02.decidedAt());

        // the saved work rewritten behind the store: the uphold "at 20 hours", and an approval of case-03 with no event
        ReviewState rewritten = lead.load("case-02").state();
        PhysicianStep step = rewritten.physician().get(0);
        ReviewState backdated = new ReviewState(rewritten.version(), rewritten.opened(), rewritten.edits(), rewritten.checklist(),
                rewritten.decision(), rewritten.notes(), rewritten.audit(), rewritten.request(), rewritten.digitised(), rewritten.dvh(),
                List.of(new PhysicianStep(step.action(), step.physician(), step.rationale(), T0.plus(Duration.ofHours(20)), step.user())));
        ReviewState approved03 = lead.load("case-03").state().withDecision(new DecisionRecord(NurseDecision.APPROVE,
                Determination.CRITERIA_MET, null, T0.plus(Duration.ofHours(1)), "ann"));
        try (Connection c = db.dataSource().getConnection();
             var u = c.prepareStatement("UPDATE review_case SET state_json = ? WHERE case_key = ?")) {
            u.setString(1, TeamStore.write(backdated));
            u.setString(2, "case-02");
            assertEquals(1, u.executeUpdate());
            u.setString(1, TeamStore.write(approved03));
            u.setString(2, "case-03");
            assertEquals(1, u.executeUpdate());
        }
        var cases = org.imrtreview.review.DepartmentReport.read(nurseB);
        var report = org.imrtreview.review.DepartmentReport.of(cases, null, null, asOf);
        assertEquals(2, report.trailDisagrees(), report.text());
        var exp = report.turnaround().stream().filter(t -> t.urgency() == org.imrtreview.model.Request.Urgency.EXPEDITED)
                .findFirst().orElseThrow();
        assertEquals(1, exp.late(), "still late: the trail's uphold is at 80 hours");
        var std = report.turnaround().stream().filter(t -> t.urgency() == org.imrtreview.model.Request.Urgency.STANDARD)
                .findFirst().orElseThrow();
        assertEquals(1, std.decided(), "case-03's approval has no event: it is not counted as decided");
        assertEquals(1, std.open());
        assertTrue(report.text().contains("saved work of 2 cases disagree with it (the trail is counted)"), report.text());
        // what the saved work alone would have said (the report before decision 0318): on time, and decided
        var savedOnly = org.imrtreview.review.DepartmentReport.of(cases.stream()
                .map(c -> new org.imrtreview.review.DepartmentReport.Case(c.request(), c.state())).toList(), null, null, asOf);
        assertEquals(0, savedOnly.turnaround().stream().mapToInt(t -> t.late()).sum());
        assertEquals(2, savedOnly.turnaround().stream().filter(t -> t.urgency() == org.imrtreview.model.Request.Urgency.STANDARD)
                .findFirst().orElseThrow().decided());
        assertTrue(AuditChain.verify(db).intact(), "the trail itself was not touched");
    }

    @Test
    void onlyAPhysicianAccountUpholdsAndItSignsWithItsOwnName() {
        TeamStore.Saved r = referred();
        // a nurse's account, even naming a physician in the step: refused by the store
        nurseB.lock("case-01");
        var byNurse = assertThrows(TeamStoreException.NotPermitted.class, () -> nurseB.save("case-01", r.version(),
                upheld(r.state(), "Paul Physician, MD, Radiation Oncology", "bea")));
        assertTrue(byNurse.getMessage().contains("PHYSICIAN"), byNurse.getMessage());
        nurseB.release("case-01");
        // the role without a physician's degree: refused
        lead.addReviewer("drx", "Rex Role", "RN", EnumSet.of(ReviewerRole.PHYSICIAN));
        TeamStore rex = store("drx");
        rex.lock("case-01");
        var noDegree = assertThrows(TeamStoreException.NotPermitted.class, () -> rex.save("case-01", r.version(),
                upheld(r.state(), "Rex Role, MD", "drx")));
        assertTrue(noDegree.getMessage().contains("MD or DO"), noDegree.getMessage());
        rex.release("case-01");
        // a physician signing with another name than her account's: refused
        physician.lock("case-01");
        var typed = assertThrows(TeamStoreException.NotPermitted.class, () -> physician.save("case-01", r.version(),
                upheld(r.state(), "Alan Grant, MD", "drp")));
        assertTrue(typed.getMessage().contains("Paul Physician, MD, Radiation Oncology"), typed.getMessage());
        assertEquals(ReviewStatus.AWAITING_PHYSICIAN, lead.load("case-01").state().status(), "nothing refused was written");
        // the physician's own account: recorded, DENIED in the worklist
        long v = physician.save("case-01", r.version(), upheld(r.state(), "Paul Physician, MD, Radiation Oncology", "drp"));
        assertEquals(ReviewStatus.DENIED, lead.load("case-01").state().status());
        assertEquals("DENIED", lead.caseRecord("case-01").orElseThrow().status());
        // the team sees whose decision stands (decision 0473): the referral's row carries the physician's step
        CaseRecord row = nurseB.worklist(TeamStore.WorklistFilter.all()).stream().filter(c -> c.key().equals("case-01"))
                .findFirst().orElseThrow();
        assertEquals("REFER", row.decision());
        assertEquals("ann", row.decidedBy());
        assertEquals("UPHOLD", row.physicianAction());
        assertEquals("drp", row.physicianBy());
        assertEquals(T0, row.physicianAt());
        assertEquals("Denial upheld", row.decisionText());
        assertEquals(null, nurseB.caseRecord("case-02").orElseThrow().decisionText(), "no decision: none shown");
        // and the step cannot be taken back
        var undo = assertThrows(TeamStoreException.NotPermitted.class, () -> physician.save("case-01", v, r.state()));
        assertTrue(undo.getMessage().contains("cannot be changed or removed"), undo.getMessage());
        assertTrue(lead.events("case-01", null, null).stream().anyMatch(e -> e.action().equals("Physician review")
                && e.actor().equals("drp") && e.detail().contains("Paul Physician, MD")));
    }

    @Test
    void anAccountsIdentityIsItsNameCredentialsAndStrongestRole() {
        assertEquals(new ReviewerIdentity("Paul Physician", "MD, Radiation Oncology", ReviewerRole.PHYSICIAN),
                lead.reviewer("drp").orElseThrow().identity());
        assertEquals(ReviewerRole.LEAD, lead.reviewer("lena").orElseThrow().identity().role());
        assertTrue(lead.reviewer("drp").orElseThrow().physician());
        assertFalse(lead.reviewer("ann").orElseThrow().physician());
    }

    @Test
    void aLeadAssignsACaseToAnotherNurseAuditedAndANurseCannot() {
        CaseRecord row = lead.assign("case-01", "ann");
        assertEquals("ann", row.assignee());
        var nurse = assertThrows(TeamStoreException.NotPermitted.class, () -> nurseB.assign("case-01", "bea"));
        assertTrue(nurse.getMessage().contains("only a lead"), nurse.getMessage());
        assertThrows(TeamStoreException.NotPermitted.class, () -> nurseA.assign("case-02", "bea"));
        assertEquals("bea", lead.assign("case-01", "bea").assignee());
        var assigned = lead.events("case-01", null, null).stream().filter(e -> e.action().equals("Assigned")).toList();
        assertEquals(List.of("to ann", "from ann to bea"), assigned.stream().map(AuditEvent::detail).toList());
        assertTrue(assigned.stream().allMatch(e -> e.actor().equals("lena")));
    }

    private static org.imrtreview.model.Request request(String member, org.imrtreview.model.Request.Urgency urgency) {
        return new org.imrtreview.model.Request("REQ-3", java.time.OffsetDateTime.parse("2026-12-01T09:00:00-05:00"), urgency,
                new org.imrtreview.model.Request.Member(member, "M123", null, null), null, null, null, null, null, null, null,
                null, null);
    }

    @Test
    void theRequestDetailsAReviewerTypesAreTheWorklistsForEveryoneAndAScanDoesNotUndoThem() {
        var scanned = request("Walter Example", org.imrtreview.model.Request.Urgency.STANDARD);
        lead.registerCase(new CaseInfo("case-03", "/share/ur/case-03", "REQ-3", "STANDARD", T0, null, scanned));
        CaseRecord row = lead.caseRecord("case-03").orElseThrow();
        assertEquals("Walter Example", row.request().member().name());
        assertFalse(row.requestTyped());

        var typed = request("Walter J. Example", org.imrtreview.model.Request.Urgency.EXPEDITED);
        nurseA.lock("case-03");
        var s = nurseA.load("case-03");
        nurseA.save("case-03", s.version(), s.state().withRequest(typed, List.of("urgency: standard → expedited"), T0, "ann"));
        row = nurseB.worklist(TeamStore.WorklistFilter.all()).stream().filter(r -> r.key().equals("case-03")).findFirst().orElseThrow();
        assertTrue(row.requestTyped());
        assertEquals("Walter J. Example", row.request().member().name());
        assertEquals("EXPEDITED", row.urgency());
        assertEquals(org.imrtreview.store.worklist.Turnaround.dueAt(typed).toInstant(), row.dueAt(), "72 hours from receipt");
        lead.registerCase(new CaseInfo("case-03", "/share/ur/case-03", "REQ-3", "STANDARD", T0, null, scanned));
        assertEquals("Walter J. Example", lead.caseRecord("case-03").orElseThrow().request().member().name(),
                "a later scan of request.json does not undo what she typed");
    }

    @Test
    void aDeactivatedReviewerCanNoLongerWork() {
        lead.deactivateReviewer("bea");
        assertThrows(TeamStoreException.NotPermitted.class, () -> nurseB.lock("case-01"));
    }

    // ---- worklist ------------------------------------------------------------------------------

    @Test
    void assignToMeTakesOnlyUnassignedCasesAndALeadAssignsAnyone() {
        assertEquals(2, nurseA.worklist(TeamStore.WorklistFilter.unassigned()).size());
        nurseA.assign("case-01", "ann");
        assertEquals(List.of("case-02"), nurseB.worklist(TeamStore.WorklistFilter.unassigned()).stream().map(CaseRecord::key).toList());
        assertThrows(TeamStoreException.NotPermitted.class, () -> nurseB.assign("case-01", "bea"));
        assertThrows(TeamStoreException.NotPermitted.class, () -> nurseB.assign("case-02", "ann"));
        lead.assign("case-01", "bea");
        assertEquals("bea", lead.caseRecord("case-01").orElseThrow().assignee());
        assertEquals(List.of("case-01"), lead.worklist(TeamStore.WorklistFilter.assignedTo("bea")).stream().map(CaseRecord::key).toList());
        // expedited case due in 72 h comes before the standard one due in 7 days
        assertEquals(List.of("case-02", "case-01"), lead.worklist(TeamStore.WorklistFilter.all()).stream().map(CaseRecord::key).toList());
        nurseB.unassign("case-01");
        assertEquals(2, lead.worklist(TeamStore.WorklistFilter.unassigned()).size());
    }

    // ---- locks ---------------------------------------------------------------------------------

    @Test
    void oneReviewerEditsACaseAtATimeAndOthersSeeWho() {
        nurseA.lock("case-01");
        var refused = assertThrows(TeamStoreException.Locked.class, () -> nurseB.lock("case-01"));
        assertEquals("ann", refused.lock().owner());
        assertTrue(refused.getMessage().contains("ann") && refused.getMessage().contains("read-only"), refused.getMessage());
        assertEquals("ann", nurseB.caseRecord("case-01").orElseThrow().lock().owner());
        var loaded = nurseB.load("case-01");
        assertThrows(TeamStoreException.Locked.class, () -> nurseB.save("case-01", loaded.version(), loaded.state().withNotes("x")));
        nurseA.release("case-01");
        assertEquals("bea", nurseB.lock("case-01").owner());
    }

    @Test
    void aCrashedClientsLockExpiresButAHeartbeatKeepsItAlive() {
        nurseA.lock("case-01");
        clock.advance(Duration.ofSeconds(90));
        assertTrue(nurseA.heartbeat("case-01"));
        clock.advance(Duration.ofSeconds(90)); // 180 s since taken, 90 s since the heartbeat: still live
        assertThrows(TeamStoreException.Locked.class, () -> nurseB.lock("case-01"));
        clock.advance(Duration.ofSeconds(31)); // no heartbeat for over two minutes: ann's client is gone
        assertEquals("bea", nurseB.lock("case-01").owner());
        assertFalse(nurseA.heartbeat("case-01"), "ann is told she lost the case");
        var loaded = nurseA.load("case-01");
        assertThrows(TeamStoreException.Locked.class, () -> nurseA.save("case-01", loaded.version(), loaded.state().withNotes("late")));
        assertTrue(lead.events("case-01", null, null).stream().anyMatch(e -> e.action().equals("Expired lock taken")
                && e.actor().equals("bea") && e.detail().contains("ann")));
    }

    @Test
    void onlyALeadTakesOverALiveLockAndItIsAudited() {
        nurseA.lock("case-01");
        assertThrows(TeamStoreException.NotPermitted.class, () -> nurseB.takeOver("case-01", "ann is out"));
        assertEquals("lena", lead.takeOver("case-01", "ann is out sick, case due today").owner());
        assertFalse(nurseA.heartbeat("case-01"));
        AuditEvent e = lead.events("case-01", null, null).stream().filter(x -> x.action().equals("Lock taken over")).findFirst().orElseThrow();
        assertEquals("lena", e.actor());
        assertTrue(e.detail().contains("from ann") && e.detail().contains("out sick"), e.detail());
    }

    // ---- versions and decisions ---------------------------------------------------------------

    @Test
    void aPhysiciansRationaleTypedAndNotRecordedIsSavedWithTheCasesStateOnly() {
        // decision 0580: her draft travels in the case's saved state (state_json), no column of its own
        nurseA.lock("case-01");
        var opened = nurseA.load("case-01");
        nurseA.save("case-01", opened.version(), decided(opened.state(), NurseDecision.REFER, "ann"));
        nurseA.release("case-01");
        physician.lock("case-01");
        var referred = physician.load("case-01");
        String draft = "Rectum and bladder met with 3D; IMRT not medically necessary.";
        physician.save("case-01", referred.version(), referred.state().withRationaleDraft(draft));
        physician.release("case-01");
        assertEquals(draft, lead.load("case-01").state().rationaleDraft(), "another client reads it with the case");
        assertEquals("", lead.load("case-02").state().rationaleDraft(), "and on no other case");
        assertEquals(ReviewStatus.AWAITING_PHYSICIAN, lead.load("case-01").state().status(), "a draft decides nothing");
    }

    @Test
    void aSaveBasedOnAnOldVersionIsRefusedAndTheWinnerKept() {
        var annOpened = nurseA.load("case-01");
        var beaOpened = nurseB.load("case-01");
        nurseA.lock("case-01");
        long v1 = nurseA.save("case-01", annOpened.version(), annOpened.state().withNotes("ann's summary"));
        assertEquals(annOpened.version() + 1, v1);
        nurseA.release("case-01");
        nurseB.lock("case-01");
        ReviewState beas = beaOpened.state().withNotes("bea's summary");
        var stale = assertThrows(TeamStoreException.StaleVersion.class, () -> nurseB.save("case-01", beaOpened.version(), beas));
        assertTrue(stale.getMessage().contains("ann") && stale.getMessage().contains("Your text is kept"), stale.getMessage());
        assertEquals(v1, stale.current());
        assertEquals("ann's summary", nurseB.load("case-01").state().notes());
        assertEquals("bea's summary", beas.notes(), "the loser still has her text");
    }

    @Test
    void theStatesAuditEntriesJoinTheChainWithTheSave() {
        nurseA.lock("case-01");
        var s = nurseA.load("case-01");
        ReviewState edited = s.state().markOpened(T0, "ann")
                .withEdit(2, Column.DOSE_IMRT, "45 Gy", "44.5 Gy", T0.plusSeconds(5), "ann");
        long v = nurseA.save("case-01", s.version(), edited);
        ReviewState decided = decided(edited, NurseDecision.APPROVE, "ann");
        nurseA.save("case-01", v, decided);
        List<String> actions = lead.events("case-01", null, null).stream().map(AuditEvent::action).toList();
        assertTrue(actions.containsAll(List.of("Opened", "Edited cell", "Decision")), actions.toString());
        assertEquals(1, actions.stream().filter("Edited cell"::equals).count(), "an entry is chained once, not at every save");
        assertEquals("APPROVED", lead.caseRecord("case-01").orElseThrow().status());
        assertEquals(1, lead.standingDecisions("case-01"));
    }

    @Test
    void aWithdrawnDecisionMakesRoomForANewOne() {
        nurseA.lock("case-01");
        var s = nurseA.load("case-01");
        ReviewState d1 = decided(s.state(), NurseDecision.REQUEST_INFO, "ann");
        long v = nurseA.save("case-01", s.version(), d1);
        ReviewState withdrawn = d1.withoutDecision(T0.plusSeconds(60), "ann");
        v = nurseA.save("case-01", v, withdrawn);
        assertEquals(0, lead.standingDecisions("case-01"));
        nurseA.save("case-01", v, decided(withdrawn, NurseDecision.APPROVE, "ann"));
        assertEquals(1, lead.standingDecisions("case-01"));
    }

    @Test
    void theDatabaseItselfRefusesASecondStandingDecision() throws Exception {
        nurseA.lock("case-01");
        var s = nurseA.load("case-01");
        nurseA.save("case-01", s.version(), decided(s.state(), NurseDecision.APPROVE, "ann"));
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> st.executeUpdate("INSERT INTO decision (case_key, active_case_key,"
                    + " decision, decided_by, decided_at) VALUES ('case-01', 'case-01', 'REFER', 'bea', CURRENT_TIMESTAMP)"));
            assertEquals("23505", e.getSQLState());
        }
    }

    @Test
    void twoClientsDecidingTheSameCaseAtOnceMakeOneDecision() throws Exception {
        List<TeamStore> clients = List.of(nurseA, nurseB, lead);
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            List<Future<String>> results = new ArrayList<>();
            for (TeamStore client : clients) {
                Callable<String> decide = () -> {
                    try {
                        client.lock("case-02");
                        var s = client.load("case-02");
                        client.save("case-02", s.version(), decided(s.state(), NurseDecision.REFER, client.user()));
                        return "decided";
                    } catch (TeamStoreException e) {
                        return "refused";
                    }
                };
                results.add(pool.submit(decide));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get());
            }
            assertEquals(1, outcomes.stream().filter("decided"::equals).count(), outcomes.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, lead.standingDecisions("case-02"));
        assertTrue(AuditChain.verify(db).intact());
    }

    // ---- files, letters ------------------------------------------------------------------------

    @Test
    void aChangedAddedOrRemovedCaseFileIsNoticed() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("case-01"));
        Files.writeString(folder.resolve("summary.csv"), "Organ,Constraint,IMRT\nCord,Dmax < 45 Gy,38 Gy\n");
        Files.write(folder.resolve("dvh.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        Files.createDirectories(folder.resolve(".imrt-review"));
        Files.writeString(folder.resolve(".imrt-review/review-state.json"), "{}");
        nurseA.lock("case-01");
        assertEquals(2, nurseA.recordFiles("case-01", folder), "the program's own folder is not part of the submission");
        assertTrue(nurseA.changedFiles("case-01", folder).isEmpty());
        Files.writeString(folder.resolve("summary.csv"), "Organ,Constraint,IMRT\nCord,Dmax < 45 Gy,48 Gy\n");
        Files.delete(folder.resolve("dvh.png"));
        Files.writeString(folder.resolve("letter-of-medical-necessity.txt"), "added later");
        var changes = nurseA.changedFiles("case-01", folder);
        assertEquals(List.of(
                new CaseFiles.FileChange("dvh.png", CaseFiles.FileChange.Kind.REMOVED),
                new CaseFiles.FileChange("letter-of-medical-necessity.txt", CaseFiles.FileChange.Kind.ADDED),
                new CaseFiles.FileChange("summary.csv", CaseFiles.FileChange.Kind.CHANGED)), changes);
    }

    /**
     * Issue 18, "a changed file is noticed" (decision 0319): the first opening for work records the case's files
     * by SHA-256; a later opening of a folder that differs — by a nurse, or read-only by an auditor — says which
     * file changed, was added or removed, and audits "Case files changed" with the new hashes; the recording
     * stays what the case was reviewed on until a lead records the folder again (a nurse may not), and a
     * second db import does not move it either.
     */
    @Test
    void openingACaseRecordsItsFilesOnceAndEveryLaterOpeningNoticesAChange() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("case-01"));
        Files.writeString(folder.resolve("summary.csv"), "Organ,Constraint,IMRT\nCord,Dmax < 45 Gy,38 Gy\n");
        Files.write(folder.resolve("dvh.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        CaseInfo info = new CaseInfo("case-01", folder.toString(), "REQ-1", "STANDARD", T0, T0.plus(Duration.ofDays(7)));
        SharedCase first = SharedCase.open(nurseA, folder, info);
        assertTrue(first.notices().isEmpty(), first.notices().toString());
        assertTrue(lead.events("case-01", null, null).stream().anyMatch(e -> e.action().equals("Case files recorded")
                && e.detail().equals("2 files") && e.actor().equals("ann")));
        first.release();
        SharedCase again = SharedCase.open(nurseB, folder, info);
        assertTrue(again.notices().isEmpty(), "unchanged: nothing to say");
        again.release();

        // the submission changes on the share after the case was recorded
        clock.advance(Duration.ofHours(2));
        String changed = "Organ,Constraint,IMRT\nCord,Dmax < 45 Gy,48 Gy\n";
        Files.writeString(folder.resolve("summary.csv"), changed);
        Files.writeString(folder.resolve("addendum.txt"), "added later");
        SharedCase bea = SharedCase.open(nurseB, folder, info);
        assertEquals(1, bea.notices().size(), bea.notices().toString());
        String notice = bea.notices().get(0);
        assertTrue(notice.startsWith("The files of this case differ from those the team store recorded on 2026-12-01 14:00 UTC:"
                + " addendum.txt was added after the case was recorded; summary.csv changed after the case was recorded"), notice);
        AuditEvent noticed = lead.events(new TeamStore.AuditQuery("case-01", null, "Case files changed", null, null)).get(0);
        assertEquals("bea", noticed.actor());
        assertEquals("addendum.txt added sha256 " + CaseFiles.sha256(folder.resolve("addendum.txt")) + "; summary.csv changed sha256 "
                + AuditChain.sha256(changed.getBytes(StandardCharsets.UTF_8)), noticed.detail());
        bea.release();
        SharedCase aud = SharedCase.open(auditor, folder, info);
        assertFalse(aud.editing());
        assertEquals(notice, aud.notices().get(0), "read-only, the auditor is told too");
        // only a lead records the changed folder in place of what the case was reviewed on
        assertThrows(TeamStoreException.NotPermitted.class, () -> nurseA.recordFiles("case-01", folder));
        assertEquals(2, lead.changedFiles("case-01", folder).size(), "a refused recording changes nothing");
        assertEquals(3, lead.recordFiles("case-01", folder));
        assertTrue(lead.events("case-01", null, null).stream().anyMatch(e -> e.action().equals("Case files recorded")
                && e.actor().equals("lena") && e.detail().startsWith("3 files, 2 changed since last recorded: addendum.txt added")));
        SharedCase after = SharedCase.open(nurseA, folder, info);
        assertTrue(after.notices().isEmpty(), after.notices().toString());
        after.release();
        assertEquals(2, lead.events(new TeamStore.AuditQuery("case-01", null, "Case files changed", null, null)).size(),
                "noticed at each opening while it differed (bea, the auditor), not after");
        assertTrue(AuditChain.verify(db).intact());
    }

    /**
     * Issue 18, "viewed document": a submitted file shown to a reviewer is audited with who, when, which case
     * and the file's name and SHA-256, once per file per opening; an auditor's read-only reading is recorded
     * too; a reviewer the store does not know records nothing and is refused.
     */
    @Test
    void aViewedDocumentIsAuditedOncePerOpeningWithItsHash() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("case-01"));
        byte[] table = "Organ,Constraint,IMRT\nCord,Dmax < 45 Gy,38 Gy\n".getBytes(StandardCharsets.UTF_8);
        Files.write(folder.resolve("summary.csv"), table);
        Files.write(folder.resolve("dvh.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        CaseInfo info = new CaseInfo("case-01", folder.toString(), "REQ-1", "STANDARD", T0, T0.plus(Duration.ofDays(7)));
        SharedCase ann = SharedCase.open(nurseA, folder, info);
        clock.advance(Duration.ofMinutes(1));
        AuditEvent first = ann.viewed("summary.csv").orElseThrow();
        assertTrue(ann.viewed("summary.csv").isEmpty(), "the same file again in the same opening adds nothing");
        assertTrue(ann.viewed("dvh.png").isPresent());
        assertEquals("ann", first.actor());
        assertEquals("case-01", first.caseKey());
        assertEquals(SharedCase.VIEWED_DOCUMENT, first.action());
        assertEquals(T0.plus(Duration.ofMinutes(1)), first.at());
        assertEquals("summary.csv sha256 " + AuditChain.sha256(table), first.detail());
        ann.release();

        // the auditor opens it read-only and reads the table: recorded under her login
        SharedCase aud = SharedCase.open(auditor, folder, info);
        assertFalse(aud.editing());
        assertEquals("aud", aud.viewed("summary.csv").orElseThrow().actor());
        // a file gone from the share is recorded as not readable, not skipped
        Files.delete(folder.resolve("dvh.png"));
        assertTrue(aud.viewed("dvh.png").orElseThrow().detail().startsWith("dvh.png (could not be read to hash it"));

        List<AuditEvent> viewed = lead.events("case-01", null, null).stream()
                .filter(e -> e.action().equals(SharedCase.VIEWED_DOCUMENT)).toList();
        assertEquals(List.of("ann", "ann", "aud", "aud"), viewed.stream().map(AuditEvent::actor).toList());
        assertThrows(TeamStoreException.NotPermitted.class, () -> SharedCase.open(store("mallory"), folder, info));
        assertTrue(AuditChain.verify(db).intact());
    }

    /** The audit window's reads: by case, reviewer, kind and period; its kinds; the chain verified — auditor and lead only. */
    @Test
    void anAuditorQueriesTheTrailByCaseReviewerKindAndPeriod() {
        nurseA.audit("case-01", "Viewed document", "summary.csv sha256 " + "1".repeat(64));
        clock.advance(Duration.ofDays(1));
        nurseA.audit("case-02", "Viewed document", "dvh.png sha256 " + "2".repeat(64));
        nurseB.audit("case-01", "Viewed document", "summary.csv sha256 " + "1".repeat(64));
        var q = new TeamStore.AuditQuery("case-01", "ann", "Viewed document", null, null);
        assertEquals(List.of("summary.csv sha256 " + "1".repeat(64)), auditor.events(q).stream().map(AuditEvent::detail).toList());
        var secondDay = new TeamStore.AuditQuery(null, null, "Viewed document", T0.plus(Duration.ofDays(1)), T0.plus(Duration.ofDays(2)));
        assertEquals(List.of("ann", "bea"), auditor.events(secondDay).stream().map(AuditEvent::actor).toList());
        assertEquals(lead.events(null, null, null), auditor.events(TeamStore.AuditQuery.all()));
        assertTrue(auditor.auditActions().containsAll(List.of("Case registered", "Reviewer added", "Viewed document")));
        assertTrue(auditor.verifyAuditTrail().intact());
        assertThrows(TeamStoreException.NotPermitted.class, () -> nurseA.events(q));
        assertThrows(TeamStoreException.NotPermitted.class, nurseA::auditActions);
        assertThrows(TeamStoreException.NotPermitted.class, nurseA::verifyAuditTrail);
    }

    /**
     * Issue 18 / decision 0317: a trail of years is read a page at a time by event number — the newest page
     * first, then earlier and later pages — and walking the pages either way gives exactly the events one read
     * gives, for the whole trail and for one case; {@code eachEvent} (what export writes) gives them all.
     */
    @Test
    void theTrailIsReadAPageAtATimeByEventNumber() throws Exception {
        // 1 203 events more, written in one transaction as years of work would have left them
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            Instant at = T0;
            for (int i = 0; i < 1203; i++) {
                at = at.plus(Duration.ofMinutes(37));
                AuditChain.append(c, at, i % 3 == 0 ? "ann" : "bea", i % 4 == 0 ? "case-02" : "case-01", "Viewed document", "page " + i);
            }
            c.commit();
        }
        List<AuditEvent> all = auditor.events(TeamStore.AuditQuery.all());
        assertTrue(all.size() > 1203, "the events of the set-up and the 1 203");
        TeamStore.AuditPage newest = auditor.eventsPage(TeamStore.AuditQuery.all(), null, null, 100);
        assertEquals(all.subList(all.size() - 100, all.size()), newest.events(), "the newest 100, in chain order");
        assertTrue(newest.earlier());
        assertFalse(newest.later());
        // walk back to the start, then forward to the end
        List<AuditEvent> back = new ArrayList<>(newest.events());
        TeamStore.AuditPage p = newest;
        while (p.earlier()) {
            p = auditor.eventsPage(TeamStore.AuditQuery.all(), p.events().get(0).seq(), null, 100);
            back.addAll(0, p.events());
        }
        assertEquals(all, back);
        assertFalse(p.later() && p.events().isEmpty());
        List<AuditEvent> forward = new ArrayList<>(p.events());
        while (p.later()) {
            p = auditor.eventsPage(TeamStore.AuditQuery.all(), null, p.events().get(p.events().size() - 1).seq(), 100);
            forward.addAll(p.events());
        }
        assertEquals(all.subList(all.indexOf(forward.get(0)), all.size()), forward);
        // one case and one reviewer: pages of what they select only
        var q = new TeamStore.AuditQuery("case-02", "ann", "Viewed document", null, null);
        List<AuditEvent> selected = auditor.events(q);
        assertEquals(101, selected.size(), "every 12th of the 1 203: case-02 and ann");
        TeamStore.AuditPage last = auditor.eventsPage(q, null, null, 40);
        assertEquals(selected.subList(61, 101), last.events());
        TeamStore.AuditPage before = auditor.eventsPage(q, last.events().get(0).seq(), null, 40);
        assertEquals(selected.subList(21, 61), before.events());
        assertTrue(before.earlier() && before.later());
        TeamStore.AuditPage first = auditor.eventsPage(q, before.events().get(0).seq(), null, 40);
        assertEquals(selected.subList(0, 21), first.events());
        assertFalse(first.earlier());
        // after the last event: empty, with earlier ones
        TeamStore.AuditPage none = auditor.eventsPage(q, null, selected.get(100).seq(), 40);
        assertTrue(none.events().isEmpty() && none.earlier() && !none.later());
        List<AuditEvent> each = new ArrayList<>();
        auditor.eachEvent(TeamStore.AuditQuery.all(), each::add);
        assertEquals(all, each);
        assertThrows(TeamStoreException.NotPermitted.class, () -> nurseA.eventsPage(q, null, null, 40));
        assertTrue(auditor.verifyAuditTrail().intact());
    }

    @Test
    void lettersAreKeptOnceByTheirHash() {
        byte[] pdf = "%PDF-1.7 letter for REQ-1".getBytes(StandardCharsets.US_ASCII);
        String sha = nurseA.saveLetter("case-01", pdf, "approval-REQ-1.pdf", "approval");
        assertEquals(sha, nurseA.saveLetter("case-01", pdf, "approval-REQ-1 (reprint).pdf", "approval"));
        assertEquals(64, sha.length());
        assertEquals(2, nurseA.letters("case-01").size());
        assertEquals(new String(pdf, StandardCharsets.US_ASCII), new String(nurseA.letter(sha).orElseThrow(), StandardCharsets.US_ASCII));
        assertTrue(lead.events("case-01", null, null).stream().anyMatch(e -> e.action().equals("Letter saved") && e.detail().contains(sha)));
        // printed and sent with a PAS response are recorded too, each as what it was (issue 18: "letter printed/saved")
        assertEquals(sha, nurseA.issueLetter("case-01", pdf, "approval-REQ-1.pdf", "approval", TeamStore.IssuedAs.PRINTED));
        assertEquals(sha, nurseA.issueLetter("case-01", pdf, "REQ-1-pas-response-letter.pdf", "APPROVAL", TeamStore.IssuedAs.SENT));
        assertEquals(List.of(TeamStore.IssuedAs.SAVED, TeamStore.IssuedAs.SAVED, TeamStore.IssuedAs.PRINTED, TeamStore.IssuedAs.SENT),
                nurseA.letters("case-01").stream().map(TeamStore.IssuedLetter::issuedAs).toList());
        assertTrue(lead.events("case-01", null, null).stream().anyMatch(e -> e.action().equals("Letter printed") && e.detail().contains(sha)));
        assertTrue(lead.events("case-01", null, null).stream().anyMatch(e -> e.action().equals("Letter sent") && e.detail().contains(sha)));
        assertThrows(TeamStoreException.NotPermitted.class,
                () -> auditor.issueLetter("case-01", pdf, "x.pdf", "approval", TeamStore.IssuedAs.PRINTED));
    }

    // ---- audit chain ---------------------------------------------------------------------------

    @Test
    void theAuditTrailRefusesUpdateAndDelete() throws Exception {
        nurseA.audit("case-01", "Viewed document", "summary.csv");
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class, () -> st.executeUpdate("UPDATE audit_event SET actor = 'x'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class, () -> st.executeUpdate("DELETE FROM audit_event"));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
        }
        assertTrue(AuditChain.verify(db).intact());
    }

    @Test
    void verifyNamesTheFirstEventChangedBehindTheTriggers() throws Exception {
        for (int i = 0; i < 5; i++) {
            nurseA.audit("case-01", "Viewed document", "page " + i);
        }
        AuditChain.Verification ok = AuditChain.verify(db);
        assertTrue(ok.intact(), ok.summary());
        long target = nurseA.audit("case-01", "Decision", "Approve").seq();
        nurseA.audit("case-01", "Letter printed", "approval.pdf");
        try (Connection c = db.dataSource().getConnection()) {
            tamper(c, "UPDATE audit_event SET detail = 'Refer to physician reviewer' WHERE seq = " + target);
        }
        AuditChain.Verification broken = AuditChain.verify(db);
        assertFalse(broken.intact());
        assertEquals(target, broken.firstBroken(), broken.summary());
        assertTrue(broken.summary().contains("changed after it was written"), broken.summary());
    }

    @Test
    void verifyNamesAMissingEvent() throws Exception {
        for (int i = 0; i < 4; i++) {
            nurseA.audit("case-01", "Viewed document", "page " + i);
        }
        long removed = nurseA.audit("case-01", "Decision", "Refer").seq();
        nurseA.audit("case-01", "Viewed document", "page 9");
        try (Connection c = db.dataSource().getConnection()) {
            tamper(c, "DELETE FROM audit_event WHERE seq = " + removed);
        }
        AuditChain.Verification broken = AuditChain.verify(db);
        assertEquals(removed, broken.firstBroken(), broken.summary());
        assertTrue(broken.summary().contains("missing"), broken.summary());
    }

    // ---- other processes, killed; many clients at once -------------------------------------

    @Test
    void aKilledClientLosesNothingCommittedAndItsLockExpires() throws Exception {
        TeamStore bea = new TeamStore(db, "bea", "bea-live", java.time.Clock.systemUTC(), Duration.ofSeconds(6));
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                org.imrtreview.testing.TestHome.property(), "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), argumentForOtherProcess(), "case-01");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process child = pb.start();
        long lastCommitted = 0;
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("COMMITTED ")) {
                    lastCommitted = Long.parseLong(line.substring(10));
                    if (lastCommitted >= 20) {
                        break;
                    }
                }
            }
            assertEquals(20, lastCommitted, "the other workstation saved");
            child.destroyForcibly(); // SIGKILL: mid-save, no clean-up, the lock stays behind
            assertTrue(child.waitFor(30, java.util.concurrent.TimeUnit.SECONDS));
        } finally {
            child.destroyForcibly();
        }
        TeamStore.Saved after = bea.load("case-01");
        assertTrue(after.version() >= lastCommitted, "every save the killed client saw committed is there: " + after.version());
        assertEquals(Long.toString(after.version()), after.state().notes(), "no half-written save: notes count every version");
        var stillHeld = assertThrows(TeamStoreException.Locked.class, () -> bea.lock("case-01"));
        assertEquals("ann", stillHeld.lock().owner());
        Thread.sleep(6_500); // the killed client's heartbeat stops; its lock expires
        assertEquals("bea", bea.lock("case-01").owner());
        bea.save("case-01", after.version(), after.state().withNotes(Long.toString(after.version() + 1)));
        assertTrue(AuditChain.verify(db).intact(), AuditChain.verify(db).summary());
    }

    /**
     * Decision 0551: a window of ann's killed with {@code kill -9} leaves her lock behind; her next window on the same
     * machine takes it back at once instead of opening the case read-only for two minutes. While that window runs
     * (her second window) it is not taken; Bea's login never takes it early; nor does ann's window on another
     * machine, whose process ids are not this machine's.
     */
    @Test
    void herOwnLockLeftByAKilledWindowOnThisMachineIsHersAtOnce() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(ClientProcess.current().isPresent(), "this machine names no host");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                org.imrtreview.testing.TestHome.property(), "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), argumentForOtherProcess(), "case-01");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process child = pb.start();
        TeamStore annAgain = new TeamStore(db, "ann"); // her window started again, on this machine
        TeamStore beaHere = new TeamStore(db, "bea");
        long childPid = child.pid();
        java.time.Instant childStarted;
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null && !line.startsWith("COMMITTED ")) {
                // wait for the lock and a save
            }
            assertTrue(line != null, "the other window saved");
            childStarted = child.info().startInstant().orElseThrow();
            // her first window still runs: her second window on the same machine does not take its case
            assertEquals("ann", assertThrows(TeamStoreException.Locked.class, () -> annAgain.lock("case-01")).lock().owner());
            child.destroyForcibly(); // SIGKILL: the lock stays behind, its heartbeat fresh
            assertTrue(child.waitFor(30, java.util.concurrent.TimeUnit.SECONDS));
        } finally {
            child.destroyForcibly();
        }
        // another login never takes it before it expires
        assertEquals("ann", assertThrows(TeamStoreException.Locked.class, () -> beaHere.lock("case-01")).lock().owner());
        // ann's lock on case-02 from another machine (its process id and start name no process here): not taken early
        TeamStore annElsewhere = new TeamStore(db, "ann", "ann@" + childPid + "-1~" + childPid + "~"
                + Long.toString(childStarted.toEpochMilli(), 36) + "~" + ClientProcess.hash("ur-desk-17"),
                java.time.Clock.systemUTC(), Duration.ofMinutes(2));
        annElsewhere.lock("case-02");
        assertEquals("ann", assertThrows(TeamStoreException.Locked.class, () -> annAgain.lock("case-02")).lock().owner());

        // her killed window's lock, on this machine, is hers again at once
        CaseLock back = annAgain.lock("case-01");
        assertEquals(annAgain.clientId(), back.clientId());
        TeamStore.Saved saved = annAgain.load("case-01");
        annAgain.save("case-01", saved.version(), saved.state().withNotes(saved.state().notes() + " and on"));
        assertTrue(lead.events("case-01", null, null).stream().anyMatch(e -> e.action().equals("Own lock taken back")
                && e.detail().contains("process " + childPid)), "audited");
        assertTrue(AuditChain.verify(db).intact(), AuditChain.verify(db).summary());
    }

    static final int CLIENTS = 20;
    static final int OPS = Integer.getInteger("imrt.stress.ops", 500);

    /**
     * 20 clients × 500 operations on a shared worklist of six cases: locks, saves, assignments,
     * decisions, audit events, all at once. No save is lost (each case's version and its notes
     * counter equal the number of saves that succeeded), no case has two decisions, the chain holds.
     */
    @Test
    void twentyClientsOnOneWorklistLoseNothing() throws Exception {
        List<String> cases = List.of("s1", "s2", "s3", "s4", "s5", "s6");
        for (String k : cases) {
            lead.registerCase(new CaseInfo(k, "/share/ur/" + k, "REQ-" + k, "STANDARD", T0, T0.plus(Duration.ofDays(7))));
        }
        for (int i = 0; i < CLIENTS; i++) {
            lead.addReviewer("n" + i, "Nurse " + i, "RN", EnumSet.of(ReviewerRole.NURSE));
        }
        java.util.Map<String, java.util.concurrent.atomic.AtomicLong> saves = new java.util.concurrent.ConcurrentHashMap<>();
        cases.forEach(k -> saves.put(k, new java.util.concurrent.atomic.AtomicLong()));
        java.util.concurrent.atomic.AtomicLong decisions = new java.util.concurrent.atomic.AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Long>> done = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < CLIENTS; i++) {
            TeamStore me = new TeamStore(db, "n" + i, "n" + i + "-ws", java.time.Clock.systemUTC(), Duration.ofMinutes(2));
            java.util.Random random = new java.util.Random(i);
            done.add(pool.submit(() -> {
                long refused = 0;
                for (int op = 0; op < OPS; op++) {
                    String key = cases.get(random.nextInt(cases.size()));
                    try {
                        switch (random.nextInt(5)) {
                            case 0, 1 -> {
                                me.lock(key);
                                try {
                                    var s = me.load(key);
                                    int n = s.state().notes().isEmpty() ? 0 : Integer.parseInt(s.state().notes());
                                    me.save(key, s.version(), s.state().withNotes(Integer.toString(n + 1)));
                                    saves.get(key).incrementAndGet();
                                } finally {
                                    me.release(key);
                                }
                            }
                            case 2 -> {
                                me.lock(key);
                                try {
                                    var s = me.load(key);
                                    int n = s.state().notes().isEmpty() ? 0 : Integer.parseInt(s.state().notes());
                                    ReviewState next = s.state().withNotes(Integer.toString(n + 1));
                                    boolean deciding = s.state().decision() == null;
                                    next = deciding ? decided(next, NurseDecision.REFER, me.user()) : next.withoutDecision(Instant.now(), me.user());
                                    me.save(key, s.version(), next);
                                    saves.get(key).incrementAndGet();
                                    if (deciding) {
                                        decisions.incrementAndGet();
                                    }
                                } finally {
                                    me.release(key);
                                }
                            }
                            case 3 -> {
                                if (random.nextBoolean()) {
                                    me.assign(key, me.user());
                                } else {
                                    me.unassign(key);
                                }
                            }
                            default -> me.audit(key, "Viewed document", "page " + op);
                        }
                    } catch (TeamStoreException.Locked | TeamStoreException.NotPermitted expected) {
                        refused++;
                    }
                }
                return refused;
            }));
        }
        long refused = 0;
        for (Future<Long> f : done) {
            refused += f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        long totalSaves = 0;
        for (String k : cases) {
            TeamStore.Saved s = lead.load(k);
            assertEquals(saves.get(k).get(), s.version(), k + ": every successful save counted once");
            assertEquals(Long.toString(s.version()), s.state().notes().isEmpty() ? "0" : s.state().notes(), k + ": no lost update");
            assertEquals(s.state().decision() == null ? 0 : 1, lead.standingDecisions(k), k + ": one decision at most");
            totalSaves += s.version();
        }
        assertTrue(totalSaves > CLIENTS * OPS / 50, "the clients got work done: " + totalSaves + " saves");
        AuditChain.Verification v = AuditChain.verify(db);
        assertTrue(v.intact(), v.summary());
        org.slf4j.LoggerFactory.getLogger(getClass()).warn("stress {}: {} clients x {} ops in {} s, {} saves, {} refused, {} decisions, {} audit events",
                db.engine(), CLIENTS, OPS, String.format("%.1f", seconds), totalSaves, refused, decisions.get(), v.eventsChecked());
    }
}
