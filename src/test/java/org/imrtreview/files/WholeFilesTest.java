package org.imrtreview.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A letter saved over an earlier one, a PAS response, the review state: whoever has the old file open
 * (a PDF viewer showing yesterday's letter, a print spooler) keeps reading the old bytes whole, and the
 * new file appears whole under the name, never half written.
 */
class WholeFilesTest {
    @TempDir
    Path dir;

    @Test
    void theOldFileIsReplacedNotOverwrittenInPlace() throws IOException {
        Path letter = dir.resolve("denial.pdf");
        byte[] old = "%PDF-1.7 the letter of Monday".getBytes(StandardCharsets.US_ASCII);
        Files.write(letter, old);
        // a second name for the same file: what a viewer holding the old letter open still sees
        Path heldOpen = Files.createLink(dir.resolve("held-open.pdf"), letter);

        byte[] revised = "%PDF-1.7 the letter of Tuesday, revised after peer review".getBytes(StandardCharsets.US_ASCII);
        WholeFiles.replace(letter, revised, ".letter-");

        assertArrayEquals(revised, Files.readAllBytes(letter));
        // written in place (Files.write on the name) would have changed these bytes under the viewer
        assertArrayEquals(old, Files.readAllBytes(heldOpen));
        assertEquals(List.of("denial.pdf", "held-open.pdf"), names());
    }

    @Test
    void theDurableWriteReplacesTheSameWayAndLeavesNoTemporaryFile() throws IOException {
        Path state = dir.resolve("review-state.json");
        Files.writeString(state, "{\"status\":\"IN_REVIEW\"}");
        Path heldOpen = Files.createLink(dir.resolve("other-reader.json"), state);

        byte[] decided = "{\"status\":\"DECIDED\"}".getBytes(StandardCharsets.UTF_8);
        WholeFiles.replaceDurably(state, decided, "review-state");

        assertArrayEquals(decided, Files.readAllBytes(state));
        assertEquals("{\"status\":\"IN_REVIEW\"}", Files.readString(heldOpen));
        assertEquals(List.of("other-reader.json", "review-state.json"), names());
    }

    @Test
    void aMissingFolderIsNamedAndNothingIsWritten() {
        Path gone = dir.resolve("outbox").resolve("letter.pdf");
        IOException e = assertThrows(IOException.class, () -> WholeFiles.replace(gone, new byte[] {1, 2}, ".letter-"));
        assertTrue(e.getMessage().contains(dir.resolve("outbox").toString()), e.getMessage());
        assertTrue(Files.notExists(dir.resolve("outbox")));
    }

    @Test
    void whenTheNameCannotBeTakenTheOldContentStaysAndNoTemporaryFileIsLeft() throws IOException {
        // the chosen name is taken by a folder holding a file: the rename fails
        Path taken = dir.resolve("letter.pdf");
        Files.createDirectories(taken);
        Files.writeString(taken.resolve("keep.txt"), "kept");

        assertThrows(IOException.class, () -> WholeFiles.replace(taken, new byte[] {37, 80, 68, 70}, ".letter-"));

        assertEquals("kept", Files.readString(taken.resolve("keep.txt")));
        assertEquals(List.of("letter.pdf"), names());
    }

    @Test
    void anEmptyFileIsWrittenWhole() throws IOException {
        Path target = dir.resolve("empty.x12");
        Files.writeString(target, "ISA*00*");
        WholeFiles.replace(target, new byte[0], ".pas-");
        assertEquals(0, Files.size(target));
        assertEquals(List.of("empty.x12"), names());
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
