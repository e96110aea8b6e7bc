package org.imrtreview.ui.casereview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.imrtreview.review.CaseEvaluator;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.model.Determination;
import org.imrtreview.model.Request;
import org.imrtreview.store.persist.AutoSaver;
import org.imrtreview.store.RequestChanges;
import org.imrtreview.store.RequestForm;
import org.imrtreview.store.ReviewState;
import org.imrtreview.store.persist.ReviewStateStore;
import org.imrtreview.ui.common.Notifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fax packet without request.json: the prescription the nurse types decides whether the
 * published-constraint check is enforced, so typing it can turn "criteria met" into a referral.
 * Real loader, real evaluator, sample 10 without its request.json.
 */
class RequestDetailsViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T15:00:00Z"), ZoneId.of("America/Chicago"));

    @TempDir
    Path caseFolder;

    private final List<String> notices = new ArrayList<>();
    private final ReviewStateStore store = new ReviewStateStore();
    private final AutoSaver saver = new AutoSaver(store, (f, m) -> notices.add(m));

    @AfterEach
    void close() {
        saver.close();
    }

    private CaseReviewViewModel open() throws Exception {
        CaseReviewViewModel vm = new CaseReviewViewModel(CaseEvaluator.standard(), saver, (Notifier) (l, m) -> notices.add(m),
                CLOCK, "dana");
        saver.flush();
        vm.show(CaseLoader.standard().load(caseFolder), store.load(caseFolder).state());
        return vm;
    }

    @Test
    void typingThePrescriptionEnforcesThePublishedCheckAndSurvivesReopening() throws Exception {
        copySampleWithoutRequest("10-head-neck-stricter-than-published");
        CaseReviewViewModel vm = open();
        assertEquals(Determination.CRITERIA_MET, vm.evaluation().determination(),
                "without a prescription the published check cannot be enforced");
        assertNull(vm.effectiveProperty().get().request().prescription());

        Map<String, String> form = RequestChanges.fields(vm.effectiveRequest());
        form.put("Prescription dose (Gy)", "70");
        form.put("Fractions", "35");
        form.put("Member name", "Harold P. Westbrook");
        RequestForm.Result typed = RequestForm.read(form, vm.effectiveRequest(), CLOCK.getZone());
        List<String> changes = vm.editRequest(typed.request());

        assertEquals(3, changes.size(), changes.toString());
        assertEquals(Determination.CRITERIA_NOT_MET, vm.evaluation().determination(),
                "under the published QUANTEC values both plans meet the parotid and larynx limits");
        assertEquals("Harold P. Westbrook", vm.effectiveProperty().get().request().member().name());
        ReviewState state = vm.state();
        assertEquals("Request details", state.audit().get(state.audit().size() - 1).action());
        assertTrue(vm.editRequest(typed.request()).isEmpty(), "saving the same details again changes nothing");

        saver.flush();
        CaseReviewViewModel reopened = open();
        assertEquals(Determination.CRITERIA_NOT_MET, reopened.evaluation().determination());
        assertEquals(35, reopened.effectiveProperty().get().request().prescription().fractions());
        assertNull(reopened.submittedCase().request().prescription(), "the submission itself is untouched");
        assertTrue(Files.notExists(caseFolder.resolve("request.json")), "no request.json is written into the submission");
    }

    private void copySampleWithoutRequest(String sample) throws IOException {
        Path from = Path.of("samples", sample);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (Files.isRegularFile(f) && !name.equals("request.json") && !name.equals("README.md")) {
                    Files.copy(f, caseFolder.resolve(name));
                }
            }
        }
    }
}
