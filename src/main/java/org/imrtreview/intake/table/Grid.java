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

    /** Range such as "Sheet2!B5:G12" or "rows 5-12". */
    public String range(int firstRow, int firstColumn, int lastRow, int lastColumn) {
        if (addressing == Addressing.A1) {
            return prefix() + columnLetters(firstColumn) + (firstRow + 1) + ":" + columnLetters(lastColumn) + (lastRow + 1);
        }
        return (label == null || label.isBlank() ? "" : label + ", ") + "rows " + (firstRow + 1) + "-" + (lastRow + 1);
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
