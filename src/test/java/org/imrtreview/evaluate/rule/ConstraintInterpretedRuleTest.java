package org.imrtreview.evaluate.rule;

import static org.imrtreview.evaluate.TestCases.row;
import static org.imrtreview.evaluate.rule.RuleTestSupport.apply;
import static org.imrtreview.evaluate.rule.RuleTestSupport.assertOne;
import static org.imrtreview.evaluate.rule.RuleTestSupport.brainstem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.imrtreview.evaluate.RowRule;
import org.imrtreview.model.FlagCode;
import org.junit.jupiter.api.Test;

class ConstraintInterpretedRuleTest {
    private final RowRule rule = new ConstraintInterpretedRule();

    @Test
    void showsTheAssumptionForABareLimit() {
        assertOne(FlagCode.CONSTRAINT_INTERPRETED, apply(rule, row(1, "Brainstem", "< 54 Gy", "QUANTEC", "62", "52", "Yes")),
                "Dmax < 54 Gy", "maximum dose");
    }

    @Test
    void quietWhenNothingWasAssumed() {
        assertTrue(apply(rule, brainstem("62 Gy", "52 Gy", "Yes")).isEmpty());
        assertTrue(apply(rule, row(1, "Brainstem", "keep low", "QUANTEC", "62", "52", "Yes")).isEmpty());
    }
}
