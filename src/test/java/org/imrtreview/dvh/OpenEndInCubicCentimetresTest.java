package org.imrtreview.dvh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.Metric;
import org.imrtreview.model.Unit;
import org.junit.jupiter.api.Test;

/**
 * A large structure's curve cut short keeps well under 0.1 % of its volume above the cut yet many cm³
 * (decision 0284): its maximum is unknown, not the cut dose.
 */
class OpenEndInCubicCentimetresTest {

    /** A PlanIQ table (the real files' layout) of a 2000-cm³ bowel bag and a 25-cm³ brainstem, cut at 40 Gy. */
    private static DvhExport cutAt40Gy() {
        StringBuilder s = new StringBuilder("BOWEL BAG\t \tBRAINSTEM\n");
        s.append("Dose (Gy)\tVolume (cc)\tDose (Gy)\tVolume (cc)\n");
        for (int gy = 0; gy <= 40; gy++) {
            double bowel = gy < 40 ? 2000 * Math.exp(-gy / 6.0) : 1.5; // 1.5 cm³ = 0.075 % still above 40 Gy
            double stem = gy <= 30 ? 25 * (1 - gy / 30.0) : 0;
            s.append(gy).append('\t').append(String.format(java.util.Locale.ROOT, "%.3f", bowel)).append('\t')
                    .append(gy).append('\t').append(String.format(java.util.Locale.ROOT, "%.3f", stem)).append('\n');
        }
        try {
            return DvhFormats.read("cut.txt", s.toString().getBytes(StandardCharsets.UTF_8), null);
        } catch (DvhFormatException e) {
            throw new AssertionError(e);
        }
    }

    private static DvhCurve curve(DvhExport e, String name) {
        return e.curves().stream().filter(c -> c.structure().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aTailOfMoreThanAHundredthOfACubicCentimetreLeavesTheMaximumUnknown() {
        DvhExport e = cutAt40Gy();
        DvhCurve bowel = curve(e, "BOWEL BAG");
        assertTrue(bowel.volumeAt(bowel.size() - 1) < DvhMetrics.OPEN_END_PERCENT, "under 0.1 % of the structure");
        MetricValue max = DvhMetrics.compute(bowel, Metric.max(), null);
        assertFalse(max.present(), "a cut curve gives no Dmax");
        assertTrue(max.problem().contains("curve ends at 40 Gy above 0 % volume") && max.problem().contains("1.5 cm³"),
                max.problem());
        assertTrue(e.problems().stream().anyMatch(p -> p.contains("'BOWEL BAG'") && p.contains("maximum unknown")),
                e.problems().toString());
        // what lies within the curve is still known
        assertTrue(DvhMetrics.compute(bowel, Metric.volumeAtDose(20, Unit.CC), null).present());
        // a curve that reaches 0 is not touched
        assertEquals(30.0, DvhMetrics.compute(curve(e, "BRAINSTEM"), Metric.max(), null).value(), 1e-9);
        assertEquals(1, e.problems().size(), e.problems().toString());
    }

    @Test
    void theLastVoxelsShareOfARealExportStillCloses() throws Exception {
        // PlanIQ lung SBRT (PyPlanScoring, BSD-3): the 23-litre body ends with 0.018 cm³ at 57 Gy
        DvhExport e = DvhFormats.read("lung.txt", DvhReadersGoldenTest.fixture("real/pps-planiq-lung-sbrt-cc.txt"), null);
        assertEquals(List.of(), e.problems());
        assertEquals(57.0, DvhMetrics.compute(curve(e, "BODY_P"), Metric.max(), null).value(), 1e-9);
    }
}
