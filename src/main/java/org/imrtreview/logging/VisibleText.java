package org.imrtreview.logging;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;

/**
 * Text from a submission (a file name, a member's name, a cell) made safe for a terminal, a log line
 * or a JSON file someone may {@code cat}: control characters (escape sequences that recolour or clear
 * the screen, a carriage return or line feed that forges a line) and the invisible bidirectional
 * controls that make a name read differently than it is (U+202E "fdp.exe" shown as "exe.pdf") are
 * written as visible escapes ({@code \x1B}, {@code \n}, {@code \u202E}). Ordinary text, accents and
 * symbols are untouched. JSON gets the same characters as JSON escapes, so the value it carries is
 * unchanged (issue 20 item 7).
 */
public final class VisibleText {

    private VisibleText() {
    }

    /** {@code s} with control and bidirectional-control characters escaped; null stays null. */
    public static String escape(String s) {
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

    /** As {@link #escape} but a line break in a multi-line message stays a line break. */
    public static String escapeKeepingLines(String s) {
        if (s == null || s.indexOf('\n') < 0) {
            return escape(s);
        }
        String[] lines = s.split("\n", -1);
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < lines.length; i++) {
            out.append(i == 0 ? "" : "\n").append(escape(lines[i]));
        }
        return out.toString();
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
        if (invisibleDirection(c) || c == 0x2028 || c == 0x2029) {
            return String.format("\\u%04X", (int) c);
        }
        return null;
    }

    /** Explicit direction embeddings, overrides, isolates and marks. */
    static boolean invisibleDirection(char c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F || c == 0x061C;
    }

    /**
     * Jackson escapes for JSON written for people and tools: besides what JSON requires (below
     * U+0020), DEL, the C1 controls, direction controls and the line/paragraph separators are
     * written as {@code &#92;uXXXX}.
     */
    public static CharacterEscapes jsonEscapes() {
        return JsonEscapes.INSTANCE;
    }

    private static final class JsonEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        static final JsonEscapes INSTANCE = new JsonEscapes();
        private final int[] table;

        private JsonEscapes() {
            table = CharacterEscapes.standardAsciiEscapesForJSON();
            table[0x7F] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return table;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            // null: Jackson's standard \\uXXXX for the characters ESCAPE_STANDARD marks; for the rest:
            if (ch >= 0x80 && ch < 0xA0 || invisibleDirection((char) ch) || ch == 0x2028 || ch == 0x2029) {
                return new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04X", ch));
            }
            return null;
        }
    }
}
