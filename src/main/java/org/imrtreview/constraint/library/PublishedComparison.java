package org.imrtreview.constraint.library;

import java.util.List;

/**
 * The result of checking one row's cited constraint against the library: what it was compared
 * with, how it differs, whether "only IMRT meets it" still holds under the published value, and
 * the sentence the nurse reads. {@code blocksSupport} marks a row whose verdict holds only under a
 * constraint its cited source does not publish for this organ, metric and fractionation.
 */
public record PublishedComparison(Outcome outcome, PublishedConstraint reference, List<PublishedConstraint> compared,
                                  List<PublishedConstraint> closest, Boolean onlyImrtUnderPublished,
                                  boolean blocksSupport, String message, String plain) {

    /** A comparison without a plain-language sentence for the member. */
    public PublishedComparison(Outcome outcome, PublishedConstraint reference, List<PublishedConstraint> compared,
                               List<PublishedConstraint> closest, Boolean onlyImrtUnderPublished, boolean blocksSupport,
                               String message) {
        this(outcome, reference, compared, closest, onlyImrtUnderPublished, blocksSupport, message, null);
    }

    public PublishedComparison {
        compared = List.copyOf(compared);
        closest = List.copyOf(closest);
    }

    public enum Outcome {
        /** The cited value is the cited source's published value (operator aside). */
        MATCHES,
        STRICTER_THAN_PUBLISHED,
        LOOSER_THAN_PUBLISHED,
        /** The cited source publishes nothing for this organ and metric (or fraction count). */
        NO_PUBLISHED_MATCH,
        /** The cited constraint belongs to another fractionation regime than the prescription's. */
        FRACTIONATION_MISMATCH,
        /** Institutional, unrecognised or missing source, unparsed constraint or unknown organ: nothing to compare. */
        NOT_CHECKABLE
    }

    static PublishedComparison notCheckable(String why) {
        return new PublishedComparison(Outcome.NOT_CHECKABLE, null, List.of(), List.of(), null, false, why);
    }

    /** True when the outcome is worth a flag on the row. */
    public boolean flagged() {
        return outcome != Outcome.MATCHES && outcome != Outcome.NOT_CHECKABLE;
    }
}
