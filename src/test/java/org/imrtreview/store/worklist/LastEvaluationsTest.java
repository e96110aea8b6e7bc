package org.imrtreview.store.worklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.model.Column;
import org.imrtreview.model.Determination;
import org.imrtreview.store.DecisionRecord;
import org.imrtreview.store.NurseDecision;
import org.imrtreview.store.ReviewState;
import org.imrtreview.store.persist.ReviewStateStore;
import org.imrtreview.testing.SampleCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0246: the worklist shows a case's last recommendation only while the files, the saved work
 * that changes an evaluation and the program are those it was made from; anything else says why not.
 */
class LastEvaluationsTest {
    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    @TempDir
    Path dir;

    private final ReviewStateStore store = new ReviewStateStore();

    private Path sample() {
        return SampleCopies.copyTo(Path.of("samples", "03-lung-v20-csv-criteria-met"), dir.resolve("03"), rel -> false);
    }

    private static Path tableOf(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".csv")).findFirst().orElseThrow();
        }
    }

    @Test
    void aCaseNeverEvaluatedSaysSo() throws IOException {
        Path c = sample();
        assertEquals(Recommendation.Kind.NOT_EVALUATED, LastEvaluations.check(c, store).kind());
        assertEquals("not yet evaluated", LastEvaluations.check(c, store).text());
    }

    @Test
    void theKeptRecommendationHoldsWhileFilesAndWorkAreTheSame() throws IOException {
        Path c = sample();
        LastEvaluations.save(c, LastEvaluations.of(Determination.CRITERIA_MET, ReviewState.fresh(), CaseLoader.contentKey(c), AT));

        Recommendation r = LastEvaluations.check(c, store);

        assertEquals(Recommendation.Kind.CURRENT, r.kind());
        assertEquals(Determination.CRITERIA_MET, r.determination());
        assertEquals(AT, r.evaluatedAt());
        assertEquals("Criteria met", r.text());
    }

    @Test
    void aDecisionOrNotesChangeNoEvaluationButACorrectionDoes() throws IOException {
        Path c = sample();
        LastEvaluations.save(c, LastEvaluations.of(Determination.CRITERIA_MET, ReviewState.fresh(), CaseLoader.contentKey(c), AT));
        ReviewState decided = ReviewState.fresh().withDecision(new DecisionRecord(NurseDecision.APPROVE,
                Determination.CRITERIA_MET, null, AT, "n")).withNotes("called the provider");
        store.save(c, decided);
        assertEquals(Recommendation.Kind.CURRENT, LastEvaluations.check(c, store).kind());

        store.save(c, decided.withEdit(1, Column.DOSE_3D, "18.2%", "48.2%", AT, "n"));
        assertEquals(Recommendation.Kind.WORK_CHANGED, LastEvaluations.check(c, store).kind());
        assertEquals("not yet evaluated", LastEvaluations.check(c, store).text());
    }

    @Test
    void aChangedAddedOrRemovedFileMakesItUnknownAndTimeAloneDoesNot() throws IOException {
        Path c = sample();
        LastEvaluations.save(c, LastEvaluations.of(Determination.CRITERIA_MET, ReviewState.fresh(), CaseLoader.contentKey(c), AT));
        Path table = tableOf(c);
        byte[] original = Files.readAllBytes(table);

        Files.setLastModifiedTime(table, java.nio.file.attribute.FileTime.from(AT));
        assertEquals(Recommendation.Kind.CURRENT, LastEvaluations.check(c, store).kind(), "a file's time alone changes nothing");

        byte[] changed = original.clone();
        changed[changed.length - 2] ^= 1;
        Files.write(table, changed);
        assertEquals(Recommendation.Kind.FILES_CHANGED, LastEvaluations.check(c, store).kind());
        assertEquals("files changed", LastEvaluations.check(c, store).text());

        Files.write(table, original);
        assertEquals(Recommendation.Kind.CURRENT, LastEvaluations.check(c, store).kind());
        Files.writeString(c.resolve("imaging_addendum.txt"), "MRI brain 2026-11-30: no change.");
        assertEquals(Recommendation.Kind.FILES_CHANGED, LastEvaluations.check(c, store).kind(), "a file that arrived");
    }

    @Test
    void theProgramsOwnFilesBesideTheCaseAreNoPartOfIt() throws IOException {
        Path c = sample();
        String before = CaseLoader.contentKey(c);
        assertNotNull(before);
        LastEvaluations.save(c, LastEvaluations.of(Determination.INCOMPLETE, ReviewState.fresh(), before, AT));
        Files.writeString(c.resolve(CaseLoader.STATE_FOLDER).resolve("note.txt"), "x");
        assertEquals(before, CaseLoader.contentKey(c));
    }

    @Test
    void anotherBuildOrAnUnreadableRecordIsNotTrusted() throws IOException {
        Path c = sample();
        LastEvaluation kept = LastEvaluations.of(Determination.CRITERIA_MET, ReviewState.fresh(), CaseLoader.contentKey(c), AT);
        LastEvaluations.save(c, new LastEvaluation(kept.version(), kept.determination(), kept.at(), "jar-1-2", kept.files(), kept.work()));
        assertEquals(Recommendation.Kind.OTHER_PROGRAM, LastEvaluations.check(c, store).kind());

        Files.writeString(LastEvaluations.file(c), "{\"determination\": \"CRITERIA_MET\", \"files\": ");
        assertNull(LastEvaluations.read(c));
        assertEquals(Recommendation.Kind.NOT_EVALUATED, LastEvaluations.check(c, store).kind());
        assertFalse(LastEvaluations.check(c, store).text().contains("_"), "no codes in the worklist");
    }
}
