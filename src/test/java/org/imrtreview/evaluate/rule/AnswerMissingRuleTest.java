package org.imrtreview.evaluate.rule;

import static org.imrtreview.evaluate.rule.RuleTestSupport.apply;
import static org.imrtreview.evaluate.rule.RuleTestSupport.assertOne;
import static org.imrtreview.evaluate.rule.RuleTestSupport.brainstem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.imrtreview.evaluate.RowRule;
import org.imrtreview.model.FlagCode;
import org.junit.jupiter.api.Test;

class AnswerMissingRuleTest {
    private final RowRule rule = new AnswerMissingRule();

    @Test
    void firesForAnEmptyAnswer() {
        assertOne(FlagCode.ANSWER_MISSING, apply(rule, brainstem("62", "52", "")), "did not answer");
    }

    @Test
    void firesForAnUnreadableAnswer() {
        assertOne(FlagCode.ANSWER_MISSING, apply(rule, brainstem("62", "52", "x")), "\"x\"");
    }

    @Test
    void quietForYesOrNo() {
        assertTrue(apply(rule, brainstem("62", "52", "Y")).isEmpty());
    }
}
