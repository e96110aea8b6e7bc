package org.imrtreview.intake.pdf;

import org.imrtreview.model.LoadState;

/** A PDF that cannot be opened at all, with the sentence the nurse reads and the load state to show. */
public final class PdfReadException extends Exception {
    private final LoadState state;

    public PdfReadException(LoadState state, String message) {
        super(message);
        this.state = state;
    }

    public LoadState state() {
        return state;
    }
}
