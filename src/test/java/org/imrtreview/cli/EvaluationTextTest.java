package org.imrtreview.cli;

import static org.imrtreview.evaluate.TestCases.complete;
import static org.imrtreview.evaluate.TestCases.policyExampleRows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.imrtreview.evaluate.Evaluator;
import org.imrtreview.evaluate.TestCases;
import org.imrtreview.model.DocumentKind;
import org.imrtreview.model.ReviewCase;
import org.junit.jupiter.api.Test;

class EvaluationTextTest {

    private static String text(ReviewCase c, boolean unicode) {
        return new EvaluationText(unicode).write(c, Evaluator.standard().evaluate(c));
    }

    @Test
    void showsEachRowWithMarksPerPlanAndTheDetermination() {
        String out = text(complete(policyExampleRows()), true);
        assertTrue(out.contains("Brainstem"), out);
        assertTrue(out.contains("62 Gy ✗"), out);
        assertTrue(out.contains("52 Gy ✓"), out);
        assertTrue(out.contains("Determination: CRITERIA_MET"), out);
        assertTrue(out.contains("Reasons:"), out);
        assertTrue(out.contains("only the IMRT plan meets Dmax < 54 Gy"), out);
    }

    @Test
    void flagsAreListedUnderTheirRow() {
        String out = text(complete(TestCases.row(1, "Brainstem", "Max < 54 Gy", "QUANTEC", "62 Gy", "52 Gy", "No")), true);
        int row = out.indexOf("Brainstem");
        int flag = out.indexOf("ANSWER_MISMATCH");
        assertTrue(row >= 0 && flag > row, out);
    }

    @Test
    void missingItemsAreListed() {
        ReviewCase c = TestCases.caseWith(TestCases.table(policyExampleRows()),
                TestCases.completeDocumentsExcept(DocumentKind.CHART_NOTES));
        String out = text(c, true);
        assertTrue(out.contains("Determination: INCOMPLETE"), out);
        assertTrue(out.contains("Missing: chart notes"), out);
    }

    @Test
    void asciiTerminalsGetAsciiMarks() {
        String out = text(complete(TestCases.row(1, "Cord", "Dmax ≤ 45 Gy", "QUANTEC", "46 Gy", "44 Gy", "Yes")), false);
        assertFalse(out.contains("✓"));
        assertFalse(out.contains("≤"));
        assertTrue(out.contains("Dmax <= 45 Gy"), out);
        assertTrue(out.contains("46 Gy NO"), out);
        assertTrue(out.contains("44 Gy ok"), out);
    }
}
