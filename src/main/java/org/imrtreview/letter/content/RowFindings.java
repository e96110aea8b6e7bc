package org.imrtreview.letter.content;

import java.util.ArrayList;
import java.util.List;
import org.imrtreview.model.CellValue;
import org.imrtreview.model.Flag;
import org.imrtreview.model.FlagCode;
import org.imrtreview.model.LimitResult;
import org.imrtreview.model.Metric;
import org.imrtreview.model.Quantity;
import org.imrtreview.model.RowResult;
import org.imrtreview.model.Unit;

/**
 * The evaluated table rows put into words: one member-facing sentence group per row, with the
 * numbers ("both plans stay within the limit"), and the provider's clinical table.
 */
public final class RowFindings {

    /** How the two plans fare against one row's constraint. */
    public enum Outcome {
        BOTH_MEET("Both plans meet"), NEITHER_MEETS("Neither plan meets"), ONLY_3D_MEETS("Only 3D meets"),
        ONLY_IMRT_MEETS("Only IMRT meets"), NOT_CHECKED("Could not be checked");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private RowFindings() {
    }

    public static Outcome outcome(RowResult r) {
        if (r.meets3d() == null || r.meetsImrt() == null) {
            return Outcome.NOT_CHECKED;
        }
        if (r.meets3d() && r.meetsImrt()) {
            return Outcome.BOTH_MEET;
        }
        if (!r.meets3d() && !r.meetsImrt()) {
            return Outcome.NEITHER_MEETS;
        }
        return r.meets3d() ? Outcome.ONLY_3D_MEETS : Outcome.ONLY_IMRT_MEETS;
    }

    /** Member-facing sentences for each row, e.g. "Brainstem: the limit is Max < 54 Gy. …". */
    public static List<String> memberSentences(List<RowResult> rows) {
        List<String> out = new ArrayList<>();
        for (RowResult r : rows) {
            StringBuilder sb = new StringBuilder(organ(r)).append(": the limit is ").append(constraintText(r)).append('.');
            Outcome o = outcome(r);
            if (r.has(FlagCode.NO_NUMERIC_LIMIT)) {
                sb.append(" This limit asks for a dose as low as possible but gives no number, so it cannot show that IMRT is needed.");
                out.add(sb.toString());
                continue;
            }
            if (o == Outcome.NOT_CHECKED) {
                sb.append(r.has(FlagCode.PRESCRIPTION_NEEDED)
                        ? " We could not check this organ because the limit depends on the prescribed dose, which we do not have."
                        : " We could not check this organ because a number is missing or cannot be read.");
                out.add(sb.toString());
                continue;
            }
            if (r.multiLimit()) {
                sb.append(" This row has ").append(r.limits().size()).append(" limits, and a plan must stay within all of them.");
            }
            sb.append(" The 3D plan gives ").append(values(r, true))
                    .append(" and the IMRT plan gives ").append(values(r, false)).append('.');
            switch (o) {
                case BOTH_MEET -> sb.append(" Both plans stay within the limit, so IMRT is not needed to protect this organ.");
                case NEITHER_MEETS -> sb.append(" Neither plan stays within the limit, so IMRT does not make the difference here.");
                case ONLY_3D_MEETS -> sb.append(" Only the 3D plan stays within the limit.");
                case ONLY_IMRT_MEETS -> {
                    if (r.supports()) {
                        sb.append(" Only the IMRT plan stays within the limit.");
                    } else {
                        sb.append(" Only the IMRT plan stays within this limit, but it does not count here: ")
                                .append(blockingReason(r));
                    }
                }
                default -> { }
            }
            out.add(sb.toString());
        }
        return out;
    }

    /** Rows for the provider's clinical table (see {@link #CLINICAL_HEADERS}). */
    public static List<List<String>> clinicalRows(List<RowResult> rows) {
        List<List<String>> out = new ArrayList<>();
        for (RowResult r : rows) {
            String source = r.row().source() == null || r.row().source().isBlank() ? "not given" : r.row().source().strip();
            String result = outcome(r).label();
            if (outcome(r) == Outcome.ONLY_IMRT_MEETS) {
                result += r.supports() ? " (supports IMRT)" : " (does not count)";
            }
            String answer = r.submittedAnswer() == null ? "not given" : r.submittedAnswer().name().charAt(0)
                    + r.submittedAnswer().name().substring(1).toLowerCase(java.util.Locale.ROOT);
            out.add(List.of(Integer.toString(r.row().number()), organ(r), constraintText(r), source,
                    r.multiLimit() ? values(r, true) : planValue(r.dose3d(), r.dvh3d(), r, r.table3d()),
                    r.multiLimit() ? values(r, false) : planValue(r.doseImrt(), r.dvhImrt(), r, r.tableImrt()),
                    result, answer));
        }
        return out;
    }

    public static final List<String> CLINICAL_HEADERS =
            List.of("#", "Organ at risk", "Constraint", "Source", "3D plan", "IMRT plan", "Result", "Provider's answer");

    public static final List<Double> CLINICAL_WIDTHS = List.of(0.35, 1.5, 1.5, 1.2, 1.0, 1.0, 1.4, 1.15);

    /** "Row 2 (Brainstem): message" for every flag, in table order (the message only: codes are for software). */
    public static List<String> flagLines(List<RowResult> rows) {
        List<String> out = new ArrayList<>();
        for (RowResult r : rows) {
            for (Flag f : r.flags()) {
                out.add("Row " + r.row().number() + " (" + organ(r) + "): " + f.message());
            }
        }
        return out;
    }

    static String organ(RowResult r) {
        String organ = r.row().organ();
        return organ == null || organ.isBlank() ? "Organ not named (row " + r.row().number() + ")" : organ.strip();
    }

    /**
     * The constraint as the provider wrote it, with real comparison signs: a typed "V20Gy <= 30%" is written
     * "V20Gy ≤ 30%" in letters (issue 13), the metric names kept as written so the glossary's "Max" and
     * "Mean" still explain them.
     */
    static String constraintText(RowResult r) {
        String text = r.constraint() != null && r.constraint().text() != null ? r.constraint().text() : r.row().constraint();
        if (text == null || text.isBlank()) {
            return "not given";
        }
        String shown = text.strip().replace("<=", "≤").replace("=<", "≤").replace(">=", "≥").replace("=>", "≥");
        List<String> how = r.limits().stream().map(LimitResult::explanation).filter(e -> e != null && !e.isBlank()).toList();
        return how.isEmpty() ? shown : shown + " (" + String.join("; ", how) + ")";
    }

    /** A plan's values: one, or one per limit with the limit's metric ("38% for V20Gy, 21.2 Gy for Dmean"). */
    static String values(RowResult r, boolean threeD) {
        if (!r.multiLimit()) {
            return threeD ? value(r.dose3d(), r, r.table3d()) : value(r.doseImrt(), r, r.tableImrt());
        }
        List<String> parts = new ArrayList<>();
        for (LimitResult l : r.limits()) {
            Double v = threeD ? l.dose3d() : l.doseImrt();
            CellValue cell = threeD ? l.table3d() : l.tableImrt();
            String shown = v == null ? (cell != null && !cell.blank() ? "\"" + cell.text().strip() + "\" (unreadable)" : "not given")
                    : format(v, l.unit());
            parts.add(shown + " for " + l.constraint().metric().label());
        }
        return String.join(", ", parts);
    }

    private static String blockingReason(RowResult r) {
        for (Flag f : r.flags()) {
            if (f.blocksSupport()) {
                return f.memberText();
            }
        }
        return "the review found a problem with this row.";
    }

    /**
     * The value the verdict used; "(from the DVH export; table …)" only when the verdict really used the
     * exported DVH data instead of the table's number. Curves digitised from pictures never replace a table
     * value (decision 0083), so a row whose verdict used the table says nothing about DVH data.
     */
    private static String planValue(Double used, Double fromDvh, RowResult r, CellValue table) {
        String v = value(used, r, table);
        if (used != null && fromDvh != null && Math.abs(used - fromDvh) < 1e-9 && table != null && table.present()
                && table.quantity().unit() == unit(r, table)
                && Math.abs(table.quantity().value() - used) > 1e-9) {
            return v + " (from the DVH export; table " + format(table.quantity().value(), unit(r, table)) + ")";
        }
        return v;
    }

    static String value(Double v, RowResult r, CellValue cell) {
        if (v == null) {
            return cell != null && !cell.blank() ? "\"" + cell.text().strip() + "\" (unreadable)" : "not given";
        }
        return format(v, unit(r, cell));
    }

    private static Unit unit(RowResult r, CellValue cell) {
        if (r.constraint() != null && r.constraint().parsed()) {
            return r.constraint().limit().unit();
        }
        return cell != null && cell.present() ? cell.quantity().unit() : null;
    }

    private static String format(double v, Unit unit) {
        double rounded = Math.round(v * 100.0) / 100.0;
        return unit == null ? Metric.number(rounded) : new Quantity(rounded, unit).toString();
    }
}
