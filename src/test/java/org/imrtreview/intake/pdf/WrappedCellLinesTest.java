package org.imrtreview.intake.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A wrapped cell's second line that a scanned table left as its own row is joined to the cell above; nothing else. */
class WrappedCellLinesTest {
    private static final List<String> HEADER = List.of("Structure", "Constraint", "Reference", "3D", "IMRT", "IMRT required?");

    private static ExtractedTable table(List<List<String>> rows) {
        return new ExtractedTable(1, 1, rows, new double[] {0, 1, 2, 3, 4, 5, 6}, 0, 100, false, 792);
    }

    private static List<List<String>> joined(List<List<String>> rows) {
        return WrappedCellLines.join(table(rows)).rows();
    }

    @Test
    void aUnitOnTheCellsSecondLineJoinsTheLimitAbove() {
        List<List<String>> rows = List.of(HEADER,
                List.of("Penile bulb", "Mean < 52.5", "QUANTEC", "54.1 Gy", "41.7 Gy", "Yes"),
                List.of("", "Gy", "", "", "", ""),
                List.of("Small bowel", "V45Gy < 195 cc", "QUANTEC", "88 cc", "42 cc", "No"));
        assertEquals(List.of(HEADER,
                List.of("Penile bulb", "Mean < 52.5 Gy", "QUANTEC", "54.1 Gy", "41.7 Gy", "Yes"),
                List.of("Small bowel", "V45Gy < 195 cc", "QUANTEC", "88 cc", "42 cc", "No")), joined(rows));
    }

    @Test
    void theConfidenceMarkersOfBothLinesStayInTheCell() {
        String mark = OcrConfidence.marker(0.55);
        List<List<String>> rows = List.of(HEADER,
                List.of("Penile bulb", "Mean < 52.5" + OcrConfidence.marker(0.9), "QUANTEC", "54.1 Gy", "41.7 Gy", "Yes"),
                List.of("", "Gy" + mark, "", "", "", ""));
        assertEquals("Mean < 52.5" + OcrConfidence.marker(0.9) + " Gy" + mark, joined(rows).get(1).get(1));
    }

    @Test
    void aLineWithADigitOrAnOrganOrManyCellsIsARowOfItsOwn() {
        List<List<String>> rows = List.of(HEADER,
                List.of("Rectum", "V70Gy < 20%", "QUANTEC", "27.3%", "12.8%", "Yes"),
                List.of("", "V50Gy < 50%", "", "", "", ""), // a second limit of the same organ: has digits
                List.of("Bladder", "", "", "", "", ""), // a row whose values are missing: flagged, never hidden
                List.of("", "V65Gy < 50%", "QUANTEC", "38%", "22%", "No"), // several limits per row (decision 0170)
                List.of("", "", "", "", "", ""), // nothing to join
                List.of("", "", "", "", "", "Yes")); // under an empty cell
        assertEquals(rows, joined(rows));
    }

    @Test
    void aTitleAboveIsNotJoined() {
        List<List<String>> rows = List.of(List.of("Dosimetric comparison", "", "", "", "", ""),
                List.of("", "Gy", "", "", "", ""));
        assertEquals(rows, joined(rows));
    }
}
