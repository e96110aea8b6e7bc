package org.imrtreview.constraint.library;

import org.imrtreview.model.Metric;
import org.imrtreview.model.MetricKind;
import org.imrtreview.model.Unit;

/**
 * How a cited metric relates to a published one (docs/decisions/0055-dmax-vs-point-dose.md).
 * "Max" and "D0.03cc" are distinct metrics; but a source that publishes only a point dose
 * (≤0.035 cc, TG-101's and RTOG's working definition of the maximum) is compared with a cited
 * Dmax — and the reverse — as a {@link #NEAR_MAX} comparison that the message names. Emami's
 * whole-organ TD5/5 is compared with a cited Dmax, Dmean or TD5/5 ({@link #WHOLE_ORGAN}).
 */
public enum MetricRelation {
    EXACT, NEAR_MAX, WHOLE_ORGAN, NONE;

    /** Largest volume (cc) still counted as a "point" dose. */
    public static final double POINT_VOLUME_CC = 0.035;

    public static MetricRelation between(Metric cited, Unit citedLimitUnit, PublishedConstraint published) {
        Metric pub = published.metric();
        if (cited.kind().yieldsDose() && !citedLimitUnit.isDose()) {
            return NONE; // a dose metric limited in % (of prescription) is converted by the caller first
        }
        if (sameMetric(cited, citedLimitUnit, pub, published.limit().unit(), published.relativeToPrescription())) {
            return EXACT;
        }
        if (isMax(cited) && isPointDose(pub) || isPointDose(cited) && isMax(pub)) {
            return NEAR_MAX;
        }
        if (pub.kind() == MetricKind.TOLERANCE_DOSE
                && (cited.kind() == MetricKind.MAX || cited.kind() == MetricKind.MEAN || cited.kind() == MetricKind.TOLERANCE_DOSE)) {
            return WHOLE_ORGAN;
        }
        return NONE;
    }

    private static boolean sameMetric(Metric a, Unit aLimit, Metric b, Unit bLimit, boolean bRelative) {
        if (a.kind() != b.kind()) {
            return false;
        }
        return switch (a.kind()) {
            case MAX, MEAN, MIN, TOLERANCE_DOSE -> true;
            case VOLUME_AT_DOSE, VOLUME_COMPLEMENT -> close(gy(a), gy(b)) && aLimit == bLimit;
            case DOSE_AT_VOLUME, DOSE_COMPLEMENT -> a.parameterUnit() == b.parameterUnit() && close(a.parameter(), b.parameter())
                    && (aLimit.isDose() || bRelative);
        };
    }

    private static boolean isMax(Metric m) {
        return m.kind() == MetricKind.MAX;
    }

    private static boolean isPointDose(Metric m) {
        return m.kind() == MetricKind.DOSE_AT_VOLUME && m.parameterUnit() == Unit.CC && m.parameter() != null
                && m.parameter() <= POINT_VOLUME_CC + 1e-9;
    }

    private static Double gy(Metric m) {
        if (m.parameter() == null) {
            return null;
        }
        return m.parameterUnit() == Unit.CGY ? m.parameter() / 100.0 : m.parameter();
    }

    private static boolean close(Double a, Double b) {
        return a != null && b != null && Math.abs(a - b) < 1e-6;
    }
}
