package org.imrtreview.model;

import java.util.Objects;

/** A number with its unit: 58 Gy, 5800 cGy, 38 %, 170 cc. */
public record Quantity(double value, Unit unit) {

    public Quantity {
        Objects.requireNonNull(unit, "unit");
    }

    /** Dose in Gy (cGy divided by 100); other units unchanged. */
    public Quantity inGy() {
        return unit == Unit.CGY ? new Quantity(value / 100.0, Unit.GY) : this;
    }

    @Override
    public String toString() {
        String n = Metric.number(Math.round(value * 1000.0) / 1000.0);
        return unit == Unit.PERCENT ? n + "%" : n + " " + unit.symbol();
    }
}
