package org.imrtreview.store.worklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.imrtreview.files.WholeFiles;
import org.imrtreview.intake.CaseLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0610: the nurse's own work is saved into the case's state folder (a temporary file renamed over the
 * last one) while the window looks at the submitted files. A temporary file that is gone by the time the walk
 * reaches it is no unreadable folder: the CI run of 3004ff7 held two decisions with "the case folder could not be
 * read" because of it.
 */
class SubmittedFilesWhileSavingTest {

    @Test
    void savingHerWorkWhileTheFilesAreLookedAtIsNoChangeAndNoUnreadableFolder(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("request.json"), "{\"memberId\":\"M1\"}");
        Files.writeString(folder.resolve("summary.csv"), "Structure,3D,IMRT\nParotid_L,30,22\n");
        Path state = Files.createDirectories(folder.resolve(CaseLoader.STATE_FOLDER));
        Map<String, String> before = SubmittedFiles.fingerprint(folder).orElseThrow();
        String contentKey = CaseLoader.keyOf(CaseLoader.contentHashes(folder));
        assertNotNull(contentKey);

        AtomicBoolean stop = new AtomicBoolean();
        Thread saver = new Thread(() -> {
            int i = 0;
            while (!stop.get()) {
                try {
                    WholeFiles.replace(state.resolve("review-state.json"),
                            ("{\"notes\":\"" + (i++) + "\"}").getBytes(StandardCharsets.UTF_8), "review-state");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
        saver.start();
        try {
            for (int i = 0; i < 3000; i++) {
                Optional<Map<String, String>> now = SubmittedFiles.fingerprint(folder);
                assertTrue(now.isPresent(), "walk " + i + ": the folder counted as unreadable while her work was saved");
                assertEquals(Optional.empty(), SubmittedFiles.changes(before, now.get()), "walk " + i);
                assertEquals(contentKey, CaseLoader.keyOf(CaseLoader.contentHashes(folder)), "walk " + i);
                assertNotNull(LastEvaluations.statKey(folder), "walk " + i);
            }
        } finally {
            stop.set(true);
            saver.join();
        }
    }

    @Test
    void aSubmittedFileRemovedIsStillAChangeAndAnUnreadableFolderStillFailsClosed(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("request.json"), "{\"memberId\":\"M1\"}");
        Files.writeString(folder.resolve("summary.csv"), "Structure,3D,IMRT\nParotid_L,30,22\n");
        Map<String, String> before = SubmittedFiles.fingerprint(folder).orElseThrow();
        Files.delete(folder.resolve("summary.csv"));
        assertEquals(Optional.of("summary.csv removed"),
                SubmittedFiles.changes(before, SubmittedFiles.fingerprint(folder).orElseThrow()));
        assertEquals(Optional.empty(), SubmittedFiles.fingerprint(folder.resolve("no such folder")));
    }
}
