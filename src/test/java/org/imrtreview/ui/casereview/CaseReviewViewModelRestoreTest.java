package org.imrtreview.ui.casereview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.imrtreview.review.CaseEvaluator;
import org.imrtreview.digitize.ImageFiles;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.FlagCode;
import org.imrtreview.model.PlanKind;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.RowResult;
import org.imrtreview.store.persist.AutoSaver;
import org.imrtreview.store.CurveChoice;
import org.imrtreview.store.DigitisedImageKey;
import org.imrtreview.store.DigitisedImageReview;
import org.imrtreview.store.ImageFingerprint;
import org.imrtreview.store.ReviewState;
import org.imrtreview.store.persist.ReviewStateStore;
import org.imrtreview.ui.common.Notifier;
import org.imrtreview.store.SavedAxes;
import org.imrtreview.review.DigitisedImage;
import org.imrtreview.ui.digitize.SampleCase;
import org.imrtreview.review.SavedDigitising;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reopening a case with saved digitising work: the nurse's curve assignment counts in the very
 * first evaluation (the flag she saw when she left is there at once, without opening the tab),
 * and work on a picture that changed since is set aside once, with an audit entry.
 */
// These tests are about the nurse's own choices on curves that arrive unassigned: legend OCR
// (which would name them first) is switched off while they run.
@org.junit.jupiter.api.extension.ExtendWith(org.imrtreview.digitize.LegendOcrOff.class)
class CaseReviewViewModelRestoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T15:00:00Z"), ZoneOffset.UTC);
    private static final String IMRT = "dvh_imrt.png";
    private static final DigitisedImageKey IMRT_KEY = DigitisedImageKey.ofImageFile(IMRT);

    @TempDir
    static Path temp;
    static Path folder;
    static ReviewCase loaded;
    /** The brainstem's IMRT Dmax as the summary table states it (sample 01: 52.1 Gy). */
    static final double TABLE_BRAINSTEM_IMRT = 52.1;

    private final List<String> notices = new ArrayList<>();
    private final List<ReviewCase> evaluated = new ArrayList<>();
    private final AutoSaver saver = new AutoSaver(new ReviewStateStore(), (f, m) -> notices.add(m));
    private final CaseReviewViewModel vm = new CaseReviewViewModel((c, o) -> {
        evaluated.add(c);
        return CaseEvaluator.standard().evaluate(c, o);
    }, saver, (Notifier) (level, message) -> notices.add(message), CLOCK, "dana");

    @BeforeAll
    static void loadTheSample() throws Exception {
        folder = SampleCase.copy(SampleCase.BRAIN, temp);
        loaded = CaseLoader.standard().load(folder);
    }

    @AfterEach
    void close() {
        saver.close();
    }

    private static RowResult brainstem(CaseReviewViewModel vm) {
        return vm.rows().stream().filter(r -> r.row().organ().equals("Brainstem")).findFirst().orElseThrow();
    }

    private static ReviewState assignedToBrainstem(ImageFingerprint fingerprint) {
        DvhCurve farOff = SampleCase.farthestDmaxFrom(loaded, IMRT, TABLE_BRAINSTEM_IMRT);
        DigitisedImageReview review = new DigitisedImageReview(IMRT_KEY, fingerprint, null,
                List.of(new CurveChoice(SampleCase.key(farOff), "Brainstem", PlanKind.IMRT)));
        return ReviewState.fresh().markOpened(CLOCK.instant(), "dana")
                .withDigitisedReview(review, List.of("Curve 1 of dvh_imrt.png assigned to Brainstem, IMRT"),
                        CLOCK.instant(), "dana");
    }

    @Test
    void aSavedAssignmentCountsInTheFirstEvaluation() throws Exception {
        ReviewState state = assignedToBrainstem(ImageFingerprint.of(folder.resolve(IMRT)));

        vm.show(loaded, state, new SavedDigitising().restore(loaded, state));

        assertEquals(1, evaluated.size(), "one evaluation: the first the nurse sees");
        assertTrue(evaluated.get(0).dvhCurves().stream()
                .anyMatch(c -> c.digitised() && c.structure().equals("Brainstem") && c.plan() == PlanKind.IMRT));
        assertTrue(brainstem(vm).has(FlagCode.DVH_TABLE_MISMATCH), "the cross-check against the digitised curve");
        assertEquals(List.of(), notices);
    }

    @Test
    void withoutTheSavedWorkTheRowIsNotCrossChecked() {
        vm.show(loaded, ReviewState.fresh());

        assertFalse(brainstem(vm).has(FlagCode.DVH_TABLE_MISMATCH), "unassigned digitised curves are evidence of nothing");
    }

    @Test
    void workOnAChangedPictureIsNotAppliedAndTheNurseIsToldOnce() throws Exception {
        ImageFingerprint now = ImageFingerprint.of(folder.resolve(IMRT));
        ReviewState state = assignedToBrainstem(new ImageFingerprint(now.bytes(), "0".repeat(64)));

        vm.show(loaded, state, new SavedDigitising().restore(loaded, state));

        assertFalse(brainstem(vm).has(FlagCode.DVH_TABLE_MISMATCH));
        assertEquals(1, notices.size());
        assertTrue(notices.get(0).contains("changed since"), notices.get(0));
        assertNull(vm.state().digitisedReview(IMRT_KEY), "set aside, so the nurse is told only once");
        assertEquals("Digitised curves not applied", vm.state().audit().get(vm.state().audit().size() - 1).action());

        notices.clear();
        ReviewState next = vm.state();
        vm.show(loaded, next, new SavedDigitising().restore(loaded, next));
        assertEquals(List.of(), notices, "reopening does not tell her again");
    }

    @Test
    void correctingTheAxesInTheTabIsSavedAndAuditedInPlainWords() throws Exception {
        vm.show(loaded, ReviewState.fresh());
        ImageFingerprint fingerprint = ImageFingerprint.of(folder.resolve(IMRT));
        DigitisedImage digitised = new SavedDigitising().digitise(ImageFiles.read(folder.resolve(IMRT)), fingerprint,
                IMRT_KEY, PlanKind.IMRT, null);
        SavedAxes axes = new SavedAxes(new SavedAxes.Range(0, 70), null);
        DigitisedImage corrected = new DigitisedImage(IMRT_KEY, fingerprint,
                SavedDigitising.withAxes(digitised.result(), axes), digitised.assignments(), List.of());

        vm.recordDigitising(vm.session(), corrected, axes, List.of(), key -> null);

        DigitisedImageReview saved = vm.state().digitisedReview(IMRT_KEY);
        assertEquals(axes, saved.axes());
        assertEquals(fingerprint, saved.fingerprint());
        assertEquals("Axes of dvh_imrt.png set to dose 0–70 Gy",
                vm.state().audit().get(vm.state().audit().size() - 1).detail());
        assertSame(corrected, vm.restoredImage(IMRT_KEY), "the tab shows the corrected picture if rebuilt");
        saver.flush();
        assertEquals(saved, new ReviewStateStore().load(folder).state().digitisedReview(IMRT_KEY), "written beside the case");
    }
}
