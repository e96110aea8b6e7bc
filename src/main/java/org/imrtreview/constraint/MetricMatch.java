package org.imrtreview.constraint;

import org.imrtreview.model.Metric;
import org.imrtreview.model.MetricKind;
import org.imrtreview.model.Unit;

/** A metric found in the text before the comparison, with any words written before it. */
record MetricMatch(MetricKind kind, Double parameter, Unit parameterUnit, String prefix) {

    static MetricMatch of(MetricKind kind, Double parameter, Unit parameterUnit, String prefix) {
        return new MetricMatch(kind, parameter, parameterUnit, prefix);
    }

    static MetricMatch doseAtVolume(double volume, Unit unit, String prefix) {
        return new MetricMatch(MetricKind.DOSE_AT_VOLUME, volume, unit, prefix);
    }

    String label() {
        return switch (kind) {
            case MAX -> "Dmax";
            case MEAN -> "Dmean";
            case MIN -> "Dmin";
            case TOLERANCE_DOSE -> "TD5/5";
            case DOSE_AT_VOLUME -> "D" + Metric.number(parameter) + (parameterUnit == null ? "" : parameterUnit.symbol());
            case DOSE_COMPLEMENT -> "DC" + Metric.number(parameter) + (parameterUnit == null ? "" : parameterUnit.symbol());
            case VOLUME_AT_DOSE -> "V" + Metric.number(parameter) + (parameterUnit == null ? "Gy" : parameterUnit.symbol());
            case VOLUME_COMPLEMENT -> "CV" + Metric.number(parameter) + (parameterUnit == null ? "Gy" : parameterUnit.symbol());
        };
    }
}
