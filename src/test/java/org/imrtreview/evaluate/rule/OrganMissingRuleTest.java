package org.imrtreview.evaluate.rule;

import static org.imrtreview.evaluate.TestCases.row;
import static org.imrtreview.evaluate.rule.RuleTestSupport.apply;
import static org.imrtreview.evaluate.rule.RuleTestSupport.assertOne;
import static org.imrtreview.evaluate.rule.RuleTestSupport.brainstem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.imrtreview.evaluate.RowRule;
import org.imrtreview.model.FlagCode;
import org.junit.jupiter.api.Test;

class OrganMissingRuleTest {
    private final RowRule rule = new OrganMissingRule();

    @Test
    void firesWithoutAnOrgan() {
        assertOne(FlagCode.ORGAN_MISSING, apply(rule, row(1, " ", "Max < 54 Gy", "QUANTEC", "62", "52", "Yes")));
    }

    @Test
    void quietWithAnOrgan() {
        assertTrue(apply(rule, brainstem("62", "52", "Yes")).isEmpty());
    }
}
