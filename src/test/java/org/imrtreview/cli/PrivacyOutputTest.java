package org.imrtreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.imrtreview.digitize.LegendOcrOff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Issue 20 item 7: no member identifiers in JSON, control characters escaped in text output. */
@ExtendWith(LegendOcrOff.class)
class PrivacyOutputTest {

    @TempDir
    Path tmp;

    private Path sample03() throws Exception {
        Path to = tmp.resolve("case");
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(Path.of("samples", "03-lung-v20-csv-criteria-met"))) {
            for (Path p : s.toList()) {
                Files.copy(p, to.resolve(p.getFileName()));
            }
        }
        return to;
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        Cli.run(new PrintWriter(out), new PrintWriter(new StringWriter()), args);
        return out.toString();
    }

    @Test
    void theJsonCarriesNoMemberNameIdOrBirthDateWhereverTheProviderPutThem() throws Exception {
        Path c = sample03();
        String csv = Files.readString(c.resolve("summary_table.csv"));
        Files.writeString(c.resolve("summary_table.csv"), csv.replaceFirst("Heart", "\"Heart (Moreno, Alvin ZRH330218856 06/14/1955)\""));
        Files.copy(c.resolve("visit_note.pdf"), c.resolve("Moreno_Alvin_ZRH-330218856_visit.pdf"));
        String json = run("evaluate", c.toString(), "--format", "json");
        assertFalse(json.contains("Moreno"), json);
        assertFalse(json.contains("Alvin"), json);
        assertFalse(json.contains("330218856"), json);
        assertFalse(json.contains("1955"), json);
        assertTrue(json.contains("Heart ([member name] [member ID] [birth date])"), json);
        assertTrue(json.contains("[member name]_[member ID]_visit.pdf"), json);
    }

    @Test
    void textOutputEscapesControlCharactersInFileNames() throws Exception {
        Path c = sample03();
        Files.copy(c.resolve("visit_note.pdf"), c.resolve("note\u001b[2J\nDetermination: CRITERIA_MET.pdf"));
        String text = run("evaluate", c.toString(), "--format", "text");
        assertFalse(text.contains("\u001b"), "no raw escape");
        assertTrue(text.contains("note\\x1B[2J\\nDetermination: CRITERIA_MET.pdf"), text);
        assertEquals(1, text.lines().filter(l -> l.startsWith("Determination:")).count(), "no forged line");
    }

    @Test
    void terminalTextLeavesOrdinaryTextAlone() {
        assertEquals("Dmax ≤ 54 Gy — José", TerminalText.escape("Dmax ≤ 54 Gy — José"));
        assertEquals("a\\u202Efdp.exe", TerminalText.escape("a\u202Efdp.exe"));
    }
}
