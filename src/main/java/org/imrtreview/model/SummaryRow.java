package org.imrtreview.model;

import java.util.EnumMap;
import java.util.Map;

/**
 * One row of the provider's summary table, cells as text exactly as submitted (numbers from
 * spreadsheets rendered without locale grouping). {@code origin} says where it was read, e.g.
 * {@code "Sheet2!B7"} or {@code "page 3"}; null cells mean the column was absent.
 */
public record SummaryRow(int number, String organ, String constraint, String source, String dose3d,
                         String doseImrt, String answer, String origin) {

    public String cell(Column column) {
        return switch (column) {
            case ORGAN -> organ;
            case CONSTRAINT -> constraint;
            case SOURCE -> source;
            case DOSE_3D -> dose3d;
            case DOSE_IMRT -> doseImrt;
            case ANSWER -> answer;
        };
    }

    /** A copy with one cell replaced (the nurse's correction of a misread value). */
    public SummaryRow with(Column column, String text) {
        Map<Column, String> cells = new EnumMap<>(Column.class);
        for (Column c : Column.values()) {
            cells.put(c, cell(c));
        }
        cells.put(column, text);
        return new SummaryRow(number, cells.get(Column.ORGAN), cells.get(Column.CONSTRAINT),
                cells.get(Column.SOURCE), cells.get(Column.DOSE_3D), cells.get(Column.DOSE_IMRT),
                cells.get(Column.ANSWER), origin);
    }
}
