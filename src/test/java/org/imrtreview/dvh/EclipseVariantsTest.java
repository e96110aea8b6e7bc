package org.imrtreview.dvh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.imrtreview.model.DvhCurve;
import org.junit.jupiter.api.Test;

/** Eclipse export variants seen across versions and clinics, written inline (each a few rows). */
class EclipseVariantsTest {

    private static final String HEAD = """
            Patient Name         : Test, Case
            Patient ID           : 1
            Type                 : Cumulative Dose Volume Histogram

            """;

    private static DvhExport read(String text) throws DvhFormatException {
        return DvhFormats.read("x.txt", text.getBytes(StandardCharsets.UTF_8), null);
    }

    @Test
    void newerTotalDoseKeyInGyConvertsARelativeOnlyTable() throws Exception {
        DvhExport e = read(HEAD + """
                Plan: IMRT1
                Course: C1
                Total dose [Gy]: 70.0
                % for dose (%): 100.0

                Structure: Rectum
                Plan: IMRT1
                Volume [cm³]: 60.0

                Relative dose [%] Ratio of Total Structure Volume [%]
                       0     100
                      50      40
                     100       0
                """);
        assertEquals(70.0, e.plans().get(0).prescriptionGy(), 1e-9);
        DvhCurve c = e.curves().get(0);
        assertEquals(35.0, c.doseAt(1), 1e-9);
        assertEquals(70.0, c.doseAt(2), 1e-9);
    }

    @Test
    void columnOrderIsReadFromTheHeaderNotAssumed() throws Exception {
        DvhExport e = read(HEAD + """
                Plan: 3D
                Prescribed dose [cGy]: 5000.0
                % for dose (%): 100.0

                Structure: Cord
                Plan: 3D
                Volume [cm³]: 20.0

                Ratio of Total Structure Volume [%]     Dose [cGy]
                    100        0
                     50     2000
                      0     4000
                """);
        DvhCurve c = e.curves().get(0);
        assertEquals(20.0, c.doseAt(1), 1e-9);
        assertEquals(50.0, c.volumeAt(1), 1e-9);
    }

    @Test
    void uncertaintyScenariosAreLeftOutAndSaidSo() throws Exception {
        DvhExport e = read(HEAD + """
                Plan: IMRT
                Prescribed dose [cGy]: 6000.0
                % for dose (%): 100.0

                Structure: Brainstem
                Plan: IMRT
                Volume [cm³]: 25.0

                Dose [cGy] Ratio of Total Structure Volume [%]
                   0   100
                5000     0

                Uncertainty plan: U1 (variation +3 mm X)
                Structure: Brainstem
                Plan: IMRT
                Volume [cm³]: 25.0

                Dose [cGy] Ratio of Total Structure Volume [%]
                   0   100
                5600     0
                """);
        assertEquals(1, e.curves().size());
        assertEquals(50.0, DvhMetrics.max(e.curves().get(0)), 1e-9);
        assertTrue(e.problems().get(0).contains("uncertainty-scenario"), e.problems().toString());
    }

    @Test
    void zeroHeaderVolumeFallsBackToTheCurvesLargestCc() throws Exception {
        DvhExport e = read(HEAD + """
                Plan: IMRT
                Prescribed dose [cGy]: 6000.0
                % for dose (%): 100.0

                Structure: Cochlea_L
                Plan: IMRT
                Volume [cm³]: 0.0

                Dose [cGy] Structure Volume [cm³]
                   0   0.04
                3000   0.02
                4000   0
                """);
        DvhCurve c = e.curves().get(0);
        assertEquals(0.04, c.volumeCc(), 1e-12);
        assertEquals(50.0, c.volumeAt(1), 1e-9);
    }

    @Test
    void relativeDoseWithoutPrescriptionIsExplained() throws Exception {
        DvhExport e = read(HEAD + """
                Plan sum: Sum
                Prescribed dose [cGy]: not defined
                % for dose (%): not defined

                Structure: Heart
                Plan: Sum
                Volume [cm³]: 600.0

                Dose [%] Ratio of Total Structure Volume [%]
                   0   100
                 100     0
                """);
        assertEquals(0, e.curves().size());
        assertTrue(e.problems().get(0).contains("no prescription"), e.problems().toString());
    }
}
