package org.imrtreview.evaluate.rule;

import static org.imrtreview.evaluate.TestCases.row;
import static org.imrtreview.evaluate.rule.RuleTestSupport.apply;
import static org.imrtreview.evaluate.rule.RuleTestSupport.assertOne;
import static org.imrtreview.evaluate.rule.RuleTestSupport.brainstem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.imrtreview.evaluate.RowRule;
import org.imrtreview.model.FlagCode;
import org.junit.jupiter.api.Test;

class ConstraintUnparsedRuleTest {
    private final RowRule rule = new ConstraintUnparsedRule();

    @Test
    void keepsTheTextAndSaysWhy() {
        assertOne(FlagCode.CONSTRAINT_UNPARSED,
                apply(rule, row(1, "Cord", "Max < 45 Gy or D1cc < 50 Gy", "RTOG", "40", "38", "No")),
                "\"Max < 45 Gy or D1cc < 50 Gy\"", "alternative limits");
    }

    @Test
    void emptyConstraintIsFlagged() {
        assertOne(FlagCode.CONSTRAINT_UNPARSED, apply(rule, row(1, "Cord", "", "RTOG", "40", "38", "No")),
                "No dose constraint");
    }

    @Test
    void quietForAReadableConstraint() {
        assertTrue(apply(rule, brainstem("62 Gy", "52 Gy", "Yes")).isEmpty());
    }
}
