package org.imrtreview.store;

import java.time.Instant;
import org.imrtreview.model.Column;

/**
 * The nurse's correction of one summary-table cell: row number (as in {@link
 * org.imrtreview.model.SummaryRow#number()}), the column, the text as submitted and the corrected
 * text. The submitted file is never changed; the correction is applied in memory on load.
 */
public record CellEdit(int row, Column column, String original, String value, Instant at) {
}
