package org.imrtreview.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The evaluation of one table row. {@code dose3d}/{@code doseImrt} are the values the verdict used
 * (in the constraint's unit); {@code table3d}/{@code tableImrt} are the table's own values and
 * {@code dvh3d}/{@code dvhImrt} the values computed from submitted DVH data, when any (SPEC §4:
 * exported data outrank the table). {@code supports} is true when the row counts towards
 * {@code CRITERIA_MET}.
 *
 * <p>{@code limits} holds each limit of the row with its own values and verdicts (one for an
 * ordinary row). For a row with several limits the constraint is {@linkplain Constraint#composite()
 * composite}, the row-level values are null (there is no single number) and {@code meets3d}/
 * {@code meetsImrt} are true only when the plan meets every limit.
 */
public record RowResult(SummaryRow row, Constraint constraint, CellValue table3d, CellValue tableImrt,
                        Double dvh3d, Double dvhImrt, Double dose3d, Double doseImrt,
                        Boolean meets3d, Boolean meetsImrt, Boolean onlyImrtMeets,
                        Answer submittedAnswer, boolean complete, boolean supports, List<Flag> flags,
                        List<LimitResult> limits) {

    public RowResult {
        flags = List.copyOf(flags);
        limits = limits == null ? single(constraint, table3d, tableImrt, dvh3d, dvhImrt, dose3d, doseImrt, meets3d, meetsImrt)
                : List.copyOf(limits);
    }

    /** A row with (at most) one limit, its values those of the row. */
    public RowResult(SummaryRow row, Constraint constraint, CellValue table3d, CellValue tableImrt,
                     Double dvh3d, Double dvhImrt, Double dose3d, Double doseImrt,
                     Boolean meets3d, Boolean meetsImrt, Boolean onlyImrtMeets,
                     Answer submittedAnswer, boolean complete, boolean supports, List<Flag> flags) {
        this(row, constraint, table3d, tableImrt, dvh3d, dvhImrt, dose3d, doseImrt, meets3d, meetsImrt, onlyImrtMeets,
                submittedAnswer, complete, supports, flags, null);
    }

    private static List<LimitResult> single(Constraint c, CellValue t3, CellValue ti, Double v3, Double vi, Double d3,
                                            Double di, Boolean m3, Boolean mi) {
        if (c == null || !c.parsed()) {
            return List.of();
        }
        return List.of(new LimitResult(c, c.limit(), null, t3, ti, v3, vi, d3, di, m3, mi));
    }

    public boolean has(FlagCode code) {
        return flags.stream().anyMatch(f -> f.code() == code);
    }

    /** True when the constraint cell holds several limits. */
    public boolean multiLimit() {
        return limits.size() > 1;
    }

    /**
     * How the constraint was read, for a table cell or a sentence: "Dmax &lt; 54 Gy",
     * "V20Gy &lt; 35% and Dmean &lt; 20 Gy", "Dmax &lt; 63 Gy (105% of 60 Gy = 63 Gy)"; the provider's
     * words when nothing was read.
     */
    public String readAs() {
        if (limits.isEmpty()) {
            return constraint == null ? row.constraint() : constraint.canonical();
        }
        return limits.stream().map(LimitResult::describe).collect(Collectors.joining(" and "));
    }
}
