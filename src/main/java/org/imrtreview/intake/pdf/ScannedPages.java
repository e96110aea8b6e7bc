package org.imrtreview.intake.pdf;

import java.util.List;
import org.imrtreview.model.OcrCell;
import org.imrtreview.model.SummaryTable;

/** The nurse's sentence about pages read by OCR. */
final class ScannedPages {
    /** Below this confidence an OCR-read cell is not trusted (decision 0154). */
    public static final double TRUSTED = 0.80;

    private ScannedPages() {
    }

    static String note(List<Integer> pageNumbers, SummaryTable table) {
        StringBuilder sb = new StringBuilder("scanned ").append(PdfPacketReader.pagesPhrase(pageNumbers))
                .append(" read by OCR");
        if (table != null && !table.ocrCells().isEmpty()) {
            long doubtful = table.ocrCells().stream().filter(c -> c.confidence() < TRUSTED || c.doubt() != null).count();
            sb.append(doubtful == 0 ? ": check the table against the page"
                    : ": " + doubtful + " table cell(s) read doubtfully — confirm or correct them (F2)");
        } else {
            sb.append(": check what was read against the page");
        }
        return sb.toString();
    }
}
