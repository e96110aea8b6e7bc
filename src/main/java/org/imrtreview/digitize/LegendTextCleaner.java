package org.imrtreview.digitize;

import java.util.Optional;

/**
 * Tidies what OCR read beside a legend swatch into a structure name: whitespace collapsed, the
 * spaces OCR puts around underscores removed ("Parotid_ L" → "Parotid_L"), legend punctuation at
 * the ends stripped (":", "-", "|", stray quotes, an unclosed bracket) and text with fewer than two
 * letters or digits refused (a smudge read as "-.").
 */
final class LegendTextCleaner {
    private static final String EDGE_PUNCTUATION = " :;,.-|_~'\"`=*";

    private LegendTextCleaner() {
    }

    static Optional<String> clean(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.replaceAll("\\s+", " ").strip();
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
