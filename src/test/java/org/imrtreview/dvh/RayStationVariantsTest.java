package org.imrtreview.dvh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.Metric;
import org.imrtreview.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RayStation's DVH text as RayStation itself and the common "Export DVH curves" extension scripts write
 * it (decision 0293): points listed from the maximum down to 0 Gy at fixed dose steps, points at fixed
 * volume steps in cm³, {@code #Volume unit:}, {@code #Roi volume:} and the ROI's own
 * {@code #Min/#Max/#Mean dose:} (rounded to whole cGy as the script writes them), every spelling of an
 * RBE-weighted dose unit, and a ROI partly outside the dose grid.
 *
 * <p>The PTV used throughout is the piecewise-linear curve (0 Gy, 100 %), (50 Gy, 100 %), (60 Gy, 50 %),
 * (65 Gy, 0 %): minimum 50 Gy, maximum 65 Gy, mean (50·100 + 10·75 + 5·25)/100 = 58.75 Gy exactly.
 */
class RayStationVariantsTest {

    private static double ptvPercent(double gy) {
        if (gy <= 50) {
            return 100;
        }
        if (gy <= 60) {
            return 100 - 5 * (gy - 50);
        }
        return gy >= 65 ? 0 : 50 - 10 * (gy - 60);
    }

    private static String header() {
        return "#PatientName:Doe^Jane\n#PatientId:00012345\n#Dosename:Plan dose - IMRT_HN (CT 1)\n";
    }

    /** Dose steps of 250 cGy from the maximum down to 0, '%.3f\t%.3f' as the script writes them. */
    private static String ptvFromMaximumDown(String extraKeys) {
        StringBuilder s = new StringBuilder("#RoiName:PTV_60\n#Roi volume fraction outside grid: 0%\n#Dose unit: cGy\n");
        s.append(extraKeys);
        for (int cgy = 6500; cgy >= 0; cgy -= 250) {
            s.append(String.format(Locale.ROOT, "%.3f\t%.3f%n", (double) cgy, ptvPercent(cgy / 100.0)));
        }
        return s.append('\n').toString();
    }

    private static DvhExport read(String text) {
        try {
            return DvhFormats.read("dvh.txt", text.getBytes(StandardCharsets.UTF_8), null);
        } catch (DvhFormatException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static DvhCurve curve(DvhExport e, String name) {
        return e.curves().stream().filter(c -> c.structure().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not read: " + e.problems()));
    }

    private static double metric(DvhCurve c, Metric m) {
        MetricValue v = DvhMetrics.compute(c, m, null);
        assertTrue(v.present(), () -> m + ": " + v.problem());
        return v.value();
    }

    @Test
    void pointsListedFromTheMaximumDownAreReadBackwardsAndAgreeWithTheFilesOwnStatistics() {
        DvhExport e = read(header() + ptvFromMaximumDown(
                "#Volume unit: %\n#Roi volume: 212.37\n#Min dose: 5000\n#Max dose: 6500\n#Mean dose: 5875\n"));
        assertEquals("RaySearch RayStation DVH export", e.format());
        assertEquals(List.of(), e.problems());
        DvhCurve ptv = curve(e, "PTV_60");
        assertEquals(0.0, ptv.doseAt(0));
        assertEquals(100.0, ptv.volumeAt(0));
        assertEquals(212.37, ptv.volumeCc(), 1e-9);
        assertEquals(65.0, metric(ptv, Metric.max()), 1e-9);
        assertEquals(58.75, metric(ptv, Metric.mean()), 1e-9);
        assertEquals(50.0, metric(ptv, Metric.min()), 1e-9);
        assertEquals(55.0, metric(ptv, Metric.doseAtVolume(75, Unit.PERCENT)), 1e-9);
        assertEquals(1, e.stats().size());
        DvhExport.StructureStats st = e.stats().get(0);
        assertEquals(50.0, st.minGy(), 1e-9);
        assertEquals(65.0, st.maxGy(), 1e-9);
        assertEquals(58.75, st.meanGy(), 1e-9);
    }

    @Test
    void pointsAtFixedVolumeStepsInCubicCentimetresUseTheCurvesOwnVolume() {
        StringBuilder s = new StringBuilder(header());
        s.append("#RoiName:Parotid_L\n#Roi volume fraction outside grid: 0%\n#Dose unit: Gy\n#Volume unit: cc\n")
                .append("#Roi volume: 24.00\n#Max dose: 40.00\n#Mean dose: 20.00\n");
        // A uniform spread of dose from 0 to 40 Gy: D(v) = 40·(1 − v/24), listed from the whole volume down.
        for (double cc = 24; cc >= -1e-9; cc -= 2.4) {
            double v = Math.max(0, cc);
            s.append(String.format(Locale.ROOT, "%.3f\t%.3f%n", 40 * (1 - v / 24), v));
        }
        DvhExport e = read(s.toString());
        assertEquals(List.of(), e.problems());
        DvhCurve parotid = curve(e, "Parotid_L");
        assertEquals(24.0, parotid.volumeCc(), 1e-9);
        assertEquals(20.0, metric(parotid, Metric.mean()), 1e-9);
        assertEquals(50.0, metric(parotid, Metric.volumeAtDose(20, Unit.PERCENT)), 1e-9);
        assertEquals(12.0, metric(parotid, Metric.volumeAtDose(20, Unit.CC)), 1e-9);
    }

    @ParameterizedTest(name = "#Dose unit: {0}")
    @ValueSource(strings = {"cGy", "CGY", "cGy(RBE)", "cGy (RBE)", "cGyRBE", "cGy RBE", "cGy[RBE]"})
    void everySpellingOfCentigrayIncludingRbeIsRead(String unit) {
        DvhExport e = read(header() + ptvFromMaximumDown("").replace("#Dose unit: cGy", "#Dose unit: " + unit));
        assertEquals(List.of(), e.problems());
        assertEquals(65.0, metric(curve(e, "PTV_60"), Metric.max()), 1e-9);
    }

    @Test
    void grayWithRbeUnderTheOldUnitKeyIsRead() {
        String text = header() + "#RoiName:CTV\n#Roi volume fraction outside grid: 0 %\n#Unit: Gy (RBE)\n"
                + "0.000\t100.000\n65.000\t100.000\n70.000\t50.000\n73.000\t0.000\n";
        assertEquals(73.0, metric(curve(read(text), "CTV"), Metric.max()), 1e-9);
    }

    @ParameterizedTest(name = "#Dose unit: {0}")
    @ValueSource(strings = {"Sv", "cGy/fx", "MU", "%", "Gy EQD2"})
    void anyOtherDoseUnitIsRefusedAsWrongUnitsAndTheOtherRoisStillLoad(String unit) {
        String bad = ptvFromMaximumDown("").replace("#Dose unit: cGy", "#Dose unit: " + unit).replace("PTV_60", "PTV_BAD");
        DvhExport e = read(header() + bad + ptvFromMaximumDown(""));
        assertEquals(List.of("PTV_60"), e.curves().stream().map(DvhCurve::structure).toList());
        assertEquals(1, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).contains("PTV_BAD") && e.problems().get(0).contains("wrong units"),
                e.problems().toString());
    }

    @Test
    void aVolumeUnitOtherThanPercentOrCubicCentimetresIsRefused() {
        DvhExport e = read(header() + ptvFromMaximumDown("#Volume unit: voxels\n"));
        assertEquals(List.of(), e.curves());
        assertTrue(e.problems().get(0).contains("the volume unit is 'voxels'"), e.problems().toString());
    }

    @Test
    void aRoiPartlyOutsideTheDoseGridIsNotUsedAndTheReasonIsGiven() {
        String outside = ptvFromMaximumDown("").replace("PTV_60", "SpinalCord")
                .replace("outside grid: 0%", "outside grid: 7%");
        DvhExport e = read(header() + outside + ptvFromMaximumDown(""));
        assertEquals(List.of("PTV_60"), e.curves().stream().map(DvhCurve::structure).toList());
        assertEquals(1, e.problems().size(), e.problems().toString());
        String p = e.problems().get(0);
        assertTrue(p.contains("SpinalCord") && p.contains("7 % of the ROI lies outside the dose grid"), p);
    }

    @Test
    void anUnreadableOutsideGridShareIsNotTakenForZero() {
        DvhExport e = read(header() + ptvFromMaximumDown("").replace("outside grid: 0%", "outside grid: n/a"));
        assertEquals(List.of(), e.curves());
        assertTrue(e.problems().get(0).contains("cannot be read"), e.problems().toString());
    }

    @Test
    void aCurveThatContradictsTheFilesOwnMaximumOrMeanIsRefused() {
        DvhExport max = read(header() + ptvFromMaximumDown("#Max dose: 7200\n"));
        assertEquals(List.of(), max.curves());
        assertTrue(max.problems().get(0).contains("reaches 0 % at 65 Gy but the file's own #Max dose is 72 Gy"),
                max.problems().toString());
        DvhExport mean = read(header() + ptvFromMaximumDown("#Mean dose: 5000\n"));
        assertEquals(List.of(), mean.curves());
        assertTrue(mean.problems().get(0).contains("the file's own #Mean dose is 50 Gy"), mean.problems().toString());
        // Within the tolerance a table is held to (max(0.5 Gy, 2 %)) the curve is used.
        DvhExport close = read(header() + ptvFromMaximumDown("#Max dose: 6530\n#Mean dose: 5900\n"));
        assertEquals(List.of(), close.problems());
    }

    @Test
    void aCurveStoppingJustShortOfTheStatedMaximumIsClosedThereAndOneStoppingFarShortStaysOpen() {
        List<String> rows = new ArrayList<>(List.of("0.000\t100.000", "5000.000\t100.000", "6000.000\t50.000",
                "6400.000\t10.000", "6450.000\t0.400"));
        String body = "#RoiName:PTV_60\n#Roi volume fraction outside grid: 0%\n#Dose unit: cGy\n#Max dose: 6480\n"
                + String.join("\n", rows) + "\n";
        DvhCurve closed = curve(read(header() + body), "PTV_60");
        assertEquals(64.8, metric(closed, Metric.max()), 1e-9);
        DvhExport far = read(header() + body.replace("#Max dose: 6480", "#Max dose: 6900"));
        DvhCurve open = curve(far, "PTV_60");
        assertFalse(DvhMetrics.compute(open, Metric.max(), null).present());
        assertTrue(far.problems().get(0).contains("curve ends at 64.5 Gy above 0 % volume"), far.problems().toString());
    }

    @Test
    void aDoseAxisGoingBothWaysIsStillRefused() {
        String text = header() + "#RoiName:Rectum\n#Dose unit: cGy\n0.000\t100.000\n3000.000\t60.000\n"
                + "2000.000\t40.000\n7000.000\t0.000\n";
        DvhExport e = read(text);
        assertEquals(List.of(), e.curves());
        assertTrue(e.problems().get(0).contains("the dose goes down"), e.problems().toString());
    }
}
