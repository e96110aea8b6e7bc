package org.imrtreview.digitize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.imrtreview.evaluate.DvhTolerance;
import org.imrtreview.model.Unit;
import org.imrtreview.ocr.TextReader;
import org.junit.jupiter.api.Test;

/**
 * Ends of curves the picture does not show (decision 0308): a curve that vanishes above the 0 % line
 * where other curves are drawn over it may run on underneath, and a trace that came down to the line,
 * broke off and picked up pixels higher up has bridged onto another curve. Either way its Dmax is a range
 * that holds the true one, so the cross-check cannot flag a table value the picture agrees with.
 */
class HiddenEndsTest {

    private static DigitizeResult digitise(SyntheticDvh s) throws NotADvhPlotException {
        return new DvhImageDigitizer(TextReader.unavailable("not needed")).digitize(s.image(), DigitizeOptions.automatic());
    }

    private static void assertDmaxHeld(SyntheticDvh s, DigitizeResult r, String name, boolean dashed) {
        TrueCurve truth = s.curves().stream().filter(t -> t.name().equals(name) && t.dashed() == dashed)
                .findFirst().orElseThrow();
        TracedCurve traced = LooksReport.nearest(truth, r.curves());
        assertTrue(traced != null && traced.tracedWhole(r.calibration()), name + " traced whole and used");
        double[] range = traced.dmaxInterval(r.calibration());
        double nearest = Math.max(range[0], Math.min(range[1], truth.dmax()));
        assertTrue(Math.abs(nearest - truth.dmax()) <= DvhTolerance.digitisedTolerance(truth.dmax(), nearest, Unit.GY),
                name + (dashed ? " dashed" : " solid") + ": true Dmax " + truth.dmax() + " within tolerance of "
                        + range[0] + "-" + range[1]);
    }

    /**
     * Variety volume_cc-2: the green SpinalCord (true Dmax 21.6 Gy) vanishes 18 px above the line where the
     * magenta Parotid L crosses it; it read 19.5 Gy as a point. The magenta runs on down to the line and
     * the dashed magenta along it: the SpinalCord may run on under them, so its Dmax is a range.
     */
    @Test
    void aCurveVanishingUnderAnotherAboveTheLineHasItsDmaxAsARange() throws Exception {
        SyntheticDvh s = VarietyDvhCorpus.make(VarietyDvhCorpus.Style.VOLUME_CC, 2).dvh();
        DigitizeResult r = digitise(s);
        assertDmaxHeld(s, r, "SpinalCord", false);
        TracedCurve cord = LooksReport.nearest(s.curves().stream().filter(t -> t.name().equals("SpinalCord")
                && !t.dashed()).findFirst().orElseThrow(), r.curves());
        assertTrue(cord.tailHidden() && cord.dmaxInterval(r.calibration())[0] < 20.5, "a range from where it vanished: "
                + java.util.Arrays.toString(cord.dmaxInterval(r.calibration())));
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains(cord.describe()) && w.contains("Dmax lies between")),
                r.warnings().toString());
    }

    /**
     * Variety heavy_jpeg-2 (JPEG q44): the dashed magenta (true Dmax 48.8 Gy) came down to the line, broke
     * off for 83 columns and its trace went on up onto the solid magenta's tail (read 59.7 Gy), while the
     * solid magenta, robbed of that tail, vanished 14 px above the line (read 56.4 against 59.7). Both now
     * carry ranges holding the truth, and no curve of the picture is used and wrong.
     */
    @Test
    void aTraceClimbingBackAfterABreakAlongTheLineEndsBeforeTheBreak() throws Exception {
        SyntheticDvh s = VarietyDvhCorpus.make(VarietyDvhCorpus.Style.HEAVY_JPEG, 2).dvh();
        DigitizeResult r = digitise(s);
        assertDmaxHeld(s, r, "Parotid L", true);
        assertDmaxHeld(s, r, "Parotid L", false);
        SameColourReport.Count c = SameColourReport.measure("heavy_jpeg-2, every curve", List.of(s), true);
        assertEquals(0, c.wrong(), c.wrongOnes().toString());
    }

    @Test
    void aClimbBackBeforeAnyBreakLeavesTheTraceAlone() {
        // Down onto the line (row 100) at x=10, back up to row 90 at x=12 without a break, on along the line.
        List<PathColumn> path = List.of(new PathColumn(8, 97, 99), new PathColumn(10, 99, 101),
                new PathColumn(12, 89, 91), new PathColumn(14, 99, 101), new PathColumn(40, 99, 101));
        assertEquals(Integer.MAX_VALUE, HiddenTails.lastBeforeABreak(path, 98, 95, 9));
    }

    @Test
    void aClimbBackAfterABreakEndsTheTraceBeforeTheBreak() {
        List<PathColumn> path = List.of(new PathColumn(8, 97, 99), new PathColumn(10, 99, 101),
                new PathColumn(11, 99, 101), new PathColumn(40, 89, 91), new PathColumn(41, 95, 97));
        assertEquals(11, HiddenTails.lastBeforeABreak(path, 98, 95, 9));
    }
}
