package org.imrtreview.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;
import org.imrtreview.digitize.DvhImageDigitizer;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.testing.SampleCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0238, without timing: the window's loader remembers the cases it read; reopening a folder
 * whose files are byte for byte the same reads, digitises and OCRs nothing (counted) and gives the same
 * reading; a changed, added or removed file is read again; a file's time alone changes nothing; one
 * folder's reading never answers for another folder with the same files; loaders without memory
 * (commands, snapshot) read every time.
 */
class OpenedCasesTest {
    private static final String SAMPLE = "01-brain-glioblastoma-criteria-met";

    @TempDir
    Path tmp;

    private Path copy(String sample, String as) {
        return SampleCopies.copyTo(Path.of("samples", sample), tmp.resolve(as), rel -> false);
    }


    @Test
    void reopeningAnUnchangedCaseReadsNothingAgain() throws Exception {
        Path c = copy(SAMPLE, "a");
        CaseLoader loader = CaseLoader.standard().remembering(4);
        ReviewCase first = loader.load(c);
        assertTrue(first.dvhCurves().size() > 0, "sample 01's pictures give curves");
        long digitised = DvhImageDigitizer.runs();
        // the files' times change, their bytes do not: content decides, never time
        try (Stream<Path> files = Files.list(c)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(f, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
            }
        }
        ReviewCase again = loader.load(c);
        assertSame(first, again, "the remembered reading");
        assertEquals(digitised, DvhImageDigitizer.runs(), "nothing digitised again");
        // the review folder (the program's own outputs) is no part of the case
        Files.writeString(c.resolve(CaseLoader.STATE_FOLDER).resolve("note.txt"), "program output");
        assertSame(first, loader.load(c));
    }

    @Test
    void aChangedAddedOrRemovedFileIsReadAgain() throws Exception {
        Path c = copy(SAMPLE, "b");
        CaseLoader loader = CaseLoader.standard().remembering(4);
        ReviewCase first = loader.load(c);
        int documents = first.documents().size();

        Path extra = c.resolve("visit-note.txt");
        Files.writeString(extra, "Follow-up visit, no new findings.");
        ReviewCase added = loader.load(c);
        assertNotSame(first, added);
        assertEquals(documents + 1, added.documents().size(), "the new file is read");

        Files.writeString(extra, "Follow-up visit, no new findings!");
        ReviewCase changed = loader.load(c);
        assertNotSame(added, changed, "one changed byte reads the case again");

        Files.delete(extra);
        ReviewCase removed = loader.load(c);
        assertNotSame(changed, removed);
        assertEquals(documents, removed.documents().size());
        assertEquals(first.problems(), removed.problems());
        assertEquals(first.dvhCurves(), removed.dvhCurves());
    }

    @Test
    void oneFoldersReadingNeverAnswersForAnother() throws Exception {
        Path a = copy(SAMPLE, "one");
        Path b = copy(SAMPLE, "two");
        CaseLoader loader = CaseLoader.standard().remembering(4);
        ReviewCase ra = loader.load(a);
        ReviewCase rb = loader.load(b);
        assertNotSame(ra, rb);
        assertEquals(a, ra.folder());
        assertEquals(b, rb.folder());
        assertSame(ra, loader.load(a));
        assertSame(rb, loader.load(b));
    }

    @Test
    void loadersWithoutMemoryReadEveryTime() throws Exception {
        Path c = copy(SAMPLE, "c");
        CaseLoader loader = CaseLoader.standard();
        ReviewCase first = loader.load(c);
        assertNotSame(first, loader.load(c));
        CaseLoader remembering = CaseLoader.standard().remembering(1);
        ReviewCase kept = remembering.load(c);
        assertNotSame(kept, remembering.readOnly().load(c), "a read-only loader (snapshot) keeps no memory");
    }

    /** Decision 0430: readings held only softly that the collector took back are read again, the same. */
    @Test
    void softlyHeldReadingsTakenBackAreReadAgain() throws Exception {
        CaseLoader loader = CaseLoader.standard().remembering(2, 16);
        java.util.List<Path> folders = new java.util.ArrayList<>();
        java.util.List<ReviewCase> readings = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Path c = SampleCopies.copyTo(Path.of("samples", "03-lung-v20-csv-criteria-met"), tmp.resolve("soft" + i),
                    rel -> rel.endsWith(".pdf") || rel.endsWith(".png"));
            folders.add(c);
            readings.add(loader.load(c));
        }
        for (int i = 0; i < 4; i++) {
            assertSame(readings.get(i), loader.load(folders.get(i)), "4 cases remembered while memory allows: " + i);
        }
        loader.letGoOfSoftlyHeld();
        // the last two used (cases 2 and 3) are held for certain; 0 and 1 were only held softly
        for (int i = 3; i >= 0; i--) {
            ReviewCase again = loader.load(folders.get(i));
            if (i >= 2) {
                assertSame(readings.get(i), again, "held for certain: " + i);
            } else {
                assertNotSame(readings.get(i), again, "taken back, read again: " + i);
                assertEquals(readings.get(i).table(), again.table());
                assertEquals(readings.get(i).problems(), again.problems());
            }
        }
    }
}
