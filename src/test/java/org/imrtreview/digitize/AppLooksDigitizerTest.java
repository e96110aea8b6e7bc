package org.imrtreview.digitize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.imrtreview.evaluate.DvhTolerance;
import org.imrtreview.model.Unit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The digitiser on looks no one here drew it for (issue 16, {@link AppLooksCorpus}): grey panels
 * without axis lines, a minor grid with curves covering the axes, spreadsheet charts without a
 * vertical axis line, a plot in a browser card, a palette that repeats over 12-14 curves, and
 * pictures that are not plots at all.
 */
class AppLooksDigitizerTest {
    private static LooksReport report;

    @BeforeAll
    static void digitiseAllLooks() {
        report = LooksReport.run(AppLooksCorpus.corpus(3));
    }

    private static List<LooksReport.Row> rows(AppLooksCorpus.Look look) {
        return report.rows.stream().filter(r -> r.picture().look() == look).toList();
    }

    @ParameterizedTest
    @EnumSource(value = AppLooksCorpus.Look.class, names = {"TABLE_SCREENSHOT", "FORM_SCREENSHOT", "TABLE_SUBPIXEL"},
            mode = EnumSource.Mode.EXCLUDE)
    void everyPlotLookIsCalibratedFromItsTickLabelsAndEveryCurveFound(AppLooksCorpus.Look look) {
        for (LooksReport.Row r : rows(look)) {
            assertTrue(r.trusted(), r.picture().dvh().name() + ": " + r.outcome() + "\n" + report.table());
            assertEquals(r.known(), r.found(), r.picture().dvh().name() + "\n" + report.table());
            assertEquals(0, r.spurious(), r.picture().dvh().name() + "\n" + report.table());
            assertEquals(0, r.confidentWrong(), r.picture().dvh().name() + "\n" + report.table());
            assertTrue(AccuracyReport.median(r.volumeErrors()) <= 0.5, r.picture().dvh().name() + "\n" + report.table());
        }
    }

    @Test
    void theFrameIsThePlotNotAGridLineOrTheCardAroundIt() {
        for (AppLooksCorpus.Look look : List.of(AppLooksCorpus.Look.MATLAB_MINOR_GRID, AppLooksCorpus.Look.BROWSER_CARD,
                AppLooksCorpus.Look.EXCEL_CHART)) {
            for (LooksReport.Row r : rows(look)) {
                Calibration c = r.result().calibration();
                // The dose axis starts at (or just before) 0 and the volume axis at (or just below) 0 %.
                assertTrue(c.doseAtLeft() <= 0.5 && c.doseAtLeft() >= -0.08 * c.doseSpan(), r.picture().dvh().name()
                        + " " + AutoCalibrator.describe(c));
                assertTrue(c.volumeAtBottom() <= 0.5 && c.volumeAtBottom() >= -8, r.picture().dvh().name() + " "
                        + AutoCalibrator.describe(c));
                assertTrue(c.volumeAtTop() >= 99, r.picture().dvh().name() + " " + AutoCalibrator.describe(c));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = AppLooksCorpus.Look.class, names = {"TABLE_SCREENSHOT", "FORM_SCREENSHOT", "TABLE_SUBPIXEL"})
    void picturesThatAreNotPlotsAreRefusedWithAReason(AppLooksCorpus.Look look) {
        for (LooksReport.Row r : rows(look)) {
            assertNull(r.result(), r.picture().dvh().name() + " gave curves: " + r.outcome());
            assertTrue(r.outcome().contains("not a DVH"), r.outcome());
        }
    }

    @Test
    void noUsedCurveWouldRaiseAFalseMismatchOnItsDmax() {
        // The cross-check compares the table's Dmax with the digitised one (or its range, when the
        // tail is hidden): the true Dmax must never lie outside that range by more than the tolerance.
        for (LooksReport.Row r : report.rows) {
            if (r.result() == null || !r.trusted()) {
                continue;
            }
            for (TrueCurve truth : r.picture().dvh().curves()) {
                TracedCurve t = LooksReport.nearest(truth, r.result().curves());
                if (t == null || !t.tracedWhole(r.result().calibration())) {
                    continue;
                }
                double[] range = t.dmaxInterval(r.result().calibration());
                double nearest = Math.max(range[0], Math.min(range[1], truth.dmax()));
                assertTrue(Math.abs(nearest - truth.dmax()) <= DvhTolerance.digitisedTolerance(truth.dmax(), nearest,
                        Unit.GY), r.picture().dvh().name() + " " + truth.name() + " Dmax " + truth.dmax() + " read "
                        + range[0] + "-" + range[1]);
            }
        }
    }

    @Test
    void continuousFallTellsACurveFromASwatch() {
        List<PathColumn> falling = new java.util.ArrayList<>();
        for (int x = 0; x < 100; x++) {
            falling.add(new PathColumn(x, 10 + x, 12 + x));
        }
        List<PathColumn> swatches = List.of(new PathColumn(0, 10, 24), new PathColumn(1, 10, 24),
                new PathColumn(40, 50, 52), new PathColumn(41, 50, 52), new PathColumn(42, 50, 52));
        assertEquals(99, DvhImageDigitizer.continuousFall(falling), 1);
        assertEquals(0, DvhImageDigitizer.continuousFall(swatches), 0.001);
    }
}
