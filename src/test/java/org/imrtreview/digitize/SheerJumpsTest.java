package org.imrtreview.digitize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.imrtreview.ocr.TextReader;
import org.junit.jupiter.api.Test;

/**
 * A trace that leaps down a third of the plot between two neighbouring columns lost the line (decision 0353):
 * accuracy 10's dashed PTV was followed along the legend's dashed swatch over its hidden shoulder and then
 * dropped onto the curve below the legend box, 6.5 points off there. It is now shown, not used; the other
 * curves keep their use, and a steep solid PTV shoulder (a run down one column) is no leap.
 */
class SheerJumpsTest {

    private static DigitizeResult digitise(SyntheticDvh s) throws Exception {
        return new DvhImageDigitizer(TextReader.unavailable("not needed")).digitize(s.image(), DigitizeOptions.automatic());
    }

    @Test
    void aTraceThatDroppedFromALegendSwatchOntoItsCurveIsHeldBack() throws Exception {
        SyntheticDvh s = SyntheticDvhCorpus.make(10);
        DigitizeResult r = digitise(s);
        TracedCurve leaping = r.curves().stream().filter(c -> SheerJumps.leaps(c, r.calibration())).findFirst()
                .orElseThrow();
        assertEquals(LineStyle.DASHED, leaping.style());
        assertTrue(SheerJumps.largestJump(leaping, r.calibration()) > 0.3);
        assertFalse(leaping.tracedWhole(r.calibration()), "shown, not used");
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("lost the line") && w.contains(leaping.describe())),
                r.warnings().toString());
        SameColourReport.Count c = SameColourReport.measure("dvh-10, every curve", List.of(s), true);
        assertEquals(0, c.wrong(), c.wrongOnes().toString());
        assertEquals(2, c.used(), "both Brainstem curves still used: " + c);
    }

    @Test
    void aSteepShoulderDrawnDownOneColumnIsNoLeap() {
        Calibration cal = Calibration.fromRanges(new PlotFrame(0, 0, 200, 100), new AxisRange(0, 50),
                new AxisRange(0, 100));
        TracedCurve steep = new TracedCurve(0xff0000, LineStyle.SOLID, new double[] {0, 40, 40.25, 41},
                new double[] {100, 100, 2, 0}, List.of(new PathColumn(0, 0, 1), new PathColumn(160, 0, 1),
                        new PathColumn(161, 1, 98), new PathColumn(164, 98, 99)), -1);
        assertEquals(0, SheerJumps.largestJump(steep, cal), 0.05);
        assertFalse(SheerJumps.leaps(steep, cal));
    }
}
