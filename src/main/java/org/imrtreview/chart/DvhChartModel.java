package org.imrtreview.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imrtreview.constraint.OrganName;
import org.imrtreview.constraint.OrganNames;
import org.imrtreview.digitize.DigitizedCurves;
import org.imrtreview.dvh.DvhMetrics;
import org.imrtreview.dvh.PlanRoles;
import org.imrtreview.dvh.StructureMatcher;
import org.imrtreview.model.Constraint;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.MetricKind;
import org.imrtreview.model.PlanKind;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.RowResult;
import org.imrtreview.model.SummaryRow;
import org.imrtreview.model.Unit;

/**
 * What the overlay chart shows, computed without touching any window (so it runs off the FX thread
 * and headless): per organ one group with its 3D and IMRT curves, and the constraint markers of the
 * table rows for that organ. With a summary table, the organs are the table's (matched to structures
 * as the evaluator matches them); without one, every organ structure in the data (targets, body and
 * planning helpers left out).
 */
public record DvhChartModel(List<OrganCurves> organs, List<ConstraintMarker> markers) {

    public DvhChartModel {
        organs = List.copyOf(organs);
        markers = List.copyOf(markers);
    }

    /** One organ: its label and its curves, 3D first. */
    public record OrganCurves(String organ, List<DvhCurve> curves) { }

    /**
     * A constraint drawn at its limit: a vertical line at {@code doseGy} (dose limits such as
     * "Max < 54 Gy") or a horizontal line at {@code volumePercent} (volume limits such as "V20 < 35%"),
     * with {@code atDoseGy} the V metric's dose where the limit applies (a point is drawn there). A dose
     * marker may carry {@code volumePercent} too (Dx% limits): the point then sits on the vertical line.
     */
    public record ConstraintMarker(String organ, String label, Double doseGy, Double volumePercent, Double atDoseGy) { }

    public static DvhChartModel of(ReviewCase reviewCase, Evaluation evaluation) {
        return of(reviewCase, evaluation, Map.of(), Map.of());
    }

    /** With the reviewer's structure choices (table organ → structure) and plan roles (plan name → role). */
    public static DvhChartModel of(ReviewCase reviewCase, Evaluation evaluation, Map<String, String> structureForOrgan,
                                   Map<String, PlanKind> planRoles) {
        List<DvhCurve> curves = PlanRoles.resolve(reviewCase.dvhCurves(), planRoles).stream()
                .filter(c -> c.plan() == PlanKind.THREE_D || c.plan() == PlanKind.IMRT || c.plan() == null).toList();
        Map<String, List<DvhCurve>> byOrgan = new LinkedHashMap<>();
        List<ConstraintMarker> markers = new ArrayList<>();
        boolean fromTable = reviewCase.table() != null && !reviewCase.table().rows().isEmpty();
        if (fromTable) {
            for (SummaryRow row : reviewCase.table().rows()) {
                String organ = label(row.organ());
                if (organ == null) {
                    continue;
                }
                for (PlanKind plan : new PlanKind[] {PlanKind.THREE_D, PlanKind.IMRT}) {
                    List<DvhCurve> ofPlan = curves.stream().filter(c -> c.plan() == plan && !c.digitised()).toList();
                    Optional<StructureMatcher.Selection> exported = StructureMatcher.select(row.organ(), ofPlan, structureForOrgan);
                    // exported planning-system curves win; a digitised curve the nurse assigned to
                    // this organ and plan is drawn only where there is none
                    Optional<StructureMatcher.Selection> chosen = exported.isPresent() ? exported
                            : StructureMatcher.select(row.organ(), curves.stream()
                                    .filter(c -> c.plan() == plan && assignedDigitised(c)).toList(), Map.of());
                    chosen.ifPresent(sel -> {
                        List<DvhCurve> list = byOrgan.computeIfAbsent(organ, k -> new ArrayList<>());
                        sel.curves().stream().filter(c -> !list.contains(c)).forEach(list::add);
                    });
                }
            }
            if (evaluation != null) {
                for (RowResult r : evaluation.rows()) {
                    String organ = label(r.row().organ());
                    if (organ != null && byOrgan.containsKey(organ)) {
                        for (org.imrtreview.model.LimitResult l : r.limits()) {
                            marker(organ, l.constraint(), byOrgan.get(organ)).ifPresent(markers::add);
                        }
                    }
                }
            }
        }
        if (byOrgan.isEmpty()) {
            for (DvhCurve c : curves) {
                if (c.digitised() && (!assignedDigitised(c) || c.plan() == null || curves.stream().anyMatch(e -> !e.digitised()
                        && e.plan() == c.plan() && e.structure().equalsIgnoreCase(c.structure())))) {
                    continue;
                }
                Optional<OrganName> name = OrganNames.normalise(c.structure());
                if (name.isPresent() && !name.get().organ().equals("External")) {
                    byOrgan.computeIfAbsent(name.get().display(), k -> new ArrayList<>()).add(c);
                }
            }
        }
        List<OrganCurves> organs = new ArrayList<>();
        byOrgan.forEach((organ, list) -> organs.add(new OrganCurves(organ, sorted(list))));
        return new DvhChartModel(organs, markers);
    }

    /** A digitised curve the nurse (or the legend) gave an organ; unassigned ones are never drawn. */
    static boolean assignedDigitised(DvhCurve c) {
        return c.digitised() && !c.structure().startsWith(DigitizedCurves.UNASSIGNED_PREFIX);
    }

    private static List<DvhCurve> sorted(List<DvhCurve> list) {
        List<DvhCurve> out = new ArrayList<>(list);
        out.sort((a, b) -> Integer.compare(rank(a.plan()), rank(b.plan())));
        return out;
    }

    private static int rank(PlanKind p) {
        return p == PlanKind.THREE_D ? 0 : p == PlanKind.IMRT ? 1 : 2;
    }

    private static String label(String tableOrgan) {
        if (tableOrgan == null || tableOrgan.isBlank()) {
            return null;
        }
        return tableOrgan.strip();
    }

    static Optional<ConstraintMarker> marker(String organ, Constraint c, List<DvhCurve> curves) {
        if (c == null || !c.parsed()) {
            return Optional.empty();
        }
        String label = organ + " " + c.canonical();
        MetricKind kind = c.metric().kind();
        double limit = c.limit().value();
        if (kind.yieldsDose()) {
            if (c.limit().unit() == Unit.PERCENT) {
                return Optional.empty();
            }
            double gy = c.limit().unit() == Unit.CGY ? limit / 100 : limit;
            // "D10% < 50 Gy": a point where the curve must pass below, at 10 % on the 50 Gy line.
            Double at = kind == MetricKind.DOSE_AT_VOLUME && c.metric().parameterUnit() == Unit.PERCENT
                    ? c.metric().parameter() : null;
            return Optional.of(new ConstraintMarker(organ, label, gy, at, null));
        }
        Double atDose = c.metric().parameter() == null ? null
                : c.metric().parameterUnit() == Unit.CGY ? c.metric().parameter() / 100
                : c.metric().parameterUnit() == Unit.GY ? c.metric().parameter() : null;
        if (c.limit().unit() == Unit.PERCENT) {
            return Optional.of(new ConstraintMarker(organ, label, null, limit, atDose));
        }
        // A cc limit is drawn in % of the structure when the structure volume is known.
        double cc = curves.stream().mapToDouble(DvhCurve::volumeCc).filter(v -> v > 0).findFirst().orElse(Double.NaN);
        if (Double.isNaN(cc)) {
            return Optional.empty();
        }
        return Optional.of(new ConstraintMarker(organ, label, null, 100 * limit / cc, atDose));
    }

    /** The highest dose of any curve, to size the dose axis. */
    public double maxDoseGy() {
        return organs.stream().flatMap(o -> o.curves().stream()).mapToDouble(DvhMetrics::max).max().orElse(1);
    }

    public boolean isEmpty() {
        return organs.isEmpty();
    }
}
