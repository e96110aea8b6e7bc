package org.imrtreview.constraint.library;

import java.util.List;
import org.imrtreview.model.Metric;
import org.imrtreview.model.Operator;
import org.imrtreview.model.Quantity;

/**
 * One published organ-at-risk limit of the library. {@code tg263} lists equivalent or laterality
 * alternatives (Parotid_L, Parotid_R); {@code limit} is in Gy, % or cc, or — when
 * {@code relativeToPrescription} — a percentage of the prescription dose (NCCN "≤105% of PTV Rx").
 * {@code fractions} is null for conventional courses. {@code sourceDetail} is the compiler's
 * provenance note (kept for physicists; it holds addresses and is never shown as the citation).
 */
public record PublishedConstraint(String id, String organ, List<String> tg263, boolean tg263Verified,
                                  Metric metric, Operator operator, Quantity limit, boolean relativeToPrescription,
                                  Regime regime, Integer fractions, String fractionation, String endpoint,
                                  SourceGroup source, String protocol, String sourceName, String citation,
                                  Provenance provenance, List<SourceGroup> alsoCitedBy, String sourceDetail) {

    public PublishedConstraint {
        tg263 = List.copyOf(tg263);
        alsoCitedBy = List.copyOf(alsoCitedBy);
    }

    /** True when the compiler tagged the value secondary (verify against the paper before enforcing). */
    public boolean secondary() {
        return provenance == Provenance.SECONDARY;
    }

    /** "RTOG 0225", "QUANTEC", "AAPM TG-101". */
    public String sourceLabel() {
        return protocol == null ? source.title() : source.title() + " " + protocol;
    }

    /** True when the entry covers the TG-263 structure (laterality alternatives included). */
    public boolean covers(String structure) {
        for (String s : tg263) {
            if (s.equalsIgnoreCase(structure)) {
                return true;
            }
        }
        return false;
    }

    /** True when the entry is published by {@code group} or reproduced by it (CORSAIR citing QUANTEC). */
    public boolean publishedBy(SourceGroup group) {
        return source == group || alsoCitedBy.contains(group);
    }

    /** The limit in absolute units: Gy for prescription-relative limits when {@code prescriptionGy} is known. */
    public Quantity absoluteLimit(Double prescriptionGy) {
        if (!relativeToPrescription) {
            return limit;
        }
        return prescriptionGy == null ? null : new Quantity(limit.value() / 100.0 * prescriptionGy, org.imrtreview.model.Unit.GY);
    }

    /** "Dmax < 54 Gy" or "Dmax ≤ 105% of prescription". */
    public String constraintText() {
        String value = relativeToPrescription ? Metric.number(limit.value()) + "% of prescription" : limit.toString();
        return metric.label() + " " + operator.symbol() + " " + value;
    }

    /** "conventional" or "3 fractions". */
    public String regimeText() {
        if (regime == Regime.SBRT_SRS && fractions != null) {
            return fractions == 1 ? "1 fraction" : fractions + " fractions";
        }
        return "conventional fractionation";
    }
}
