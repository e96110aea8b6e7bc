package org.imrtreview.ui.letter;

/** The letter cannot be produced until the nurse fills in what it must state (shown as the message). */
public final class LetterBlockedException extends Exception {
    public LetterBlockedException(String message) {
        super(message);
    }
}
