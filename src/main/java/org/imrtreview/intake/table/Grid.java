package org.imrtreview.intake.table;

import java.util.List;

/**
 * Cell texts of one sheet, CSV file or PDF page, with how to name a cell for the nurse:
 * {@link Addressing#A1} gives "Sheet2!B7" (the sheet name as prefix), {@link Addressing#ROW} gives
 * "row 7" (CSV) or "page 3, row 7" when a label is set. {@code above}: the title printed on the page just
 * above a PDF's or a scan's table, outside its cells (decision 0640), empty for sheets and CSV.
 */
public record Grid(String label, List<List<String>> cells, Addressing addressing, boolean hidden, String above) {

    public enum Addressing { A1, ROW }

    public Grid {
        cells = List.copyOf(cells);
        above = above == null ? "" : above;
    }

    public Grid(String label, List<List<String>> cells, Addressing addressing, boolean hidden) {
        this(label, cells, addressing, hidden, "");
    }

    /** A PDF's or a scan's table with the title lines printed above it on its page. */
    public Grid(String label, List<List<String>> cells, Addressing addressing, String above) {
        this(label, cells, addressing, false, above);
    }

    /** A grid the submitter shows (every CSV and PDF page; a workbook sheet that is not hidden). */
    public Grid(String label, List<List<String>> cells, Addressing addressing) {
        this(label, cells, addressing, false);
    }

    /** Where cell (row, column) — both 0-based — is, as shown to the nurse. */
    public String address(int row, int column) {
        if (addressing == Addressing.A1) {
            return prefix() + columnLetters(column) + (row + 1);
        }
        return (label == null || label.isBlank() ? "" : label + ", ") + "row " + (row + 1);
    }

    /**
     * Where a table is, its header told apart from its rows (decision 0663): "Sheet2!B5:G12, header row 5" for a
     * workbook, "page 3, header row 1, rows 2-5" for a PDF page, "header row 1, rows 2-5" for a CSV. "rows 1-5" for a
     * header and four organ rows read as five rows; the numbers are the grid's, those each row's address gives.
     * Rows 0-based; {@code firstRow} &lt; 0 when the table has no rows.
     */
    public String tableLocation(int headerRow, int headerHeight, int firstRow, int lastRow, int firstColumn, int lastColumn) {
        String header = "header " + rows(headerRow, headerRow + Math.max(1, headerHeight) - 1);
        if (addressing == Addressing.A1) {
            int last = firstRow < 0 ? headerRow + Math.max(1, headerHeight) - 1 : lastRow;
            return prefix() + columnLetters(firstColumn) + (headerRow + 1) + ":" + columnLetters(lastColumn) + (last + 1)
                    + ", " + header;
        }
        return (label == null || label.isBlank() ? "" : label + ", ") + header
                + (firstRow < 0 ? ", no rows" : ", " + rows(firstRow, lastRow));
    }

    private static String rows(int first, int last) {
        return last <= first ? "row " + (first + 1) : "rows " + (first + 1) + "-" + (last + 1);
    }

    private String prefix() {
        if (label == null || label.isBlank()) {
            return "";
        }
        return label.matches("[A-Za-z0-9_]+") ? label + "!" : "'" + label.replace("'", "''") + "'!";
    }

    /** 0 → A, 25 → Z, 26 → AA. */
    public static String columnLetters(int column) {
        StringBuilder sb = new StringBuilder();
        int c = column + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            sb.insert(0, (char) ('A' + rem));
            c = (c - 1) / 26;
        }
        return sb.toString();
    }
}
