package org.imrtreview.digitize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.imrtreview.ocr.TextReader;
import org.junit.jupiter.api.Test;

/**
 * A trace seen on under an eighth of its fall is mostly the tracer's bridging (decision 0350): heavy_jpeg-3's
 * pinkish magenta, the red PTV's plateau followed in a shifted colour and seen in 6 columns of its fall, was
 * used, with no drawn curve of its shape and the colour of the picture's Parotid L. Now it is shown, named in
 * a warning, and not used; the red PTV and the real magenta Parotid L keep their use.
 */
class ThinlySeenFallsTest {

    private static DigitizeResult digitise(SyntheticDvh s) throws Exception {
        return new DvhImageDigitizer(TextReader.unavailable("not needed")).digitize(s.image(), DigitizeOptions.automatic());
    }

    private static boolean used(TracedCurve c, DigitizeResult r) {
        return r.calibration().trustworthy() && c.tracedWhole(r.calibration());
    }

    @Test
    void aShiftedColourOfAPtvSeenInAFewColumnsOfItsFallIsHeldBack() throws Exception {
        SyntheticDvh s = VarietyDvhCorpus.make(VarietyDvhCorpus.Style.HEAVY_JPEG, 3).dvh();
        DigitizeResult r = digitise(s);
        TracedCurve ghost = r.curves().stream().filter(c -> ThinlySeenFalls.thin(c, r.calibration())).findFirst()
                .orElseThrow();
        assertTrue(ghost.describe().startsWith("magenta"), ghost.describe());
        assertTrue(ThinlySeenFalls.seenShare(ghost, r.calibration()) < 0.05, "seen on a few rows of its fall");
        assertFalse(used(ghost, r), "the ghost is shown, not used");
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("seen on only") && w.contains(ghost.describe())),
                r.warnings().toString());

        SameColourReport.Count c = SameColourReport.measure("heavy_jpeg-3, every curve", List.of(s), true);
        assertEquals(0, c.wrong(), c.wrongOnes().toString());
        assertEquals(4, c.used(), "PTV, Brainstem, SpinalCord and the magenta Parotid L still used: " + c);
    }

    @Test
    void aDashedCurveShowsAboutHalfOfItsFallAndIsKept() throws Exception {
        // Combined picture: every dashed curve shows its dashes, about half of the rows it falls across.
        SyntheticDvh s = VarietyDvhCorpus.make(VarietyDvhCorpus.Style.IDENTICAL_TWINS, 1).dvh();
        DigitizeResult r = digitise(s);
        List<TracedCurve> dashed = r.curves().stream().filter(c -> c.style() == LineStyle.DASHED).toList();
        assertFalse(dashed.isEmpty());
        for (TracedCurve c : dashed) {
            double seen = ThinlySeenFalls.seenShare(c, r.calibration());
            assertTrue(Double.isNaN(seen) || seen > 0.3, c.describe() + " seen on " + seen);
            assertFalse(ThinlySeenFalls.thin(c, r.calibration()), c.describe());
        }
    }

    @Test
    void aShortFallIsNotJudged() {
        Calibration cal = Calibration.fromRanges(new PlotFrame(0, 0, 200, 100), new AxisRange(0, 50), new AxisRange(0, 100));
        TracedCurve flat = new TracedCurve(0xff0000, LineStyle.SOLID, new double[] {0, 10}, new double[] {100, 95},
                List.of(new PathColumn(0, 0, 1), new PathColumn(40, 5, 6)), -1);
        assertTrue(Double.isNaN(ThinlySeenFalls.seenShare(flat, cal)));
        assertFalse(ThinlySeenFalls.thin(flat, cal));
    }
}
