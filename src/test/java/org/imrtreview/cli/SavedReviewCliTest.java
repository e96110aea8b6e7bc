package org.imrtreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.imrtreview.model.Column;
import org.imrtreview.model.Determination;
import org.imrtreview.model.Request;
import org.imrtreview.model.SummaryRow;
import org.imrtreview.review.CaseReview;
import org.imrtreview.review.CaseReviews;
import org.imrtreview.store.persist.ReviewStateStore;
import org.imrtreview.testing.SampleCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate} and {@code letter} evaluate a case as the workstation shows it — the nurse's
 * saved corrections and typed request details applied, and said so in a {@code review} object —
 * and {@code --as-submitted} evaluates the files alone. The "window" here is the very session the
 * window opens ({@link CaseReviews#open}), saving into the case as the window does.
 */
class SavedReviewCliTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T15:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Result(int code, String out, String err) { }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    /** Opens the case as the window does, saving each change straight into the case folder. */
    private static CaseReview openInWindow(Path folder) throws Exception {
        ReviewStateStore store = new ReviewStateStore(CLOCK);
        CaseReviews reviews = CaseReviews.standard(CLOCK, "dana");
        return reviews.open(reviews.read(folder, false, true), s -> {
            try {
                store.save(folder, s);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void aCorrectedCellCountsInEvaluateAsInTheWindowAndNotAsSubmitted(@TempDir Path dir) throws Exception {
        Path folder = copySample("12-brain-mets-missing-value-incomplete", dir, true);
        CaseReview window = openInWindow(folder);
        SummaryRow missing = window.submitted().table().rows().stream()
                .filter(r -> r.doseImrt() == null || r.doseImrt().isBlank()).findFirst().orElseThrow();
        assertTrue(window.editCell(missing.number(), Column.DOSE_IMRT, "8 Gy"));
        Determination shown = window.evaluation().determination();

        JsonNode applied = JSON.readTree(run("evaluate", folder.toString(), "--format", "json").out());
        assertEquals(shown.name(), applied.get("determination").asText(), "evaluate says what the window shows");
        assertEquals(window.evaluation().rows().size(), applied.get("rows").size());
        JsonNode row = applied.get("rows").get(window.submitted().table().rows().indexOf(missing));
        assertEquals(8.0, row.get("doseImrt").asDouble(), 1e-9, "the corrected value is evaluated");
        JsonNode review = applied.get("review");
        assertTrue(review.get("applied").asBoolean());
        assertEquals(1, review.get("cellEdits").size(), review.toString());
        assertTrue(review.get("cellEdits").get(0).asText().contains("8 Gy"), review.toString());

        JsonNode submitted = JSON.readTree(run("evaluate", folder.toString(), "--format", "json", "--as-submitted").out());
        assertEquals("INCOMPLETE", submitted.get("determination").asText(), "the files alone still lack the value");
        assertFalse(submitted.get("review").get("applied").asBoolean());
        assertEquals(0, submitted.get("review").get("cellEdits").size());
        assertTrue(submitted.get("rows").get(window.submitted().table().rows().indexOf(missing)).get("doseImrt").isNull());

        String text = run("evaluate", folder.toString()).out();
        assertTrue(text.startsWith("Review: Applied the saved review work"), text);
    }

    @Test
    void typedRequestDetailsCountInEvaluateAndLetterAndNotAsSubmitted(@TempDir Path dir) throws Exception {
        // sample 11 as a bare fax packet: no request.json
        Path folder = copySample("11-lung-fax-packet", dir, false);
        CaseReview window = openInWindow(folder);
        assertEquals(Determination.CRITERIA_MET, window.evaluation().determination());
        assertEquals(List.of("member name", "member ID", "requested codes", "prescription (dose and fractions)"),
                window.requestDetailsMissing());
        assertEquals(null, window.recommendedDecision(), "no approval is offered before the request details");

        JsonNode bare = JSON.readTree(run("evaluate", folder.toString(), "--format", "json").out());
        assertEquals("ENTER_REQUEST_DETAILS", bare.get("review").get("recommendedAction").asText());
        Path letter = dir.resolve("out.pdf");
        Result blocked = run("letter", folder.toString(), "--out", letter.toString(), "--reviewer", "Dana Whitfield, RN");
        assertEquals(LetterCommand.BLOCKED, blocked.code(), blocked.out() + blocked.err());
        assertFalse(Files.exists(letter));

        Request typed = new Request("PA-2026-000777", window.effectiveRequest().receivedAt(), Request.Urgency.STANDARD,
                new Request.Member("Alvin D. Moreno", "ZRH330218856", LocalDate.of(1955, 6, 14), List.of("1 Main St", "Springfield")),
                new Request.HealthPlan("Example Health", Request.LineOfBusiness.COMMERCIAL),
                new Request.Provider("Dr. Ray Oncol", "1234567893", "Example Cancer Center", List.of("2 Clinic Rd"),
                        "555-0100", "555-0101"), null, null, "Lung", new Request.Prescription(60.0, 30),
                List.of("77301", "77338", "77386"), null, null);
        assertFalse(window.editRequest(typed).isEmpty());
        assertEquals(List.of(), window.requestDetailsMissing());

        JsonNode applied = JSON.readTree(run("evaluate", folder.toString(), "--format", "json").out());
        assertEquals(window.evaluation().determination().name(), applied.get("determination").asText());
        assertEquals("PA-2026-000777", applied.get("request").get("requestId").asText(), "the typed request is evaluated");
        assertTrue(applied.get("review").get("requestDetailsTyped").asBoolean());
        assertEquals("APPROVE", applied.get("review").get("recommendedAction").asText());
        assertFalse(applied.toString().contains("Alvin D. Moreno"), "no member name in the JSON");

        Result written = run("letter", folder.toString(), "--out", letter.toString(), "--reviewer", "Dana Whitfield, RN");
        assertEquals(0, written.code(), written.out() + written.err());
        assertTrue(written.out().contains("request details typed by the nurse"), written.out());

        JsonNode submitted = JSON.readTree(run("evaluate", folder.toString(), "--format", "json", "--as-submitted").out());
        assertNotEquals("PA-2026-000777", submitted.get("request").path("requestId").asText());
        assertFalse(submitted.get("review").get("requestDetailsTyped").asBoolean());
        assertEquals("ENTER_REQUEST_DETAILS", submitted.get("review").get("recommendedAction").asText());
    }

    static Path copySample(String name, Path target, boolean withRequest) {
        return SampleCopies.copyTo(Path.of("samples", name).toAbsolutePath(), target.resolve(name),
                rel -> !withRequest && rel.equalsIgnoreCase("request.json"));
    }
}
