package org.imrtreview.digitize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.imrtreview.ocr.TextReader;
import org.junit.jupiter.api.Test;

/**
 * One drawn line followed twice (decision 0279): on a photo of a screen the solid red PTV's colour
 * shifts along it, two red seeds took every other stretch of it, and the PTV came out as two "dashed"
 * curves, both used (a solid curve reported as the other plan's style, and counted twice). Both are now
 * shown, not used, with a warning naming the pair; the picture's other curves are untouched. (Since decision
 * 0380 that picture's PTV is one solid trace and a held-back dashed piece; dvh-09's two shades of one hue, held back
 * by decision 0352, are joined into one curve since decision 0383.)
 */
class OneLineTracedTwiceTest {

    private static DigitizeResult digitise(SyntheticDvh s) throws Exception {
        return new DvhImageDigitizer(TextReader.unavailable("not needed")).digitize(s.image(), DigitizeOptions.automatic());
    }

    @Test
    void aSolidLineFollowedAsTwoDashedCurvesIsNeverUsedTwiceOrInTheWrongStyle() throws Exception {
        // Since decision 0380 the longer of the two red traces keeps the style of its fall (solid): the PTV is
        // used once, as solid, and the dashed red piece left beside it is still not used.
        SyntheticDvh s = VarietyDvhCorpus.make(VarietyDvhCorpus.Style.PHOTO_OF_SCREEN, 1).dvh();
        DigitizeResult r = digitise(s);
        List<TracedCurve> red = r.curves().stream().filter(c -> c.describe().startsWith("red")).toList();
        List<TracedCurve> usedRed = red.stream().filter(c -> c.tracedWhole(r.calibration())).toList();
        assertEquals(1, usedRed.size(), "the PTV used once: " + red.stream().map(TracedCurve::describe).toList());
        assertEquals(LineStyle.SOLID, usedRed.get(0).style());
        assertTrue(red.stream().filter(c -> c.style() == LineStyle.DASHED).noneMatch(c -> c.tracedWhole(r.calibration())),
                "no red dashed curve used");

        SameColourReport.Count c = SameColourReport.measure("photo_of_screen-1, every curve", List.of(s), true);
        assertEquals(5, c.used(), "the PTV and the four other curves used: " + c);
        assertEquals(0, c.wrong(), c.wrongOnes().toString());
    }

    @Test
    void curvesOfACrowdedPlotRunningCloseAreNotTakenForOneLine() throws Exception {
        // Held-out crowded 22: a cyan and a blue curve of one hue run within a clearance of each other
        // over 88 % of their length, touching in only 43 % of it: two curves, both used as before.
        SyntheticDvh s = AppLooksCorpus.make(AppLooksCorpus.Look.CROWDED_TAB10, 22).dvh();
        DigitizeResult r = digitise(s);
        assertTrue(r.warnings().stream().noneMatch(w -> w.contains("lie on one line")), r.warnings().toString());
    }

    @Test
    void twoShadesOfAPale1PxLineAlongItsEdgesAreReadAsOneCurve() throws Exception {
        // Accuracy 9 (JFreeChart white, JPEG q95, 1-px lines): the light red PTV is followed as two light red
        // solid traces, 2-3 px apart along its two anti-aliased edges. Before decision 0352 both were used, one of
        // them with no drawn curve of its shape; 0352 held both back (the PTV lost); since decision 0383 they are
        // joined into one curve, used and right.
        SyntheticDvh s = SyntheticDvhCorpus.make(9);
        DigitizeResult r = digitise(s);
        assertTrue(r.warnings().stream().noneMatch(w -> w.contains("lie on one line")), r.warnings().toString());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("two shades of one light red solid line")),
                r.warnings().toString());
        List<TracedCurve> lightRed = r.curves().stream().filter(c -> c.describe().startsWith("light red")).toList();
        assertEquals(1, lightRed.size(), lightRed.stream().map(TracedCurve::describe).toList().toString());
        assertTrue(lightRed.get(0).tracedWhole(r.calibration()), "the PTV used: " + r.warnings());
        SameColourReport.Count c = SameColourReport.measure("dvh-09, every curve", List.of(s), true);
        assertEquals(0, c.wrong(), c.wrongOnes().toString());
        assertEquals(3, c.used(), "PTV, Brainstem and Chiasm used: " + c);
        assertTrue(c.worstUsedV() < 1, "worst V " + c.worstUsedV());
    }

    @Test
    void distinctHuesRunningWithinThreePixelsAreNotOneLine() throws Exception {
        // Crowded 11: tab10's pink runs within 3 px of the red along 80 % of it; distinct hues keep the 1 px rule.
        SyntheticDvh s = AppLooksCorpus.make(AppLooksCorpus.Look.CROWDED_TAB10, 11).dvh();
        DigitizeResult r = digitise(s);
        assertTrue(r.warnings().stream().noneMatch(w -> w.contains("lie on one line")), r.warnings().toString());
    }
}
