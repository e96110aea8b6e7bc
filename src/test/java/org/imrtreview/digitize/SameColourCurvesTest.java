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
}
