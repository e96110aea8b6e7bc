package org.imrtreview.intake.table;

import java.util.List;

/**
 * A summary table found in a grid: the header (first row index and how many rows it spans), the
 * recognised columns, the data rows kept (grid row index + cells) and notes about rows left out.
 */
public record LocatedTable(int headerRow, int headerHeight, HeaderMatch header, List<DataRow> rows,
                           List<String> notes) {

    public LocatedTable {
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    /** One data row: its index in the grid and its cells (same column indices as the grid). */
    public record DataRow(int gridRow, List<String> cells) {
        public DataRow {
            cells = List.copyOf(cells);
        }

        public String cell(Integer column) {
            return column == null || column >= cells.size() ? null : cells.get(column);
        }
    }

    public int lastRow() {
        return rows.isEmpty() ? headerRow + headerHeight - 1 : rows.get(rows.size() - 1).gridRow();
    }
}
