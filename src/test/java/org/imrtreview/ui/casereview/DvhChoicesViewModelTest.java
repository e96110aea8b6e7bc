package org.imrtreview.ui.casereview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.imrtreview.review.CaseEvaluator;
import org.imrtreview.dvh.DvhMetrics;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.PlanKind;
import org.imrtreview.model.RowResult;
import org.imrtreview.store.persist.AutoSaver;
import org.imrtreview.store.persist.ReviewStateStore;
import org.imrtreview.chart.DvhChartModel;
import org.imrtreview.ui.common.Notifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reviewer corrects how the submitted DVH data are read (sample 09, Eclipse exports of both
 * plans): a plan role and an organ's structure. The evaluation and the overlay follow, the choices
 * are audited and come back on reopening. Real loader and evaluator; expected values are computed
 * from the exported curves with the DVH core, not typed in.
 */
class DvhChoicesViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T15:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path caseFolder;

    private final ReviewStateStore store = new ReviewStateStore();
    private final AutoSaver saver = new AutoSaver(store, (f, m) -> { });

    @AfterEach
    void close() {
        saver.close();
    }

    private CaseReviewViewModel open() throws Exception {
        saver.flush();
        CaseReviewViewModel vm = new CaseReviewViewModel(CaseEvaluator.standard(), saver, (Notifier) (l, m) -> { }, CLOCK, "dana");
        vm.show(CaseLoader.standard().load(caseFolder), store.load(caseFolder).state());
        return vm;
    }

    private static double v70(DvhCurve c) {
        return DvhMetrics.compute(c, org.imrtreview.model.Metric.volumeAtDose(70, org.imrtreview.model.Unit.PERCENT), null).value();
    }

    private static DvhCurve curve(CaseReviewViewModel vm, String plan, String structure) {
        return vm.submittedCase().dvhCurves().stream().filter(c -> !c.digitised() && c.planName().equals(plan)
                && c.structure().equals(structure)).findFirst().orElseThrow();
    }

    @Test
    void swappedPlanRolesAndAnotherStructureChangeTheRowAndAreRestored() throws Exception {
        copy("09-prostate-dvh-data-mismatch");
        CaseReviewViewModel vm = open();
        RowResult rectum = vm.evaluation().rows().get(0);
        assertEquals(v70(curve(vm, "IMRT 7F", "Rectum")), rectum.dvhImrt(), 0.05, "automatic: the IMRT plan's rectum");
        assertEquals("Rectum", DvhStructuresPane.automaticStructure("Rectum", vm.submittedCase().dvhCurves()));

        vm.choosePlanRole("IMRT 7F", PlanKind.THREE_D);
        vm.choosePlanRole("3D CRT 4FLD", PlanKind.IMRT);
        rectum = vm.evaluation().rows().get(0);
        assertEquals(v70(curve(vm, "IMRT 7F", "Rectum")), rectum.dvh3d(), 0.05, "roles swapped: IMRT 7F now counts as 3D");
        assertEquals(v70(curve(vm, "3D CRT 4FLD", "Rectum")), rectum.dvhImrt(), 0.05);
        vm.choosePlanRole("IMRT 7F", null);
        vm.choosePlanRole("3D CRT 4FLD", null);

        vm.chooseStructure("Rectum", "Bladder", "Rectum");
        rectum = vm.evaluation().rows().get(0);
        assertEquals(v70(curve(vm, "IMRT 7F", "Bladder")), rectum.dvhImrt(), 0.05, "the chosen structure decides the row");
        DvhChartModel chart = DvhChartModel.of(vm.effectiveProperty().get(), vm.evaluation(),
                vm.dvhChoices().structureForOrgan(), vm.dvhChoices().planRoles());
        assertTrue(chart.organs().stream().filter(o -> o.organ().equals("Rectum")).flatMap(o -> o.curves().stream())
                .allMatch(c -> c.structure().equals("Bladder")), "the overlay draws the chosen structure for the organ");
        List<String> actions = vm.state().audit().stream().map(a -> a.action()).toList();
        assertTrue(actions.containsAll(List.of("DVH plan role", "DVH structure")), actions.toString());
        assertTrue(vm.state().audit().get(vm.state().audit().size() - 1).detail()
                .equals("Rectum: structure \"Bladder\" instead of \"Rectum\""), vm.state().audit().toString());

        CaseReviewViewModel reopened = open();
        assertEquals(Map.of("Rectum", "Bladder"), reopened.dvhChoices().structureForOrgan());
        assertEquals(v70(curve(reopened, "IMRT 7F", "Bladder")), reopened.evaluation().rows().get(0).dvhImrt(), 0.05);
        reopened.chooseStructure("Rectum", null, "Rectum");
        assertEquals(v70(curve(reopened, "IMRT 7F", "Rectum")), reopened.evaluation().rows().get(0).dvhImrt(), 0.05);
    }

    private void copy(String sample) throws Exception {
        try (Stream<Path> files = Files.list(Path.of("samples", sample))) {
            for (Path f : files.toList()) {
                if (Files.isRegularFile(f) && !f.getFileName().toString().equals("README.md")) {
                    Files.copy(f, caseFolder.resolve(f.getFileName()));
                }
            }
        }
    }
}
