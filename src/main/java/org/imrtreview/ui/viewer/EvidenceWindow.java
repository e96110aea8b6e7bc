package org.imrtreview.ui.viewer;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.imrtreview.model.Document;
import org.imrtreview.ui.common.TaskExecutor;

/**
 * The evidence at full size in a window of its own, for a nurse's second monitor (issue 13). It shows the
 * document selected in the case's documents list — a PDF page by page (Page Up/Page Down), a DVH picture
 * with zoom and pan — sharper than the side pane (pages at 150 dpi). It stays open while the nurse works
 * and follows the case: selecting another document shows it; moving to another case clears it at once
 * ("Loading …") so a page of one patient is never left beside another patient's case. Ctrl+W or Esc closes
 * it; it opens again where it was.
 */
public final class EvidenceWindow {

    static final float DPI = 150f;

    private final Stage stage = new Stage();
    private final DocumentView view;
    private final Label header = new Label();
    private Path caseFolder;
    private Document document;

    public EvidenceWindow(Window owner, TaskExecutor tasks) {
        view = new DocumentView(tasks, DPI);
        view.setId("evidenceView");
        header.getStyleClass().add("pane-title");
        header.setId("evidenceHeader");
        header.setPadding(new Insets(6, 10, 6, 10));
        header.setWrapText(true);
        BorderPane root = new BorderPane(view);
        root.setTop(header);
        root.getStyleClass().add("evidence-window");
        Rectangle2D screen = screenFor(owner).getVisualBounds();
        Scene scene = new Scene(root, Math.min(1000, screen.getWidth() * 0.9), Math.min(900, screen.getHeight() * 0.9));
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), stage::hide);
        scene.setOnKeyPressed(e -> {
            switch (e.getCode()) {
                case ESCAPE -> stage.hide();
                case PAGE_DOWN -> view.pdfViewer().turn(1);
                case PAGE_UP -> view.pdfViewer().turn(-1);
                default -> {
                    return;
                }
            }
            e.consume();
        });
        stage.setScene(scene);
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle("Evidence");
        stage.setX(screen.getMinX() + (screen.getWidth() - scene.getWidth()) / 2);
        stage.setY(screen.getMinY() + (screen.getHeight() - scene.getHeight()) / 2);
        clear("Select a document in the case to see it here.");
    }

    /**
     * A second monitor when there is one (the screen the main window is not on), so the evidence and the
     * case screen sit side by side; else the main window's screen.
     */
    static Screen screenFor(Window owner) {
        List<Screen> screens = Screen.getScreens();
        if (owner == null || screens.size() < 2) {
            return Screen.getPrimary();
        }
        List<Screen> ownerScreens = Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight());
        return screens.stream().filter(s -> !ownerScreens.contains(s)).findFirst().orElse(Screen.getPrimary());
    }

    /** Opens the window (or brings it to the front) showing {@code doc} of the case in {@code folder}. */
    public void open(String caseLabel, Path folder, Document doc) {
        follow(caseLabel, folder, doc);
        if (!stage.isShowing()) {
            stage.show();
        }
        stage.toFront();
    }

    /** The documents list selected {@code doc}: shown here too when the window is open. */
    public void follow(String caseLabel, Path folder, Document doc) {
        if (doc == null || folder == null) {
            return;
        }
        boolean same = folder.equals(caseFolder) && doc.equals(document);
        caseFolder = folder;
        document = doc;
        String title = (caseLabel == null || caseLabel.isBlank() ? "" : caseLabel + " — ") + doc.file()
                + (doc.pages() == null ? "" : " (p. " + doc.pages() + ")");
        header.setText(org.imrtreview.logging.VisibleText.escape(title));
        stage.setTitle("Evidence — " + org.imrtreview.logging.VisibleText.escape(doc.file()));
        if (!same) {
            view.show(folder, doc);
        }
    }

    /** Another case is opening (or none is open): nothing of the previous case stays on screen. */
    public void clear(String text) {
        caseFolder = null;
        document = null;
        header.setText(text);
        stage.setTitle("Evidence");
        view.showPlaceholder(text);
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    public void close() {
        stage.hide();
    }

    /** What the window shows, for tests and the status line. */
    public Path shownFile() {
        return view.shownFile();
    }

    public String headerText() {
        return header.getText();
    }

    public Stage stage() {
        return stage;
    }
}
