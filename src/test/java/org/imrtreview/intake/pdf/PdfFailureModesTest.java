package org.imrtreview.intake.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.model.Document;
import org.imrtreview.model.DocumentKind;
import org.imrtreview.model.LoadState;
import org.imrtreview.model.ReviewCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a submitted PDF can be unreadable gets its own sentence; the rest of the case loads. */
class PdfFailureModesTest {
    @TempDir
    Path dir;

    private static PacketResult read(Path file) {
        return new PdfPacketReader(PdfProgressListener.NONE).read(file, file.getFileName().toString());
    }

    private static String onlyProblem(PacketResult r) {
        assertEquals(1, r.problems().size(), () -> "problems: " + r.problems());
        return r.problems().get(0);
    }

    private static Document onlyDocument(PacketResult r) {
        assertEquals(1, r.documents().size(), () -> "documents: " + r.documents());
        return r.documents().get(0);
    }

    @Test
    void passwordProtectedPdfIsReportedAsEncrypted() throws IOException {
        PacketResult r = read(TestPdfs.encrypted(dir.resolve("notes.pdf"), "user-secret"));
        assertEquals("is password-protected: ask the provider to send it without a password", onlyProblem(r));
        assertEquals(LoadState.ENCRYPTED, onlyDocument(r).state());
    }

    @Test
    void pdfRestrictedOnlyByAnOwnerPasswordIsReadNormally() throws IOException {
        PacketResult r = read(TestPdfs.encrypted(dir.resolve("notes.pdf"), ""));
        assertEquals(List.of(), r.problems());
        assertEquals(LoadState.LOADED, onlyDocument(r).state());
        assertEquals(DocumentKind.CHART_NOTES, onlyDocument(r).kind());
    }

    @Test
    void randomBytesNamedPdfAreNotAPdf() throws IOException {
        Path f = dir.resolve("table.pdf");
        byte[] junk = new byte[5000];
        new Random(7).nextBytes(junk);
        junk[0] = 'x';
        Files.write(f, junk);
        assertTrue(onlyProblem(read(f)).startsWith("is not a PDF"));
        assertEquals(LoadState.UNREADABLE, onlyDocument(read(f)).state());
    }

    @Test
    void wordDocumentNamedPdfSaysWhatItLooksLike() throws IOException {
        Path f = dir.resolve("history.pdf");
        Files.write(f, new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0});
        assertEquals("is not a PDF (it looks like a Word or Excel document or a ZIP archive): it may be misnamed;"
                + " open it with the program that made it", onlyProblem(read(f)));
    }

    @Test
    void emptyFileIsReportedAsEmpty() throws IOException {
        Path f = Files.createFile(dir.resolve("empty.pdf"));
        assertEquals("is empty (0 bytes): ask the provider to send it again", onlyProblem(read(f)));
    }

    @Test
    void headerFollowedByGarbageIsDamaged() throws IOException {
        Path f = dir.resolve("damaged.pdf");
        byte[] bytes = new byte[20_000];
        new Random(3).nextBytes(bytes);
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, bytes, 0, header.length);
        byte[] eof = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(eof, 0, bytes, bytes.length - eof.length, eof.length);
        Files.write(f, bytes);
        PacketResult r = read(f);
        String p = onlyProblem(r);
        assertTrue(p.equals("is damaged and cannot be opened as a PDF") || p.equals("has no pages"), p);
        assertEquals(LoadState.UNREADABLE, onlyDocument(r).state());
    }

    @Test
    void truncatedPdfIsReportedAsIncomplete() throws IOException {
        Path whole = TestPdfs.textPdf(dir.resolve("whole.pdf"), List.of("HISTORY OF PRESENT ILLNESS",
                "62-year-old man with lung cancer.", "Past medical history: COPD."));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.pdf");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length * 2 / 3));
        String p = onlyProblem(read(cut));
        assertTrue(p.startsWith("is incomplete (the file was cut off"), p);
    }

    @Test
    void fileOverTheSizeLimitIsRefusedWithoutReadingIt() throws IOException {
        Path f = dir.resolve("huge.pdf");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
            raf.setLength(PdfOpener.MAX_BYTES + 1024 * 1024); // sparse: no disk used
        }
        String p = onlyProblem(read(f));
        assertTrue(p.startsWith("is too large to read (301 MB; the limit is 300 MB)"), p);
    }

    @Test
    void pdfWithoutPagesSaysSo() throws IOException {
        Path f = dir.resolve("nopages.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.save(f.toFile());
        }
        assertEquals("has no pages", onlyProblem(read(f)));
    }

    @Test
    void brokenPdfDoesNotStopTheRestOfTheCaseFromLoading() throws Exception {
        TestPdfs.encrypted(dir.resolve("notes.pdf"), "user-secret");
        Files.writeString(dir.resolve("summary.csv"), """
                Organ,Constraint,Source,3D,IMRT,Only IMRT?
                Heart,Mean < 26 Gy,QUANTEC,27.5 Gy,18.2 Gy,Yes
                """);
        ReviewCase c = CaseLoader.standard().load(dir);
        assertNotNull(c.table());
        assertEquals(1, c.table().rows().size());
        assertTrue(c.problems().stream().anyMatch(p -> p.file().equals("notes.pdf")
                && p.message().contains("password-protected")), () -> c.problems().toString());
    }
}
