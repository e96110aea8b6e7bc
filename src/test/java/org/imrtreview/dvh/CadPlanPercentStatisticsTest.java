package org.imrtreview.dvh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.imrtreview.model.DvhCurve;
import org.junit.jupiter.api.Test;

/**
 * CadPlan statistics printed in % of the prescription ({@code Dose maximum (%)}), as RadOnc and DVHmetrics
 * read them (decision 0275): converted with the 100 % dose the file's own Gy and % columns show, then the
 * curve is held to them like statistics in Gy (0295). Layouts written by {@code generate_layouts.py}
 * ({@code cadplan_percent}): 57 Gy prescribed to the 95 % isodose, so 100 % = 60 Gy.
 */
class CadPlanPercentStatisticsTest {

    private static String layout(String name) {
        return new String(DvhReadersGoldenTest.fixture("layout/" + name), StandardCharsets.UTF_8);
    }

    private static DvhExport read(String name, String text) throws DvhFormatException {
        return DvhFormats.read(name, text.getBytes(StandardCharsets.UTF_8), null);
    }

    @Test
    void percentStatisticsAreConvertedWithTheHundredPercentDoseOfTheFilesOwnColumns() throws Exception {
        DvhExport e = read("cadplan-percent-stats.txt", layout("cadplan-percent-stats.txt"));
        assertEquals(List.of(), e.problems());
        JsonNode truth = new ObjectMapper().readTree(DvhReadersGoldenTest.fixture("layout/expected-layouts.json"))
                .get("cadplan-percent-stats.txt");
        assertEquals(2, e.stats().size());
        for (DvhExport.StructureStats st : e.stats()) {
            JsonNode t = truth.get(st.structure());
            // printed to 0.01 % of 60 Gy: 0.006 Gy; 100 % taken from the row with the largest %
            assertEquals(t.get("maxGy").asDouble(), st.maxGy(), 0.01, st.structure() + " max (%) -> Gy");
            assertEquals(t.get("meanGy").asDouble(), st.meanGy(), 0.01, st.structure() + " mean (%) -> Gy");
            assertEquals(t.get("minGy").asDouble(), st.minGy(), 0.01, st.structure() + " min (%) -> Gy");
        }
        for (DvhCurve c : e.curves()) {
            double max = truth.get(c.structure()).get("maxGy").asDouble();
            assertEquals(max, DvhMetrics.max(c), 0.1, c.structure() + " Dmax within a 0.1-Gy row");
        }
    }

    @Test
    void aCurveContradictingItsPercentStatisticsIsRefused() throws Exception {
        String text = layout("cadplan-percent-stats.txt");
        assertTrue(text.contains("Dose maximum (%)   : 100.80"));
        // 110.80 % of 60 Gy = 66.48 Gy against a curve ending at 60.5 Gy
        DvhExport e = read("cadplan-percent-stats.txt", text.replace("Dose maximum (%)   : 100.80",
                "Dose maximum (%)   : 110.80"));
        assertEquals(List.of("SpinalCord"), e.curves().stream().map(DvhCurve::structure).toList());
        assertTrue(e.problems().get(0).startsWith("structure 'PTV'") && e.problems().get(0)
                .contains("the file's own maximum is 66.48 Gy") && e.problems().get(0).contains("contradicts itself"),
                e.problems().toString());
        // Read against the prescription alone (57 Gy, as DVHmetrics does) the printed 100.80 % would be
        // 57.46 Gy, 3 Gy below the curve's end: the file's own columns decide, not a guess.
        assertEquals(List.of(), read("x.txt", text).problems());
    }

    @Test
    void aRelativeOnlyTableUnderAPrescriptionToAnotherIsodoseIsRefused() throws Exception {
        DvhExport e = read("cadplan-relative-isodose95.txt", layout("cadplan-relative-isodose95.txt"));
        assertEquals(List.of(), e.curves());
        assertEquals(2, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).contains("prescription (57 Gy) is to the 95 % isodose, so the dose of 100 % is "
                + "not certain (57 Gy or 60 Gy)"), e.problems().toString());
    }

    @Test
    void aRelativeOnlyTablePrescribedToTheHundredPercentIsodoseIsReadAndHeldToItsPercentStatistics() throws Exception {
        // Rewritten as if prescribed 60 Gy to 100 %: then 100 % = 60 Gy in both peers' readings.
        String text = layout("cadplan-relative-isodose95.txt").replace("Prescr. dose (Gy)  : 57.00",
                "Prescr. dose (Gy)  : 60.00").replace("% for dose         : 95", "% for dose         : 100");
        DvhExport e = read("cadplan-relative-isodose95.txt", text);
        assertEquals(List.of(), e.problems());
        JsonNode truth = new ObjectMapper().readTree(DvhReadersGoldenTest.fixture("layout/expected-layouts.json"))
                .get("cadplan-relative-isodose95.txt");
        for (DvhCurve c : e.curves()) {
            assertEquals(truth.get(c.structure()).get("maxGy").asDouble(), DvhMetrics.max(c), 0.1, c.structure());
        }
        DvhExport off = read("x.txt", text.replace("Dose mean (%)      : 95.00", "Dose mean (%)      : 85.00"));
        assertEquals(List.of("SpinalCord"), off.curves().stream().map(DvhCurve::structure).toList());
        assertTrue(off.problems().get(0).contains("the file's own mean is 51 Gy"), off.problems().toString());
    }
}
