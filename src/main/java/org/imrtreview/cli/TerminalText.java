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
        if (s == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String replacement = replacement(c);
            if (replacement != null && out == null) {
                out = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (out != null) {
                out.append(replacement == null ? String.valueOf(c) : replacement);
            }
        }
        return out == null ? s : out.toString();
    }

    private static String replacement(char c) {
        if (c == '\n') {
            return "\\n";
        }
        if (c == '\r') {
            return "\\r";
        }
        if (c == '\t') {
            return "\\t";
        }
        if (c < 0x20 || c == 0x7F || c >= 0x80 && c < 0xA0) {
            return String.format("\\x%02X", (int) c);
        }
        if (c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F || c == 0x061C) {
            return String.format("\\u%04X", (int) c);
        }
        return null;
    }
}
