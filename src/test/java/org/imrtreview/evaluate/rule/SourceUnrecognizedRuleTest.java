package org.imrtreview.evaluate.rule;

import static org.imrtreview.evaluate.TestCases.row;
import static org.imrtreview.evaluate.rule.RuleTestSupport.apply;
import static org.imrtreview.evaluate.rule.RuleTestSupport.assertOne;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.imrtreview.evaluate.RowRule;
import org.imrtreview.model.FlagCode;
import org.junit.jupiter.api.Test;

class SourceUnrecognizedRuleTest {
    private final RowRule rule = new SourceUnrecognizedRule();

    @Test
    void firesForAnUnknownSource() {
        assertOne(FlagCode.SOURCE_UNRECOGNIZED, apply(rule, row(1, "Brainstem", "Max < 54 Gy", "Dr Smith", "62", "52", "Yes")),
                "\"Dr Smith\"");
    }

    @Test
    void quietForKnownOrMissingSources() {
        assertTrue(apply(rule, row(1, "Brainstem", "Max < 54 Gy", "RTOG 0615", "62", "52", "Yes")).isEmpty());
        assertTrue(apply(rule, row(1, "Brainstem", "Max < 54 Gy", "institutional", "62", "52", "Yes")).isEmpty());
        assertTrue(apply(rule, row(1, "Brainstem", "Max < 54 Gy", "", "62", "52", "Yes")).isEmpty());
    }
}
