package org.imrtreview.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The summary table found in a submitted file. {@code headers} maps each recognised column to the
 * header text as written; {@code location} says where the table sits (sheet and cell range, or
 * pages).
 */
public record SummaryTable(String file, String location, Map<Column, String> headers, List<SummaryRow> rows) {

    public SummaryTable {
        headers = Map.copyOf(headers);
        rows = List.copyOf(rows);
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
        return new SummaryTable(file, location, headers, newRows);
    }
}
