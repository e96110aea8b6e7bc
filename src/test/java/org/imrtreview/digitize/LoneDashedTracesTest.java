package org.imrtreview.digitize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.imrtreview.ocr.TextReader;
import org.junit.jupiter.api.Test;

/**
 * A dashed trace the picture gives no second plan for (decision 0351): single-plan JPEGs of 1-px lines whose
 * solid curves were followed, in whole or in part, as "dashed" ones and used (a dashed curve's values go to the
 * 3D plan). Now such a trace is shown, named in a warning, and not used; a dashed curve beside its solid twin,
 * or in a picture where other structures are dashed too, is kept.
 */
class LoneDashedTracesTest {

    private static DigitizeResult digitise(SyntheticDvh s) throws Exception {
        return new DvhImageDigitizer(TextReader.unavailable("not needed")).digitize(s.image(), DigitizeOptions.automatic());
    }

    private static boolean used(TracedCurve c, DigitizeResult r) {
        return r.calibration().trustworthy() && c.tracedWhole(r.calibration());
    }

    @Test
    void aSolidLineFollowedOnlyAsDashedInASinglePlanPictureIsHeldBack() throws Exception {
        // Accuracy 18: single plan, 1-px lines, JPEG q80; the green Chiasm is followed only as a dashed curve.
        SyntheticDvh s = SyntheticDvhCorpus.make(18);
        DigitizeResult r = digitise(s);
        TracedCurve green = r.curves().stream().filter(c -> c.style() == LineStyle.DASHED && c.describe().contains("green"))
                .findFirst().orElseThrow();
        assertFalse(used(green, r), green.describe());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("only dashed curve") && w.contains(green.describe())),
                r.warnings().toString());
        SameColourReport.Count c = SameColourReport.measure("dvh-18, every curve", List.of(s), true);
        assertEquals(0, c.wrong(), c.wrongOnes().toString());
        assertEquals(3, c.used(), "PTV, Brainstem and Optic nerve L still used: " + c);
    }

    @Test
    void aDashedCurveBesideItsSolidTwinIsKept() throws Exception {
        // Accuracy 25: combined; the orange Brainstem and (since decision 0381, which reads the blue PTV's leftover
        // trace as its dashed curve) the blue PTV are seen dashed, each with its solid curve running apart from it.
        DigitizeResult r = digitise(SyntheticDvhCorpus.make(25));
        List<TracedCurve> dashed = r.curves().stream().filter(c -> c.style() == LineStyle.DASHED).toList();
        assertEquals(2, dashed.size());
        for (TracedCurve d : dashed) {
            assertTrue(used(d, r), d.describe());
            assertFalse(LoneDashedTraces.lone(r.curves(), r.calibration())[r.curves().indexOf(d)]);
        }
    }

    @Test
    void aDashedCurveIsKeptWhenOtherStructuresAreDashedToo() throws Exception {
        // identical_twins-1: the orange solid lies on its dashed twin (same DVH in both plans) and is lost part-way;
        // the orange dashed is kept because green and magenta are drawn dashed too.
        DigitizeResult r = digitise(VarietyDvhCorpus.make(VarietyDvhCorpus.Style.IDENTICAL_TWINS, 1).dvh());
        TracedCurve orange = r.curves().stream().filter(c -> c.style() == LineStyle.DASHED
                && c.describe().startsWith("orange")).findFirst().orElseThrow();
        assertTrue(used(orange, r), orange.describe());
        assertTrue(r.warnings().stream().noneMatch(w -> w.contains("only dashed curve")), r.warnings().toString());
    }
}
