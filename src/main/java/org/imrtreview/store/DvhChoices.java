package org.imrtreview.store;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.LinkedHashMap;
import java.util.Map;
import org.imrtreview.model.PlanKind;

/**
 * The reviewer's corrections to how submitted DVH data are read: which structure stands for a
 * table organ (table organ text → structure name) and which plan is 3D or IMRT (plan name → role).
 * Empty maps mean the automatic choices stand.
 */
public record DvhChoices(Map<String, String> structureForOrgan, Map<String, PlanKind> planRoles) {

    public DvhChoices {
        structureForOrgan = structureForOrgan == null ? Map.of() : Map.copyOf(structureForOrgan);
        planRoles = planRoles == null ? Map.of() : Map.copyOf(planRoles);
    }

    public static DvhChoices none() {
        return new DvhChoices(Map.of(), Map.of());
    }

    @JsonIgnore
    public boolean isEmpty() {
        return structureForOrgan.isEmpty() && planRoles.isEmpty();
    }

    /** {@code structure} null = back to the automatic choice. */
    public DvhChoices withStructure(String organ, String structure) {
        Map<String, String> next = new LinkedHashMap<>(structureForOrgan);
        if (structure == null || structure.isBlank()) {
            next.remove(organ);
        } else {
            next.put(organ, structure.strip());
        }
        return new DvhChoices(next, planRoles);
    }

    /** {@code role} null = back to the automatic role. */
    public DvhChoices withPlanRole(String planName, PlanKind role) {
        Map<String, PlanKind> next = new LinkedHashMap<>(planRoles);
        if (role == null) {
            next.remove(planName);
        } else {
            next.put(planName, role);
        }
        return new DvhChoices(structureForOrgan, next);
    }
}
