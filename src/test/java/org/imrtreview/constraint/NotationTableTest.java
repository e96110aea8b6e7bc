package org.imrtreview.constraint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads every example of docs/evaluation.md's notation table and checks that the parser reads it
 * as the table says: the documentation and the tests cannot drift apart.
 */
class NotationTableTest {

    static Stream<Arguments> rows() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("docs", "evaluation.md"), StandardCharsets.UTF_8);
        int start = lines.indexOf("<!-- notation-table:start -->");
        int end = lines.indexOf("<!-- notation-table:end -->");
        assertTrue(start >= 0 && end > start + 3, "the notation table markers are in docs/evaluation.md");
        List<Arguments> rows = new ArrayList<>();
        for (String line : lines.subList(start + 3, end)) {
            String[] cells = line.substring(1, line.length() - 1).split("\\|");
            rows.add(Arguments.of(cells[0].strip(), unquote(cells[1]).replace("<br>", "\n"), cells[2].strip()));
        }
        assertTrue(rows.size() >= 30, "the table lists the notations");
        return rows.stream();
    }

    private static String unquote(String cell) {
        String s = cell.strip();
        return s.startsWith("`") && s.endsWith("`") ? s.substring(1, s.length() - 1) : s;
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @MethodSource("rows")
    void readsTheCellAsDocumented(String notation, String cell, String readAs) {
        ConstraintReading r = ConstraintParser.read(cell);
        assertEquals(cell, r.text(), "the provider's words are kept verbatim");
        if (readAs.equals("no numeric limit")) {
            assertTrue(r.noNumericLimit(), () -> cell + " should be read as having no numeric limit");
            assertFalse(r.readable());
        } else if (readAs.startsWith("not read:")) {
            assertFalse(r.readable(), () -> cell + " should not be read, got " + r.constraint().canonical());
            String why = readAs.substring("not read:".length()).strip();
            assertTrue(r.problem().contains(why), () -> r.problem() + " should say " + why);
        } else {
            assertTrue(r.readable(), () -> cell + " not read: " + r.problem());
            assertEquals(unquote(readAs), r.constraint().canonical());
        }
    }
}
