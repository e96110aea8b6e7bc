package org.imrtreview.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.PlanKind;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 3: the overlay's title promises "3D (dashed) vs IMRT (solid)" only when both plans are drawn;
 * a combined picture whose 3D curves were never assigned shows IMRT curves alone and must say so.
 */
class OverlayTitleTest {

    private static DvhCurve curve(String organ, PlanKind plan) {
        return new DvhCurve(organ, "plan", plan, 10, new double[] {0, 20, 40}, new double[] {100, 50, 0}, true,
                "comparison.png");
    }

    @Test
    void bothPlansDrawnIsAComparison() {
        String title = DvhOverlayChart.title(List.of(
                new DvhChartModel.OrganCurves("Heart", List.of(curve("Heart", PlanKind.THREE_D), curve("Heart", PlanKind.IMRT))),
                new DvhChartModel.OrganCurves("Lungs", List.of(curve("Lungs", PlanKind.IMRT)))));
        assertEquals("DVH comparison \u2014 3D (dashed) vs IMRT (solid), 2 organs", title);
    }

    @Test
    void onlyImrtCurvesAreNotCalledAComparison() {
        String title = DvhOverlayChart.title(List.of(
                new DvhChartModel.OrganCurves("Heart", List.of(curve("Heart", PlanKind.IMRT)))));
        assertFalse(title.contains("dashed"), title);
        assertEquals("IMRT plan only \u2014 no 3D-CRT curves exported or assigned, 1 organ", title);
    }

    @Test
    void onlyThreeDCurvesSayTheImrtPlanIsMissing() {
        String title = DvhOverlayChart.title(List.of(
                new DvhChartModel.OrganCurves("Heart", List.of(curve("Heart", PlanKind.THREE_D)))));
        assertEquals("3D-CRT plan only \u2014 no IMRT curves exported or assigned, 1 organ", title);
    }
}
