package org.imrtreview.dvh;

/** The file is not a DVH export this workstation reads; the message says so in plain words. */
public final class DvhFormatException extends Exception {
    public DvhFormatException(String message) {
        super(message);
    }
}
