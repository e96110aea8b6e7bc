package org.imrtreview.model;

/** Comparison in a constraint, applied exactly as written: {@code <} at the limit fails, {@code ≤} passes. */
public enum Operator {
    LT("<"), LE("≤"), GT(">"), GE("≥");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** ASCII spelling for JSON and terminals: {@code <, <=, >, >=}. */
    public String ascii() {
        return switch (this) {
            case LT -> "<";
            case LE -> "<=";
            case GT -> ">";
            case GE -> ">=";
        };
    }

    public boolean test(double value, double limit) {
        return switch (this) {
            case LT -> value < limit;
            case LE -> value <= limit;
            case GT -> value > limit;
            case GE -> value >= limit;
        };
    }

    /** True for upper limits ({@code <}, {@code ≤}). */
    public boolean isUpperLimit() {
        return this == LT || this == LE;
    }
}
