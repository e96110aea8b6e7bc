package org.imrtreview.dvh;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imrtreview.constraint.OrganMatch;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.PlanKind;

/**
 * The table-organ → structure mapping shown to the reviewer: for each table organ and plan, the
 * structure(s) the cross-check uses and how sure the match is, or none with the closest structure
 * names to choose from. The window lists it and passes the reviewer's corrections back as the
 * {@code structureForOrgan} map of the evidence source.
 */
public final class StructureMapping {

    private StructureMapping() {
    }

    /** One line of the mapping. {@code structures} empty when nothing matched. */
    public record Entry(String tableOrgan, PlanKind plan, List<String> structures, OrganMatch quality, boolean manual) {
        public boolean matched() {
            return !structures.isEmpty();
        }

        /** Plain words for the nurse: "Rectum ↔ Rectum (exact)". */
        public String describe() {
            String planLabel = plan == null ? "" : " [" + plan.label() + "]";
            if (!matched()) {
                return tableOrgan + planLabel + ": no structure in the DVH data";
            }
            String how = manual ? "chosen by the reviewer" : switch (quality) {
                case EXACT -> "same organ";
                case EACH_MEMBER -> "each side, the worse one is compared";
                case TARGET_SUBTRACTION_DIFFERS -> "same organ, target subtraction differs";
                case COMBINED_SIDES -> "both sides summed by volume";
                case SIDE_UNKNOWN -> "only side present; the table does not say which side";
                case NONE -> "";
            };
            return tableOrgan + planLabel + " \u2194 " + String.join(", ", structures) + " (" + how + ")";
        }
    }

    public static List<Entry> of(List<String> tableOrgans, List<DvhCurve> curves, Map<String, String> manual,
                                 Map<String, PlanKind> planRoles) {
        List<DvhCurve> resolved = PlanRoles.resolve(curves, planRoles);
        List<Entry> out = new ArrayList<>();
        for (String organ : tableOrgans.stream().distinct().toList()) {
            for (PlanKind plan : new PlanKind[] {PlanKind.THREE_D, PlanKind.IMRT}) {
                List<DvhCurve> ofPlan = resolved.stream().filter(c -> c.plan() == plan && !c.digitised()).toList();
                if (ofPlan.isEmpty()) {
                    continue;
                }
                Optional<StructureMatcher.Selection> s = StructureMatcher.select(organ, ofPlan, manual);
                out.add(s.map(sel -> new Entry(organ, plan, sel.curves().stream().map(DvhCurve::structure).distinct().toList(),
                        sel.quality(), sel.manual()))
                        .orElse(new Entry(organ, plan, List.of(), OrganMatch.NONE, false)));
            }
        }
        return out;
    }
}
