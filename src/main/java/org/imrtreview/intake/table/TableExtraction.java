package org.imrtreview.intake.table;

import java.util.List;
import org.imrtreview.model.SummaryTable;

/**
 * What {@link TableExtractor} found in one file: the table (null when none) and sentences for the
 * nurse — notes about rows left out and, when no table was found, why.
 */
public record TableExtraction(SummaryTable table, List<String> notes) {

    public TableExtraction {
        notes = List.copyOf(notes);
    }

    public boolean found() {
        return table != null;
    }
}
