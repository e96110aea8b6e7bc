package org.imrtreview.intake;

/** The case PATH itself cannot be read (missing, not a folder or file, no permission). */
public final class UnreadablePathException extends Exception {
    public UnreadablePathException(String message) {
        super(message);
    }
}
