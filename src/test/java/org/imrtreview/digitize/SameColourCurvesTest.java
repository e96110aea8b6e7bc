package org.imrtreview.digitize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Crowded matplotlib plots (12-14 curves, the tab10 palette repeating): same-colour curves that provably
 * never meet are used (decision 0276; before, every same-colour pair was left for the nurse, 0183), and no
 * used one is wrong: within 5 pp at every tenth of the dose axis and its true Dmax inside its range
 * within the digitised tolerance, so it can raise no false DVH_TABLE_MISMATCH.
 */
class SameColourCurvesTest {

    @Test
    void sameColourCurvesThatNeverMeetAreUsedAndNoneIsWrong() {
        List<SyntheticDvh> pictures = new ArrayList<>();
        for (int v = 0; v < 3; v++) {
            pictures.add(AppLooksCorpus.make(AppLooksCorpus.Look.CROWDED_TAB10, v).dvh());
        }
        SameColourReport.Count c = SameColourReport.measure("crowded", pictures);
        assertTrue(c.twins() >= 10, "the palette repeats: " + c);
        assertTrue(c.used() * 3 >= c.twins(), "at least a third used: " + c);
        assertEquals(0, c.wrong(), c.wrongOnes().toString());
    }

    /**
     * Held-out crowded pictures 11 and 28 (decision 0278): a light magenta OralCavity trace dropped 20 %
     * across empty space at 21 Gy onto a purple curve drawn there before (18 pp off at 30 Gy), and an orange
     * Larynx trace dropped 170 rows onto a steeper curve and climbed back (6.3 pp off); both were used.
     * Each is now cut at its drop: shown up to there, said in a warning, not used; no used curve of the two
     * pictures is wrong (within 5 pp at every tenth of the dose axis, true Dmax inside its range).
     */
    @Test
    void aTraceThatJumpedOntoAnotherCurveIsCutThereAndNotUsed() throws Exception {
        SyntheticDvh s = AppLooksCorpus.make(AppLooksCorpus.Look.CROWDED_TAB10, 11).dvh();
        DigitizeResult r = new DvhImageDigitizer(org.imrtreview.ocr.TextReader.unavailable("not needed"))
                .digitize(s.image(), DigitizeOptions.automatic());
        TrueCurve oral = s.curves().stream().filter(t -> t.name().equals("OralCavity")).findFirst().orElseThrow();
        TracedCurve traced = LooksReport.nearest(oral, r.curves());
        assertTrue(traced != null && !traced.tracedWhole(r.calibration()), "cut at the drop, not used");
        double[] d = traced.doseGy();
        assertTrue(d[d.length - 1] < 23, "shown up to the drop near 21 Gy: " + d[d.length - 1]);
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains(traced.describe()) && w.contains("shown but not used")),
                r.warnings().toString());

        SameColourReport.Count c = SameColourReport.measure("held-out crowded 11 and 28", List.of(s,
                AppLooksCorpus.make(AppLooksCorpus.Look.CROWDED_TAB10, 28).dvh()), true);
        assertTrue(c.used() >= 16, "the other curves still used: " + c);
        assertEquals(0, c.wrong(), c.wrongOnes().toString());
    }

    /**
     * Crowded picture 7 (decision 0304): the unique purple Parotid R comes down to the 0 % line near 48 Gy,
     * runs a pixel row above it, and its trace bridged 159 columns along the line (under other curves'
     * tails) to a few purple pixels at 64 Gy. Its Dmax range read 64.4-65.9 Gy against a true 48.1 Gy; a
     * range that excludes the truth could raise a false DVH_TABLE_MISMATCH. The range now starts where the
     * trace last ran unbroken along the line, and every used curve of the picture is right.
     */
    @Test
    void aTraceBridgingAlongTheZeroLineStartsItsDmaxRangeBeforeTheBridge() throws Exception {
        SyntheticDvh s = AppLooksCorpus.make(AppLooksCorpus.Look.CROWDED_TAB10, 7).dvh();
        DigitizeResult r = new DvhImageDigitizer(org.imrtreview.ocr.TextReader.unavailable("not needed"))
                .digitize(s.image(), DigitizeOptions.automatic());
        TrueCurve parotid = s.curves().stream().filter(t -> t.name().equals("Parotid R")).findFirst().orElseThrow();
        TracedCurve traced = LooksReport.nearest(parotid, r.curves());
        assertTrue(traced != null && traced.tracedWhole(r.calibration()), "traced whole and used");
        double[] range = traced.dmaxInterval(r.calibration());
        assertTrue(range[0] <= parotid.dmax() && parotid.dmax() <= range[1],
                "true Dmax " + parotid.dmax() + " inside " + range[0] + "-" + range[1]);
        assertTrue(range[0] > 46 && range[0] < 48.2, "the range starts where the curve reached the line: " + range[0]);

        SameColourReport.Count c = SameColourReport.measure("crowded 7, every curve", List.of(s), true);
        assertTrue(c.used() >= 9, "its other curves still used: " + c);
        assertEquals(0, c.wrong(), c.wrongOnes().toString());
    }

    /**
     * Variety heavy_jpeg-0 (JPEG q30, decision 0304 amended): the magenta Parotid L comes down to the
     * 0 % line near 40 Gy and its trace, a pixel off the line (JPEG noise moved its centre 3 px), bridged 83
     * columns to magenta-looking pixels at 47 Gy. It read 46.8-47.6 Gy against a true 39.8; a break is now
     * found on a trace that wanders within two line bands of the line, and the range starts before it.
     */
    @Test
    void aNoisyTraceBridgingAlongTheZeroLineStartsItsRangeBeforeTheBridge() throws Exception {
        SyntheticDvh s = VarietyDvhCorpus.make(VarietyDvhCorpus.Style.HEAVY_JPEG, 0).dvh();
        DigitizeResult r = new DvhImageDigitizer(org.imrtreview.ocr.TextReader.unavailable("not needed"))
                .digitize(s.image(), DigitizeOptions.automatic());
        TrueCurve parotid = s.curves().stream().filter(t -> t.name().equals("Parotid L")).findFirst().orElseThrow();
        TracedCurve traced = LooksReport.nearest(parotid, r.curves());
        assertTrue(traced != null && traced.tracedWhole(r.calibration()), "traced whole and used");
        double[] range = traced.dmaxInterval(r.calibration());
        double nearest = Math.max(range[0], Math.min(range[1], parotid.dmax()));
        assertTrue(Math.abs(nearest - parotid.dmax()) <= org.imrtreview.evaluate.DvhTolerance.digitisedTolerance(
                parotid.dmax(), nearest, org.imrtreview.model.Unit.GY),
                "true Dmax " + parotid.dmax() + " within tolerance of " + range[0] + "-" + range[1]);
        assertTrue(range[0] < 42, "the range starts near where the curve reached the line: " + range[0]);
    }
}
