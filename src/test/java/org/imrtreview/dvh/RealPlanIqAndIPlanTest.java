package org.imrtreview.dvh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.Metric;
import org.imrtreview.model.Unit;
import org.junit.jupiter.api.Test;

/**
 * Real Sun Nuclear PlanIQ and Brainlab iPlan exports from PyPlanScoring's test data (BSD-3-Clause,
 * {@code dvh/real/SOURCES.md}). The expected values are read from the files' own raw columns here, by a
 * parse independent of the readers (split on tabs, nothing else), or from a second system's export of
 * the same plan.
 */
class RealPlanIqAndIPlanTest {

    private static final String CK_PLANIQ = "real/pps-planiq-ck-cc.txt";
    private static final String CK_SLICER = "real/pps-slicerrt-ck.csv";
    private static final String SRS_PLANIQ = "real/pps-planiq-srs-vmat-cc.txt";
    private static final String LUNG_PLANIQ = "real/pps-planiq-lung-sbrt-cc.txt";
    private static final String IPLAN = "real/pps-iplan-dvh_ptv_based.txt";

    private static DvhExport read(String name, Double rx) {
        try {
            return DvhFormats.read(name, DvhReadersGoldenTest.fixture(name), rx);
        } catch (DvhFormatException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static DvhCurve curve(DvhExport e, String name) {
        return e.curves().stream().filter(c -> c.structure().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not read: " + e.problems()));
    }

    private static double value(DvhCurve c, Metric m) {
        MetricValue v = DvhMetrics.compute(c, m, null);
        assertTrue(v.present(), c.structure() + ": " + v.problem());
        return v.value();
    }

    /** The raw rows of a tab-separated file, as strings, without trailing empty cells. */
    private static List<String[]> rows(String name) {
        List<String[]> out = new ArrayList<>();
        for (String line : new String(DvhReadersGoldenTest.fixture(name), StandardCharsets.UTF_8).split("\r?\n")) {
            out.add(line.replaceAll("[\t ]+$", "").split("\t", -1));
        }
        return out;
    }

    /** PlanIQ: name → {dose[], cc[]} from the raw pairs. */
    private static Map<String, double[][]> planIqColumns(String name) {
        List<String[]> rows = rows(name);
        Map<String, double[][]> out = new LinkedHashMap<>();
        String[] names = rows.get(0);
        for (int c = 0; c < names.length; c += 2) {
            int col = c;
            List<String[]> data = rows.subList(2, rows.size()).stream().filter(r -> r.length > col + 1).toList();
            out.put(names[c].strip(), new double[][] {
                data.stream().mapToDouble(r -> Double.parseDouble(r[col])).toArray(),
                data.stream().mapToDouble(r -> Double.parseDouble(r[col + 1])).toArray()});
        }
        return out;
    }

    @Test
    void planIqInCcGivesEachStructuresVolumeFromItsFirstRowAndItsMaximumWhereItReachesZero() {
        for (String file : List.of(CK_PLANIQ, LUNG_PLANIQ)) {
            DvhExport e = read(file, null);
            assertEquals(List.of(), e.problems(), file);
            Map<String, double[][]> raw = planIqColumns(file);
            assertEquals(raw.size(), e.curves().size(), file);
            for (Map.Entry<String, double[][]> s : raw.entrySet()) {
                DvhCurve c = curve(e, s.getKey());
                double[] dose = s.getValue()[0];
                double[] cc = s.getValue()[1];
                assertEquals(cc[0], c.volumeCc(), 1e-9, file + " " + s.getKey());
                int firstZero = 0;
                while (firstZero < cc.length && cc[firstZero] > 0) {
                    firstZero++;
                }
                if (firstZero < cc.length) {
                    assertEquals(dose[firstZero], value(c, Metric.max()), 1e-9, file + " " + s.getKey() + " Dmax");
                }
                // V(d) in cc at a row of the file is that row's value
                int mid = Math.max(0, firstZero / 2);
                assertEquals(cc[mid], value(c, Metric.volumeAtDose(dose[mid], Unit.CC)), 1e-6 * cc[0] + 1e-9,
                        file + " " + s.getKey() + " V" + dose[mid]);
            }
        }
        assertTrue(read(LUNG_PLANIQ, null).curves().stream().anyMatch(c -> c.structure().equals("LUNGS-ITV's")));
    }

    @Test
    void planIqCurvesCutAboveZeroHaveNoMaximumAndSaySo() {
        // The non-supersampled SRS export stops at 30.8 Gy while PTV_4 and PTV_ALL still have 0.42 % and 0.29 %
        // of their volume there (the supersampled export of the same plan reaches 0 at 30.6 Gy).
        DvhExport e = read(SRS_PLANIQ, null);
        Map<String, double[][]> raw = planIqColumns(SRS_PLANIQ);
        for (String cut : List.of("PTV_4", "PTV_ALL")) {
            double[] cc = raw.get(cut)[1];
            assertTrue(cc[cc.length - 1] > 0.001 * cc[0], cut + " is cut in the file");
            DvhCurve c = curve(e, cut);
            assertFalse(DvhMetrics.compute(c, Metric.max(), null).present(), cut + " has no Dmax");
            assertFalse(DvhMetrics.compute(c, Metric.mean(), null).present(), cut + " has no mean");
            assertTrue(value(c, Metric.doseAtVolume(99, Unit.PERCENT)) > 0, cut + " D99% within the curve");
            assertTrue(e.problems().stream().anyMatch(p -> p.contains("'" + cut + "'") && p.contains("maximum unknown")
                    && p.contains("30.8 Gy")), e.problems().toString());
        }
        assertEquals(2, e.problems().size(), e.problems().toString());
        assertEquals(30.0, value(curve(e, "PTV_3"), Metric.max()), 1e-9);
    }

    @Test
    void planIqAndSlicerRtExportsOfTheSameCyberKnifePlanAgree() {
        // Two systems histogrammed the same plan on their own grids: volumes agree to 1 % (or 5 mm³ for
        // the tiny GTVs), means and D50% to 0.4 Gy. A misread column or unit would be off by far more.
        DvhExport planIq = read(CK_PLANIQ, null);
        DvhExport slicer = read(CK_SLICER, null);
        assertEquals(List.of(), slicer.problems());
        int compared = 0;
        for (DvhCurve s : slicer.curves()) {
            String key = s.structure().toUpperCase(Locale.ROOT).replace(' ', '_');
            if (key.equals("LOW_DOSE_GHOST")) {
                // a different contour: PlanIQ used the "March23 Structure Set" (0.844 cc), SlicerRT 0.652 cc
                assertTrue(Math.abs(s.volumeCc() - 0.652) < 0.001, s.volumeCc() + " cc");
                continue;
            }
            DvhCurve p = planIq.curves().stream()
                    .filter(c -> c.structure().toUpperCase(Locale.ROOT).replace(' ', '_').equals(key)).findFirst()
                    .orElseThrow(() -> new AssertionError(s.structure() + " not in PlanIQ's export"));
            assertEquals(s.volumeCc(), p.volumeCc(), Math.max(0.01 * s.volumeCc(), 0.005), key + " volume");
            assertEquals(value(s, Metric.mean()), value(p, Metric.mean()), 0.4, key + " mean");
            assertEquals(value(s, Metric.doseAtVolume(50, Unit.PERCENT)), value(p, Metric.doseAtVolume(50, Unit.PERCENT)),
                    0.4, key + " D50%");
            compared++;
        }
        assertEquals(8, compared);
    }

    @Test
    void iPlanDosesAreConvertedOnlyWhenThePrescriptionFitsTheFilesHundredPercent() {
        DvhExport none = read(IPLAN, null);
        assertInstanceOf(IPlanReader.class, DvhFormats.detect(List.of(new String(DvhReadersGoldenTest.fixture(IPLAN),
                StandardCharsets.UTF_8).split("\n"))).orElseThrow());
        assertEquals(List.of(), none.curves());
        assertTrue(none.problems().get(0).contains("% of 43.75"), none.problems().toString());

        DvhExport wrong = read(IPLAN, 20.0);
        assertEquals(List.of(), wrong.curves());
        assertTrue(wrong.problems().get(0).contains("does not fit the prescription 20 Gy"), wrong.problems().toString());

        // 35 Gy to the 80 % isodose of 43.75 Gy (PyPlanScoring's criteria for this case: PTV D99% ≥ 35 Gy)
        DvhExport e = read(IPLAN, 35.0);
        List<String[]> raw = rows(IPLAN);
        String[] names = raw.get(0);
        String[] refs = raw.get(1);
        assertEquals(names.length - 1, e.curves().size(), e.problems().toString());
        assertEquals(List.of("dose unit inferred: doses are in % of 43.75 (no unit in the file), read as Gy because "
                + "the prescription 35 Gy is its 80 % isodose"), e.problems());
        String[] at80 = raw.stream().filter(r -> r[0].equals("80.000")).findFirst().orElseThrow();
        for (int c = 1; c < names.length; c++) {
            DvhCurve curve = curve(e, names[c].strip());
            assertEquals(Double.parseDouble(refs[c].replace("[%]", "").strip()), curve.volumeCc(), 1e-9, names[c]);
            assertEquals(Double.parseDouble(at80[c]), value(curve, Metric.volumeAtDose(35, Unit.PERCENT)), 1e-9,
                    names[c] + " V35Gy is the 80 % row");
            int col = c;
            String[] firstZero = raw.subList(2, raw.size()).stream().filter(r -> Double.parseDouble(r[col]) == 0)
                    .findFirst().orElseThrow();
            assertEquals(Double.parseDouble(firstZero[0]) * 0.4375, value(curve, Metric.max()), 1e-9, names[c] + " Dmax");
        }
        for (String ptv : List.of("PTV_1", "PTV_2", "PTV_3", "PTV_4", "PTV_5")) {
            assertTrue(value(curve(e, ptv), Metric.doseAtVolume(99, Unit.PERCENT)) >= 35, ptv + " D99% meets 35 Gy");
        }
        // 43.75 Gy itself is the 100 % isodose
        assertEquals(names.length - 1, read(IPLAN, 43.75).curves().size());
    }
}
