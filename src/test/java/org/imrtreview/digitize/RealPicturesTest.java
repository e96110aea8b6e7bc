package org.imrtreview.digitize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * DVH pictures drawn by programs no one here wrote (src/test/resources/digitize/real, SOURCES.md),
 * scored against the numbers their repositories publish with them. Legend OCR is not needed here,
 * so it is off.
 */
class RealPicturesTest {
    private static final Path DIR = Path.of("src/test/resources/digitize/real");
    private final DvhImageDigitizer digitizer = new DvhImageDigitizer(org.imrtreview.ocr.TextReader.unavailable("test"));

    private DigitizeResult read(String file) throws Exception {
        return digitizer.digitize(DIR.resolve(file), DigitizeOptions.automatic());
    }

    private static TracedCurve byHue(DigitizeResult r, int rgb) {
        return r.curves().stream().filter(c -> AccuracyReport.hueDistance(c.rgb(), rgb) <= 25)
                .min(Comparator.comparingDouble(c -> RgbImage.distance(c.rgb(), rgb))).orElse(null);
    }

    @Test
    void matRadFigureWithAMinorGridIsFramedOnItsAxesNotOnGridLines() throws Exception {
        // Before issue 16 the frame sat on the 0.4 Gy / 15 % grid lines and 2 of 3 curves were lost.
        DigitizeResult r = read("matrad-dvh-minor-grid.png");
        Calibration c = r.calibration();
        assertTrue(c.trustworthy(), c.note());
        assertEquals(0, c.doseAtLeft(), 0.03, AutoCalibrator.describe(c));
        assertEquals(0, c.volumeAtBottom(), 1.0, AutoCalibrator.describe(c));
        // The table printed under the plot: BODY max 1.7927 Gy, OuterTarget max 1.7692 Gy, D_50 1.6623 Gy.
        TracedCurve body = byHue(r, 0xaa00ff);
        TracedCurve target = byHue(r, 0xffff55);
        assertNotNull(body, r.curves().toString());
        assertNotNull(target, r.curves().toString());
        assertTrue(body.tracedWhole(c) && target.tracedWhole(c), r.warnings().toString());
        double[] bodyDmax = body.dmaxInterval(c);
        assertTrue(bodyDmax[0] - 0.03 <= 1.7927 && 1.7927 <= bodyDmax[1] + 0.03, bodyDmax[0] + "-" + bodyDmax[1]);
        double[] targetDmax = target.dmaxInterval(c);
        assertTrue(targetDmax[0] - 0.03 <= 1.7692 && 1.7692 <= targetDmax[1] + 0.03, targetDmax[0] + "-" + targetDmax[1]);
        org.imrtreview.model.DvhCurve model = new org.imrtreview.model.DvhCurve("OuterTarget", "p", null, Double.NaN,
                target.doseGy(), target.volumePercent(), true, "f");
        assertEquals(1.6623, org.imrtreview.dvh.DvhMetrics.doseAtVolumePercent(model, 50), 0.03);
    }

    @Test
    void dicompylerWindowIsReadInCentigrayWithItsMaxDose() throws Exception {
        DigitizeResult r = read("dicompyler-lt-lung-cgy.png");
        assertTrue(r.calibration().trustworthy(), r.calibration().note());
        assertTrue(r.calibration().note().contains("cGy"), r.calibration().note());
        assertEquals(1, r.curves().size(), r.curves().toString());
        TracedCurve lung = r.curves().get(0);
        // The window's own panel: Max Dose 90.878 % of 1400 cGy = 12.72 Gy; 2.819 % receives 30 % (4.2 Gy).
        assertEquals(12.72, CurveMetrics.dmax(lung.doseGy(), lung.volumePercent()), 0.3);
        assertEquals(2.819, CurveMetrics.volumeAt(lung.doseGy(), lung.volumePercent(), 4.2), 1.0);
    }

    @Test
    void seabornDarkgridInCubicCentimetresIsTracedButHeldBack() throws Exception {
        DigitizeResult r = read("dicompyler-core-darkgrid-cc.png");
        assertEquals(2, r.curves().size(), r.curves().toString());
        assertFalse(r.calibration().trustworthy(), r.calibration().note());
        assertTrue(DigitizedCurves.toModel(r, List.of(), "dvh.png").isEmpty());
        // The dose axis runs to the panel's edge beyond the 12 Gy label, not to a grid line.
        assertTrue(r.calibration().doseAtRight() > 13, AutoCalibrator.describe(r.calibration()));
    }

    @Test
    void matplotlibWindowInCubicCentimetresIsTracedWholeButHeldBack() throws Exception {
        // PyPlanScoring's documentation figure: a Qt matplotlib window (toolbar, title, legend box), one
        // curve of "Cone_30_0", volume in cc (ticks 0.0-3.5), dose ticks 0-25 Gy, the curve ending just
        // before 28 Gy (pixel 557 of the 84-580 frame).
        DigitizeResult r = read("pyplanscoring-cone-cc.png");
        assertEquals(1, r.curves().size(), r.curves().toString());
        Calibration c = r.calibration();
        assertEquals(CalibrationSource.TICK_LABELS, c.doseSource(), c.note());
        assertFalse(c.trustworthy(), "a cc axis is held back for the nurse: " + c.note());
        assertEquals(3.82, c.volumeAtTop(), 0.05, AutoCalibrator.describe(c));
        assertEquals(-0.18, c.volumeAtBottom(), 0.05, AutoCalibrator.describe(c));
        assertTrue(DigitizedCurves.toModel(r, List.of(), "dvh.png").isEmpty(), "not used before the nurse confirms");
        TracedCurve cone = r.curves().get(0);
        assertTrue(cone.tracedWhole(c), r.warnings().toString());
        double[] dmax = cone.dmaxInterval(c);
        assertTrue(dmax[0] >= 27.0 && dmax[1] <= 28.6 && dmax[0] <= dmax[1], dmax[0] + "-" + dmax[1]);
        assertEquals(0, cone.doseGy()[0], 0.05, "the plateau starts at 0 Gy");
    }

    @Test
    void slicerRtModulePanelWithATableIsRefusedBeforeAnyCurveIsTraced() {
        // SlicerRT's DVH module panel: a table of structures (Windows ClearType text whose colour fringes
        // look like short coloured strokes), no plot. Before decision 0271 its rows were traced as 7
        // "dashed curves" (not used, but shown); now the rows of text and the missing tick numbers refuse it.
        NotADvhPlotException e = org.junit.jupiter.api.Assertions.assertThrows(NotADvhPlotException.class,
                () -> read("slicerrt-dvh-module-table.png"));
        assertTrue(e.getMessage().contains("rows of text") && e.getMessage().contains("table"), e.getMessage());
    }

    @Test
    void slicerRtThumbnailIsRefused() {
        // a 120 x 101 thumbnail of a 3D view and a DVH chart
        NotADvhPlotException e = org.junit.jupiter.api.Assertions.assertThrows(NotADvhPlotException.class,
                () -> read("slicerrt-dvh-viewers-thumbnail.png"));
        assertNotNull(e.getMessage());
    }
}
