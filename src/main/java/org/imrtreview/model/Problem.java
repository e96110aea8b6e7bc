package org.imrtreview.model;

/** Something in the submission that could not be read, named by file, in words a nurse understands. */
public record Problem(String file, String message) {

    @Override
    public String toString() {
        return file == null ? message : file + ": " + message;
    }
}
