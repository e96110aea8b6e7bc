package org.imrtreview.constraint.library;

/** How directly a library value was read from the publication it cites. */
public enum Provenance {
    /** Read in the paper, protocol, guideline or a faithful reproduction of its table. */
    PRIMARY("primary"),
    /** Read only in a third-party compilation that names the source (not tagged secondary by the compiler). */
    COMPILATION("compilation"),
    /** Only source is secondary (flashcards, a transcription): verify against the paper before enforcing. */
    SECONDARY("secondary");

    private final String label;

    Provenance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
