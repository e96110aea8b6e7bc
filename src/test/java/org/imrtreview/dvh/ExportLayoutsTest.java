package org.imrtreview.dvh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.Metric;
import org.imrtreview.model.Unit;
import org.junit.jupiter.api.Test;

/**
 * Files laid out exactly as the planning systems write them ({@code dvh/layout/}, written by
 * {@code generate_layouts.py} from sampled voxel doses): each reader's metrics are compared with the
 * voxels' own statistics ({@code expected-layouts.json}) and with the statistics the file prints.
 */
class ExportLayoutsTest {

    private static DvhExport read(String name) {
        return DvhReadersGoldenTest.read("layout/" + name);
    }

    private static JsonNode truth(String file, String structure) throws IOException {
        return new ObjectMapper().readTree(DvhReadersGoldenTest.fixture("layout/expected-layouts.json"))
                .get(file).get(structure);
    }

    private static DvhCurve curve(DvhExport e, String structure) {
        return e.curves().stream().filter(c -> c.structure().equals(structure)).findFirst().orElseThrow(
                () -> new AssertionError(structure + " not read; problems: " + e.problems()));
    }

    private static double metric(DvhCurve c, Metric m) {
        MetricValue v = DvhMetrics.compute(c, m, null);
        assertTrue(v.present(), c.structure() + " " + m.label() + ": " + v.problem());
        return v.value();
    }

    @Test
    void eclipseDifferentialRowsAreBinCentresNotLowerEdges() throws IOException {
        String f = "eclipse-differential-gy-centres.txt";
        DvhExport e = read(f);
        assertEquals(List.of(), e.problems());
        for (String s : List.of("Rectum", "Bladder")) {
            DvhCurve c = curve(e, s);
            JsonNode t = truth(f, s);
            // Read as lower edges every dose would be 0.05 Gy (half a bin) too high.
            assertEquals(t.get("meanGy").asDouble(), metric(c, Metric.mean()), 0.01, s + " mean");
            assertEquals(t.get("V50Gy").asDouble(), metric(c, Metric.volumeAtDose(50, Unit.PERCENT)), 0.1, s + " V50Gy");
            assertEquals(t.get("D50%").asDouble(), metric(c, Metric.doseAtVolume(50, Unit.PERCENT)), 0.05, s + " D50%");
            assertEquals(t.get("maxGy").asDouble(), metric(c, Metric.max()), 0.1, s + " Dmax within the bin");
            DvhExport.StructureStats st = e.stats().stream().filter(x -> x.structure().equals(s)).findFirst().orElseThrow();
            assertEquals(st.meanGy(), metric(c, Metric.mean()), 0.01, s + " mean against the file's own statistics");
        }
    }

    @Test
    void eclipse16VolumeCcHeaderRelativeDoseAndCcCurveNormalisedByItsOwnValueAtZero() throws IOException {
        String f = "eclipse16-relative-cc-bom.txt";
        DvhExport e = read(f);
        assertEquals(List.of(), e.problems());
        DvhCurve ptv = curve(e, "PTV");
        // Header says 88.4 (rounded); the curve's own value at 0 Gy is 88.4095.
        assertEquals(88.4095, ptv.volumeCc(), 1e-6);
        assertEquals(100.0, metric(ptv, Metric.volumeAtDose(20, Unit.PERCENT)), 1e-9, "V20Gy never exceeds 100 %");
        assertTrue(metric(ptv, Metric.doseAtVolume(0.03, Unit.CC)) > 57, "D0.03cc uses the Volume [cc] header");
        for (String s : List.of("PTV", "SpinalCord")) {
            DvhCurve c = curve(e, s);
            DvhExport.StructureStats st = e.stats().stream().filter(x -> x.structure().equals(s)).findFirst().orElseThrow();
            // Statistics are printed in % of 60 Gy to 0.1 %: 0.06 Gy; the curve's bins are 0.06 Gy.
            assertEquals(st.maxGy(), metric(c, Metric.max()), 0.12, s + " Dmax against the header");
            assertEquals(st.meanGy(), metric(c, Metric.mean()), 0.09, s + " mean against the header");
            assertEquals(truth(f, s).get("D2%").asDouble(), metric(c, Metric.doseAtVolume(2, Unit.PERCENT)), 0.07);
        }
    }

    @Test
    void planIqTextKeepsTheRowOfStructureNamesAndEachStructuresOwnDoseGrid() throws IOException {
        String f = "planiq.txt";
        DvhExport e = read(f);
        assertEquals("DVH table with a dose and a volume column per structure (PlanIQ, SlicerRT, TomoTherapy)", e.format());
        assertEquals(List.of("PTV", "SpinalCord", "Parotid_L"), e.curves().stream().map(DvhCurve::structure).toList());
        assertEquals(List.of(), e.problems());
        for (DvhCurve c : e.curves()) {
            JsonNode t = truth(f, c.structure());
            assertEquals(t.get("maxGy").asDouble(), metric(c, Metric.max()), 0.1, c.structure() + " Dmax");
            assertEquals(t.get("meanGy").asDouble(), metric(c, Metric.mean()), 0.05, c.structure() + " mean");
        }
    }

    @Test
    void aCurveCutAt20GyHasNoMaximumAndOnlyTheMetricsItSupports() {
        DvhExport e = read("planiq-cut-20gy.txt");
        DvhCurve ptv = curve(e, "PTV");
        MetricValue max = DvhMetrics.compute(ptv, Metric.max(), null);
        assertFalse(max.present(), "a PTV cut at 20 Gy must not report Dmax 20 Gy");
        assertTrue(max.problem().startsWith("curve ends at 20 Gy above 0 % volume"), max.problem());
        assertTrue(max.problem().endsWith("maximum unknown"), max.problem());
        assertFalse(DvhMetrics.compute(ptv, Metric.mean(), null).present());
        assertFalse(DvhMetrics.compute(ptv, Metric.doseAtVolume(95, Unit.PERCENT), null).present(),
                "D95% lies above the last point");
        assertFalse(DvhMetrics.compute(ptv, Metric.volumeAtDose(30, Unit.PERCENT), null).present());
        DvhCurve cord = curve(e, "SpinalCord");
        assertEquals(100.0, metric(ptv, Metric.volumeAtDose(19, Unit.PERCENT)), 1e-9, "V19Gy lies on the curve");
        assertTrue(metric(cord, Metric.volumeAtDose(10, Unit.PERCENT)) > 50);
        assertTrue(e.problems().stream().anyMatch(p -> p.contains("'PTV'") && p.contains("curve ends at 20 Gy")),
                "the cut is reported, not silent: " + e.problems());
    }

    @Test
    void slicerRtCsvInBothSeparatorsReadsTheSameCurvesAndTheVolumeInTheHeader() throws IOException {
        DvhExport comma = read("slicerrt.csv");
        DvhExport tab = read("slicerrt-tab-decimal-comma.csv");
        assertEquals(List.of("PTV", "SpinalCord"), comma.curves().stream().map(DvhCurve::structure).toList());
        assertEquals(List.of(), comma.problems());
        assertEquals(List.of(), tab.problems());
        for (int i = 0; i < 2; i++) {
            DvhCurve a = comma.curves().get(i);
            DvhCurve b = tab.curves().get(i);
            assertEquals(a.volumeCc(), b.volumeCc());
            assertTrue(java.util.Arrays.equals(a.volumePercent(), b.volumePercent()));
            JsonNode t = truth("slicerrt.csv", a.structure());
            assertEquals(t.get("volumeCc").asDouble(), a.volumeCc(), 1e-9);
            assertEquals(t.get("meanGy").asDouble(), metric(a, Metric.mean()), 0.1);
        }
    }

    @Test
    void rayStationCutShortWithDoseUnitKeyGivesNoMaximum() {
        DvhExport e = read("raystation-cut-short.txt");
        DvhCurve cord = curve(e, "SpinalCord");
        assertTrue(DvhMetrics.compute(cord, Metric.max(), null).problem().startsWith("curve ends at 15.39 Gy above 0 % volume"),
                DvhMetrics.compute(cord, Metric.max(), null).problem());
        assertTrue(DvhMetrics.compute(curve(e, "PTV_60"), Metric.max(), null).present());
        assertEquals(1, e.problems().size(), e.problems().toString());
    }

    @Test
    void aPlanIqFileWithoutItsRowOfNamesIsRefusedNotReadAsStructuresCalledVolume() throws Exception {
        String text = new String(DvhReadersGoldenTest.fixture("layout/planiq.txt"), StandardCharsets.UTF_8);
        String withoutNames = text.substring(text.indexOf('\n') + 1);
        DvhExport e = DvhFormats.read("planiq-no-names.txt", withoutNames.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(List.of(), e.curves());
        assertTrue(e.problems().get(0).contains("structure names are missing"), e.problems().toString());
    }

    @Test
    void aWideCsvWithUnnamedVolumeColumnsIsRefused() throws Exception {
        DvhExport e = DvhFormats.read("x.csv", "Dose (Gy),Volume (%)\n0,100\n10,50\n20,0\n".getBytes(StandardCharsets.UTF_8), null);
        assertEquals(List.of(), e.curves());
        assertTrue(e.problems().get(0).contains("structure names are missing"), e.problems().toString());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = ';', textBlock = """
            cadplan.txt;               Varian CadPlan DVH export;           HN_VMAT
            masterplan.txt;            Oncentra MasterPlan DVH export;      HN_VMAT
            prosoma.txt;               ProSoma DVH export;                  HN_VMAT
            primo.txt;                 PRIMO DVH export;                    HN_VMAT_MC
            dicom-tools-dvh.csv;       MATLAB DICOM tools DVH CSV;          dvh
            tomotherapy-hiart.csv;     DVH table with a dose and a volume column per structure (PlanIQ, SlicerRT, TomoTherapy); tomotherapy-hiart
            """)
    void formatsDvhMetricsReadsGiveTheVoxelsMetrics(String file, String format, String plan) throws IOException {
        DvhExport e = read(file);
        assertEquals(format, e.format());
        assertEquals(List.of(), e.problems());
        assertEquals(List.of("PTV", "SpinalCord"), e.curves().stream().map(DvhCurve::structure).toList());
        for (DvhCurve c : e.curves()) {
            assertEquals(plan, c.planName());
            JsonNode t = truth(file, c.structure());
            assertEquals(t.get("maxGy").asDouble(), metric(c, Metric.max()), 0.1, file + " " + c.structure() + " Dmax");
            assertEquals(t.get("meanGy").asDouble(), metric(c, Metric.mean()), 0.05, file + " " + c.structure() + " mean");
            assertEquals(t.get("D2%").asDouble(), metric(c, Metric.doseAtVolume(2, Unit.PERCENT)), 0.1);
        }
        for (DvhExport.StructureStats st : e.stats()) {
            if (!Double.isNaN(st.maxGy())) {
                DvhCurve c = curve(e, st.structure());
                assertEquals(st.maxGy(), metric(c, Metric.max()), 0.1, file + " Dmax against the file's own maximum");
                assertEquals(st.meanGy(), metric(c, Metric.mean()), 0.05, file + " mean against the file's own mean");
            }
        }
    }

    @Test
    void rayStationHeaderVariantsIncludingRbeDoseAndRxDose() throws Exception {
        String text = String.join("\n", "#PatientName:Doe^Jane", "#PatientId:1", "#Dosename:Proton plan",
                "#Rx dose: 70 Gy(RBE)", "#RoiName:CTV", "#Roi volume fraction outside grid: 0 %",
                "#Dose unit: cGy(RBE)", "0.000\t100.000", "6500.000\t100.000", "7000.000\t50.000", "7300.000\t0.000",
                "", "#RoiName:Brainstem", "#Unit: Gy", "0.000\t100.000", "30.000\t20.000", "54.000\t0.000", "");
        DvhExport e = DvhFormats.read("proton.txt", text.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(List.of(), e.problems());
        assertEquals(73.0, metric(curve(e, "CTV"), Metric.max()), 1e-9);
        assertEquals(54.0, metric(curve(e, "Brainstem"), Metric.max()), 1e-9);
        assertEquals(70.0, e.plans().get(0).prescriptionGy(), 1e-9);
    }

    @Test
    void aDoseUnitThatIsNeitherGyNorCGyIsRefused() throws Exception {
        String text = String.join("\n", "#RoiName:CTV", "#Dose unit: MU", "0.000\t100.000", "10\t0", "");
        DvhExport e = DvhFormats.read("x.txt", text.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(List.of(), e.curves());
        assertTrue(e.problems().get(0).contains("units"), e.problems().toString());
    }

    @Test
    void miradaExportIsRecognisedAndRefusedBecauseItDoesNotStateTheDoseUnit() throws Exception {
        StringBuilder text = new StringBuilder("Mirada RTx\tDoe^Jane\t03/14/2019\n\n"
                + "PTV (88.4cm\u00b3)\t% of volume\tSpinalCord (31.2cm\u00b3)\t% of volume\n");
        for (int i = 0; i <= 10; i++) {
            text.append(i * 6).append('\t').append(100 - i * 10).append('\t').append(i * 4).append('\t')
                    .append(100 - i * 10).append('\n');
        }
        DvhExport e = DvhFormats.read("mirada.txt", text.toString().getBytes(StandardCharsets.UTF_8), null);
        assertEquals("Mirada DVH export", e.format());
        assertEquals(List.of(), e.curves());
        assertTrue(e.problems().get(0).contains("do not state their dose unit"), e.problems().toString());
    }
}
