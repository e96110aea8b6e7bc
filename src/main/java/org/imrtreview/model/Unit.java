package org.imrtreview.model;

/** Units that appear in constraints and dose cells. */
public enum Unit {
    GY("Gy"), CGY("cGy"), PERCENT("%"), CC("cc");

    private final String symbol;

    Unit(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean isDose() {
        return this == GY || this == CGY;
    }

    /** Volume units; {@code %} is ambiguous (also "% of prescription") and callers decide by context. */
    public boolean isVolume() {
        return this == PERCENT || this == CC;
    }
}
