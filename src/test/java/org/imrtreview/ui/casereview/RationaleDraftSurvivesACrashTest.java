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
import org.imrtreview.store.PhysicianAction;
import org.imrtreview.store.ReviewState;
import org.imrtreview.store.ReviewerIdentity;
import org.imrtreview.store.ReviewerRole;
import org.imrtreview.store.persist.AutoSaver;
import org.imrtreview.store.persist.ReviewStateStore;
import org.imrtreview.ui.common.Notifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0580: the physician reviewer's clinical rationale, typed on a referred case and not yet recorded, is the
 * case's saved work like the nurse's reason (0469). The workstation is killed (no orderly close: only what the
 * autosaver wrote is left); the next start shows her rationale again on that case — and on no other case; the uphold
 * records it as the step's rationale and clears it.
 */
class RationaleDraftSurvivesACrashTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T14:00:00Z"), ZoneOffset.UTC);
    private static final String PROSTATE = "04-prostate-xls-criteria-not-met";
    private static final String LUNG = "03-lung-v20-csv-criteria-met";
    private static final String RATIONALE = "Rectum and bladder constraints are met with 3D; IMRT is not medically necessary.";
    private static final ReviewerIdentity HELEN = new ReviewerIdentity("Helen Vance", "MD, Radiation Oncology",
            ReviewerRole.PHYSICIAN);

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

    private record Station(CaseReviewViewModel vm, AutoSaver saver) {
    }

    private Station start() {
        AutoSaver saver = new AutoSaver(new ReviewStateStore(CLOCK), (f, m) -> messages.add(m));
        CaseReviewViewModel vm = new CaseReviewViewModel(CaseReviews.standard(CLOCK, "helen"), saver,
                (Notifier) (level, m) -> messages.add(m));
        vm.identityProperty().set(HELEN);
        return new Station(vm, saver);
    }

    private static void open(Station s, Path folder) throws Exception {
        s.vm().show(CaseReviews.standard(CLOCK, "helen").read(folder, false, true));
    }

    @Test
    void aRationaleTypedButNotRecordedIsThereAfterACrashOnItsOwnCaseOnly() throws Exception {
        Path prostate = copy(PROSTATE);
        Path lung = copy(LUNG);

        Station before = start();
        open(before, prostate);
        assertEquals(Optional.empty(), before.vm().decide(NurseDecision.REFER, "Constraints met with 3D."));
        before.vm().rationaleDraftProperty().set(RATIONALE); // as the rationale box does, keystroke by keystroke
        open(before, lung); // another case opened in between
        assertEquals("", before.vm().rationaleDraftProperty().get(), "another case never shows her rationale");
        before.saver().flush(); // what the autosaver had written when the process was killed; no close
        assertEquals(RATIONALE, new ReviewStateStore(CLOCK).load(prostate).state().rationaleDraft(), "kept beside the case");
        assertEquals("", new ReviewStateStore(CLOCK).load(lung).state().rationaleDraft());

        Station after = start();
        open(after, lung);
        assertEquals("", after.vm().rationaleDraftProperty().get());
        open(after, prostate);
        assertEquals(RATIONALE, after.vm().rationaleDraftProperty().get(), "her rationale is back on its case");
        assertEquals("", after.vm().reasonDraftProperty().get(), "the nurse's reason box is not hers");

        // recorded, the rationale goes with her step and is not offered again
        assertEquals(Optional.empty(), after.vm().physicianDecide(PhysicianAction.UPHOLD));
        assertEquals("", after.vm().rationaleDraftProperty().get());
        after.saver().flush();
        ReviewState saved = new ReviewStateStore(CLOCK).load(prostate).state();
        assertEquals(RATIONALE, saved.physicianDecision().rationale());
        assertEquals("", saved.rationaleDraft());
        assertTrue(saved.audit().stream().noneMatch(e -> e.detail().contains("Rectum and bladder") && !e.action().equals("Physician review")),
                "the draft itself is not audited keystroke by keystroke");
        Station third = start();
        open(third, prostate);
        assertEquals("", third.vm().rationaleDraftProperty().get());
        assertEquals(List.of(), messages.stream().filter(m -> m.contains("not saved") || m.contains("could not")).toList());
        before.saver().close();
        after.saver().close();
        third.saver().close();
    }
}
