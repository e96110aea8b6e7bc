package org.imrtreview.letter.content;

import java.util.Objects;

/**
 * What the letter carries: its kind, the reviewer who prepared it (the nurse, or the physician for
 * an approval she made by overturning a denial) and — for a denial — the physician's signature
 * ({@code signing}, null: the letter is a draft that names no physician).
 */
public record ReviewerDecision(LetterKind kind, Reviewer reviewer, LetterSigning signing) {

    public ReviewerDecision {
        Objects.requireNonNull(kind, "kind");
        reviewer = reviewer == null ? new Reviewer(null, null, null) : reviewer;
        if (signing != null && kind != LetterKind.DENIAL_DRAFT) {
            throw new IllegalArgumentException("only a denial is signed by the physician reviewer");
        }
    }

    public static ReviewerDecision of(LetterKind kind, Reviewer reviewer) {
        return new ReviewerDecision(kind, reviewer, null);
    }

    /** Whether this is a denial a physician has upheld and signed (not a draft). */
    public boolean signed() {
        return signing != null;
    }
}
