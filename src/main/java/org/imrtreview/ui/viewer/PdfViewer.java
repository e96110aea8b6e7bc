package org.imrtreview.ui.viewer;

import java.nio.file.Path;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.imrtreview.ui.common.TaskExecutor;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** Page-by-page view of a submitted PDF; pages render off the FX thread. */
public final class PdfViewer extends BorderPane {
    private final TaskExecutor tasks;
    private final ImageViewer pageView = new ImageViewer();
    private final Label pageLabel = new Label();
    private final Button previous = new Button(null, new FontIcon(MaterialDesignC.CHEVRON_LEFT));
    private final Button next = new Button(null, new FontIcon(MaterialDesignC.CHEVRON_RIGHT));
    private Path file;
    private int page;
    private int count;
    private TaskExecutor.Cancellable pending;
    private final float dpi;

    public PdfViewer(TaskExecutor tasks) {
        this(tasks, 110f);
    }

    /** A page viewer rendering at {@code dpi} (the evidence window uses more, to read pages at full size). */
    public PdfViewer(TaskExecutor tasks, float dpi) {
        this.tasks = tasks;
        this.dpi = dpi;
        previous.getStyleClass().addAll("flat", "small");
        next.getStyleClass().addAll("flat", "small");
        previous.setTooltip(new javafx.scene.control.Tooltip("Previous page (Page Up in the document's own window)"));
        next.setTooltip(new javafx.scene.control.Tooltip("Next page (Page Down in the document's own window)"));
        previous.setAccessibleText("Previous page");
        next.setAccessibleText("Next page");
        previous.setOnAction(e -> show(page - 1));
        next.setOnAction(e -> show(page + 1));
        HBox nav = new HBox(6, previous, pageLabel, next);
        nav.setAlignment(Pos.CENTER);
        nav.getStyleClass().add("viewer-tools");
        setCenter(pageView);
        setBottom(nav);
    }

    /** Shows nothing (the case closed): a page still rendering is dropped. */
    public void close() {
        clear("");
    }

    /** The file shown (null: none). */
    public Path file() {
        return file;
    }

    public void open(Path pdf, int firstPage) {
        file = pdf;
        count = 0;
        show(firstPage);
    }

    /** Nothing shown (a case closed or another one is loading): no page of the previous document stays. */
    public void clear(String text) {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
        file = null;
        count = 0;
        pageView.showPlaceholder(text);
        pageLabel.setText("");
        previous.setDisable(true);
        next.setDisable(true);
    }

    /** Next/previous page, for keyboard navigation in the evidence window. */
    public void turn(int by) {
        if (file != null && count > 0) {
            show(Math.max(0, Math.min(count - 1, page + by)));
        }
    }

    public int page() {
        return page;
    }

    public ImageViewer pageView() {
        return pageView;
    }

    private void show(int index) {
        if (file == null) {
            return;
        }
        if (pending != null) {
            pending.cancel();
        }
        Path current = file;
        pageLabel.setText("Rendering…");
        pending = tasks.execute("Rendering page " + (index + 1) + " of " + current.getFileName(),
                () -> PdfPageImages.render(current, index, dpi),
                p -> {
                    if (current != file) {
                        return;
                    }
                    page = p.index();
                    count = p.count();
                    pageView.setImage(p.image(), current.getFileName() + " — page " + (page + 1));
                    pageLabel.setText("Page " + (page + 1) + " of " + count);
                    previous.setDisable(page == 0);
                    next.setDisable(page >= count - 1);
                },
                error -> {
                    pageView.showPlaceholder(error.getMessage() == null
                            ? current.getFileName() + " could not be shown" : error.getMessage());
                    pageLabel.setText("");
                    previous.setDisable(true);
                    next.setDisable(true);
                });
    }
}
