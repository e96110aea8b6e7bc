package org.imrtreview.evaluate;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.imrtreview.constraint.OrganName;
import org.imrtreview.constraint.OrganNames;
import org.imrtreview.evaluate.rule.Wording;
import org.imrtreview.model.Column;
import org.imrtreview.model.Constraint;
import org.imrtreview.model.Flag;
import org.imrtreview.model.FlagCode;
import org.imrtreview.model.PlanKind;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.Unit;

/**
 * A row whose table values differ from its organ's exported DVH data but fit another row's organ there
 * (decision 0541): the rectum's V70 read off the bladder's curve, two rows' values exchanged, a line copied
 * from another organ. Exported data already decide such a row (SPEC §4) and it is flagged
 * {@code DVH_TABLE_MISMATCH} with both numbers; this adds the sentence a physicist would say first, "these
 * are the bladder's numbers", so the nurse asks the right question. A note only: nothing it says changes a
 * verdict (the data already do).
 *
 * <p>Judged per limit with exported (not digitised) data: every table value of the limit that is present
 * differs from the row's own structure beyond {@link DvhTolerance}, and each fits, within tolerance, the same
 * metric computed from the DVH data of another row's organ (a different structure); the first such organ is
 * named.
 */
public final class ValuesOfAnotherOrgan {

    private ValuesOfAnotherOrgan() {
    }

    /** The note for each row (by identity) whose values fit another organ's data. */
    public static Map<RowContext, Flag> of(ReviewCase reviewCase, List<RowContext> rows, DvhEvidenceSource evidence) {
        Map<RowContext, Flag> out = new IdentityHashMap<>();
        if (evidence == null || rows.size() < 2) {
            return out;
        }
        for (RowContext row : rows) {
            List<RowContext> limits = row.eachLimit();
            for (int i = 0; i < limits.size() && !out.containsKey(row); i++) {
                String prefix = limits.size() > 1 ? "Limit " + (i + 1) + " of " + limits.size() + " (" + limits.get(i).describe() + "): " : "";
                fitsAnother(reviewCase, row, limits.get(i), rows, evidence).ifPresent(text -> out.put(row,
                        Flag.of(FlagCode.DVH_VALUES_OF_ANOTHER_ORGAN, prefix + text)));
            }
        }
        return out;
    }

    private static Optional<String> fitsAnother(ReviewCase reviewCase, RowContext row, RowContext l, List<RowContext> rows,
                                                DvhEvidenceSource evidence) {
        Constraint constraint = l.constraint();
        Unit unit = l.unit();
        if (constraint == null || !constraint.parsed() || unit == null) {
            return Optional.empty();
        }
        Double t3 = RowAssessor.comparable(l.table3d(), constraint);
        Double tI = RowAssessor.comparable(l.tableImrt(), constraint);
        // every value the table gives must be off its own organ's exported data
        if (!offOwn(t3, l.dvh3d(), unit) || !offOwn(tI, l.dvhImrt(), unit) || (t3 == null && tI == null)) {
            return Optional.empty();
        }
        String own = key(row.row().organ());
        List<String> tried = new ArrayList<>();
        List<String> candidates = new ArrayList<>();
        for (RowContext other : rows) {
            if (other != row) {
                candidates.add(other.row().organ());
            }
        }
        // a sided organ is also compared with its other side's structure, listed in a row or not (decision 0571)
        String otherSide = otherSide(row.row().organ());
        if (otherSide != null) {
            candidates.add(otherSide);
        }
        for (String organ : candidates) {
            String k = key(organ);
            if (k.isEmpty() || k.equals(own) || tried.contains(k)) {
                continue;
            }
            tried.add(k);
            var probe = row.row().with(Column.ORGAN, organ);
            DvhEvidence o3 = t3 == null ? null : find(evidence, reviewCase, probe, constraint, PlanKind.THREE_D);
            DvhEvidence oI = tI == null ? null : find(evidence, reviewCase, probe, constraint, PlanKind.IMRT);
            if (!fits(t3, o3, l.dvh3d(), unit) || !fits(tI, oI, l.dvhImrt(), unit)) {
                continue;
            }
            DvhEvidence named = oI != null ? oI : o3;
            DvhEvidence mine = oI != null ? l.dvhImrt() : l.dvh3d();
            if (organ.equals(otherSide)) {
                return Optional.of("The table's values for " + constraint.canonical() + " (" + values(t3, tI, unit)
                        + ") fit the DVH data of the other side's " + organ + " (structure " + Wording.quoted(named.structure())
                        + ": " + values(o3 == null ? null : o3.value(), oI == null ? null : oI.value(), unit)
                        + ") rather than those of this row's structure " + Wording.quoted(mine.structure())
                        + ". The row may carry the other side's doses under this side's name (the treated side's lung, "
                        + "parotid or kidney under the spared one's); ask the provider which side the values are of.");
            }
            return Optional.of("The table's values for " + constraint.canonical() + " ("
                    + values(t3, tI, unit) + ") fit the DVH data of " + organ.strip() + " (structure "
                    + Wording.quoted(named.structure()) + ": " + values(o3 == null ? null : o3.value(),
                            oI == null ? null : oI.value(), unit) + ") rather than those of this row's structure "
                    + Wording.quoted(mine.structure()) + ". The rows may be swapped or the values copied from another"
                    + " organ; ask the provider to correct the table.");
        }
        return Optional.empty();
    }

    /** A value that is absent, or differs from its own organ's exported data beyond tolerance. */
    private static boolean offOwn(Double table, DvhEvidence own, Unit unit) {
        if (table == null) {
            return true;
        }
        return own != null && !own.digitised() && DvhTolerance.differs(table, own.value(), unit);
    }

    /** A value that is absent, or fits another structure's exported data (not the row's own structure). */
    private static boolean fits(Double table, DvhEvidence other, DvhEvidence own, Unit unit) {
        if (table == null) {
            return true;
        }
        return other != null && !other.digitised() && !DvhTolerance.differs(table, other.value(), unit)
                && (own == null || !String.valueOf(own.structure()).equals(other.structure())
                        || !String.valueOf(own.file()).equals(other.file()));
    }

    private static DvhEvidence find(DvhEvidenceSource evidence, ReviewCase reviewCase, org.imrtreview.model.SummaryRow row,
                                    Constraint constraint, PlanKind plan) {
        try {
            Optional<DvhEvidence> found = evidence.find(reviewCase, row, constraint, plan);
            return found == null ? null : found.filter(e -> Double.isFinite(e.value())).orElse(null);
        } catch (RuntimeException e) {
            return null; // a cross-check only
        }
    }

    private static String values(Double v3, Double vI, Unit unit) {
        List<String> parts = new ArrayList<>();
        if (v3 != null) {
            parts.add("3D " + Wording.value(v3, unit));
        }
        if (vI != null) {
            parts.add("IMRT " + Wording.value(vI, unit));
        }
        return String.join(", ", parts);
    }

    /**
     * The TG-263 name of the same organ on the other side ("Lung_L" for "Right lung", "Parotid_R" for "Lt parotid"),
     * or null when the name states no single side (a total, a contralateral organ, an unsided organ, a PRV).
     */
    static String otherSide(String organ) {
        Optional<OrganName> read = OrganNames.normalise(organ);
        if (read.isEmpty() || read.get().prv() || read.get().minusTarget() != null || !read.get().side().isSided()
                || read.get().tg263() == null || read.get().tg263().contains("|")) {
            return null;
        }
        String name = read.get().tg263();
        if (name.endsWith("_L")) {
            return name.substring(0, name.length() - 2) + "_R";
        }
        if (name.endsWith("_R")) {
            return name.substring(0, name.length() - 2) + "_L";
        }
        return null;
    }

    private static String key(String organ) {
        return organ == null ? "" : organ.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "");
    }
}
