package org.imrtreview.evaluate;

import static org.imrtreview.evaluate.TestCases.caseWith;
import static org.imrtreview.evaluate.TestCases.image;
import static org.imrtreview.evaluate.TestCases.policyExampleRows;
import static org.imrtreview.evaluate.TestCases.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.imrtreview.model.ChecklistItem;
import org.imrtreview.model.Document;
import org.imrtreview.model.DocumentKind;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.LoadState;
import org.imrtreview.model.PlanKind;
import org.junit.jupiter.api.Test;

class DocumentationChecklistTest {

    private static List<Document> clinical() {
        return List.of(Document.of("history.pdf", DocumentKind.CLINICAL_HISTORY),
                Document.of("notes.pdf", DocumentKind.CHART_NOTES),
                Document.of("ct_report.pdf", DocumentKind.IMAGING_REPORT));
    }

    private static List<String> missing(Document... images) {
        List<Document> docs = new ArrayList<>(clinical());
        docs.addAll(List.of(images));
        Evaluation e = Evaluator.standard().evaluate(caseWith(table(policyExampleRows()), docs));
        return e.missing();
    }

    @Test
    void checklistHasEverySpecWordInOrder() {
        List<ChecklistItem> items = DocumentationChecklist.build(TestCases.complete(policyExampleRows()), List.of(), new ArrayList<>());
        assertEquals(List.of("table", "organ", "constraint", "source", "dose3d", "doseImrt", "answer", "dvh", "color",
                "history", "notes", "imaging"), items.stream().map(ChecklistItem::key).toList());
        assertTrue(items.stream().allMatch(ChecklistItem::satisfied));
    }

    @Test
    void oneCombinedColourImageIsEnough() {
        assertEquals(List.of(), missing(image("dvh.png", PlanKind.BOTH, true)));
    }

    @Test
    void oneColourImagePerPlanIsEnough() {
        assertEquals(List.of(), missing(image("dvh_3d.png", PlanKind.THREE_D, true), image("dvh_imrt.png", PlanKind.IMRT, true)));
    }

    @Test
    void onlyTheImrtImageIsNotEnough() {
        assertEquals(List.of("dvh"), missing(image("dvh_imrt.png", PlanKind.IMRT, true)));
    }

    @Test
    void noImagesMissesBothDvhAndColour() {
        assertEquals(List.of("dvh", "color"), missing());
    }

    @Test
    void grayscaleImageMissesColour() {
        assertEquals(List.of("color"), missing(image("fax_dvh.tif", PlanKind.BOTH, false)));
    }

    @Test
    void oneGrayscalePlanImageMissesColour() {
        assertEquals(List.of("color"), missing(image("dvh_3d.png", PlanKind.THREE_D, false), image("dvh_imrt.png", PlanKind.IMRT, true)));
    }

    @Test
    void aGrayscaleCopyBesideAColourOriginalIsFine() {
        assertEquals(List.of(), missing(image("dvh.png", PlanKind.BOTH, true), image("dvh_fax.tif", PlanKind.BOTH, false)));
    }

    @Test
    void imagesOfUnknownPlanDoNotCountAndSaySo() {
        List<Document> docs = new ArrayList<>(clinical());
        docs.add(image("scan1.png", null, true));
        docs.add(image("scan2.png", null, true));
        Evaluation e = Evaluator.standard().evaluate(caseWith(table(policyExampleRows()), docs));
        assertEquals(List.of("dvh"), e.missing());
        ChecklistItem dvh = e.checklist().stream().filter(i -> i.key().equals("dvh")).findFirst().orElseThrow();
        assertTrue(dvh.evidence().contains("could not be identified"), dvh.evidence());
    }

    @Test
    void dvhDataDoesNotReplaceImages() {
        Document data = new Document("eclipse_dvh.txt", DocumentKind.DVH_DATA, PlanKind.BOTH, null, null, LoadState.LOADED, null);
        assertEquals(List.of("dvh", "color"), missing(data));
    }

    @Test
    void unreadableClinicalDocumentDoesNotCount() {
        List<Document> docs = new ArrayList<>(List.of(image("dvh.png", PlanKind.BOTH, true),
                Document.of("notes.pdf", DocumentKind.CHART_NOTES), Document.of("ct_report.pdf", DocumentKind.IMAGING_REPORT),
                new Document("history.pdf", DocumentKind.CLINICAL_HISTORY, null, null, null, LoadState.ENCRYPTED, "password protected")));
        Evaluation e = Evaluator.standard().evaluate(caseWith(table(policyExampleRows()), docs));
        assertEquals(List.of("history"), e.missing());
        ChecklistItem history = e.checklist().stream().filter(i -> i.key().equals("history")).findFirst().orElseThrow();
        assertTrue(history.evidence().contains("history.pdf"), history.evidence());
    }

    @Test
    void evidenceNamesTheFilesThatSatisfyAnItem() {
        Evaluation e = Evaluator.standard().evaluate(TestCases.complete(policyExampleRows()));
        ChecklistItem notes = e.checklist().stream().filter(i -> i.key().equals("notes")).findFirst().orElseThrow();
        assertEquals("consult_note.pdf", notes.evidence());
    }
}
