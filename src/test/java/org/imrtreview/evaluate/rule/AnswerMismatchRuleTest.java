package org.imrtreview.evaluate.rule;

import static org.imrtreview.evaluate.rule.RuleTestSupport.apply;
import static org.imrtreview.evaluate.rule.RuleTestSupport.assertOne;
import static org.imrtreview.evaluate.rule.RuleTestSupport.brainstem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.imrtreview.evaluate.RowRule;
import org.imrtreview.model.Flag;
import org.imrtreview.model.FlagCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerMismatchRuleTest {
    private final RowRule rule = new AnswerMismatchRule();

    @ParameterizedTest(name = "3D {0}, IMRT {1}, answer {2} → mismatch {3}")
    @CsvSource(delimiter = '|', textBlock = """
            62 Gy | 52 Gy | Yes (only IMRT meets constraint) | false
            62 Gy | 52 Gy | No                               | true
            50 Gy | 52 Gy | No (both meet constraint)        | false
            50 Gy | 52 Gy | Yes                              | true
            60 Gy | 58 Gy | Yes                              | true
            60 Gy | 58 Gy | No (neither meets constraint)    | false
            50 Gy | 58 Gy | Yes                              | true
            """)
    void firesWhenTheAnswerDiffersFromTheNumbers(String d3, String imrt, String answer, boolean fires) {
        List<Flag> flags = apply(rule, brainstem(d3, imrt, answer));
        assertEquals(fires, !flags.isEmpty(), flags::toString);
    }

    @Test
    void saysWhatTheNumbersShow() {
        assertOne(FlagCode.ANSWER_MISMATCH, apply(rule, brainstem("50 Gy", "52 Gy", "Yes")),
                "answered Yes", "both plans meet", "3D 50 Gy, IMRT 52 Gy");
    }

    @Test
    void quietWithoutAReadableAnswerOrValues() {
        assertTrue(apply(rule, brainstem("62 Gy", "52 Gy", "x")).isEmpty());
        assertTrue(apply(rule, brainstem("", "52 Gy", "No")).isEmpty());
    }
}
