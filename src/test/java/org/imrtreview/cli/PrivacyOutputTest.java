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

    /** Characters that must never reach a terminal, a log or a JSON file as they are. */
    private static final String[] RAW = {"\u202E", "\u2066", "\u001b", "\u0007", "\u009b"};

    private static void assertNoRaw(String where, String text) {
        for (String raw : RAW) {
            assertFalse(text.contains(raw), where + " carries U+" + String.format("%04X", (int) raw.charAt(0)) + " raw:\n" + text);
        }
    }

    private static String[] runBoth(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {out.toString(), err.toString()};
    }

    /**
     * Issue 20 item 7: direction overrides (U+202E, isolates) and control characters (ESC, BEL, CSI)
     * in request.json — the member's name, a field value that is reported as unreadable, a field
     * name — and in file names never reach the JSON, the text output or standard error as they are.
     */
    @Test
    void directionAndControlCharactersFromRequestJsonAndFileNamesAreEscapedEverywhere() throws Exception {
        Path c = sample03();
        String request = Files.readString(c.resolve("request.json"))
                .replace("\"Alvin D. Moreno\"", "\"Alvin \\u202Egnp.exe\\u202C \\u001b[31mMoreno\\u0007\"")
                .replace("\"urgency\" : \"STANDARD\"", "\"urgency\" : \"SOON\\u2066\\u001b[2J\\u009b\", \"note\\u202E\\u001b\" : 1");
        Files.writeString(c.resolve("request.json"), request);
        Files.copy(c.resolve("visit_note.pdf"), c.resolve("visit\u202Etxt.pdf"));
        Files.copy(c.resolve("PET-CT.pdf"), c.resolve("PET\u2066\u0007\u009b-CT.pdf"));

        String[] json = runBoth("evaluate", c.toString(), "--format", "json");
        assertNoRaw("evaluate --format json", json[0]);
        assertNoRaw("evaluate --format json, stderr", json[1]);
        assertTrue(json[0].contains("visit\\u202Etxt.pdf"), "the file name escaped, its value unchanged:\n" + json[0]);
        com.fasterxml.jackson.databind.JsonNode tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json[0]);
        assertTrue(tree.toString().contains("visit\u202Etxt.pdf") || tree.findValuesAsText("file").contains("visit\u202Etxt.pdf"),
                "a JSON reader gets the name back as it is");
        assertTrue(json[0].contains("urgency"), "the unreadable urgency is reported:\n" + json[0]);

        String[] text = runBoth("evaluate", c.toString(), "--format", "text");
        assertNoRaw("evaluate --format text", text[0]);
        assertNoRaw("evaluate --format text, stderr", text[1]);
        assertTrue(text[0].contains("\\u202Egnp.exe"), "the member's name escaped:\n" + text[0]);
    }

    /** The letter: a member's name with an override and escape sequences prints without them, in the order typed. */
    @Test
    void aLetterCarriesNoDirectionOrControlCharacters() throws Exception {
        Path c = tmp.resolve("request-only");
        Files.createDirectories(c);
        // the request alone: the sample's evidence names its own member (decision 0260)
        Files.writeString(c.resolve("request.json"), Files.readString(Path.of("samples", "03-lung-v20-csv-criteria-met", "request.json"))
                .replace("\"Alvin D. Moreno\"", "\"Alvin \\u202Egnp.exe\\u202C \\u001b[31mMoreno\\u0007\""));
        Path pdf = tmp.resolve("letter.pdf");
        String[] run = runBoth("letter", c.toString(), "--decision", "request-info", "--reviewer", "Dana Whitfield, RN",
                "--out", pdf.toString());
        assertTrue(Files.exists(pdf), run[1]);
        assertNoRaw("letter stdout", run[0]);
        assertNoRaw("letter stderr", run[1]);
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
        assertNoRaw("the letter", text);
        assertTrue(text.contains("Alvin gnp.exe [31mMoreno") || text.contains("Alvin gnp.exe  [31mMoreno"),
                "the name in the order typed, its controls not written:\n" + text.substring(0, Math.min(700, text.length())));
    }

    @Test
    void jsonEscapesKeepTheValueAndTextEscapesShowTheCharacter() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper m = JsonOutput.mapper();
        String written = m.writeValueAsString(java.util.Map.of("file", "a\u202Efdp.exe\u001b\u009b\u2028 ≤ José"));
        assertNoRaw("JSON", written);
        assertTrue(written.contains("a\\u202Efdp.exe\\u001B\\u009B\\u2028 ≤ José"), written);
        assertEquals("a\u202Efdp.exe\u001b\u009b\u2028 ≤ José", m.readTree(written).path("file").asText());
    }

    @Test
    void terminalTextLeavesOrdinaryTextAlone() {
        assertEquals("Dmax ≤ 54 Gy — José", TerminalText.escape("Dmax ≤ 54 Gy — José"));
        assertEquals("a\\u202Efdp.exe", TerminalText.escape("a\u202Efdp.exe"));
    }
}
