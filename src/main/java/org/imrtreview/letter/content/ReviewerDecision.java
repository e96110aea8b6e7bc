package org.imrtreview.letter.content;

import java.util.Objects;

/**
 * What the reviewer decided: the letter kind, who reviewed the case (the nurse, or a physician),
 * and — for a denial draft — the physician who will review and sign it (null: the plan's medical
 * director from the settings, or the reviewer when she is a physician).
 */
public record ReviewerDecision(LetterKind kind, Reviewer reviewer, Reviewer physician) {

    public ReviewerDecision {
        Objects.requireNonNull(kind, "kind");
        reviewer = reviewer == null ? new Reviewer(null, null, null) : reviewer;
    }

    public static ReviewerDecision of(LetterKind kind, Reviewer reviewer) {
        return new ReviewerDecision(kind, reviewer, null);
    }
}
