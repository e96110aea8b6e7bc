package org.imrtreview.ui;

import static org.imrtreview.ui.WindowTests.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import javafx.stage.Stage;
import org.imrtreview.store.NurseDecision;
import org.imrtreview.store.persist.ReviewStateStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Decision 0475: a file of the open case changed, added or removed on the share while she works on it is noticed
 * while it is open — the window's light timer or its regaining the focus shows a banner naming the file and
 * saying to reload — and no decision is recorded on the evidence as it was read: the check runs again right
 * before a decision, so one recorded seconds after a change is refused too. Reloading (F5) reads the case as it is
 * and decisions go on.
 */
@ExtendWith(ApplicationExtension.class)
class CaseFilesChangedWhileOpenUiTest {
    private static final String BRAIN = "01-brain-glioblastoma-criteria-met";
    private static final String LUNG = "03-lung-v20-csv-criteria-met";

    @TempDir
    Path temp;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowTests.show(stage, new RecordingDialogs());
    }

    private void openCase(FxRobot robot, Path folder) {
        robot.interact(() -> window.viewModel().openCase(folder));
        waitUntil(() -> folder.equals(window.viewModel().openCaseProperty().get()) && !window.viewModel().caseLoadingProperty().get()
                && window.viewModel().review().evaluation() != null && window.viewModel().review().sessionProperty().get() != null
                && window.viewModel().review().sessionProperty().get().submitted().folder().toAbsolutePath().normalize().equals(folder));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFileArrivingWhileTheCaseIsOpenIsSaidAndNoDecisionIsRecordedOnTheOldEvidence(FxRobot robot) throws Exception {
        Path ws = SampleWorkspace.copy(temp.resolve("ws"), BRAIN, LUNG);
        Path brain = ws.resolve(BRAIN).toAbsolutePath().normalize();
        robot.interact(() -> window.openWorkspace(ws));
        waitUntil(() -> window.worklistView().table().getItems().size() == 2);
        openCase(robot, brain);
        // her own work (notes saved beside the case) is no change of the case's files
        robot.interact(() -> window.viewModel().review().setNotes("Checked the brainstem limit."));
        window.saver().flush();
        robot.interact(() -> window.viewModel().checkOpenCaseFiles());
        Thread.sleep(300);
        robot.interact(() -> { });
        assertNull(window.viewModel().review().filesChangedProperty().get(), "saving her work changes no submitted file");

        // the provider's office drops a DVH export into the case folder on the share while she reads the case
        Files.copy(ws.resolve(LUNG).resolve("summary_table.csv"), brain.resolve("dvh_export_corrected.csv"));
        robot.interact(() -> window.viewModel().checkOpenCaseFiles()); // what the 15-s timer and the focus do
        waitUntil(() -> window.viewModel().review().filesChangedProperty().get() != null);
        String banner = window.viewModel().review().filesChangedProperty().get();
        assertTrue(banner.contains("dvh_export_corrected.csv added") && banner.contains("reload the case (F5)"), banner);
        assertTrue(window.banners().messages().stream().anyMatch(m -> m.contains("The files of this case changed since it was read")),
                window.banners().messages().toString());
        WindowTests.shoot(robot, window, "case-files-changed-while-open.png");
        Optional<String>[] refused = new Optional[1];
        robot.interact(() -> refused[0] = window.viewModel().review().decide(NurseDecision.APPROVE, null));
        assertEquals(Optional.of(banner), refused[0], "no decision on the evidence as it was read");
        window.saver().flush();
        assertNull(new ReviewStateStore().read(brain).state().decision(), "nothing recorded");

        // reloading reads the case as it is now: the banner goes and she decides
        openCase(robot, brain);
        assertNull(window.viewModel().review().filesChangedProperty().get());
        robot.interact(() -> assertTrue(window.viewModel().review().decide(NurseDecision.REQUEST_INFO, "Which DVH export is current?")
                .isEmpty()));

        // a file replaced seconds before she decides, before any timer looked: refused at the decision itself
        Path lung = ws.resolve(LUNG).toAbsolutePath().normalize();
        openCase(robot, lung);
        Path table = lung.resolve("summary_table.csv");
        Path replacement = Files.copy(table, temp.resolve("replacement.csv"));
        Files.writeString(replacement, "\n", java.nio.file.StandardOpenOption.APPEND);
        Files.move(replacement, table, StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(table, FileTime.fromMillis(Files.getLastModifiedTime(table).toMillis() + 5_000));
        robot.interact(() -> refused[0] = window.viewModel().review().decide(NurseDecision.APPROVE, null));
        assertTrue(refused[0].isPresent() && refused[0].get().contains("summary_table.csv changed"), refused[0].toString());
        window.saver().flush();
        assertNull(new ReviewStateStore().read(lung).state().decision(), "nothing recorded");
    }

    /**
     * Decision 0552: a table rewritten in place with the same size and modified time (a copy that keeps times, a
     * restore) is not seen by the 15-s look at names, sizes and times, but the decision compares the files' bytes with
     * those read, and refuses.
     */
    @Test
    @SuppressWarnings("unchecked")
    void aFileRewrittenWithTheSameSizeAndTimeIsCaughtAtTheDecision(FxRobot robot) throws Exception {
        Path ws = SampleWorkspace.copy(temp.resolve("ws"), LUNG);
        Path lung = ws.resolve(LUNG).toAbsolutePath().normalize();
        robot.interact(() -> window.openWorkspace(ws));
        waitUntil(() -> window.worklistView().table().getItems().size() == 1);
        openCase(robot, lung);
        Path table = lung.resolve("summary_table.csv");
        FileTime time = Files.getLastModifiedTime(table);
        String text = Files.readString(table);
        // one IMRT dose digit changed, same length, the modified time put back
        int at = text.indexOf(" Gy", text.indexOf('\n') + 1) - 1;
        char digit = text.charAt(at);
        String rewritten = text.substring(0, at) + (digit == '9' ? '8' : (char) (digit + 1)) + text.substring(at + 1);
        assertEquals(text.length(), rewritten.length());
        Files.writeString(table, rewritten);
        Files.setLastModifiedTime(table, time);
        robot.interact(() -> window.viewModel().checkOpenCaseFiles());
        Thread.sleep(500);
        robot.interact(() -> { });
        assertNull(window.viewModel().review().filesChangedProperty().get(), "the 15-s look sees names, sizes and times only");
        Optional<String>[] refused = new Optional[1];
        robot.interact(() -> refused[0] = window.viewModel().review().decide(NurseDecision.APPROVE, null));
        // decision 0581: the file is named (its name only), not "a file"
        assertTrue(refused[0].isPresent()
                        && refused[0].get().contains("summary_table.csv changed (rewritten with the same size and time)"),
                refused[0].toString());
        WaitForAsyncUtils.waitForFxEvents();
        String banner = window.viewModel().review().filesChangedProperty().get();
        assertTrue(banner != null && banner.contains("summary_table.csv changed"), String.valueOf(banner));
        WindowTests.shoot(robot, window, "file-rewritten-in-place-named.png");
        window.saver().flush();
        assertNull(new ReviewStateStore().read(lung).state().decision(), "nothing recorded");
    }
}
