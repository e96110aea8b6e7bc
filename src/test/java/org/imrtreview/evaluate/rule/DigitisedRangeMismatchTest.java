package org.imrtreview.evaluate.rule;

import static org.imrtreview.evaluate.TestCases.context;
import static org.imrtreview.evaluate.rule.RuleTestSupport.assertOne;
import static org.imrtreview.evaluate.rule.RuleTestSupport.brainstem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.imrtreview.evaluate.CurveEvidenceSource;
import org.imrtreview.evaluate.DvhEvidence;
import org.imrtreview.evaluate.DvhEvidenceSource;
import org.imrtreview.evaluate.RowRule;
import org.imrtreview.model.Constraint;
import org.imrtreview.model.CurveBound;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.Flag;
import org.imrtreview.model.FlagCode;
import org.imrtreview.model.Metric;
import org.imrtreview.model.Operator;
import org.imrtreview.model.PlanKind;
import org.imrtreview.model.Quantity;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A digitised value the picture shows only as a range (a Dmax whose tail is hidden under other
 * curves, decision 0182) raises DVH_TABLE_MISMATCH only when the table lies outside the whole
 * range by more than the digitised tolerance.
 */
class DigitisedRangeMismatchTest {
    private final RowRule rule = new DvhTableMismatchRule();

    private List<Flag> withRange(String table, double value, double low, double high) {
        DvhEvidenceSource source = (c, r, k, plan) -> plan == PlanKind.THREE_D
                ? Optional.of(new DvhEvidence(plan, value, "BrainStem", "dvh.png", true, low, high,
                        "tail hidden by other curves along 0 %: Dmax between 44 and 62 Gy"))
                : Optional.empty();
        return rule.apply(context(brainstem(table, "52 Gy", "Yes"), source));
    }

    @ParameterizedTest(name = "table {0}, digitised {1} in [{2}, {3}] → flag {4}")
    @CsvSource(textBlock = """
            58 Gy, 44, 44, 62, false
            62 Gy, 44, 44, 62, false
            63.8 Gy, 44, 44, 62, false
            65 Gy, 44, 44, 62, true
            40 Gy, 44, 44, 62, true
            42.7 Gy, 44, 44, 62, false
            58 Gy, 44, 44, 44, true
            """)
    void aRangeFlagsOnlyWhenTheTableLiesOutsideIt(String table, double value, double low, double high, boolean flags) {
        assertEquals(flags, !withRange(table, value, low, high).isEmpty());
    }

    @Test
    void theFlagGivesTheRangeAndWhy() {
        assertOne(FlagCode.DVH_TABLE_MISMATCH, withRange("70 Gy", 44, 44, 62), "between 44 Gy and 62 Gy",
                "tail hidden by other curves");
    }

    @Test
    void aCurveWithABoundGivesItsMetricAsARange() {
        double[] dose = {0, 10, 20, 30, 40, 44};
        double[] volume = {100, 80, 40, 10, 1, 0};
        CurveBound bound = new CurveBound(new double[] {0, 10, 20, 30, 40, 40, 62, 62},
                new double[] {100, 80, 40, 10, 1, 0.5, 0.5, 0}, "tail hidden by other curves along 0 %");
        DvhCurve curve = new DvhCurve("BrainStem", "dvh.png (digitised red solid)", PlanKind.THREE_D, Double.NaN, dose,
                volume, true, "dvh.png", bound);
        ReviewCase reviewCase = new ReviewCase(Path.of("case"), null, List.of(), null, List.of(curve), List.of());
        Constraint maxBelow54 = new Constraint("Max < 54 Gy", Metric.max(), Operator.LT, new Quantity(54, Unit.GY));
        Optional<DvhEvidence> e = new CurveEvidenceSource().find(reviewCase, brainstem("58 Gy", "52 Gy", "Yes"),
                maxBelow54, PlanKind.THREE_D);
        assertTrue(e.isPresent());
        assertTrue(e.get().isRange(), e.get().toString());
        assertEquals(44, e.get().low(), 0.01);
        assertEquals(62, e.get().high(), 0.01);
        assertTrue(e.get().digitised());
    }

    @Test
    void theWorstOfTwoMembersIsARangeWhenTheOtherMembersTailIsHidden() {
        // Left head read whole at 40 Gy; right head read at 36 Gy but its tail may run on under other curves
        // to 62 Gy: the worse head's Dmax lies between 40 and 62 Gy, not at exactly 40 (a table saying 55 Gy
        // must not be flagged).
        DvhCurve left = new DvhCurve("Femur_Head_L", "dvh.png (digitised red solid)", PlanKind.THREE_D, Double.NaN,
                new double[] {0, 20, 40}, new double[] {100, 30, 0}, true, "dvh.png");
        CurveBound hidden = new CurveBound(new double[] {0, 20, 36, 36, 62, 62}, new double[] {100, 30, 0.5, 0.5, 0.5, 0},
                "tail hidden by other curves along 0 %");
        DvhCurve right = new DvhCurve("Femur_Head_R", "dvh.png (digitised blue solid)", PlanKind.THREE_D, Double.NaN,
                new double[] {0, 20, 36}, new double[] {100, 30, 0}, true, "dvh.png", hidden);
        ReviewCase reviewCase = new ReviewCase(Path.of("case"), null, List.of(), null, List.of(left, right), List.of());
        Constraint maxBelow50 = new Constraint("Max < 50 Gy", Metric.max(), Operator.LT, new Quantity(50, Unit.GY));
        org.imrtreview.model.SummaryRow heads = new org.imrtreview.model.SummaryRow(1, "Femoral heads", "Max < 50 Gy",
                "QUANTEC", "55 Gy", "52 Gy", "Yes", "row 2");
        DvhEvidence e = new CurveEvidenceSource().find(reviewCase, heads, maxBelow50, PlanKind.THREE_D).orElseThrow();
        assertEquals(40, e.value(), 0.01);
        assertTrue(e.isRange(), e.toString());
        assertEquals(40, e.low(), 0.01);
        assertEquals(62, e.high(), 0.01);
        assertTrue(e.uncertainty().contains("tail hidden"), e.uncertainty());
    }
    /**
     * A stretch the picture does not show (decision 0309): the trace bridged from 10 Gy at 80 % to 30 Gy at
     * 10 % with a straight line (45 % at 20 Gy), but the curve may run anywhere between level (80 %) and
     * straight down (10 %) there. A table V20Gy of 75 % is inside and never flags; one of 90 % is outside.
     */
    @ParameterizedTest(name = "table V20Gy {0} % → flag {1}")
    @CsvSource(textBlock = """
            75, false
            12, false
            90, true
            """)
    void aVolumeInsideABridgedStretchIsARangeBetweenBothEdges(double table, boolean flags) {
        double[] dose = {0, 10, 30, 44};
        double[] volume = {100, 80, 10, 0};
        CurveBound bound = new CurveBound(new double[] {0, 10, 30, 30, 44}, new double[] {100, 80, 80, 10, 0},
                new double[] {0, 10, 10, 30, 44}, new double[] {100, 80, 10, 10, 0}, "not seen from 10 to 30 Gy");
        DvhCurve curve = new DvhCurve("BrainStem", "dvh.png (digitised red solid)", PlanKind.THREE_D, Double.NaN, dose,
                volume, true, "dvh.png", bound);
        ReviewCase reviewCase = new ReviewCase(Path.of("case"), null, List.of(), null, List.of(curve), List.of());
        Constraint v20 = new Constraint("V20Gy < 50 %", Metric.volumeAtDose(20, Unit.PERCENT), Operator.LT,
                new Quantity(50, Unit.PERCENT));
        org.imrtreview.model.SummaryRow row = new org.imrtreview.model.SummaryRow(1, "Brainstem", "V20Gy < 50 %",
                "QUANTEC", table + " %", "30 %", "No", "row 2");
        DvhEvidence e = new CurveEvidenceSource().find(reviewCase, row, v20, PlanKind.THREE_D).orElseThrow();
        assertEquals(45, e.value(), 0.01);
        assertEquals(10, e.low(), 0.01);
        assertEquals(80, e.high(), 0.01);
        assertTrue(e.uncertainty().contains("not seen"), e.uncertainty());
        assertEquals(flags, org.imrtreview.evaluate.DvhTolerance.differs(table, e, Unit.PERCENT));
    }
}
