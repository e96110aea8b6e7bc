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
import org.imrtreview.model.CurveBound;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.Metric;
import org.imrtreview.model.Operator;
import org.imrtreview.model.PlanKind;
import org.imrtreview.model.Quantity;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.SummaryRow;
import org.imrtreview.model.Unit;
import org.junit.jupiter.api.Test;

/**
 * A trace that bridged down onto the 0 % line may have followed another curve's tail there (decision 0329).
 * The trace is the one the digitiser made of PortPy's public `images/dvh-example.png` (a matplotlib figure,
 * tab10, solid vs dotted plans; not committed here, its licence carries the Commons Clause; see
 * src/test/resources/digitize/real/SOURCES.md): the dotted PTV falls just left of the solid one behind a
 * black line at the 60 Gy prescription, was last seen at 2.3 % at 61.0 Gy, and its trace bridged 42 px to
 * the solid PTV's and the lung's tails along the line at 0.6 %, ending at 65.1 Gy. Its Dmax was reported as
 * 65.1 Gy, a point, against the ~61.3 Gy the figure draws: a table giving the right value would have been
 * flagged. It is now the range from where the bridge starts to where the trace ends.
 */
class BridgedOntoTheLineTest {

    /** The figure's frame and axes as read: 116-866 x 33-597 px, 0.15-68.09 Gy, 0.19-99.97 %. */
    private static final Calibration CALIBRATION = Calibration.fromRanges(new PlotFrame(116, 33, 866, 597),
            new AxisRange(0.1498, 68.09), new AxisRange(0.1859, 99.97));

    /** The traced points (dose Gy, volume %), as the digitiser gave them. */
    private static final double[][] TRACED = {{0.15, 99.84}, {58.44, 99.84}, {59.0, 98.7}, {59.5, 95.7}, {59.85, 88.2},
            {60.03, 87.5}, {60.12, 82.8}, {60.16, 25.3}, {60.34, 17.0}, {60.52, 8.7}, {60.71, 2.6}, {60.98, 2.31},
            {64.78, 0.63}, {64.96, 0.63}, {65.06, 0.0}};

    private static TracedCurve traced() {
        double[] dose = new double[TRACED.length];
        double[] volume = new double[TRACED.length];
        for (int i = 0; i < TRACED.length; i++) {
            dose[i] = TRACED[i][0];
            volume[i] = TRACED[i][1];
        }
        // One column per pixel, a 3 px line, except the 42 px the trace bridged (61.0 to 64.8 Gy).
        List<PathColumn> path = new ArrayList<>();
        int first = (int) Math.round(CALIBRATION.column(dose[0]));
        int last = (int) Math.round(CALIBRATION.column(dose[dose.length - 1]));
        int gapFrom = (int) Math.round(CALIBRATION.column(60.98));
        int gapTo = (int) Math.round(CALIBRATION.column(64.78));
        for (int x = first; x <= last; x++) {
            if (x > gapFrom && x < gapTo) {
                continue;
            }
            double here = CALIBRATION.row(CurveMetrics.volumeAt(dose, volume, CALIBRATION.dose(x)));
            double next = CALIBRATION.row(CurveMetrics.volumeAt(dose, volume, CALIBRATION.dose(x + 1)));
            int top = (int) Math.floor(Math.min(here, next)) - 1;
            int bottom = (int) Math.ceil(Math.max(here, next)) + 1;
            path.add(new PathColumn(x, top, Math.max(top + 2, bottom)));
        }
        return new TracedCurve(0x1e76b3, LineStyle.DASHED, dose, volume, path, -1);
    }

    @Test
    void itsDmaxRunsFromWhereTheBridgeStarts() {
        TracedCurve t = traced();
        assertTrue(t.tracedWhole(CALIBRATION), "used as before");
        List<double[]> unseen = t.unseenStretches(CALIBRATION);
        assertEquals(1, unseen.size());
        assertEquals(60.98, unseen.get(0)[0], 0.1);
        double[] dmax = t.dmaxInterval(CALIBRATION);
        assertEquals(60.98, dmax[0], 0.1, "from the bridge's start");
        assertEquals(65.06, dmax[1], 0.01, "to where the trace ends");

        CurveBound bound = DigitizedCurves.bound(t, CALIBRATION);
        assertTrue(CurveMetrics.dmax(bound.lowerDoseGy(), bound.lowerVolumePercent()) <= 61.0, "lower edge ends at the bridge");
        assertTrue(bound.reason().contains("onto the 0 % line"), bound.reason());
    }

    @Test
    void theCrossCheckTakesTheFiguresOwnDmaxAsInsideTheRange() {
        TracedCurve t = traced();
        DigitizeResult r = new DigitizeResult(901, 666, CALIBRATION.frame(), CALIBRATION, List.of(t), List.of(), 0);
        List<DvhCurve> curves = DigitizedCurves.toModel(r,
                List.of(CurveAssignment.byNurse(CurveAssigner.key(t), "PTV", PlanKind.THREE_D)), "dvh-example.png");
        ReviewCase reviewCase = new ReviewCase(Path.of("case"), null, List.of(), null, curves, List.of());
        Constraint max = new Constraint("Max < 66 Gy", Metric.max(), Operator.LT, new Quantity(66, Unit.GY));
        SummaryRow row = new SummaryRow(1, "PTV", max.text(), "protocol", "61.3 Gy", "x", "Yes", "row 2");
        DvhEvidence e = new CurveEvidenceSource(Map.of("PTV", "PTV"), Map.of()).find(reviewCase, row, max, PlanKind.THREE_D)
                .orElseThrow();
        assertTrue(e.isRange(), e.toString());
        assertFalse(DvhTolerance.differs(61.3, e, Unit.GY), "the 61.3 Gy the figure draws is not flagged: " + e);
        assertTrue(DvhTolerance.differs(57.0, e, Unit.GY), "57 Gy, before the curve even left 80 %, still is: " + e);
    }
}
