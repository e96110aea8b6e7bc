package org.imrtreview.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.imrtreview.model.Column;
import org.imrtreview.model.Problem;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.SummaryRow;
import org.imrtreview.model.SummaryTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: every table layout under {@code src/test/resources/intake/tables} is read through the
 * real {@link CaseLoader} and rendered as text (location, headers, missing columns, rows with their
 * origin, problems); the rendering must equal the reviewed {@code <file>.expected} beside it. Run with
 * {@code -Dgolden.update=true} to rewrite the expected files after a deliberate change, then review
 * the diff.
 */
class SpreadsheetGoldenTest {

    private static final Path DIR = Path.of("src/test/resources/intake/tables");

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".expected")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void tableIsReadAsReviewed(String fixture) throws Exception {
        ReviewCase c = CaseLoader.standard().load(DIR.resolve(fixture));
        String actual = render(c);
        Path expectedFile = DIR.resolve(fixture + ".expected");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), actual);
    }

    static String render(ReviewCase c) {
        StringBuilder sb = new StringBuilder();
        SummaryTable t = c.table();
        if (t == null) {
            sb.append("table: none\n");
        } else {
            sb.append("location: ").append(t.location()).append('\n');
            for (Column col : Column.values()) {
                if (t.headers().containsKey(col)) {
                    sb.append("header ").append(col).append(": ").append(t.headers().get(col)).append('\n');
                }
            }
            sb.append("missing: ").append(t.columnsMissing()).append('\n');
            for (SummaryRow r : t.rows()) {
                sb.append("row ").append(r.number()).append(" @").append(r.origin()).append(": ");
                List<String> cells = Stream.of(Column.values()).map(col -> r.cell(col) == null ? "<absent>" : "[" + r.cell(col) + "]").toList();
                sb.append(String.join(" ", cells)).append('\n');
            }
        }
        for (Problem p : c.problems()) {
            sb.append("problem: ").append(p).append('\n');
        }
        c.documents().forEach(d -> sb.append("document: ").append(d.kind()).append(" ").append(d.state()).append(" — ")
                .append(d.note()).append('\n'));
        return sb.toString();
    }
}
