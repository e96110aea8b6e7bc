package org.imrtreview.ui;

import static org.imrtreview.ui.WindowTests.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.imrtreview.ui.viewer.EvidenceWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 20 item 7, in the window (decision 0269): a submitted file name carrying a direction override
 * (U+202E) or an escape sequence is shown with those characters as visible escapes everywhere the window
 * shows it — the evidence window's title and header, the viewer captions, the table caption, the
 * checklist, flag and banner texts, tooltips — never raw, so "dvh_imrt‮gpj.png" cannot read as another name.
 */
@ExtendWith(ApplicationExtension.class)
class SubmissionTextEscapedUiTest {
    private static final String BRAIN = "01-brain-glioblastoma-criteria-met";
    private static final String TABLE = "Summary_Analysis\u202Ecod.xlsx";
    private static final String IMAGE = "dvh_imrt\u001b[2J\u202Egpj.png";

    @TempDir
    Path workspace;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowTests.show(stage, new RecordingDialogs());
    }

    /** Every text the toolkit draws in the window's scenes: labels, table cells, tooltips, text nodes, titles. */
    private static List<String> shownTexts() {
        List<String> out = new ArrayList<>();
        for (Window w : Window.getWindows()) {
            if (w instanceof Stage s && s.getTitle() != null) {
                out.add(s.getTitle());
            }
            if (w.getScene() != null) {
                collect(w.getScene().getRoot(), out);
            }
        }
        return out;
    }

    private static void collect(Node node, List<String> out) {
        if (node instanceof Labeled l && l.getText() != null) {
            out.add(l.getText() + "\u0000" + where(node));
        }
        if (node instanceof Text t && t.getText() != null) {
            out.add(t.getText() + "\u0000" + where(node));
        }
        if (node instanceof Control c && c.getTooltip() != null && c.getTooltip().getText() != null) {
            out.add(c.getTooltip().getText() + "\u0000tooltip of " + where(node));
        }
        if (node instanceof Control c && c.getAccessibleText() != null) {
            out.add(c.getAccessibleText() + "\u0000accessible text of " + where(node));
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(ch -> collect(ch, out));
        }
    }

    /** The node's class, id and its parents' (for a failure message). */
    private static String where(Node node) {
        StringBuilder sb = new StringBuilder();
        for (Node n = node; n != null && sb.length() < 300; n = n.getParent()) {
            sb.append(n.getClass().getSimpleName()).append(n.getId() == null ? "" : "#" + n.getId()).append(" < ");
        }
        return sb.toString();
    }

    private static void assertNothingRaw(List<String> texts) {
        for (String t : texts) {
            assertTrue(t.indexOf('\u202E') < 0 && t.indexOf('\u001b') < 0, "shown raw: " + org.imrtreview.logging.VisibleText.escape(t));
        }
    }

    @Test
    void fileNamesWithDirectionAndEscapeCharactersAreShownEscapedEverywhere(FxRobot robot) throws Exception {
        SampleWorkspace.copy(workspace, BRAIN);
        Path folder = workspace.resolve(BRAIN);
        Files.move(folder.resolve("Summary_Analysis_3D_vs_IMRT.xlsx"), folder.resolve(TABLE));
        Files.move(folder.resolve("dvh_imrt.png"), folder.resolve(IMAGE));
        robot.interact(() -> window.viewModel().openCase(folder));
        waitUntil(() -> window.viewModel().review().evaluation() != null);

        List<String> shown = shownTexts();
        assertNothingRaw(shown);
        assertTrue(shown.stream().anyMatch(t -> t.contains("Summary_Analysis\\u202Ecod.xlsx")), "the table's file is shown escaped");

        // the evidence window on the renamed image: its title, header and caption
        int image = -1;
        var items = window.caseView().documents().list().getItems();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).file().equals(IMAGE)) {
                image = i;
            }
        }
        assertTrue(image >= 0, "the renamed image is listed");
        int row = image;
        robot.interact(() -> window.caseView().documents().list().getSelectionModel().select(row));
        robot.interact(() -> window.caseView().documents().openInOwnWindow());
        EvidenceWindow evidence = window.caseView().documents().evidenceWindow();
        waitUntil(() -> evidence != null && evidence.isShowing() && evidence.shownFile() != null);
        assertEquals("Evidence — dvh_imrt\\x1B[2J\\u202Egpj.png", evidence.stage().getTitle());
        assertTrue(evidence.headerText().endsWith("dvh_imrt\\x1B[2J\\u202Egpj.png"), evidence.headerText());
        waitUntil(() -> shownTexts().stream().anyMatch(t -> t.startsWith("dvh_imrt\\x1B[2J\\u202Egpj.png\u0000")));
        assertNothingRaw(shownTexts());
        robot.interact(evidence::close);
    }
}
