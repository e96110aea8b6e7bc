package org.imrtreview.digitize;

import java.util.Optional;

/**
 * Tidies what OCR read beside a legend swatch into a structure name: whitespace collapsed, the
 * spaces OCR puts around underscores removed ("Parotid_ L" → "Parotid_L"), legend punctuation at
 * the ends stripped (":", "-", "|", stray quotes, an unclosed bracket) and text with fewer than two
 * letters or digits refused (a smudge read as "-."). Text running on into the next entry (a dash
 * between words, where the next swatch was read as text) is refused whole: cutting it at the dash
 * would turn "Lung - GTV" into "Lung".
 */
final class LegendTextCleaner {
    private static final String EDGE_PUNCTUATION = " :;,.-|_~'\"`=*";
    /** Dashes standing apart inside a line: the next entry's swatch read as text ("Chiasm -- Chiasm (3D)"). */
    private static final java.util.regex.Pattern RUN_ON = java.util.regex.Pattern.compile(
            "\\s[-–—=~]{2,}|[-–—=~]{2,}\\s|\\s[-–—=~]\\s");

    private LegendTextCleaner() {
    }

    static Optional<String> clean(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.replaceAll("\\s+", " ").strip();
        if (RUN_ON.matcher(s).find()) {
            return Optional.empty();
        }
        s = s.replaceAll(" ?_ ?", "_");
        s = stripEdges(s);
        while (!s.isEmpty() && "+/".indexOf(s.charAt(0)) >= 0) { // the end of a swatch or marker read as a sign
            s = stripEdges(s.substring(1));
        }
        if (s.endsWith("(") || s.endsWith("[")) {
            s = stripEdges(s.substring(0, s.length() - 1));
        }
        if (s.startsWith(")") || s.startsWith("]")) {
            s = stripEdges(s.substring(1));
        }
        if (count(s, '(') != count(s, ')')) {
            s = stripEdges(s.replace("(", " ").replace(")", " ").replaceAll("\\s+", " "));
        }
        long alnum = s.chars().filter(Character::isLetterOrDigit).count();
        return alnum >= 2 ? Optional.of(s) : Optional.empty();
    }

    private static String stripEdges(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && EDGE_PUNCTUATION.indexOf(s.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && EDGE_PUNCTUATION.indexOf(s.charAt(b - 1)) >= 0) {
            b--;
        }
        return s.substring(a, b);
    }

    private static long count(String s, char c) {
        return s.chars().filter(ch -> ch == c).count();
    }
}
