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

    @Start
    void start(Stage stage) {
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
}
