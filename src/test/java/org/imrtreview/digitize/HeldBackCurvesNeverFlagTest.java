package org.imrtreview.digitize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.imrtreview.evaluate.Evaluator;
import org.imrtreview.evaluate.TestCases;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.FlagCode;
import org.imrtreview.model.PlanKind;
import org.imrtreview.model.RowResult;
import org.imrtreview.model.SummaryRow;
import org.imrtreview.ocr.TextReader;
import org.junit.jupiter.api.Test;

/**
 * A curve the digitiser holds back (shown but not used: lost part-way, a same-colour pair that meets, one line
 * followed twice, a pale shade, a fall seen in a few columns) never reaches the cross-check, even when the nurse
 * names it: the table may say anything about that structure and no DVH_TABLE_MISMATCH is raised from it. The
 * same table value against a used curve is flagged (the path to the flag is live).
 */
class HeldBackCurvesNeverFlagTest {

    private static DigitizeResult digitise(SyntheticDvh s) throws Exception {
        return new DvhImageDigitizer(TextReader.unavailable("not needed")).digitize(s.image(), DigitizeOptions.automatic());
    }

    private static final String[] ORGANS = {"Brainstem", "Spinal Cord", "Parotid L", "Parotid R", "Larynx", "Mandible",
        "Esophagus", "Oral Cavity", "Chiasm", "Cochlea L", "Cochlea R", "Optic Nerve L", "Optic Nerve R", "Lens L",
        "Lens R", "Heart", "Bladder", "Rectum", "Lung L", "Lung R"};

    /** Every traced curve named by the nurse (an organ each, IMRT plan), then the case evaluated. */
    private static Evaluation evaluateWithEveryCurveNamed(DigitizeResult r, List<SummaryRow> rows) {
        List<CurveAssignment> assignments = new ArrayList<>();
        for (int i = 0; i < r.curves().size(); i++) {
            assignments.add(CurveAssignment.byNurse(CurveAssigner.key(r.curves().get(i)), ORGANS[i], PlanKind.IMRT));
        }
        List<DvhCurve> curves = DigitizedCurves.toModel(r, assignments, "dvh.png");
        return Evaluator.standard().evaluate(TestCases.complete(rows.toArray(SummaryRow[]::new)).withDvhCurves(curves));
    }

    /** A Dmax row whose IMRT value lies 30 Gy from what the curve reads. */
    private static SummaryRow farOffDmaxRow(int n, TracedCurve c) {
        double dmax = CurveMetrics.dmax(c.doseGy(), c.volumePercent());
        String far = String.format(java.util.Locale.ROOT, "%.0f Gy", dmax > 40 ? dmax - 30 : dmax + 30);
        return TestCases.row(n, ORGANS[n - 1], "Max < 120 Gy", "QUANTEC", far, far, "Yes");
    }

    private static boolean mismatch(RowResult row) {
        return row.flags().stream().anyMatch(f -> f.code() == FlagCode.DVH_TABLE_MISMATCH);
    }

    @Test
    void heldBackCurvesNamedByTheNurseRaiseNoMismatchWhileUsedOnesDo() throws Exception {
        List<SyntheticDvh> pictures = List.of(
                VarietyDvhCorpus.make(VarietyDvhCorpus.Style.HEAVY_JPEG, 3).dvh(), // a fall seen in 6 columns (0350)
                VarietyDvhCorpus.make(VarietyDvhCorpus.Style.PHOTO_OF_SCREEN, 1).dvh(), // one line followed twice (0279)
                VarietyDvhCorpus.make(VarietyDvhCorpus.Style.HEAVY_JPEG, 0).dvh(), // a pale shade (0310)
                AppLooksCorpus.make(AppLooksCorpus.Look.CROWDED_TAB10, 0).dvh()); // same-colour pairs that meet (0276)
        int heldBack = 0;
        int used = 0;
        for (SyntheticDvh s : pictures) {
            DigitizeResult r = digitise(s);
            assertTrue(r.calibration().trustworthy(), s.name());
            List<SummaryRow> rows = new ArrayList<>();
            for (int i = 0; i < r.curves().size(); i++) {
                rows.add(farOffDmaxRow(i + 1, r.curves().get(i)));
            }
            Evaluation e = evaluateWithEveryCurveNamed(r, rows);
            for (int i = 0; i < r.curves().size(); i++) {
                TracedCurve c = r.curves().get(i);
                RowResult row = e.rows().get(i);
                if (c.tracedWhole(r.calibration())) {
                    used++;
                    assertTrue(mismatch(row), s.name() + " used curve #" + (i + 1) + " " + c.describe() + " flags 30 Gy off: " + row);
                } else {
                    heldBack++;
                    assertFalse(mismatch(row), s.name() + " held-back curve #" + (i + 1) + " " + c.describe()
                            + " raised " + row.flags());
                    assertEquals(null, row.dvhImrt(), "no DVH value from a held-back curve: " + row);
                }
            }
        }
        assertTrue(heldBack >= 6, "held-back curves met: " + heldBack);
        assertTrue(used >= 20, "used curves met: " + used);
    }
}
