package org.imrtreview.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A dose constraint as cited in a row. {@code text} is always the provider's words verbatim; the
 * other fields are null when the text could not be parsed (the row is then flagged
 * {@code CONSTRAINT_UNPARSED}, never guessed).
 *
 * <p>A cell may hold several limits ("V20 &lt; 35%, Dmean &lt; 20 Gy"): such a constraint is
 * {@linkplain #composite() composite}, its {@code parts} are the single limits (each with its own
 * words as {@code text}) and {@code metric}/{@code operator}/{@code limit} are null. A plan meets a
 * composite constraint only when it meets every part. {@link #parsed()} stays "one limit was read",
 * so code that knows only single limits treats a composite as not read (fail closed);
 * {@link #readable()} and {@link #limits()} cover both. See docs/evaluation.md and decision 0170.
 */
public record Constraint(String text, Metric metric, Operator operator, Quantity limit, List<Constraint> parts) {

    public Constraint {
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    public Constraint(String text, Metric metric, Operator operator, Quantity limit) {
        this(text, metric, operator, limit, List.of());
    }

    public static Constraint unparsed(String text) {
        return new Constraint(text, null, null, null);
    }

    /** Several limits written in one cell; the plan must meet all of them. */
    public static Constraint allOf(String text, List<Constraint> parts) {
        return new Constraint(text, null, null, null, parts);
    }

    /** True when exactly one limit was read (metric, comparison and limit are known). */
    public boolean parsed() {
        return metric != null && operator != null && limit != null;
    }

    /** True for a cell holding several limits. */
    public boolean composite() {
        return !parts.isEmpty();
    }

    /** True when every limit of the cell was read: a single parsed limit, or a composite of parsed limits. */
    public boolean readable() {
        return parsed() || composite() && parts.stream().allMatch(Constraint::parsed);
    }

    /** The single limits: this one, the parts of a composite, or none when nothing was read. */
    public List<Constraint> limits() {
        return composite() ? parts : parsed() ? List.of(this) : List.of();
    }

    /** Whether {@code value} (in the limit's unit) satisfies the constraint exactly as written. */
    public boolean isMetBy(double value) {
        if (!parsed()) {
            throw new IllegalStateException("constraint not parsed (or several limits): " + text);
        }
        return operator.test(value, limit.value());
    }

    /** Same constraint at another limit (used to re-evaluate a row under a published value). */
    public Constraint withLimit(Quantity newLimit) {
        return new Constraint(text, metric, operator, newLimit);
    }

    /** Normalised rendering, e.g. {@code Dmax < 54 Gy}, {@code V20Gy ≤ 35%}, {@code V20Gy < 35% and Dmean < 20 Gy}. */
    public String canonical() {
        if (composite()) {
            return parts.stream().map(Constraint::canonical).collect(Collectors.joining(" and "));
        }
        return parsed() ? metric.label() + " " + operator.symbol() + " " + limit : text;
    }
}
