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
import org.imrtreview.model.Request;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.RowResult;
import org.imrtreview.model.SummaryRow;
import org.junit.jupiter.api.Test;

/**
 * Decision 0401: a 3D value no plan can give — "274 Gy" typed for 27.4, "138%" for 38 %, "1,234.5" in a
 * volume column — used to fail the constraint for the 3D plan and so read as "only IMRT meets it": the
 * lung table of sample 03 with such slips was CRITERIA_MET. The cell now counts as unreadable.
 */
class ImpossibleValuesTest {

    private static final Evaluator EVALUATOR = new Evaluator(StandardRules.all(), DvhEvidenceSource.none());

    private static ReviewCase withRx(Double totalGy, SummaryRow... rows) {
        Request r = new Request("PA-1", null, null, null, null, null, null, null, "Lung",
                totalGy == null ? null : new Request.Prescription(totalGy, 30), null, null, null);
        return complete(rows).withRequest(r);
    }

    private static String messages(RowResult r) {
        return String.join("\n", r.flags().stream().map(f -> f.code() + ": " + f.message()).toList());
    }

    @Test
    void aTypingSlipInThe3dColumnIsAskedForNotTakenAsTheReasonToApprove() {
        Evaluation e = EVALUATOR.evaluate(withRx(60.0,
                row(1, "Total lung", "V20 < 35%", "NCCN", "138%", "29%", "Yes"),
                row(2, "Heart", "Mean < 26 Gy", "QUANTEC", "274 Gy", "18.9 Gy", "Yes"),
                row(3, "Esophagus", "Dmean < 34 Gy", "QUANTEC", "362", "28.7 Gy", "Yes"),
                row(4, "Spinal cord", "Max <= 50 Gy", "QUANTEC", "44.8 Gy", "41.0 Gy", "No")));
        assertEquals(Determination.INCOMPLETE, e.determination(), e.reasons().toString());
        assertEquals(List.of("dose3d"), e.missing());
        for (RowResult r : e.rows().subList(0, 2)) {
            assertFalse(r.supports(), messages(r));
            assertFalse(r.complete(), messages(r));
            assertTrue(r.has(FlagCode.VALUE_IMPOSSIBLE), messages(r));
        }
        assertTrue(messages(e.rows().get(0)).contains("\"138%\" is a volume above 100 % of the organ"), messages(e.rows().get(0)));
        assertTrue(messages(e.rows().get(1)).contains("\"274 Gy\" is a dose above 100 Gy"), messages(e.rows().get(1)));
        // a unit-less 362 against a Gy limit is read as 3.62 Gy (cGy, decision 0011): possible, no finding
        assertFalse(e.rows().get(2).has(FlagCode.VALUE_IMPOSSIBLE), messages(e.rows().get(2)));
        assertFalse(e.rows().get(3).has(FlagCode.VALUE_IMPOSSIBLE));
    }

    @Test
    void aGroupingCommaInAVolumeColumnIsNotAVolume() {
        Evaluation e = EVALUATOR.evaluate(withRx(60.0,
                row(1, "Total lung", "V20 < 35%", "NCCN", "1,234.5", "29", "Yes")));
        assertEquals(Determination.INCOMPLETE, e.determination());
        assertTrue(e.rows().get(0).has(FlagCode.VALUE_IMPOSSIBLE), messages(e.rows().get(0)));
    }

    @Test
    void aDoseAboveTwiceTheShortPrescriptionIsImpossibleButTwiceItIsNot() {
        Evaluation slip = EVALUATOR.evaluate(withRx(40.0,
                row(1, "Heart", "Dmean < 8 Gy", "Institutional", "85 Gy", "6.5 Gy", "Yes")));
        assertTrue(slip.rows().get(0).has(FlagCode.VALUE_IMPOSSIBLE), messages(slip.rows().get(0)));
        assertTrue(messages(slip.rows().get(0)).contains("more than twice the prescribed total dose of 40 Gy"));
        assertEquals(Determination.INCOMPLETE, slip.determination());
        // a radiosurgery-like hot spot of exactly twice the prescription can be real
        Evaluation hot = EVALUATOR.evaluate(withRx(40.0,
                row(1, "Brain", "Dmax < 60 Gy", "Institutional", "80 Gy", "55 Gy", "Yes")));
        assertFalse(hot.rows().get(0).has(FlagCode.VALUE_IMPOSSIBLE), messages(hot.rows().get(0)));
        assertEquals(Determination.CRITERIA_MET, hot.determination());
    }

    @Test
    void dosesInPercentOfThePrescriptionAboveAHundredAreNotVolumes() {
        Evaluation e = EVALUATOR.evaluate(withRx(60.0,
                row(1, "Mandible", "Dmax ≤ 107%", "Institutional", "112%", "105%", "Yes")));
        assertFalse(e.rows().get(0).has(FlagCode.VALUE_IMPOSSIBLE), messages(e.rows().get(0)));
        assertEquals(Determination.CRITERIA_MET, e.determination(), e.reasons().toString());
    }
}
