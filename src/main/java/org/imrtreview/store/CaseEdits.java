package org.imrtreview.store;

import java.util.ArrayList;
import java.util.List;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.SummaryRow;
import org.imrtreview.model.SummaryTable;

/** Applies the nurse's cell corrections to a case as loaded, in memory only. */
public final class CaseEdits {

    private CaseEdits() {
    }

    public static ReviewCase apply(ReviewCase submitted, List<CellEdit> edits) {
        SummaryTable table = submitted.table();
        if (table == null || edits.isEmpty()) {
            return submitted;
        }
        List<SummaryRow> rows = new ArrayList<>(table.rows().size());
        for (SummaryRow row : table.rows()) {
            SummaryRow edited = row;
            for (CellEdit edit : edits) {
                if (edit.row() == row.number()) {
                    edited = edited.with(edit.column(), edit.value());
                }
            }
            rows.add(edited);
        }
        // an edited cell is the nurse's value (corrected or confirmed): its OCR doubt no longer applies
        List<org.imrtreview.model.OcrCell> stillRead = new ArrayList<>();
        for (org.imrtreview.model.OcrCell cell : table.ocrCells()) {
            if (edits.stream().noneMatch(e -> e.row() == cell.row() && e.column() == cell.column())) {
                stillRead.add(cell);
            }
        }
        return submitted.withTable(table.withRows(rows).withOcrCells(stillRead));
    }
}
