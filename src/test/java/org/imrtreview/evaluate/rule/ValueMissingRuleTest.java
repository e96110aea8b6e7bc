package org.imrtreview.evaluate.rule;

import static org.imrtreview.evaluate.TestCases.row;
import static org.imrtreview.evaluate.rule.RuleTestSupport.apply;
import static org.imrtreview.evaluate.rule.RuleTestSupport.assertOne;
import static org.imrtreview.evaluate.rule.RuleTestSupport.brainstem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.imrtreview.evaluate.RowRule;
import org.imrtreview.model.Flag;
import org.imrtreview.model.FlagCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueMissingRuleTest {
    private final RowRule rule = new ValueMissingRule();

    @ParameterizedTest(name = "3D \"{0}\", IMRT \"{1}\" → {2} flags")
    @CsvSource(delimiter = '|', textBlock = """
            62 Gy   | 52 Gy   | 0
            ''      | 52 Gy   | 1
            n/a     | 52 Gy   | 1
            62 Gy   | —       | 1
            ''      | ''      | 2
            high    | 52 Gy   | 1
            62 Gy   | 52 %    | 1
            """)
    void flagsEachPlanWithoutAComparableValue(String d3, String imrt, int count) {
        assertEquals(count, apply(rule, brainstem(d3, imrt, "Yes")).size());
    }

    @Test
    void explainsAUnitThatCannotBeCompared() {
        List<Flag> flags = apply(rule, row(1, "Lung", "V20 < 35%", "QUANTEC", "170 cc", "30%", "Yes"));
        assertOne(FlagCode.VALUE_MISSING, flags, "\"170 cc\"", "in cc", "limit is in %");
    }
}
