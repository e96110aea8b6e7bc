package org.imrtreview.letter.content;

import java.util.List;
import java.util.Objects;

/**
 * What the letter carries: its kind, the reviewer who prepared it (the nurse, or the physician for
 * an approval she made by overturning a denial), for a denial the physician's signature
 * ({@code signing}, null: the letter is a draft that names no physician) and — for a decision made
 * service line by service line (decision 0268) — each line's decision: a denial in part, signed by
 * the physician, that also says which lines are approved.
 */
public record ReviewerDecision(LetterKind kind, Reviewer reviewer, LetterSigning signing, List<ServiceLine> serviceLines) {

    public ReviewerDecision {
        Objects.requireNonNull(kind, "kind");
        reviewer = reviewer == null ? new Reviewer(null, null, null) : reviewer;
        serviceLines = serviceLines == null ? List.of() : List.copyOf(serviceLines);
        if (signing != null && kind != LetterKind.DENIAL_DRAFT) {
            throw new IllegalArgumentException("only a denial is signed by the physician reviewer");
        }
        if (!serviceLines.isEmpty() && (kind != LetterKind.DENIAL_DRAFT || signing == null
                || serviceLines.stream().noneMatch(ServiceLine::approved)
                || serviceLines.stream().allMatch(l -> l.approved() && !l.reduced()))) {
            throw new IllegalArgumentException("a decision by service line is a physician's signed denial of some lines "
                    + "(or units) and approval of others");
        }
    }

    public ReviewerDecision(LetterKind kind, Reviewer reviewer, LetterSigning signing) {
        this(kind, reviewer, signing, List.of());
    }

    /** Some service lines approved, others (or some units) not. */
    public boolean partial() {
        return !serviceLines.isEmpty();
    }

    public static ReviewerDecision of(LetterKind kind, Reviewer reviewer) {
        return new ReviewerDecision(kind, reviewer, null);
    }

    /** Whether this is a denial a physician has upheld and signed (not a draft). */
    public boolean signed() {
        return signing != null;
    }
}
