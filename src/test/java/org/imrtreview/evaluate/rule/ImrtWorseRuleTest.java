package org.imrtreview.evaluate.rule;

import static org.imrtreview.evaluate.rule.RuleTestSupport.apply;
import static org.imrtreview.evaluate.rule.RuleTestSupport.assertOne;
import static org.imrtreview.evaluate.rule.RuleTestSupport.brainstem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.imrtreview.evaluate.RowRule;
import org.imrtreview.model.FlagCode;
import org.junit.jupiter.api.Test;

class ImrtWorseRuleTest {
    private final RowRule rule = new ImrtWorseRule();

    @Test
    void firesWhenOnly3dMeets() {
        assertOne(FlagCode.IMRT_WORSE, apply(rule, brainstem("50 Gy", "56 Gy", "No")), "50 Gy", "56 Gy");
    }

    @Test
    void quietOtherwise() {
        assertTrue(apply(rule, brainstem("62 Gy", "52 Gy", "Yes")).isEmpty());
        assertTrue(apply(rule, brainstem("50 Gy", "52 Gy", "No")).isEmpty());
        assertTrue(apply(rule, brainstem("60 Gy", "58 Gy", "No")).isEmpty());
    }
}
