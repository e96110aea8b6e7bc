package org.imrtreview.intake.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.imrtreview.model.Column;
import org.imrtreview.model.OcrCell;
import org.imrtreview.model.SummaryRow;
import org.imrtreview.model.SummaryTable;
import org.imrtreview.ocr.OcrWord;
import org.junit.jupiter.api.Test;

/** A cell text read several times: each cell gets its own reading when nothing can mix them up (decision 0323). */
class OcrConfidenceTest {

    private static String read(String text, double confidence, OcrWord.Doubt doubt) {
        return text + OcrConfidence.marker(confidence) + OcrConfidence.doubtMarker(doubt);
    }

    private static ExtractedTable table(List<List<String>> rows) {
        return new ExtractedTable(1, 1, rows, new double[] {0, 1, 2, 3}, 0, 0, true, 800);
    }

    private static SummaryTable summary(String... sources) {
        List<SummaryRow> rows = new ArrayList<>();
        for (int i = 0; i < sources.length; i++) {
            rows.add(new SummaryRow(i + 1, "Organ " + (char) ('A' + i), null, sources[i], null, null, null, "scan"));
        }
        return new SummaryTable("scan.pdf", "page 1", java.util.Map.of(), rows);
    }

    private static OcrCell source(SummaryTable t, int row) {
        return t.ocrCells().stream().filter(c -> c.row() == row && c.column() == Column.SOURCE).findFirst().orElseThrow();
    }

    @Test
    void aCorrectedWordDoubtsOnlyItsOwnCell() {
        OcrConfidence confidence = new OcrConfidence();
        confidence.strip(table(List.of(
                List.of(read("Organ A", 0.95, null), read("QUANTEC", 0.96, null)),
                List.of(read("Organ B", 0.95, null), read("QUANTEC", 0.43, OcrWord.Doubt.CORRECTED)),
                List.of(read("Organ C", 0.95, null), read("QUANTEC", 0.97, null)))), "scan.pdf");
        SummaryTable t = confidence.attach(summary("QUANTEC", "QUANTEC", "QUANTEC"));
        assertNull(source(t, 1).doubt());
        assertEquals(0.96, source(t, 1).confidence(), 1e-9);
        assertEquals(OcrWord.Doubt.CORRECTED.sentence(), source(t, 2).doubt());
        assertEquals(0.43, source(t, 2).confidence(), 1e-9);
        assertNull(source(t, 3).doubt());
    }

    @Test
    void whenTheReadingsCannotBeToldApartEveryCellKeepsTheLeastSure() {
        OcrConfidence confidence = new OcrConfidence();
        // a third "QUANTEC" read outside the summary table's rows (a note under it): counts differ
        confidence.strip(table(List.of(
                List.of(read("Organ A", 0.95, null), read("QUANTEC", 0.96, null)),
                List.of(read("Organ B", 0.95, null), read("QUANTEC", 0.43, OcrWord.Doubt.CORRECTED)),
                List.of(read("QUANTEC", 0.99, null), ""))), "scan.pdf");
        SummaryTable t = confidence.attach(summary("QUANTEC", "QUANTEC"));
        assertNotNull(source(t, 1).doubt(), "a doubt is never lost");
        assertEquals(0.43, source(t, 1).confidence(), 1e-9);
        assertNotNull(source(t, 2).doubt());
    }

    @Test
    void readingsInDifferentColumnsOfThePageAreNotHandedOut() {
        OcrConfidence confidence = new OcrConfidence();
        confidence.strip(table(List.of(
                List.of(read("Organ A", 0.95, null), read("QUANTEC", 0.96, null)),
                List.of(read("QUANTEC", 0.43, OcrWord.Doubt.CORRECTED), read("Organ B", 0.95, null)))), "scan.pdf");
        SummaryTable t = confidence.attach(summary("QUANTEC", "QUANTEC"));
        assertNotNull(source(t, 1).doubt());
        assertNotNull(source(t, 2).doubt());
    }
}
