package org.imrtreview.ui;

import static org.imrtreview.ui.WindowTests.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 13 item 1: every part of a fax packet has the same long file name ("fax_packet_PA-2026-004203.pdf"),
 * which a narrow documents list cut to "fax_packet_PA-2026-00…" on every line. Each part now leads with what
 * it is and its pages, read whole, and the file name follows.
 */
@ExtendWith(ApplicationExtension.class)
class FaxPacketDocumentsUiTest {
    private static final String FAX = "11-lung-fax-packet";

    @TempDir
    static Path workspace;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowTests.show(stage, new RecordingDialogs());
    }

    @Test
    void thePartsOfAFaxPacketLeadWithTheirKindAndPages(FxRobot robot) {
        SampleWorkspace.copy(workspace, FAX);
        robot.interact(() -> window.viewModel().openCase(workspace.resolve(FAX)));
        waitUntil(() -> window.viewModel().review().evaluation() != null);
        robot.interact(() -> window.caseView().documents().list().getSelectionModel().select(0));

        List<String> titles = robot.lookup("#documentsList .document-name").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertTrue(titles.contains("Clinical history · p. 2"), titles.toString());
        assertTrue(titles.contains("Summary table · p. 4"), titles.toString());
        assertEquals(titles.size(), new HashSet<>(titles).size(), "each line tells its document apart: " + titles);
        // the file each part came from still shows, beneath
        assertTrue(robot.lookup("#documentsList .document-file").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("fax_packet_PA-2026-004203.pdf")));
        // and no title of a part is drawn cut
        List<String> cut = new java.util.ArrayList<>();
        robot.interact(() -> CutText.find(window.caseView().documents().list()).forEach(cut::add));
        assertEquals(List.of(), cut);
    }
}
