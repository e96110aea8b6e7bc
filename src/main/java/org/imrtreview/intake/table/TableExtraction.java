package org.imrtreview.intake.table;

import java.util.List;
import org.imrtreview.model.SummaryTable;

/**
 * What {@link TableExtractor} found in one file: the table (null when none) and sentences for the
 * nurse — notes about rows left out and, when no table was found, why.
 */
public record TableExtraction(SummaryTable table, List<String> notes, List<SummaryTable> others) {

    public TableExtraction {
        notes = List.copyOf(notes);
        others = others == null ? List.of() : List.copyOf(others);
    }

    public TableExtraction(SummaryTable table, List<String> notes) {
        this(table, notes, List.of());
    }

    public boolean found() {
        return table != null;
    }
}
