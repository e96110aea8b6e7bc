package org.imrtreview.ui.letter;

/** The letter service the product ships (wired to the letter module once it is present). */
public final class Letters {

    private Letters() {
    }

    public static LetterService standard() {
        return LetterService.unavailable();
    }
}
