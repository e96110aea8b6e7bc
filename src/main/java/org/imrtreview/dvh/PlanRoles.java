package org.imrtreview.dvh;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.PlanKind;

/**
 * Decides which plan in a case is 3D and which IMRT. Order: the reviewer's explicit choice (by plan
 * name), then what the reader found (plan or file name), then elimination — when exactly one plan is
 * still unknown and every identified plan has the same role, the unknown one is the other role
 * (a submission compares two plans).
 */
public final class PlanRoles {

    private PlanRoles() {
    }

    /** A plan as the nurse sees it: its name, the file it came from, and the role decided. */
    public record PlanEntry(String planName, String file, PlanKind role, boolean inferred) { }

    public static List<DvhCurve> resolve(List<DvhCurve> curves) {
        return resolve(curves, Map.of());
    }

    public static List<DvhCurve> resolve(List<DvhCurve> curves, Map<String, PlanKind> explicit) {
        Map<String, PlanKind> roles = new LinkedHashMap<>();
        for (PlanEntry p : plans(curves, explicit)) {
            roles.put(key(p.planName(), p.file()), p.role());
        }
        List<DvhCurve> out = new ArrayList<>(curves.size());
        for (DvhCurve c : curves) {
            PlanKind role = roles.get(key(c.planName(), c.sourceFile()));
            out.add(role == c.plan() ? c : c.withPlan(role));
        }
        return out;
    }

    /** The distinct plans of a case with their decided roles, in the order first seen. */
    public static List<PlanEntry> plans(List<DvhCurve> curves, Map<String, PlanKind> explicit) {
        Map<String, PlanEntry> plans = new LinkedHashMap<>();
        for (DvhCurve c : curves) {
            String key = key(c.planName(), c.sourceFile());
            if (!plans.containsKey(key)) {
                PlanKind chosen = explicit.get(c.planName());
                plans.put(key, new PlanEntry(c.planName(), c.sourceFile(), chosen != null ? chosen : c.plan(), false));
            }
        }
        List<PlanEntry> unknown = plans.values().stream().filter(p -> p.role() == null).toList();
        List<PlanKind> known = plans.values().stream().map(PlanEntry::role).filter(Objects::nonNull).distinct().toList();
        if (unknown.size() == 1 && known.size() == 1 && known.get(0) != PlanKind.BOTH) {
            PlanEntry u = unknown.get(0);
            PlanKind other = known.get(0) == PlanKind.IMRT ? PlanKind.THREE_D : PlanKind.IMRT;
            plans.put(key(u.planName(), u.file()), new PlanEntry(u.planName(), u.file(), other, true));
        }
        return List.copyOf(plans.values());
    }

    private static String key(String plan, String file) {
        return file + "\u0000" + plan;
    }
}
