package org.imrtreview.evaluate.rule;

import static org.imrtreview.evaluate.rule.RuleTestSupport.apply;
import static org.imrtreview.evaluate.rule.RuleTestSupport.assertOne;
import static org.imrtreview.evaluate.rule.RuleTestSupport.brainstem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.imrtreview.evaluate.RowRule;
import org.imrtreview.model.FlagCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BorderlineRuleTest {
    private final RowRule rule = new BorderlineRule();

    @ParameterizedTest(name = "3D {0}, IMRT {1} against < 54 Gy → borderline {2}")
    @CsvSource(delimiter = '|', textBlock = """
            62    | 52    | false
            62    | 53    | true
            62    | 52.92 | true
            62    | 52.9  | false
            55    | 40    | true
            54    | 40    | true
            55.08 | 40    | true
            55.1  | 40    | false
            """)
    void firesWithinTwoPercentOfTheLimit(String d3, String imrt, boolean fires) {
        assertEquals(fires, !apply(rule, brainstem(d3, imrt, "Yes")).isEmpty());
    }

    @Test
    void namesThePlanAndTheLimit() {
        assertOne(FlagCode.BORDERLINE, apply(rule, brainstem("62", "53.5", "Yes")), "IMRT value 53.5 Gy", "54 Gy");
    }
}
