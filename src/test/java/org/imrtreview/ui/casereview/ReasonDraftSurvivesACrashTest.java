package org.imrtreview.ui.casereview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.imrtreview.review.CaseReviews;
import org.imrtreview.store.NurseDecision;
import org.imrtreview.store.persist.AutoSaver;
import org.imrtreview.store.persist.ReviewStateStore;
import org.imrtreview.ui.common.Notifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0469 (nurse tour leftover 3): the reason she has typed for a decision and not yet recorded is
 * kept with the case's saved work as she types. The workstation is killed (no orderly close: only what the
 * autosaver wrote is left); the next start shows the reason again on that case — and on no other case.
 */
class ReasonDraftSurvivesACrashTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T14:00:00Z"), ZoneOffset.UTC);
    private static final String ESOPHAGUS = "06-esophagus-answer-mismatch-not-met";
    private static final String LUNG = "03-lung-v20-csv-criteria-met";
    private static final String REASON = "Spoke with Dr. Okafor's office: the esophagus answer \u201cNo\u201d was a typo;"
            + " corrected form to follow.";

    @TempDir
    Path workspace;
    private final List<String> messages = new ArrayList<>();

    private Path copy(String sample) throws IOException {
        Path to = workspace.resolve(sample);
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(Path.of("samples", sample))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, to.resolve(f.getFileName().toString()));
            }
        }
        return to;
    }

    /** A workstation as started: its own sessions, store and autosaver. */
    private record Station(CaseReviewViewModel vm, AutoSaver saver) {
    }

    private Station start() {
        ReviewStateStore store = new ReviewStateStore(CLOCK);
        AutoSaver saver = new AutoSaver(store, (f, m) -> messages.add(m));
        CaseReviews reviews = CaseReviews.standard(CLOCK, "dana");
        return new Station(new CaseReviewViewModel(reviews, saver, (Notifier) (level, m) -> messages.add(m)), saver);
    }

    private static void open(Station s, Path folder) throws Exception {
        CaseReviews reviews = CaseReviews.standard(CLOCK, "dana");
        s.vm().show(reviews.read(folder, false, true));
    }

    @Test
    void aReasonTypedButNotRecordedIsThereAfterACrashOnItsOwnCaseOnly() throws Exception {
        Path esophagus = copy(ESOPHAGUS);
        Path lung = copy(LUNG);

        Station before = start();
        open(before, esophagus);
        before.vm().reasonDraftProperty().set(REASON); // as the reason box does, keystroke by keystroke
        before.saver().flush(); // what the autosaver had written when the process was killed; no close, no clear
        assertTrue(new ReviewStateStore(CLOCK).load(esophagus).state().reasonDraft().equals(REASON), "kept beside the case");

        Station after = start();
        open(after, lung);
        assertEquals("", after.vm().reasonDraftProperty().get(), "another case never shows her reason");
        open(after, esophagus);
        assertEquals(REASON, after.vm().reasonDraftProperty().get(), "her reason is back on its case");

        // recorded, the reason goes with the decision and is not offered again
        assertEquals(Optional.empty(), after.vm().decide(NurseDecision.APPROVE));
        after.saver().flush();
        assertEquals(REASON, new ReviewStateStore(CLOCK).load(esophagus).state().decision().reason());
        Station third = start();
        open(third, esophagus);
        assertEquals("", third.vm().reasonDraftProperty().get());
        assertEquals(List.of(), messages.stream().filter(m -> m.contains("not saved") || m.contains("could not")).toList());
        before.saver().close();
        after.saver().close();
        third.saver().close();
    }
}
