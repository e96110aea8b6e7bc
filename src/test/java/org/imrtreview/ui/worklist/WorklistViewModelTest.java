package org.imrtreview.ui.worklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.imrtreview.store.persist.ReviewStateStore;
import org.imrtreview.store.worklist.WorklistEntry;
import org.imrtreview.store.worklist.Workspace;
import org.imrtreview.ui.common.DirectTaskExecutor;
import org.imrtreview.testing.SampleCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 item 7: two submissions of one request (samples 03 and 11 both hold PA-2026-004203 for Alvin D.
 * Moreno) are marked as such, each naming the other's folder; and the worklist knows when its filter hides
 * cases, so "last case" can say so.
 */
class WorklistViewModelTest {

    @TempDir
    Path workspace;

    private static void copy(Path from, Path to) {
        SampleCopies.copyTo(from, to, rel -> false);
    }

    private static WorklistEntry entry(WorklistViewModel vm, String folder) {
        return vm.entries().stream().filter(e -> e.caseName().equals(folder)).findFirst().orElseThrow();
    }

    @Test
    void twoFoldersWithTheSameRequestAreMarkedAndFilteringIsKnown() {
        for (String name : List.of("03-lung-v20-csv-criteria-met", "11-lung-fax-packet", "06-esophagus-answer-mismatch-not-met")) {
            copy(Path.of("samples", name), workspace.resolve(name));
        }
        WorklistViewModel vm = new WorklistViewModel(new Workspace(new ReviewStateStore()), new DirectTaskExecutor(),
                (level, message) -> { }, Clock.systemUTC());
        vm.open(workspace, () -> { });
        WorklistEntry lung = entry(vm, "03-lung-v20-csv-criteria-met");
        WorklistEntry fax = entry(vm, "11-lung-fax-packet");
        assertEquals(lung.requestId(), fax.requestId(), "the two samples hold one request");
        assertEquals(List.of("11-lung-fax-packet"), vm.sameRequestElsewhere(lung));
        assertEquals(List.of("03-lung-v20-csv-criteria-met"), vm.sameRequestElsewhere(fax));
        assertTrue(vm.sameRequestElsewhere(entry(vm, "06-esophagus-answer-mismatch-not-met")).isEmpty(),
                "a request found once is not a duplicate");

        assertFalse(vm.filtered());
        vm.filterTextProperty().set("Whitcombe");
        assertEquals(1, vm.visible().size());
        assertTrue(vm.filtered(), "the filter hides cases");
    }

    /**
     * The tour's nurse works "Open cases only" from the top with Ctrl+. : the case she approves leaves the list
     * as shown, and Next had taken her back to the top of the list (the first open case, one she had already
     * passed) instead of the case after hers; Previous likewise (decision 0451).
     */
    @Test
    void nextFromACaseTheFilterNoLongerShowsGoesOnFromItsPlace() {
        for (String name : List.of("01-brain-glioblastoma-criteria-met", "03-lung-v20-csv-criteria-met",
                "04-prostate-xls-criteria-not-met", "06-esophagus-answer-mismatch-not-met")) {
            copy(Path.of("samples", name), workspace.resolve(name));
        }
        WorklistViewModel vm = new WorklistViewModel(new Workspace(new ReviewStateStore()), new DirectTaskExecutor(),
                (level, message) -> { }, Clock.systemUTC());
        vm.open(workspace, () -> { });
        vm.openOnlyProperty().set(true);
        List<WorklistEntry> before = List.copyOf(vm.visible());
        assertEquals(4, before.size());
        Path second = before.get(1).folder();
        assertEquals(before.get(2).folder(), vm.neighbour(before, second, 1).orElseThrow().folder());

        vm.updateStatus(second, org.imrtreview.store.ReviewStatus.APPROVED);
        List<WorklistEntry> shown = List.copyOf(vm.visible());
        assertEquals(3, shown.size(), "an approved case is not open");
        assertEquals(before.get(2).folder(), vm.neighbour(shown, second, 1).orElseThrow().folder(), "the case after hers");
        assertEquals(before.get(0).folder(), vm.neighbour(shown, second, -1).orElseThrow().folder(), "the case before hers");
        assertEquals(before.get(0).folder(), vm.neighbour(shown, null, 1).orElseThrow().folder(), "no case open: the first");

        // the last case decided: nothing after it, rather than the top of the list again
        Path last = before.get(3).folder();
        vm.updateStatus(last, org.imrtreview.store.ReviewStatus.APPROVED);
        assertTrue(vm.neighbour(List.copyOf(vm.visible()), last, 1).isEmpty());
    }

    /**
     * The tour: she approved a case; the provider then sent another file. With "Open cases only" the approved
     * case had left her queue for good — nothing brought it back. Now a closed case whose files changed since
     * its last evaluation, or that evaluates to another recommendation than the one her decision was recorded
     * on, shows again; once it evaluates as decided, it leaves (decision 0454).
     */
    @Test
    void aDecidedCaseWhoseFilesChangedComesBackIntoOpenCasesOnly() throws Exception {
        for (String name : List.of("01-brain-glioblastoma-criteria-met", "06-esophagus-answer-mismatch-not-met")) {
            copy(Path.of("samples", name), workspace.resolve(name));
        }
        Path approved = workspace.resolve("01-brain-glioblastoma-criteria-met");
        new ReviewStateStore().save(approved, org.imrtreview.store.ReviewState.fresh().withDecision(
                new org.imrtreview.store.DecisionRecord(org.imrtreview.store.NurseDecision.APPROVE,
                        org.imrtreview.model.Determination.CRITERIA_MET, null, java.time.Instant.parse("2026-12-01T10:00:00Z"), "dana")));
        WorklistViewModel vm = new WorklistViewModel(new Workspace(new ReviewStateStore()), new DirectTaskExecutor(),
                (level, message) -> { }, Clock.systemUTC());
        vm.open(workspace, () -> { });
        vm.openOnlyProperty().set(true);
        Path folder = entry(vm, "01-brain-glioblastoma-criteria-met").folder();
        assertFalse(vm.visible().stream().anyMatch(e -> e.folder().equals(folder)), "approved: not open");

        vm.evaluated(folder, org.imrtreview.store.worklist.Recommendation.unknown(
                org.imrtreview.store.worklist.Recommendation.Kind.FILES_CHANGED));
        assertTrue(vm.visible().stream().anyMatch(e -> e.folder().equals(folder)), "files changed since: back in her queue");

        vm.evaluated(folder, org.imrtreview.store.worklist.Recommendation.current(
                org.imrtreview.model.Determination.INCOMPLETE, java.time.Instant.now()));
        assertTrue(vm.visible().stream().anyMatch(e -> e.folder().equals(folder)), "now incomplete: still in her queue");

        vm.evaluated(folder, org.imrtreview.store.worklist.Recommendation.current(
                org.imrtreview.model.Determination.CRITERIA_MET, java.time.Instant.now()));
        assertFalse(vm.visible().stream().anyMatch(e -> e.folder().equals(folder)), "evaluates as decided: closed again");
    }
}
