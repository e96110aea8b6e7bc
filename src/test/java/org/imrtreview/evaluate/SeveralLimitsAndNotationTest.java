package org.imrtreview.evaluate;

import static org.imrtreview.evaluate.TestCases.complete;
import static org.imrtreview.evaluate.TestCases.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.imrtreview.model.Determination;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.Flag;
import org.imrtreview.model.FlagCode;
import org.imrtreview.model.Request;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.RowResult;
import org.imrtreview.model.SummaryRow;
import org.junit.jupiter.api.Test;

/** Rows as clinics write them (issue 22): several limits per cell, % of prescription, per fraction, ranges, ALARA, critical volumes. */
class SeveralLimitsAndNotationTest {

    private static final Evaluator EVALUATOR = new Evaluator(StandardRules.all(), DvhEvidenceSource.none());

    private static ReviewCase withRx(Double totalGy, Integer fractions, SummaryRow... rows) {
        Request r = new Request("PA-1", null, null, null, null, null, null, null, "Lung",
                totalGy == null && fractions == null ? null : new Request.Prescription(totalGy, fractions), null, null, null);
        return complete(rows).withRequest(r);
    }

    private static RowResult only(Evaluation e) {
        return e.rows().get(0);
    }

    private static String messages(RowResult r) {
        return String.join("\n", r.flags().stream().map(f -> f.code() + ": " + f.message()).toList());
    }

    @Test
    void aPlanMeetsARowOfSeveralLimitsOnlyWhenItMeetsEveryOne() {
        Evaluation e = EVALUATOR.evaluate(withRx(60.0, 30,
                row(1, "Lungs", "V20 < 35%, Dmean < 20 Gy", "Institutional", "38%, 21.2 Gy", "29%, 17.5 Gy", "Yes")));
        RowResult r = only(e);
        assertEquals(2, r.limits().size());
        assertEquals(38.0, r.limits().get(0).dose3d());
        assertEquals(17.5, r.limits().get(1).doseImrt());
        assertFalse(r.meets3d());
        assertTrue(r.meetsImrt());
        assertTrue(r.complete(), messages(r));
        assertTrue(r.supports(), messages(r));
        assertFalse(r.has(FlagCode.CONSTRAINT_UNPARSED));
        assertFalse(r.has(FlagCode.VALUE_MISSING));
        assertEquals(Determination.CRITERIA_MET, e.determination());
        assertTrue(e.reasons().stream().anyMatch(s -> s.contains("only the IMRT plan meets every limit of V20Gy < 35% and Dmean < 20 Gy")
                && s.contains("V20Gy: 3D 38%, IMRT 29%; Dmean: 3D 21.2 Gy, IMRT 17.5 Gy")), e.reasons().toString());
    }

    @Test
    void imrtFailingOneLimitFailsTheRow() {
        RowResult r = only(EVALUATOR.evaluate(withRx(60.0, 30,
                row(1, "Lungs", "V20 < 35%; Dmean < 20 Gy", "Institutional", "38%, 21.2 Gy", "29%, 20.5 Gy", "Yes"))));
        assertFalse(r.meetsImrt());
        assertFalse(r.supports());
        assertTrue(r.has(FlagCode.ANSWER_MISMATCH));
        assertTrue(messages(r).contains("neither plan meets it"), messages(r));
    }

    @Test
    void valuesInAnotherOrderArePairedByUnitAndTheRowSaysSo() {
        RowResult r = only(EVALUATOR.evaluate(withRx(60.0, 30,
                row(1, "Lungs", "V20 < 35%, Dmean < 20 Gy", "Institutional", "21.2 Gy, 38%", "17.5 Gy; 29%", "Yes"))));
        assertEquals(38.0, r.limits().get(0).dose3d());
        assertEquals(21.2, r.limits().get(1).dose3d());
        assertTrue(r.supports(), messages(r));
        assertTrue(messages(r).contains("paired with the limits by unit"), messages(r));
    }

    @Test
    void aMissingValueForOneLimitMakesTheRowIncompleteAndNamesTheLimit() {
        Evaluation e = EVALUATOR.evaluate(withRx(60.0, 30,
                row(1, "Lungs", "V20 < 35%, Dmean < 20 Gy", "Institutional", "38%", "29%, 17.5 Gy", "Yes")));
        RowResult r = only(e);
        assertFalse(r.complete());
        assertFalse(r.supports());
        assertNull(r.limits().get(1).dose3d());
        assertTrue(r.flags().stream().anyMatch(f -> f.code() == FlagCode.VALUE_MISSING
                && f.message().startsWith("Limit 2 of 2 (Dmean < 20 Gy)")), messages(r));
        assertEquals(Determination.INCOMPLETE, e.determination());
        assertEquals(List.of("dose3d"), e.missing());
    }

    @Test
    void percentOfAKnownPrescriptionIsWorkedOutInTheRow() {
        Evaluation e = EVALUATOR.evaluate(withRx(60.0, 30,
                row(1, "Brainstem", "Dmax < 105% of Rx", "Institutional", "66.1 Gy", "61.8 Gy", "Yes")));
        RowResult r = only(e);
        assertEquals(63.0, r.constraint().limit().value(), 1e-9);
        assertEquals("Dmax < 63 Gy (105% of 60 Gy = 63 Gy)", r.readAs());
        assertTrue(r.supports(), messages(r));
        assertTrue(e.reasons().get(1).contains("105% of 60 Gy = 63 Gy"), e.reasons().toString());
    }

    @Test
    void valuesInPercentOfAKnownPrescriptionAreConverted() {
        RowResult r = only(EVALUATOR.evaluate(withRx(60.0, 30,
                row(1, "Brainstem", "Dmax ≤ 107%", "Institutional", "110%", "103%", "Yes"))));
        assertEquals(66.0, r.dose3d(), 1e-9);
        assertEquals(61.8, r.doseImrt(), 1e-9);
        assertTrue(r.supports(), messages(r));
        assertTrue(r.has(FlagCode.CONSTRAINT_INTERPRETED), "the % read as % of the prescription is shown");
    }

    @Test
    void percentOfAnUnknownPrescriptionAsksForItAndNeverSupports() {
        Evaluation e = EVALUATOR.evaluate(withRx(null, null,
                row(1, "Brainstem", "Dmax < 105% of Rx", "Institutional", "66.1 Gy", "61.8 Gy", "Yes")));
        RowResult r = only(e);
        assertNull(r.meetsImrt());
        assertFalse(r.supports());
        assertTrue(r.flags().stream().anyMatch(f -> f.code() == FlagCode.PRESCRIPTION_NEEDED
                && f.message().contains("prescription is not known")), messages(r));
        assertFalse(r.has(FlagCode.VALUE_MISSING), "the values are fine; the limit is what is missing");
        assertEquals(Determination.INCOMPLETE, e.determination());
    }

    @Test
    void percentValuesAgainstAPercentLimitAreComparedEvenWithoutThePrescription() {
        RowResult r = only(EVALUATOR.evaluate(withRx(null, null,
                row(1, "Brainstem", "Dmax < 105% of Rx", "Institutional", "110%", "103%", "Yes"))));
        assertTrue(r.supports(), messages(r));
        assertTrue(r.readAs().contains("compared as written"), r.readAs());
    }

    @Test
    void aPerFractionLimitWithItsCountIsATotalAndIsCheckedAgainstThePrescription() {
        RowResult same = only(EVALUATOR.evaluate(withRx(40.0, 5,
                row(1, "Spinal cord", "Dmax < 6 Gy × 5", "Institutional", "31 Gy", "27 Gy", "Yes"))));
        assertEquals(30.0, same.constraint().limit().value(), 1e-9);
        assertTrue(same.readAs().contains("6 Gy per fraction × 5 fractions = 30 Gy"), same.readAs());
        assertTrue(same.supports(), messages(same));

        RowResult other = only(EVALUATOR.evaluate(withRx(60.0, 30,
                row(1, "Spinal cord", "Dmax < 6 Gy × 5", "Institutional", "31 Gy", "27 Gy", "Yes"))));
        Flag mismatch = other.flags().stream().filter(f -> f.code() == FlagCode.FRACTIONATION_MISMATCH).findFirst().orElseThrow();
        assertTrue(mismatch.blocksSupport());
        assertFalse(other.supports());
    }

    @Test
    void aPerFractionLimitWithoutCountUsesThePrescriptionsFractionsOrAsks() {
        RowResult known = only(EVALUATOR.evaluate(withRx(60.0, 30,
                row(1, "Esophagus", "Dmax < 2 Gy/fx", "Institutional", "62 Gy", "58 Gy", "Yes"))));
        assertEquals(60.0, known.constraint().limit().value(), 1e-9);
        assertTrue(known.supports(), messages(known));

        RowResult unknown = only(EVALUATOR.evaluate(withRx(null, null,
                row(1, "Esophagus", "Dmax < 2 Gy/fx", "Institutional", "62 Gy", "58 Gy", "Yes"))));
        assertTrue(unknown.has(FlagCode.PRESCRIPTION_NEEDED), messages(unknown));
        assertFalse(unknown.supports());
    }

    @Test
    void aRangeComparesImrtAtTheStricterEndAnd3dAtTheLooserEnd() {
        RowResult clear = only(EVALUATOR.evaluate(withRx(60.0, 30,
                row(1, "Parotid", "Dmean < 20–25 Gy", "Institutional", "27 Gy", "18 Gy", "Yes"))));
        assertTrue(clear.supports(), messages(clear));
        assertTrue(clear.readAs().contains("stricter end"), clear.readAs());

        RowResult between = only(EVALUATOR.evaluate(withRx(60.0, 30,
                row(1, "Parotid", "Dmean < 20–25 Gy", "Institutional", "24 Gy", "18 Gy", "Yes"))));
        assertTrue(between.meets3d(), "24 Gy meets the looser end, so the 3D plan may meet the limit the provider meant");
        assertFalse(between.supports());

        RowResult imrtInside = only(EVALUATOR.evaluate(withRx(60.0, 30,
                row(1, "Parotid", "Dmean < 20–25 Gy", "Institutional", "27 Gy", "22 Gy", "Yes"))));
        assertFalse(imrtInside.meetsImrt(), "22 Gy fails the stricter end");
        assertFalse(imrtInside.supports());
    }

    @Test
    void alaraIsReadNeverSupportsAndDoesNotMakeTheCaseIncomplete() {
        Evaluation e = EVALUATOR.evaluate(withRx(60.0, 30,
                row(1, "Brainstem", "Max < 54 Gy", "QUANTEC", "58 Gy", "58.5 Gy", "No"),
                row(2, "Lacrimal gland", "ALARA", "Institutional", "", "n/a", "N/A")));
        RowResult alara = e.rows().get(1);
        assertTrue(alara.has(FlagCode.NO_NUMERIC_LIMIT));
        assertFalse(alara.has(FlagCode.CONSTRAINT_UNPARSED));
        assertFalse(alara.supports());
        assertEquals(Determination.CRITERIA_NOT_MET, e.determination(), e.missing().toString());
        assertTrue(e.reasons().stream().anyMatch(s -> s.startsWith("Lacrimal gland: the constraint \"ALARA\" asks for a dose as low as possible")));
    }

    @Test
    void aCriticalVolumeIsComparedInTheUnitOfItsValues() {
        RowResult doses = only(EVALUATOR.evaluate(withRx(50.0, 5,
                row(1, "Liver", "700 cc < 15 Gy", "Institutional", "16.2 Gy", "12.9 Gy", "Yes"))));
        assertEquals("DC700cc < 15 Gy", doses.constraint().canonical());
        assertTrue(doses.supports(), messages(doses));

        RowResult volumes = only(EVALUATOR.evaluate(withRx(50.0, 5,
                row(1, "Liver", "V15Gy > 700 cc", "Institutional", "640 cc", "910 cc", "Yes"))));
        assertEquals("CV15Gy > 700 cc", volumes.constraint().canonical());
        assertFalse(volumes.meets3d());
        assertTrue(volumes.meetsImrt());
        assertTrue(messages(volumes).contains("comparison inverted"), messages(volumes));

        RowResult spared = only(EVALUATOR.evaluate(withRx(50.0, 5,
                row(1, "Liver", "700 cc < 15 Gy", "Institutional", "640 cc", "910 cc", "Yes"))));
        assertEquals("CV15Gy ≥ 700 cc", spared.constraint().canonical());
        assertTrue(spared.supports(), messages(spared));
    }

    @Test
    void anUnreadableLimitInAListSaysWhichAndWhy() {
        RowResult r = only(EVALUATOR.evaluate(withRx(60.0, 30,
                row(1, "Lungs", "V20 < 35%, NTCP < 5%", "Institutional", "38%, 6%", "29%, 3%", "Yes"))));
        Flag f = r.flags().stream().filter(x -> x.code() == FlagCode.CONSTRAINT_UNPARSED).findFirst().orElseThrow();
        assertTrue(f.message().contains("limit 2 (\"NTCP < 5%\")"), f.message());
        assertFalse(r.supports());
    }

    @Test
    void theNursesCorrectionIsEvaluatedAgain() {
        SummaryRow submitted = row(1, "Lungs", "V20 < 35%, NTCP < 5%", "Institutional", "38%", "29%", "Yes");
        SummaryRow corrected = submitted.with(org.imrtreview.model.Column.CONSTRAINT, "V20 < 35%");
        assertFalse(only(EVALUATOR.evaluate(withRx(60.0, 30, submitted))).supports());
        assertTrue(only(EVALUATOR.evaluate(withRx(60.0, 30, corrected))).supports());
    }
}
