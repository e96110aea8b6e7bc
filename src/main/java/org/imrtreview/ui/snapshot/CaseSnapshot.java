package org.imrtreview.ui.snapshot;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javafx.stage.Stage;
import org.imrtreview.ui.MainWindow;
import org.imrtreview.ui.WorkstationServices;
import org.imrtreview.ui.common.DirectTaskExecutor;
import org.imrtreview.ui.common.Theme;

/**
 * Renders the case review screen for one case (or the worklist, given a folder of case folders) to
 * a PNG without a display: the same window the
 * nurse sees, with loading done synchronously so the picture shows the finished screen. Never
 * writes review state into the case.
 */
public final class CaseSnapshot {

    /**
     * {@code tab}: a lower tab of the case screen to bring to the front (null: as the window chooses);
     * {@code evidence}: a document of the case to show in the evidence window, which is then the picture
     * (null: the main window).
     */
    public record Options(int width, int height, Theme theme, double scale, String tab, String evidence) {
        public Options(int width, int height, Theme theme, double scale, String tab) {
            this(width, height, theme, scale, tab, null);
        }

        public Options(int width, int height, Theme theme, double scale) {
            this(width, height, theme, scale, null, null);
        }
    }

    private CaseSnapshot() {
    }

    public static void render(Path caseFolder, Path out, Options options) throws Exception {
        HeadlessFx.start((int) Math.ceil(options.width()), (int) Math.ceil(options.height()));
        WorkstationServices services = WorkstationServices.standard().withTasks(new DirectTaskExecutor()).readOnlyState();
        CompletableFuture<BufferedImage> shot = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                MainWindow window = new MainWindow(services, null);
                Scene scene = new Scene(window, options.width(), options.height());
                options.theme().apply(scene);
                Stage stage = new Stage();
                stage.setScene(scene);
                stage.show();
                if (MainWindow.looksLikeWorkspace(caseFolder)) {
                    window.openWorkspace(caseFolder);
                } else {
                    window.viewModel().openCase(caseFolder);
                    if (options.tab() != null && !window.caseView().showTab(options.tab())) {
                        throw new IllegalArgumentException("no such tab: " + options.tab()
                                + " (images, overlay, digitised, request, letter, history)");
                    }
                    if (options.evidence() != null) {
                        if (!window.caseView().documents().select(options.evidence())) {
                            throw new IllegalArgumentException("no such document in the case: " + options.evidence());
                        }
                        window.caseView().documents().openInOwnWindow();
                    }
                }
                // two pulses: one for CSS and layout of the filled screen, one for virtual flows (tables)
                Platform.runLater(() -> Platform.runLater(() -> {
                    try {
                        // the evidence window when asked for, at the size it opens at on a screen of this size
                        Scene shown = options.evidence() == null ? scene
                                : window.caseView().documents().evidenceWindow().stage().getScene();
                        if (shown != scene) {
                            options.theme().apply(shown);
                        }
                        shown.getRoot().applyCss();
                        shown.getRoot().layout();
                        SnapshotParameters params = new SnapshotParameters();
                        params.setTransform(Transform.scale(options.scale(), options.scale()));
                        WritableImage image = new WritableImage((int) Math.round(shown.getWidth() * options.scale()),
                                (int) Math.round(shown.getHeight() * options.scale()));
                        shown.getRoot().snapshot(params, image);
                        shot.complete(SwingFXUtils.fromFXImage(image, null));
                        window.shutdown();
                        stage.hide();
                    } catch (RuntimeException e) {
                        shot.completeExceptionally(e);
                    }
                }));
            } catch (RuntimeException e) {
                shot.completeExceptionally(e);
            }
        });
        // a faxed case is read by OCR on this thread first: minutes on a loaded machine
        BufferedImage image = shot.get(600, TimeUnit.SECONDS);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        // marked as ours: never read back as evidence if it is saved into a case folder (decision 0400)
        org.imrtreview.chart.OwnPictures.writePng(image, out, "case screen snapshot");
    }
}
