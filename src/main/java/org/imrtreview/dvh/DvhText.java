package org.imrtreview.dvh;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes export bytes to lines: UTF-8 (with or without BOM), UTF-16 with BOM (some Windows scripts),
 * else Windows-1252 (Eclipse on a Western Windows writes "cm³" as the single byte 0xB3).
 */
public final class DvhText {
    private DvhText() {
    }

    public static String decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, start, bytes.length - start, Charset.forName("windows-1252"));
        }
    }

    /**
     * Like {@link #decode} for the first bytes of a file, where a multi-byte character may be cut at
     * the end: falls back to Windows-1252, which never fails, so detection still sees the text.
     */
    public static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            lines.add(text.substring(start));
        }
        if (!lines.isEmpty() && !lines.get(0).isEmpty() && lines.get(0).charAt(0) == '\uFEFF') {
            lines.set(0, lines.get(0).substring(1));
        }
        return lines;
    }

    /** Whether the bytes look like text at all (no NUL bytes outside UTF-16). */
    public static boolean looksLikeText(byte[] head) {
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
            return true;
        }
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Splits a line on whitespace into {@code out} (up to its length) without a regular expression;
     * returns how many fields the line has (may exceed {@code out.length}). Hot path of every reader.
     */
    static int split(String line, String[] out) {
        int n = 0;
        int i = 0;
        int len = line.length();
        while (i < len) {
            while (i < len && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i >= len) {
                break;
            }
            int start = i;
            while (i < len && !Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (n < out.length) {
                out[n] = line.substring(start, i);
            }
            n++;
        }
        return n;
    }

    /** Parses a number as exports write it: "1.14451e-005", "3,5" (decimal comma), "NaN", "-nan(ind)". */
    static double number(String token) {
        String t = token;
        if (!t.isEmpty() && (Character.isWhitespace(t.charAt(0)) || Character.isWhitespace(t.charAt(t.length() - 1)))) {
            t = t.strip();
        }
        if (t.isEmpty()) {
            return Double.NaN;
        }
        if (t.indexOf(',') >= 0 && t.indexOf('.') < 0) {
            t = t.replace(',', '.');
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    static boolean isNumber(String token) {
        String t = token.strip();
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(0);
        return (Character.isDigit(c) || c == '-' || c == '+' || c == '.') && !Double.isNaN(number(t))
                || t.equalsIgnoreCase("nan") || t.toLowerCase(java.util.Locale.ROOT).contains("nan(")
                || t.contains("#QNAN") || t.contains("#IND");
    }
}
