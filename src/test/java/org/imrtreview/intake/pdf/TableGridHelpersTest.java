package org.imrtreview.intake.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small pure steps of table reconstruction: joining wrapped lines, cleaning grids, stitching pages. */
class TableGridHelpersTest {

    @ParameterizedTest(name = "\"{0}\" + \"{1}\" = \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Can the constraint | only be met with IMRT? | Can the constraint only be met with IMRT?
            QUANTEC / RTOG-    | 0617                   | QUANTEC / RTOG-0617
            Dose achieved –    | 3D plan                | Dose achieved – 3D plan
            NRG/               | RTOG 1005              | NRG/RTOG 1005
            -                  | 12 Gy                  | - 12 Gy
            """)
    void wrappedCellLinesJoinWithASpaceExceptAfterAHyphenOrSlashInAWord(String first, String second, String joined) {
        assertEquals(joined, TextLayout.joinLines(List.of(first, second)));
    }

    @Test
    void emptyRowsAndColumnsAreDroppedFromARuledGrid() {
        String[][] cells = {
            {"Organ", "", "Constraint"},
            {"", "", ""},
            {"Heart", "", "Mean < 26 Gy"},
        };
        ExtractedTable t = GridCleaner.toTable(1, 792, cells, new double[] {0, 100, 110, 200}, 50, 90, true);
        assertEquals(List.of(List.of("Organ", "Constraint"), List.of("Heart", "Mean < 26 Gy")), t.rows());
        assertArrayEquals(new double[] {0, 110, 200}, t.columnEdges());
    }

    @Test
    void unruledColumnsThatNeverHoldTextInTheSameRowAreOneColumn() {
        String[][] cells = {
            {"Organ", "3D plan", "", "IMRT"},
            {"Lung", "", "31.2", "24.6"},
            {"Kidney", "35%", "", "14%"},
        };
        ExtractedTable t = GridCleaner.toTable(1, 792, cells, new double[] {0, 100, 150, 200, 300}, 50, 90, false);
        assertEquals(List.of(List.of("Organ", "3D plan", "IMRT"), List.of("Lung", "31.2", "24.6"),
                List.of("Kidney", "35%", "14%")), t.rows());
    }

    @Test
    void gridWithASingleColumnIsNotATable() {
        assertNull(GridCleaner.toTable(1, 792, new String[][] {{"text", ""}}, new double[] {0, 100, 200}, 0, 10, true));
    }

    private static ExtractedTable part(int page, double top, double bottom, List<List<String>> rows) {
        return new ExtractedTable(page, page, rows, new double[] {50, 150, 250, 350}, top, bottom, true, 792);
    }

    @Test
    void tableRunningOntoTheNextPageIsJoinedWithoutItsRepeatedHeaderAndWithItsBrokenRowRejoined() {
        List<String> header = List.of("Organ", "Constraint", "IMRT");
        ExtractedTable first = part(1, 100, 760, List.of(header, List.of("Heart", "Mean < 26 Gy", "18 Gy"),
                List.of("Esophagus", "Mean < 34 Gy", "28 Gy")));
        ExtractedTable next = part(2, 60, 200, List.of(header, List.of("(cervical)", "", ""),
                List.of("Cord", "Dmax < 45 Gy", "30 Gy")));
        List<ExtractedTable> stitched = TableStitcher.stitch(List.of(first, next));
        assertEquals(1, stitched.size());
        assertEquals("pages 1-2", stitched.get(0).location());
        assertEquals(List.of(header, List.of("Heart", "Mean < 26 Gy", "18 Gy"),
                List.of("Esophagus (cervical)", "Mean < 34 Gy", "28 Gy"),
                List.of("Cord", "Dmax < 45 Gy", "30 Gy")), stitched.get(0).rows());
    }

    @Test
    void tableInTheMiddleOfAPageIsNotJoinedToTheNextPage() {
        ExtractedTable first = part(1, 100, 300, List.of(List.of("a", "b", "c")));
        ExtractedTable next = part(2, 60, 200, List.of(List.of("d", "e", "f")));
        assertEquals(2, TableStitcher.stitch(List.of(first, next)).size());
    }
}
