package org.imrtreview.store.persist;

import org.imrtreview.store.DecisionRecord;
import org.imrtreview.store.NurseDecision;
import org.imrtreview.store.PhysicianAction;
import org.imrtreview.store.PhysicianStep;
import org.imrtreview.store.ReviewerIdentity;
import org.imrtreview.store.ReviewerRole;
import org.imrtreview.store.ReviewState;
import org.imrtreview.store.ReviewStatus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.imrtreview.model.ChecklistOverride;
import org.imrtreview.model.Column;
import org.imrtreview.model.Determination;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewStateStoreTest {
    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

    @TempDir
    Path caseFolder;

    private final ReviewStateStore store = new ReviewStateStore();

    @Test
    void workSurvivesASaveAndReload() throws IOException {
        ReviewState state = ReviewState.fresh().markOpened(T0, "nurse")
                .withEdit(2, Column.DOSE_IMRT, "5200", "52 Gy", T0.plusSeconds(60), "nurse")
                .withChecklistOverride(new ChecklistOverride("notes", true, "chart notes on fax pages 7-9"), "Chart notes",
                        T0.plusSeconds(90), "nurse")
                .withDecision(new DecisionRecord(NurseDecision.APPROVE, Determination.CRITERIA_MET, null,
                        T0.plusSeconds(120), "nurse"))
                .withNotes("Spoke to the dosimetrist.");
        store.save(caseFolder, state);

        ReviewStateStore.Loaded loaded = store.load(caseFolder);

        assertNull(loaded.problem());
        assertEquals(state, loaded.state());
        assertEquals(ReviewStatus.APPROVED, loaded.state().status());
        assertEquals(4, loaded.state().audit().size());
    }

    @Test
    void saveNeverTouchesSubmittedFilesAndLeavesNoTemporaryFiles() throws IOException {
        Path submitted = caseFolder.resolve("summary.csv");
        byte[] content = "Organ,Constraint\nBrainstem,Max < 54 Gy\n".getBytes(StandardCharsets.UTF_8);
        Files.write(submitted, content);
        Instant before = Files.getLastModifiedTime(submitted).toInstant();

        for (int i = 0; i < 5; i++) {
            store.save(caseFolder, ReviewState.fresh().withNotes("note " + i));
        }

        assertArrayEquals(content, Files.readAllBytes(submitted));
        assertEquals(before, Files.getLastModifiedTime(submitted).toInstant());
        try (Stream<Path> files = Files.list(ReviewStateStore.stateFile(caseFolder).getParent())) {
            assertEquals(List.of("review-state.json"), files.map(p -> p.getFileName().toString()).toList());
        }
        assertEquals("note 4", store.load(caseFolder).state().notes());
    }

    @Test
    void unreadableStateIsKeptAsideAndTheReviewStartsAfresh() throws IOException {
        Path file = ReviewStateStore.stateFile(caseFolder);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"edits\": [ this is not json");

        ReviewStateStore.Loaded loaded = store.load(caseFolder);

        assertEquals(ReviewState.fresh(), loaded.state());
        assertNotNull(loaded.problem());
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("review-state.unreadable-")));
        }
    }

    @Test
    void aVersionTwoReferralLoadsAwaitingThePhysicianAndThePhysiciansStepsRoundTrip() throws IOException {
        Path file = ReviewStateStore.stateFile(caseFolder);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"version\":2,\"opened\":true,\"decision\":{\"decision\":\"REFER\","
                + "\"recommendation\":\"CRITERIA_NOT_MET\",\"at\":\"2026-11-21T10:00:00Z\",\"user\":\"dana\"}}");

        ReviewState old = store.load(caseFolder).state();
        assertEquals(ReviewStatus.AWAITING_PHYSICIAN, old.status());
        assertTrue(old.physician().isEmpty());

        ReviewState upheld = old.withPhysicianStep(new PhysicianStep(PhysicianAction.PEER_TO_PEER,
                        new ReviewerIdentity("Helen Vance", "MD", ReviewerRole.PHYSICIAN), null, T0.plusSeconds(3600), "hv"))
                .withPhysicianStep(new PhysicianStep(PhysicianAction.UPHOLD,
                        new ReviewerIdentity("Helen Vance", "MD", ReviewerRole.PHYSICIAN), "3D plan meets all limits",
                        T0.plusSeconds(7200), "hv"));
        store.save(caseFolder, upheld);

        ReviewState loaded = store.load(caseFolder).state();
        assertEquals(upheld, loaded);
        assertEquals(ReviewState.CURRENT_VERSION, loaded.version());
        assertEquals(ReviewStatus.DENIED, loaded.status());
        assertEquals(ReviewStatus.DENIED, store.peek(caseFolder).status());
        assertTrue(Files.readString(file).contains("\"role\" : \"PHYSICIAN\""), "the role is written by name");
    }

    @Test
    void aStateWrittenByANewerVersionWithExtraFieldsStillLoads() throws IOException {
        Path file = ReviewStateStore.stateFile(caseFolder);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"version\":2,\"opened\":true,\"notes\":\"hello\",\"futureField\":{\"x\":1}}");

        ReviewStateStore.Loaded loaded = store.load(caseFolder);

        assertNull(loaded.problem());
        assertEquals("hello", loaded.state().notes());
        assertEquals(ReviewStatus.IN_REVIEW, loaded.state().status());
    }

    @Test
    void autoSaverWritesTheLatestStateOnFlush() {
        try (AutoSaver saver = new AutoSaver(store, (f, m) -> { throw new AssertionError(m); })) {
            for (int i = 0; i < 50; i++) {
                saver.save(caseFolder, ReviewState.fresh().withNotes("n" + i));
            }
            saver.flush();
        }
        assertEquals("n49", store.load(caseFolder).state().notes());
    }

    @Test
    void autoSaverReportsAFolderItCannotWrite() throws IOException {
        Path notAFolder = caseFolder.resolve("file.txt");
        Files.writeString(notAFolder, "x");
        StringBuilder reported = new StringBuilder();
        try (AutoSaver saver = new AutoSaver(store, (f, m) -> reported.append(m))) {
            saver.save(notAFolder, ReviewState.fresh());
            saver.flush();
        }
        assertTrue(reported.toString().contains("could not be saved"), reported.toString());
    }

    /**
     * The tour's two desks on one case folder (decision 0453): Ann and Bea both open it; Ann approves; Bea,
     * still looking at the case as it was, types a note. Her save had replaced the whole file: Ann's approval
     * and its audit entries were gone without a word. Now Bea's save is refused and Ann's work stays.
     */
    @Test
    void aSaveDoesNotOverwriteWorkSavedByAnotherDeskSinceTheCaseWasOpened() throws IOException {
        ReviewStateStore ann = new ReviewStateStore();
        ReviewStateStore bea = new ReviewStateStore();
        ReviewState annOpened = ann.load(caseFolder).state().markOpened(T0, "ann");
        ann.save(caseFolder, annOpened);
        ReviewState beaOpened = bea.load(caseFolder).state(); // opened before: nothing new to write

        ann.save(caseFolder, annOpened.withDecision(new DecisionRecord(NurseDecision.APPROVE, Determination.CRITERIA_MET,
                null, T0.plusSeconds(60), "ann")));
        StateSink.Refused refused = org.junit.jupiter.api.Assertions.assertThrows(StateSink.Refused.class,
                () -> bea.save(caseFolder, beaOpened.withNotes("Called the clinic about the MRI date.")));
        assertTrue(refused.getMessage().contains("someone else saved work on it since you opened it"), refused.getMessage());
        ReviewState onDisk = new ReviewStateStore().read(caseFolder).state();
        assertEquals(NurseDecision.APPROVE, onDisk.decision().decision(), "Ann's approval stays");
        assertEquals("", onDisk.notes());

        // Bea opens the case again: she sees Ann's approval and may save her note on top of it
        ReviewState again = bea.load(caseFolder).state();
        assertEquals(NurseDecision.APPROVE, again.decision().decision());
        bea.save(caseFolder, again.withNotes("Called the clinic about the MRI date."));
        ann.load(caseFolder);
        ann.save(caseFolder, new ReviewStateStore().read(caseFolder).state().withNotes("Seen."));
    }

    /** The first desk to save a case that had no saved work wins; the second is told, not overwritten. */
    @Test
    void twoDesksOnACaseWithNoSavedWorkYet() throws IOException {
        ReviewStateStore ann = new ReviewStateStore();
        ReviewStateStore bea = new ReviewStateStore();
        ann.load(caseFolder);
        bea.load(caseFolder);
        ann.save(caseFolder, ReviewState.fresh().markOpened(T0, "ann"));
        org.junit.jupiter.api.Assertions.assertThrows(StateSink.Refused.class,
                () -> bea.save(caseFolder, ReviewState.fresh().markOpened(T0, "bea")));
        // a command that never read the case for work writes as before
        new ReviewStateStore().save(caseFolder, ReviewState.fresh().markOpened(T0, "script"));
    }
}
