package org.imrtreview.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.imrtreview.constraint.AnswerParser;
import org.imrtreview.constraint.ConstraintParser;
import org.imrtreview.constraint.ConstraintReading;
import org.imrtreview.constraint.QuantityParser;
import org.imrtreview.constraint.ValueReading;
import org.imrtreview.model.Answer;
import org.imrtreview.model.SummaryRow;
import org.imrtreview.model.SummaryTable;
import org.imrtreview.model.Unit;

/**
 * Do two summary tables of one case say the same thing (decision 0402)? A case may hold a table twice
 * (a spreadsheet and its PDF print), and that is fine. It may also hold two versions (the first table
 * and a "revised" one). Intake evaluates one of them, so when they give different numbers for the same
 * organ, the verdict depends on a choice nobody made.
 *
 * <p>Rows are paired by organ and constraint as written (spaces and case ignored), or by organ alone when
 * it appears once in each table. Paired rows disagree when a 3D or IMRT value differs by more than
 * rounding (0.05 of its unit, cGy taken as Gy/100), their yes/no answers differ, or their constraints read
 * differently (another limit or another number of fractions, decision 0540). A cell left empty in
 * one table is not a disagreement, and neither is a row only one table has.
 */
final class TableAgreement {
    /** Half a unit of the last decimal most tables print (one decimal). */
    private static final double ROUNDING = 0.05;
    static final int SHOWN = 3;

    private TableAgreement() {
    }

    /** "Heart (Mean < 26 Gy): 3D 24.4 Gy here, 27.4 Gy there" for each pair of rows that disagree. */
    static List<String> differences(SummaryTable other, SummaryTable evaluated) {
        List<String> out = new ArrayList<>();
        Map<String, SummaryRow> byKey = index(evaluated.rows(), true);
        Map<String, SummaryRow> byOrgan = index(evaluated.rows(), false);
        Map<String, SummaryRow> otherByOrgan = index(other.rows(), false);
        for (SummaryRow r : other.rows()) {
            SummaryRow twin = byKey.get(key(r, true));
            if (twin == null && otherByOrgan.get(key(r, false)) == r) {
                twin = byOrgan.get(key(r, false));
            }
            if (twin == null) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            constraintDiffers(r.constraint(), twin.constraint(), cells);
            valueDiffers("3D", r.dose3d(), twin.dose3d(), cells);
            valueDiffers("IMRT", r.doseImrt(), twin.doseImrt(), cells);
            Answer a = AnswerParser.parse(r.answer());
            Answer b = AnswerParser.parse(twin.answer());
            if (a != null && b != null && a != b) {
                cells.add("answer " + quoted(r.answer()) + " here, " + quoted(twin.answer()) + " there");
            }
            if (!cells.isEmpty()) {
                String organ = r.organ() == null ? "row " + r.number() : r.organ().strip();
                String constraint = r.constraint() == null || r.constraint().isBlank() ? "" : " (" + r.constraint().strip() + ")";
                out.add(organ + constraint + ": " + String.join("; ", cells));
            }
        }
        return out;
    }

    /**
     * Paired rows whose constraints both read and differ (another limit, metric or comparison, or another
     * number of fractions named: "Max <= 50 Gy" against "≤ 44 Gy in 20 fx") are two versions of the row, or
     * tables of two fractionation schemes (decision 0540): with the same values, the verdict still depends on
     * which table is evaluated. Wordings that read the same ("Max < 54 Gy", "Dmax < 5400 cGy") agree; a
     * constraint that does not read in one table (an OCR'd print) is not compared.
     */
    private static void constraintDiffers(String here, String there, List<String> out) {
        if (normal(here).equals(normal(there)) || normal(here).isEmpty() || normal(there).isEmpty()) {
            return;
        }
        ConstraintReading a = ConstraintParser.read(here);
        ConstraintReading b = ConstraintParser.read(there);
        if (!a.readable() || !b.readable()) {
            return;
        }
        boolean limits = !a.constraint().canonical().equals(b.constraint().canonical())
                || a.ofPrescription() != b.ofPrescription() || a.perFraction() != b.perFraction();
        boolean fractions = !java.util.Objects.equals(fractions(a), fractions(b));
        if (limits || fractions) {
            out.add("constraint " + quoted(here) + " here, " + quoted(there) + " there"
                    + (fractions ? " (" + schedule(fractions(a)) + " here, " + schedule(fractions(b)) + " there)" : ""));
        }
    }

    /** The number of fractions the cell names, for any of its limits; null when it names none. */
    private static Integer fractions(ConstraintReading r) {
        if (r.fractions() != null) {
            return r.fractions();
        }
        return r.parts().stream().map(ConstraintReading::fractions).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private static String schedule(Integer fractions) {
        return fractions == null ? "no fractions named" : fractions == 1 ? "1 fraction" : fractions + " fractions";
    }

    private static void valueDiffers(String plan, String here, String there, List<String> out) {
        ValueReading a = QuantityParser.read(here);
        ValueReading b = QuantityParser.read(there);
        if (a.status() == ValueReading.Status.BLANK || b.status() == ValueReading.Status.BLANK) {
            return;
        }
        boolean differs;
        if (a.hasValue() && b.hasValue()) {
            Unit ua = a.unit() == Unit.CGY ? Unit.GY : a.unit();
            Unit ub = b.unit() == Unit.CGY ? Unit.GY : b.unit();
            double va = a.unit() == Unit.CGY ? a.value() / 100 : a.value();
            double vb = b.unit() == Unit.CGY ? b.value() / 100 : b.value();
            // a unit written in one table only ("27.4" and "27.4 Gy") is the same number
            differs = (ua != null && ub != null && ua != ub) || Math.abs(va - vb) > ROUNDING + 1e-9;
        } else {
            differs = !normal(here).equals(normal(there));
        }
        if (differs) {
            out.add(plan + " " + quoted(here) + " here, " + quoted(there) + " there");
        }
    }

    /** First row per key; a key seen twice maps to null (ambiguous) when {@code withConstraint} is false. */
    private static Map<String, SummaryRow> index(List<SummaryRow> rows, boolean withConstraint) {
        Map<String, SummaryRow> map = new LinkedHashMap<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (SummaryRow r : rows) {
            String k = key(r, withConstraint);
            if (k.isEmpty()) {
                continue;
            }
            seen.merge(k, 1, Integer::sum);
            map.putIfAbsent(k, r);
        }
        if (!withConstraint) {
            seen.forEach((k, n) -> {
                if (n > 1) {
                    map.remove(k);
                }
            });
        }
        return map;
    }

    private static String key(SummaryRow r, boolean withConstraint) {
        String organ = normal(r.organ());
        if (organ.isEmpty()) {
            return "";
        }
        return withConstraint ? organ + "|" + normal(r.constraint()) : organ;
    }

    private static String normal(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00a0]+", "");
    }

    private static String quoted(String s) {
        return "\"" + (s == null ? "" : s.strip()) + "\"";
    }
}
