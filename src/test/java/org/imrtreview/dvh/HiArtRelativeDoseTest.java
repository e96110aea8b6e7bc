package org.imrtreview.dvh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.Metric;
import org.imrtreview.model.Unit;
import org.junit.jupiter.api.Test;

/**
 * TomoTherapy Hi-Art triplets with the dose in % of the prescription ({@code Relative Dose (%)}, decision
 * 0275; layout assumed from the absolute one, {@code layout/tomotherapy-hiart-relative.csv}): read with the
 * case's prescription like every other relative export, refused without it, and a bare
 * {@code Relative Dose} (fraction or %?) refused.
 */
class HiArtRelativeDoseTest {

    private static final String FILE = "tomotherapy-hiart-relative.csv";

    private static byte[] layout() {
        return DvhReadersGoldenTest.fixture("layout/" + FILE);
    }

    @Test
    void relativeDoseIsReadWithThePrescription() throws Exception {
        DvhExport e = DvhFormats.read(FILE, layout(), 60.0);
        assertEquals(List.of(), e.problems());
        assertEquals(List.of("PTV", "SpinalCord"), e.curves().stream().map(DvhCurve::structure).toList());
        JsonNode truth = new ObjectMapper().readTree(DvhReadersGoldenTest.fixture("layout/expected-layouts.json"))
                .get(FILE);
        for (DvhCurve c : e.curves()) {
            JsonNode t = truth.get(c.structure());
            assertEquals(t.get("maxGy").asDouble(), DvhMetrics.max(c), 0.1, c.structure() + " Dmax");
            assertEquals(t.get("meanGy").asDouble(), DvhMetrics.mean(c), 0.05, c.structure() + " mean");
            assertEquals(t.get("D50%").asDouble(), DvhMetrics.compute(c, Metric.doseAtVolume(50, Unit.PERCENT), null)
                    .value(), 0.1, c.structure() + " D50%");
        }
    }

    @Test
    void withoutAPrescriptionEachStructureIsRefusedWithTheReason() throws Exception {
        DvhExport e = DvhFormats.read(FILE, layout(), null);
        assertEquals(List.of(), e.curves());
        assertEquals(2, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).contains("doses are in % of the prescription, which is not known"),
                e.problems().toString());
    }

    @Test
    void aRelativeDoseWithoutAUnitIsRefusedNotGuessed() throws Exception {
        String text = new String(layout(), StandardCharsets.UTF_8).replace("Relative Dose (%)", "Relative Dose");
        DvhExport e = DvhFormats.read(FILE, text.getBytes(StandardCharsets.UTF_8), 60.0);
        assertEquals(List.of(), e.curves());
        assertEquals(2, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).startsWith("structure 'PTV': the dose column is headed 'Relative Dose' without "
                + "a unit"), e.problems().toString());
    }
}
