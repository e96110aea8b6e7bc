package org.imrtreview.review;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.imrtreview.digitize.CalibrationSource;
import org.imrtreview.digitize.Confidence;
import org.imrtreview.digitize.CurveMetrics;
import org.imrtreview.digitize.DigitizedCurves;
import org.imrtreview.digitize.ImageFiles;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.PlanKind;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.store.CurveChoice;
import org.imrtreview.store.DigitisedImageKey;
import org.imrtreview.store.DigitisedImageReview;
import org.imrtreview.store.ImageFingerprint;
import org.imrtreview.store.ReviewState;
import org.imrtreview.store.SavedAxes;
import org.imrtreview.ui.digitize.SampleCase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Restoring the nurse's saved digitising work as a case opens, on the brain sample (two colour DVH
 * images digitised by intake): relabelling, re-digitising for corrected axes, a changed picture, a
 * curve key that is no longer found, a picture no longer in the case.
 */
// These tests are about the nurse's own choices on curves that arrive unassigned: legend OCR
// (which would name them first) is switched off while they run.
@org.junit.jupiter.api.extension.ExtendWith(org.imrtreview.digitize.LegendOcrOff.class)
class SavedDigitisingTest {
    private static final String IMRT = "dvh_imrt.png";
    private static final DigitisedImageKey IMRT_KEY = DigitisedImageKey.ofImageFile(IMRT);

    @TempDir
    static Path temp;
    static Path folder;
    static ReviewCase loaded;
    static ImageFingerprint fingerprint;

    @BeforeAll
    static void loadTheSample() throws Exception {
        folder = SampleCase.copy(SampleCase.BRAIN, temp);
        loaded = CaseLoader.standard().load(folder);
        fingerprint = ImageFingerprint.of(folder.resolve(IMRT));
    }

    private static ReviewState saved(DigitisedImageReview review) {
        return ReviewState.fresh().withDigitisedReview(review, List.of(), java.time.Instant.EPOCH, "nurse");
    }

    @Test
    void savedAssignmentsRelabelTheCurvesIntakeDigitised() {
        DvhCurve curve = SampleCase.unassigned(loaded, IMRT).get(0);
        String key = SampleCase.key(curve);
        ReviewState state = saved(new DigitisedImageReview(IMRT_KEY, fingerprint, null,
                List.of(new CurveChoice(key, "Brainstem", PlanKind.IMRT))));

        SavedDigitising.Restoration r = new SavedDigitising().restore(loaded, state);

        assertEquals(List.of(), r.notices());
        assertTrue(r.images().isEmpty(), "relabelled, not digitised again");
        List<DvhCurve> curves = r.curvesBySource().get(IMRT);
        assertEquals(SampleCase.unassigned(loaded, IMRT).size(), curves.size(), "the other curves stay, unassigned");
        DvhCurve brainstem = curves.stream().filter(c -> c.structure().equals("Brainstem")).findFirst().orElseThrow();
        assertEquals(PlanKind.IMRT, brainstem.plan());
        assertTrue(brainstem.digitised());
        assertArrayEquals(curve.doseGy(), brainstem.doseGy());
        assertEquals(curves.size() - 1, curves.stream().filter(DigitizedCurves::isUnassigned).count());
    }

    @Test
    void relabellingGivesTheSameCurvesAsDigitisingAgain() throws Exception {
        DvhCurve curve = SampleCase.unassigned(loaded, IMRT).get(1);
        DigitisedImageReview review = new DigitisedImageReview(IMRT_KEY, fingerprint, null,
                List.of(new CurveChoice(SampleCase.key(curve), "Optic chiasm", PlanKind.IMRT)));

        List<DvhCurve> relabelled = new SavedDigitising().restore(loaded, saved(review)).curvesBySource().get(IMRT);
        DigitisedImage again = new SavedDigitising().digitise(ImageFiles.read(folder.resolve(IMRT)), fingerprint, IMRT_KEY,
                PlanKind.IMRT, review);
        List<DvhCurve> digitised = DigitizedCurves.toModel(again.result(), again.assignments(), IMRT);

        assertEquals(digitised.size(), relabelled.size());
        for (int i = 0; i < digitised.size(); i++) {
            assertEquals(digitised.get(i).structure(), relabelled.get(i).structure());
            assertEquals(digitised.get(i).plan(), relabelled.get(i).plan());
            assertArrayEquals(digitised.get(i).doseGy(), relabelled.get(i).doseGy(), 1e-9);
            assertArrayEquals(digitised.get(i).volumePercent(), relabelled.get(i).volumePercent(), 1e-9);
        }
        assertEquals(Confidence.CONFIRMED, again.assignments().get(1).structureConfidence());
        assertEquals("chosen by the reviewer", again.assignments().get(1).basis());
    }

    @Test
    void correctedAxesAreAppliedByDigitisingAgainAndRecalibrating() throws Exception {
        DvhCurve curve = SampleCase.unassigned(loaded, IMRT).get(0);
        DigitisedImage plain = new SavedDigitising().digitise(read(), fingerprint, IMRT_KEY, PlanKind.IMRT, null);
        double right = plain.result().calibration().doseAtRight();
        double left = plain.result().calibration().doseAtLeft();
        ReviewState state = saved(new DigitisedImageReview(IMRT_KEY, fingerprint,
                new SavedAxes(new SavedAxes.Range(left, 2 * right - left), null),
                List.of(new CurveChoice(SampleCase.key(curve), "Brainstem", PlanKind.IMRT))));

        SavedDigitising.Restoration r = new SavedDigitising().restore(loaded, state);

        DigitisedImage image = r.images().get(IMRT_KEY);
        assertNotNull(image, "digitised again: the points depend on the axes");
        assertEquals(CalibrationSource.USER, image.result().calibration().doseSource());
        assertEquals(CalibrationSource.TICK_LABELS, image.result().calibration().volumeSource(), "the volume axis stays as read");
        DvhCurve brainstem = r.curvesBySource().get(IMRT).stream().filter(c -> c.structure().equals("Brainstem"))
                .findFirst().orElseThrow();
        double before = CurveMetrics.dmax(curve.doseGy(), curve.volumePercent());
        double after = CurveMetrics.dmax(brainstem.doseGy(), brainstem.volumePercent());
        assertEquals(2 * before - left, after, 0.02 * after, "the doses follow the corrected axis");
    }

    @Test
    void aChangedPictureGetsNothingAppliedAndTheNurseIsTold() {
        ImageFingerprint other = new ImageFingerprint(fingerprint.bytes() + 10, fingerprint.sha256());
        ReviewState state = saved(new DigitisedImageReview(IMRT_KEY, other, null,
                List.of(new CurveChoice(SampleCase.key(SampleCase.unassigned(loaded, IMRT).get(0)), "Brainstem",
                        PlanKind.IMRT))));

        SavedDigitising.Restoration r = new SavedDigitising().restore(loaded, state);

        assertTrue(r.curvesBySource().isEmpty());
        assertTrue(r.changed().containsKey(IMRT_KEY));
        assertEquals(1, r.notices().size());
        assertTrue(r.notices().get(0).contains("dvh_imrt.png") && r.notices().get(0).contains("changed since"),
                r.notices().get(0));
    }

    @Test
    void aSavedCurveTheDigitiserNoLongerFindsIsReportedAndTheOthersStillApply() {
        String key = SampleCase.key(SampleCase.unassigned(loaded, IMRT).get(0));
        ReviewState state = saved(new DigitisedImageReview(IMRT_KEY, fingerprint, null,
                List.of(new CurveChoice(key, "Brainstem", PlanKind.IMRT),
                        new CurveChoice("#123456 dashed", "Parotid L", PlanKind.IMRT))));

        SavedDigitising.Restoration r = new SavedDigitising().restore(loaded, state);

        assertEquals(1, r.notices().size());
        assertTrue(r.notices().get(0).contains("#123456 dashed") && r.notices().get(0).contains("Parotid L, IMRT")
                && r.notices().get(0).contains("no longer finds"), r.notices().get(0));
        assertTrue(r.curvesBySource().get(IMRT).stream().anyMatch(c -> c.structure().equals("Brainstem")));
    }

    @Test
    void workOnAPictureNoLongerInTheCaseIsKeptButNotApplied() {
        ReviewState state = saved(new DigitisedImageReview(DigitisedImageKey.ofImageFile("old_dvh.png"), fingerprint, null,
                List.of(new CurveChoice("#d62728 solid", "Brainstem", PlanKind.IMRT))));

        SavedDigitising.Restoration r = new SavedDigitising().restore(loaded, state);

        assertTrue(r.curvesBySource().isEmpty());
        assertTrue(r.changed().isEmpty(), "not set aside: the file may come back");
        assertTrue(r.notices().get(0).contains("old_dvh.png"));
    }

    @Test
    void aDamagedPictureIsReportedByNameNotThrown(@TempDir Path other) throws Exception {
        Path copy = SampleCase.copy(SampleCase.BRAIN, other);
        ReviewCase c = CaseLoader.standard().load(copy);
        ReviewState state = saved(new DigitisedImageReview(IMRT_KEY, null, new SavedAxes(new SavedAxes.Range(0, 70), null),
                List.of()));
        Files.write(copy.resolve(IMRT), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}, StandardOpenOption.TRUNCATE_EXISTING);

        SavedDigitising.Restoration r = new SavedDigitising().restore(c, state);

        assertEquals(1, r.notices().size());
        assertTrue(r.notices().get(0).startsWith("Your curve choices for dvh_imrt.png could not be applied"), r.notices().get(0));
        assertFalse(r.curvesBySource().containsKey(IMRT));
    }

    private static java.awt.image.BufferedImage read() {
        try {
            return ImageFiles.read(folder.resolve(IMRT));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
