package org.imrtreview.model;

/**
 * Something in the submission that could not be read, named by file, in words a nurse understands.
 * {@code code} is null for a note; a {@link ProblemCode} marks a finding that blocks a decision.
 * {@code field} is set only for {@link ProblemCode#REQUEST_UNREADABLE}: the request field that could not be
 * read, as its JSON path ("prescription.totalDoseGy", "requestedCodes[2]"), or "" for the whole request file
 * (decision 0570).
 */
public record Problem(String file, String message, ProblemCode code, String field) {

    public Problem(String file, String message) {
        this(file, message, null, null);
    }

    public Problem(String file, String message, ProblemCode code) {
        this(file, message, code, null);
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
