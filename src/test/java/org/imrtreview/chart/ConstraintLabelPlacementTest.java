package org.imrtreview.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 3: the overlay's constraint labels neither overlap nor run off the plot. Sample 02 at 1366 px
 * had "Parotid (contralateral) Dmean &lt; 26 Gy" (line at 26 Gy) run under "Larynx Dmean &lt; 44 Gy" in the same
 * row: lines 18 Gy apart counted as apart, while the label was ~230 px wide on a ~570 px plot.
 */
class ConstraintLabelPlacementTest {

    /** Sample 02's four dose lines on an 80 Gy axis, labels 230, 180, 190 and 180 px wide on a 480 px plot. */
    private static final double[] AT = {26, 44, 45, 54};
    private static final double[] WIDTH = {230 * 80 / 480.0, 180 * 80 / 480.0, 190 * 80 / 480.0, 180 * 80 / 480.0};

    @Test
    void labelsInOneRowNeverOverlapAndNoneLeavesThePlot() {
        List<DvhOverlayChart.LabelPlace> places = DvhOverlayChart.placeDoseLabels(AT, WIDTH, 80);
        for (int i = 0; i < AT.length; i++) {
            double[] a = extent(i, places.get(i));
            assertTrue(a[0] >= 0 && a[1] <= 80, "label " + i + " inside the plot: " + a[0] + "–" + a[1]);
            for (int j = 0; j < i; j++) {
                double[] b = extent(j, places.get(j));
                if (places.get(i).row() == places.get(j).row()) {
                    assertFalse(a[0] < b[1] && b[0] < a[1], "labels " + j + " and " + i + " overlap in row " + places.get(i).row());
                }
            }
        }
        assertTrue(places.get(0).right(), "Parotid's label reads right of its line, as before");
        assertEquals(0, places.get(0).row());
        assertTrue(places.get(1).row() > 0, "Larynx's label no longer shares Parotid's row: " + places);
    }

    @Test
    void aLabelNearTheRightEdgeGoesLeftOfItsLine() {
        List<DvhOverlayChart.LabelPlace> places = DvhOverlayChart.placeDoseLabels(new double[] {70}, new double[] {20}, 80);
        assertFalse(places.get(0).right());
        assertEquals(0, places.get(0).row());
    }

    @Test
    void farApartLabelsShareTheTopRow() {
        List<DvhOverlayChart.LabelPlace> places = DvhOverlayChart.placeDoseLabels(new double[] {10, 50}, new double[] {15, 15}, 80);
        assertEquals(0, places.get(0).row());
        assertEquals(0, places.get(1).row());
    }

    private static double[] extent(int i, DvhOverlayChart.LabelPlace p) {
        return p.right() ? new double[] {AT[i], AT[i] + WIDTH[i]} : new double[] {AT[i] - WIDTH[i], AT[i]};
    }
}
