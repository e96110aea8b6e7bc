package org.imrtreview.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A DVH metric. {@code parameter}/{@code parameterUnit} hold the query value (0.03 cc for D0.03cc,
 * 20 Gy for V20Gy); {@code resultUnit} is the unit of the answer (Gy for D metrics, % or cc for V
 * metrics).
 */
public record Metric(MetricKind kind, Double parameter, Unit parameterUnit, Unit resultUnit) {

    public Metric {
        Objects.requireNonNull(kind, "kind");
    }

    public static Metric max() {
        return new Metric(MetricKind.MAX, null, null, Unit.GY);
    }

    public static Metric mean() {
        return new Metric(MetricKind.MEAN, null, null, Unit.GY);
    }

    public static Metric min() {
        return new Metric(MetricKind.MIN, null, null, Unit.GY);
    }

    public static Metric doseAtVolume(double volume, Unit volumeUnit) {
        return new Metric(MetricKind.DOSE_AT_VOLUME, volume, volumeUnit, Unit.GY);
    }

    public static Metric volumeAtDose(double doseGy, Unit resultUnit) {
        return new Metric(MetricKind.VOLUME_AT_DOSE, doseGy, Unit.GY, resultUnit);
    }

    /** Short clinical label: {@code Dmax}, {@code Dmean}, {@code Dmin}, {@code D0.03cc}, {@code D95%}, {@code V20Gy}. */
    public String label() {
        return switch (kind) {
            case MAX -> "Dmax";
            case MEAN -> "Dmean";
            case MIN -> "Dmin";
            case DOSE_AT_VOLUME -> "D" + number(parameter) + parameterUnit.symbol();
            case VOLUME_AT_DOSE -> "V" + number(parameter) + parameterUnit.symbol();
            case DOSE_COMPLEMENT -> "DC" + number(parameter) + parameterUnit.symbol();
            case VOLUME_COMPLEMENT -> "CV" + number(parameter) + parameterUnit.symbol();
            case TOLERANCE_DOSE -> "TD5/5";
        };
    }

    /** TG-263 / Mayo DVH-query form: {@code Max[Gy]}, {@code D0.03cc[Gy]}, {@code V20Gy[%]}. */
    public String tg263() {
        String unit = resultUnit == null ? "" : "[" + resultUnit.symbol() + "]";
        return switch (kind) {
            case MAX -> "Max" + unit;
            case MEAN -> "Mean" + unit;
            case MIN -> "Min" + unit;
            case TOLERANCE_DOSE -> "TD5/5" + unit;
            default -> label() + unit;
        };
    }

    /** Formats a number without a trailing ".0": 20 → "20", 0.03 → "0.03". */
    public static String number(Double value) {
        if (value == null) {
            return "";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e9) {
            return Long.toString(value.longValue());
        }
        return String.format(Locale.ROOT, "%s", value).replaceAll("0+$", "");
    }
}
