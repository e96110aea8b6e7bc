package org.imrtreview.intake.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.imrtreview.intake.pdf.fixtures.ContinuedTableLetters;
import org.imrtreview.intake.pdf.fixtures.ContinuedTableLetters.Page2;
import org.imrtreview.intake.pdf.fixtures.ContinuedTableLetters.Variant;
import org.imrtreview.intake.pdf.fixtures.SummaryTables;
import org.imrtreview.model.Document;
import org.imrtreview.model.DocumentKind;
import org.imrtreview.model.SummaryRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A summary table in a letter of medical necessity that starts part-way down page 1 and goes on at the
 * top of page 2 without its header row (decisions 0408-0409): the rows on page 2 belong to the table;
 * other things at the top of page 2 are not joined; rows that cannot be joined are never dropped silently.
 */
class ContinuedTableTest {
    @TempDir
    Path dir;

    private PacketResult read(Variant v) throws IOException {
        Path file = ContinuedTableLetters.write(dir.resolve("letter_of_medical_necessity.pdf"), v);
        return new PdfPacketReader(PdfProgressListener.NONE).read(file, "letter_of_medical_necessity.pdf");
    }

    private static List<List<String>> cells(PacketResult r) {
        List<List<String>> rows = new ArrayList<>();
        for (SummaryRow s : r.table().rows()) {
            rows.add(List.of(s.organ(), s.constraint(), s.source(), s.dose3d(), s.doseImrt(), s.answer()));
        }
        return rows;
    }

    private static String summary(Document d) {
        return d.kind() + " " + d.pages();
    }

    /**
     * Ends high: a short opening and two or three rows before the break (the trust tour's probe; page 2's
     * rows were dropped before). Ends low: the long opening; six rows leave one row for page 2, which is
     * too little to be found as a table without its ruling.
     */
    @ParameterizedTest(name = "ruled {0}, {1} rows on page 1, short opening {2}, continued line {3}")
    @CsvSource(textBlock = """
            true,  2, true,  false
            true,  3, true,  false
            true,  3, true,  true
            true,  6, false, false
            true,  5, false, false
            false, 2, true,  false
            false, 3, true,  false
            false, 3, true,  true
            false, 6, false, false
            false, 5, false, false
            """)
    void rowsAtTheTopOfPage2AreJoinedToTheTable(boolean ruled, int rowsOnPage1, boolean shortOpening,
                                                 boolean continuedLine) throws IOException {
        PacketResult r = read(new Variant(ruled, rowsOnPage1, Page2.REST_OF_TABLE, continuedLine, false, shortOpening));
        assertNotNull(r.table(), r.problems()::toString);
        assertEquals(SummaryTables.LUNG.rows(), cells(r));
        assertEquals("pages 1-2, header row 1, rows 2-8", r.table().location());
        assertEquals(List.of("SUMMARY_TABLE null"), r.documents().stream().map(ContinuedTableTest::summary).toList(),
                "the whole letter is one document, page 2 not \"Other\"");
        assertEquals(List.of(), r.damage());
    }

    @ParameterizedTest(name = "ruled {0}, short opening {1}")
    @CsvSource(textBlock = """
            true,  true
            true,  false
            false, true
            false, false
            """)
    void aDifferentTableAtTheTopOfPage2IsNotJoined(boolean ruled, boolean shortOpening) throws IOException {
        PacketResult r = read(new Variant(ruled, 7, Page2.OTHER_TABLE, false, false, shortOpening));
        assertEquals(SummaryTables.LUNG.rows(), cells(r));
        assertEquals("page 1, header row 1, rows 2-8", r.table().location());
        assertEquals(List.of(), r.damage());
    }

    @ParameterizedTest(name = "ruled {0}, short opening {1}")
    @CsvSource(textBlock = """
            true,  true
            true,  false
            false, true
            false, false
            """)
    void aChartNoteOnPage2IsNotJoined(boolean ruled, boolean shortOpening) throws IOException {
        PacketResult r = read(new Variant(ruled, 7, Page2.CHART_NOTE, false, false, shortOpening));
        assertEquals(SummaryTables.LUNG.rows(), cells(r));
        assertEquals("page 1, header row 1, rows 2-8", r.table().location());
        assertEquals(List.of(), r.damage());
    }

    /** A sentence of the letter after the table: it may have ended there, so page 2's rows are not joined, but said. */
    @ParameterizedTest(name = "ruled {0}, {1} rows on page 1, short opening {2}")
    @CsvSource(textBlock = """
            true,  3, true
            true,  5, false
            true,  6, false
            false, 3, true
            false, 5, false
            false, 6, false
            """)
    void rowsThatCannotBeJoinedAreNeverDroppedSilently(boolean ruled, int rowsOnPage1, boolean shortOpening)
            throws IOException {
        PacketResult r = read(new Variant(ruled, rowsOnPage1, Page2.REST_OF_TABLE, false, true, shortOpening));
        assertEquals(SummaryTables.LUNG.rows().subList(0, rowsOnPage1), cells(r));
        assertEquals(List.of("page 2 begins with lines that look like rows of the summary table on page 1 but could"
                + " not be joined to it, so rows may be missing; check page 2 and type any missing rows in before"
                + " deciding"), r.damage());
    }

    /** Page 2's rows in a grid of other column widths: they cannot be lined up with the table, so they are said, not guessed. */
    @Test
    void rowsInOtherColumnsAreNeverDroppedSilently() throws IOException {
        PacketResult r = read(new Variant(true, 3, Page2.REST_IN_OTHER_COLUMNS, false, false, true));
        assertEquals(SummaryTables.LUNG.rows().subList(0, 3), cells(r));
        assertEquals(1, r.damage().size(), r.damage()::toString);
        assertTrue(r.damage().get(0).startsWith("page 2 begins with lines that look like rows of the summary table"),
                r.damage()::toString);
    }

    /** Unruled, the same rows' text still lies inside the table's columns (the column map by overlap): joined whole. */
    @Test
    void unruledRowsInOtherWidthsThatStillLineUpAreJoined() throws IOException {
        PacketResult r = read(new Variant(false, 3, Page2.REST_IN_OTHER_COLUMNS, false, false, true));
        assertEquals(SummaryTables.LUNG.rows(), cells(r));
        assertEquals(List.of(), r.damage());
    }

    @Test
    void theTablesOnlyReaderJoinsTheRowsToo() throws IOException, PdfReadException {
        Path file = ContinuedTableLetters.write(dir.resolve("lmn.pdf"), new Variant(false, 3, Page2.REST_OF_TABLE, false, false, true));
        List<ExtractedTable> tables = PdfTableExtractor.extract(file);
        assertEquals(1, tables.size());
        assertEquals(SummaryTables.LUNG.all(), tables.get(0).rows());
        assertEquals("pages 1-2", tables.get(0).location());
    }
}
