package org.imrtreview.ui;

import static org.imrtreview.ui.WindowTests.waitUntil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.PlanKind;
import org.imrtreview.store.AuditEntry;
import org.imrtreview.store.DigitisedImageKey;
import org.imrtreview.store.persist.ReviewStateStore;
import org.imrtreview.ui.casereview.CaseReviewViewModel;
import org.imrtreview.ui.casereview.DigitisedCurvesPane;
import org.imrtreview.chart.DvhChartModel;
import org.imrtreview.ui.common.Theme;
import org.imrtreview.ui.digitize.DigitizePane;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The nurse assigns a digitised curve in the Digitised curves tab, leaves the case and opens it
 * again: the assignment is back in the drop-downs, and counted in the evaluation and the chart
 * before she even opens the tab. And the tab is laid out for a laptop and a desktop screen.
 */
// These tests are about the nurse's own choices on curves that arrive unassigned: legend OCR
// (which would name them first) is switched off while they run.
@org.junit.jupiter.api.extension.ExtendWith(org.imrtreview.digitize.LegendOcrOff.class)
@ExtendWith(ApplicationExtension.class)
class DigitisedCurvesWorkflowUiTest {
    private static final String BRAIN = "01-brain-glioblastoma-criteria-met";


    @TempDir
    static Path workspace;

    private MainWindow window;
    private Path caseFolder;

    @Start
    void start(Stage stage) {
        window = WindowTests.show(stage, new RecordingDialogs());
    }

    @BeforeEach
    void freshCopy() {
        Path ws = workspace.resolve("ws-" + System.nanoTime());
        SampleWorkspace.copy(ws, BRAIN);
        caseFolder = ws.resolve(BRAIN);
    }

    private CaseReviewViewModel review() {
        return window.viewModel().review();
    }

    private void openCase(FxRobot robot) {
        robot.interact(() -> window.viewModel().openCase(caseFolder));
        waitUntil(() -> !window.viewModel().caseLoadingProperty().get() && review().evaluation() != null);
    }

    private DigitizePane openDigitisedTab(FxRobot robot) {
        robot.interact(() -> window.caseView().showTab("digitised"));
        DigitisedCurvesPane tab = robot.lookup("#digitisedCurves").queryAs(DigitisedCurvesPane.class);
        waitUntil(() -> tab.current() != null);
        return tab.current();
    }

    @Test
    void anAssignedCurveIsRememberedAndCountsAtOnceOnReopening(FxRobot robot) {
        openCase(robot);
        DigitizePane pane = openDigitisedTab(robot);
        String curveName = pane.curveName(org.imrtreview.digitize.CurveAssigner.key(pane.result().curves().get(0)));

        // the form scrolls on a small screen: she tabs or scrolls to the row, then types the organ
        robot.interact(() -> comboOf(robot, "#organ-1").getEditor().requestFocus());
        robot.write("Brainstem").type(KeyCode.ENTER);
        robot.interact(() -> comboOf(robot, "#plan-1").setValue("3D"));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(digitisedBrainstem3d(review()), "used at once: organ " + comboOf(robot, "#organ-1").getValue()
                + ", curves " + review().effectiveProperty().get().dvhCurves().stream()
                .map(c -> c.structure() + "/" + c.plan() + "/" + c.sourceFile()).toList());
        AuditEntry last = review().state().audit().get(review().state().audit().size() - 1);
        assertEquals(curveName + " of dvh_3d.png assigned to Brainstem, 3D", last.detail());
        window.saver().flush();
        assertNotNull(new ReviewStateStore().load(caseFolder).state()
                .digitisedReview(DigitisedImageKey.ofImageFile("dvh_3d.png")), "saved beside the case");

        robot.interact(() -> {
            window.caseView().showTab("history");
            window.viewModel().backToWorklist();
        });
        openCase(robot);

        assertTrue(digitisedBrainstem3d(review()), "counted in the first evaluation, before the tab is opened");
        DvhChartModel chart = DvhChartModel.of(review().effectiveProperty().get(), review().evaluation());
        assertTrue(chart.organs().stream().anyMatch(o -> o.organ().equals("Brainstem")
                && o.curves().stream().anyMatch(DvhCurve::digitised)), "drawn in the overlay");
        openDigitisedTab(robot);
        assertEquals("Brainstem", comboOf(robot, "#organ-1").getValue());
        assertEquals("3D", comboOf(robot, "#plan-1").getValue());
        assertEquals("confirmed", robot.lookup("#confidence-1").queryAs(Label.class).getText());
        assertEquals("chosen by the reviewer", robot.lookup("#confidence-1").queryAs(Label.class).getTooltip().getText());
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1366, 768", "1600, 1000"})
    void theImageAndTheFormDoNotOverlapOnALaptopOrADesktopScreen(int width, int height, FxRobot robot) {
        // a window of this size laid out off screen (the headless screen is smaller than 1366x768)
        MainWindow[] holder = new MainWindow[1];
        Scene[] scene = new Scene[1];
        robot.interact(() -> {
            holder[0] = new MainWindow(WorkstationServices.standard(), new RecordingDialogs());
            scene[0] = new Scene(holder[0], width, height);
            Theme.LIGHT.apply(scene[0]);
            layOut(scene[0]);
            holder[0].viewModel().openCase(caseFolder);
        });
        MainWindow w = holder[0];
        waitUntil(() -> !w.viewModel().caseLoadingProperty().get() && w.viewModel().review().evaluation() != null);
        robot.interact(() -> {
            layOut(scene[0]);
            w.caseView().showTab("digitised");
            layOut(scene[0]);
        });
        DigitisedCurvesPane tab = (DigitisedCurvesPane) scene[0].lookup("#digitisedCurves");
        waitUntil(() -> tab.current() != null);
        robot.interact(() -> {
            layOut(scene[0]);
            layOut(scene[0]);
        });

        Node image = scene[0].lookup("#digitize-image");
        ScrollPane form = (ScrollPane) scene[0].lookup("#digitize-form");
        Bounds imageBounds = image.localToScene(image.getLayoutBounds());
        Bounds formBounds = form.localToScene(form.getLayoutBounds());
        assertFalse(imageBounds.intersects(formBounds), "image " + imageBounds + " and form " + formBounds);
        assertTrue(imageBounds.getWidth() > 300 && imageBounds.getHeight() > 180, "the image has room: " + imageBounds);
        Node view = ((javafx.scene.Parent) image).getChildrenUnmodifiable().get(0);
        Bounds picture = view.localToScene(view.getBoundsInLocal());
        assertTrue(picture.getMaxX() <= imageBounds.getMaxX() + 1 && picture.getMaxY() <= imageBounds.getMaxY() + 1,
                "the picture is scaled to fit: " + picture + " in " + imageBounds);
        assertTrue(formBounds.getMaxX() <= width, "the form is on screen: " + formBounds);
        Set<Node> bars = form.lookupAll(".scroll-bar");
        assertTrue(bars.stream().noneMatch(b -> b instanceof ScrollBar s && s.getOrientation() == Orientation.HORIZONTAL
                && s.isVisible()), "no horizontal scroll bar");
        Node organ = scene[0].lookup("#organ-1");
        assertTrue(organ.localToScene(organ.getLayoutBounds()).getMaxX() <= formBounds.getMaxX() + 1,
                "the curve rows fit the form");
        robot.interact(w::shutdown);
    }

    private static void layOut(Scene scene) {
        scene.getRoot().applyCss();
        scene.getRoot().resize(scene.getWidth(), scene.getHeight());
        scene.getRoot().layout();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> comboOf(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    private static boolean digitisedBrainstem3d(CaseReviewViewModel vm) {
        return vm.effectiveProperty().get().dvhCurves().stream()
                .anyMatch(c -> c.digitised() && c.structure().equals("Brainstem") && c.plan() == PlanKind.THREE_D);
    }

}
