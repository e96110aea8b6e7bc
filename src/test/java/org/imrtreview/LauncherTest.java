package org.imrtreview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.imrtreview.ui.DesktopPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the launcher hands to the window (desktop "Open with") and what to the command line. */
class LauncherTest {

    @TempDir
    Path dir;

    /**
     * A window that cannot start (a display that is not there; on a machine without GTK 3 the same
     * start fails for that instead) ends with one plain sentence and exit 2, not a JavaFX stack trace.
     */
    @Test
    void aWindowThatCannotStartSaysWhyInASentence() throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(javaBin, org.imrtreview.testing.TestHome.property(), "-Djava.awt.headless=false", "-Dimrt.prefs.node=imrt-review-test",
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName());
        pb.environment().put("DISPLAY", ":87");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().put("IMRT_CDS", "false");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(2, p.exitValue(), out);
        assertTrue(out.contains("The workstation window could not start:"), out);
        assertFalse(out.contains("Exception in thread"), out);
        assertFalse(out.contains("\tat "), out);
    }

    @Test
    void otherWindowFailuresAreNotDressedUp() {
        assertNull(Launcher.windowStartFailure(new IllegalStateException("boom")));
        assertTrue(Launcher.windowStartFailure(new RuntimeException(
                new UnsupportedOperationException("Unable to load glass GTK library."))).contains("libgtk-3-0"));
    }

    @Test
    void anExistingFileOrFolderOpensInTheWindow() throws IOException {
        Path pdf = Files.writeString(dir.resolve("packet.pdf"), "%PDF-1.4");
        assertTrue(Launcher.opensInWindow(new String[] {pdf.toString()}));
        assertTrue(Launcher.opensInWindow(new String[] {dir.toString()}));
        assertTrue(Launcher.opensInWindow(new String[] {pdf.toString(), dir.toString()}));
    }

    @Test
    void aFileUriAsSomeFileManagersPassItOpensInTheWindow() throws IOException {
        Path pdf = Files.writeString(dir.resolve("packet with space.pdf"), "%PDF-1.4");
        String uri = pdf.toUri().toString();
        assertTrue(Launcher.opensInWindow(new String[] {uri}));
        assertEquals(pdf, DesktopPaths.of(uri));
    }

    @Test
    void commandsAndOptionsGoToTheCommandLine() {
        assertFalse(Launcher.opensInWindow(new String[] {"evaluate", "samples/01-brain-glioblastoma-criteria-met"}));
        assertFalse(Launcher.opensInWindow(new String[] {"--help"}));
        assertFalse(Launcher.opensInWindow(new String[] {"help"}));
    }

    @Test
    void aMissingPathIsForTheCommandLineWhichNamesIt() {
        assertFalse(Launcher.opensInWindow(new String[] {dir.resolve("gone.pdf").toString()}));
        assertFalse(Launcher.opensInWindow(new String[] {dir.toString(), "--out"}));
    }

    @Test
    void somethingThatIsNoPathGivesNull() {
        assertNull(DesktopPaths.of("file://host:bad/uri"));
    }
}
