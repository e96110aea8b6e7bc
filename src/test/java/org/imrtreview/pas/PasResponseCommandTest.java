package org.imrtreview.pas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.imrtreview.cli.Cli;
import org.imrtreview.letter.content.AuthorizationNumber;
import org.imrtreview.model.Determination;
import org.imrtreview.store.DecisionRecord;
import org.imrtreview.store.NurseDecision;
import org.imrtreview.store.PhysicianAction;
import org.imrtreview.store.PhysicianStep;
import org.imrtreview.store.ReviewerIdentity;
import org.imrtreview.store.ReviewerRole;
import org.imrtreview.store.ReviewState;
import org.imrtreview.store.persist.ReviewStateStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The round trip through the command line: bundle in, evaluation, decision, PAS and X12 responses out. */
class PasResponseCommandTest {

    static final String MET = "samples/01-brain-glioblastoma-criteria-met";
    static final String INCOMPLETE = "samples/05-spine-grayscale-fax-incomplete";
    static final String NOT_MET = "samples/06-esophagus-answer-mismatch-not-met";

    @TempDir
    Path dir;

    record Run(int code, String out, String err) { }

    private Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        if (args[0].equals("pas-response")) {
            all.add("--reviewer");
            all.add("Dana Whitfield, RN");
        }
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    private Path bundle(String sample) throws Exception {
        Path f = dir.resolve("bundle.json");
        PasBundleFixtures.write(PasBundleFixtures.fromSample(Path.of(sample), false), f);
        return f;
    }

    private Path imported(String sample) throws Exception {
        return new PasImporter().importBundle(bundle(sample)).caseFolder();
    }

    private static void record(Path caseFolder, NurseDecision decision, Determination recommendation) throws Exception {
        ReviewStateStore store = new ReviewStateStore();
        store.save(caseFolder, ReviewState.fresh().withDecision(
                new DecisionRecord(decision, recommendation, null, Instant.parse("2026-11-20T10:00:00Z"), "nurse")));
    }

    private JsonNode response() throws Exception {
        return PasImporter.MAPPER.readTree(dir.resolve("response.json").toFile());
    }

    private static JsonNode claimResponse(JsonNode bundle) {
        return bundle.path("entry").path(0).path("resource");
    }

    private static JsonNode reviewActionCode(JsonNode claimResponse, int item) {
        return claimResponse.path("item").path(item).path("adjudication").path(0).path("extension").path(0)
                .path("extension").path(0).path("valueCodeableConcept").path("coding").path(0);
    }

    private static List<String> resourceTypes(JsonNode bundle) {
        List<String> types = new ArrayList<>();
        bundle.path("entry").forEach(e -> types.add(e.path("resource").path("resourceType").asText()));
        return types;
    }

    @Test
    void evaluateTakesABundleAndKeepsItsOutputPureJson() throws Exception {
        Run run = cli("evaluate", bundle(MET).toString(), "--format", "json");
        assertEquals(0, run.code(), run.err());
        assertEquals("CRITERIA_MET", PasImporter.MAPPER.readTree(run.out()).path("determination").asText());
        assertTrue(run.err().contains("Imported PAS bundle into"), run.err());
    }

    @Test
    void anApprovableBundleIsAnsweredCertifiedWithTheAuthorizationNumberAndTheLetter() throws Exception {
        Run run = cli("pas-response", bundle(MET).toString(), "--decision", "approve",
                "--out", dir.resolve("response.json").toString(), "--letter", dir.resolve("letter.pdf").toString());
        assertEquals(0, run.code(), run.err());
        JsonNode bundle = response();
        assertEquals(List.of(), PasProfileCheck.check(bundle));
        JsonNode cr = claimResponse(bundle);
        String auth = AuthorizationNumber.forRequest("PA-2026-004117");
        assertEquals(auth, cr.path("preAuthRef").asText());
        assertEquals("complete", cr.path("outcome").asText());
        assertEquals("2026-12-01", cr.path("preAuthPeriod").path("start").asText().compareTo("2026-12-01") >= 0 ? "2026-12-01" : "");
        assertEquals(3, cr.path("item").size());
        for (int i = 0; i < 3; i++) {
            assertEquals("A1", reviewActionCode(cr, i).path("code").asText());
            assertEquals(i + 1, cr.path("item").path(i).path("itemSequence").asInt());
        }
        // the requester's PractitionerRole with its Practitioner and Organization, so its references resolve
        assertEquals(List.of("ClaimResponse", "Patient", "Organization", "PractitionerRole", "Practitioner", "Organization",
                "DocumentReference"), resourceTypes(bundle));
        assertTrue(Files.readString(dir.resolve("letter.pdf"), java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        String x12 = Files.readString(dir.resolve("response.x12"));
        assertTrue(x12.contains("HCR*A1*" + auth + "~"), x12);
        assertTrue(x12.contains("REF*BB*" + auth + "~"), x12);
        assertTrue(x12.contains("NM1*IL*1*ELLISON*MARGARET****MI*ZRH448120917~"), x12);
        assertTrue(x12.contains("SV1*HC:77386**UN*30~"), x12);
        assertX12Envelope(x12);
        Path caseFolder = dir.resolve("pas-inbox/PA-2026-004117");
        ReviewState state = new ReviewStateStore().load(caseFolder).state();
        assertTrue(state.audit().stream().anyMatch(a -> a.action().equals("PAS response written") && a.detail().contains("A1")));
    }

    @Test
    void anApprovalAgainstTheRecommendationIsRefusedWithoutTheNursesRecordedDecision() throws Exception {
        Run run = cli("pas-response", bundle(NOT_MET).toString(), "--decision", "approve", "--out", dir.resolve("response.json").toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("an approval needs the nurse's Approve decision"), run.err());
        assertFalse(Files.exists(dir.resolve("response.json")));
    }

    @Test
    void withNoDecisionRecordedNothingIsSent() throws Exception {
        Run run = cli("pas-response", bundle(NOT_MET).toString(), "--out", dir.resolve("response.json").toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("no decision is recorded"), run.err());
    }

    /**
     * Decision 0450: an approval recorded when the case met the criteria is not sent once the case evaluates
     * otherwise (here the imported esophagus case, criteria not met, with an approval recorded on "criteria met").
     */
    @Test
    void aDecisionRecordedOnAnotherRecommendationIsNotSent() throws Exception {
        Path caseFolder = imported(NOT_MET);
        record(caseFolder, NurseDecision.APPROVE, Determination.CRITERIA_MET);
        Run run = cli("pas-response", caseFolder.toString(), "--out", dir.resolve("response.json").toString());
        assertEquals(1, run.code(), run.out() + run.err());
        assertTrue(run.err().contains("the case has changed since"), run.err());
        assertFalse(Files.exists(dir.resolve("response.json")));
    }

    /**
     * Decision 0462: the response is made from the case as the window shows it. The nurse resolved the grey fax's
     * colour item in the checklist (a colour copy came by mail) and approved on "criteria met"; the command used to
     * apply only cell edits and request details, evaluated the case INCOMPLETE and answered otherwise.
     */
    @Test
    void theResponseFollowsTheNursesChecklistDecisionAsTheWindowDoes() throws Exception {
        Path caseFolder = imported(INCOMPLETE);
        Instant at = Instant.parse("2026-11-20T10:00:00Z");
        ReviewState state = ReviewState.fresh()
                .withChecklistOverride(new org.imrtreview.model.ChecklistOverride("color", true,
                        "colour DVH copies received by mail 11/19, filed with the case"), "Colour DVH", at, "nurse")
                .withDecision(new DecisionRecord(NurseDecision.APPROVE, Determination.CRITERIA_MET, null, at, "nurse"));
        new ReviewStateStore().save(caseFolder, state);

        Run run = cli("pas-response", caseFolder.toString(), "--out", dir.resolve("response.json").toString());
        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("Determination: " + Determination.CRITERIA_MET.title()), run.out());
        JsonNode cr = claimResponse(response());
        assertEquals("A1", reviewActionCode(cr, 0).path("code").asText());
    }

    @Test
    void onlyAPhysicianMayDeny() throws Exception {
        Path caseFolder = imported(NOT_MET);
        record(caseFolder, NurseDecision.REFER, Determination.CRITERIA_NOT_MET);
        Run nurse = cli("pas-response", caseFolder.toString(), "--decision", "deny", "--physician", "Dana Whitfield, RN",
                "--out", dir.resolve("response.json").toString());
        assertEquals(1, nurse.code());
        assertTrue(nurse.err().contains("only a physician may deny"), nurse.err());
        Run none = cli("pas-response", caseFolder.toString(), "--decision", "deny", "--out", dir.resolve("response.json").toString());
        assertEquals(1, none.code());
        assertFalse(Files.exists(dir.resolve("response.json")));

        // a physician's name on the command line does not deny: the uphold recorded with the case does (decision 0220)
        Run typedOnly = cli("pas-response", caseFolder.toString(), "--decision", "deny", "--physician", "Alan Grant, MD",
                "--out", dir.resolve("response.json").toString());
        assertEquals(1, typedOnly.code());
        assertTrue(typedOnly.err().contains("physician decide"), typedOnly.err());
        assertFalse(Files.exists(dir.resolve("response.json")));

        ReviewStateStore store = new ReviewStateStore();
        store.save(caseFolder, store.load(caseFolder).state().withPhysicianStep(new PhysicianStep(PhysicianAction.UPHOLD,
                new ReviewerIdentity("Alan Grant", "MD", ReviewerRole.PHYSICIAN), "3D plan meets every limit",
                Instant.parse("2026-11-21T10:00:00Z"), "agrant")));
        Run other = cli("pas-response", caseFolder.toString(), "--decision", "deny", "--physician", "Ellie Sattler, MD",
                "--out", dir.resolve("response.json").toString());
        assertEquals(1, other.code());
        assertTrue(other.err().contains("upheld by Alan Grant, MD"), other.err());

        Run doctor = cli("pas-response", caseFolder.toString(), "--out", dir.resolve("response.json").toString());
        assertEquals(0, doctor.code(), doctor.err());
        JsonNode bundle = response();
        assertEquals(List.of(), PasProfileCheck.check(bundle));
        JsonNode cr = claimResponse(bundle);
        assertEquals("A3", reviewActionCode(cr, 0).path("code").asText());
        assertFalse(cr.has("preAuthRef"));
        assertTrue(cr.path("processNote").path(0).path("text").asText().contains("Alan Grant, MD"));
        assertTrue(resourceTypes(bundle).contains("DocumentReference"));
        assertTrue(Files.readString(dir.resolve("response.x12")).contains("HCR*A3*"));
        ReviewState state = new ReviewStateStore().load(caseFolder).state();
        assertTrue(state.audit().stream().anyMatch(a -> a.action().equals("Physician decision") && a.detail().contains("Alan Grant, MD")));
    }

    /**
     * Decision 0268: a physician decides the request service line by service line — planning and the
     * collimator certified, the IMRT delivery not (A2 on the request, A1/A1/A3 on the lines), or the
     * delivery certified for fewer fractions (A6) — and the letter says which lines are approved.
     */
    @Test
    void aPhysicianDecidesServiceLineByServiceLine() throws Exception {
        Path caseFolder = imported(NOT_MET);
        record(caseFolder, NurseDecision.REFER, Determination.CRITERIA_NOT_MET);
        String out = dir.resolve("response.json").toString();
        Run noPhysician = cli("pas-response", caseFolder.toString(), "--decision", "modify", "--item", "1=approve",
                "--item", "2=approve", "--item", "3=deny", "--out", out);
        assertEquals(1, noPhysician.code());
        assertTrue(noPhysician.err().contains("only a physician may deny a service line"), noPhysician.err());
        assertFalse(Files.exists(dir.resolve("response.json")));

        ReviewStateStore store = new ReviewStateStore();
        store.save(caseFolder, store.load(caseFolder).state().withPhysicianStep(new PhysicianStep(PhysicianAction.UPHOLD,
                new ReviewerIdentity("Alan Grant", "MD", ReviewerRole.PHYSICIAN), "3D plan meets every limit",
                Instant.parse("2026-11-21T10:00:00Z"), "agrant")));
        Run undecided = cli("pas-response", caseFolder.toString(), "--decision", "modify", "--item", "1=approve",
                "--item", "3=deny", "--out", out);
        assertEquals(1, undecided.code());
        assertTrue(undecided.err().contains("not decided: [2]"), undecided.err());
        Run notFewer = cli("pas-response", caseFolder.toString(), "--decision", "modify", "--item", "1=approve",
                "--item", "2=approve", "--item", "3=approve:23", "--out", out);
        assertEquals(1, notFewer.code());
        assertTrue(notFewer.err().contains("asks for 23 units"), notFewer.err());
        Run unknown = cli("pas-response", caseFolder.toString(), "--decision", "modify", "--item", "1=approve",
                "--item", "2=approve", "--item", "3=deny", "--item", "7=deny", "--out", out);
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("no service line [7]"), unknown.err());
        Run allCertified = cli("pas-response", caseFolder.toString(), "--decision", "modify", "--item", "1=approve",
                "--item", "2=approve", "--item", "3=approve", "--out", out);
        assertEquals(1, allCertified.code());
        assertTrue(allCertified.err().contains("answer with --decision approve"), allCertified.err());
        assertFalse(Files.exists(dir.resolve("response.json")), "nothing written while refused");

        Path letter = dir.resolve("letter.pdf");
        Run partial = cli("pas-response", caseFolder.toString(), "--decision", "modify", "--item", "1=approve",
                "--item", "2=approve", "--item", "3=deny", "--item-reason", "3=3D conformal delivery meets every organ limit",
                "--out", out, "--letter", letter.toString());
        assertEquals(0, partial.code(), partial.err());
        assertTrue(partial.out().contains("A2 Certified - partial (line 1 A1, line 2 A1, line 3 A3)"), partial.out());
        JsonNode bundle = response();
        assertEquals(List.of(), PasProfileCheck.check(bundle));
        JsonNode cr = claimResponse(bundle);
        assertEquals(List.of("A1", "A1", "A3"), List.of(reviewActionCode(cr, 0).path("code").asText(),
                reviewActionCode(cr, 1).path("code").asText(), reviewActionCode(cr, 2).path("code").asText()));
        assertEquals(AuthorizationNumber.forRequest(cr.path("identifier").path(0).path("value").asText()), cr.path("preAuthRef").asText());
        assertTrue(cr.path("item").path(0).toString().contains("itemPreAuthPeriod"), "a certified line has its period");
        assertFalse(cr.path("item").path(2).toString().contains("itemPreAuthPeriod"), "a line not certified has none");
        assertEquals("[1,2]", cr.path("item").path(2).path("noteNumber").toString());
        assertTrue(cr.path("processNote").path(1).path("text").asText()
                .contains("Service line 3 (77386): not certified. 3D conformal delivery meets every organ limit"), cr.toString());
        String x12 = Files.readString(dir.resolve("response.x12"));
        assertX12Envelope(x12);
        List<String> hcr = x12.lines().filter(l -> l.startsWith("HCR*")).map(l -> l.substring(0, 6)).toList();
        assertEquals(List.of("HCR*A2", "HCR*A1", "HCR*A1", "HCR*A3"), hcr, x12);
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(letter.toFile())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("some IMRT services are not approved"), text);
        assertTrue(text.contains("We approved part of it"), text);
        int approved = text.indexOf("What we approved");
        int denied = text.indexOf("What we did not approve");
        assertTrue(approved > 0 && denied > approved, text);
        String approvedPart = text.substring(approved, denied);
        assertTrue(approvedPart.contains("CPT 77301") && approvedPart.contains("CPT 77338") && !approvedPart.contains("77386"), approvedPart);
        String deniedPart = text.substring(denied, text.indexOf("Why we did not approve"));
        assertTrue(deniedPart.contains("CPT 77386") && !deniedPart.contains("77301"), deniedPart);
        assertTrue(text.contains("Alan Grant, MD"), "signed by the physician");
        assertFalse(text.contains("DRAFT"), "a physician's decision, not a draft");
        ReviewState state = store.load(caseFolder).state();
        assertTrue(state.audit().stream().anyMatch(a -> a.action().equals("Physician decision")
                && a.detail().contains("Certified - partial by Alan Grant, MD (line 1 A1, line 2 A1, line 3 A3)")), state.audit().toString());

        // fewer fractions certified: A6 on the request and the line, the units in the adjudication and SV1
        Run modified = cli("pas-response", caseFolder.toString(), "--decision", "modify", "--item", "1=approve",
                "--item", "2=approve", "--item", "3=approve:20", "--out", out, "--letter", letter.toString());
        assertEquals(0, modified.code(), modified.err());
        JsonNode crModified = claimResponse(response());
        assertEquals(List.of(), PasProfileCheck.check(response()));
        assertEquals("A6", reviewActionCode(crModified, 2).path("code").asText());
        assertEquals(20, crModified.path("item").path(2).path("adjudication").path(0).path("value").asInt());
        String x12Modified = Files.readString(dir.resolve("response.x12"));
        assertTrue(x12Modified.contains("HCR*A6*") && x12Modified.contains("SV1*HC:77386**UN*20~"), x12Modified);
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(letter.toFile())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("20 of the 23 units asked for") && text.contains("3 of the 23 units asked for"), text);
    }

    @Test
    void aReferredCaseIsAnsweredPendedWithoutALetter() throws Exception {
        Path caseFolder = imported(NOT_MET);
        record(caseFolder, NurseDecision.REFER, Determination.CRITERIA_NOT_MET);
        Run run = cli("pas-response", caseFolder.toString(), "--out", dir.resolve("response.json").toString());
        assertEquals(0, run.code(), run.err());
        JsonNode bundle = response();
        assertEquals(List.of(), PasProfileCheck.check(bundle));
        assertEquals("A4", reviewActionCode(claimResponse(bundle), 0).path("code").asText());
        assertFalse(resourceTypes(bundle).contains("DocumentReference"));
        assertFalse(resourceTypes(bundle).contains("CommunicationRequest"));
    }

    @Test
    void aRequestForInformationListsWhatIsMissingAsCommunicationRequests() throws Exception {
        Path caseFolder = imported(INCOMPLETE);
        record(caseFolder, NurseDecision.REQUEST_INFO, Determination.INCOMPLETE);
        Run run = cli("pas-response", caseFolder.toString(), "--out", dir.resolve("response.json").toString());
        assertEquals(0, run.code(), run.err());
        JsonNode bundle = response();
        assertEquals(List.of(), PasProfileCheck.check(bundle));
        JsonNode cr = claimResponse(bundle);
        assertEquals("A4", reviewActionCode(cr, 0).path("code").asText());
        assertTrue(cr.path("communicationRequest").size() >= 1);
        List<String> wanted = new ArrayList<>();
        bundle.path("entry").forEach(e -> {
            if (e.path("resource").path("resourceType").asText().equals("CommunicationRequest")) {
                wanted.add(e.path("resource").path("payload").path(0).path("contentString").asText());
                assertTrue(e.path("resource").path("note").size() >= 1);
            }
        });
        assertTrue(wanted.contains("18776-5"), wanted.toString()); // colour DVHs: the radiation plan's documents
        assertTrue(cr.path("processNote").path(0).path("text").asText().toLowerCase().contains("colour")
                || cr.path("processNote").path(0).path("text").asText().toLowerCase().contains("color"));
    }

    @Test
    void configuredReasonCodesAreSentAndUnconfiguredOnesAreNot() throws Exception {
        Path caseFolder = imported(NOT_MET);
        record(caseFolder, NurseDecision.REFER, Determination.CRITERIA_NOT_MET);
        Run plain = cli("pas-response", caseFolder.toString(), "--out", dir.resolve("response.json").toString());
        assertEquals(0, plain.code(), plain.err());
        JsonNode action = claimResponse(response()).path("item").path(0).path("adjudication").path(0).path("extension").path(0);
        assertEquals(2, action.path("extension").size(), "code and number only: " + action);
        Path codes = dir.resolve("codes.properties");
        Files.writeString(codes, "pended.physicianReview=XX|Plan test code\n");
        System.setProperty(ReasonCodes.PROPERTY, codes.toString());
        try {
            Run run = cli("pas-response", caseFolder.toString(), "--out", dir.resolve("response.json").toString());
            assertEquals(0, run.code(), run.err());
        } finally {
            System.clearProperty(ReasonCodes.PROPERTY);
        }
        JsonNode reason = claimResponse(response()).path("item").path(0).path("adjudication").path(0).path("extension").path(0)
                .path("extension").path(2);
        assertEquals("reasonCode", reason.path("url").asText());
        assertEquals("XX", reason.path("valueCodeableConcept").path("coding").path(0).path("code").asText());
        String x12 = Files.readString(dir.resolve("response.x12"));
        String number = new ReviewStateStore().load(caseFolder).state().audit().stream()
                .filter(a -> a.action().equals("PAS response written")).reduce((a, b) -> b).orElseThrow().detail().replaceAll(".*review number ", "");
        assertTrue(x12.contains("HCR*A4*" + number + "*XX~"), x12);
    }

    @Test
    void aCaseThatDidNotArriveAsABundleHasNothingToAnswer() throws Exception {
        Path copy = org.imrtreview.testing.SampleCopies.copyOf(Path.of(MET), dir);
        Run run = cli("pas-response", copy.toString(), "--decision", "approve", "--out", dir.resolve("response.json").toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("did not arrive as a PAS bundle"), run.err());
    }

    @Test
    void theProfileCheckCatchesABrokenResponse() throws Exception {
        assertEquals(0, cli("pas-response", bundle(MET).toString(), "--decision", "approve",
                "--out", dir.resolve("response.json").toString()).code());
        ObjectNode bundle = (ObjectNode) response();
        ObjectNode cr = (ObjectNode) claimResponse(bundle);
        cr.put("use", "claim");
        ((ObjectNode) cr.path("item").path(0)).putArray("extension");
        cr.remove("preAuthRef");
        List<String> violations = PasProfileCheck.check(bundle);
        assertTrue(violations.contains("PASClaimResponse: use = preauthorization"), violations.toString());
        assertTrue(violations.contains("PASClaimResponseBase: item.extension[authorizedProvider] 1..*"), violations.toString());
        assertTrue(violations.contains("a certified response carries preAuthRef"), violations.toString());
    }

    @Test
    void pasImportSaysWhereTheCaseIsAndRefusesABadBundle() throws Exception {
        Run ok = cli("pas-import", bundle(MET).toString());
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("Imported request PA-2026-004117 into"), ok.out());
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":{\"resourceType\":\"Patient\"}}]}");
        Run refused = cli("pas-import", bad.toString());
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("bad.json: it holds no Claim"), refused.err());
    }

    /** Envelope arithmetic: SE01 counts ST..SE, control numbers match, ISA is 106 characters. */
    /**
     * Decision 0212: with --db the response follows the decision recorded in the team store (here a
     * physician's uphold the file beside the case knows nothing of), the sender is the login's account,
     * the response goes into the store's audit trail and the letter sent with it is recorded as issued.
     */
    @Test
    void withDbTheResponseFollowsTheStoresUpholdAndItsLetterIsRecordedIssued() throws Exception {
        Path caseFolder = imported(NOT_MET);
        String key = org.imrtreview.store.db.CaseKeys.of(caseFolder);
        String me = System.getProperty("user.name", "unknown");
        try (var db = org.imrtreview.store.db.TeamDatabase.embedded(dir)) {
            var lead = new org.imrtreview.store.db.TeamStore(db, "lena");
            lead.addReviewer("lena", "Lena Lead", "RN", java.util.EnumSet.of(ReviewerRole.LEAD));
            lead.addReviewer(me, "Dana Whitfield", "RN", java.util.EnumSet.of(ReviewerRole.NURSE, ReviewerRole.LEAD));
            lead.addReviewer("drp", "Paul Physician", "MD", java.util.EnumSet.of(ReviewerRole.PHYSICIAN));
            lead.registerCase(new org.imrtreview.store.db.CaseInfo(key, caseFolder.toString(), "PA-2026-004318", "STANDARD",
                    null, null));
            var nurse = new org.imrtreview.store.db.TeamStore(db, me);
            nurse.lock(key);
            var s = nurse.load(key);
            nurse.save(key, s.version(), s.state().withDecision(new DecisionRecord(NurseDecision.REFER,
                    Determination.CRITERIA_NOT_MET, "rectum limits", Instant.parse("2026-11-20T10:00:00Z"), me)));
            nurse.release(key);
            var doctor = new org.imrtreview.store.db.TeamStore(db, "drp");
            doctor.lock(key);
            s = doctor.load(key);
            doctor.save(key, s.version(), s.state().withPhysicianStep(new PhysicianStep(PhysicianAction.UPHOLD,
                    new ReviewerIdentity("Paul Physician", "MD", ReviewerRole.PHYSICIAN), "The 3D plan meets the cited limits.",
                    Instant.parse("2026-11-21T10:00:00Z"), "drp")));
            doctor.release(key);
        }
        Run besides = cli("pas-response", caseFolder.toString(), "--out", dir.resolve("response.json").toString());
        assertEquals(1, besides.code(), "beside the case nothing is decided: " + besides.out());

        Run run = cli("pas-response", caseFolder.toString(), "--out", dir.resolve("response.json").toString(),
                "--letter", dir.resolve("denial.pdf").toString(), "--db", dir.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("A3"), run.out());
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(dir.resolve("denial.pdf"))));
        assertTrue(run.out().contains("SHA-256 " + sha), run.out());
        assertTrue(Files.readString(dir.resolve("response.x12")).contains("HCR*A3*"));
        try (var db = org.imrtreview.store.db.TeamDatabase.embedded(dir)) {
            var lead = new org.imrtreview.store.db.TeamStore(db, "lena");
            assertEquals(List.of(sha), lead.letters(key).stream().map(l -> l.sha256()).toList());
            var actions = lead.events(key, null, null).stream().map(e -> e.action() + " " + e.detail()).toList();
            assertTrue(actions.stream().anyMatch(a -> a.startsWith("PAS response written") && a.contains("A3")), actions.toString());
            assertTrue(actions.stream().anyMatch(a -> a.startsWith("Physician decision") && a.contains("Paul Physician, MD")),
                    actions.toString());
            assertTrue(lead.lockOf(key).isEmpty());
        }
        assertFalse(new ReviewStateStore().load(caseFolder).state().audit().stream()
                .anyMatch(a -> a.action().equals("PAS response written")), "nothing noted beside the case");
    }

    static void assertX12Envelope(String x12) {
        List<String> lines = x12.lines().toList();
        assertEquals(106, lines.get(0).length(), lines.get(0));
        int st = -1;
        for (int i = 0; i < lines.size(); i++) {
            assertTrue(lines.get(i).endsWith("~") && lines.get(i).indexOf('~') == lines.get(i).length() - 1, lines.get(i));
            if (lines.get(i).startsWith("ST*")) {
                st = i;
            }
            if (lines.get(i).startsWith("SE*")) {
                assertEquals(i - st + 1, Integer.parseInt(lines.get(i).split("\\*")[1]));
                assertEquals("0001~", lines.get(i).split("\\*")[2]);
            }
        }
        assertTrue(lines.get(2).startsWith("ST*278*0001*005010X217~"));
        assertTrue(lines.get(3).startsWith("BHT*0007*11*"));
        String isaControl = lines.get(0).split("\\*")[13];
        assertEquals("IEA*1*" + isaControl + "~", lines.get(lines.size() - 1));
    }
}
