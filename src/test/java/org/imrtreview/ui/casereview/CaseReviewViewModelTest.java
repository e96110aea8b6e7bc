package org.imrtreview.ui.casereview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.imrtreview.review.CaseEvaluator;
import org.imrtreview.model.ChecklistItem;
import org.imrtreview.model.ChecklistOverride;
import org.imrtreview.model.Column;
import org.imrtreview.model.Determination;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.PlanKind;
import org.imrtreview.model.Request;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.RowResult;
import org.imrtreview.model.SummaryRow;
import org.imrtreview.model.SummaryTable;
import org.imrtreview.store.persist.AutoSaver;
import org.imrtreview.store.NurseDecision;
import org.imrtreview.store.ReviewState;
import org.imrtreview.store.persist.ReviewStateStore;
import org.imrtreview.store.ReviewStatus;
import org.imrtreview.chart.DvhChartModel;
import org.imrtreview.ui.common.Notifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The case view-model without a stage: edits re-evaluate, overrides reach the evaluator, decisions
 * need a reason against the recommendation, everything is saved. The evaluator here is a small
 * stand-in with one rule ("Max < 54 Gy" against the 3D/IMRT numbers) so the test sees exactly what
 * the view-model hands it; the real evaluator is exercised by the TestFX workflow test.
 */
class CaseReviewViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T15:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path caseFolder;

    private final List<List<ChecklistOverride>> overridesSeen = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();
    private final ReviewStateStore store = new ReviewStateStore();
    private final AutoSaver saver = new AutoSaver(store, (f, m) -> notices.add(m));
    private final CaseEvaluator evaluator = (c, overrides) -> {
        overridesSeen.add(overrides);
        return evaluateBrainstemRows(c, overrides);
    };
    private final CaseReviewViewModel vm = new CaseReviewViewModel(evaluator, saver, (Notifier) (l, m) -> notices.add(m),
            CLOCK, "dana");

    @AfterEach
    void close() {
        saver.close();
    }

    @Test
    void assigningADigitisedCurveReEvaluatesAndPutsItInTheChart() {
        DvhCurve unassigned = new DvhCurve("unassigned #d62728 solid", "dvh.png (digitised red solid)", PlanKind.IMRT,
                Double.NaN, new double[] {0, 30, 50}, new double[] {100, 40, 0}, true, "dvh.png");
        vm.show(brainCase("62 Gy", "52 Gy").withDvhCurves(List.of(unassigned)), ReviewState.fresh());
        int evaluations = overridesSeen.size();
        assertTrue(DvhChartModel.of(vm.effectiveProperty().get(), vm.evaluation()).isEmpty(),
                "an unassigned digitised curve is not drawn");

        DvhCurve assigned = new DvhCurve("Brainstem", unassigned.planName(), PlanKind.IMRT, Double.NaN,
                unassigned.doseGy(), unassigned.volumePercent(), true, "dvh.png");
        vm.replaceDigitisedCurves("dvh.png", List.of(assigned));

        assertEquals(evaluations + 1, overridesSeen.size(), "the case is re-evaluated");
        assertEquals(List.of(assigned), vm.effectiveProperty().get().dvhCurves(), "the image's curves are replaced");
        DvhChartModel chart = DvhChartModel.of(vm.effectiveProperty().get(), vm.evaluation());
        assertEquals(1, chart.organs().size());
        assertEquals("Brainstem", chart.organs().get(0).organ());
        assertEquals(List.of(assigned), chart.organs().get(0).curves());

        DvhCurve exported = new DvhCurve("Brainstem", "IMRT 7FLD", PlanKind.IMRT, 20, new double[] {0, 40},
                new double[] {100, 0}, false, "dvh.csv");
        vm.show(brainCase("62 Gy", "52 Gy").withDvhCurves(List.of(exported, unassigned)), ReviewState.fresh());
        vm.replaceDigitisedCurves("dvh.png", List.of(assigned));
        assertEquals(List.of(exported), DvhChartModel.of(vm.effectiveProperty().get(), vm.evaluation()).organs().get(0).curves(),
                "exported curves win over digitised ones for the same organ and plan");
    }

    @Test
    void correctingACellReEvaluatesAtOnceAndIsSaved() {
        vm.show(brainCase("62 Gy", "52 Gy"), ReviewState.fresh());
        assertEquals(Determination.CRITERIA_MET, vm.evaluation().determination());

        vm.editCell(1, Column.DOSE_3D, "50 Gy");

        assertEquals(Determination.CRITERIA_NOT_MET, vm.evaluation().determination());
        assertEquals("50 Gy", vm.rows().get(0).row().dose3d());
        assertTrue(vm.isEdited(1, Column.DOSE_3D));
        assertEquals("62 Gy", vm.submittedText(1, Column.DOSE_3D));
        saver.flush();
        assertEquals("50 Gy", store.load(caseFolder).state().editOf(1, Column.DOSE_3D).value());
    }

    @Test
    void aDecisionAgainstTheRecommendationIsRefusedWithoutAReason() {
        vm.show(brainCase("62 Gy", "52 Gy"), ReviewState.fresh());

        assertTrue(vm.decide(NurseDecision.REFER, "  ").isPresent());
        assertNull(vm.state().decision());

        assertTrue(vm.decide(NurseDecision.REFER, "Prescription differs from the chart notes").isEmpty());
        assertEquals(ReviewStatus.AWAITING_PHYSICIAN, vm.state().status());
        assertTrue(vm.state().decision().overridesRecommendation());
    }

    @Test
    void nothingIsApprovedBeforeTheMemberCodesAndPrescriptionAreKnown() {
        ReviewCase bare = brainCase("62 Gy", "52 Gy").withRequest(Request.empty());
        vm.show(bare, ReviewState.fresh());

        assertEquals(Determination.CRITERIA_MET, vm.recommendationProperty().get(), "the documents meet the criteria");
        assertNull(vm.recommendedDecision(), "but nothing is recommended until the request details are known");
        assertTrue(vm.decide(NurseDecision.APPROVE, "the packet looks fine").orElseThrow().contains("member name"));
        assertNull(vm.state().decision());

        vm.editRequest(KNOWN_REQUEST);
        assertEquals(NurseDecision.APPROVE, vm.recommendedDecision());
        assertTrue(vm.decide(NurseDecision.APPROVE, "").isEmpty());
    }

    @Test
    void followingTheRecommendationNeedsNoReason() {
        vm.show(brainCase("62 Gy", "52 Gy"), ReviewState.fresh());

        assertTrue(vm.decide(NurseDecision.APPROVE, "").isEmpty());

        assertEquals(ReviewStatus.APPROVED, vm.state().status());
        assertFalse(vm.state().decision().overridesRecommendation());
    }

    @Test
    void checklistOverridesAreHandedToTheEvaluator() {
        vm.show(brainCase("62 Gy", "52 Gy"), ReviewState.fresh());

        vm.overrideChecklist(new ChecklistOverride("notes", true, "notes on fax page 7"));

        assertEquals(List.of(new ChecklistOverride("notes", true, "notes on fax page 7")),
                overridesSeen.get(overridesSeen.size() - 1));
        assertTrue(vm.checklist().get(0).overridden());
    }

    @Test
    void savedWorkIsAppliedWhenTheCaseIsShownAgain() {
        vm.show(brainCase("62 Gy", "52 Gy"), ReviewState.fresh());
        vm.editCell(1, Column.DOSE_IMRT, "56 Gy");
        vm.setNotes("asked for the 3D plan printout");
        saver.flush();

        CaseReviewViewModel reopened = new CaseReviewViewModel(evaluator, saver, (l, m) -> { }, CLOCK, "dana");
        reopened.show(brainCase("62 Gy", "52 Gy"), store.load(caseFolder).state());

        assertEquals("56 Gy", reopened.rows().get(0).row().doseImrt());
        assertEquals(Determination.CRITERIA_NOT_MET, reopened.evaluation().determination());
        assertEquals("asked for the 3D plan printout", reopened.state().notes());
    }

    @Test
    void aFailingEvaluatorLeavesTheCaseOpenWithASentence() {
        CaseReviewViewModel failing = new CaseReviewViewModel((c, o) -> {
            throw new IllegalStateException("rule crashed");
        }, saver, (l, m) -> notices.add(m), CLOCK, "dana");

        failing.show(brainCase("62 Gy", "52 Gy"), ReviewState.fresh());

        assertNull(failing.evaluation());
        assertTrue(failing.evaluationErrorProperty().get().contains("could not be evaluated"));
        assertTrue(failing.decide(NurseDecision.REQUEST_INFO, "").isPresent(), "no recommendation: a reason is needed");
    }

    private ReviewCase brainCase(String dose3d, String doseImrt) {
        SummaryTable table = new SummaryTable("table.csv", "rows 1-2", Map.of(Column.ORGAN, "Organ"),
                List.of(new SummaryRow(1, "Brainstem", "Max < 54 Gy", "QUANTEC", dose3d, doseImrt, "Yes", "row 2")));
        return new ReviewCase(caseFolder, KNOWN_REQUEST, List.of(), table, List.of(), List.of());
    }

    /** Member, codes and prescription known: an approval may be recorded. */
    static final Request KNOWN_REQUEST = new Request("PA-1", null, null, new Request.Member("Test Member", "M-1", null, null),
            null, null, null, null, "Brain", new Request.Prescription(60.0, 30), List.of("77301"), null, null);

    /** One rule: Dmax < 54 Gy on the two plans; met when only IMRT meets it. */
    private static Evaluation evaluateBrainstemRows(ReviewCase c, List<ChecklistOverride> overrides) {
        List<RowResult> rows = new ArrayList<>();
        boolean supported = false;
        for (SummaryRow r : c.table().rows()) {
            double d3 = Double.parseDouble(r.dose3d().replace("Gy", "").strip());
            double di = Double.parseDouble(r.doseImrt().replace("Gy", "").strip());
            boolean m3 = d3 < 54;
            boolean mi = di < 54;
            boolean only = !m3 && mi;
            supported |= only;
            rows.add(new RowResult(r, null, null, null, null, null, d3, di, m3, mi, only, null, true, only, List.of()));
        }
        boolean notesOverridden = overrides.stream().anyMatch(o -> o.key().equals("notes"));
        List<ChecklistItem> checklist = List.of(new ChecklistItem("notes", "Chart notes", true, null, notesOverridden,
                notesOverridden ? overrides.get(0).note() : null));
        return new Evaluation(supported ? Determination.CRITERIA_MET : Determination.CRITERIA_NOT_MET, rows, List.of(),
                checklist, List.of(), List.of(), List.of());
    }
}
