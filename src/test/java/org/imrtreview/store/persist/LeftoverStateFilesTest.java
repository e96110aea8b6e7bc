package org.imrtreview.store.persist;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.store.ReviewState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 20 item 7, decision 0266: a save's temporary copy left by a killed program does not stay beside the case. */
class LeftoverStateFilesTest {

    @TempDir
    Path caseFolder;

    private Path leftover(String name, long ageSeconds) throws Exception {
        Path folder = caseFolder.resolve(CaseLoader.STATE_FOLDER);
        Files.createDirectories(folder);
        Path t = folder.resolve(name);
        Files.writeString(t, "{\"request\":{\"memberName\":\"Alvin D. Moreno\"}", StandardCharsets.UTF_8); // cut off mid-save
        Files.setLastModifiedTime(t, FileTime.from(Instant.now().minusSeconds(ageSeconds)));
        return t;
    }

    @Test
    void openingTheCaseRemovesAnOldLeftoverAndKeepsOneThatMayBeASaveUnderWay() throws Exception {
        Path old = leftover("review-state123.tmp", 3600);
        Path recent = leftover("review-state456.tmp", 0);
        new ReviewStateStore().load(caseFolder);
        assertFalse(Files.exists(old), "a leftover from a killed save holds the member's details");
        assertTrue(Files.exists(recent), "a save under way in another window is left alone");
    }

    @Test
    void savingRemovesAnOldLeftover() throws Exception {
        Path old = leftover("review-state789.tmp", 3600);
        new ReviewStateStore().save(caseFolder, ReviewState.fresh());
        assertFalse(Files.exists(old));
        try (var s = Files.list(old.getParent())) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "the save leaves no copy of its own");
        }
    }

    @Test
    void onlyLookingAtTheCaseTouchesNothing() throws Exception {
        Path old = leftover("review-state321.tmp", 3600);
        new ReviewStateStore().read(caseFolder); // the command line only looks (decision 0263)
        assertTrue(Files.exists(old));
    }
}
