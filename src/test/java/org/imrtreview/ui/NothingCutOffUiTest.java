package org.imrtreview.ui;

import static org.imrtreview.ui.WindowTests.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.transform.Scale;
import javafx.stage.Stage;
import org.imrtreview.ui.common.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13 item 1: the case screen as a nurse meets it at 1366×768 and 1920×1080, light and dark — no header,
 * table cell, document name, tool-bar button or checklist line drawn with an ellipsis or running past its pane,
 * and no internal code on screen; every icon-only control has a tooltip and an accessible text. One sample per feature keeps it affordable (each sample's screen is built
 * from the same parts): sample 01 (a banner, an overdue deadline, long answers), 06 (a long organ name, flags,
 * a combined picture), 11 (a fax packet's long document names, an overdue expedited header, many codes),
 * 10 (many reasons), the letter tab and the worklist. Sizes are set here, not in the shared headless screen.
 */
@ExtendWith(ApplicationExtension.class)
class NothingCutOffUiTest {
    private static final String BRAIN = "01-brain-glioblastoma-criteria-met";
    private static final String ESOPHAGUS = "06-esophagus-answer-mismatch-not-met";
    private static final String HEAD_NECK = "10-head-neck-stricter-than-published";
    private static final String FAX = "11-lung-fax-packet";

    /**
     * The worklist's "Time left" grows with the real date ("overdue 14 d 20 h" once the samples' deadlines
     * were two weeks past), and its width is taken from the folder's: the layouts are checked at one moment.
     */
    private static final java.time.Clock CLOCK = java.time.Clock.fixed(java.time.Instant.parse("2026-12-01T12:00:00Z"),
            java.time.ZoneOffset.UTC);

    @TempDir
    Path workspace;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private MainWindow show(FxRobot robot, int width, int height, Theme theme) {
        return show(robot, width, height, theme, WorkstationServices.standard().withClock(CLOCK));
    }

    private MainWindow show(FxRobot robot, int width, int height, Theme theme, WorkstationServices services) {
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            window[0] = new MainWindow(services, new RecordingDialogs());
            // laid out at the full size, drawn scaled into the small headless screen (1280x800), which
            // cannot hold a larger window; the shared screen size is left alone
            window[0].setMinSize(width, height);
            window[0].setPrefSize(width, height);
            window[0].setMaxSize(width, height);
            double scale = Math.min(1270.0 / width, 760.0 / height);
            window[0].getTransforms().add(new Scale(scale, scale, 0, 0));
            Scene scene = new Scene(new Group(window[0]), 1270, 760);
            theme.apply(scene);
            stage.setScene(scene);
            stage.show();
        });
        return window[0];
    }

    private List<String> caseScreen(FxRobot robot, String sample, int width, int height, Theme theme, String... tabs) {
        if (!java.nio.file.Files.exists(workspace.resolve(sample))) {
            SampleWorkspace.copy(workspace, sample);
        }
        MainWindow window = show(robot, width, height, theme);
        robot.interact(() -> window.viewModel().openCase(workspace.resolve(sample)));
        waitUntil(() -> window.viewModel().review().evaluation() != null);
        List<String> found = new ArrayList<>();
        String size = sample.substring(0, 2) + " at " + width + "x" + height + " " + theme + ": ";
        robot.interact(() -> CutText.find(window).forEach(f -> found.add(size + f)));
        robot.interact(() -> IconOnlyControls.unnamed(window).forEach(f -> found.add(size + f)));
        javafx.scene.Node tabBar = window.lookup(".tab-header-area");
        double barY = tabBar.localToScene(0, 0).getY();
        for (String tab : tabs) {
            robot.interact(() -> window.caseView().showTab(tab));
            if (tab.equals("overlay")) {
                // the chart and its organ check boxes are computed off the FX thread
                waitUntil(() -> !window.lookupAll(".dvh-chart-pane .check-box").isEmpty());
            }
            WaitForAsyncUtils.waitForFxEvents();
            // item 8: the tab bar does not jump when a tab comes to the front
            found.addAll(Math.abs(tabBar.localToScene(0, 0).getY() - barY) < 1 ? List.of()
                    : List.of(size + tab + " tab: the tab bar moved from y=" + barY + " to "
                    + tabBar.localToScene(0, 0).getY()));
            robot.interact(() -> CutText.find(window).forEach(f -> found.add(size + tab + " tab: " + f)));
            robot.interact(() -> IconOnlyControls.unnamed(window).forEach(f -> found.add(size + tab + " tab: " + f)));
        }
        robot.interact(window::shutdown);
        return found;
    }

    @Test
    void brainCaseWithABannerAndAnOverdueDeadline(FxRobot robot) {
        List<String> found = new ArrayList<>(caseScreen(robot, BRAIN, 1366, 768, Theme.LIGHT, "overlay"));
        found.addAll(caseScreen(robot, BRAIN, 1920, 1080, Theme.DARK));
        assertEquals(List.of(), found);
    }

    @Test
    void longOrganNamesFlagsAndACombinedPicture(FxRobot robot) {
        assertEquals(List.of(), caseScreen(robot, ESOPHAGUS, 1366, 768, Theme.DARK, "digitised", "letter"));
    }

    /** Sample 02's "Parotid (contralateral)": its check box beside the overlay read "Parotid (contralate…" at 1366 px. */
    @Test
    void longOrganNamesBesideTheOverlay(FxRobot robot) {
        assertEquals(List.of(), caseScreen(robot, "02-oropharynx-cgy-second-sheet-criteria-met", 1366, 768, Theme.DARK, "overlay"));
    }

    @Test
    void faxPacketDocumentNamesAndCodes(FxRobot robot) {
        assertEquals(List.of(), caseScreen(robot, FAX, 1366, 768, Theme.LIGHT, "request", "history"));
    }

    @Test
    void manyReasons(FxRobot robot) {
        assertEquals(List.of(), caseScreen(robot, HEAD_NECK, 1920, 1080, Theme.LIGHT));
    }

    /** Sample 04 referred by the nurse and, when {@code peerToPeer}, with a peer-to-peer asked by the physician. */
    private void referred(String sample, boolean peerToPeer) throws Exception {
        SampleWorkspace.copy(workspace, sample);
        Path folder = workspace.resolve(sample);
        var store = new org.imrtreview.store.persist.ReviewStateStore();
        var reviews = org.imrtreview.review.CaseReviews.standard(java.time.Clock.systemUTC(), "dana");
        var review = reviews.open(reviews.read(folder, false, true), st -> {
            try {
                store.save(folder, st);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertEquals(java.util.Optional.empty(), review.decide(org.imrtreview.store.NurseDecision.REFER, "rectum limits not met"));
        if (peerToPeer) {
            assertEquals(java.util.Optional.empty(), review.physicianDecide(org.imrtreview.store.PhysicianAction.PEER_TO_PEER, "",
                    new org.imrtreview.store.ReviewerIdentity("Helen Vance", "MD", org.imrtreview.store.ReviewerRole.PHYSICIAN)));
        }
    }

    /**
     * Issue 18 item 4: the physician's part at 1366×768 — the "Peer-to-peer" status in the worklist and
     * the header, and the Physician review pane's buttons for a physician — nothing cut.
     */
    @Test
    void peerToPeerAndThePhysicianPaneAtTheSmallScreen(FxRobot robot) throws Exception {
        referred("04-prostate-xls-criteria-not-met", true);
        referred("09-prostate-dvh-data-mismatch", false);
        MainWindow window = show(robot, 1366, 768, Theme.LIGHT);
        robot.interact(() -> window.identityProperty().set(new org.imrtreview.store.ReviewerIdentity("Helen Vance",
                "MD, Radiation Oncology", org.imrtreview.store.ReviewerRole.PHYSICIAN)));
        robot.interact(() -> window.openWorkspace(workspace));
        waitUntil(() -> window.worklistView().table().getItems().size() == 2);
        List<String> found = new ArrayList<>();
        robot.interact(() -> CutText.find(window).forEach(f -> found.add("worklist: " + f)));
        WindowTests.shoot(robot, window, "peer-to-peer-worklist-1366.png");
        for (String sample : new String[] {"04-prostate-xls-criteria-not-met", "09-prostate-dvh-data-mismatch"}) {
            robot.interact(() -> window.viewModel().openCase(workspace.resolve(sample)));
            waitUntil(() -> window.viewModel().review().evaluation() != null);
            javafx.scene.Node pane = window.lookup("#physicianReview");
            robot.interact(() -> {
                // the right panel scrolled down to the physician's part, as she would
                for (javafx.scene.Node n = pane.getParent(); n != null; n = n.getParent()) {
                    if (n instanceof javafx.scene.control.ScrollPane sp) {
                        double h = sp.getContent().getLayoutBounds().getHeight() - sp.getViewportBounds().getHeight();
                        sp.setVvalue(h <= 0 ? 0 : Math.min(sp.getVmax(), pane.getBoundsInParent().getMinY() / h * sp.getVmax()));
                        break;
                    }
                }
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> CutText.find(window).forEach(f -> found.add(sample.substring(0, 2) + ": " + f)));
            WindowTests.shoot(robot, pane.getParent(), "physician-pane-" + sample.substring(0, 2) + "-1366.png");
        }
        robot.interact(window::shutdown);
        assertEquals(List.of(), found);
    }

    /**
     * Decisions 0467 and 0468 at 1366×768: the worklist's Status says "case changed" on a second line
     * (an approval recorded on "criteria met" of sample 06, a denial upheld on "criteria not met" of sample 03)
     * beside "Awaiting physician", and the Physician review pane of the outdated uphold shows the sentence
     * and the buttons again — nothing cut.
     */
    @Test
    void outdatedDecisionsInTheWorklistAndThePhysicianPaneAtTheSmallScreen(FxRobot robot) throws Exception {
        referred("04-prostate-xls-criteria-not-met", false);
        String esophagus = "06-esophagus-answer-mismatch-not-met";
        String lung = "03-lung-v20-csv-criteria-met";
        SampleWorkspace.copy(workspace, esophagus, lung);
        var store = new org.imrtreview.store.persist.ReviewStateStore();
        var doctor = new org.imrtreview.store.ReviewerIdentity("Helen Vance", "MD, Radiation Oncology",
                org.imrtreview.store.ReviewerRole.PHYSICIAN);
        java.time.Instant at = java.time.Instant.parse("2026-12-01T10:00:00Z");
        store.save(workspace.resolve(esophagus), org.imrtreview.store.ReviewState.fresh().withDecision(
                new org.imrtreview.store.DecisionRecord(org.imrtreview.store.NurseDecision.APPROVE,
                        org.imrtreview.model.Determination.CRITERIA_MET, null, at, "dana")));
        store.save(workspace.resolve(lung), org.imrtreview.store.ReviewState.fresh().withDecision(
                new org.imrtreview.store.DecisionRecord(org.imrtreview.store.NurseDecision.REFER,
                        org.imrtreview.model.Determination.CRITERIA_NOT_MET, null, at, "dana"))
                .withPhysicianStep(new org.imrtreview.store.PhysicianStep(org.imrtreview.store.PhysicianAction.UPHOLD, doctor,
                        "No organ where only IMRT meets a published limit.", at.plusSeconds(3600), "hvance",
                        org.imrtreview.model.Determination.CRITERIA_NOT_MET)));
        MainWindow window = show(robot, 1366, 768, Theme.LIGHT);
        robot.interact(() -> window.identityProperty().set(doctor));
        robot.interact(() -> window.openWorkspace(workspace));
        waitUntil(() -> window.worklistView().table().getItems().size() == 3);
        List<String> found = new ArrayList<>();
        for (String sample : new String[] {esophagus, lung}) {
            robot.interact(() -> window.viewModel().openCase(workspace.resolve(sample)));
            waitUntil(() -> window.viewModel().review().evaluation() != null
                    && window.viewModel().review().session().folder().endsWith(sample));
            if (sample.equals(lung)) {
                javafx.scene.Node pane = window.lookup("#physicianReview");
                robot.interact(() -> {
                    for (javafx.scene.Node n = pane.getParent(); n != null; n = n.getParent()) {
                        if (n instanceof javafx.scene.control.ScrollPane sp) {
                            double h = sp.getContent().getLayoutBounds().getHeight() - sp.getViewportBounds().getHeight();
                            sp.setVvalue(h <= 0 ? 0 : Math.min(sp.getVmax(), pane.getBoundsInParent().getMinY() / h * sp.getVmax()));
                            break;
                        }
                    }
                });
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> CutText.find(window).forEach(f -> found.add("03: " + f)));
                WindowTests.shoot(robot, window, "outdated-uphold-case-1366.png");
            }
            robot.interact(() -> window.viewModel().backToWorklist());
        }
        waitUntil(() -> window.viewModel().worklist().recommendation(workspace.resolve(lung).toAbsolutePath().normalize())
                .kind() == org.imrtreview.store.worklist.Recommendation.Kind.CURRENT);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> CutText.find(window).forEach(f -> found.add("worklist: " + f)));
        List<String> statuses = new ArrayList<>();
        robot.interact(() -> window.worklistView().table().lookupAll(".table-cell").forEach(n -> {
            if (n instanceof javafx.scene.control.TableCell<?, ?> c && c.getTableColumn() != null
                    && "statusColumn".equals(c.getTableColumn().getId()) && !c.isEmpty()) {
                statuses.add(c.getText());
            }
        }));
        WindowTests.shoot(robot, window, "outdated-status-worklist-1366.png");
        robot.interact(window::shutdown);
        assertEquals(List.of(), found);
        assertTrue(statuses.contains("Approved\ncase changed") && statuses.contains("Denied\ncase changed"), statuses.toString());
    }

    /**
     * The worklist on a team store at 1366×768, a lead's: the queue row, the status ("Peer-to-peer",
     * "Awaiting physician") and the Assigned-to column all whole, nothing past the window's edge.
     */
    @Test
    void teamWorklistOfALeadAtTheSmallScreen(FxRobot robot) throws Exception {
        referred("04-prostate-xls-criteria-not-met", true);
        referred("09-prostate-dvh-data-mismatch", false);
        SampleWorkspace.copy(workspace, BRAIN);
        try (var db = org.imrtreview.store.db.TeamDatabase.embedded(workspace)) {
            var lead = new org.imrtreview.store.db.TeamStore(db, "lena");
            lead.addReviewer("lena", "Lena Lead", "RN", java.util.EnumSet.of(org.imrtreview.store.ReviewerRole.LEAD,
                    org.imrtreview.store.ReviewerRole.NURSE));
            lead.addReviewer("ann", "Annabelle Fitzgerald-Nurse", "RN", java.util.EnumSet.of(org.imrtreview.store.ReviewerRole.NURSE));
            new org.imrtreview.store.db.StateImport(lead).importWorkspace(workspace); // the referral, the peer-to-peer
            MainWindow window = show(robot, 1366, 768, Theme.LIGHT, WorkstationServices.standard().withTeam(lead).withClock(CLOCK));
            robot.interact(() -> window.openWorkspace(workspace));
            waitUntil(() -> window.worklistView().table().getItems().size() == 3
                    && window.viewModel().worklist().shared(workspace.resolve(BRAIN)) != null);
            lead.assign(org.imrtreview.store.db.CaseKeys.of(workspace.resolve(BRAIN)), "ann");
            robot.interact(() -> window.viewModel().worklist().refreshShared(() -> { }));
            waitUntil(() -> "ann".equals(window.viewModel().worklist().shared(workspace.resolve(BRAIN)).assignee()));
            WaitForAsyncUtils.waitForFxEvents();
            List<String> found = new ArrayList<>();
            robot.interact(() -> found.addAll(CutText.find(window)));
            WindowTests.shoot(robot, window, "team-worklist-lead-1366.png");
            robot.interact(window::shutdown);
            assertEquals(List.of(), found);
        }
    }

    @Test
    void worklist(FxRobot robot) throws Exception {
        // every sample: rows past the bottom bring the scroll bar, which takes its width from the row
        String[] all;
        try (var samples = java.nio.file.Files.list(java.nio.file.Path.of("samples"))) {
            all = samples.filter(java.nio.file.Files::isDirectory).map(p -> p.getFileName().toString()).sorted()
                    .toArray(String[]::new);
        }
        SampleWorkspace.copy(workspace, all);
        MainWindow window = show(robot, 1366, 768, Theme.DARK);
        robot.interact(() -> window.openWorkspace(workspace));
        waitUntil(() -> window.worklistView().table().getItems().size() == all.length);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> found = new ArrayList<>();
        robot.interact(() -> found.addAll(CutText.find(window)));
        robot.interact(() -> found.addAll(IconOnlyControls.unnamed(window)));
        // the deadline wraps only when nothing else can give it room (decision 0315): here it reads on one line
        robot.interact(() -> {
            for (javafx.scene.Node n : window.worklistView().table().lookupAll(".table-cell")) {
                if (n instanceof javafx.scene.control.TableCell<?, ?> cell && !cell.isEmpty() && cell.getText() != null
                        && "Due".equals(cell.getTableColumn().getText())) {
                    javafx.scene.text.Text probe = new javafx.scene.text.Text(cell.getText());
                    probe.setFont(cell.getFont());
                    if (probe.getLayoutBounds().getWidth() + cell.snappedLeftInset() + cell.snappedRightInset() > cell.getWidth() + 0.5) {
                        found.add("Due '" + cell.getText() + "' wraps in " + Math.round(cell.getWidth()) + " px");
                    }
                }
            }
        });
        robot.interact(window::shutdown);
        assertEquals(List.of(), found);
    }
    /**
     * At 1600 px the case folders fit on one line (they wrapped while the member's column had room to
     * spare): each folder cell's text is no wider than its column, and no column runs past the table.
     */
    @Test
    void worklistFoldersOnOneLineAt1600(FxRobot robot) {
        SampleWorkspace.copy(workspace, BRAIN, ESOPHAGUS, HEAD_NECK, FAX, "02-oropharynx-cgy-second-sheet-criteria-met",
                "07-nasopharynx-missing-imaging-incomplete");
        MainWindow window = show(robot, 1600, 1000, Theme.LIGHT);
        robot.interact(() -> window.openWorkspace(workspace));
        waitUntil(() -> window.worklistView().table().getItems().size() >= 6);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> found = new ArrayList<>();
        robot.interact(() -> {
            var table = window.worklistView().table();
            double right = 0;
            for (var c : table.getColumns()) {
                right += c.getWidth();
            }
            if (right > table.getWidth()) {
                found.add("columns run to " + right + " px in a table " + table.getWidth() + " px wide");
            }
            int folders = 0;
            for (javafx.scene.Node n : table.lookupAll(".table-cell")) {
                if (n instanceof javafx.scene.control.TableCell<?, ?> cell && !cell.isEmpty() && cell.getText() != null
                        && "Case folder".equals(cell.getTableColumn().getText())) {
                    folders++;
                    javafx.scene.text.Text probe = new javafx.scene.text.Text(cell.getText());
                    probe.setFont(cell.getFont());
                    double need = probe.getLayoutBounds().getWidth() + cell.snappedLeftInset() + cell.snappedRightInset();
                    if (need > cell.getWidth()) {
                        found.add(cell.getText() + " needs " + Math.ceil(need) + " px in a " + cell.getWidth() + " px column");
                    }
                }
            }
            if (folders < 6) {
                found.add("only " + folders + " folder cells shown");
            }
        });
        robot.interact(window::shutdown);
        assertEquals(List.of(), found);
    }
}
