package org.imrtreview.intake.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.imrtreview.bench.TableScore;
import org.imrtreview.intake.table.Grid;
import org.imrtreview.intake.table.TableExtraction;
import org.imrtreview.intake.table.TableExtractor;
import org.imrtreview.model.SummaryTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden tests over the PDF table corpus (src/test/resources/pdf/tables, built by
 * TableCorpusGenerator): the cells read from each PDF against the expected CSV beside it, and the
 * summary table the shared table locator finds in them.
 */
class PdfTableCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/pdf/tables");

    static List<List<String>> expected(String name) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(CORPUS.resolve(name + ".csv"))) {
            for (CSVRecord rec : CSVFormat.DEFAULT.parse(r)) {
                List<String> cells = new ArrayList<>();
                rec.forEach(cells::add);
                rows.add(cells);
            }
        }
        return rows;
    }

    static List<List<String>> extracted(String name) throws PdfReadException {
        List<List<List<String>>> tables = new ArrayList<>();
        for (ExtractedTable t : PdfTableExtractor.extract(CORPUS.resolve(name + ".pdf"))) {
            tables.add(t.rows());
        }
        return TableScore.concat(tables);
    }

    /*
     * Known shortfalls, kept visible: in 05 LibreOffice breaks "Temporomandibular" inside the word
     * in a narrow cell (read "Temporomandib ular"); in 12 Calc puts right-aligned numbers and the
     * next column's left-aligned text 1.4 pt apart, closer than a word space, so the two columns
     * cannot be told apart from whitespace.
     */
    @ParameterizedTest(name = "{0}: at least {1} of the cells exactly")
    @CsvSource(textBlock = """
            01-word-grid-brain,                    1.00
            02-word-horizontal-lung,               1.00
            03-word-unruled-prostate,              1.00
            04-word-landscape-esophagus,           1.00
            05-word-multipage-headneck,            0.99
            06-word-letter-merged-lung,            1.00
            07-word-unruled-tight-breast,          1.00
            08-html-border-pancreas,               1.00
            09-html-plain-liver,                   1.00
            10-calc-plain-prostate,                1.00
            11-calc-grid-pancreas,                 1.00
            12-calc-titles-liver,                  0.50
            13-calc-multipage-headneck,            1.00
            14-calc-landscape-esophagus,           1.00
            15-report-unruled-prostate,            1.00
            16-report-zebra-lung,                  1.00
            17-report-rowrules-liver,              1.00
            18-report-monospaced-brain,            1.00
            19-report-filledborders-pancreas,      1.00
            20-report-centered-breast,             1.00
            21-report-rotated-lung,                1.00
            22-report-multipage-headneck,          1.00
            23-report-multipage-rules-headneck,    1.00
            24-packet-word-lung,                   1.00
            25-packet-report-prostate,             1.00
            """)
    void cellsMatchTheExpectedCsv(String name, double minimum) throws Exception {
        double accuracy = TableScore.accuracy(expected(name), extracted(name));
        assertTrue(accuracy >= minimum, name + ": cell accuracy " + accuracy + " < " + minimum);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            01-word-grid-brain
            02-word-horizontal-lung
            03-word-unruled-prostate
            04-word-landscape-esophagus
            05-word-multipage-headneck
            06-word-letter-merged-lung
            07-word-unruled-tight-breast
            08-html-border-pancreas
            10-calc-plain-prostate
            11-calc-grid-pancreas
            13-calc-multipage-headneck
            15-report-unruled-prostate
            16-report-zebra-lung
            18-report-monospaced-brain
            20-report-centered-breast
            21-report-rotated-lung
            22-report-multipage-headneck
            23-report-multipage-rules-headneck
            """)
    void sharedLocatorFindsAllSixColumnsAndEveryRow(String name) throws Exception {
        List<Grid> grids = new ArrayList<>();
        for (ExtractedTable t : PdfTableExtractor.extract(CORPUS.resolve(name + ".pdf"))) {
            grids.add(new Grid(t.location(), t.rows(), Grid.Addressing.ROW));
        }
        TableExtraction x = TableExtractor.extract(name + ".pdf", grids);
        SummaryTable table = x.table();
        assertTrue(table != null, () -> "no table: " + x.notes());
        assertEquals(List.of(), table.columnsMissing());
        List<List<String>> expected = expected(name);
        assertEquals(expected.size() - 1, table.rows().size());
        assertEquals(expected.get(1).get(0), table.rows().get(0).organ());
        assertEquals(expected.get(expected.size() - 1).get(4), table.rows().get(table.rows().size() - 1).doseImrt());
    }

    @Test
    void tableContinuedOnTheNextPageIsOneTableWithoutTheRepeatedHeader() throws Exception {
        List<ExtractedTable> tables = PdfTableExtractor.extract(CORPUS.resolve("23-report-multipage-rules-headneck.pdf"));
        assertEquals(1, tables.size());
        assertEquals("pages 1-2", tables.get(0).location());
        assertEquals(expected("23-report-multipage-rules-headneck").size(), tables.get(0).rows().size());
    }

    @Test
    void corpusHoldsAtLeastTwentyTablesEachWithExpectedCells() throws IOException {
        try (Stream<Path> s = Files.list(CORPUS)) {
            List<Path> pdfs = s.filter(p -> p.toString().endsWith(".pdf")).toList();
            assertTrue(pdfs.size() >= 20);
            for (Path p : pdfs) {
                assertTrue(Files.exists(Path.of(p.toString().replace(".pdf", ".csv"))), p.toString());
            }
        }
    }
}
