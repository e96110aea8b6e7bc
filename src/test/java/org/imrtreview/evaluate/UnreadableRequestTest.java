package org.imrtreview.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.model.ChecklistItem;
import org.imrtreview.model.Determination;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.Problem;
import org.imrtreview.model.ProblemCode;
import org.imrtreview.model.Request;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.testing.SampleCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0570 (left open by 0547): a field present in request.json but unreadable holds the case until the request in
 * force gives it. Sample 03 (criteria met, 60 Gy in 30, member ID ZRH330218856) and sample 09 (criteria not met,
 * 78 Gy in 39) with one request field written as a provider's system could write it.
 */
class UnreadableRequestTest {

    private static final Path LUNG = Path.of("samples/03-lung-v20-csv-criteria-met");
    private static final Path PROSTATE = Path.of("samples/09-prostate-dvh-data-mismatch");

    @TempDir
    Path tmp;

    private ReviewCase with(Path sample, String name, Consumer<ObjectNode> change) throws Exception {
        Path folder = SampleCopies.copyTo(sample, tmp.resolve(name), rel -> false);
        Path request = folder.resolve("request.json");
        ObjectMapper json = new ObjectMapper();
        ObjectNode r = (ObjectNode) json.readTree(Files.readString(request));
        change.accept(r);
        Files.writeString(request, json.writerWithDefaultPrettyPrinter().writeValueAsString(r));
        return CaseLoader.standard().readOnly().load(folder);
    }

    private static ObjectNode rx(ObjectNode r) {
        return (ObjectNode) r.get("prescription");
    }

    private static Problem held(Evaluation e) {
        List<Problem> held = e.problems().stream().filter(p -> p.code() == ProblemCode.REQUEST_UNREADABLE).toList();
        assertEquals(1, held.size(), e.problems().toString());
        return held.get(0);
    }

    @Test
    void aPrescriptionInWordsHoldsACaseThatWouldBeApproved() throws Exception {
        ReviewCase rc = with(LUNG, "dose-words", r -> rx(r).put("totalDoseGy", "sixty"));
        Evaluation e = Evaluator.standard().evaluate(rc);
        assertEquals(Determination.INCOMPLETE, e.determination(), e.reasons().toString()); // was CRITERIA_MET
        assertEquals(List.of("request"), e.missing());
        Problem p = held(e);
        assertEquals("request.json", p.file());
        assertEquals("prescription.totalDoseGy", p.field());
        assertTrue(p.message().contains("(the prescribed total dose) holds \"sixty\", which could not be read")
                && p.message().contains("type it in the request details") && p.message().contains("ask the provider"),
                p.message());
        ChecklistItem item = e.checklist().stream().filter(i -> i.key().equals("request")).findFirst().orElseThrow();
        assertFalse(item.satisfied());
        assertTrue(item.evidence().startsWith("could not be read: the prescribed total dose (request.json,"), item.evidence());
        assertTrue(e.reasons().stream().anyMatch(s -> s.startsWith("Missing: the request details that could not be read")),
                e.reasons().toString());
    }

    @Test
    void theSameFieldSimplyAbsentKeepsTodaysBehaviour() throws Exception {
        ReviewCase rc = with(LUNG, "dose-absent", r -> rx(r).remove("totalDoseGy"));
        Evaluation e = Evaluator.standard().evaluate(rc);
        assertEquals(Determination.CRITERIA_MET, e.determination(), e.reasons().toString());
        assertTrue(e.problems().stream().noneMatch(p -> p.code() == ProblemCode.REQUEST_UNREADABLE));
    }

    @Test
    void theTypedPrescriptionSettlesIt() throws Exception {
        ReviewCase rc = with(LUNG, "dose-typed", r -> rx(r).put("totalDoseGy", "sixty"));
        Request typed = new Request(rc.request().requestId(), rc.request().receivedAt(), rc.request().urgency(),
                rc.request().member(), rc.request().plan(), rc.request().requestingProvider(),
                rc.request().treatingProvider(), rc.request().diagnosis(), rc.request().treatmentSite(),
                new Request.Prescription(60.0, 30), rc.request().requestedCodes(), rc.request().plannedStart(), null);
        Evaluation e = Evaluator.standard().evaluate(rc.withRequest(typed));
        assertEquals(Determination.CRITERIA_MET, e.determination(), e.reasons().toString());
        assertTrue(e.problems().stream().noneMatch(p -> p.code() != null), e.problems().toString());
        assertTrue(e.problems().stream().anyMatch(p -> "request.json".equals(p.file())
                && p.message().contains("the request details typed in give it")), e.problems().toString());
    }

    @Test
    void aFractionCountInWordsHoldsACaseThatWouldGoToThePhysician() throws Exception {
        Evaluation e = Evaluator.standard().evaluate(with(PROSTATE, "fx-words", r -> rx(r).put("fractions", "thirty-nine")));
        assertEquals(Determination.INCOMPLETE, e.determination(), e.reasons().toString()); // was CRITERIA_NOT_MET
        assertEquals("prescription.fractions", held(e).field());
        assertTrue(held(e).message().contains("holds \"thirty-nine\""), held(e).message());
    }

    @Test
    void aMemberIdWrittenAsAnObjectHoldsTheCaseWithoutQuotingIt() throws Exception {
        ReviewCase rc = with(LUNG, "id-object", r -> ((ObjectNode) r.get("member")).putObject("id")
                .put("value", "ZRH330218856").put("system", "plan"));
        Evaluation e = Evaluator.standard().evaluate(rc);
        assertEquals(Determination.INCOMPLETE, e.determination()); // was CRITERIA_MET, the evidence's IDs unchecked
        Problem p = held(e);
        assertEquals("member.id", p.field());
        assertTrue(p.message().contains("(the member ID) holds an object"), p.message());
        assertFalse(p.message().contains("ZRH"), p.message());
    }

    @Test
    void aBirthDateThatIsNoDateIsNotQuotedAndAStartThatIsNoDateIsQuoted() throws Exception {
        Problem dob = held(Evaluator.standard().evaluate(with(LUNG, "dob",
                r -> ((ObjectNode) r.get("member")).put("dateOfBirth", "1955-06-41"))));
        assertEquals("member.dateOfBirth", dob.field());
        assertTrue(dob.message().contains("holds a text,") && !dob.message().contains("1955"), dob.message());
        Problem start = held(Evaluator.standard().evaluate(with(LUNG, "start", r -> r.put("plannedStart", "next Monday"))));
        assertTrue(start.message().contains("holds \"next Monday\"") && start.message().contains("2026-12-07"),
                start.message());
    }

    @Test
    void aPrescriptionInCentigrayWrittenAsGrayHoldsACaseThatWouldGoToThePhysician() throws Exception {
        // decision 0575: sample 10 (criteria not met: stricter than published) with "totalDoseGy": 7000 was
        // CRITERIA_MET — 200 Gy a fraction read as hypofractionated, so the published check was not enforced
        Path tongue = Path.of("samples/10-head-neck-stricter-than-published");
        Evaluation e = Evaluator.standard().evaluate(with(tongue, "cgy", r -> rx(r).put("totalDoseGy", 7000)));
        assertEquals(Determination.INCOMPLETE, e.determination(), e.reasons().toString());
        assertEquals(List.of("request"), e.missing());
        assertTrue(held(e).message().contains("holds 7000, which cannot be the prescribed total dose")
                && held(e).message().contains("cGy written as Gy?"), held(e).message());
        // and the same course in Gy is judged as the sample says
        assertEquals(Determination.CRITERIA_NOT_MET,
                Evaluator.standard().evaluate(with(tongue, "gy", r -> rx(r).put("totalDoseGy", 70))).determination());
    }

    @Test
    void aPrescriptionWrittenTwiceHoldsTheCase() throws Exception {
        // decision 0575: the last of two "totalDoseGy" was read without a word (CRITERIA_MET on sample 10)
        Path folder = SampleCopies.copyTo(Path.of("samples/10-head-neck-stricter-than-published"), tmp.resolve("twice"),
                rel -> false);
        Path request = folder.resolve("request.json");
        Files.writeString(request, Files.readString(request).replaceFirst("(\"totalDoseGy\"\\s*:\\s*)([0-9.]+)",
                "$1$2, \"totalDoseGy\" : 7000"));
        Evaluation e = Evaluator.standard().evaluate(CaseLoader.standard().readOnly().load(folder));
        assertEquals(Determination.INCOMPLETE, e.determination(), e.reasons().toString());
        assertTrue(held(e).message().contains("Duplicate field 'totalDoseGy'"), held(e).message());
        assertTrue(e.problems().stream().noneMatch(p -> p.code() == ProblemCode.PRESCRIPTION_DIFFERS));
    }

    @Test
    void aRequestFileThatIsNoJsonHoldsTheCaseUntilTheDetailsAreTyped() throws Exception {
        Path folder = SampleCopies.copyTo(LUNG, tmp.resolve("broken"), rel -> false);
        Path request = folder.resolve("request.json");
        Files.writeString(request, Files.readString(request).replace("\"urgency\" :", "\"urgency\""));
        ReviewCase rc = CaseLoader.standard().readOnly().load(folder);
        Evaluation e = Evaluator.standard().evaluate(rc);
        assertEquals(Determination.INCOMPLETE, e.determination());
        assertEquals("", held(e).field());
        assertTrue(held(e).message().startsWith("is not valid JSON at line"), held(e).message());
        Request typed = new Request("PA-2026-004203", null, null, new Request.Member("Alvin D. Moreno", "ZRH330218856",
                null, null), null, null, null, null, "Lung", new Request.Prescription(60.0, 30),
                List.of("77301", "77338", "77386"), null, null);
        assertEquals(Determination.CRITERIA_MET, Evaluator.standard().evaluate(rc.withRequest(typed)).determination());
    }
}
