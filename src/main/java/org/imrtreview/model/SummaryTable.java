package org.imrtreview.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The summary table found in a submitted file. {@code headers} maps each recognised column to the
 * header text as written; {@code location} says where the table sits (sheet and cell range, or
 * pages). {@code ocrCells} lists the cells read by OCR from a page image with their confidence
 * (empty for tables read from text).
 */
public record SummaryTable(String file, String location, Map<Column, String> headers, List<SummaryRow> rows,
                           List<OcrCell> ocrCells) {

    public SummaryTable {
        headers = Map.copyOf(headers);
        rows = List.copyOf(rows);
        ocrCells = ocrCells == null ? List.of() : List.copyOf(ocrCells);
    }

    public SummaryTable(String file, String location, Map<Column, String> headers, List<SummaryRow> rows) {
        this(file, location, headers, rows, List.of());
    }

    /** The OCR reading of one cell, if the cell was read by OCR and not yet confirmed by the nurse. */
    public java.util.Optional<OcrCell> ocrCell(int row, Column column) {
        return ocrCells.stream().filter(c -> c.row() == row && c.column() == column).findFirst();
    }

    public SummaryTable withOcrCells(List<OcrCell> cells) {
        return new SummaryTable(file, location, headers, rows, cells);
    }

    public Set<Column> columnsFound() {
        return headers.isEmpty() ? EnumSet.noneOf(Column.class) : EnumSet.copyOf(headers.keySet());
    }

    public List<Column> columnsMissing() {
        List<Column> missing = new ArrayList<>();
        for (Column c : Column.values()) {
            if (!headers.containsKey(c)) {
                missing.add(c);
            }
        }
        return missing;
    }

    public SummaryTable withRows(List<SummaryRow> newRows) {
        return new SummaryTable(file, location, headers, newRows, ocrCells);
    }
}
