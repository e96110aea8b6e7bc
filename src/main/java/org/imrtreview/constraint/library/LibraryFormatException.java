package org.imrtreview.constraint.library;

/** The library resource is malformed; names the entry so the build's tests point at it. */
public final class LibraryFormatException extends RuntimeException {
    public LibraryFormatException(String message) {
        super(message);
    }

    public LibraryFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
