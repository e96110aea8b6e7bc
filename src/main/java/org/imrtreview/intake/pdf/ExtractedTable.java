package org.imrtreview.intake.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A table read from a PDF as a grid of cell strings (wrapped lines already merged, merged cells
 * spanning rows repeated in each row), with where it was found. {@code columnEdges} are the x
 * positions separating columns (left edge, separators, right edge), used to stitch a table that
 * continues on the next page. Pages are 1-based; {@code top} is on the first page, {@code bottom}
 * and {@code pageHeight} on the last.
 */
public record ExtractedTable(int firstPage, int lastPage, List<List<String>> rows, double[] columnEdges,
                             double top, double bottom, boolean ruled, double pageHeight) {

    public ExtractedTable {
        List<List<String>> copy = new ArrayList<>();
        for (List<String> r : rows) {
            copy.add(List.copyOf(r));
        }
        rows = List.copyOf(copy);
        columnEdges = columnEdges.clone();
    }

    public int columnCount() {
        return columnEdges.length - 1;
    }

    /** "page 3" or "pages 3-4", as the nurse reads it. */
    public String location() {
        return firstPage == lastPage ? "page " + firstPage : "pages " + firstPage + "-" + lastPage;
    }
}
