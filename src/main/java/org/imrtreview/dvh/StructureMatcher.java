package org.imrtreview.dvh;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.imrtreview.constraint.Laterality;
import org.imrtreview.constraint.OrganMatch;
import org.imrtreview.constraint.OrganName;
import org.imrtreview.constraint.OrganNames;
import org.imrtreview.model.DvhCurve;

/**
 * Finds the structure(s) of one plan that stand for a table organ. The reviewer's explicit choice
 * (table organ → structure name) wins; otherwise the best {@link OrganMatch} tier is used: an exact
 * match, else every member of a group whose limit applies to each ("Femoral heads" → both heads,
 * compared at the worse one), else the same organ with a different target subtraction ("Total lung"
 * ↔ "Lungs-GTV"), else both single sides summed by volume when the table names the pair as one organ
 * ("Parotids") and no combined structure exists, else a single side when the table does not say which side and only one exists.
 * PRV expansions and helper structures never stand for the organ itself.
 */
public final class StructureMatcher {

    private StructureMatcher() {
    }

    /** The chosen curves; {@code worstOf} when several members must each meet the limit. */
    public record Selection(List<DvhCurve> curves, OrganMatch quality, boolean worstOf, boolean manual) {
        public String structures() {
            return String.join(", ", curves.stream().map(DvhCurve::structure).distinct().toList());
        }
    }

    public static Optional<Selection> select(String tableOrgan, List<DvhCurve> planCurves, Map<String, String> manual) {
        if (tableOrgan == null || tableOrgan.isBlank()) {
            return Optional.empty();
        }
        String chosen = manualChoice(tableOrgan, manual);
        if (chosen != null) {
            List<DvhCurve> picked = planCurves.stream().filter(c -> c.structure().equalsIgnoreCase(chosen)).limit(1).toList();
            return picked.isEmpty() ? Optional.empty()
                    : Optional.of(new Selection(picked, OrganMatch.EXACT, false, true));
        }
        Optional<OrganName> organ = OrganNames.normalise(tableOrgan);
        if (organ.isEmpty()) {
            return Optional.empty();
        }
        List<DvhCurve> exact = new ArrayList<>();
        List<DvhCurve> members = new ArrayList<>();
        List<DvhCurve> target = new ArrayList<>();
        List<DvhCurve> side = new ArrayList<>();
        for (DvhCurve c : planCurves) {
            Optional<OrganName> s = OrganNames.normalise(c.structure());
            if (s.isEmpty()) {
                continue;
            }
            switch (OrganNames.match(organ.get(), s.get())) {
                case EXACT -> exact.add(c);
                case EACH_MEMBER -> members.add(c);
                case TARGET_SUBTRACTION_DIFFERS -> target.add(c);
                case SIDE_UNKNOWN -> side.add(c);
                case NONE -> { }
            }
        }
        if (!exact.isEmpty()) {
            return Optional.of(new Selection(List.of(exact.get(0)), OrganMatch.EXACT, false, false));
        }
        if (!members.isEmpty()) {
            return Optional.of(new Selection(distinctStructures(members), OrganMatch.EACH_MEMBER, true, false));
        }
        if (!target.isEmpty()) {
            return Optional.of(new Selection(List.of(target.get(0)), OrganMatch.TARGET_SUBTRACTION_DIFFERS, false, false));
        }
        Optional<DvhCurve> combined = combinedSides(organ.get(), planCurves);
        if (combined.isPresent()) {
            return Optional.of(new Selection(List.of(combined.get()), OrganMatch.COMBINED_SIDES, false, false));
        }
        if (distinctStructures(side).size() == 1) {
            return Optional.of(new Selection(List.of(side.get(0)), OrganMatch.SIDE_UNKNOWN, false, false));
        }
        return Optional.empty();
    }

    /**
     * "Parotids" / "Both parotids" when only Parotid_L and Parotid_R were exported: the two curves summed
     * by volume (a combined mean is the volume-weighted mean). Needs both volumes.
     */
    private static Optional<DvhCurve> combinedSides(OrganName table, List<DvhCurve> curves) {
        if (table.side() != Laterality.BOTH || table.tg263().contains("|")) {
            return Optional.empty();
        }
        DvhCurve left = side(table, curves, Laterality.LEFT);
        DvhCurve right = side(table, curves, Laterality.RIGHT);
        if (left == null || right == null || !(left.volumeCc() > 0) || !(right.volumeCc() > 0)) {
            return Optional.empty();
        }
        return Optional.of(CurveData.sumByVolume(left, right, left.structure() + " + " + right.structure()));
    }

    private static DvhCurve side(OrganName table, List<DvhCurve> curves, Laterality wanted) {
        for (DvhCurve c : curves) {
            Optional<OrganName> s = OrganNames.normalise(c.structure());
            if (s.isPresent() && s.get().organ().equals(table.organ()) && s.get().side() == wanted
                    && s.get().prv() == table.prv() && java.util.Objects.equals(s.get().minusTarget(), table.minusTarget())) {
                return c;
            }
        }
        return null;
    }

    private static List<DvhCurve> distinctStructures(List<DvhCurve> curves) {
        List<DvhCurve> out = new ArrayList<>();
        for (DvhCurve c : curves) {
            if (out.stream().noneMatch(o -> o.structure().equals(c.structure()))) {
                out.add(c);
            }
        }
        return out;
    }

    private static String manualChoice(String tableOrgan, Map<String, String> manual) {
        String key = tableOrgan.strip().toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : manual.entrySet()) {
            if (e.getKey().strip().toLowerCase(Locale.ROOT).equals(key)) {
                return e.getValue();
            }
        }
        return null;
    }
}
