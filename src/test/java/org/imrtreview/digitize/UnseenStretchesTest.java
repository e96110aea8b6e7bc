package org.imrtreview.digitize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.imrtreview.model.CurveBound;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.ocr.TextReader;
import org.junit.jupiter.api.Test;

/**
 * Stretches a trace bridged without seeing the curve are ranges (decision 0309). On variety scanned_print-2
 * (a tilted scan, 10 curves) the dashed orange Parotid R runs under the dashed green SpinalCord from 1 to 16 Gy;
 * its trace bridged that stretch with a straight line, 5.3 points under the curve's true, bowed course, and was
 * used. Its volumes there are now the range between level and straight down, which holds the truth.
 */
class UnseenStretchesTest {

    @Test
    void aBridgedStretchGivesEveryVolumeInItAsARangeHoldingTheTruth() throws Exception {
        SyntheticDvh s = VarietyDvhCorpus.make(VarietyDvhCorpus.Style.SCANNED_PRINT, 2).dvh();
        DigitizeResult r = new DvhImageDigitizer(TextReader.unavailable("not needed"))
                .digitize(s.image(), DigitizeOptions.automatic());
        TrueCurve parotid = s.curves().stream().filter(t -> t.name().equals("Parotid R") && t.dashed())
                .findFirst().orElseThrow();
        TracedCurve traced = LooksReport.nearest(parotid, r.curves());
        assertTrue(traced != null && traced.tracedWhole(r.calibration()), "traced whole and used");
        List<double[]> unseen = traced.unseenStretches(r.calibration());
        assertFalse(unseen.isEmpty(), "a stretch bridged");
        CurveBound bound = DigitizedCurves.bound(traced, r.calibration());
        assertTrue(bound != null && bound.hasLowerEdge(), "both edges");
        double worstTraced = 0;
        for (double at = 2; at < 16; at += 1) {
            double truth = parotid.volumeAt(at);
            double got = CurveMetrics.volumeAt(traced.doseGy(), traced.volumePercent(), at);
            double high = CurveMetrics.volumeAt(bound.doseGy(), bound.volumePercent(), at);
            double low = CurveMetrics.volumeAt(bound.lowerDoseGy(), bound.lowerVolumePercent(), at);
            worstTraced = Math.max(worstTraced, Math.abs(got - truth));
            assertTrue(low - 3 <= truth && truth <= high + 3, at + " Gy: true " + truth + " outside " + low + "-" + high);
        }
        assertTrue(worstTraced > 4, "the straight bridge itself is off: " + worstTraced);

        DvhCurve model = DigitizedCurves.toModel(r, List.of(), "scan.jpg").stream()
                .filter(c -> c.planName().contains(traced.describe())).findFirst().orElseThrow();
        assertTrue(model.lowerBoundCurve().isPresent() && model.bound().reason().contains("not seen"),
                String.valueOf(model.bound()));
    }

    @Test
    void aCurveSeenWholeHasNoUnseenStretchAndOnlyThePixelBand() throws Exception {
        // Seen whole: no stretch is a range; its edges are only the line read to a pixel or so of dose
        // either side (decision 0328), so on flat parts the two nearly meet.
        SyntheticDvh s = VarietyDvhCorpus.make(VarietyDvhCorpus.Style.DOSE_CGY, 0).dvh();
        DigitizeResult r = new DvhImageDigitizer(TextReader.unavailable("not needed"))
                .digitize(s.image(), DigitizeOptions.automatic());
        double gyPerPixel = r.calibration().doseSpan() / r.calibration().frame().width();
        for (TracedCurve c : r.curves()) {
            assertEquals(List.of(), c.unseenStretches(r.calibration()), c.describe());
            CurveBound bound = DigitizedCurves.bound(c, r.calibration());
            assertFalse(bound.reason().contains("not seen") || bound.reason().contains("hidden"), bound.reason());
            double read = DigitizedCurves.doseReadGy(c, r.calibration());
            assertTrue(read >= 1.5 * gyPerPixel && read <= 5 * gyPerPixel, c.describe() + ": ±" + read + " Gy");
            double dmax = CurveMetrics.dmax(c.doseGy(), c.volumePercent());
            assertEquals(dmax + read, CurveMetrics.dmax(bound.doseGy(), bound.volumePercent()), 1e-9, c.describe());
            assertEquals(dmax - read, CurveMetrics.dmax(bound.lowerDoseGy(), bound.lowerVolumePercent()), 1e-9, c.describe());
        }
    }
}
