package org.imrtreview.dvh;

import org.imrtreview.model.Metric;
import org.imrtreview.model.Unit;

/**
 * A metric computed from one curve: the value in {@code unit}, or NaN with {@code problem} saying in
 * plain words why it cannot be computed ("D2cc needs the structure volume, which the file does not
 * give").
 */
public record MetricValue(Metric metric, double value, Unit unit, String problem) {

    static MetricValue of(Metric metric, double value, Unit unit) {
        return new MetricValue(metric, value, unit, null);
    }

    static MetricValue unavailable(Metric metric, String problem) {
        return new MetricValue(metric, Double.NaN, metric.resultUnit(), problem);
    }

    public boolean present() {
        return problem == null && !Double.isNaN(value);
    }
}
