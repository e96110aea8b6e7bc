package org.imrtreview.letter.content;

import static org.imrtreview.evaluate.TestCases.complete;
import static org.imrtreview.evaluate.TestCases.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.imrtreview.evaluate.Evaluator;
import org.imrtreview.model.Request;
import org.imrtreview.model.RowResult;
import org.imrtreview.model.SummaryRow;
import org.junit.jupiter.api.Test;

/** Letters explain rows with several limits, limits in % of the prescription and "ALARA" rows in plain words. */
class RowFindingsLimitsTest {

    private static List<RowResult> rows(SummaryRow... rows) {
        Request request = new Request("PA-1", null, null, null, null, null, null, null, "Lung",
                new Request.Prescription(60.0, 30), null, null, null);
        return Evaluator.standard().evaluate(complete(rows).withRequest(request)).rows();
    }

    @Test
    void memberSentencesGiveEveryLimitsValues() {
        List<String> s = RowFindings.memberSentences(rows(
                row(1, "Lungs", "V20 < 35%, Dmean < 20 Gy", "Institutional", "38%, 21.2 Gy", "29%, 17.5 Gy", "Yes")));
        String sentence = s.get(0);
        assertTrue(sentence.contains("This row has 2 limits, and a plan must stay within all of them."), sentence);
        assertTrue(sentence.contains("The 3D plan gives 38% for V20Gy, 21.2 Gy for Dmean and the IMRT plan gives 29% for V20Gy,"
                + " 17.5 Gy for Dmean."), sentence);
        assertTrue(sentence.contains("Only the IMRT plan stays within the limit."), sentence);
    }

    @Test
    void theClinicalTableShowsHowAPercentLimitWasWorkedOut() {
        List<List<String>> table = RowFindings.clinicalRows(rows(
                row(1, "Brainstem", "Dmax < 105% of Rx", "Institutional", "66 Gy", "61 Gy", "Yes")));
        assertEquals("Dmax < 105% of Rx (105% of 60 Gy = 63 Gy)", table.get(0).get(2));
        assertEquals("66 Gy", table.get(0).get(4));
    }

    @Test
    void anAlaraRowIsExplainedNotCalledUnreadable() {
        String sentence = RowFindings.memberSentences(rows(
                row(1, "Lacrimal gland", "As low as possible", "Institutional", "", "", ""))).get(0);
        assertTrue(sentence.contains("gives no number, so it cannot show that IMRT is needed"), sentence);
    }
}
