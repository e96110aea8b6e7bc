package org.imrtreview.ui.casereview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.imrtreview.review.CaseEvaluator;
import org.imrtreview.digitize.SyntheticDvhCorpus;
import org.imrtreview.model.Column;
import org.imrtreview.model.Document;
import org.imrtreview.model.DocumentKind;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.LoadState;
import org.imrtreview.model.PlanKind;
import org.imrtreview.model.Request;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.SummaryRow;
import org.imrtreview.model.SummaryTable;
import org.imrtreview.store.persist.AutoSaver;
import org.imrtreview.store.ReviewState;
import org.imrtreview.store.persist.ReviewStateStore;
import org.imrtreview.chart.DvhChartModel;
import org.imrtreview.ui.common.DirectTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The "Digitised curves" tab: assigning a traced curve to an organ and plan re-evaluates the case and feeds the chart. */
@ExtendWith(ApplicationExtension.class)
class DigitisedCurvesPaneTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T15:00:00Z"), ZoneOffset.UTC);

    private final AutoSaver saver = new AutoSaver(new ReviewStateStore(), (f, m) -> { });
    private int evaluations;
    private final CaseReviewViewModel vm = new CaseReviewViewModel((c, o) -> {
        evaluations++;
        return CaseEvaluator.standard().evaluate(c, o);
    }, saver, (l, m) -> { }, CLOCK, "dana");
    private DigitisedCurvesPane pane;
    private Path folder;

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory("digitised-pane");
        ImageIO.write(SyntheticDvhCorpus.make(12).image(), "png", folder.resolve("dvh.png").toFile());
        pane = new DigitisedCurvesPane(vm, new DirectTaskExecutor());
        stage.setScene(new Scene(pane, 1280, 760));
        stage.show();
    }

    @AfterEach
    void close() {
        saver.close();
    }

    @Test
    void assigningACurveReEvaluatesAndPutsItInTheChart(FxRobot robot) {
        SummaryTable table = new SummaryTable("table.csv", "rows 1-2", Map.of(Column.ORGAN, "Organ"),
                List.of(new SummaryRow(1, "Brainstem", "Max < 54 Gy", "QUANTEC", "62 Gy", "52 Gy", "Yes", "row 2")));
        Document image = new Document("dvh.png", DocumentKind.DVH_IMAGE, PlanKind.IMRT, true, null, LoadState.LOADED, null);
        robot.interact(() -> {
            vm.show(new ReviewCase(folder, Request.empty(), List.of(image), table, List.of(), List.of()), ReviewState.fresh());
            pane.activate();
        });
        WaitForAsyncUtils.waitForFxEvents();
        int before = evaluations;
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<String> organ = robot.lookup("#organ-1").queryAs(ComboBox.class);
            organ.setValue("Brainstem");
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(evaluations > before, "re-evaluated");
        DvhCurve assigned = vm.effectiveProperty().get().dvhCurves().stream()
                .filter(c -> c.digitised() && c.structure().equals("Brainstem")).findFirst().orElse(null);
        assertNotNull(assigned);
        assertEquals(PlanKind.IMRT, assigned.plan());
        DvhChartModel chart = DvhChartModel.of(vm.effectiveProperty().get(), vm.evaluation());
        assertEquals("Brainstem", chart.organs().get(0).organ());
        assertTrue(chart.organs().get(0).curves().contains(assigned));
    }
}
