package org.imrtreview.digitize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Decision 0112: a flat run along the dose axis ends the curve; a still-descending thin tail does not. */
class CurvePointsBaselineTest {
    private static final double FLOOR = 0.2;   // one pixel row, in %
    private static final double MIN_RUN = 0.6; // five pixels, in Gy

    private static List<double[]> points(double[]... p) {
        return new ArrayList<>(List.of(p));
    }

    @Test
    void aLineDrawnOnAlongTheAxisEndsWhereItReachedTheAxis() {
        List<double[]> traced = points(new double[] {50, 3}, new double[] {56.8, 0.21}, new double[] {57.7, 0.12},
                new double[] {60, 0.12}, new double[] {65.2, 0.12});
        List<double[]> cut = CurvePoints.endAtBaseline(traced, FLOOR, MIN_RUN);
        assertEquals(3, cut.size());
        assertEquals(57.7, cut.get(cut.size() - 1)[0], 1e-9);
    }

    @Test
    void aTailStillDescendingWithinTheLastRowIsKept() {
        List<double[]> traced = points(new double[] {50, 3}, new double[] {56, 0.19}, new double[] {60, 0.09},
                new double[] {64, 0.01});
        assertEquals(4, CurvePoints.endAtBaseline(traced, FLOOR, MIN_RUN).size());
    }

    @Test
    void aShortFlatEndIsKept() {
        List<double[]> traced = points(new double[] {50, 3}, new double[] {57.7, 0.12}, new double[] {58.0, 0.12});
        assertEquals(3, CurvePoints.endAtBaseline(traced, FLOOR, MIN_RUN).size());
    }
}
