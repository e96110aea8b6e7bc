package org.imrtreview.evaluate;

import static org.imrtreview.evaluate.TestCases.complete;
import static org.imrtreview.evaluate.TestCases.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.imrtreview.model.Determination;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.FlagCode;
import org.imrtreview.model.PlanKind;
import org.imrtreview.model.RowResult;
import org.junit.jupiter.api.Test;

/** SPEC §4: exported DVH data outrank the table beyond tolerance; digitised curves only flag. */
class DvhEvidenceTest {

    /** A fake source: the 3D plan's exported curve gives {@code value3d}; nothing for IMRT. */
    private static DvhEvidenceSource threeD(double value3d, boolean digitised) {
        return (c, r, k, plan) -> plan == PlanKind.THREE_D
                ? Optional.of(new DvhEvidence(plan, value3d, "BrainStem", "3d_plan_dvh.txt", digitised))
                : Optional.empty();
    }

    private static Evaluation evaluate(String table3d, DvhEvidenceSource source) {
        return new Evaluator(StandardRules.all(), source)
                .evaluate(complete(row(1, "Brainstem", "Max < 54 Gy", "QUANTEC", table3d, "52 Gy", "Yes")));
    }

    @Test
    void exportedDataBeyondToleranceDecideTheVerdict() {
        // The table says 3D fails (56 Gy) but the exported DVH gives 53 Gy: both plans meet the limit.
        Evaluation e = evaluate("56 Gy", threeD(53.0, false));
        RowResult r = e.rows().get(0);
        assertEquals(53.0, r.dose3d(), 1e-9);
        assertEquals(53.0, r.dvh3d(), 1e-9);
        assertEquals(56.0, r.table3d().quantity().value(), 1e-9);
        assertEquals(true, r.meets3d());
        assertEquals(false, r.onlyImrtMeets());
        assertTrue(r.has(FlagCode.DVH_TABLE_MISMATCH));
        assertEquals(Determination.CRITERIA_NOT_MET, e.determination());
    }

    @Test
    void reasonSaysTheValueCameFromTheDvhData() {
        Evaluation e = evaluate("56 Gy", threeD(53.04, false));
        assertTrue(e.reasons().contains("Brainstem: both plans meet Dmax < 54 Gy (3D 53 Gy from the submitted DVH data, "
                + "table 56 Gy, IMRT 52 Gy), so IMRT is not needed for this organ."), e.reasons()::toString);
    }

    @Test
    void exportedDataWithinToleranceKeepTheTableValue() {
        RowResult r = evaluate("62 Gy", threeD(62.4, false)).rows().get(0);
        assertEquals(62.0, r.dose3d(), 1e-9);
        assertEquals(62.4, r.dvh3d(), 1e-9);
        assertFalse(r.has(FlagCode.DVH_TABLE_MISMATCH));
    }

    @Test
    void digitisedCurveFlagsButNeverChangesTheVerdict() {
        Evaluation e = evaluate("56 Gy", threeD(53.0, true));
        RowResult r = e.rows().get(0);
        assertEquals(56.0, r.dose3d(), 1e-9);
        assertEquals(false, r.meets3d());
        assertTrue(r.has(FlagCode.DVH_TABLE_MISMATCH));
        assertEquals(Determination.CRITERIA_MET, e.determination());
    }

    @Test
    void exportedDataFillAnEmptyTableCellButTheRowStaysIncomplete() {
        Evaluation e = evaluate("", threeD(62.0, false));
        RowResult r = e.rows().get(0);
        assertEquals(62.0, r.dose3d(), 1e-9);
        assertEquals(true, r.onlyImrtMeets());
        assertFalse(r.complete());
        assertTrue(r.flags().stream().anyMatch(f -> f.code() == FlagCode.VALUE_MISSING && f.message().contains("62 Gy")));
        assertEquals(Determination.INCOMPLETE, e.determination());
    }

    @Test
    void aFailingEvidenceSourceIsIgnored() {
        DvhEvidenceSource broken = (c, r, k, p) -> {
            throw new IllegalArgumentException("corrupt curve");
        };
        assertEquals(Determination.CRITERIA_MET, evaluate("62 Gy", broken).determination());
    }
}
