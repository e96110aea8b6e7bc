package org.imrtreview.evaluate;

import static org.imrtreview.evaluate.TestCases.complete;
import static org.imrtreview.evaluate.TestCases.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.imrtreview.model.Determination;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.FlagCode;
import org.imrtreview.model.RowResult;
import org.junit.jupiter.api.Test;

/**
 * Decision 0405: a table that lists the heart twice with the same metric and two different 3D values
 * (27.4 Gy "Yes", 24.1 Gy "No") used to count the row that supports approval and ignore the other.
 */
class ConflictingRowsTest {

    private static final Evaluator EVALUATOR = new Evaluator(StandardRules.all(), DvhEvidenceSource.none());

    private static String messages(RowResult r) {
        return String.join("\n", r.flags().stream().map(f -> f.code() + ": " + f.message()).toList());
    }

    @Test
    void theSameOrganAndMetricWithTwoValuesForOnePlanSupportsNothingAndIsAskedFor() {
        Evaluation e = EVALUATOR.evaluate(complete(
                row(1, "Heart", "Mean < 26 Gy", "QUANTEC", "27.4 Gy", "18.9 Gy", "Yes"),
                row(2, "Spinal cord", "Max <= 50 Gy", "QUANTEC", "44.8 Gy", "41.0 Gy", "No"),
                row(3, "heart", "Dmean < 26 Gy", "QUANTEC", "2410 cGy", "18.9 Gy", "No")));
        assertEquals(Determination.INCOMPLETE, e.determination(), e.reasons().toString());
        assertEquals(List.of("dose3d"), e.missing());
        RowResult first = e.rows().get(0);
        assertFalse(first.supports(), messages(first));
        assertTrue(first.has(FlagCode.ROWS_CONFLICT), messages(first));
        assertTrue(messages(first).contains("row 3 lists \"heart\" again with \"Dmean < 26 Gy\" and a 3D value of \"2410 cGy\""),
                messages(first));
        assertTrue(e.rows().get(2).has(FlagCode.ROWS_CONFLICT));
        assertFalse(e.rows().get(1).has(FlagCode.ROWS_CONFLICT));
    }

    @Test
    void twoLimitsOnOneMetricWithTheSameValuesAndOtherMetricsOfOneOrganAreNoConflict() {
        Evaluation e = EVALUATOR.evaluate(complete(
                row(1, "Heart", "Mean < 26 Gy", "QUANTEC", "27.4 Gy", "18.9 Gy", "Yes"),
                row(2, "Heart", "Dmean < 30 Gy", "Institutional", "27.40 Gy", "18.9 Gy", "No"),
                row(3, "Heart", "V30 < 46%", "QUANTEC", "40%", "21%", "No"),
                row(4, "Lung", "V20 < 35%", "QUANTEC", "38%", "29%", "Yes"),
                row(5, "Lung", "V5 < 65%", "QUANTEC", "60%", "64%", "No")));
        assertEquals(Determination.CRITERIA_MET, e.determination(), e.reasons().toString());
        for (RowResult r : e.rows()) {
            assertFalse(r.has(FlagCode.ROWS_CONFLICT), messages(r));
        }
        assertTrue(e.rows().get(0).supports());
    }
}
