package org.imrtreview.digitize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.imrtreview.ocr.TextReader;
import org.junit.jupiter.api.Test;

/**
 * Pale shades of a line traced as curves of their own (decision 0310): a heavy JPEG's light yellow halo
 * 5 px beside a blue line, a scan's greyed red edge on a dashed red PTV. Before, each entered the case as
 * an unassigned curve the nurse could name from the legend, with values no structure has; now it is shown,
 * named in a warning, and not used, while the line it runs beside and every other curve keep their use.
 */
class PaleShadesTest {

    private static DigitizeResult digitise(SyntheticDvh s) throws Exception {
        return new DvhImageDigitizer(TextReader.unavailable("not needed")).digitize(s.image(), DigitizeOptions.automatic());
    }

    private static boolean used(TracedCurve c, DigitizeResult r) {
        return r.calibration().trustworthy() && c.tracedWhole(r.calibration());
    }

    @Test
    void aJpegHaloBesideABlueLineIsHeldBackAndTheBlueLineKept() throws Exception {
        SyntheticDvh s = VarietyDvhCorpus.make(VarietyDvhCorpus.Style.HEAVY_JPEG, 0).dvh();
        DigitizeResult r = digitise(s);
        TracedCurve halo = r.curves().stream().filter(c -> RgbImage.luma(c.rgb()) > 200).findFirst().orElseThrow();
        assertFalse(used(halo, r), "the light halo is not used: " + halo.describe());
        TracedCurve blue = r.curves().get(PaleShades.shadeOf(r.curves(), r.calibration())[r.curves().indexOf(halo)]);
        assertTrue(blue.describe().startsWith("blue"), blue.describe());
        assertTrue(used(blue, r), "the blue Brainstem it runs beside is still used");
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("much paler") && w.contains(halo.describe())),
                r.warnings().toString());

        SameColourReport.Count c = SameColourReport.measure("heavy_jpeg-0, every curve", List.of(s), true);
        assertEquals(0, c.wrong(), c.wrongOnes().toString());
        assertEquals(4, c.used(), "PTV, Brainstem, SpinalCord and the magenta Parotid L still used: " + c);
    }

    @Test
    void aScansGreyedEdgeOfADashedPtvIsHeldBack() throws Exception {
        SyntheticDvh s = VarietyDvhCorpus.make(VarietyDvhCorpus.Style.SCANNED_PRINT, 2).dvh();
        DigitizeResult r = digitise(s);
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("much paler") && w.contains("red dashed")),
                r.warnings().toString());
        SameColourReport.Count c = SameColourReport.measure("scanned_print-2, every curve", List.of(s), true);
        assertEquals(0, c.wrong(), c.wrongOnes().toString());
        assertEquals(10, c.used(), "the ten real curves (both plans' PTV among them) still used: " + c);
    }

    @Test
    void distinctCurvesRunningCloseInACrowdedPlotAreNotShades() throws Exception {
        // Held-out crowded 6: tab10's brown Larynx runs 6 px beside the red Parotid L along 90 % of it,
        // at a third of its chroma: a curve of its own, not on the line and not much lighter.
        SyntheticDvh s = AppLooksCorpus.make(AppLooksCorpus.Look.CROWDED_TAB10, 6).dvh();
        DigitizeResult r = digitise(s);
        assertTrue(r.warnings().stream().noneMatch(w -> w.contains("much paler")), r.warnings().toString());
        TracedCurve brown = r.curves().stream().filter(c -> c.hexColour().equals("#8c564b")).findFirst().orElseThrow();
        assertTrue(used(brown, r), "the brown Larynx is used");
    }
}
