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
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code evaluate SAMPLE --format json} gives, for every bundled sample, the determination its README
 * states ("Expected determination: X") and lists every SPEC §5 word the README names as missing.
 */
class SampleEvaluateEndToEndTest {

    private static final Pattern EXPECTED = Pattern.compile("Expected determination: (INCOMPLETE|CRITERIA_MET|CRITERIA_NOT_MET)");
    private static final Pattern MISSING = Pattern.compile("missing: (\\w+)");

    @TempDir
    Path dir;

    static Stream<Path> samples() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            return s.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    record Run(int exit, String out, String err) { }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleGetsTheDeterminationItsReadmeStates(Path sample) throws Exception {
        String readme = Files.readString(sample.resolve("README.md"));
        Matcher m = EXPECTED.matcher(readme);
        assertTrue(m.find(), "README must state the expected determination");
        // the bundled sample is left as it is: no cache, no recommendation kept beside it (decision 0314)
        Run r = run("evaluate", sample.toString(), "--format", "json", "--read-only");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(m.group(1), json.get("determination").asText(), () -> "reasons: " + json.get("reasons"));
        List<String> missing = new ArrayList<>();
        json.get("missing").forEach(n -> missing.add(n.asText()));
        Matcher words = MISSING.matcher(readme);
        while (words.find()) {
            assertTrue(missing.contains(words.group(1)), () -> "missing " + missing);
        }
        if (!readme.contains("missing: table")) { // a sample whose table cannot be read says so
            assertTrue(json.get("rows").size() >= 3);
        }
    }

    @Test
    void badFilesGiveProblemLinesAndIncompleteNotAStackTrace() throws Exception {
        Files.write(dir.resolve("summary.xlsx"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00});
        Files.write(dir.resolve("dvh_3d.png"), new byte[0]);
        Files.writeString(dir.resolve("table.xlsx"), "%PDF-1.4\n%garbage");
        Run r = run("evaluate", dir.toString(), "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("INCOMPLETE", json.get("determination").asText());
        String all = r.out() + r.err();
        assertFalse(all.contains("Exception") || all.contains("\tat "), all);
        assertTrue(r.out().contains("summary.xlsx") && r.out().contains("is damaged or not a readable Excel workbook"), r.out());
        assertTrue(r.out().contains("is empty (0 bytes)"), r.out());
        assertTrue(r.out().contains("is named .xlsx but is really a PDF"), r.out());
    }

    @Test
    void emptyFolderIsIncompleteWithExitZero() throws Exception {
        Run r = run("evaluate", dir.toString(), "--format", "json");
        assertEquals(0, r.exit());
        assertEquals("INCOMPLETE", new ObjectMapper().readTree(r.out()).get("determination").asText());
    }

    @Test
    void unreadablePathExitsTwoWithOneLine() {
        Run r = run("evaluate", dir.resolve("no-such-case").toString(), "--format", "json");
        assertEquals(2, r.exit());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
