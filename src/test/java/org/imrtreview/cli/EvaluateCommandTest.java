package org.imrtreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command end to end through {@link Cli#run}, on folders built here (not the bundled samples). */
class EvaluateCommandTest {

    private record Result(int code, String out, String err) { }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void missingPathExitsTwoWithOneLineOnStderr(@TempDir Path dir) {
        Result r = run("evaluate", dir.resolve("no-such-case").toString(), "--format", "json");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("no-such-case"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void emptyFolderIsIncompleteJsonWithExitZero(@TempDir Path dir) throws Exception {
        Result r = run("evaluate", dir.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals("INCOMPLETE", root.get("determination").asText());
        assertEquals("table", root.get("missing").get(0).asText());
        assertTrue(root.get("rows").isEmpty());
    }

    @Test
    void singleFileIsAcceptedAsPath(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("cover-letter.txt"), "Please review the attached plan.");
        Result r = run("evaluate", file.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals("INCOMPLETE", new ObjectMapper().readTree(r.out()).get("determination").asText());
    }

    @Test
    void textIsTheDefaultFormat(@TempDir Path dir) {
        Result r = run("evaluate", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Determination: INCOMPLETE"), r.out());
    }

    @Test
    void formatIsCaseInsensitive(@TempDir Path dir) throws Exception {
        Result r = run("evaluate", dir.toString(), "--format", "JSON");
        assertEquals(0, r.code(), r.err());
        assertEquals("INCOMPLETE", new ObjectMapper().readTree(r.out()).get("determination").asText());
    }

    @Test
    void unknownFormatIsAUsageError(@TempDir Path dir) {
        Result r = run("evaluate", dir.toString(), "--format", "xml");
        assertTrue(r.code() != 0);
        assertTrue(r.err().contains("xml"), r.err());
    }
}
