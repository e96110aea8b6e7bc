package org.imrtreview.model;

/**
 * A dose constraint as cited in a row. {@code text} is always the provider's words verbatim; the
 * other fields are null when the text could not be parsed (the row is then flagged
 * {@code CONSTRAINT_UNPARSED}, never guessed).
 */
public record Constraint(String text, Metric metric, Operator operator, Quantity limit) {

    public static Constraint unparsed(String text) {
        return new Constraint(text, null, null, null);
    }

    public boolean parsed() {
        return metric != null && operator != null && limit != null;
    }

    /** Whether {@code value} (in the limit's unit) satisfies the constraint exactly as written. */
    public boolean isMetBy(double value) {
        if (!parsed()) {
            throw new IllegalStateException("constraint not parsed: " + text);
        }
        return operator.test(value, limit.value());
    }

    /** Same constraint at another limit (used to re-evaluate a row under a published value). */
    public Constraint withLimit(Quantity newLimit) {
        return new Constraint(text, metric, operator, newLimit);
    }

    /** Normalised rendering, e.g. {@code Dmax < 54 Gy}, {@code V20Gy ≤ 35%}. */
    public String canonical() {
        return parsed() ? metric.label() + " " + operator.symbol() + " " + limit : text;
    }
}
