package org.imrtreview.evaluate.rule;

import static org.imrtreview.evaluate.TestCases.row;
import static org.imrtreview.evaluate.rule.RuleTestSupport.apply;
import static org.imrtreview.evaluate.rule.RuleTestSupport.assertOne;
import static org.imrtreview.evaluate.rule.RuleTestSupport.brainstem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.imrtreview.evaluate.RowRule;
import org.imrtreview.model.FlagCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceMissingRuleTest {
    private final RowRule rule = new SourceMissingRule();

    @ParameterizedTest
    @CsvSource(textBlock = """
            ''
            n/a
            —
            """)
    void firesForAnEmptySource(String source) {
        assertOne(FlagCode.SOURCE_MISSING, apply(rule, row(1, "Brainstem", "Max < 54 Gy", source, "62", "52", "Yes")));
    }

    @Test
    void quietWhenASourceIsWritten() {
        assertTrue(apply(rule, brainstem("62", "52", "Yes")).isEmpty());
    }
}
