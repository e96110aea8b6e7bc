package org.imrtreview.evaluate;

import static org.imrtreview.evaluate.TestCases.caseWith;
import static org.imrtreview.evaluate.TestCases.complete;
import static org.imrtreview.evaluate.TestCases.completeDocuments;
import static org.imrtreview.evaluate.TestCases.completeDocumentsExcept;
import static org.imrtreview.evaluate.TestCases.policyExampleRows;
import static org.imrtreview.evaluate.TestCases.row;
import static org.imrtreview.evaluate.TestCases.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.imrtreview.model.Answer;
import org.imrtreview.model.ChecklistOverride;
import org.imrtreview.model.Column;
import org.imrtreview.model.Determination;
import org.imrtreview.model.DocumentKind;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.Flag;
import org.imrtreview.model.FlagCode;
import org.imrtreview.model.Problem;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.RowResult;
import org.imrtreview.model.SummaryRow;
import org.imrtreview.model.SummaryTable;
import org.junit.jupiter.api.Test;

class EvaluatorDeterminationTest {

    private final Evaluator evaluator = Evaluator.standard();

    @Test
    void policyExampleTableMeetsCriteria() {
        Evaluation e = evaluator.evaluate(complete(policyExampleRows()));
        assertEquals(Determination.CRITERIA_MET, e.determination());
        assertEquals(List.of(), e.missing());
        RowResult brainstem = e.rows().get(2);
        assertEquals(false, brainstem.meets3d());
        assertEquals(true, brainstem.meetsImrt());
        assertEquals(true, brainstem.onlyImrtMeets());
        assertEquals(Answer.YES, brainstem.submittedAnswer());
        assertTrue(brainstem.complete());
        assertTrue(brainstem.supports());
        assertEquals(62.0, brainstem.dose3d(), 1e-9);
        assertEquals(52.0, brainstem.doseImrt(), 1e-9);
    }

    @Test
    void rowsKeepTheTablesOrder() {
        Evaluation e = evaluator.evaluate(complete(policyExampleRows()));
        assertEquals(List.of("Brachial plexus", "Cauda equina", "Brainstem"),
                e.rows().stream().map(r -> r.row().organ()).toList());
    }

    @Test
    void bothMeetOrNeitherMeetsIsNotMet() {
        SummaryRow[] rows = policyExampleRows();
        Evaluation e = evaluator.evaluate(complete(rows[0], rows[1]));
        assertEquals(Determination.CRITERIA_NOT_MET, e.determination());
        assertEquals(List.of(), e.missing());
        assertEquals(true, e.rows().get(0).meets3d());
        assertEquals(true, e.rows().get(0).meetsImrt());
        assertEquals(false, e.rows().get(1).meets3d());
        assertEquals(false, e.rows().get(1).meetsImrt());
        assertTrue(e.rows().stream().noneMatch(RowResult::supports));
    }

    @Test
    void strictLimitAtTheValueFailsSoThe3dPlanDoesNotMeetIt() {
        Evaluation strict = evaluator.evaluate(complete(row(1, "Brainstem", "Max < 54 Gy", "QUANTEC", "54 Gy", "52 Gy", "Yes")));
        assertEquals(false, strict.rows().get(0).meets3d());
        assertEquals(Determination.CRITERIA_MET, strict.determination());
        Evaluation inclusive = evaluator.evaluate(complete(row(1, "Brainstem", "Max ≤ 54 Gy", "QUANTEC", "54 Gy", "52 Gy", "Yes")));
        assertEquals(true, inclusive.rows().get(0).meets3d());
        assertEquals(Determination.CRITERIA_NOT_MET, inclusive.determination());
    }

    @Test
    void missingClinicalDocumentMakesItIncompleteEvenWhenARowSupports() {
        ReviewCase c = caseWith(table(policyExampleRows()), completeDocumentsExcept(DocumentKind.IMAGING_REPORT));
        Evaluation e = evaluator.evaluate(c);
        assertEquals(Determination.INCOMPLETE, e.determination());
        assertEquals(List.of("imaging"), e.missing());
        assertTrue(e.rows().get(2).supports(), "the row still supports; the documentation is what is missing");
    }

    @Test
    void noTableAtAllListsTableButNotEachColumn() {
        Evaluation e = evaluator.evaluate(caseWith(null, completeDocuments()));
        assertEquals(Determination.INCOMPLETE, e.determination());
        assertEquals(List.of("table"), e.missing());
        assertTrue(e.rows().isEmpty());
    }

    @Test
    void tableWithZeroRowsIsMissing() {
        Evaluation e = evaluator.evaluate(caseWith(table(), completeDocuments()));
        assertEquals(Determination.INCOMPLETE, e.determination());
        assertEquals(List.of("table"), e.missing());
    }

    @Test
    void entirelyBlankRowsAreSkipped() {
        SummaryRow blank = new SummaryRow(4, "", " ", null, "", "", "", "Sheet1!A7");
        SummaryRow[] rows = policyExampleRows();
        Evaluation e = evaluator.evaluate(complete(rows[0], rows[1], rows[2], blank));
        assertEquals(3, e.rows().size());
    }

    @Test
    void footnoteRowsBelowTheTableAreNotOrgans() {
        SummaryRow[] rows = policyExampleRows();
        SummaryRow footnote = new SummaryRow(4, "* Constraints per QUANTEC unless noted", "", "", "", "", "", "Sheet1!A8");
        SummaryRow note = new SummaryRow(5, "Note: doses are physical doses", null, null, null, null, null, "Sheet1!A9");
        Evaluation e = evaluator.evaluate(complete(rows[0], rows[1], footnote, note));
        assertEquals(2, e.rows().size());
        assertEquals(Determination.CRITERIA_NOT_MET, e.determination());
    }

    @Test
    void organWithNothingElseIsAnIncompleteRow() {
        SummaryRow[] rows = policyExampleRows();
        Evaluation e = evaluator.evaluate(complete(rows[0], new SummaryRow(2, "Optic chiasm", "", "", "", "", "", "A5")));
        assertEquals(2, e.rows().size());
        assertEquals(Determination.INCOMPLETE, e.determination());
        assertEquals(List.of("constraint", "source", "dose3d", "doseImrt", "answer"), e.missing());
    }

    @Test
    void hostileCellsAreUnreadableNotFatal() {
        String huge = "1 ".repeat(50_000);
        Evaluation e = evaluator.evaluate(complete(row(1, huge, huge, huge, huge, huge, huge)));
        RowResult r = e.rows().get(0);
        assertTrue(r.has(FlagCode.CONSTRAINT_UNPARSED));
        assertTrue(r.has(FlagCode.VALUE_MISSING));
        assertEquals(Determination.INCOMPLETE, e.determination());
    }

    @Test
    void missingColumnIsNamed() {
        Map<Column, String> headers = new EnumMap<>(TestCases.allHeaders());
        headers.remove(Column.SOURCE);
        SummaryRow r = row(1, "Brainstem", "Max < 54 Gy", null, "62 Gy", "52 Gy", "Yes");
        SummaryTable t = new SummaryTable("summary.csv", null, headers, List.of(r));
        Evaluation e = evaluator.evaluate(caseWith(t, completeDocuments()));
        assertEquals(Determination.INCOMPLETE, e.determination());
        assertEquals(List.of("source"), e.missing());
        assertFalse(e.rows().get(0).complete());
        assertFalse(e.rows().get(0).supports());
    }

    @Test
    void emptyCellWithNoSupportingRowIsIncompleteAndNamesTheColumn() {
        Evaluation e = evaluator.evaluate(complete(
                row(1, "Brachial plexus", "Max < 66 Gy", "RTOG", "58 Gy", "52 Gy", "No"),
                row(2, "Spinal cord", "Max < 45 Gy", "QUANTEC", "", "40 Gy", "Yes")));
        assertEquals(Determination.INCOMPLETE, e.determination());
        assertEquals(List.of("dose3d"), e.missing());
        assertNull(e.rows().get(1).meets3d());
        assertNull(e.rows().get(1).onlyImrtMeets());
        assertTrue(e.rows().get(1).has(FlagCode.VALUE_MISSING));
    }

    @Test
    void unreadableCellsAreListedInSpecOrder() {
        Evaluation e = evaluator.evaluate(complete(
                row(1, "Heart", "keep it low", "institutional", "20 Gy", "15 Gy", "x"),
                row(2, "", "Max < 45 Gy", "", "40 Gy", "high", "No")));
        assertEquals(Determination.INCOMPLETE, e.determination());
        assertEquals(List.of("organ", "constraint", "source", "doseImrt", "answer"), e.missing());
    }

    @Test
    void incompleteRowsAreStillFlaggedWhenAnotherRowSupports() {
        SummaryRow[] rows = policyExampleRows();
        Evaluation e = evaluator.evaluate(complete(rows[2], row(2, "Spinal cord", "Max < 45 Gy", "QUANTEC", "", "40 Gy", "Yes")));
        assertEquals(Determination.CRITERIA_MET, e.determination());
        assertEquals(List.of(), e.missing());
        assertTrue(e.rows().get(1).has(FlagCode.VALUE_MISSING));
        assertFalse(e.rows().get(1).complete());
    }

    @Test
    void onlyImrtMeetsButRowWithoutAnswerDoesNotSupport() {
        Evaluation e = evaluator.evaluate(complete(row(1, "Brainstem", "Max < 54 Gy", "QUANTEC", "62 Gy", "52 Gy", "")));
        assertEquals(true, e.rows().get(0).onlyImrtMeets());
        assertFalse(e.rows().get(0).supports());
        assertEquals(Determination.INCOMPLETE, e.determination());
        assertEquals(List.of("answer"), e.missing());
    }

    @Test
    void answerMismatchIsFlaggedButTheNumbersDecide() {
        Evaluation e = evaluator.evaluate(complete(row(1, "Brainstem", "Max < 54 Gy", "QUANTEC", "62 Gy", "52 Gy", "No")));
        assertTrue(e.rows().get(0).has(FlagCode.ANSWER_MISMATCH));
        assertEquals(Determination.CRITERIA_MET, e.determination());
    }

    @Test
    void blockingFlagStopsARowFromSupporting() {
        RowRule stricterThanPublished = c -> Boolean.TRUE.equals(c.onlyImrtMeets())
                ? List.of(Flag.blocking(FlagCode.STRICTER_THAN_PUBLISHED, "QUANTEC publishes Dmax < 54 Gy; the cited limit is stricter."))
                : List.of();
        List<RowRule> rules = new java.util.ArrayList<>(StandardRules.all());
        rules.add(stricterThanPublished);
        Evaluation e = new Evaluator(rules, DvhEvidenceSource.none()).evaluate(complete(policyExampleRows()));
        assertFalse(e.rows().get(2).supports());
        assertTrue(e.rows().get(2).complete());
        assertEquals(Determination.CRITERIA_NOT_MET, e.determination());
        assertTrue(e.reasons().stream().anyMatch(s -> s.contains("does not count towards approval") && s.contains("stricter")));
    }

    @Test
    void aFailingRuleDoesNotLoseTheEvaluation() {
        RowRule broken = c -> {
            throw new IllegalStateException("bug");
        };
        List<RowRule> rules = new java.util.ArrayList<>(StandardRules.all());
        rules.add(0, broken);
        Evaluation e = new Evaluator(rules, DvhEvidenceSource.none()).evaluate(complete(policyExampleRows()));
        assertEquals(Determination.CRITERIA_MET, e.determination());
    }

    @Test
    void overrideByTheNurseReplacesTheComputedState() {
        ReviewCase c = caseWith(table(policyExampleRows()), completeDocumentsExcept(DocumentKind.IMAGING_REPORT));
        Evaluation e = evaluator.evaluate(c, List.of(new ChecklistOverride("imaging", true, "MRI report is page 7 of the history PDF")));
        assertEquals(Determination.CRITERIA_MET, e.determination());
        var item = e.checklist().stream().filter(i -> i.key().equals("imaging")).findFirst().orElseThrow();
        assertTrue(item.satisfied());
        assertTrue(item.overridden());
        assertEquals("MRI report is page 7 of the history PDF", item.note());
    }

    @Test
    void overrideCanAlsoMarkAnItemMissing() {
        Evaluation e = evaluator.evaluate(complete(policyExampleRows()),
                List.of(new ChecklistOverride("color", false, "the 'colour' image is a grayscale fax with a red stamp")));
        assertEquals(Determination.INCOMPLETE, e.determination());
        assertEquals(List.of("color"), e.missing());
    }

    @Test
    void unknownOverrideKeyBecomesAProblem() {
        Evaluation e = evaluator.evaluate(complete(policyExampleRows()), List.of(new ChecklistOverride("photos", true, null)));
        assertEquals(Determination.CRITERIA_MET, e.determination());
        assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("photos")));
    }

    @Test
    void documentsAndIntakeProblemsAreCarriedThrough() {
        ReviewCase c = new ReviewCase(TestCases.complete().folder(), null, completeDocuments(), table(policyExampleRows()),
                List.of(), List.of(new Problem("scan.tif", "the file is empty")));
        Evaluation e = evaluator.evaluate(c);
        assertEquals(completeDocuments(), e.documents());
        assertEquals(List.of(new Problem("scan.tif", "the file is empty")), e.problems());
    }

    @Test
    void volumeConstraintsAreEvaluated() {
        Evaluation e = evaluator.evaluate(complete(
                row(1, "Lungs", "V20 < 35%", "QUANTEC", "38%", "28%", "Yes"),
                row(2, "Liver", "V30Gy[cc] < 700", "QUANTEC", "650", "420", "No")));
        assertEquals(true, e.rows().get(0).onlyImrtMeets());
        assertEquals(true, e.rows().get(1).meets3d());
        assertEquals(Determination.CRITERIA_MET, e.determination());
    }

    @Test
    void centigrayValuesAreConvertedAndFlagged() {
        Evaluation e = evaluator.evaluate(complete(row(1, "Brainstem", "Dmax < 5400 cGy", "QUANTEC", "6200", "5200", "Yes")));
        RowResult r = e.rows().get(0);
        assertEquals(62.0, r.dose3d(), 1e-9);
        assertEquals(52.0, r.doseImrt(), 1e-9);
        assertTrue(r.table3d().converted());
        assertTrue(r.has(FlagCode.UNIT_CONVERTED));
        assertEquals(Determination.CRITERIA_MET, e.determination());
    }
}
