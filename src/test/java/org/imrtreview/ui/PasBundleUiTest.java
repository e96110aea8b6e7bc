package org.imrtreview.ui;

import static org.imrtreview.ui.WindowTests.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.VBox;
import org.imrtreview.store.NurseDecision;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.imrtreview.model.Determination;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A PAS bundle dropped on the window opens as its case; a bad one imports nothing. */
@ExtendWith(ApplicationExtension.class)
class PasBundleUiTest {

    @TempDir
    static Path dir;

    private MainWindow window;
    private RecordingDialogs dialogs;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        dialogs = new RecordingDialogs();
        window = WindowTests.show(stage, dialogs);
    }

    /** Fires the File menu item named {@code text}, as choosing it does. */
    private void fileMenu(FxRobot robot, String text) {
        MenuBar bar = (MenuBar) ((VBox) window.getTop()).getChildren().get(0);
        MenuItem item = bar.getMenus().get(0).getItems().stream().filter(i -> text.equals(i.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no File menu item " + text));
        robot.interact(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String banners(FxRobot robot) {
        StringBuilder sb = new StringBuilder();
        robot.lookup(n -> n instanceof Labeled).queryAllAs(Labeled.class).forEach(l -> sb.append(l.getText()).append('\n'));
        return sb.toString();
    }

    @Test
    void openedFromTheFileMenuApprovedAndAnsweredAsAPasResponse(FxRobot robot) throws Exception {
        Path bundle = dir.resolve("menu").resolve("request-bundle.json");
        Files.createDirectories(bundle.getParent());
        Files.copy(Path.of("samples-pas/pas-01-brain-criteria-met.json"), bundle);
        dialogs.fileAnswer = bundle;
        fileMenu(robot, "Open PAS request bundle…");
        Path expected = bundle.getParent().resolve("pas-inbox").resolve("PA-2026-004117").toAbsolutePath().normalize();
        waitUntil(() -> expected.equals(window.viewModel().openCaseProperty().get())
                && window.viewModel().review().evaluation() != null);
        assertTrue(dialogs.asked.contains("open Open PAS request bundle"), dialogs.asked.toString());

        // nothing recorded yet: no response, nothing written
        Path out = bundle.getParent().resolve("answer.json");
        dialogs.saveAnswer = out;
        fileMenu(robot, "Export decision as PAS response…");
        assertFalse(Files.exists(out));
        assertTrue(banners(robot).contains("No PAS response was written: no decision is recorded"), banners(robot));

        // PAS carries no prescription: the nurse types it from the plan, as in Request details
        robot.interact(() -> {
            org.imrtreview.model.Request r = window.viewModel().review().effectiveRequest();
            window.viewModel().review().editRequest(new org.imrtreview.model.Request(r.requestId(), r.receivedAt(), r.urgency(),
                    r.member(), r.plan(), r.requestingProvider(), r.treatingProvider(), r.diagnosis(), r.treatmentSite(),
                    new org.imrtreview.model.Request.Prescription(60.0, 30), r.requestedCodes(), r.plannedStart(), r.other()));
        });
        waitUntil(() -> window.viewModel().review().evaluation() != null);
        java.util.concurrent.atomic.AtomicReference<java.util.Optional<String>> refused = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> refused.set(window.viewModel().review().decide(NurseDecision.APPROVE, "Criteria met on the submitted DVHs.")));
        assertEquals(java.util.Optional.empty(), refused.get());
        robot.interact(() -> robot.lookup("#letterReviewer").queryAs(javafx.scene.control.TextField.class).setText("Dana Whitfield, RN"));
        fileMenu(robot, "Export decision as PAS response…");
        assertTrue(Files.exists(out), banners(robot));
        JsonNode response = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toFile());
        JsonNode claimResponse = response.path("entry").path(0).path("resource");
        assertEquals("ClaimResponse", claimResponse.path("resourceType").asText());
        assertEquals("A1", claimResponse.path("item").path(0).path("adjudication").path(0).path("extension").path(0)
                .path("extension").path(0).path("valueCodeableConcept").path("coding").path(0).path("code").asText());
        assertTrue(Files.readString(bundle.getParent().resolve("answer.x12")).contains("HCR*A1*"));
        assertTrue(window.viewModel().review().state().audit().stream()
                .anyMatch(a -> a.action().equals("PAS response written") && a.detail().contains("A1")));
        assertTrue(banners(robot).contains("PAS response A1 Certified in total"), banners(robot));

        // a corrected DVH export dropped into the case while it is open, before any timer looked: the approval made
        // on the files as read is not sent again (decision 0550)
        Files.writeString(expected.resolve("dvh_export_corrected.csv"), "Structure,Volume (%),Dose (Gy)\n");
        Path again = bundle.getParent().resolve("answer-again.json");
        dialogs.saveAnswer = again;
        fileMenu(robot, "Export decision as PAS response…");
        assertFalse(Files.exists(again), "no response on files that changed since the case was read");
        assertTrue(banners(robot).contains("No PAS response was written: the files of this case changed since it was read"),
                banners(robot));
    }

    @Test
    void aCaseThatArrivedByFaxHasNoPasResponse(FxRobot robot) throws Exception {
        Path fax = dir.resolve("fax-case");
        Files.createDirectories(fax);
        try (var files = Files.list(Path.of("samples/01-brain-glioblastoma-criteria-met"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, fax.resolve(f.getFileName().toString()));
            }
        }
        robot.interact(() -> window.viewModel().openCase(fax));
        waitUntil(() -> window.viewModel().review().evaluation() != null);
        Path out = dir.resolve("fax-answer.json");
        dialogs.saveAnswer = out;
        fileMenu(robot, "Export decision as PAS response…");
        assertFalse(Files.exists(out));
        assertFalse(dialogs.asked.stream().anyMatch(a -> a.startsWith("save ")), dialogs.asked.toString());
        assertTrue(banners(robot).contains("did not arrive as a PAS request bundle"), banners(robot));
    }

    @Test
    void aDroppedBundleOpensAsItsCaseAndABadOneImportsNothing(FxRobot robot) throws Exception {
        Path bundle = dir.resolve("request-bundle.json");
        Files.copy(Path.of("samples-pas/pas-01-brain-criteria-met.json"), bundle);
        robot.interact(() -> window.openDropped(List.of(bundle)));
        Path expected = dir.resolve("pas-inbox").resolve("PA-2026-004117").toAbsolutePath().normalize();
        waitUntil(() -> expected.equals(window.viewModel().openCaseProperty().get())
                && window.viewModel().review().evaluation() != null);
        assertEquals(Determination.CRITERIA_MET, window.viewModel().review().evaluation().determination());

        Path bad = dir.resolve("bad-bundle.json");
        Files.writeString(bad, "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":{\"resourceType\":\"Patient\"}}]}");
        robot.interact(() -> window.openDropped(List.of(bad)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(expected, window.viewModel().openCaseProperty().get(), "the open case stays");
        try (var s = Files.list(dir.resolve("pas-inbox"))) {
            assertEquals(1L, s.count());
        }
        assertFalse(Files.exists(dir.resolve("bad-bundle")));
    }

    private static javafx.scene.control.DialogPane dialogPane() {
        for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof javafx.scene.control.DialogPane pane) {
                return pane;
            }
        }
        return null;
    }

    /**
     * Issue 19, decision 0288: after the physician reviewer upheld the referral, the nurse answers the PAS request
     * line by line in the window's dialog — planning lines approved, fewer IMRT fractions than asked with a reason —
     * by the same rules as {@code pas-response --decision modify}; before the physician decided, nothing is asked or written.
     */
    @Test
    void afterThePhysicianDecidedTheRequestIsAnsweredLineByLine(FxRobot robot) throws Exception {
        Path bundle = dir.resolve("lines").resolve("request-bundle.json");
        Files.createDirectories(bundle.getParent());
        Files.copy(Path.of("samples-pas/pas-06-esophagus-not-met.json"), bundle);
        robot.interact(() -> window.openDropped(List.of(bundle)));
        Path expected = bundle.getParent().resolve("pas-inbox").resolve("PA-2026-004290").toAbsolutePath().normalize();
        waitUntil(() -> expected.equals(window.viewModel().openCaseProperty().get())
                && window.viewModel().review().evaluation() != null);
        Path out = bundle.getParent().resolve("lines-answer.json");
        dialogs.saveAnswer = out;
        dialogs.serviceLinesDialog = new org.imrtreview.ui.common.FxDialogService(() -> stage);

        // the nurse alone cannot answer line by line: no dialog, nothing written
        fileMenu(robot, "Export PAS response line by line…");
        assertFalse(Files.exists(out));
        assertFalse(dialogs.asked.stream().anyMatch(a -> a.startsWith("service lines")), dialogs.asked.toString());
        assertTrue(banners(robot).contains("only a physician reviewer may deny a service line"), banners(robot));

        // referred by the nurse, upheld by the physician reviewer with her rationale (Physician review)
        robot.interact(() -> assertEquals(java.util.Optional.empty(), window.viewModel().review().decide(NurseDecision.REFER, "")));
        dialogs.identityAnswer = new org.imrtreview.store.ReviewerIdentity("Alan Grant", "MD", org.imrtreview.store.ReviewerRole.PHYSICIAN);
        robot.interact(window::askIdentity);
        robot.interact(() -> robot.lookup("#physicianRationale").queryAs(javafx.scene.control.TextArea.class)
                .setText("The 3D plan meets the heart and lung limits for most of the course."));
        robot.interact(() -> robot.lookup("#upholdButton").queryButton().fire());
        assertEquals(org.imrtreview.store.PhysicianAction.UPHOLD, window.viewModel().review().state().physicianDecision().action());

        // the dialog blocks the menu action until answered: opened from a later event, driven by the robot
        javafx.application.Platform.runLater(() -> fileMenu(robot, "Export PAS response line by line…"));
        waitUntil(() -> dialogPane() != null);
        javafx.scene.control.DialogPane pane = dialogPane();
        assertTrue(pane.getHeaderText().startsWith("Alan Grant, MD: denial upheld on "), pane.getHeaderText());
        javafx.scene.Node ok = pane.lookup("#serviceLinesOk");
        Labeled problem = (Labeled) pane.lookup("#serviceLinesProblem");
        assertTrue(ok.isDisabled(), "nothing decided yet");
        assertEquals("Line 1 (77301): choose Approve, Approve fewer units or Deny.", problem.getText());
        assertTrue(pane.lookup("#line-1-fewer").isDisabled(), "one unit asked: it is approved or denied");
        robot.clickOn("#line-1-approve").clickOn("#line-2-approve").clickOn("#line-3-fewer");
        robot.clickOn("#line-3-units").write("23");
        assertEquals("Line 3 (77386): approve fewer than the 23 units asked, at least 1.", problem.getText());
        assertTrue(ok.isDisabled());
        javafx.scene.control.TextField units = (javafx.scene.control.TextField) pane.lookup("#line-3-units");
        robot.interact(units::clear);
        robot.clickOn("#line-3-units").write("20");
        javafx.scene.control.TextField reason = (javafx.scene.control.TextField) pane.lookup("#line-3-reason");
        assertEquals("The 3D plan meets the heart and lung limits for most of the course.", reason.getText(),
                "the physician's rationale is the reason of a line cut, to reword");
        robot.interact(reason::clear);
        assertEquals("Line 3 (77386): say why it is not approved in full.", problem.getText());
        robot.clickOn("#line-3-reason").write("20 fractions of 2 Gy: the boost is not needed.");
        assertEquals("", problem.getText());
        assertFalse(ok.isDisabled());
        WindowTests.shoot(robot, pane, "pas-service-lines-dialog.png");
        robot.clickOn("#serviceLinesOk");
        waitUntil(() -> Files.exists(out));

        JsonNode claimResponse = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toFile()).path("entry").path(0).path("resource");
        java.util.List<String> codes = new java.util.ArrayList<>();
        for (JsonNode item : claimResponse.path("item")) {
            codes.add(item.path("adjudication").path(0).path("extension").path(0).path("extension").path(0)
                    .path("valueCodeableConcept").path("coding").path(0).path("code").asText());
        }
        assertEquals(List.of("A1", "A1", "A6"), codes);
        assertEquals(20, claimResponse.path("item").path(2).path("adjudication").path(0).path("value").asInt());
        assertTrue(claimResponse.path("processNote").toString().contains("20 fractions of 2 Gy: the boost is not needed."),
                claimResponse.path("processNote").toString());
        String x12 = Files.readString(bundle.getParent().resolve("lines-answer.x12"));
        assertEquals(List.of("HCR*A6", "HCR*A1", "HCR*A1", "HCR*A6"),
                x12.lines().filter(l -> l.startsWith("HCR*")).map(l -> l.substring(0, 6)).toList(), x12);
        assertTrue(window.viewModel().review().state().audit().stream().anyMatch(a -> a.action().equals("Physician decision")
                && a.detail().equals("Modified by Alan Grant, MD (line 1 A1, line 2 A1, line 3 A6 20 units)")),
                window.viewModel().review().state().audit().toString());
        assertTrue(banners(robot).contains("PAS response A6 Modified (line 1 A1, line 2 A1, line 3 A6 20 units)"), banners(robot));
    }
}
