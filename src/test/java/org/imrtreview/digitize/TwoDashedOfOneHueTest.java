package org.imrtreview.digitize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.imrtreview.ocr.TextReader;
import org.junit.jupiter.api.Test;

/**
 * Two dashed traces of one hue lying on one line over part of their fall (decision 0382). Accuracy 22 (JPEG q90,
 * combined plans): the dashed PTV is followed once as the second blue's leftover (decision 0381) and once as the
 * first blue's dashed series, which strays onto a shade of the solid PTV over the upper half of the fall. Both are
 * shown, not used. Two red dashed traces of a scanned print that run apart are left alone.
 */
class TwoDashedOfOneHueTest {

    private static DigitizeResult digitise(SyntheticDvh s) throws Exception {
        return new DvhImageDigitizer(TextReader.unavailable("not needed")).digitize(s.image(), DigitizeOptions.automatic());
    }

    @Test
    void accuracy22sTwoBlueDashedTracesAreHeldBack() throws Exception {
        SyntheticDvh s = SyntheticDvhCorpus.make(22);
        DigitizeResult r = digitise(s);
        List<TracedCurve> dashedBlue = r.curves().stream().filter(c -> c.style() == LineStyle.DASHED
                && SeriesPath.sameHue(c.rgb(), 0x267bb7)).toList();
        assertEquals(2, dashedBlue.size(), r.curves().toString());
        for (TracedCurve c : dashedBlue) {
            assertFalse(c.tracedWhole(r.calibration()), c.describe() + " shown, not used");
        }
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("both dashed in one hue")), r.warnings().toString());
        SameColourReport.Count count = SameColourReport.measure("dvh-22, every curve", List.of(s), true);
        assertEquals(0, count.wrong(), count.wrongOnes().toString());
        assertEquals(3, count.used(), "both Brainstem curves and the solid PTV: " + count);
    }

    @Test
    void twoRedDashedTracesRunningApartAreBothUsed() throws Exception {
        SyntheticDvh s = VarietyDvhCorpus.make(VarietyDvhCorpus.Style.SCANNED_PRINT, 2).dvh();
        DigitizeResult r = digitise(s);
        assertTrue(r.warnings().stream().noneMatch(w -> w.contains("both dashed in one hue")), r.warnings().toString());
        List<TracedCurve> usedRedDashed = r.curves().stream().filter(c -> c.style() == LineStyle.DASHED
                && SeriesPath.sameHue(c.rgb(), 0xc2363a) && c.tracedWhole(r.calibration())).toList();
        assertEquals(1, usedRedDashed.size(), r.curves().stream().map(TracedCurve::describe).toList().toString());
    }
}
