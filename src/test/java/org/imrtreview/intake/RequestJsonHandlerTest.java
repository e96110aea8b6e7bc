package org.imrtreview.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.imrtreview.model.DocumentKind;
import org.imrtreview.model.LoadState;
import org.imrtreview.model.Problem;
import org.imrtreview.model.Request;
import org.imrtreview.model.ReviewCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestJsonHandlerTest {

    @TempDir
    Path dir;

    private static final String SPEC_EXAMPLE = """
            {
              "requestId": "PA-2026-000123",
              "receivedAt": "2026-11-20T09:15:00-08:00",
              "urgency": "STANDARD",
              "member": {"name": "Jane Q. Test", "id": "M123", "dateOfBirth": "1963-04-02", "address": ["1 Main St", "Town"]},
              "plan": {"name": "Test Plan", "line": "COMMERCIAL"},
              "requestingProvider": {"name": "Dr. A", "npi": "1234567893", "facility": "Clinic", "address": ["x"],
                                     "phone": "555-0100", "fax": "555-0101"},
              "diagnosis": [{"code": "C71.1", "description": "Frontal lobe"}],
              "treatmentSite": "Brain",
              "prescription": {"totalDoseGy": 60, "fractions": 30},
              "requestedCodes": ["77301", "77338", "77386"],
              "plannedStart": "2026-12-07"
            }
            """;

    private ReviewCase load(String fileName, String json) throws Exception {
        Files.writeString(dir.resolve(fileName), json);
        return CaseLoader.standard().load(dir);
    }

    @Test
    void readsEverySpecField() throws Exception {
        Request r = load("request.json", SPEC_EXAMPLE).request();
        assertEquals("PA-2026-000123", r.requestId());
        assertEquals(OffsetDateTime.parse("2026-11-20T09:15:00-08:00"), r.receivedAt());
        assertEquals(Request.Urgency.STANDARD, r.urgency());
        assertEquals(LocalDate.of(1963, 4, 2), r.member().dateOfBirth());
        assertEquals(Request.LineOfBusiness.COMMERCIAL, r.plan().line());
        assertEquals("1234567893", r.requestingProvider().npi());
        assertEquals("C71.1", r.diagnosis().get(0).code());
        assertEquals(2.0, r.prescription().dosePerFractionGy());
        assertEquals(List.of("77301", "77338", "77386"), r.requestedCodes());
        assertEquals(LocalDate.of(2026, 12, 7), r.plannedStart());
    }

    @Test
    void aFractionCountThatIsNoWholeNumberIsNotCutDown() throws Exception {
        // decision 0548: "fractions": 30.5 was read as 30 without a word
        ReviewCase c = load("request.json", SPEC_EXAMPLE.replace("\"fractions\": 30", "\"fractions\": 30.5"));
        assertNull(c.request().prescription().fractions());
        assertEquals(60.0, c.request().prescription().totalDoseGy());
        assertTrue(c.problems().stream().anyMatch(p -> p.message().contains("prescription.fractions")
                && p.message().contains("whole number")), c.problems().toString());
        // 30.0 is a whole number
        assertEquals(30, load("request.json", SPEC_EXAMPLE.replace("\"fractions\": 30", "\"fractions\": 30.0"))
                .request().prescription().fractions());
    }

    @Test
    void aPrescriptionNoCourseCanHaveIsLeftEmptyAndHoldsTheCase() throws Exception {
        // decision 0575: 6000 "Gy" is cGy written as Gy; 0 or 250 fractions is no course
        ReviewCase c = load("request.json", SPEC_EXAMPLE.replace("\"totalDoseGy\": 60", "\"totalDoseGy\": 6000")
                .replace("\"fractions\": 30", "\"fractions\": 0"));
        assertNull(c.request().prescription().totalDoseGy());
        assertNull(c.request().prescription().fractions());
        assertEquals(List.of("prescription.totalDoseGy", "prescription.fractions"),
                c.problems().stream().map(Problem::field).toList());
        assertTrue(c.problems().stream().allMatch(p -> p.code() == org.imrtreview.model.ProblemCode.REQUEST_UNREADABLE));
        // the highest real courses are read as written, numbers as text too
        Request real = load("request.json", SPEC_EXAMPLE.replace("\"totalDoseGy\": 60", "\"totalDoseGy\": \"81.6\"")
                .replace("\"fractions\": 30", "\"fractions\": 68")).request();
        assertEquals(81.6, real.prescription().totalDoseGy());
        assertEquals(68, real.prescription().fractions());
    }

    @Test
    void unknownFieldsAreKept() throws Exception {
        Request r = load("request.json", SPEC_EXAMPLE.replace("\"treatmentSite\"",
                "\"submissionChannel\": \"fax\", \"attachments\": {\"count\": 5}, \"treatmentSite\"")).request();
        assertEquals("fax", r.other().get("submissionChannel"));
        assertEquals(java.util.Map.of("count", 5), r.other().get("attachments"));
        assertEquals("Brain", r.treatmentSite());
    }

    @Test
    void enumsAreReadWhateverTheirCase() throws Exception {
        Request r = load("request.json", SPEC_EXAMPLE.replace("\"STANDARD\"", "\"expedited\"")
                .replace("\"COMMERCIAL\"", "\"Medicare_Advantage\"")).request();
        assertEquals(Request.Urgency.EXPEDITED, r.urgency());
        assertEquals(Request.LineOfBusiness.MEDICARE_ADVANTAGE, r.plan().line());
    }

    @Test
    void aBadDateIsNamedAndTheRestOfTheRequestIsKept() throws Exception {
        ReviewCase c = load("request.json", SPEC_EXAMPLE.replace("\"1963-04-02\"", "\"04/02/1963\""));
        assertNull(c.request().member().dateOfBirth());
        assertEquals("Jane Q. Test", c.request().member().name());
        assertEquals("PA-2026-000123", c.request().requestId());
        Problem p = c.problems().get(0);
        assertEquals("request.json", p.file());
        assertTrue(p.message().contains("member.dateOfBirth") && p.message().contains("1963-04-02"), p.message());
        assertEquals(LoadState.WITH_ERRORS, c.documents().get(0).state());
    }

    @Test
    void severalBadFieldsAreEachReported() throws Exception {
        ReviewCase c = load("request.json", SPEC_EXAMPLE.replace("\"STANDARD\"", "\"urgent!\"")
                .replace("\"2026-12-07\"", "\"next week\""));
        assertEquals(2, c.problems().size(), c.problems().toString());
        assertNull(c.request().urgency());
        assertNull(c.request().plannedStart());
        assertEquals("Brain", c.request().treatmentSite());
    }

    @Test
    void malformedJsonNamesLineAndColumnAndLeavesTheRequestEmpty() throws Exception {
        ReviewCase c = load("request.json", "{\n  \"requestId\": \"PA-1\",\n  \"urgency\" \"STANDARD\"\n}");
        assertNull(c.request().requestId());
        Problem p = c.problems().get(0);
        assertTrue(p.message().startsWith("is not valid JSON at line 3"), p.message());
        assertEquals(DocumentKind.REQUEST, c.documents().get(0).kind());
        assertEquals(LoadState.UNREADABLE, c.documents().get(0).state());
    }

    @Test
    void aJsonArrayIsNotARequest() throws Exception {
        ReviewCase c = load("request.json", "[1, 2, 3]");
        assertTrue(c.problems().get(0).message().contains("does not hold a JSON object"));
    }

    @Test
    void anotherJsonFileThatLooksLikeARequestIsRead() throws Exception {
        assertEquals("PA-2026-000123", load("PA-2026-000123.json", SPEC_EXAMPLE).request().requestId());
    }

    @Test
    void anUnrelatedJsonFileIsLeftAlone() throws Exception {
        ReviewCase c = load("settings.json", "{\"theme\": \"dark\"}");
        assertNull(c.request().requestId());
        assertEquals(DocumentKind.OTHER, c.documents().get(0).kind());
        assertTrue(c.problems().isEmpty());
    }

    @Test
    void byteOrderMarkIsAccepted() throws Exception {
        assertEquals("PA-2026-000123", load("request.json", "\uFEFF" + SPEC_EXAMPLE).request().requestId());
    }
}
