package org.imrtreview.model;

/**
 * One limit of a row and how each plan fares against it. A row usually has one limit; a cell such
 * as "V20 &lt; 35%, Dmean &lt; 20 Gy" has several, each paired with its own 3D and IMRT value.
 * {@code constraint} is the limit the IMRT value is compared with (in Gy, % or cc, after any
 * conversion: cGy, % of the prescription, per-fraction doses); {@code limit3d} is the limit the 3D
 * value is compared with, which differs only for a range ("20–25 Gy": IMRT at the stricter end, 3D
 * at the looser one). {@code explanation} says how the limit was worked out ("105% of 60 Gy =
 * 63 Gy"), null when it was written plainly. Values and verdicts follow {@link RowResult}.
 */
public record LimitResult(Constraint constraint, Quantity limit3d, String explanation, CellValue table3d,
                          CellValue tableImrt, Double dvh3d, Double dvhImrt, Double dose3d, Double doseImrt,
                          Boolean meets3d, Boolean meetsImrt) {

    /** The limit as a reader should see it: "Dmax < 63 Gy (105% of 60 Gy = 63 Gy)". */
    public String describe() {
        String c = constraint == null ? "" : constraint.canonical();
        return explanation == null || explanation.isBlank() ? c : c + " (" + explanation + ")";
    }

    /** The unit values are compared in, null when the limit was not read. */
    public Unit unit() {
        return constraint != null && constraint.parsed() ? constraint.limit().unit() : null;
    }

    /** {@code !meets3d && meetsImrt}, null when either is unknown. */
    public Boolean onlyImrtMeets() {
        return meets3d == null || meetsImrt == null ? null : !meets3d && meetsImrt;
    }
}
