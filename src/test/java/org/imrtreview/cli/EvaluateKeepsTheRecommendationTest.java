package org.imrtreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.model.Column;
import org.imrtreview.model.Determination;
import org.imrtreview.model.SummaryRow;
import org.imrtreview.review.CaseReview;
import org.imrtreview.review.CaseReviews;
import org.imrtreview.store.persist.ReviewStateStore;
import org.imrtreview.store.worklist.LastEvaluation;
import org.imrtreview.store.worklist.LastEvaluations;
import org.imrtreview.store.worklist.Recommendation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0314: a case evaluated by the {@code evaluate} command shows its recommendation in the worklist as
 * one evaluated in the window does — kept beside the case with the files, the saved work and the program it
 * was made from — and {@code --read-only}, {@code --as-submitted} and a single file keep nothing.
 */
class EvaluateKeepsTheRecommendationTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T15:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final ReviewStateStore store = new ReviewStateStore();

    private static String evaluate(String... args) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 1];
        all[0] = "evaluate";
        System.arraycopy(args, 0, all, 1, args.length);
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
        assertEquals(0, code, err.toString());
        return out.toString();
    }

    @Test
    void aCaseEvaluatedByTheCommandShowsItsRecommendationInTheWorklist() throws Exception {
        Path c = SavedReviewCliTest.copySample("03-lung-v20-csv-criteria-met", dir, true);
        assertEquals(Recommendation.Kind.NOT_EVALUATED, LastEvaluations.check(c, store).kind());

        String printed = JSON.readTree(evaluate(c.toString(), "--format", "json")).get("determination").asText();

        LastEvaluation kept = LastEvaluations.read(c);
        assertEquals(printed, kept.determination().name());
        assertEquals(CaseLoader.contentKey(c), kept.files(), "keyed on the files as they were read");
        assertTrue(kept.byCommand());
        Recommendation shown = LastEvaluations.check(c, store);
        assertEquals(Recommendation.Kind.CURRENT, shown.kind());
        assertEquals("Criteria met", shown.text());
        assertTrue(shown.explanation().contains("by the evaluate command"), shown.explanation());

        Files.writeString(c.resolve("late_addendum.txt"), "Addendum: MRI 2026-11-30 unchanged.");
        assertEquals(Recommendation.Kind.FILES_CHANGED, LastEvaluations.check(c, store).kind(),
                "a file that arrived after the command ran");
    }

    @Test
    void theSavedWorkCountsAsInTheWindowAndAChangeOfItIsNoticed() throws Exception {
        Path c = SavedReviewCliTest.copySample("12-brain-mets-missing-value-incomplete", dir, true);
        ReviewStateStore saving = new ReviewStateStore(CLOCK);
        CaseReviews reviews = CaseReviews.standard(CLOCK, "dana");
        CaseReview window = reviews.open(reviews.read(c, false, true), s -> {
            try {
                saving.save(c, s);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        SummaryRow missing = window.submitted().table().rows().stream()
                .filter(r -> r.doseImrt() == null || r.doseImrt().isBlank()).findFirst().orElseThrow();
        assertTrue(window.editCell(missing.number(), Column.DOSE_IMRT, "8 Gy"));
        Determination inWindow = window.evaluation().determination();
        assertNotEquals(Determination.INCOMPLETE, inWindow, "the correction is what decides the case");

        evaluate(c.toString());

        Recommendation shown = LastEvaluations.check(c, store);
        assertEquals(Recommendation.Kind.CURRENT, shown.kind(), shown.explanation());
        assertEquals(inWindow, shown.determination(), "the worklist says what the window shows");

        assertTrue(window.editCell(missing.number(), Column.DOSE_IMRT, "9 Gy"));
        assertEquals(Recommendation.Kind.WORK_CHANGED, LastEvaluations.check(c, store).kind());
    }

    @Test
    void readOnlyWritesNothingBesideTheCase() throws Exception {
        // sample 01 has DVH pictures: an evaluation that may write keeps their digitising beside the case
        Path c = SavedReviewCliTest.copySample("01-brain-glioblastoma-criteria-met", dir, true);

        evaluate(c.toString(), "--read-only", "--format", "json");

        assertFalse(Files.exists(c.resolve(CaseLoader.STATE_FOLDER)), "no review folder");
        assertEquals(Recommendation.Kind.NOT_EVALUATED, LastEvaluations.check(c, store).kind());
    }

    @Test
    void theFilesAloneOrASingleFileKeepNoRecommendation() throws Exception {
        Path c = SavedReviewCliTest.copySample("03-lung-v20-csv-criteria-met", dir, true);

        evaluate(c.toString(), "--as-submitted");
        assertNull(LastEvaluations.read(c), "the files alone are not what the window shows");

        try (var files = Files.list(c)) {
            Path table = files.filter(p -> p.getFileName().toString().endsWith(".csv")).findFirst().orElseThrow();
            evaluate(table.toString());
        }
        assertNull(LastEvaluations.read(c));
    }
}
