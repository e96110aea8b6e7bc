package org.imrtreview.dvh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.Metric;
import org.imrtreview.model.MetricKind;
import org.imrtreview.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Analytic curves with hand-computed answers. The "ramp" is a structure of 200 cc whose dose is
 * uniform between 10 and 50 Gy: V(d) = 100 % up to 10 Gy, falling linearly to 0 % at 50 Gy.
 * Then Dmean = 30, Dmin = 10, Dmax = 50, Dx% = 50 − 0.4·x, Vd = (50 − d)·2.5 %, and 1 % = 2 cc.
 */
class DvhMetricsTest {

    private static final DvhCurve RAMP = curve(200, new double[] {0, 10, 50}, new double[] {100, 100, 0});

    /** Step curve: half the structure at exactly 20 Gy, half at 60 Gy, sampled on a 1 Gy grid. */
    private static DvhCurve twoLevels() {
        double[] d = new double[71];
        double[] v = new double[71];
        for (int i = 0; i <= 70; i++) {
            d[i] = i;
            v[i] = i <= 20 ? 100 : i <= 60 ? 50 : 0;
        }
        return curve(80, d, v);
    }

    private static DvhCurve curve(double cc, double[] d, double[] v) {
        return new DvhCurve("Test", "IMRT", null, cc, d, v, false, "test.txt");
    }

    private static double value(DvhCurve c, Metric m) {
        MetricValue v = DvhMetrics.compute(c, m, 60.0);
        assertTrue(v.present(), () -> m.tg263() + ": " + v.problem());
        return v.value();
    }

    @Test
    void rampHasExactMinMaxMean() {
        assertEquals(10.0, value(RAMP, Metric.min()), 1e-12);
        assertEquals(50.0, value(RAMP, Metric.max()), 1e-12);
        assertEquals(30.0, value(RAMP, Metric.mean()), 1e-12);
    }

    @ParameterizedTest(name = "D{0}% = {1} Gy")
    @CsvSource(textBlock = """
            0,    50
            2,    49.2
            50,   30
            95,   12
            100,  10
            """)
    void rampDoseAtPercentVolumeIsLinear(double percent, double gy) {
        assertEquals(gy, value(RAMP, Metric.doseAtVolume(percent, Unit.PERCENT)), 1e-9);
    }

    @ParameterizedTest(name = "D{0}cc = {1} Gy")
    @CsvSource(textBlock = """
            0.03, 49.994
            2,    49.6
            100,  30
            200,  10
            """)
    void rampDoseAtCcUsesTheStructureVolume(double cc, double gy) {
        assertEquals(gy, value(RAMP, Metric.doseAtVolume(cc, Unit.CC)), 1e-9);
    }

    @ParameterizedTest(name = "V{0}Gy = {1} % = {2} cc")
    @CsvSource(textBlock = """
            0,   100,  200
            10,  100,  200
            20,  75,   150
            45,  12.5, 25
            50,  0,    0
            70,  0,    0
            """)
    void rampVolumeAtDoseInPercentAndCc(double gy, double percent, double cc) {
        assertEquals(percent, value(RAMP, Metric.volumeAtDose(gy, Unit.PERCENT)), 1e-9);
        assertEquals(cc, value(RAMP, Metric.volumeAtDose(gy, Unit.CC)), 1e-9);
    }

    @Test
    void volumeAtDoseWrittenInCgyIsConverted() {
        Metric v2000cGy = new Metric(MetricKind.VOLUME_AT_DOSE, 2000.0, Unit.CGY, Unit.PERCENT);
        assertEquals(75.0, value(RAMP, v2000cGy), 1e-9);
    }

    @Test
    void doseResultCanBeAskedInCgyOrPercentOfPrescription() {
        assertEquals(5000.0, value(RAMP, new Metric(MetricKind.MAX, null, null, Unit.CGY)), 1e-9);
        // Prescription 60 Gy: 30 Gy mean is 50 % of it.
        assertEquals(50.0, value(RAMP, new Metric(MetricKind.MEAN, null, null, Unit.PERCENT)), 1e-9);
    }

    @Test
    void v95PercentOfPrescriptionUsesThePrescription() {
        // 95 % of 60 Gy = 57 Gy → ramp volume 0.
        Metric v95 = new Metric(MetricKind.VOLUME_AT_DOSE, 95.0, Unit.PERCENT, Unit.PERCENT);
        assertEquals(0.0, value(RAMP, v95), 1e-9);
        assertFalse(DvhMetrics.compute(RAMP, v95, null).present());
    }

    @Test
    void complementMetrics() {
        // DC20%: highest dose in the coldest 20 % = D80% = 18 Gy; CV20Gy = 100 − 75 = 25 %.
        assertEquals(18.0, value(RAMP, new Metric(MetricKind.DOSE_COMPLEMENT, 20.0, Unit.PERCENT, Unit.GY)), 1e-9);
        assertEquals(25.0, value(RAMP, new Metric(MetricKind.VOLUME_COMPLEMENT, 20.0, Unit.GY, Unit.PERCENT)), 1e-9);
    }

    @Test
    void stepCurvePlateausAnswerWithTheHighestDoseStillCovered() {
        DvhCurve c = twoLevels();
        assertEquals(20.0, value(c, Metric.min()), 1e-12);
        assertEquals(61.0, value(c, Metric.max()), 1e-12, "zero volume first reached at 61 Gy");
        // D50% on the plateau: the highest dose where 50 % is still covered.
        assertEquals(60.0, value(c, Metric.doseAtVolume(50, Unit.PERCENT)), 1e-12);
        assertEquals(50.0, value(c, Metric.volumeAtDose(40, Unit.PERCENT)), 1e-12);
        // The line puts half the volume uniformly in 20–21 Gy and half in 60–61 Gy: mean 40.5 Gy.
        assertEquals(40.5, value(c, Metric.mean()), 1e-12);
    }

    @Test
    void ccMetricsWithoutStructureVolumeSayWhy() {
        DvhCurve noVolume = new DvhCurve("Rectum", "IMRT", null, Double.NaN, new double[] {0, 50}, new double[] {100, 0},
                false, "x");
        MetricValue v = DvhMetrics.compute(noVolume, Metric.doseAtVolume(0.03, Unit.CC), null);
        assertFalse(v.present());
        assertTrue(v.problem().contains("structure volume"), v.problem());
    }

    @Test
    void askingForMoreVolumeThanTheStructureHasIsUnavailable() {
        MetricValue v = DvhMetrics.compute(RAMP, Metric.doseAtVolume(300, Unit.CC), null);
        assertFalse(v.present());
        assertTrue(v.problem().contains("more volume"), v.problem());
    }

    @Test
    void differentialToCumulativeSumsBinsFromTheTop() {
        // Bins of 1 cGy written at their centres: 2 cc/cGy in [0,1), 1 cc/cGy in [1,2), 1 cc/cGy in [2,3).
        double[][] c = CurveData.cumulativeFromDifferential(new double[] {0.5, 1.5, 2.5}, new double[] {2, 1, 1}, true);
        assertEquals(java.util.List.of(0.0, 1.0, 2.0, 3.0), java.util.Arrays.stream(c[0]).boxed().toList());
        assertEquals(java.util.List.of(4.0, 2.0, 1.0, 0.0), java.util.Arrays.stream(c[1]).boxed().toList());
    }

    @Test
    void relativeDoseConvertsWithPrescriptionAndPercentForDose() {
        double[] gy = CurveData.relativeToGy(new double[] {0, 50, 100, 106.1}, 76, 100);
        assertEquals(38.0, gy[1], 1e-12);
        assertEquals(76.0, gy[2], 1e-12);
        assertEquals(80.636, gy[3], 1e-9);
        assertEquals(80.0, CurveData.relativeToGy(new double[] {100}, 76, 95)[0], 1e-12);
    }
}
