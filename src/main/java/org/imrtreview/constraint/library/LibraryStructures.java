package org.imrtreview.constraint.library;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.imrtreview.constraint.Laterality;
import org.imrtreview.constraint.OrganName;
import org.imrtreview.constraint.OrganNames;

/**
 * A table's organ cell → the TG-263 names under which the library may hold its limits.
 * "Lt parotid" → Parotid_L; "Parotid" (no side) → Parotid_L, Parotid_R and Parotids (a provider
 * writing "parotid" may mean either gland or both); "Optic pathway" → chiasm and both nerves;
 * "Cord PRV" → SpinalCord_PRV; "Lungs-GTV" → Lungs-GTV and Lungs (the library's lung limits are
 * stated for total lung, which planners contour minus the target).
 */
public final class LibraryStructures {

    /** Group names of the organ catalogue and the organs they stand for. */
    private static final Map<String, List<String>> GROUPS = Map.of(
            "OpticPathway", List.of("OpticChiasm", "OpticNrv_L", "OpticNrv_R"));

    private LibraryStructures() {
    }

    /** Candidate TG-263 names, empty when the organ is not recognised. */
    public static List<String> of(String organCell) {
        return OrganNames.normalise(organCell).map(LibraryStructures::of).orElse(List.of());
    }

    public static List<String> of(OrganName organ) {
        Set<String> names = new LinkedHashSet<>();
        List<String> base = new ArrayList<>(GROUPS.getOrDefault(organ.organ(), List.of(organ.tg263().split("\\|"))));
        if (organ.side() == Laterality.UNSPECIFIED) {
            OrganNames.normalise("both " + organ.organ()).map(OrganName::tg263)
                    .filter(both -> !both.contains("|")).ifPresent(base::add);
        }
        for (String name : base) {
            if (organ.prv()) {
                names.add(stripTarget(name) + "_PRV");
            } else {
                names.add(name);
                if (organ.minusTarget() != null) {
                    names.add(stripTarget(name));
                }
            }
        }
        return List.copyOf(names);
    }

    private static String stripTarget(String name) {
        int dash = name.indexOf('-');
        return dash < 0 ? name : name.substring(0, dash);
    }

    /** Whether the organ cell names an organ the workstation knows. */
    public static boolean recognised(String organCell) {
        Optional<OrganName> organ = OrganNames.normalise(organCell);
        return organ.isPresent();
    }
}
