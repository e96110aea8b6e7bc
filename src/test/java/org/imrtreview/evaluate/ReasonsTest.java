package org.imrtreview.evaluate;

import static org.imrtreview.evaluate.TestCases.caseWith;
import static org.imrtreview.evaluate.TestCases.complete;
import static org.imrtreview.evaluate.TestCases.completeDocumentsExcept;
import static org.imrtreview.evaluate.TestCases.policyExampleRows;
import static org.imrtreview.evaluate.TestCases.row;
import static org.imrtreview.evaluate.TestCases.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.imrtreview.model.DocumentKind;
import org.imrtreview.model.Evaluation;
import org.junit.jupiter.api.Test;

/** The sentences a nurse pastes into a letter carry the organ, the constraint and the numbers. */
class ReasonsTest {

    @Test
    void policyExampleReadsLikeAReviewerWouldWriteIt() {
        Evaluation e = Evaluator.standard().evaluate(complete(policyExampleRows()));
        assertEquals(List.of(
                "Criteria met: the required documentation is present and only the IMRT plan meets the constraint for "
                        + "Brainstem, so IMRT may be approved under policy criterion I.",
                "Brachial plexus: both plans meet Dmax < 66 Gy (3D 58 Gy, IMRT 52 Gy), so IMRT is not needed for this organ.",
                "Cauda equina: neither plan meets Dmax < 16 Gy (3D 19 Gy, IMRT 17 Gy), so this organ does not show that IMRT is needed.",
                "Brainstem: only the IMRT plan meets Dmax < 54 Gy (3D 62 Gy, IMRT 52 Gy, QUANTEC)."), e.reasons());
    }

    @Test
    void missingDocumentsAreSpelledOut() {
        Evaluation e = Evaluator.standard().evaluate(caseWith(table(policyExampleRows()),
                completeDocumentsExcept(DocumentKind.CLINICAL_HISTORY)));
        assertTrue(e.reasons().get(0).startsWith("Incomplete: required documentation is missing"));
        assertTrue(e.reasons().contains("Missing: clinical history."), e.reasons()::toString);
    }

    @Test
    void notMetNamesCriterionTwoAndTheReferral() {
        Evaluation e = Evaluator.standard().evaluate(complete(policyExampleRows()[0], policyExampleRows()[1]));
        assertTrue(e.reasons().get(0).contains("criterion II"));
        assertTrue(e.reasons().get(0).contains("physician reviewer"));
    }

    @Test
    void imrtWorseAndUnreadableRowsAreExplained() {
        Evaluation e = Evaluator.standard().evaluate(complete(
                row(1, "Heart", "Mean < 26 Gy", "QUANTEC", "20 Gy", "28 Gy", "No"),
                row(2, "Lung", "as low as possible", "institutional", "20 Gy", "15 Gy", "No"),
                row(3, "Cord", "Max < 45 Gy", "QUANTEC", "40 Gy", "", "No")));
        assertTrue(e.reasons().contains("Heart: only the 3D plan meets Dmean < 26 Gy (3D 20 Gy, IMRT 28 Gy); IMRT does worse for this organ."),
                e.reasons()::toString);
        assertTrue(e.reasons().contains("Lung: the constraint \"as low as possible\" asks for a dose as low as possible without a number,"
                + " so this row cannot show that only IMRT meets a limit."), e.reasons()::toString);
        assertTrue(e.reasons().contains("Cord: the IMRT value is missing or unreadable, so Dmax < 45 Gy cannot be judged."));
    }

    @Test
    void severalSupportingOrgansAreListedWithAnd() {
        Evaluation e = Evaluator.standard().evaluate(complete(
                row(1, "Parotid", "Mean < 26 Gy", "QUANTEC", "38 Gy", "24 Gy", "Yes"),
                row(2, "Larynx", "Mean < 44 Gy", "QUANTEC", "51 Gy", "42 Gy", "Yes"),
                row(3, "Oral cavity", "Mean < 30 Gy", "institutional", "36 Gy", "28 Gy", "Yes")));
        assertTrue(e.reasons().get(0).contains("for Parotid, Larynx and Oral cavity,"), e.reasons().get(0));
    }

    @Test
    void reasonsCarryNoMemberIdentifiers() {
        Evaluation e = Evaluator.standard().evaluate(complete(policyExampleRows()));
        assertTrue(e.reasons().stream().noneMatch(s -> s.contains("PA-2026") || s.contains("cases")));
    }
}
