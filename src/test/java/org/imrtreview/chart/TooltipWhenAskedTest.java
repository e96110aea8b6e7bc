package org.imrtreview.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.PlanKind;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.junit.jupiter.api.Test;

/**
 * Decision 0391: drawing the overlay (as the window's chart canvas does, with its entities for tooltips) makes
 * no tooltip text; a point's text is made when the chart asks for it, and it is the generator's text
 * ("Heart (IMRT): 20.0 Gy, 50.0 %"), as before.
 */
class TooltipWhenAskedTest {

    private static DvhCurve curve(String organ, PlanKind plan, double scale) {
        int n = 200;
        double[] dose = new double[n];
        double[] volume = new double[n];
        for (int i = 0; i < n; i++) {
            dose[i] = i * 0.3 * scale;
            volume[i] = 100.0 * (n - 1 - i) / (n - 1);
        }
        return new DvhCurve(organ, "plan", plan, 10, dose, volume, false, null);
    }

    @Test
    void drawingMakesNoTooltipTextAndAskingMakesTheGeneratorsText() {
        DvhChartModel model = new DvhChartModel(List.of(
                new DvhChartModel.OrganCurves("Heart", List.of(curve("Heart", PlanKind.THREE_D, 1), curve("Heart", PlanKind.IMRT, 0.8))),
                new DvhChartModel.OrganCurves("Lungs", List.of(curve("Lungs", PlanKind.IMRT, 0.5)))), List.of());
        JFreeChart chart = DvhOverlayChart.create(model, DvhOverlayChart.title(model.organs()));
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) chart.getXYPlot().getRenderer();
        XYToolTipGenerator standard = renderer.getDefaultToolTipGenerator();
        assertTrue(standard instanceof StandardXYToolTipGenerator, "the overlay's tooltips are the standard generator's");
        AtomicInteger made = new AtomicInteger();
        renderer.setDefaultToolTipGenerator((dataset, series, item) -> {
            made.incrementAndGet();
            return standard.generateToolTip(dataset, series, item);
        });

        // drawn as the window's canvas draws it: with rendering info, so every point gets an entity
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        chart.draw(g, new Rectangle2D.Double(0, 0, 1200, 800), null, info);
        g.dispose();
        List<XYItemEntity> points = new ArrayList<>();
        for (Object e : info.getEntityCollection().getEntities()) {
            if (e instanceof XYItemEntity p) {
                points.add(p);
            }
        }
        assertTrue(points.size() >= 600, "every point of the three curves is an entity: " + points.size());
        assertEquals(0, made.get(), "no tooltip text is made while the chart is drawn");

        XYItemEntity point = points.get(points.size() / 2);
        String text = ((ChartEntity) point).getToolTipText();
        assertEquals(standard.generateToolTip(point.getDataset(), point.getSeriesIndex(), point.getItem()), text);
        assertTrue(text.matches(".+: \\d+\\.\\d{1,2} Gy, \\d+\\.\\d{1,2} %"), text);
        assertEquals(text, point.getToolTipText(), "asked again: the same text");
        assertEquals(1, made.get(), "made once, when asked");
    }
}
