package org.imrtreview.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.model.Determination;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.Problem;
import org.imrtreview.model.ProblemCode;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.testing.SampleCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0501 (trust tour, round two left these, 0445): the request's own dates. Sample 03 (received
 * 2026-11-19, planned start 2026-12-03, its three clinical PDFs state the member's birth date) with one date
 * changed.
 */
class RequestDatesTest {

    private static final Path LUNG = Path.of("samples/03-lung-v20-csv-criteria-met");

    @TempDir
    Path tmp;

    private Evaluation lungWith(String name, Consumer<ObjectNode> change) throws Exception {
        Path folder = SampleCopies.copyTo(LUNG, tmp.resolve(name), rel -> false);
        Path request = folder.resolve("request.json");
        ObjectMapper json = new ObjectMapper();
        ObjectNode r = (ObjectNode) json.readTree(Files.readString(request));
        change.accept(r);
        Files.writeString(request, json.writerWithDefaultPrettyPrinter().writeValueAsString(r));
        ReviewCase rc = CaseLoader.standard().readOnly().load(folder);
        return Evaluator.standard().evaluate(rc);
    }

    @Test
    void aBirthDateAfterTheRequestIsTheRequestsSlipNotAnotherPatient() throws Exception {
        Evaluation e = lungWith("born-2055", r -> ((ObjectNode) r.get("member")).put("dateOfBirth", "2055-06-14"));
        assertEquals(Determination.INCOMPLETE, e.determination(), e.reasons().toString());
        assertEquals(List.of("identity"), e.missing());
        List<Problem> held = e.problems().stream().filter(p -> p.code() == ProblemCode.MEMBER_MISMATCH).toList();
        assertEquals(1, held.size(), held.toString()); // it was one "names another patient" per clinical PDF
        assertEquals(null, held.get(0).file());
        assertTrue(held.get(0).message().startsWith("The request's member date of birth is after the date the "
                + "request was received (2026-11-19)"), held.get(0).message());
        assertTrue(e.problems().stream().noneMatch(p -> p.message().contains("names another patient")));
        assertTrue(e.problems().stream().noneMatch(p -> p.message().contains("2055")), "no birth date in the output");
    }

    @Test
    void aStartBeforeTheRequestWasReceivedIsSaidAndDecidesNothing() throws Exception {
        Evaluation e = lungWith("retro", r -> r.put("plannedStart", "2026-11-02"));
        assertEquals(Determination.CRITERIA_MET, e.determination());
        List<Problem> notes = e.problems().stream().filter(p -> p.message().startsWith("The planned start")).toList();
        assertEquals(1, notes.size(), e.problems().toString());
        assertEquals(null, notes.get(0).code());
        assertTrue(notes.get(0).message().contains("(2026-11-02) is before the request was received (2026-11-19)")
                && notes.get(0).message().contains("retrospective"), notes.get(0).message());
    }

    @Test
    void aReceivedDateInTheFutureIsSaid() throws Exception {
        Evaluation e = lungWith("future", r -> r.put("receivedAt", "2099-11-19T10:30:00-08:00"));
        assertEquals(Determination.CRITERIA_MET, e.determination());
        assertEquals(1, e.problems().size(), e.problems().toString()); // not also "planned start before receipt"
        assertTrue(e.problems().get(0).message().startsWith("The request's received date (2099-11-19) is in the future"));
        assertEquals(null, e.problems().get(0).code());
    }

    @Test
    void theSampleAsSentSaysNothingAboutItsDates() throws Exception {
        Evaluation e = lungWith("as-sent", r -> { });
        assertEquals(Determination.CRITERIA_MET, e.determination());
        assertEquals(List.of(), e.problems());
        // another patient's birth date in the evidence is still another patient
        Evaluation other = lungWith("other-dob", r -> ((ObjectNode) r.get("member")).put("dateOfBirth", "1955-06-15"));
        assertTrue(other.problems().stream().anyMatch(p -> p.code() == ProblemCode.MEMBER_MISMATCH
                && p.message().startsWith("names another patient")), other.problems().toString());
    }
}
