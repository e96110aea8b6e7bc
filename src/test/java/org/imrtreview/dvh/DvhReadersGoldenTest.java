package org.imrtreview.dvh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.Metric;
import org.imrtreview.model.PlanKind;
import org.imrtreview.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every fixture is read and each curve's metrics are compared with the truth computed from the voxels
 * the fixture was histogrammed from ({@code expected-from-voxels.json}, written by
 * {@code generate_fixtures.py}): a correct reader and metric code agree within one dose bin.
 */
class DvhReadersGoldenTest {

    static byte[] fixture(String name) {
        try (InputStream in = DvhReadersGoldenTest.class.getResourceAsStream("/dvh/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static DvhExport read(String name) {
        try {
            return DvhFormats.read(name, fixture(name), null);
        } catch (DvhFormatException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static JsonNode expected(String name) throws IOException {
        return new ObjectMapper().readTree(fixture("expected-from-voxels.json")).get(name);
    }

    @ParameterizedTest(name = "{0} is read by {1}")
    @CsvSource(delimiter = ';', textBlock = """
            eclipse-single-relative.txt;      Varian Eclipse DVH export
            eclipse-plansum-cgy.txt;          Varian Eclipse DVH export
            eclipse-two-plans-gy-cc-bom.txt;  Varian Eclipse DVH export
            eclipse-differential.txt;         Varian Eclipse DVH export
            sample-3d.txt;                    Varian Eclipse DVH export
            sample-imrt.txt;                  Varian Eclipse DVH export
            raystation.txt;                   RaySearch RayStation DVH export
            monaco.txt;                       Elekta Monaco DVH export
            wide.csv;                         DVH table (CSV, one column per structure)
            """)
    void curvesMatchTheVoxelTruthWithinOneBin(String file, String format) throws IOException {
        DvhExport export = read(file);
        assertEquals(format, export.format());
        assertEquals(List.of(), export.problems());
        JsonNode truth = expected(file);
        assertEquals(truth.size(), export.curves().size(), "number of curves");
        for (JsonNode t : truth) {
            DvhCurve c = export.curves().stream()
                    .filter(x -> x.structure().equals(t.get("structure").asText())
                            && x.planName().equals(t.get("plan").asText()))
                    .findFirst().orElseThrow(() -> new AssertionError("no curve " + t));
            double bin = largestStep(c);
            String what = file + " " + c.structure();
            assertEquals(t.get("maxGy").asDouble(), DvhMetrics.max(c), bin + 1e-6, what + " Dmax");
            assertEquals(t.get("meanGy").asDouble(), DvhMetrics.mean(c), bin, what + " Dmean");
            assertEquals(t.get("minGy").asDouble(), DvhMetrics.min(c), bin + 1e-6, what + " Dmin");
            assertEquals(t.get("D50%").asDouble(), DvhMetrics.doseAtVolumePercent(c, 50), bin, what + " D50%");
            assertEquals(t.get("D95%").asDouble(), DvhMetrics.doseAtVolumePercent(c, 95), bin, what + " D95%");
            for (String v : List.of("V20Gy", "V50Gy")) {
                double gy = v.equals("V20Gy") ? 20 : 50;
                double truthV = t.get(v).asDouble();
                double upper = DvhMetrics.volumePercentAtDose(c, gy - bin) + 1e-3;
                double lower = DvhMetrics.volumePercentAtDose(c, gy + bin) - 1e-3;
                assertTrue(truthV <= upper && truthV >= lower, what + " " + v + " truth " + truthV
                        + " outside [" + lower + ", " + upper + "]");
            }
        }
    }

    private static double largestStep(DvhCurve c) {
        double step = 0;
        for (int i = 1; i < c.size(); i++) {
            step = Math.max(step, c.doseAt(i) - c.doseAt(i - 1));
        }
        return step;
    }

    @ParameterizedTest
    @ValueSource(strings = {"eclipse-single-relative.txt", "eclipse-plansum-cgy.txt", "eclipse-two-plans-gy-cc-bom.txt",
            "sample-3d.txt", "sample-imrt.txt"})
    void eclipseHeaderMinMaxMeanAgreeWithTheCurveWithinTheBinWidth(String file) {
        DvhExport export = read(file);
        assertEquals(export.curves().size(), export.stats().size());
        for (int i = 0; i < export.curves().size(); i++) {
            DvhCurve c = export.curves().get(i);
            DvhExport.StructureStats s = export.stats().get(i);
            // Eclipse prints 0.1 cGy or 0.1 % of the prescription: allow that rounding on top of a bin.
            double tolerance = largestStep(c) + 0.08;
            assertEquals(s.maxGy(), DvhMetrics.max(c), tolerance, c.structure() + " max");
            assertEquals(s.meanGy(), DvhMetrics.mean(c), tolerance, c.structure() + " mean");
            assertEquals(s.minGy(), DvhMetrics.min(c), tolerance, c.structure() + " min");
        }
    }

    @Test
    void relativeExportUsesTheAbsoluteColumnAndConvertsStatisticsWithThePrescription() {
        DvhExport export = read("eclipse-single-relative.txt");
        assertEquals(76.0, export.plans().get(0).prescriptionGy(), 1e-9);
        DvhCurve body = export.curves().get(0);
        assertEquals("BODY", body.structure());
        assertEquals(19631.1, body.volumeCc(), 1e-9);
        assertEquals(0.076, body.doseAt(1), 1e-9);
    }

    @Test
    void planSumHasNoPrescriptionAndEveryStructureBelongsToTheSum() {
        DvhExport export = read("eclipse-plansum-cgy.txt");
        assertEquals(List.of(new DvhExport.Plan("Plan Sum", null, true), new DvhExport.Plan("PARR", 50.0, false)),
                export.plans());
        assertTrue(export.curves().stream().allMatch(c -> c.planName().equals("Plan Sum")));
        assertEquals("PRV5 SpinalCanal", export.curves().get(0).structure());
        assertEquals(121.5, export.curves().get(0).volumeCc(), 1e-9);
    }

    @Test
    void twoPlansInOneFileGetTheirRolesFromThePlanNames() {
        DvhExport export = read("eclipse-two-plans-gy-cc-bom.txt");
        assertEquals(4, export.curves().size());
        assertEquals(List.of(PlanKind.THREE_D, PlanKind.THREE_D, PlanKind.IMRT, PlanKind.IMRT),
                export.curves().stream().map(DvhCurve::plan).toList());
        DvhCurve rectum = export.curves().get(0);
        assertEquals(100.0, rectum.volumeAt(0), 1e-9, "cm³ column converted to % of the structure");
        assertEquals(72.4, rectum.volumeCc(), 1e-9);
    }

    @Test
    void windows1252ExportReadsTheSameAsUtf8WithBom() {
        DvhExport utf8 = read("eclipse-two-plans-gy-cc-bom.txt");
        DvhExport cp1252 = read("eclipse-two-plans-cp1252.txt");
        assertEquals(utf8.curves().size(), cp1252.curves().size());
        for (int i = 0; i < utf8.curves().size(); i++) {
            assertEquals(utf8.curves().get(i).withPlan(null).volumeCc(), cp1252.curves().get(i).volumeCc());
            assertTrue(java.util.Arrays.equals(utf8.curves().get(i).volumePercent(), cp1252.curves().get(i).volumePercent()));
        }
    }

    @Test
    void differentialExportIsIntegratedToACumulativeCurve() {
        DvhCurve c = read("eclipse-differential.txt").curves().get(0);
        assertEquals(100.0, c.volumeAt(0), 1e-6);
        assertEquals(0.0, c.volumeAt(c.size() - 1), 1e-9);
        assertEquals(72.4, c.volumeCc(), 1e-9);
    }

    @Test
    void rayStationReadsBothUnitKeysAndTheOptionalRoiVolume() {
        DvhExport export = read("raystation.txt");
        assertEquals(72.4, export.curves().get(0).volumeCc(), 1e-9);
        assertTrue(Double.isNaN(export.curves().get(1).volumeCc()), "no #Roi volume for Bladder");
        assertEquals(PlanKind.IMRT, export.curves().get(0).plan());
        MetricValue d2cc = DvhMetrics.compute(export.curves().get(1), Metric.doseAtVolume(2, Unit.CC), null);
        assertFalse(d2cc.present());
    }

    @Test
    void monacoStructureNamesMayContainSpacesAndThePlanNameGivesTheRole() {
        DvhExport export = read("monaco.txt");
        assertEquals(List.of("Rectum", "Femoral Head L", "Penile Bulb"),
                export.curves().stream().map(DvhCurve::structure).toList());
        assertTrue(export.curves().stream().allMatch(c -> c.plan() == PlanKind.THREE_D));
    }

    @Test
    void wideCsvTrimsZeroPaddingAndTakesThePlanFromTheTitleLine() {
        DvhExport export = read("wide.csv");
        DvhCurve bulb = export.curves().get(2);
        assertEquals("Penile Bulb", bulb.structure());
        assertEquals(0.0, bulb.volumeAt(bulb.size() - 1));
        assertTrue(bulb.volumeAt(bulb.size() - 2) > 0, "only one trailing zero is kept");
        assertEquals(PlanKind.IMRT, bulb.plan());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', textBlock = """
            bad-truncated.txt;        truncated
            bad-nonmonotonic.txt;     the dose goes down
            bad-nan.txt;              not a number
            bad-wrong-units.txt;      wrong units
            bad-empty-structure.txt;  empty structure
            """)
    void malformedFilesGetSpecificMessagesAndTheRestStillLoads(String file, String words) {
        DvhExport export = read(file);
        assertTrue(export.problems().stream().anyMatch(p -> p.contains(words)),
                () -> "expected '" + words + "' in " + export.problems());
        assertFalse(export.curves().isEmpty(), "the good structures of the file are still read");
    }

    @Test
    void aFileThatIsNoDvhExportIsRejectedWithAClearMessage() {
        DvhFormatException e = assertThrows(DvhFormatException.class,
                () -> DvhFormats.read("not-a-dvh.csv", fixture("not-a-dvh.csv"), null));
        assertTrue(e.getMessage().startsWith("not-a-dvh.csv is not a DVH export"), e.getMessage());
        assertTrue(e.getMessage().contains("Eclipse"));
    }

    @Test
    void binaryAndEmptyFilesAreRejected() {
        assertThrows(DvhFormatException.class, () -> DvhFormats.read("x.txt", new byte[0], null));
        assertThrows(DvhFormatException.class, () -> DvhFormats.read("x.dcm", new byte[] {0, 1, 2, 0, 'D', 'I'}, null));
        assertFalse(DvhFormats.looksLikeDvhExport(new byte[] {0, 0, 0}));
    }
}
