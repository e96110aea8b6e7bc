package org.imrtreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imrtreview.review.CaseReview;
import org.imrtreview.review.CaseReviews;
import org.imrtreview.store.NurseDecision;
import org.imrtreview.store.ReviewStatus;
import org.imrtreview.store.persist.ReviewStateStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The physician reviewer's command line on a workspace of samples 01, 03 and 04: the nurse approves 01
 * and refers 04 in the workstation; the queue shows 04 only; a nurse's name cannot uphold; the
 * physician upholds; the letter is then the final, signed denial; the report counts it all.
 */
class PhysicianCommandTest {
    private static final Clock NURSE_CLOCK = Clock.fixed(Instant.parse("2026-11-21T18:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path workspace;

    record Run(int code, String out, String err) { }

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void nurseWorksTheCases() throws Exception {
        for (String sample : new String[] {"01-brain-glioblastoma-criteria-met", "03-lung-v20-csv-criteria-met",
            "04-prostate-xls-criteria-not-met"}) {
            Path to = workspace.resolve(sample.substring(0, 2));
            Files.createDirectories(to);
            try (Stream<Path> files = Files.list(Path.of("samples", sample))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, to.resolve(f.getFileName().toString()));
                }
            }
        }
        decide("01", NurseDecision.APPROVE);
        decide("04", NurseDecision.REFER);
    }

    private void decide(String folder, NurseDecision d) throws Exception {
        ReviewStateStore store = new ReviewStateStore();
        Path path = workspace.resolve(folder);
        CaseReviews reviews = CaseReviews.standard(NURSE_CLOCK, "dana");
        CaseReview review = reviews.open(reviews.read(path, false, true), s -> {
            try {
                store.save(path, s);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(review.decide(d, "").isEmpty());
    }

    @Test
    void theQueueListsOnlyReferredCases() {
        Run queue = cli("physician", "queue", workspace.toString(), "--as-of", "2026-11-22T00:00:00Z");
        assertEquals(0, queue.code(), queue.err());
        assertTrue(queue.out().contains("PA-2026-004251"), queue.out());
        assertTrue(queue.out().contains("Awaiting physician"), queue.out());
        assertTrue(queue.out().contains("1 case with the physician reviewer"), queue.out());
        assertFalse(queue.out().contains(" 01 "), "the approved case is not in the queue: " + queue.out());
    }

    @Test
    void onlyAPhysicianUpholdsAndThenTheLetterIsTheSignedDenial() throws Exception {
        Path case04 = workspace.resolve("04");
        Run nurse = cli("physician", "decide", case04.toString(), "uphold", "--as", "Dana Whitfield, RN",
                "--rationale", "3D plan meets the limits");
        assertEquals(1, nurse.code());
        assertTrue(nurse.err().contains("MD or DO"), nurse.err());
        assertEquals(ReviewStatus.AWAITING_PHYSICIAN, new ReviewStateStore().read(case04).state().status());

        Run noRationale = cli("physician", "decide", case04.toString(), "uphold", "--as", "Helen Vance, MD");
        assertEquals(1, noRationale.code());
        assertTrue(noRationale.err().contains("rationale"), noRationale.err());

        Run doctor = cli("physician", "decide", case04.toString(), "uphold", "--as", "Helen Vance, MD, Radiation Oncology",
                "--rationale", "Rectum and bladder limits are met by the 3D plan.");
        assertEquals(0, doctor.code(), doctor.err());
        assertTrue(doctor.out().contains("Denial upheld by Helen Vance, MD, Radiation Oncology; status: Denied."), doctor.out());
        assertEquals(ReviewStatus.DENIED, new ReviewStateStore().read(case04).state().status());

        Run again = cli("physician", "decide", case04.toString(), "overturn", "--as", "Helen Vance, MD", "--rationale", "x");
        assertEquals(1, again.code());
        assertTrue(again.err().contains("already decided"), again.err());

        Path pdf = workspace.resolve("denial.pdf");
        Run letter = cli("letter", case04.toString(), "--out", pdf.toString(), "--reviewer", "Dana Whitfield, RN");
        assertEquals(0, letter.code(), letter.err());
        assertTrue(letter.out().contains("denial letter signed by Helen Vance, MD, Radiation Oncology"), letter.out());
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertFalse(text.contains("DRAFT"), text);
        assertTrue(text.contains("electronically by Helen Vance, MD, Radiation Oncology"), text);
        assertTrue(text.contains("Rectum and bladder limits are met by the 3D plan."), text);

        Run typedPhysician = cli("letter", case04.toString(), "--out", pdf.toString(), "--physician", "Alan Grant, MD");
        assertEquals(1, typedPhysician.code());
        assertTrue(typedPhysician.err().contains("no longer taken"), typedPhysician.err());
    }

    @Test
    void theReportCountsStatusesReferralsAndTurnaroundForThePeriod() throws Exception {
        assertEquals(0, cli("physician", "decide", workspace.resolve("04").toString(), "peer-to-peer",
                "--as", "Helen Vance, MD").code());
        Run json = cli("report", workspace.toString(), "--format", "json", "--as-of", "2026-12-01T00:00:00Z");
        assertEquals(0, json.code(), json.err());
        JsonNode r = new ObjectMapper().readTree(json.out());
        assertEquals(3, r.get("cases").asInt());
        assertEquals(1, r.get("byStatus").get("APPROVED").asInt());
        assertEquals(1, r.get("byStatus").get("PEER_TO_PEER").asInt());
        assertEquals(1, r.get("physicianReview").get("referred").asInt());
        assertEquals(1, r.get("physicianReview").get("peerToPeerRequested").asInt());
        // 01 (commercial standard, received 11-17) approved 11-21: in time; 03 never opened, due 12-04: open, not overdue;
        // 04 (Medicaid standard, received 11-20) undecided on 12-01: overdue
        assertEquals(1, r.get("overdueNow").asInt());
        JsonNode commercial = null;
        for (JsonNode t : r.get("turnaround")) {
            if ("COMMERCIAL".equals(t.get("lineOfBusiness").asText())) {
                commercial = t;
            }
        }
        assertEquals(1, commercial.get("decidedInTime").asInt());
        assertEquals(1, commercial.get("open").asInt());
        assertEquals(100.0, commercial.get("compliancePercent").asDouble());

        Run period = cli("report", workspace.toString(), "--format", "csv", "--from", "2026-11-19", "--to", "2026-11-30");
        assertEquals(0, period.code(), period.err());
        assertTrue(period.out().startsWith("measure,urgency,line_of_business,value\n"), period.out());
        assertTrue(period.out().contains("\ncases,,,2\n"), "03 and 04 were received from the 19th: " + period.out());

        Run text = cli("report", workspace.toString(), "--as-of", "2026-12-01T00:00:00Z");
        assertTrue(text.out().contains("Referred to a physician reviewer: 1"), text.out());
        assertFalse(text.out().contains("Walter"), "no member names in a report");
        assertFalse(text.out().contains("ZRH702245519"), "no member IDs in a report");

        Run backwards = cli("report", workspace.toString(), "--from", "2026-11-30", "--to", "2026-11-01");
        assertEquals(1, backwards.code());
    }

    private static final String ME = System.getProperty("user.name", "unknown");

    /** The workspace's embedded team store with this login's account as a lead sets it up. */
    private void account(String name, String credentials, java.util.Set<org.imrtreview.store.ReviewerRole> roles) {
        try (var db = org.imrtreview.store.db.TeamDatabase.embedded(workspace)) {
            var lead = new org.imrtreview.store.db.TeamStore(db, "lena");
            if (lead.reviewers().isEmpty()) {
                lead.addReviewer("lena", "Lena Lead", "RN", java.util.EnumSet.of(org.imrtreview.store.ReviewerRole.LEAD));
            }
            lead.addReviewer(ME, name, credentials, roles);
        }
    }

    @org.junit.jupiter.api.Test
    void withDbTheDecisionGoesToTheTeamStoreUnderTheLockAndNotBesideTheCase() throws Exception {
        // a physician who is also a lead: her first opening brings the nurse's referral (saved beside the case) in
        account("Helen Vance", "MD, Radiation Oncology", java.util.EnumSet.of(org.imrtreview.store.ReviewerRole.PHYSICIAN,
                org.imrtreview.store.ReviewerRole.LEAD));
        Path folder = workspace.resolve("04");
        Run run = cli("physician", "decide", folder.toString(), "uphold",
                "--rationale", "3D plan meets the rectum and bladder limits.", "--db", workspace.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Denial upheld by Helen Vance, MD, Radiation Oncology; status: Denied."), run.out());
        try (var db = org.imrtreview.store.db.TeamDatabase.forArgument(workspace.toString())) {
            var store = new org.imrtreview.store.db.TeamStore(db, ME);
            var state = store.load("04").state();
            assertEquals(org.imrtreview.store.ReviewStatus.DENIED, state.status());
            assertEquals("Helen Vance, MD, Radiation Oncology", state.physicianDecision().physician().signature(),
                    "the account signs");
            assertTrue(store.lockOf("04").isEmpty(), "the command gives the case back");
        }
        assertEquals(org.imrtreview.store.ReviewStatus.AWAITING_PHYSICIAN, new ReviewStateStore().read(folder).state().status(),
                "nothing written beside the case");

        // the letter on the store follows the store's uphold (beside the case it is still a draft) and is recorded issued
        Path pdf = workspace.resolve("denial.pdf");
        Run letter = cli("letter", folder.toString(), "--out", pdf.toString(), "--db", workspace.toString());
        assertEquals(0, letter.code(), letter.err());
        assertTrue(letter.out().contains("denial letter signed by Helen Vance, MD, Radiation Oncology"), letter.out());
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertFalse(text.contains("DRAFT"), text);
        assertTrue(text.contains("3D plan meets the rectum and bladder limits."), text);
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(pdf)));
        assertTrue(letter.out().contains("Recorded in the team store as issued: SHA-256 " + sha), letter.out());
        try (var db = org.imrtreview.store.db.TeamDatabase.forArgument(workspace.toString())) {
            var store = new org.imrtreview.store.db.TeamStore(db, ME);
            var issued = store.letters("04");
            assertEquals(1, issued.size());
            assertEquals(sha, issued.get(0).sha256());
            assertEquals("DENIAL_DRAFT", issued.get(0).kind());
            assertEquals("denial.pdf", issued.get(0).fileName());
            assertTrue(store.lockOf("04").isEmpty(), "the letter command gives the case back");
        }
        Path besides = workspace.resolve("beside.pdf");
        Run draft = cli("letter", folder.toString(), "--out", besides.toString(), "--reviewer", "Dana Whitfield, RN");
        assertEquals(0, draft.code(), draft.err());
        assertFalse(draft.out().contains("signed by Helen Vance"), "without --db the work beside the case: a draft");
        Run typed = cli("letter", folder.toString(), "--out", pdf.toString(), "--reviewer", "Dana Whitfield, RN",
                "--db", workspace.toString());
        assertEquals(1, typed.code(), typed.out());
        assertTrue(typed.err().contains("--reviewer \"Dana Whitfield, RN\" is not your account"), typed.err());
    }

    @org.junit.jupiter.api.Test
    void withDbANurseAccountCannotUpholdWhateverSheTypesAndATypedNameIsNotTheSigner() throws Exception {
        account("Dana Whitfield", "RN", java.util.EnumSet.of(org.imrtreview.store.ReviewerRole.NURSE,
                org.imrtreview.store.ReviewerRole.LEAD));
        Path folder = workspace.resolve("04");
        Run nurse = cli("physician", "decide", folder.toString(), "uphold", "--rationale", "3D plan meets the limits.",
                "--db", workspace.toString());
        assertEquals(1, nurse.code(), nurse.out());
        assertTrue(nurse.err().contains("Only a physician reviewer may uphold") && nurse.err().contains("Dana Whitfield, RN"),
                nurse.err());
        Run typed = cli("physician", "decide", folder.toString(), "uphold", "--as", "Helen Vance, MD",
                "--rationale", "3D plan meets the limits.", "--db", workspace.toString());
        assertEquals(1, typed.code(), typed.out());
        assertTrue(typed.err().contains("is not your account in the team store"), typed.err());
        // the role PHYSICIAN on an account whose credentials are a nurse's: still refused
        account("Dana Whitfield", "RN", java.util.EnumSet.of(org.imrtreview.store.ReviewerRole.PHYSICIAN,
                org.imrtreview.store.ReviewerRole.LEAD));
        Run noDegree = cli("physician", "decide", folder.toString(), "uphold", "--rationale", "3D plan meets the limits.",
                "--db", workspace.toString());
        assertEquals(1, noDegree.code(), noDegree.out());
        assertTrue(noDegree.err().contains("MD or DO"), noDegree.err());
        try (var db = org.imrtreview.store.db.TeamDatabase.forArgument(workspace.toString())) {
            var store = new org.imrtreview.store.db.TeamStore(db, "lena");
            assertEquals(org.imrtreview.store.ReviewStatus.AWAITING_PHYSICIAN, store.load("04").state().status());
            assertTrue(store.events("04", null, null).stream().noneMatch(e -> e.action().equals("Physician review")));
        }
        Run noAs = cli("physician", "decide", folder.toString(), "uphold", "--rationale", "x");
        assertEquals(1, noAs.code());
        assertTrue(noAs.err().contains("--as"), noAs.err());
    }

    /**
     * physician queue --db lists the team store's referred cases (awaiting the physician, peer-to-peer) with
     * their assignee, as db worklist does, not the files beside the cases: after the physician upholds on the
     * store the store's queue is empty while the file beside the case still says referred.
     */
    @org.junit.jupiter.api.Test
    void withDbTheQueueIsTheTeamStoresReferredCases() throws Exception {
        account("Helen Vance", "MD, Radiation Oncology", java.util.EnumSet.of(org.imrtreview.store.ReviewerRole.PHYSICIAN,
                org.imrtreview.store.ReviewerRole.LEAD));
        assertEquals(0, cli("db", "import", "--db", workspace.toString(), workspace.toString()).code());
        assertEquals(0, cli("db", "assign", "--db", workspace.toString(), workspace.resolve("04").toString()).code());
        Run queue = cli("physician", "queue", "--db", workspace.toString(), "--as-of", "2026-11-22T00:00:00Z");
        assertEquals(0, queue.code(), queue.err());
        String line04 = queue.out().lines().filter(l -> l.contains(" 04 ")).findFirst().orElseThrow(() -> new AssertionError(queue.out()));
        assertTrue(line04.startsWith("PA-2026-004251") && line04.contains("Awaiting physician") && line04.contains("Helen Vance"),
                line04);
        assertFalse(queue.out().contains(" 01 "), "the approved case is not in the queue: " + queue.out());
        assertFalse(queue.out().contains(" 03 "), "an undecided case is not in the queue: " + queue.out());
        assertTrue(queue.out().contains("1 case with the physician reviewer in the team store."), queue.out());

        assertEquals(0, cli("physician", "decide", workspace.resolve("04").toString(), "peer-to-peer",
                "--db", workspace.toString()).code());
        Run p2p = cli("physician", "queue", "--db", workspace.toString());
        assertTrue(p2p.out().lines().anyMatch(l -> l.contains(" 04 ") && l.contains("Peer-to-peer")), p2p.out());
        assertEquals(0, cli("physician", "decide", workspace.resolve("04").toString(), "uphold",
                "--rationale", "3D plan meets the rectum and bladder limits.", "--db", workspace.toString()).code());
        Run empty = cli("physician", "queue", "--db", workspace.toString());
        assertEquals(0, empty.code(), empty.err());
        assertTrue(empty.out().contains("No case in the team store is waiting for a physician reviewer."), empty.out());
        assertTrue(cli("physician", "queue", workspace.toString()).out().contains("PA-2026-004251"),
                "the files beside the cases are not the store's: without --db 04 is still referred there");

        Run nowhere = cli("physician", "queue", "--db", workspace.resolve("no-such-share").toString());
        assertEquals(2, nowhere.code());
    }

    /**
     * report --db counts the team store's cases and decisions, not the files beside the cases: after the
     * physician upholds on the store, the store's report has the denial and the uphold, the files' report
     * still has the case with the physician.
     */
    @org.junit.jupiter.api.Test
    void withDbTheReportCountsTheStoresDecisions() throws Exception {
        account("Helen Vance", "MD, Radiation Oncology", java.util.EnumSet.of(org.imrtreview.store.ReviewerRole.PHYSICIAN,
                org.imrtreview.store.ReviewerRole.LEAD));
        assertEquals(0, cli("db", "import", "--db", workspace.toString(), workspace.toString()).code());
        assertEquals(0, cli("physician", "decide", workspace.resolve("04").toString(), "uphold",
                "--rationale", "3D plan meets the rectum and bladder limits.", "--db", workspace.toString()).code());
        Run json = cli("report", "--db", workspace.toString(), "--format", "json", "--as-of", "2026-12-01T00:00:00Z");
        assertEquals(0, json.code(), json.err());
        JsonNode r = new ObjectMapper().readTree(json.out());
        assertEquals(3, r.get("cases").asInt());
        assertEquals(1, r.get("byStatus").get("APPROVED").asInt());
        assertEquals(1, r.get("byStatus").get("DENIED").asInt());
        assertEquals(0, r.get("byStatus").get("AWAITING_PHYSICIAN").asInt());
        assertEquals(1, r.get("physicianReview").get("referred").asInt());
        assertEquals(1, r.get("physicianReview").get("upheld").asInt());
        // decision 0318: counted from the audit trail — imported review-state.json decisions included — and the
        // saved work agrees with it
        assertEquals("audit trail", r.get("decisionsFrom").asText());
        assertEquals(0, r.get("savedWorkDisagreesWithAuditTrail").asInt(), json.out());
        JsonNode files = new ObjectMapper().readTree(cli("report", workspace.toString(), "--format", "json",
                "--as-of", "2026-12-01T00:00:00Z").out());
        assertEquals(1, files.get("byStatus").get("AWAITING_PHYSICIAN").asInt(), "beside the cases nothing of the store's uphold");
        assertEquals(0, files.get("physicianReview").get("upheld").asInt());
        assertEquals("saved work", files.get("decisionsFrom").asText());
        Run text = cli("report", "--db", workspace.toString(), "--as-of", "2026-12-01T00:00:00Z");
        assertFalse(text.out().contains("Walter"), "no member names in a report: " + text.out());
        assertEquals(2, cli("report", "--db", workspace.resolve("no-such-share").toString()).code());
    }

    @org.junit.jupiter.api.Test
    void aDbThatCannotBeOpenedIsAnErrorNotAFallBackToTheFile() throws Exception {
        Path folder = workspace.resolve("04");
        Run run = cli("physician", "decide", folder.toString(), "uphold", "--as", "Helen Vance, MD",
                "--rationale", "3D plan meets the limits.", "--db", workspace.resolve("no-such-share").toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("no fall-back"), run.err());
        assertEquals(org.imrtreview.store.ReviewStatus.AWAITING_PHYSICIAN, new ReviewStateStore().read(folder).state().status());
    }
}
