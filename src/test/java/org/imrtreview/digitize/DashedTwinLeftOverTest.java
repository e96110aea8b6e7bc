package org.imrtreview.digitize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.imrtreview.ocr.TextReader;
import org.junit.jupiter.api.Test;

/**
 * A dashed PTV crossing its solid twin at a shallow angle (decisions 0380, 0381). On accuracy 4 (1-px PNG lines) the
 * dashes joined the solid line where they cross, so no dashed series was split off the blue: the solid line was
 * traced first and the dashes were what was left, a second "solid" blue curve; and the solid trace was chained to a
 * "dashed" run along the frame's top edge (the two plateaus blended with it) and took its style. The dashed PTV was
 * then used with the solid one's values, 6 points off. Now the solid trace is solid, the leftover is the dashed
 * curve, and both are used and right; the same holds for accuracy 25's blue PTV pair, which was held back as two
 * solid curves of one colour. A crowded plot's second same-colour curves stay solid.
 */
class DashedTwinLeftOverTest {

    private static DigitizeResult digitise(SyntheticDvh s) throws Exception {
        return new DvhImageDigitizer(TextReader.unavailable("not needed")).digitize(s.image(), DigitizeOptions.automatic());
    }

    private static List<TracedCurve> ofHue(DigitizeResult r, int rgb) {
        List<TracedCurve> out = new ArrayList<>();
        for (TracedCurve c : r.curves()) {
            if (SeriesPath.sameHue(c.rgb(), rgb)) {
                out.add(c);
            }
        }
        return out;
    }

    @Test
    void theSolidAndTheDashedPtvOfAccuracy4AreTracedInTheirOwnStylesAndUsed() throws Exception {
        SyntheticDvh s = SyntheticDvhCorpus.make(4);
        DigitizeResult r = digitise(s);
        List<TracedCurve> blue = ofHue(r, 0x2a7cb4);
        assertEquals(2, blue.size(), r.curves().toString());
        assertEquals(1, blue.stream().filter(c -> c.style() == LineStyle.SOLID).count(), "one solid blue curve");
        assertEquals(1, blue.stream().filter(c -> c.style() == LineStyle.DASHED).count(), "one dashed blue curve");
        for (TracedCurve c : blue) {
            assertTrue(c.tracedWhole(r.calibration()), c.describe() + " used: " + r.warnings());
        }
        SameColourReport.Count count = SameColourReport.measure("dvh-04, every curve", List.of(s), true);
        assertEquals(0, count.wrong(), count.wrongOnes().toString());
        assertEquals(4, count.used(), count.toString());
        assertTrue(count.worstUsedV() < 2, "worst V " + count.worstUsedV());
    }

    @Test
    void accuracy25sBluePtvPairIsUsedAsSolidAndDashed() throws Exception {
        SyntheticDvh s = SyntheticDvhCorpus.make(25);
        DigitizeResult r = digitise(s);
        List<TracedCurve> blue = ofHue(r, 0x2974a8);
        assertEquals(List.of(LineStyle.SOLID, LineStyle.DASHED), blue.stream().map(TracedCurve::style).sorted().toList());
        SameColourReport.Count count = SameColourReport.measure("dvh-25, every curve", List.of(s), true);
        assertEquals(0, count.wrong(), count.wrongOnes().toString());
        assertEquals(4, count.used(), count.toString());
    }

    @Test
    void aCrowdedPlotsSecondCurvesOfAColourStaySolid() throws Exception {
        for (int v : new int[] {11, 17, 23, 32}) {
            DigitizeResult r = digitise(AppLooksCorpus.make(AppLooksCorpus.Look.CROWDED_TAB10, v).dvh());
            assertTrue(r.curves().stream().allMatch(c -> c.style() == LineStyle.SOLID), "crowded " + v + ": "
                    + r.curves().stream().map(TracedCurve::describe).toList());
        }
    }

    @Test
    void aSolidPtvIsNotRestyledByAFlatDashedRunAlongTheFrame() throws Exception {
        // Variety photo_of_screen-1: the red PTV was reported "red dashed" (a dashed run along the top, chained to it).
        SyntheticDvh s = VarietyDvhCorpus.make(VarietyDvhCorpus.Style.PHOTO_OF_SCREEN, 1).dvh();
        DigitizeResult r = digitise(s);
        TracedCurve ptv = ofHue(r, 0xff0000).stream().max(java.util.Comparator.comparingInt(c -> c.path().size()))
                .orElseThrow();
        assertEquals(LineStyle.SOLID, ptv.style(), "the red PTV's longest trace");
        assertTrue(ptv.tracedWhole(r.calibration()), "used: " + r.warnings());
        SameColourReport.Count count = SameColourReport.measure("photo_of_screen-1, every curve", List.of(s), true);
        assertEquals(0, count.wrong(), count.wrongOnes().toString());
    }

    @Test
    void regularDashesAreADashedLineAndALineBrokenByOthersOrSpecksAreNot() {
        PlotFrame frame = new PlotFrame(0, 0, 400, 400);
        // Dashes 10 columns long on a slope of 2 rows a column, 8 columns apart.
        List<PathColumn> dashes = new ArrayList<>();
        for (int x = 0; x < 180; x++) {
            if (x % 18 < 10) {
                dashes.add(new PathColumn(x, 20 + 2 * x, 21 + 2 * x));
            }
        }
        assertTrue(DashPattern.dashed(dashes, frame), DashPattern.measure(dashes, frame).toString());
        // The same line drawn solid, broken three times by curves crossing it (3 columns each).
        List<PathColumn> broken = new ArrayList<>();
        for (int x = 0; x < 180; x++) {
            if (x % 45 > 2) {
                broken.add(new PathColumn(x, 20 + 2 * x, 21 + 2 * x));
            }
        }
        assertFalse(DashPattern.dashed(broken, frame), DashPattern.measure(broken, frame).toString());
        // A JPEG shade: specks of a pixel every few columns.
        List<PathColumn> specks = new ArrayList<>();
        for (int x = 0; x < 180; x += 4) {
            specks.add(new PathColumn(x, 20 + 2 * x, 20 + 2 * x));
        }
        assertFalse(DashPattern.dashed(specks, frame), DashPattern.measure(specks, frame).toString());
    }
}
