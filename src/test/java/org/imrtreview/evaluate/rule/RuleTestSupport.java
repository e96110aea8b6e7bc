package org.imrtreview.evaluate.rule;

import static org.imrtreview.evaluate.TestCases.context;
import static org.imrtreview.evaluate.TestCases.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.imrtreview.evaluate.RowRule;
import org.imrtreview.model.Flag;
import org.imrtreview.model.FlagCode;
import org.imrtreview.model.SummaryRow;

/** Shared helpers of the rule tests: a row evaluated against a complete case. */
final class RuleTestSupport {

    private RuleTestSupport() {
    }

    static List<Flag> apply(RowRule rule, SummaryRow row) {
        return rule.apply(context(row));
    }

    static SummaryRow brainstem(String d3, String imrt, String answer) {
        return row(1, "Brainstem", "Max < 54 Gy", "QUANTEC", d3, imrt, answer);
    }

    static void assertOne(FlagCode code, List<Flag> flags, String... fragments) {
        assertEquals(1, flags.size(), flags::toString);
        assertEquals(code, flags.get(0).code());
        for (String f : fragments) {
            assertTrue(flags.get(0).message().contains(f), () -> flags.get(0).message() + " should contain " + f);
        }
        assertFalse(flags.get(0).blocksSupport());
    }

}
