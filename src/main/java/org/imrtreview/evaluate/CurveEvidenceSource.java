package org.imrtreview.evaluate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imrtreview.dvh.DvhMetrics;
import org.imrtreview.dvh.MetricValue;
import org.imrtreview.dvh.PlanRoles;
import org.imrtreview.dvh.StructureMatcher;
import org.imrtreview.model.Constraint;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.Metric;
import org.imrtreview.model.MetricKind;
import org.imrtreview.model.PlanKind;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.SummaryRow;
import org.imrtreview.model.Unit;

/**
 * Answers "what is this row's metric for plan X from the submitted DVH data?": resolves which plan
 * is 3D and which IMRT, finds the structure standing for the row's organ, computes the metric with
 * {@link DvhMetrics} and returns it in the constraint's unit. Planning-system exports are preferred
 * to digitised curves; digitised evidence is marked so it only flags. Lives in {@code evaluate}
 * (not {@code dvh}) so that {@code dvh} does not depend on the evaluator (no package cycle).
 */
public final class CurveEvidenceSource implements DvhEvidenceSource {

    private final Map<String, String> structureForOrgan;
    private final Map<String, PlanKind> planRoles;

    /** No reviewer choices: structures and plan roles are found automatically. */
    public CurveEvidenceSource() {
        this(Map.of(), Map.of());
    }

    /**
     * @param structureForOrgan the reviewer's mapping, table organ text → structure name
     * @param planRoles         the reviewer's choice of role per plan name
     */
    public CurveEvidenceSource(Map<String, String> structureForOrgan, Map<String, PlanKind> planRoles) {
        this.structureForOrgan = Map.copyOf(structureForOrgan);
        this.planRoles = Map.copyOf(planRoles);
    }

    @Override
    public Optional<DvhEvidence> find(ReviewCase reviewCase, SummaryRow row, Constraint constraint, PlanKind plan) {
        if (constraint == null || !constraint.parsed() || row == null || reviewCase.dvhCurves().isEmpty()) {
            return Optional.empty();
        }
        List<DvhCurve> curves = PlanRoles.resolve(reviewCase.dvhCurves(), planRoles).stream()
                .filter(c -> c.plan() == plan).toList();
        Optional<DvhEvidence> fromData = find(row, constraint, plan, curves.stream().filter(c -> !c.digitised()).toList(),
                prescription(reviewCase));
        if (fromData.isPresent()) {
            return fromData;
        }
        return find(row, constraint, plan, curves.stream().filter(DvhCurve::digitised).toList(), prescription(reviewCase));
    }

    private Optional<DvhEvidence> find(SummaryRow row, Constraint constraint, PlanKind plan, List<DvhCurve> curves,
                                       Double rxGy) {
        if (curves.isEmpty()) {
            return Optional.empty();
        }
        Optional<StructureMatcher.Selection> selection = StructureMatcher.select(row.organ(), curves, structureForOrgan);
        if (selection.isEmpty()) {
            return Optional.empty();
        }
        Metric metric = inLimitUnit(constraint);
        if (metric == null) {
            return Optional.empty();
        }
        Double worst = null;
        DvhCurve worstCurve = null;
        double[] worstRange = null;
        // The worst of several members lies between the worst of their low edges and the worst of their
        // high edges: a member read lower but whose hidden tail may reach higher can be the worst one.
        double[] ofAll = null;
        String reason = null;
        boolean upper = constraint.operator().isUpperLimit();
        for (DvhCurve c : selection.get().curves()) {
            MetricValue v = DvhMetrics.compute(c, metric, rxGy);
            if (!v.present()) {
                return Optional.empty();
            }
            double[] range = {v.value(), v.value()};
            if (c.boundCurve().isPresent()) {
                // A digitised curve the picture shows only in part: the metric lies between its values on both edges.
                MetricValue other = DvhMetrics.compute(c.boundCurve().get(), metric, rxGy);
                if (!other.present()) {
                    return Optional.empty();
                }
                range = new double[] {Math.min(v.value(), other.value()), Math.max(v.value(), other.value())};
            }
            if (c.lowerBoundCurve().isPresent()) {
                // Its lower edge too: a stretch the picture does not show may lie below the traced line (decision 0309).
                MetricValue lower = DvhMetrics.compute(c.lowerBoundCurve().get(), metric, rxGy);
                if (!lower.present()) {
                    return Optional.empty();
                }
                range = new double[] {Math.min(range[0], lower.value()), Math.max(range[1], lower.value())};
            }
            if (range[1] > range[0] && reason == null) {
                reason = c.bound().reason();
            }
            ofAll = ofAll == null ? range.clone() : upper
                    ? new double[] {Math.max(ofAll[0], range[0]), Math.max(ofAll[1], range[1])}
                    : new double[] {Math.min(ofAll[0], range[0]), Math.min(ofAll[1], range[1])};
            boolean worse = worst == null || (upper ? v.value() > worst : v.value() < worst);
            if (worse) {
                worst = v.value();
                worstCurve = c;
                worstRange = range;
            }
        }
        String structure = selection.get().worstOf()
                ? worstCurve.structure() + " (worst of " + selection.get().structures() + ")"
                : worstCurve.structure();
        if (ofAll[1] > ofAll[0] && (ofAll[0] != worstRange[0] || ofAll[1] != worstRange[1])) {
            worstRange = ofAll;
        }
        String uncertainty = worstRange[1] > worstRange[0]
                ? (worstCurve.bound() != null ? worstCurve.bound().reason() : reason) : null;
        return Optional.of(new DvhEvidence(plan, worst, structure, worstCurve.sourceFile(), worstCurve.digitised(),
                worstRange[0], worstRange[1], uncertainty));
    }

    /** The constraint's metric asking for its answer in the limit's unit (cGy limit → cGy value). */
    private static Metric inLimitUnit(Constraint constraint) {
        Metric m = constraint.metric();
        Unit limitUnit = constraint.limit().unit();
        MetricKind kind = m.kind() == MetricKind.TOLERANCE_DOSE ? MetricKind.MAX : m.kind();
        boolean fits = kind.yieldsDose() ? limitUnit.isDose() || limitUnit == Unit.PERCENT : limitUnit.isVolume();
        if (!fits) {
            return null;
        }
        return new Metric(kind, m.parameter(), m.parameterUnit(), limitUnit);
    }

    private static Double prescription(ReviewCase reviewCase) {
        return reviewCase.request().prescription() == null ? null : reviewCase.request().prescription().totalDoseGy();
    }
}
