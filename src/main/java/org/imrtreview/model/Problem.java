package org.imrtreview.model;

/**
 * Something in the submission that could not be read, named by file, in words a nurse understands.
 * {@code code} is null for a note; a {@link ProblemCode} marks a finding that blocks a decision.
 */
public record Problem(String file, String message, ProblemCode code) {

    public Problem(String file, String message) {
        this(file, message, null);
    }

    /** True when this problem is a finding the nurse must resolve before a decision. */
    public boolean blocking() {
        return code != null;
    }

    @Override
    public String toString() {
        return file == null ? message : file + ": " + message;
    }
}
