package org.imrtreview.ui;

import static org.imrtreview.ui.WindowTests.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * "Open with IMRT Review Workstation" on a PDF (the installer's file association): a document inside
 * a case folder opens that case; a loose packet (say, in Downloads) is copied into a new case of the
 * open workspace, as when dropped on the window.
 */
@ExtendWith(ApplicationExtension.class)
class DesktopOpenUiTest {
    private static final String MET = "01-brain-glioblastoma-criteria-met";

    @TempDir
    Path temp;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowTests.show(stage, new RecordingDialogs());
    }

    @Test
    void aPdfInsideACaseFolderOpensThatCase(FxRobot robot) {
        Path ws = SampleWorkspace.copy(temp.resolve("ws"), MET);
        Path pdf = ws.resolve(MET).resolve("clinical_history.pdf");
        robot.interact(() -> window.openFromDesktop(List.of(pdf)));
        waitUntil(() -> window.viewModel().review().evaluation() != null);
        assertEquals(ws.resolve(MET).toAbsolutePath().normalize(), window.viewModel().review().submittedCase().folder());
    }

    @Test
    void aLoosePdfBecomesANewCaseInTheOpenWorkspace(FxRobot robot) throws IOException {
        Path ws = SampleWorkspace.copy(temp.resolve("ws"), MET);
        robot.interact(() -> window.openWorkspace(ws));
        waitUntil(() -> window.worklistView().table().getItems().size() == 1);
        Path downloads = Files.createDirectories(temp.resolve("Downloads"));
        Path packet = Files.copy(Path.of("samples", MET, "MRI_brain_report.pdf"), downloads.resolve("fax-packet.pdf"));

        robot.interact(() -> window.openFromDesktop(List.of(packet)));
        waitUntil(() -> window.viewModel().review().evaluation() != null);

        Path opened = window.viewModel().review().submittedCase().folder();
        assertEquals(ws.toAbsolutePath().normalize(), opened.getParent().toAbsolutePath().normalize());
        try (Stream<Path> files = Files.list(opened)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().equals("fax-packet.pdf")));
        }
        assertTrue(Files.exists(packet), "the original stays where it was");
    }
}
