package org.imrtreview.digitize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalibrationTest {
    private static final PlotFrame FRAME = new PlotFrame(100, 50, 900, 450);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0:80      | 0    | 80
            0 : 100   | 0    | 100
            0,7500    | 0    | 7500
            0-80      | 0    | 80
            10.5:62.5 | 10.5 | 62.5
            """)
    void axisRangesAreReadInTheUsualSpellings(String text, double from, double to) {
        AxisRange r = AxisRange.parse(text);
        assertEquals(from, r.from());
        assertEquals(to, r.to());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            80
            a:b
            5:5
            ''
            """)
    void malformedAxisRangesAreRefusedWithTheExpectedForm(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AxisRange.parse(text));
        assertTrue(e.getMessage().contains("0:80") || e.getMessage().contains("different"), e.getMessage());
    }

    @Test
    void userRangesMapTheFrameEdgesToTheGivenValues() {
        Calibration c = Calibration.fromRanges(FRAME, new AxisRange(0, 80), new AxisRange(0, 100));
        assertEquals(0, c.dose(100), 1e-9);
        assertEquals(80, c.dose(900), 1e-9);
        assertEquals(40, c.dose(500), 1e-9);
        assertEquals(0, c.volume(450), 1e-9);
        assertEquals(100, c.volume(50), 1e-9);
        assertEquals(500, c.column(40), 1e-9);
        assertTrue(c.trustworthy());
    }

    @Test
    void twoClickedPointsPerAxisAreExtrapolatedToTheFrameEdges() {
        // The nurse clicks the 10 Gy and 50 Gy ticks and the 20 % and 80 % ticks.
        Calibration c = Calibration.fromPoints(FRAME, 200, 10, 600, 50, 370, 20, 130, 80);
        assertEquals(0, c.doseAtLeft(), 1e-9);
        assertEquals(80, c.doseAtRight(), 1e-9);
        assertEquals(0, c.volumeAtBottom(), 1e-9);
        assertEquals(100, c.volumeAtTop(), 1e-9);
    }

    @Test
    void givenRangesOverrideWhatTheTickLabelsSay() throws NotADvhPlotException {
        SyntheticDvh s = SyntheticDvhCorpus.make(12);
        DigitizeResult auto = new DvhImageDigitizer().digitize(s.image(), DigitizeOptions.automatic());
        assertEquals(CalibrationSource.TICK_LABELS, auto.calibration().doseSource());
        assertEquals(s.doseAxisMax(), auto.calibration().doseAtRight(), 0.01 * s.doseAxisMax());
        DigitizeResult given = new DvhImageDigitizer().digitize(s.image(),
                new DigitizeOptions(new AxisRange(0, 2 * s.doseAxisMax()), null, List.of()));
        assertEquals(CalibrationSource.USER, given.calibration().doseSource());
        assertEquals(2 * s.doseAxisMax(), given.calibration().doseAtRight(), 1e-9);
    }

    @Test
    void recalibratingRescalesTheTracedCurvesWithoutRetracing() throws NotADvhPlotException {
        SyntheticDvh s = SyntheticDvhCorpus.make(12);
        DigitizeResult auto = new DvhImageDigitizer().digitize(s.image(), DigitizeOptions.automatic());
        Calibration doubled = auto.calibration().withDoseRange(
                new AxisRange(2 * auto.calibration().doseAtLeft(), 2 * auto.calibration().doseAtRight()));
        DigitizeResult re = DvhImageDigitizer.recalibrate(auto, doubled);
        TracedCurve before = auto.curves().get(0);
        TracedCurve after = re.curves().get(0);
        assertEquals(2 * CurveMetrics.dmax(before.doseGy(), before.volumePercent()),
                CurveMetrics.dmax(after.doseGy(), after.volumePercent()), 0.05);
    }

    @Test
    void isotonicFitNeverRisesAndKeepsAPlateauAboveOneNoisyPixel() {
        double[] fitted = Isotonic.nonIncreasing(new double[] {100, 100, 99.6, 100, 100, 80, 81, 60, 0});
        for (int i = 1; i < fitted.length; i++) {
            assertTrue(fitted[i] <= fitted[i - 1], "rises at " + i);
        }
        assertTrue(fitted[1] > 99.8, "a running minimum would drag the plateau to 99.6");
    }
}
