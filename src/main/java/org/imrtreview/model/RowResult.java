package org.imrtreview.model;

import java.util.List;

/**
 * The evaluation of one table row. {@code dose3d}/{@code doseImrt} are the values the verdict used
 * (in the constraint's unit); {@code table3d}/{@code tableImrt} are the table's own values and
 * {@code dvh3d}/{@code dvhImrt} the values computed from submitted DVH data, when any (SPEC §4:
 * exported data outrank the table). {@code supports} is true when the row counts towards
 * {@code CRITERIA_MET}.
 */
public record RowResult(SummaryRow row, Constraint constraint, CellValue table3d, CellValue tableImrt,
                        Double dvh3d, Double dvhImrt, Double dose3d, Double doseImrt,
                        Boolean meets3d, Boolean meetsImrt, Boolean onlyImrtMeets,
                        Answer submittedAnswer, boolean complete, boolean supports, List<Flag> flags) {

    public RowResult {
        flags = List.copyOf(flags);
    }

    public boolean has(FlagCode code) {
        return flags.stream().anyMatch(f -> f.code() == code);
    }
}
