package org.imrtreview.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.imrtreview.ocr.TesseractReader;
import org.junit.jupiter.api.Test;

/**
 * Decision 0312: the warm-up runs once per program, on invented content only, leaves no file behind and
 * leaves the OCR engine loaded for the readings that follow.
 */
class IntakeWarmUpTest {

    @Test
    void runsOnceLeavesNoFileAndTheOcrEngineLoaded() throws Exception {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> before = warmUpFiles(temp);
        boolean ranHere = IntakeWarmUp.run(); // false if a window test in this JVM ran it already
        assertTrue(IntakeWarmUp.await(0), "done");
        assertFalse(IntakeWarmUp.run(), "at most once per program");
        assertTrue(IntakeWarmUp.cpuMs() >= 0);
        assertEquals(before, warmUpFiles(temp), "its workbook is deleted");
        assertTrue(TesseractReader.shared().available(), "the OCR engine stays loaded");
        // decision 0565: the old .xls reader and the TIFF reader are warmed up too, after the OCR engine; a window
        // test in the same JVM may have stopped it early (a case opened), so the parts done are a prefix then
        List<String> all = List.of("spreadsheet", "pdf", "ocr", "old workbook", "tiff");
        List<String> done = IntakeWarmUp.partsDone();
        assertEquals(all.subList(0, done.size()), done, "the parts run in order");
        if (ranHere) {
            assertEquals(all, done, "every part ran to its end, none skipped by an exception");
        }
    }

    @Test
    void theOldWorkbookAndTiffPartsReadTheirInventedFilesAndLeaveNone() throws Exception {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> before = warmUpFiles(temp);
        IntakeWarmUp.oldWorkbook(); // throws if the .xls written cannot be read back as a case's is
        IntakeWarmUp.tiff(); // throws if the Deflate TIFF cannot be read back by ImageFiles
        assertEquals(before, warmUpFiles(temp), "their files are deleted");
    }

    private static List<Path> warmUpFiles(Path temp) throws Exception {
        try (Stream<Path> files = Files.list(temp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("imrt-warm-up-")).sorted().toList();
        }
    }
}
