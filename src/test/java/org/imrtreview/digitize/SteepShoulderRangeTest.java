package org.imrtreview.digitize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.imrtreview.evaluate.CurveEvidenceSource;
import org.imrtreview.evaluate.DvhEvidence;
import org.imrtreview.evaluate.DvhTolerance;
import org.imrtreview.model.Constraint;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.Metric;
import org.imrtreview.model.Operator;
import org.imrtreview.model.PlanKind;
import org.imrtreview.model.Quantity;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.SummaryRow;
import org.imrtreview.model.Unit;
import org.imrtreview.ocr.TextReader;
import org.junit.jupiter.api.Test;

/**
 * On a PTV's steep shoulder a fraction of a gray is many points of volume (decision 0328). Accuracy corpus
 * picture 31 (Java2D, open axes, 1200x800 PNG, 1-px lines, 3D dashed vs IMRT solid): the dashed PTV's trace
 * lies a few pixels off the drawn shoulder, so its V at a tenth of the dose axis there is 6 points off the
 * truth, beyond the digitised tolerance (3 points). Read as a point, a table stating the true value would be
 * flagged DVH_TABLE_MISMATCH. Each point is now read to half the line's width plus a pixel of dose either
 * side, so V there is a range: the true value is not flagged, a value far outside still is, and on the
 * plateau the range stays a point's width.
 */
class SteepShoulderRangeTest {

    @Test
    void aVolumeOnASteepShoulderIsARangeThatHoldsTheTruth() throws Exception {
        SyntheticDvh s = SyntheticDvhCorpus.make(31);
        DigitizeResult r = new DvhImageDigitizer(TextReader.unavailable("not needed"))
                .digitize(s.image(), DigitizeOptions.automatic());
        TrueCurve ptv = s.curves().stream().filter(t -> t.name().startsWith("PTV") && t.dashed()).findFirst()
                .orElseThrow();
        TracedCurve traced = LooksReport.nearest(ptv, r.curves());
        assertTrue(traced != null && traced.tracedWhole(r.calibration()), "traced whole and used");

        // The tenth of the dose axis where the traced line is farthest from the truth: on the shoulder.
        double worstAt = Double.NaN;
        double worstOff = 0;
        for (int k = 1; k <= 9; k++) {
            double at = s.doseAxisMax() * k / 10.0;
            double off = Math.abs(CurveMetrics.volumeAt(traced.doseGy(), traced.volumePercent(), at) - ptv.volumeAt(at));
            if (at < ptv.dmax() && off > worstOff) {
                worstOff = off;
                worstAt = at;
            }
        }
        double truth = ptv.volumeAt(worstAt);
        assertTrue(worstOff > 5, "the traced point is off by more than the tolerance: " + worstOff + " pp at " + worstAt);
        assertTrue(truth > 5 && truth < 95, "on the shoulder: " + truth + " % at " + worstAt + " Gy");

        int index = r.curves().indexOf(traced);
        List<CurveAssignment> assignments = new ArrayList<>();
        for (TracedCurve c : r.curves()) {
            assignments.add(c == traced ? CurveAssignment.byNurse(CurveAssigner.key(c), "PTV", PlanKind.THREE_D)
                    : CurveAssignment.unassigned(CurveAssigner.key(c)));
        }
        List<DvhCurve> curves = DigitizedCurves.toModel(r, assignments, "dvh.png");
        assertTrue(curves.stream().anyMatch(c -> c.structure().equals("PTV")), "assigned curve " + index + " in the case");
        ReviewCase reviewCase = new ReviewCase(Path.of("case"), null, List.of(), null, curves, List.of());
        // (the nurse's mapping of the row's organ to the structure she named)

        String dose = Metric.number(Math.round(worstAt * 10) / 10.0);
        Constraint coverage = new Constraint("V" + dose + "Gy > 50 %", Metric.volumeAtDose(worstAt, Unit.PERCENT),
                Operator.GT, new Quantity(50, Unit.PERCENT));
        SummaryRow row = new SummaryRow(1, "PTV", coverage.text(), "protocol", "x", "x", "Yes", "row 2");
        DvhEvidence e = new CurveEvidenceSource(Map.of("PTV", "PTV"), Map.of()).find(reviewCase, row, coverage, PlanKind.THREE_D).orElseThrow();
        assertTrue(e.digitised() && e.isRange(), e.toString());
        assertTrue(e.uncertainty().contains("curve is steep"), e.uncertainty());
        assertTrue(e.high() - e.low() > 4, "a range of several points on the shoulder: " + e);
        assertFalse(DvhTolerance.differs(truth, e, Unit.PERCENT), "the true " + truth + " % is not flagged: " + e);
        assertTrue(DvhTolerance.differs(Math.min(100, e.high() + 15), e, Unit.PERCENT), "15 points above it is: " + e);
        assertTrue(DvhTolerance.differs(Math.max(0, e.low() - 15), e, Unit.PERCENT), "15 points below it is: " + e);

        // On the plateau, where the curve is level, the range is a point's width.
        double plateau = ptv.volumeAt(s.doseAxisMax() * 0.1) >= 99.9 ? s.doseAxisMax() * 0.1 : Double.NaN;
        Constraint low = new Constraint("V" + Metric.number(plateau) + "Gy > 95 %", Metric.volumeAtDose(plateau, Unit.PERCENT),
                Operator.GT, new Quantity(95, Unit.PERCENT));
        DvhEvidence flat = new CurveEvidenceSource(Map.of("PTV", "PTV"), Map.of()).find(reviewCase, row, low, PlanKind.THREE_D).orElseThrow();
        assertEquals(flat.low(), flat.high(), 0.5, flat.toString());
    }
}
