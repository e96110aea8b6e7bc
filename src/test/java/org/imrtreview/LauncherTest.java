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
