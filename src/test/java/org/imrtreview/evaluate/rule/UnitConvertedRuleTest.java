package org.imrtreview.evaluate.rule;

import static org.imrtreview.evaluate.TestCases.row;
import static org.imrtreview.evaluate.rule.RuleTestSupport.apply;
import static org.imrtreview.evaluate.rule.RuleTestSupport.assertOne;
import static org.imrtreview.evaluate.rule.RuleTestSupport.brainstem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.imrtreview.evaluate.RowRule;
import org.imrtreview.model.FlagCode;
import org.junit.jupiter.api.Test;

class UnitConvertedRuleTest {
    private final RowRule rule = new UnitConvertedRule();

    @Test
    void centigrayValueIsConvertedAndSaid() {
        assertOne(FlagCode.UNIT_CONVERTED, apply(rule, brainstem("6200 cGy", "52 Gy", "Yes")), "\"6200 cGy\"", "62 Gy");
    }

    @Test
    void implausibleUnitlessDoseIsReadAsCentigrayAndSaid() {
        assertOne(FlagCode.UNIT_CONVERTED, apply(rule, brainstem("6200", "52", "Yes")),
                "no unit", "not a plausible dose", "62 Gy");
    }

    @Test
    void centigrayLimitIsSaid() {
        assertOne(FlagCode.UNIT_CONVERTED, apply(rule, row(1, "Brainstem", "Dmax < 5400 cGy", "QUANTEC", "62 Gy", "52 Gy", "Yes")),
                "limit", "54 Gy");
    }

    @Test
    void quietWhenAllIsInGray() {
        assertTrue(apply(rule, brainstem("62 Gy", "52", "Yes")).isEmpty());
    }
}
