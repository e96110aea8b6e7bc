package org.imrtreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0611: {@code evaluate --read-only} of a PAS bundle writes nothing beside the bundle (it imported it into
 * {@code pas-inbox/} before, though the option says "write nothing beside the case"); the evaluation is the one an
 * import gives, and a bundle imported earlier is read from its case, her saved work with it.
 */
class ReadOnlyPasBundleTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static List<String> everything(Path folder) throws Exception {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }

    private static JsonNode withoutPaths(String json) throws Exception {
        JsonNode tree = JSON.readTree(json);
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree).remove(List.of("case", "caseFolder", "folder"));
        return tree;
    }

    @Test
    void aBundleReadOnlyLeavesItsFolderAsItWasAndReadsAsAnImportDoes() throws Exception {
        Path bundle = Files.copy(Path.of("samples-pas/pas-06-esophagus-not-met.json"), dir.resolve("pas-06.json"));
        List<String> before = everything(dir);

        Run readOnly = run("evaluate", bundle.toString(), "--read-only", "--format", "json");
        assertEquals(0, readOnly.code(), readOnly.err());
        assertEquals(before, everything(dir), "nothing written beside the bundle");
        assertTrue(readOnly.err().contains("nothing was written beside it"), readOnly.err());
        assertEquals("CRITERIA_NOT_MET", JSON.readTree(readOnly.out()).path("determination").asText());

        Run imported = run("evaluate", bundle.toString(), "--format", "json");
        assertEquals(0, imported.code(), imported.err());
        assertTrue(Files.isDirectory(dir.resolve("pas-inbox")), "an evaluation without --read-only imports it");
        assertEquals(withoutPaths(imported.out()), withoutPaths(readOnly.out()));

        // imported now: --read-only reads that case and still writes nothing
        List<String> afterImport = everything(dir);
        Run again = run("evaluate", bundle.toString(), "--read-only", "--format", "json");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.err().startsWith("PAS bundle already imported: "), again.err());
        assertEquals(afterImport, everything(dir));
    }

    @Test
    void aBundleThatCannotBeACaseSaysSoAndWritesNothing() throws Exception {
        Path bundle = dir.resolve("broken.json");
        Files.writeString(bundle, "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[]}");
        Run run = run("evaluate", bundle.toString(), "--read-only");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("broken.json") && run.err().contains("no entries"), run.err());
        assertEquals(List.of("", "broken.json"), everything(dir));
    }
}
