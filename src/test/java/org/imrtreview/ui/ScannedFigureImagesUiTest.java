package org.imrtreview.ui;

import static org.imrtreview.ui.WindowTests.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.imrtreview.intake.pdf.ScanFigureCorpus;
import org.imrtreview.ocr.PageOcr;
import org.imrtreview.samples.SampleDvhTruth;
import org.imrtreview.ui.viewer.ImageViewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Decision 0324: a DVH figure page scanned in colour is shown in the Submitted DVH images tab as the
 * figure cut from the scan (as it was digitised), not as a whole page where the plot is a third wide.
 */
@ExtendWith(ApplicationExtension.class)
class ScannedFigureImagesUiTest {
    @TempDir
    static Path workspace;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowTests.show(stage, new RecordingDialogs());
    }

    @Test
    void aColourScannedFigurePageShowsTheFigureCutFromTheScan(FxRobot robot) throws Exception {
        assumeTrue(PageOcr.shared().available(), "no OCR natives for this platform");
        Path caseDir = Files.createDirectories(workspace.resolve("scanned-figures"));
        for (SampleDvhTruth.Figure f : SampleDvhTruth.figures()) {
            if (f.sample().startsWith("03")) {
                ScanFigureCorpus.scannedPage(f, Path.of("samples"), ScanFigureCorpus.Look.COLOUR_200, 5,
                        caseDir.resolve(f.threeD() ? "dvh_3d_scan.pdf" : "dvh_imrt_scan.pdf"));
            }
        }
        robot.interact(() -> window.viewModel().openCase(caseDir));
        waitUntil(() -> window.viewModel().review().evaluation() != null);
        List<ImageViewer> viewers = robot.lookup("#dvhImages .image-viewer").queryAllAs(ImageViewer.class).stream().toList();
        assertEquals(2, viewers.size());
        for (ImageViewer v : viewers) {
            waitUntil(() -> v.imageProperty().get() != null);
            Image img = v.imageProperty().get();
            // the letter page at 250 dpi is 2125 x 2750; the figure cut from it is wider than tall
            assertTrue(img.getWidth() > img.getHeight() && img.getHeight() < 1500,
                    "the figure, not the page: " + img.getWidth() + " x " + img.getHeight());
        }
    }
}
