package org.imrtreview.cli;

/**
 * Text from a submission made safe for a terminal: control characters (escape sequences that recolour
 * or clear the screen, a carriage return or line feed that forges an output line) and the invisible
 * bidirectional overrides that make a file name read differently than it is are shown as visible
 * escapes ({@code \x1B}, {@code \n}, {@code \u202E}). Ordinary text, accents and symbols are untouched.
 */
final class TerminalText {

    private TerminalText() {
    }

    static String escape(String s) {
        return org.imrtreview.logging.VisibleText.escape(s);
    }
}
