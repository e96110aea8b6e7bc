package org.imrtreview.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.SummaryRow;
import org.imrtreview.model.SummaryTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Decision 0663: a table's reference tells its header from its rows, for every kind of table a case can hold — the
 * fax packet's "page 4, rows 1-5" read as five rows for a header and four organs. The rows it names are those the
 * table's own rows give as their origins (the first and the last), and the header comes before them.
 */
class TableLocationTest {
    private static final Pattern ROWS = Pattern.compile("header rows? (\\d+)(?:-(\\d+))?, (?:row (\\d+)|rows (\\d+)-(\\d+))$");
    private static final Pattern A1 = Pattern.compile("![A-Z]+(\\d+):[A-Z]+(\\d+), header rows? (\\d+)(?:-(\\d+))?$");
    private static final Pattern ORIGIN_ROW = Pattern.compile("(?:row |[A-Z])(\\d+)$");

    private static SummaryTable table(String sample) throws Exception {
        ReviewCase c = CaseLoader.standard().readOnly().load(Path.of("samples", sample));
        assertNotNull(c.table(), sample + ": no table");
        return c.table();
    }

    @Test
    void theFaxPacketsTableIsAHeaderAndFourRows() throws Exception {
        SummaryTable t = table("11-lung-fax-packet");
        assertEquals("page 4, header row 1, rows 2-5", t.location());
        assertEquals(4, t.rows().size());
        assertEquals(List.of("page 4, row 2", "page 4, row 3", "page 4, row 4", "page 4, row 5"),
                t.rows().stream().map(SummaryRow::origin).toList());
    }

    /** A workbook (xlsx, a second sheet, title rows, xls), a CSV, a text PDF packet and a scanned table. */
    @ParameterizedTest
    @ValueSource(strings = {"01-brain-glioblastoma-criteria-met", "02-oropharynx-cgy-second-sheet-criteria-met",
            "03-lung-v20-csv-criteria-met", "04-prostate-xls-criteria-not-met", "10-head-neck-stricter-than-published",
            "11-lung-fax-packet", "13-lung-scanned-table"})
    void theRowsNamedAreTheTablesRowsAndTheHeaderComesFirst(String sample) throws Exception {
        SummaryTable t = table(sample);
        int first = originRow(t.rows().get(0));
        int last = originRow(t.rows().get(t.rows().size() - 1));
        Matcher rows = ROWS.matcher(t.location());
        Matcher a1 = A1.matcher(t.location());
        if (rows.find()) {
            int headerEnd = Integer.parseInt(rows.group(2) != null ? rows.group(2) : rows.group(1));
            int from = Integer.parseInt(rows.group(3) != null ? rows.group(3) : rows.group(4));
            int to = Integer.parseInt(rows.group(3) != null ? rows.group(3) : rows.group(5));
            assertEquals(List.of(first, last), List.of(from, to), t.location());
            assertTrue(headerEnd < from, t.location());
        } else {
            assertTrue(a1.find(), sample + ": no header told apart in " + t.location());
            int headerEnd = Integer.parseInt(a1.group(4) != null ? a1.group(4) : a1.group(3));
            assertEquals(Integer.parseInt(a1.group(1)), Integer.parseInt(a1.group(3)), t.location());
            assertEquals(last, Integer.parseInt(a1.group(2)), t.location());
            assertTrue(headerEnd < first, t.location());
        }
    }

    private static int originRow(SummaryRow row) {
        Matcher m = ORIGIN_ROW.matcher(row.origin());
        assertTrue(m.find(), row.origin());
        return Integer.parseInt(m.group(1));
    }
}
