package org.imrtreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.imrtreview.testing.SampleCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LetterCommandTest {

    private static final Path APPROVABLE = Path.of("samples/01-brain-glioblastoma-criteria-met");
    private static final Path INCOMPLETE = Path.of("samples/05-spine-grayscale-fax-incomplete");

    record Run(int exit, String out, String err) { }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void writesTheRecommendedLetterAndReportsReadability(@TempDir Path dir) throws IOException {
        Path pdf = dir.resolve("letter.pdf");
        Run r = run("letter", SampleCopies.copyOf(APPROVABLE, dir).toString(), "--out", pdf.toString(), "--reviewer", "Dana Whitfield, RN",
                "--date", "2026-11-26");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Wrote approval letter ("), r.out());
        assertTrue(r.out().contains("Flesch reading ease"), r.out());
        assertTrue(r.out().contains(pdf.toString()), r.out());
        byte[] bytes = Files.readAllBytes(pdf);
        assertEquals("%PDF", new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void theDecisionCanOverrideTheRecommendation(@TempDir Path dir) {
        Run r = run("letter", SampleCopies.copyOf(INCOMPLETE, dir).toString(), "--out", dir.resolve("d.pdf").toString(), "--decision", "deny",
                "--reviewer", "Dana Whitfield, RN", "--date", "2026-11-26");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Wrote denial draft letter"), r.out());
        assertTrue(r.out().contains("differs from the evaluation's recommendation"), r.out());
    }

    @Test
    void aCaseWithoutMemberNameOrIdIsBlockedWithExitThreeAndNoFile(@TempDir Path dir) throws IOException {
        Path copy = dir.resolve("case");
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(APPROVABLE)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        Path request = copy.resolve("request.json");
        String json = Files.readString(request).replaceAll("\"name\" : \"Margaret T. Ellison\"", "\"name\" : \"\"")
                .replaceAll("\"id\" : \"ZRH448120917\",?", "");
        Files.writeString(request, json);
        Path pdf = dir.resolve("blocked.pdf");
        Run r = run("letter", copy.toString(), "--out", pdf.toString(), "--reviewer", "Dana Whitfield, RN");
        assertEquals(3, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("- member name"), r.err());
        assertTrue(r.err().contains("- member ID"), r.err());
        assertFalse(Files.exists(pdf), "no letter with blanks is written");
    }

    @Test
    void aLetterBlockedForItsMissingRequestDetailsSaysWhereToTypeThem(@TempDir Path dir) throws IOException {
        Path copy = SampleCopies.copyOf(APPROVABLE, dir);
        Path request = copy.resolve("request.json");
        Files.writeString(request, Files.readString(request).replaceAll("\"id\" : \"ZRH448120917\",?", ""));
        Run r = run("letter", copy.toString(), "--out", dir.resolve("x.pdf").toString(), "--reviewer", "Dana Whitfield, RN");
        assertEquals(3, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("Case ▸ Request details"), r.err());
    }

    /**
     * The tour: a request for information on a complete case (sample 01) is blocked for want of items to ask
     * for, which a checklist override names; it was told to add them to request.json or the request details.
     */
    @Test
    void aLetterBlockedForWhatIsNotARequestDetailDoesNotSendHerToTheRequestDetails(@TempDir Path dir) {
        Path out = dir.resolve("x.pdf");
        Run r = run("letter", SampleCopies.copyOf(APPROVABLE, dir).toString(), "--out", out.toString(), "--reviewer",
                "Dana Whitfield, RN", "--decision", "request-info");
        assertEquals(3, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("items to request"), r.err());
        assertFalse(r.err().contains("request.json") || r.err().contains("Request details"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void withoutAReviewerTheLetterIsBlocked(@TempDir Path dir) {
        Run r = run("letter", SampleCopies.copyOf(APPROVABLE, dir).toString(), "--out", dir.resolve("x.pdf").toString());
        assertEquals(3, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("reviewer name"), r.err());
    }

    @Test
    void anUnreadablePathExitsTwo(@TempDir Path dir) {
        Run r = run("letter", dir.resolve("nope").toString(), "--out", dir.resolve("x.pdf").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("error: "), r.err());
    }

    @Test
    void anUnknownDecisionOrMissingFolderIsAClearError(@TempDir Path dir) {
        Run bad = run("letter", SampleCopies.copyOf(APPROVABLE, dir).toString(), "--out", dir.resolve("x.pdf").toString(), "--decision", "maybe");
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains("unknown decision 'maybe'"), bad.err());
        Run noFolder = run("letter", SampleCopies.copyOf(APPROVABLE, dir).toString(), "--out", dir.resolve("missing/x.pdf").toString(),
                "--reviewer", "Dana Whitfield, RN");
        assertEquals(1, noFolder.exit());
        assertTrue(noFolder.err().contains("does not exist"), noFolder.err());
    }
}
