package org.imrtreview.dvh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.Metric;
import org.imrtreview.model.Unit;
import org.junit.jupiter.api.Test;

/**
 * Real exports from public repositories ({@code dvh/real/}, provenance and licences in SOURCES.md). Where
 * the peer's own test data state metrics for a file, the same values are asserted here.
 */
class RealFilesTest {

    private static final String SLICER_TABLE = "real/slicerrt-EclipseProstate_DvhTable_SlicerRT.csv";

    private static DvhCurve curve(DvhExport e, String name) {
        return e.curves().stream().filter(c -> c.structure().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not read: " + e.problems()));
    }

    private static double value(DvhCurve c, Metric m) {
        MetricValue v = DvhMetrics.compute(c, m, null);
        assertTrue(v.present(), c.structure() + ": " + v.problem());
        return v.value();
    }

    /** SlicerRT prints its metrics to six significant digits: half a unit in the sixth digit, with margin. */
    private static void assertSixDigits(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-5 * Math.abs(expected) + 1e-4, what);
    }

    @Test
    void slicerRtExportGivesTheMetricsSlicerRtStatesForIt() {
        DvhExport e = DvhReadersGoldenTest.read(SLICER_TABLE);
        assertEquals(List.of(), e.problems());
        String metrics = new String(DvhReadersGoldenTest.fixture("real/slicerrt-EclipseProstate_DvhMetrics_SlicerRT.csv"),
                StandardCharsets.UTF_8);
        List<String> rows = metrics.lines().skip(1).filter(l -> !l.isBlank()).toList();
        assertEquals(6, rows.size());
        assertEquals(6, e.curves().size());
        for (String row : rows) {
            // Structure,Volume (cc),Mean dose (GY),Min dose (GY),Max dose (GY),V5 (cc),V5 (%),V20 (cc),V20 (%),
            // D2cc (GY),D5cc (GY),D5% (GY),D10% (GY)
            String[] f = row.split(",");
            DvhCurve c = curve(e, f[0]);
            double[] v = java.util.Arrays.stream(f, 1, f.length).mapToDouble(Double::parseDouble).toArray();
            String s = f[0] + " ";
            assertSixDigits(v[0], c.volumeCc(), s + "volume");
            // SlicerRT's mean comes from the voxels; the area under the 0.2-Gy table gives it to within
            // 0.0024 Gy (PTV; 0.0006 Gy Femoral Head Lt, < 0.0001 Gy the others).
            assertEquals(v[1], value(c, Metric.mean()), 0.005, s + "mean");
            // The table has 0.2-Gy bins: the voxel minimum and maximum are known to within one bin.
            assertEquals(v[2], value(c, Metric.min()), 0.2, s + "min");
            assertEquals(v[3], value(c, Metric.max()), 0.2, s + "max");
            assertSixDigits(v[4], value(c, Metric.volumeAtDose(5, Unit.CC)), s + "V5Gy[cc]");
            assertSixDigits(v[5], value(c, Metric.volumeAtDose(5, Unit.PERCENT)), s + "V5Gy[%]");
            assertSixDigits(v[6], value(c, Metric.volumeAtDose(20, Unit.CC)), s + "V20Gy[cc]");
            assertSixDigits(v[7], value(c, Metric.volumeAtDose(20, Unit.PERCENT)), s + "V20Gy[%]");
            assertSixDigits(v[8], value(c, Metric.doseAtVolume(2, Unit.CC)), s + "D2cc");
            assertSixDigits(v[9], value(c, Metric.doseAtVolume(5, Unit.CC)), s + "D5cc");
            assertSixDigits(v[10], value(c, Metric.doseAtVolume(5, Unit.PERCENT)), s + "D5%");
            assertSixDigits(v[11], value(c, Metric.doseAtVolume(10, Unit.PERCENT)), s + "D10%");
        }
    }

    @Test
    void slicerRtEclipseBaselineWithAMangledDoseCellIsRefusedNotGuessed() {
        // Row 776 of SlicerRT's Eclipse baseline holds 0.00035604 where 35.604 belongs (a spreadsheet
        // mangled the number): every structure's dose axis goes down there.
        DvhExport e = DvhReadersGoldenTest.read("real/slicerrt-EclipseProstate_DvhTable_Eclipse.csv");
        assertEquals(List.of(), e.curves());
        assertEquals(6, e.problems().size());
        assertTrue(e.problems().stream().allMatch(p -> p.contains("the dose goes down from 35.56 Gy to 0.000356 Gy")),
                e.problems().toString());
    }
}
