package org.imrtreview.letter.content;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The physician reviewer's signature on a denial: who upheld it, on which day, and her clinical
 * rationale (given to the provider). A denial letter without one is a draft: it names no physician
 * and carries the draft notice; with one it is final and names her (URAC / NCQA: only a physician
 * decides a medical-necessity denial).
 */
public record LetterSigning(Reviewer physician, LocalDate signedOn, String rationale) {

    public LetterSigning {
        Objects.requireNonNull(physician, "physician");
        Objects.requireNonNull(signedOn, "signedOn");
        rationale = rationale == null || rationale.isBlank() ? null : rationale.strip();
    }
}
