package org.imrtreview.intake.table;

import org.imrtreview.model.Column;

/**
 * What a header cell of a summary table names: one of the six policy columns, or a helper column
 * some clinics add (a separate metric or unit column, which is folded into the constraint or dose
 * text), or a column the review ignores (comments, differences, per-plan "meets?" checks).
 */
public enum HeaderRole {
    ORGAN(Column.ORGAN),
    CONSTRAINT(Column.CONSTRAINT),
    SOURCE(Column.SOURCE),
    DOSE_3D(Column.DOSE_3D),
    DOSE_IMRT(Column.DOSE_IMRT),
    ANSWER(Column.ANSWER),
    METRIC(null),
    UNIT(null),
    IGNORED(null);

    private final Column column;

    HeaderRole(Column column) {
        this.column = column;
    }

    /** The policy column this role fills, or null for helper and ignored columns. */
    public Column column() {
        return column;
    }
}
