package org.imrtreview.intake.table;

import java.util.List;
import org.imrtreview.model.SummaryTable;

/**
 * What {@link TableExtractor} found in one file: the table (null when none) and sentences for the
 * nurse — notes about rows left out and, when no table was found, why. {@code title} is the text of the
 * rows just above the table's header in its grid ("Summary Analysis … 55 Gy in 20 fx"), empty when none.
 */
public record TableExtraction(SummaryTable table, List<String> notes, List<SummaryTable> others, String title) {

    public TableExtraction {
        notes = List.copyOf(notes);
        others = others == null ? List.of() : List.copyOf(others);
        title = title == null ? "" : title;
    }

    public TableExtraction(SummaryTable table, List<String> notes, List<SummaryTable> others) {
        this(table, notes, others, "");
    }

    public TableExtraction(SummaryTable table, List<String> notes) {
        this(table, notes, List.of());
    }

    public boolean found() {
        return table != null;
    }
}
