package org.imrtreview.intake.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /**
     * Fixture 22 as a computer-sent standard fax (decision 0525): "Submandibular gland (right)" came out as the row
     * "Submandibular gland" and a row "fright) | 4" (the side's bracket read "f", a speck read "4"). The side joins
     * the organ above, the speck joins its cell (no word dropped), and the organ is doubted: joined by its words only.
     */
    @Test
    void anOrgansSecondLineSetApartIsJoinedByItsWordsAndDoubted() {
        String sure = OcrConfidence.marker(0.95);
        List<List<String>> rows = List.of(HEADER,
                List.of("Submandibular gland" + sure, "Mean < 39 Gy" + sure, "QUANTEC" + sure, "34.3 Gy" + sure,
                        "26.1 Gy" + sure, "No" + sure),
                List.of("fright)" + sure, "4" + sure, "", "", "", ""),
                List.of("Oral cavity" + sure, "Mean < 40 Gy" + sure, "RTOG 1016" + sure, "40.0 Gy" + sure,
                        "31.2 Gy" + sure, "Yes" + sure),
                List.of("(right) \u2013 boost phase" + sure, "", "", "", "", ""));
        List<List<String>> out = joined(rows);
        assertEquals(3, out.size(), out::toString);
        OcrConfidence confidence = new OcrConfidence();
        ExtractedTable stripped = confidence.strip(table(out), "fax.pdf");
        assertEquals(List.of("Submandibular gland fright)", "Mean < 39 Gy 4", "QUANTEC", "34.3 Gy", "26.1 Gy", "No"),
                stripped.rows().get(1));
        assertEquals("Oral cavity (right) \u2013 boost phase", stripped.rows().get(2).get(0));
        assertTrue(confidence.doubtful("Submandibular gland fright)", 0.80), "joined by its words: doubted");
        assertTrue(confidence.doubtful("Oral cavity (right) \u2013 boost phase", 0.80));
        assertFalse(confidence.doubtful("QUANTEC", 0.80));
    }

    @Test
    void anOrganOfItsOwnOrALineWithValuesIsNotJoinedByItsWords() {
        List<List<String>> rows = List.of(HEADER,
                List.of("Brainstem", "Dmax < 54 Gy", "QUANTEC", "49.1 Gy", "42.2 Gy", "No"),
                List.of("Spinal cord", "", "", "", "", ""), // a capital: a row whose values are missing, flagged
                List.of("Optic chiasm", "Dmax < 54 Gy", "QUANTEC", "49.1 Gy", "42.2 Gy", "No"),
                List.of("(left) boost", "Dmax < 54 Gy", "", "", "", ""), // holds a value of its own
                List.of("Lips", "Mean < 20 Gy", "Institutional", "22.4 Gy", "18.8 Gy", "Yes"),
                List.of("phase 2", "", "", "", "", "")); // a digit in it
        assertEquals(rows, joined(rows));
    }
}
